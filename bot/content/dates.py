"""The one date format of every text: '1er mai 2024' / '29 mai 2024' in French, '1 May 2024'
in English.

Pages, emails and chat answers used to format dates two ways ('29/05/2024' on the portal,
'29 mai 2024' in the chat); a customer reading both saw two styles for one deadline. The
rollout date, deadlines and ticket dates all go through `long_date`.
"""

from __future__ import annotations

from datetime import date, datetime

MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def long_date(value: date | str | None, lang: str) -> str:
    """date(2024, 5, 1) or '2024-05-01…' -> '1er mai 2024' (fr) / '1 May 2024' (en); '' for none.

    A string is read by its first ten characters (an ISO date or datetime, as the APIs send
    them); French writes the first of the month '1er', as the help article does.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    months = MONTHS["en" if lang == "en" else "fr"]
    if lang == "en":
        return f"{value.day} {months[value.month - 1]} {value.year}"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {months[value.month - 1]} {value.year}"
