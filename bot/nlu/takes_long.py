"""Why it takes so long, or what to do meanwhile: a duration asked about the last answer.

While a reset request was open, « pourquoi ça prend du temps ? » got why 2FA is mandatory (0.67)
and « je fais quoi en attendant, j'ai besoin d'accéder aux SIM aujourd'hui » fell back
(forty-eighth outsider check, F11). Both ask about the wait the last answer started: the
intent `ask_how_long`, whose action gives that answer's duration (actions/followups.py: for a
reset request, an agent handles it, an email follows, the phone line when it is urgent).

Narrow on purpose: the time it takes asked with "why", or what to do "meanwhile", as a
question about the wait, with no topic of its own named.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_WHY_SO_LONG = re.compile(
    r"\b(?:pourquoi|pk|pq|why)\b(?: \w+){0,3}? (?:ca|ce|c|cela|it|this|that|il|elle) (?:prend|met"
    r"|takes?|taking|is taking) (?:du temps|autant de temps|tant de temps|so much time|so long"
    r"|that long|this long|long|aussi longtemps|si longtemps|time|ages|forever)\b"
    r"|\b(?:pourquoi|pk|pq|why)\b(?: \w+){0,3}? (?:est|is|s) (?:si |aussi |tellement |so |that )?"
    r"(?:long|slow|lent|lente)\b"
)
_MEANWHILE = re.compile(
    r"\b(?:je fais quoi|on fait quoi|que faire|que faut il faire|qu est ce que je fais"
    r"|what do i do|what can i do|what should i do|what do we do)\b(?: \w+){0,2}?"
    r" (?:en attendant|pendant ce temps|in the meantime|meanwhile|while i wait|while we wait"
    r"|till then|until then)\b"
    r"|\b(?:en attendant|in the meantime|meanwhile)\b(?: \w+){0,2}? (?:je fais quoi|on fait quoi"
    r"|que faire|what do i do|what can i do|what should i do)\b"
)


def asks_why_it_takes_long(text: str) -> bool:
    """The customer asks why the wait is long, or what to do meanwhile."""
    words = plain(text)
    return bool(_WHY_SO_LONG.search(words) or _MEANWHILE.search(words))
