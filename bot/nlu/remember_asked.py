"""Follow-ups on « Se souvenir de cet appareil pendant 30 jours »: a shared computer, after the
days.

"is that safe on a shared PC in the workshop?" and "et au bout des 30 jours ?" got the same
answer they followed, word for word (forty-fifth outsider check, F8): a shared computer is the
one place not to tick the box, and after the days the code is asked again
(`utter_remember_device_shared`, `utter_remember_device_after`, bot/rasa_ext/nlg.py FOCUS).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_SHARED = re.compile(
    r"\b(?:shared|public|common|communal|partage\w*|commun|collectif|en libre service)"
    r" (?:pc|computer|poste|postes|ordi|ordinateur|workstation|machine|laptop|tablet|tablette"
    r"|device|appareil)\b"
    r"|\b(?:pc|computer|poste|ordi|ordinateur|workstation|machine|tablette|tablet)"
    r" (?:\w+ ){0,2}?(?:partage\w*|commun|shared|public|used by (?:several|many|others|everyone)"
    r"|utilise par (?:plusieurs|tout le monde|d autres))\b"
    r"|\b(?:plusieurs|several|many) (?:personnes|people|users|utilisateurs|collegues|colleagues)"
    r" (?:sur|on|use|utilisent) (?:le meme|the same|ce|this)\b"
)
_AFTER_THE_DAYS = re.compile(
    r"\b(?:au bout|apres|a la fin|after|at the end|when|once|quand|une fois)"
    r" (?:des |de |the |les |ces |those |these )?(?:\d+|trente|thirty) (?:jours|days)"
    r"(?: are up| sont passes| ends?| expire\w*)?\b"
    r"|\b(?:\d+|trente|thirty) (?:jours|days) (?:later|plus tard|after|apres|passed|passes)\b"
)


def asks_about_a_shared_computer(text: str) -> bool:
    """Remembering the device asked about for a shared computer."""
    return bool(_SHARED.search(plain(text)))


def asks_what_happens_after_the_days(text: str) -> bool:
    """What happens once the remembered days are over, asked."""
    return bool(_AFTER_THE_DAYS.search(plain(text)))


# the remembered device described, its label unknown ("there's a little box you tick and it
# leaves you alone for a month. I can't see it anywhere. Where is it?": under the fallback;
# DEV74, written blind): « Se souvenir de cet appareil pendant 30 jours »
_BOX = re.compile(
    r"\b(?:box|checkbox|tick ?box|case|case a cocher|petite case|option)\b.{0,40}"
    r"\b(?:tick|ticks|ticked|check|checked|cocher|coche|cochez|cochee)\b"
    r"|\b(?:tick|check|cocher|coche)\b.{0,30}\b(?:box|case)\b"
)
_LEFT_ALONE = re.compile(
    r"\b(?:a month|for a month|30 days|thirty days|un mois|pendant un mois|30 jours|trente jours"
    r"|leaves? you alone|leave me alone|laisse tranquille|vous laisse tranquille|me laisse"
    r" tranquille|stops? asking|ne (?:me )?demande plus|won t ask again)\b"
)


def describes_the_remember_box(text: str) -> bool:
    """A box to tick that stops the codes for a while, described without its label."""
    words = plain(text)
    return bool(_BOX.search(words) and _LEFT_ALONE.search(words))
