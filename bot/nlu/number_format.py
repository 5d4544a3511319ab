"""How to write the mobile number in the popup's SMS field: the SMS set-up.

"When I pick 'SMS' the window asks for my number before 'Continuer'. Do I need to put the +44
in front?" was the general steps (0.34; DEV84, written blind). The number's format is a detail
of the SMS set-up's step 2 (the mobile number typed in the field, then « Continuer »), whose
answer is the SMS steps; the assistant never takes the number itself.

Narrow on purpose: a country code or the number's format asked, in so many words.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_FORMAT = re.compile(
    r"\b(?:country code|indicatif(?: du pays| pays| international)?|international format"
    r"|format international|dialling code|dialing code)\b"
    r"|\b(?:put|add|type|enter|include|mettre|ajouter|taper|saisir|mets|met) (?:the |le |l )?"
    r"\d{2,4} (?:in front|before|first|at the start|devant|au debut|avant)\b"
)
_NUMBER = re.compile(r"\b(?:number|numero|num|mobile|portable|phone|telephone)\b")


def asks_about_the_number_format(text: str) -> bool:
    """The customer asks how to write the mobile number (a country code, a format)."""
    words = plain(text)
    return bool(_FORMAT.search(words) and _NUMBER.search(words))
