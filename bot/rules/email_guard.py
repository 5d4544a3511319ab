"""Email-code guessing, counted per ACCOUNT over a long window: the counting. What the count
means (the limit, the window, why 10 in 24 h) is bot/core/identity.py.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.core import identity
from bot.models import AuthFailure
from bot.rules import audit

KIND = "email_code"


def failures(s: Session, settings: Settings, user_id: int, now: datetime) -> int:
    since = identity.failures_since(now, settings)
    return s.execute(
        select(func.count())
        .select_from(AuthFailure)
        .where(
            AuthFailure.kind == KIND, AuthFailure.subject == str(user_id), AuthFailure.at > since
        )
    ).scalar_one()


def blocked(s: Session, settings: Settings, user_id: int, now: datetime) -> bool:
    return identity.blocked(failures(s, settings, user_id, now), settings)


def record_failure(
    s: Session, settings: Settings, user_id: int, now: datetime, conversation_id: str
) -> bool:
    """Count one wrong code for the account. True when this one reached the limit (the
    caller then emails the account); the audit entry is written here."""
    s.add(AuthFailure(kind=KIND, subject=str(user_id), at=now))
    s.flush()
    count = failures(s, settings, user_id, now)
    if not identity.alerts(count, settings):
        return False
    audit.record(
        s, user_id, "system", "identity_alert", failures=count, conversation=conversation_id
    )
    return True
