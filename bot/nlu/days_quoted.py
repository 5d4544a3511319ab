"""The 28 days quoted from the email, cut short, "after which what?": the 28 days' answer.

'Got your email: "you will have 28 days to actvate two-factor authentication, after which" and
that's where my preview cuts off. After which what?' fell back (the set-up's steps 0.38, the 28
days 0.33; DEV78, written blind). What comes after the 28 days is the 28 days' answer.

Narrow on purpose: the 28 days (or the delay) named, and what comes after it asked.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_THE_DAYS = re.compile(
    r"\b(?:28 (?:days|jours)|twenty eight days|vingt huit jours|grace period|periode de grace"
    r"|delai de 28)\b"
)
_AFTER_WHAT = re.compile(
    r"\b(?:after which what|after that what|and after that|what happens after(?: that| it| them"
    r"| those| the \w+)?|what comes after|and then what|what then|then what|apres quoi|et apres"
    r"|que se passe t il apres|qu est ce qui se passe apres|il se passe quoi apres|ensuite quoi"
    r"|et ensuite|passe ce delai)\b"
)


def asks_what_after_the_days(text: str) -> bool:
    """The 28 days named, and what comes after them asked."""
    words = plain(text)
    return bool(_THE_DAYS.search(words) and _AFTER_WHAT.search(words))
