"""Lockout: every limit on guessing a secret, in one place (security.md §4).

Wrong 2FA codes are counted per account across all factors: a new code does not reset the
count, a success does. Before each try the customer waits 2^(n-1) seconds after the n-th
consecutive failure; at LOCK_AFTER_FAILURES (10) the account locks and only support unlocks it.

Wrong passwords are throttled per account AND per client address (the login throttle): the
first `free` attempts in the window go through, then each waits 2^(n - free) s after the
previous one, at most LOGIN_MAX_DELAY_SECONDS. Agents' accounts also lock after
AGENT_LOCK_AFTER_FAILURES consecutive wrong passwords (another agent unlocks them).

Pure: the counters live in the database (bot/rules/throttle.py, login_guard.py, agent.py
update them atomically); what the counts *mean* is decided here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

LOCKED_MESSAGE = "Too many wrong codes: this account is locked. Only support can unlock it."


@dataclass(frozen=True)
class Allowed:
    """Go ahead."""


@dataclass(frozen=True)
class Locked:
    """The account is locked: only support unlocks it."""


@dataclass(frozen=True)
class TooSoon:
    """Wait `seconds` before the next try."""

    seconds: int


def seconds_until(moment: datetime, now: datetime) -> int:
    """Whole seconds from now until `moment`, rounded up (0 when past)."""
    return max(0, math.ceil((moment - now).total_seconds() - 1e-9))


def backoff_seconds(failures: int) -> int:
    """The wait after the n-th consecutive wrong code: 1, 2, 4, 8… seconds."""
    return 2 ** (failures - 1) if failures > 0 else 0


def code_try(
    locked: bool, failures: int, last_failed_at: datetime | None, now: datetime
) -> Allowed | Locked | TooSoon:
    """May the customer try a 2FA code now?"""
    if locked:
        return Locked()
    if failures and last_failed_at is not None:
        wait_until = last_failed_at + timedelta(seconds=backoff_seconds(failures))
        if now < wait_until:
            return TooSoon(max(1, seconds_until(wait_until, now)))
    return Allowed()


def locks_now(failures: int, threshold: int) -> bool:
    """This failure count locks the account (wrong codes, or an agent's wrong passwords)."""
    return failures >= threshold


def attempts_left(failures: int, threshold: int) -> int:
    return max(threshold - failures, 0)


def login_wait(
    earlier: int, last: datetime | None, free: int, max_delay: int, now: datetime
) -> int:
    """Seconds a password attempt waits (0: go), given the `earlier` attempts in the window for
    one subject (an account or a client) and when the `last` of them was made."""
    if earlier < free or last is None:
        return 0
    delay = min(2 ** (earlier - free), max_delay)
    return seconds_until(last + timedelta(seconds=delay), now)
