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


# whether the deadline's day itself still counts, or until what time ("does the last day still
# count?" fell back, « et ce jour là il compte encore ? je peux encore me connecter le 1er
# janvier ? » got the general rule again; sixty-fifth outside check, F4): the 28 days end at the
# first login's time of day, so the last day counts until that time (utter_deadline_last_day)
_LAST_DAY_COUNTS = re.compile(
    r"\b(?:last|final|that|this) day (?:\w+ )?(?:still )?(?:count|counts|included|inclusive"
    r"|part of it)\b"
    r"|\b(?:does|is) (?:the |that |this )?(?:last |final )?(?:day|date|deadline) (?:itself )?"
    r"(?:still )?(?:count|included|inclusive)\b"
    r"|\b(?:until|till|up to) what time\b|\bwhat time (?:does|do) (?:it|the \d+ days|my \d+ days"
    r"|the period|the deadline|the delay|my deadline) (?:end|run out|expire|finish)\b"
    r"|\b(?:dernier jour|ce jour la|ce jour|jour j|la date|le jour meme)\b(?: \w+){0,2}?"
    r" (?:compte|comptent|est compris|est inclus|est comprise|est incluse)\b"
    r"|\b(?:le dernier jour|ce jour la) (?:il )?(?:compte|est compris)\b"
    r"|\b(?:le|the) \d{1,2}(?:st|nd|rd|th|er)?(?: \w+)? (?:il |itself |still )?(?:compte"
    r"|est compris|est inclus|counts?|included)\b"
    r"|\bjusqu a quelle heure\b|\ba quelle heure (?:ca|cela|le delai|les \d+ jours|mon delai)"
    r" (?:se termine|finit|prend fin|expire|s arrete)\b"
)


def asks_if_the_last_day_counts(text: str) -> bool:
    """Whether the deadline's day still counts, or until what time, asked."""
    return bool(_LAST_DAY_COUNTS.search(plain(text)))


# ...with the day named ("à quelle heure ça s'arrête ce jour là ?" right after the deadline's line
# got the support line's hours; sixty-sixth outside check, F4): the deadline's, not the line's
_THAT_DAY = re.compile(
    r"\b(?:ce jour la|ce jour|le dernier jour|le jour j|that day|the last day|on the day"
    r"|the final day|on the last day)\b"
)


def asks_until_what_time_that_day(text: str) -> bool:
    """Until what time on the deadline's day, the day named."""
    return asks_if_the_last_day_counts(text) and bool(_THAT_DAY.search(plain(text)))
