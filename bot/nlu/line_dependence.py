"""Not wanting to depend on the phone line any more, while one can still log in: a switch.

"I'm rotating between local SIMs on a project in West Africa and my UK number is off most of
the time. I can still get in today, but I don't want to depend on that line anymore." was the
28 days' answer (0.15); its French twin (« je change de puce selon le pays… je ne veux plus
dépendre de ma ligne française ») the changed phone's (DEV82, written blind). Nothing is lost:
the codes come by text to a line the customer wants to stop relying on, and the way out is
the authenticator app, which needs no line: the switch of method (actions offer it).

Narrow on purpose: the dependence on a line, a number, a SIM or the texts said unwanted in so
many words.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_LINE = (
    r"(?:line|number|sim|sim card|phone number|mobile number|texts|sms|mobile|ligne|numero|puce"
    r"|carte sim|textos|portable)"
)
_OFF_THE_LINE = re.compile(
    r"\b(?:don t|do not|no longer|won t|not) (?:want|wish|like) to (?:depend|rely|be dependent)"
    rf" on (?:that|this|the|my|a|our|one) (?:\w+ )?{_LINE}\b"
    rf"|\b(?:stop|quit) (?:depending|relying) on (?:that|this|the|my|a|our) (?:\w+ )?{_LINE}\b"
    r"|\b(?:ne (?:veux|voudrais|souhaite) plus|(?:ne )?plus envie de|arreter de|cesser de)"
    rf" (?:dependre|etre dependant\w*) (?:de|d|du) (?:ma|mon|cette|ce|la|le|l|une|un)? ?(?:\w+ )?"
    rf"{_LINE}\b"
)


def wants_off_the_line(text: str) -> bool:
    """The customer no longer wants the login to depend on a phone line, a number or texts."""
    return bool(_OFF_THE_LINE.search(plain(text)))
