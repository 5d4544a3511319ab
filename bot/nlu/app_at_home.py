"""The app's phone left at home, the codes wished by text on the one carried: the switch.

"The app that gives me my codes is on my iPad, which stays at home most days now that I'm on
the road selling. My mobile is always in my pocket though, and texts come through fine." (the
SMS set-up 0.23; DEV32) and "The app I use for your portal is on a phone that now stays at
home. I'd rather the numbers came to my main mobile as a message." (0.29; DEV33, both written
blind): the app is in use, the customer wants the codes by SMS: the change of method.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_APP_IN_USE = re.compile(
    r"\b(?:the |my )?(?:app|application|authenticator)\b (?:that gives me|i use for|i use with"
    r"|that makes|with) (?:my |the |your )?(?:codes|numbers|digits|portal|login|site)\b"
    r"|\b(?:l |mon |ma )?(?:appli|application|authenticator)\b (?:qui me donne|que j utilise pour"
    r"|qui genere|qui fait) (?:mes |les |le |votre )?(?:codes|chiffres|portail|connexion|site)\b"
    # "The authenticator is on my personal phone, which stays at home at weekends", « L'appli est
    # sur mon téléphone perso que je laisse à la maison » (DEV60, written blind)
    r"|\b(?:the |my )?(?:app|authenticator)\b (?:is|s|lives) on my (?:personal |own |private )?"
    r"(?:phone|mobile)\b|\b(?:l |mon |ma )?(?:appli|application|authenticator)\b est sur mon"
    r" (?:telephone|portable|tel)(?: perso| personnel| prive)?\b"
)
_AT_HOME = re.compile(
    r"\b(?:stays?|is|sits|left|lives|remains?|now stays) (?:\w+ )?(?:at home|home|in a drawer)\b"
    r"|\b(?:reste|est|dort|traine) (?:\w+ )?(?:a la maison|chez moi|dans un tiroir|au bureau)\b"
    r"|\b(?:laisse|laisses|leave|leaves) (?:\w+ )?(?:a la maison|chez moi|at home)\b"
    r"|\bnot with me\b|\bpas sur moi\b"
)
_BY_TEXT = re.compile(r"\b(?:texts?|sms|message|messages|textos?)\b")


def app_left_at_home(text: str) -> bool:
    """The app used for the portal is on a device left at home, and texts are what reach the
    customer."""
    words = plain(text)
    return bool(_APP_IN_USE.search(words) and _AT_HOME.search(words) and _BY_TEXT.search(words))
