"""What made the portal change its login: why 2FA.

"Our insurance broker wants to know what made our SIM provider change its login process, for
our cyber insurance questionnaire." was out of scope (0.49; DEV17, written blind): the broker
and the questionnaire sound like another subject, the question is the reason for the change,
which why 2FA answers (cyberattacks, the SIM fleet's protection).

Narrow on purpose: a reason asked ("what made", "why did", "la raison", "qu'est-ce qui a
poussé") for a change of the login, its security or its code.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_REASON = re.compile(
    r"\b(?:what made|what led|what prompted|what caused|why did|why has|why have|reason for"
    r"|reasons for|the reason|pourquoi|la raison|les raisons|qu est ce qui a pousse"
    r"|ce qui a pousse|ce qui a motive|motivation)\b"
)
_CHANGE = re.compile(
    r"\b(?:chang\w*|introduc\w*|add\w*|tighten\w*|ajout\w*|instaur\w*|mis en place|mise en place"
    r"|modifi\w*|renforc\w*|durci\w*)\b"
)
_LOGIN = re.compile(
    r"\b(?:login|log in|sign in|connexion|connecter|identification|authentification"
    r"|security|securite|code|codes|2fa|access|acces)\b"
)


def asks_what_made_it_change(text: str) -> bool:
    """The customer asks why the portal changed its login or its security."""
    words = plain(text)
    return bool(_REASON.search(words) and _CHANGE.search(words) and _LOGIN.search(words))


# "ce qui vous a poussés à en arriver là", asked for a boss who grumbles at taking his phone out
# at each login (DEV21, written blind: what 2FA is, 0.30): the reason asked of the provider,
# with no change named
_PUSHED_YOU = re.compile(
    r"\b(?:ce qui vous a|qu est ce qui vous a|qui vous a) (?:pousse\w*|amene\w*|motive\w*"
    r"|decide\w*|oblige\w*|conduit\w*)"
    # "me demande ce qui a motivé ça de votre côté" (DEV10: a tie with out of scope, 0.33 / 0.32)
    r"|\b(?:ce qui a|qu est ce qui a) (?:pousse\w*|amene\w*|motive\w*|decide\w*|justifie\w*)"
    r"(?: \w+){0,2}? (?:de votre cote|chez vous|de votre part)"
    r"|\bwhat (?:made|pushed|drove|led|prompted|forced) you(?: guys| all)? (?:to )?"
    r"(?:do|make|bring|introduce|add|go|change|switch|force|impose|turn|put)"
    # what the provider feared ("can you tell me what you were worried about when you brought
    # this in?": what 2FA is, 0.36; DEV41, written blind)
    r"|\bwhat (?:were|was) (?:you|your team|the company|m2mmanager)(?: guys| all)? (?:so )?"
    r"(?:worried|concerned|afraid|scared|trying to prevent|trying to protect)"
    r"|\bwhat (?:you|your team|the company)(?: guys| all)? (?:were|was) (?:so )?(?:worried"
    r"|concerned|afraid|scared)"
    # "What problem are you trying to solve with this?" (DEV45, written blind: what 2FA is, 0.44)
    r"|\bwhat problem (?:are you|is (?:this|it|that)|were you)"
    r" (?:trying to |meant to |supposed to )?(?:solve|solving|fix|fixing|address)"
    r"|\bquel probleme (?:ca|cela|vous|ceci) (?:resout|regle"
    r"|cherchez a resoudre|voulez resoudre)"
    r"|\b(?:de quoi|qu est ce que) vous (?:aviez|avez eu) peur\b|\bce qui vous (?:inquietait"
    r"|preoccupait|faisait peur)\b"
    # what lies behind it ("…they'll need their phones to get into the boiler alarms from now on.
    # She'll ask what's behind it.": under the fallback; DEV93, written blind)
    r"|\bwhat s behind (?:it|this|that|the change|all this)\b|\bwhat is behind (?:it|this|that"
    r"|the change)\b|\bce qu il y a derriere\b|\bqu est ce qu il y a derriere\b"
)


def asks_what_pushed_you(text: str) -> bool:
    """The customer asks the provider what pushed it to this (the reason for 2FA)."""
    return bool(_PUSHED_YOU.search(plain(text)))


# the reason for the recommended choice asked ("The popup says « Oui, je veux utiliser la double
# authentification… (recommandé) ». Recommended why, exactly? What threat is this meant to
# stop?": the set-up's steps, 0.39; DEV43, written blind): why 2FA
_RECOMMENDED = re.compile(r"\b(?:recommande|recommended|oui je veux)\b")
_THREAT_OR_WHY = re.compile(
    r"\b(?:what threat|what risk|which threat|which risk|quelle menace|quel risque|quels risques"
    r"|recommended why|why (?:is it )?recommended|recommande pourquoi"
    r"|pourquoi (?:c est )?recommande|meant to (?:stop|prevent|protect)"
    r"|cense (?:empecher|proteger|eviter))\b"
)


def asks_why_it_is_recommended(text: str) -> bool:
    """The customer asks why the popup's choice is recommended, or what threat it stops."""
    words = plain(text)
    return bool(_RECOMMENDED.search(words) and _THREAT_OR_WHY.search(words))
