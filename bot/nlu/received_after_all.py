"""A text said not to have come, then taken back, and its code refused: the refused code's answer.

"jai pas recu le code par sms enfin si je lai recu mais le site dit quil est faux" was the SMS
that never came (0.53, the refused code 0.35; DEV66, written blind): people correct themselves
as they type, and what they say after the correction is what holds. The code came and the site
refuses it: the refused code's answer (the latest code, the phone's time, the tries left).

Narrow on purpose: a correction that says the code came after all (« enfin si », "actually I
did"), and a refusal said after it.
"""

from __future__ import annotations

import re

from bot.nlu.old_code import REFUSED
from bot.plain_text import plain

_AFTER_ALL = re.compile(
    r"\b(?:enfin|en fait|ah|ah ben|oh|non|pardon|si|bon) si\b"
    r"|\b(?:enfin|en fait|pardon) (?:je l ai|on l a|il est|c est) (?:recu|arrive)\b"
    r"|\b(?:actually|sorry|wait|oh|ok|well|no) (?:i|we) did(?: get it| receive it)?\b"
    r"|\b(?:actually|sorry|wait|oh|ok|well|no) it did (?:come|arrive|come through)\b"
    r"|\b(?:it did come|it did arrive|i did get it|we did get it)\b"
)


def received_after_all(text: str) -> bool:
    """The customer says the code came after all, and that it is refused."""
    words = plain(text)
    taken_back = _AFTER_ALL.search(words)
    if taken_back is None:
        return False
    return REFUSED.search(words[taken_back.end() :]) is not None
