"""Opening hours of the support phone line (issue 20).

Why: the assistant used to hand off at 3 a.m. on a Sunday with "call now" and a reference
nobody would pick up. The handoff reply now says whether the line is open and, when it is
not, when it opens again, and offers what can be done meanwhile (the reset request in
"Mes demandes", or the support email).

Pure: no clock, no I/O. `is_open(now, settings)` takes any object with the `phone_*`
fields of bot.config.Settings (days, hours, time zone, public holidays).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.content.dates import DAY_CODES as DAY_NAMES
from bot.content.dates import MONTHS, WEEKDAYS


@dataclass(frozen=True)
class Decision:
    """Open now or not; `next_opening` (in the line's time zone) when it is closed, `closes_at`
    when it is open."""

    open: bool
    next_opening: datetime | None = None
    closes_at: datetime | None = None


def _minutes(hhmm: str) -> int:
    hours, _, minutes = hhmm.partition(":")
    return int(hours) * 60 + int(minutes or 0)


def _day_window(day: date, settings, tz: ZoneInfo) -> tuple[datetime, datetime] | None:
    """Opening and closing instants of `day`, or None when the line is closed all day."""
    if (
        DAY_NAMES[day.weekday()] not in settings.phone_days
        or day.isoformat() in settings.phone_holidays
    ):
        return None
    start = datetime.combine(day, time(0), tzinfo=tz) + timedelta(
        minutes=_minutes(settings.phone_opens)
    )
    end = datetime.combine(day, time(0), tzinfo=tz) + timedelta(
        minutes=_minutes(settings.phone_closes)
    )
    return (start, end) if end > start else None


def is_open(now: datetime, settings) -> Decision:
    """Is the line open at `now` (aware)? If not, when does it open next (within 60 days)?"""
    tz = ZoneInfo(settings.phone_timezone)
    local = now.astimezone(tz)
    for offset in range(0, 61):
        window = _day_window(local.date() + timedelta(days=offset), settings, tz)
        if window is None:
            continue
        start, end = window
        if offset == 0 and start <= local < end:
            return Decision(True, closes_at=end)
        if local < start:
            return Decision(False, next_opening=start)
    return Decision(False)


def hour_text(when: datetime, lang: str) -> str:
    """ "9:00" / "9 h 00": the time of day as the customer reads it."""
    return f"{when.hour}:{when.minute:02d}" if lang == "en" else f"{when.hour} h {when.minute:02d}"


def opening_text(when: datetime, lang: str, now: datetime | None = None) -> str:
    """The opening time as the customer will read it, in the line's local time.

    "demain à 9 h 00" / "lundi 4 janvier à 9 h 00" / "tomorrow at 9:00" / "Monday 4 January at 9:00"
    """
    today = now.astimezone(when.tzinfo).date() if now is not None else None
    if lang == "en":
        hour = hour_text(when, lang)
        if today is not None and when.date() == today:
            return f"today at {hour}"
        if today is not None and when.date() == today + timedelta(days=1):
            return f"tomorrow at {hour}"
        return (
            f"{WEEKDAYS['en'][when.weekday()]} {when.day} {MONTHS['en'][when.month - 1]} at {hour}"
        )
    hour = hour_text(when, lang)
    if today is not None and when.date() == today:
        return f"aujourd'hui à {hour}"
    if today is not None and when.date() == today + timedelta(days=1):
        return f"demain à {hour}"
    day = "1er" if when.day == 1 else str(when.day)
    return f"{WEEKDAYS['fr'][when.weekday()]} {day} {MONTHS['fr'][when.month - 1]} à {hour}"


def validate(days: tuple, opens: str, closes: str, timezone: str, holidays: tuple) -> None:
    """Raises ValueError with a sentence when a phone-hours setting is wrong (start-up check)."""
    bad_days = [d for d in days if d not in DAY_NAMES]
    if bad_days:
        raise ValueError(
            f"PHONE_DAYS: unknown day(s) {', '.join(bad_days)} (use {', '.join(DAY_NAMES)})"
        )
    for name, value in (("PHONE_OPENS", opens), ("PHONE_CLOSES", closes)):
        h, sep, m = value.partition(":")
        if not (
            sep
            and h.isdigit()
            and m.isdigit()
            and 0 <= int(h) <= 24
            and 0 <= int(m) < 60
            and int(h) * 60 + int(m) <= 24 * 60
        ):
            raise ValueError(f"{name} must be HH:MM (00:00 to 24:00), got {value!r}")
    if _minutes(closes) <= _minutes(opens):
        raise ValueError("PHONE_CLOSES must be after PHONE_OPENS")
    ZoneInfo(timezone)  # raises for an unknown zone
    for d in holidays:
        date.fromisoformat(d)


def line_status(now: datetime, settings, lang: str) -> dict:
    """What the Support API tells the assistant about the line: open or not, and when it next
    opens (ISO, and as text in the conversation's language)."""
    decision = is_open(now, settings)
    nxt = decision.next_opening
    return {
        "open": decision.open,
        "next_opening": nxt.isoformat() if nxt else None,
        "opens_text": opening_text(nxt, lang, now) if nxt else None,
        "closes_at": decision.closes_at.isoformat() if decision.closes_at else None,
    }
