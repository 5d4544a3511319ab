"""Wrong 2FA codes, counted in the database (the rule itself: bot/core/lockout.py).

Each try is claimed before its code is checked, by an atomic compare-and-swap on the count
(`claim_try`): parallel tries cannot all pass the limit and the waits. The lock is taken by
the one request whose `UPDATE … WHERE locked_at IS NULL` wins, so it is recorded (and the
account's email told) once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.core import lockout
from bot.models import User
from bot.rules.context import RuleError


def locked_error() -> RuleError:
    return RuleError(423, "locked", lockout.LOCKED_MESSAGE)


def ensure_can_try(user: User, now: datetime) -> None:
    decision = lockout.code_try(
        user.locked_at is not None, user.failed_attempts or 0, user.last_failed_at, now
    )
    if isinstance(decision, lockout.Locked):
        raise locked_error()
    if isinstance(decision, lockout.TooSoon):
        raise too_soon(decision.seconds)


def too_soon(seconds: int) -> RuleError:
    """429: wait `seconds` before the next code (a delay, or a try another request holds)."""
    return RuleError.retry_later(
        "too_soon", f"Wait {seconds} s before trying another code.", retry_after=seconds
    )


@dataclass(frozen=True)
class Claim:
    """A try taken by `claim_try`: when, and the failure time it replaced (for `release_try`)."""

    at: datetime
    previous: datetime | None


def claim_try(session: Session, user: User, now: datetime) -> Claim:
    """Take this try before the code is checked, counted as a failure until it proves right
    (`record_success` clears it). Compare-and-swap on the count this request read: of parallel
    tries, one wins and the others are told to wait, as they would be one after the other
    (seventh outsider check, A23: 15 parallel wrong codes were all checked, 14 before the lock,
    and the waits were skipped: each request had read the count before any was recorded).
    Returns the claim, for `release_try`."""
    seen = user.failed_attempts or 0
    previous = user.last_failed_at
    claimed = session.execute(
        update(User)
        .where(User.id == user.id, User.locked_at.is_(None), User.failed_attempts == seen)
        .values(failed_attempts=seen + 1, last_failed_at=now)
    ).rowcount
    if claimed != 1:
        raise too_soon(1)
    return Claim(now, previous)


def release_try(session: Session, user_id: int, claim: Claim) -> None:
    """The code could not be checked (the SMS provider failed): the claimed try is given back,
    with the time of the failure before it, so a customer with earlier wrong codes does not
    wait the delay again from a try that never counted. Only while the claim is the last
    failure recorded (`last_failed_at == claim.at`): a later try keeps its own."""
    session.execute(
        update(User)
        .where(User.id == user_id, User.failed_attempts > 0, User.last_failed_at == claim.at)
        .values(failed_attempts=User.failed_attempts - 1, last_failed_at=claim.previous)
    )


def record_failure(
    session: Session, user_id: int, now: datetime, threshold: int
) -> tuple[int, bool]:
    """The claimed try (`claim_try`) was wrong: lock at the threshold. Returns (failures,
    just_locked)."""
    failures = session.execute(select(User.failed_attempts).where(User.id == user_id)).scalar_one()
    just_locked = False
    if lockout.locks_now(failures, threshold):
        res = session.execute(
            update(User).where(User.id == user_id, User.locked_at.is_(None)).values(locked_at=now)
        )
        just_locked = res.rowcount == 1
    return failures, just_locked


def record_success(session: Session, user_id: int) -> None:
    session.execute(
        update(User).where(User.id == user_id).values(failed_attempts=0, last_failed_at=None)
    )


def unlock(user: User) -> None:
    """Support lifts the lock (a ticket's completion, or an agent's unlock): the count restarts."""
    user.failed_attempts, user.last_failed_at, user.locked_at = 0, None, None
