"""The identity check by email: the assistant emails a 6-digit code to the account and the
customer types it in the chat (EMAIL_CODE_TTL_SECONDS, EMAIL_CODE_MAX_TRIES).

Limits, all decided here:
- per conversation, visible and the same for every address: IDENTITY_CHECKS_PER_CONVERSATION
  codes per code lifetime;
- per account: at most IDENTITY_EMAILS_PER_ACCOUNT codes an hour (no mailbox flooding),
  and none at all once the account's wrong codes reached EMAIL_CODE_FAILURES_PER_ACCOUNT
  (10) within EMAIL_CODE_FAILURE_WINDOW_SECONDS (24 h). A code goes only to the account of
  the widget session asking, whose owner knows it exists: the hourly cap is told to them
  with when to try again (`emails_retry_after`; outsider check of 2026-12-02: the 6th code
  of a burst was announced as sent and never came). The wrong-codes block is told to the
  session's own account in the same way (bot/rules/support.py, `identity_checks_suspended`;
  fifty-first outside check, F1: its owner was told "code sent" for 24 hours): whoever holds
  that session knows the password already, learns only that guessing stopped, and the
  account's email was alerted. Any other address keeps the neutral answer.

Why 10 in 24 h (docs/security.md): each code allows 5 tries, but an attacker can open new
conversations; without an account-wide count, 5 hourly codes x 5 tries is 600 guesses a day
at one account. Two codes' worth of tries is more than a customer mistyping needs, and a
6-digit code guessed 10 times a day succeeds with probability 10/10^6 per day. NIST SP
800-63B-4 allows email recovery codes 24 h of validity, so the window matches the longest
life of such a code. When the limit is reached the account's email is told (`alerts`).

Pure: bot/rules/support.py counts and stores (bot/rules/email_guard.py for the failures).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from bot.config import Settings

EMAILS_WINDOW = timedelta(hours=1)


@dataclass(frozen=True)
class Allowed:
    """Go ahead."""


@dataclass(frozen=True)
class TooManyChecks:
    """The conversation asked too many codes: wait `seconds`."""

    seconds: int


class Silent(Enum):
    """Why no email goes out for a registered account (same answer as an unknown address)."""

    BLOCKED = "identity_check_blocked"  # wrong codes reached the account's limit
    THROTTLED = "identity_check_throttled"  # enough codes were emailed this hour


class CheckRefused(Enum):
    NO_CHECK = "no_check"
    EXPIRED = "expired"
    TOO_MANY_ATTEMPTS = "too_many_attempts"


def recent_since(now: datetime, settings: Settings) -> datetime:
    """Checks of a conversation created after this count against its limit."""
    return now - timedelta(seconds=settings.email_code_ttl)


def emails_since(now: datetime) -> datetime:
    return now - EMAILS_WINDOW


def emails_retry_after(oldest_in_window: datetime, now: datetime) -> int:
    """Seconds until the oldest code of the hour leaves the window, and a new one may go."""
    return max(1, math.ceil((oldest_in_window + EMAILS_WINDOW - now).total_seconds()))


def failures_since(now: datetime, settings: Settings) -> datetime:
    return now - timedelta(seconds=settings.email_code_failure_window)


def conversation_may_ask(recent_checks: int, settings: Settings) -> Allowed | TooManyChecks:
    if recent_checks >= settings.identity_checks_per_conversation:
        return TooManyChecks(settings.email_code_ttl)
    return Allowed()


def blocked(failures: int, settings: Settings) -> bool:
    """The account's wrong codes reached the limit: no code is emailed, none verifies."""
    return failures >= settings.email_code_failures_per_account


def account_may_receive(
    failures: int, emailed_last_hour: int, settings: Settings
) -> Allowed | Silent:
    if blocked(failures, settings):
        return Silent.BLOCKED
    if emailed_last_hour >= settings.identity_emails_per_account:
        return Silent.THROTTLED
    return Allowed()


def alerts(failures: int, settings: Settings) -> bool:
    """This wrong code is the one that reached the limit: tell the account (once)."""
    return failures == settings.email_code_failures_per_account


def expires_at(now: datetime, settings: Settings) -> datetime:
    return now + timedelta(seconds=settings.email_code_ttl)


def check_usable(
    exists: bool,
    verified: bool,
    expires: datetime | None,
    attempts: int,
    now: datetime,
    settings: Settings,
) -> CheckRefused | None:
    """Why the conversation's latest check cannot take a code, or None when it can."""
    if not exists or verified:
        return CheckRefused.NO_CHECK
    if expires is None or expires <= now:
        return CheckRefused.EXPIRED
    if attempts >= settings.email_code_max_tries:
        return CheckRefused.TOO_MANY_ATTEMPTS
    return None


def tries_left(attempts: int, settings: Settings) -> int:
    return settings.email_code_max_tries - attempts


def still_fresh(verified_at: datetime, now: datetime, settings: Settings) -> bool:
    """A confirmed check identifies the conversation for IDENTITY_TTL seconds."""
    return verified_at + timedelta(seconds=settings.identity_ttl) > now
