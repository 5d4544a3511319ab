"""Email-code guessing, counted per ACCOUNT over a long window.

Each code allows 5 tries and each conversation 3 codes per 10 minutes, but an attacker can
open new conversations: without an account-wide count, 5 hourly codes x 5 tries is 600
guesses a day at one account. Here, EMAIL_CODE_FAILURES_PER_ACCOUNT (10) wrong codes within
EMAIL_CODE_FAILURE_WINDOW_SECONDS (24 h) stop the identity check for that account until the
window has passed: no code is emailed any more and no code verifies, with exactly the answers
an unknown address gets (no enumeration). When the limit is reached, an audit entry
(`identity_alert`) is written and the account's email is told, with the way to support.

Why 10 in 24 h (docs/security.md): two codes' worth of tries is more than a customer
mistyping needs, and a 6-digit code guessed 10 times a day succeeds with probability
10/10^6 per day. NIST SP 800-63B-4 allows email recovery codes 24 h of validity, so the window
matches the longest life of such a code.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.models import AuthFailure
from bot.rules import audit

KIND = "email_code"


def _failures(s: Session, settings: Settings, user_id: int, now: datetime) -> int:
    since = now - timedelta(seconds=settings.email_code_failure_window)
    return s.execute(select(func.count()).select_from(AuthFailure).where(
        AuthFailure.kind == KIND, AuthFailure.subject == str(user_id), AuthFailure.at > since)).scalar_one()


def blocked(s: Session, settings: Settings, user_id: int, now: datetime) -> bool:
    return _failures(s, settings, user_id, now) >= settings.email_code_failures_per_account


def record_failure(s: Session, settings: Settings, user_id: int, now: datetime, conversation_id: str) -> bool:
    """Count one wrong code for the account. True when this one reached the limit (the
    caller then emails the account); the audit entry is written here."""
    s.add(AuthFailure(kind=KIND, subject=str(user_id), at=now))
    s.flush()
    failures = _failures(s, settings, user_id, now)
    if failures != settings.email_code_failures_per_account:
        return False
    audit.record(s, user_id, "system", "identity_alert", failures=failures, conversation=conversation_id)
    return True
