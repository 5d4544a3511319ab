"""A resend asked to a number the customer types, or to a "new" number: a changed number.

The assistant only ever sends to the number on file; a number can change only through a
2FA reset (the article: "En cas de changement de numéro… Mes demandes"). "my new number is
+33 7 55 44 33 22 please send the code there" was heard as a resend, and the code went to the
old number (twentieth outsider check, finding 6). The reply never repeats the typed number.
"""

from __future__ import annotations

import re

from bot.plain_text import plain
from bot.rasa_ext.scrub import PHONE_RE

# the adjective right before the noun ("my new number", "mon autre portable"): "envoyez-m'en
# un autre sur mon portable" asks for another code, to the phone on file
NEW_NUMBER = re.compile(
    r"\b(new|nouveau|nouvel|nouvelle|other|another|autre|different|changed)\s+"
    r"((mobile|phone|cell|work|pro|perso)\s+)?"
    r"(number|numero|num|phone|mobile|portable|telephone|tel|cell|cellphone)\b"
)


# a code asked to be sent: "resend it to", "renvoyez-le au", "text it to"
SENDS = re.compile(
    r"\b(resend|send|sent|text|txt|renvoy\w*|envoy\w*|envoi\w*|recevoir|receive|get)\b"
)


def sends(text: str) -> bool:
    """The message asks for a code to be sent (or resent) somewhere."""
    return SENDS.search(plain(text)) is not None


def gives_another_number(text: str) -> bool:
    """A phone number typed in the message, or a new / other number named."""
    return bool(PHONE_RE.search(text) or NEW_NUMBER.search(plain(text)))


# the code wanted on a new number in words ("no I just want the code on the new number" got the
# code's format: forty-sixth outsider check, F7): the number changes only through a reset
_WANTED_ON = re.compile(
    r"\b(?:want|need|get|receive|have|veux|voudrais|recevoir|avoir)\b(?: \w+){0,2}? (?:the |a |my "
    r"|le |un |mon |les |mes )?(?:code|codes|sms|texts?|textos?)\b(?: \w+){0,2}? (?:on|to|at|sur"
    r"|au|a) (?:the |my |mon |le |ma |la )?(?:new|nouveau|nouvel|nouvelle|other|autre)"
    r" (?:\w+ )?(?:number|numero|phone|mobile|portable|telephone|line|ligne)\b"
)


def wants_the_code_on_a_new_number(text: str) -> bool:
    """The customer wants the code on a new or other number."""
    return bool(_WANTED_ON.search(plain(text)))
