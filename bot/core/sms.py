"""Sending SMS codes: a resend cooldown (SMS_RESEND_COOLDOWN_SECONDS, 60 s) and a cap per
account (SMS_MAX_PER_WINDOW, 5, per SMS_WINDOW_SECONDS, 10 minutes), so that "Renvoyer"
cannot be used to flood a phone or run up the SMS bill. A code lives SMS_CODE_TTL_SECONDS.

Pure: the service (bot/rules/codes.py) reserves the send atomically in the database before
calling the SMS provider, so parallel requests cannot both send; what is allowed is decided here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.config import Settings
from bot.core.lockout import seconds_until


@dataclass(frozen=True)
class Allowed:
    """Send now."""


@dataclass(frozen=True)
class Cooldown:
    """A code went out less than the cooldown ago."""

    seconds: int


@dataclass(frozen=True)
class SendCap:
    """The account had its SMS quota in the window: wait `seconds`."""

    seconds: int


def cooldown_left(last_sent_at: datetime | None, now: datetime, settings: Settings) -> int:
    """Seconds before "Renvoyer" may send again (0: now)."""
    if last_sent_at is None:
        return 0
    return seconds_until(last_sent_at + timedelta(seconds=settings.resend_cooldown), now)


def window_start(now: datetime, settings: Settings) -> datetime:
    """Sends after this moment count against the cap."""
    return now - timedelta(seconds=settings.sms_window)


def may_send(
    last_sent_at: datetime | None,
    sent_in_window: int,
    oldest_in_window: datetime | None,
    now: datetime,
    settings: Settings,
    cap: int | None = None,
) -> Allowed | Cooldown | SendCap:
    """The rule that holds a send back the longest: the cooldown (the customer just got one) or
    the cap (`cap`, else the account's SMS_MAX_PER_WINDOW). The cooldown used to be said
    first whatever the cap, so the popup and the chat counted down "1 min" to a « Renvoyer »
    the cap then refused for 5 more (sixty-fifth outside check, F11)."""
    left = cooldown_left(last_sent_at, now, settings)
    limit = settings.sms_max_per_window if cap is None else cap
    if sent_in_window >= limit and oldest_in_window is not None:
        free_at = oldest_in_window + timedelta(seconds=settings.sms_window)
        capped = max(seconds_until(free_at, now), 1)
        if capped >= left:
            return SendCap(capped)
    if left:
        return Cooldown(left)
    return Allowed()


def wait_seconds(decision: Allowed | Cooldown | SendCap) -> int:
    """Seconds before a send is allowed (0: now), whichever rule holds it back."""
    return 0 if isinstance(decision, Allowed) else decision.seconds


def code_expires_at(now: datetime, settings: Settings) -> datetime:
    return now + timedelta(seconds=settings.sms_code_ttl)


def is_expired(code_expires: datetime | None, now: datetime) -> bool:
    """An SMS code with no expiry was never sent: nothing can match it."""
    return code_expires is None or code_expires <= now
