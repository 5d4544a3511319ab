"""Password guessing: throttle logins per account AND per client, with growing delays (the
delays themselves: bot/core/lockout.py; the counting: here).

Each password attempt is recorded *before* the password is checked (a row in
`auth_failures`), then the attempts already in the window decide: the first
LOGIN_FREE_FAILURES_PER_ACCOUNT (5) per account and LOGIN_FREE_FAILURES_PER_CLIENT (20) per
client address go through; after that each attempt waits 2^(n - free) s after the previous one,
at most LOGIN_MAX_DELAY_SECONDS (20 min). Recording first is what makes a burst of parallel
guesses count: every one of them sees the others. A refused attempt (429) is forgotten, since
no password was tried; a successful login clears the account's count.

The account is the *typed* identifier (keyed hash of the normalised email or username), known
or not: unknown and known accounts get the same answers, so the throttle tells nothing about
which accounts exist (ASVS 5.0 6.3.8). NIST SP 800-63B-4 §3.2.2 allows at most 100
consecutive failures per account: with these delays an account takes at most 86 wrong
passwords in any 24 hours (docs/security.md, "Limits").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.core import lockout
from bot.models import AuthFailure
from bot.rules.context import RuleError
from bot.security import keyed_hash

ACCOUNT = "login_account"
CLIENT = "login_client"


@dataclass(frozen=True)
class Attempt:
    """The rows that record one attempt in flight (account and client)."""

    account: str
    client: str
    ids: tuple[int, ...] = ()


def subjects(settings: Settings, realm: str, identifier: str, client_ip: str) -> Attempt:
    """Keyed hashes of what is counted: `realm` separates customers from agents, for the
    accounts and for the client address too: customers' wrong passwords from one address
    (an office behind one NAT, or an attacker) must not lock the agents of that address out
    of their console (seventh outsider check: after 9 wrong customer logins the right agent
    login got "wait 119 s")."""
    key = settings.signing_key
    return Attempt(
        account=keyed_hash(key, "login", realm, identifier.strip().lower()[:320]),
        client=keyed_hash(key, "login-client", realm, client_ip or "unknown"),
    )


def begin(s: Session, settings: Settings, attempt: Attempt, now: datetime) -> Attempt:
    """Record the attempt, then refuse it (429, forgotten) if either throttle says wait."""
    rows = [
        AuthFailure(kind=ACCOUNT, subject=attempt.account, at=now),
        AuthFailure(kind=CLIENT, subject=attempt.client, at=now),
    ]
    s.add_all(rows)
    s.flush()
    recorded = Attempt(attempt.account, attempt.client, tuple(r.id for r in rows))
    s.commit()  # visible to parallel attempts before anyone checks a password
    waits = [
        _wait(
            s,
            settings,
            ACCOUNT,
            attempt.account,
            recorded.ids,
            settings.login_free_per_account,
            now,
        ),
        _wait(
            s, settings, CLIENT, attempt.client, recorded.ids, settings.login_free_per_client, now
        ),
    ]
    retry = max(waits)
    if retry > 0:
        forget(s, recorded)
        s.commit()  # the RuleError below rolls back what is not committed
        raise RuleError.retry_later(
            "too_many_attempts",
            f"Too many attempts: wait {retry} s before trying again.",
            retry_after=retry,
        )
    return recorded


def _wait(
    s: Session, settings: Settings, kind: str, subject: str, mine: tuple, free: int, now: datetime
) -> int:
    """Seconds to wait before this attempt may be checked (0: go): bot/core/lockout.py decides."""
    since = now - timedelta(seconds=settings.login_window)
    earlier, last = s.execute(
        select(func.count(), func.max(AuthFailure.at)).where(
            AuthFailure.kind == kind,
            AuthFailure.subject == subject,
            AuthFailure.at > since,
            AuthFailure.id.not_in(mine),
        )
    ).one()
    return lockout.login_wait(earlier, last, free, settings.login_max_delay, now)


def forget(s: Session, attempt: Attempt) -> None:
    """Drop the rows of an attempt that tried no password."""
    s.execute(delete(AuthFailure).where(AuthFailure.id.in_(attempt.ids)))


def succeeded(s: Session, settings: Settings, attempt: Attempt, now: datetime) -> None:
    """The right password: the account starts again from zero; this attempt does not count
    against the client; old rows of the window are purged."""
    s.execute(
        delete(AuthFailure).where(
            AuthFailure.kind == ACCOUNT, AuthFailure.subject == attempt.account
        )
    )
    forget(s, attempt)
    s.execute(
        delete(AuthFailure).where(
            AuthFailure.kind.in_((ACCOUNT, CLIENT)),
            AuthFailure.at <= now - timedelta(seconds=settings.login_window),
        )
    )
