"""A mobile number the customer (or their boss) will not give, a smartphone at hand: the app.

"My boss flat-out refuses to give his private mobile number to any website. He does carry an
iPhone though. Is there a way for him to get past the security step without handing over his
number?" was the SMS set-up (0.25; DEV109, written blind): the SMS method needs the number, the
app does not (it is scanned from the popup's QR code on the phone), so the app's set-up answers.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_GIVE = r"(?:give|hand over|share|provide|disclose|donner|communiquer|laisser|fournir|transmettre)"
_NUMBER = r"(?:number|numero|mobile|portable|cell|06|07)"
_WITHHELD = re.compile(
    r"\b(?:refuses?|refused|won t|will not|wouldn t|doesn t want|does not want|don t want"
    r"|reluctant|unwilling|ne veut pas|ne veut surtout pas|refuse\w*|pas envie de|pas question de"
    rf"|hors de question de|ne souhaite pas) (?:\w+ ){{0,3}}?{_GIVE} (?:out )?(?:\w+ ){{0,3}}?"
    rf"{_NUMBER}\b"
    rf"|\b(?:without|sans) (?:giving|handing over|sharing|providing|donner|communiquer|fournir)"
    rf" (?:\w+ ){{0,3}}?{_NUMBER}\b"
)
_SMARTPHONE = re.compile(
    r"\b(?:iphone|android|smartphone|samsung|pixel|galaxy|telephone intelligent)\b"
    r"|\b(?:without|sans) (?:giving|handing over|sharing|providing|donner|communiquer|fournir)\b"
)


def number_withheld_smartphone_at_hand(text: str) -> bool:
    """A mobile number one will not give, and a smartphone named or a way without it asked."""
    words = plain(text)
    return bool(_WITHHELD.search(words) and _SMARTPHONE.search(words))
