"""« c quoi la date exacte ? » right after the account's own deadline: that deadline, not the
rollout's date.

Logged in, "jusqu'à quand je peux repousser ça" got « … jusqu'au 4 janvier 2027 », then « c quoi
la date exacte » got 1 May 2024, the date 2FA became mandatory for all, which a customer can take
for their deadline (sixty-first outside check, F3). Read alone, a bare date question is since
when (the classifier's 0.85, and the blind sets' writers file it there); right after a line that
gave the account's deadline, the NLG says both dates, each named (bot/rasa_ext/nlg.py,
OWN_DEADLINE). Bare means short and naming no topic of its own (2FA, mandatory, since).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_DATE_ASKED = re.compile(
    r"\b(?:date exacte|exact date|la date|quelle date|which date|what date|quel jour|which day"
    r"|what day|c est quand|when exactly|quand exactement|the date|le jour exact|exact day"
    r"|last day|dernier jour|quel jour)\b"
)
_A_TOPIC = re.compile(
    r"\b(?:2fa|double auth\w*|two factor|obligatoire|mandatory|compulsory|required|since|depuis"
    r"|mis en place|introduced|rollout|tous les utilisateurs|everyone|all users)\b"
)
MAX_WORDS = 12


def asks_the_exact_date(text: str) -> bool:
    """A short date question that names no topic of its own."""
    words = plain(text)
    short = len(words.split()) <= MAX_WORDS
    return short and bool(_DATE_ASKED.search(words)) and not _A_TOPIC.search(words)
