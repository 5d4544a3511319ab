"""More than a password required by someone else (an insurer, an auditor, a client, a policy):
how to turn 2FA on.

"Notre assureur exige désormais que chacun de nos outils en ligne demande plus qu'un simple
mot de passe. Pour le portail des cartes SIM, je m'y prends comment ?" and its English twin
were read as out of scope (0.63, 0.36; DEV14, written blind): the insurer and "online tools"
sound like another subject. The customer asks how to meet the requirement on the portal: the
set-up's steps. Not when the message asks why 2FA exists, which the classifier reads.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_SOMEONE = re.compile(
    r"\b(?:insurer|insurance|assureur|assurance|auditor|auditors|audit|auditeur|client|clients"
    r"|customer|customers|policy|politique|compliance|conformite|iso|nis2|nis 2|certification"
    r"|dsi|rssi|ciso|security team|equipe securite|regulator|regulateur|donneur d ordre)\b"
)
_MORE_THAN_A_PASSWORD = re.compile(
    r"\b(?:more than (?:just |only |a simple )?(?:a |the )?password"
    r"|plus qu un (?:simple )?mot de passe|mfa|2fa|two factor|two step|double authentification"
    r"|authentification forte"
    r"|strong authentication|second factor|deuxieme facteur|multi factor|multifactor"
    # a password alone said not enough ("n'est protégé que par un mot de passe": DEV85)
    r"|(?:que|seulement|uniquement) (?:par )?un (?:simple )?mot de passe"
    r"|(?:only|just) (?:by |with )?(?:a |one )?password)\b"
)
_REQUIRES = re.compile(
    r"\b(?:exige\w*|impose\w*|demande\w*|oblige\w*|require\w*|insist\w*|mandat\w*|want\w*"
    # « il veut qu'on corrige ça » (DEV85), not « la DSI voudrait la même chose partout »
    r"|veut qu on|veulent qu on|veut que nous|veulent que nous"
    r"|need\w*|ask\w*)\b"
)


# what to do asked in so many words: the set-up, even when the classifier heard why 2FA
# (« Qu'est-ce que je dois faire de mon côté ? » after an auditor's remark: why 2FA 0.60;
# "What do I need to do so I can tick that box?" for an insurer: why 2FA 0.31; DEV85)
_WHAT_TO_DO = re.compile(
    r"\b(?:what do (?:i|we) (?:need|have) to do|what (?:should|must) (?:i|we) do|how do (?:i|we)"
    r" (?:do|fix|sort|meet|set)|qu est ce que (?:je dois|nous devons|on doit) faire"
    r"|que (?:dois je|devons nous) faire|comment (?:je|on) (?:fais|fait|m y prends|s y prend))\b"
)


def required_and_what_to_do(text: str) -> bool:
    """More than a password required by someone, and what to do asked."""
    return required_by_someone(text) and bool(_WHAT_TO_DO.search(plain(text)))


# the date asked for someone's form ("Our insurer's cyber questionnaire asks from what date each
# supplier portal required more than a password": the set-up's steps; DEV96, written blind): the
# date it became mandatory, which since when gives
_A_DATE = re.compile(
    r"\b(?:from what date|from which date|since what date|since when|what date|which date"
    r"|a partir de quelle date|depuis quelle date|depuis quand|quelle date|a quelle date)\b"
)


def _more_than_a_password_for_someone(words: str) -> bool:
    """Someone else (an insurer, an auditor, a policy) and more than a password, both named."""
    return bool(_SOMEONE.search(words) and _MORE_THAN_A_PASSWORD.search(words))


def required_by_someone(text: str) -> bool:
    """Someone else requires more than a password, and the customer asks what to do."""
    words = plain(text)
    required = _more_than_a_password_for_someone(words) and _REQUIRES.search(words)
    return bool(required) and not _A_DATE.search(words)


def date_required_by_someone(text: str) -> bool:
    """More than a password required by someone, and the date it became so asked."""
    words = plain(text)
    return _more_than_a_password_for_someone(words) and bool(_A_DATE.search(words))
