"""Failed codes, counted per account across all factors (security.md §4).

A new code does not reset the count; a success does. Before each try the customer waits
2^(n-1) seconds after the n-th consecutive failure; at the 10th the account locks and only
support (the agent API) unlocks it. Increments are atomic SQL so parallel wrong codes are all
counted.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.models import User
from bot.rules.context import RuleError


def ensure_can_try(user: User, now: datetime) -> None:
    if user.locked_at is not None:
        raise RuleError(423, "locked", "Too many wrong codes: this account is locked. Only support can unlock it.")
    n = user.failed_attempts or 0
    if n and user.last_failed_at is not None:
        wait_until = user.last_failed_at + timedelta(seconds=2 ** (n - 1))
        if now < wait_until:
            retry = max(1, int((wait_until - now).total_seconds() + 0.999))
            raise RuleError(429, "too_soon", f"Wait {retry} s before trying another code.", retry_after=retry)


def record_failure(session: Session, user_id: int, now: datetime, threshold: int) -> tuple[int, bool]:
    """Count one failure; lock at the threshold. Returns (failures, just_locked)."""
    session.execute(
        update(User).where(User.id == user_id)
        .values(failed_attempts=User.failed_attempts + 1, last_failed_at=now)
    )
    failures = session.execute(select(User.failed_attempts).where(User.id == user_id)).scalar_one()
    just_locked = False
    if failures >= threshold:
        res = session.execute(update(User).where(User.id == user_id, User.locked_at.is_(None)).values(locked_at=now))
        just_locked = res.rowcount == 1
    return failures, just_locked


def record_success(session: Session, user_id: int) -> None:
    session.execute(update(User).where(User.id == user_id).values(failed_attempts=0, last_failed_at=None))
