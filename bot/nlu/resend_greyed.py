"""« Renvoyer » greyed out: the wait between two sends, not a send that failed.

"le bouton Renvoyer est grisé, je peux pas cliquer dessus" got "Toujours pas de SMS ? Si…
« Renvoyer » n'a rien donné, voici la suite…" (forty-fifth outsider check, F13): the button
is greyed for SMS_RESEND_COOLDOWN_SECONDS after each send (bot/core/sms.py), and the answer is
to wait for it (`utter_sms_not_received_greyed`, bot/rasa_ext/nlg.py FOCUS).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_RESEND = re.compile(r"\b(?:renvoyer|resend|renvoi|send again)\b")
_GREYED = re.compile(
    r"\b(?:grise|grisee|gris|en gris|greyed|grayed|grey|gray|disabled|inactif|inactive"
    r"|desactive|pas cliquable|not clickable|unclickable|can t click|cannot click|peux pas cliquer"
    r"|peut pas cliquer|impossible de cliquer|won t let me click|ne (?:se )?clique pas)\b"
)


# a new code asked of the assistant outright, the greyed button given as the reason ("Could you
# send a fresh code to my phone? The "Renvoyer" link seems to be greyed out": DEV97): the resend
_SEND_ME_ONE = re.compile(
    r"\b(?:could|can|would) you (?:please )?(?:send|text|resend)(?: me)? (?:a |another |one )?"
    r"(?:fresh |new )?code\b|\b(?:pouvez vous|vous pouvez|tu peux) (?:m )?(?:envoyer|renvoyer)"
    r" (?:un )?(?:nouveau )?code\b"
)


# ...or the wait before it works again asked (« c'est quoi le délai avant de pouvoir renvoyer ? »:
# the 28 days; sixty-eighth outside check, F5): the same answer, the wait between two sends
_WAIT_ASKED = re.compile(
    r"\b(?:delai|temps|attente|combien de temps) (?:\w+ ){0,2}?(?:avant de|avant|pour)"
    r" (?:pouvoir )?(?:renvoyer|redemander|recevoir un autre)\b"
    r"|\bhow long (?:before|until|till|do i (?:have to )?wait (?:before|to|until)) (?:i can )?"
    r"(?:resend|ask again|get another|request another)\b"
    r"|\b(?:wait|delay) (?:\w+ )?(?:before|between) (?:i can )?(?:resend\w*|two (?:sms|texts|codes)"
    r"|deux sms)\b"
)


def resend_greyed(text: str) -> bool:
    """« Renvoyer » told greyed out or not clickable, or the wait before it asked (and no code
    asked of the assistant)."""
    words = plain(text)
    greyed = _RESEND.search(words) and _GREYED.search(words) or _WAIT_ASKED.search(words)
    return bool(greyed) and not _SEND_ME_ONE.search(words)
