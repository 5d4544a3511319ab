"""The one date format of every text: '1er mai 2024' / '29 mai 2024' in French, '1 May 2024'
in English.

Pages, emails and chat answers used to format dates two ways ('29/05/2024' on the portal,
'29 mai 2024' in the chat); a customer reading both saw two styles for one deadline. The
rollout date, deadlines and ticket dates all go through `long_date`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

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


WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
DAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _clock(hhmm: str, lang: str) -> str:
    """'09:00' -> '9 h' / '9:00'; '09:30' -> '9 h 30' / '9:30'."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    if lang == "en":
        return f"{hour}:{minute:02d}"
    return f"{hour} h" if minute == 0 else f"{hour} h {minute:02d}"


def _days(codes: tuple, lang: str) -> str:
    """('mon'…'fri') -> 'du lundi au vendredi' / 'Monday to Friday'; others listed."""
    names = WEEKDAYS["en" if lang == "en" else "fr"]
    index = sorted(DAY_CODES.index(c) for c in codes if c in DAY_CODES)
    if not index:
        return ""
    if len(index) > 2 and index == list(range(index[0], index[-1] + 1)):
        first, last = names[index[0]], names[index[-1]]
        return f"{first} to {last}" if lang == "en" else f"du {first} au {last}"
    words = [names[i] for i in index]
    joined = ", ".join(words[:-1]) + (" and " if lang == "en" else " et ") + words[-1]
    return joined if len(words) > 1 else words[0]


def opening_hours(
    codes: tuple, opens: str, closes: str, timezone: str, holidays: bool, lang: str
) -> str:
    """The phone line's hours as a sentence's end, from the PHONE_* settings:
    'du lundi au vendredi de 9 h à 18 h (heure de Paris), hors jours fériés' /
    'Monday to Friday, 9:00 to 18:00 (Paris time), except public holidays'."""
    city = timezone.rsplit("/", 1)[-1].replace("_", " ")
    days = _days(codes, lang)
    if lang == "en":
        text = f"{days}, {_clock(opens, lang)} to {_clock(closes, lang)} ({city} time)"
        return text + (", except public holidays" if holidays else "")
    text = f"{days} de {_clock(opens, lang)} à {_clock(closes, lang)} (heure de {city})"
    return text + (", hors jours fériés" if holidays else "")


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


def long_moment(value: date | str | None, hhmm: str | None, timezone: str | None, lang: str) -> str:
    """A deadline with its time of day: '4 janvier 2025 à 14 h 32 (heure de Paris)' /
    '4 January 2025 at 14:32 (Paris time)'; the date alone without a time. The 28 days end at
    the first login's moment, and the date alone left "does the 4th itself count?" open
    (sixty-fourth outside check, F3)."""
    day = long_date(value, lang)
    if not day or not hhmm:
        return day
    city = (timezone or "Europe/Paris").rsplit("/", 1)[-1].replace("_", " ")
    if lang == "en":
        return f"{day} at {_clock(hhmm, lang)} ({city} time)"
    return f"{day} à {_clock(hhmm, lang)} (heure de {city})"


def deadline_of(fields: Mapping[str, Any], lang: str) -> str:
    """The account's deadline with its time of day, read from the three fields the status API
    and the portal's view share (`deadline`, `deadline_time`, `deadline_timezone`:
    docs/contract.md); "" when there is none or it cannot be read. The chat's lines
    (actions/status.py) and the portal's popup and home page (bot/web) say it the same way."""
    try:
        return long_moment(
            fields.get("deadline"),
            fields.get("deadline_time"),
            fields.get("deadline_timezone"),
            lang,
        )
    except ValueError:
        return ""


def deadline_token(fields: Mapping[str, Any]) -> str:
    """The deadline's three fields in one value ("2027/01/01 15h14 Europe/Paris": no run of
    digits a guard would take for a phone number or a code), kept in a line's metadata so that
    "the exact date?" asked in the other language is said in that language (bot/rasa_ext/nlg.py);
    `deadline_of_token` reads it back."""
    day = str(fields.get("deadline") or "").replace("-", "/")
    hhmm = str(fields.get("deadline_time") or "").replace(":", "h")
    return " ".join((day, hhmm, str(fields.get("deadline_timezone") or ""))).strip()


def deadline_of_token(token: str, lang: str) -> str:
    """The deadline of a `deadline_token`, said in `lang` ("" when it cannot be read)."""
    day, hhmm, zone = (token.split(" ") + ["", "", ""])[:3]
    fields = {
        "deadline": day.replace("/", "-"),
        "deadline_time": hhmm.replace("h", ":"),
        "deadline_timezone": zone,
    }
    return deadline_of(fields, lang)


# from 18:00 (the platform's time zone), a goodbye wishes a good evening, not a good day (« merci,
# bonne soirée » at 20:27 got « Au revoir et bonne journée ! »: fifty-sixth check, F12); after
# midnight and until 04:59, a good night ("have a nice evening" at 03:33: sixtieth check, F10)
EVENING_FROM, NIGHT_UNTIL = 18, 5


def part_of_the_day(now: datetime, timezone: str) -> str:
    """ "evening" (18:00-23:59), "night" (00:00-04:59) or "day", for `now` (aware) in
    `timezone`."""
    hour = now.astimezone(ZoneInfo(timezone)).hour
    if hour >= EVENING_FROM:
        return "evening"
    return "night" if hour < NIGHT_UNTIL else "day"
