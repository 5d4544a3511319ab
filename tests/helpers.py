"""Test helpers: build accounts in a given state, read the outbox, talk to a live backend."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from bot import clock
from bot.models import OutboxMessage, User
from bot.security import hash_password

PASSWORD = "Correct-Horse-42"
_HASH = None


def _pw_hash() -> str:
    global _HASH
    if _HASH is None:
        _HASH = hash_password(PASSWORD)  # argon2 is slow on purpose: hash once per run
    return _HASH


def make_user(ctx, email: str, *, state: str = "new", language: str = "fr", phone: str = "+33612345678",
              secret: str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", deadline_in_days: float | None = None) -> int:
    """state: new (never logged in) | grace | expired | app | sms | locked."""
    now = clock.now()
    with ctx.db.session() as s:
        u = User(email=email, name=email.split("@")[0], password_hash=_pw_hash(), language=language,
                 created_at=now - timedelta(days=400))
        if state != "new":
            days = deadline_in_days if deadline_in_days is not None else (25 if state == "grace" else -12)
            u.grace_deadline = now + timedelta(days=days)
            u.first_login_at = u.grace_deadline - timedelta(days=28)
        if state == "app":
            u.method, u.totp_secret, u.enrolled_at = "totp", secret, now
        if state in ("sms", "locked"):
            u.method, u.phone, u.enrolled_at = "sms", phone, now
        if state == "locked":
            u.failed_attempts, u.locked_at = 10, now
        s.add(u)
        s.flush()
        return u.id


def open_ticket_for(ctx, user_id: int, number: str, assurance: str = "password+email_code") -> None:
    """An open reset ticket of the account, as the assistant or the portal would have opened it."""
    from bot.models import Ticket

    with ctx.db.session() as s:
        s.add(Ticket(number=number, user_id=user_id, reason="lost_phone", assurance=assurance,
                     created_at=clock.now()))


def outbox(ctx, channel: str | None = None, to: str | None = None) -> list[OutboxMessage]:
    with ctx.db.session() as s:
        q = select(OutboxMessage).order_by(OutboxMessage.id)
        if channel:
            q = q.where(OutboxMessage.channel == channel)
        if to:
            q = q.where(OutboxMessage.recipient == to)
        return list(s.execute(q).scalars())


def last_sms_code(ctx, to: str = "+33612345678") -> str:
    import re

    msgs = outbox(ctx, "sms", to)
    assert msgs, "no SMS in the outbox"
    return re.search(r"\b(\d{6})\b", msgs[-1].body).group(1)


def last_email_code(ctx, to: str) -> str:
    import re

    msgs = outbox(ctx, "email", to)
    assert msgs, f"no email to {to} in the outbox"
    return re.search(r"\b(\d{6})\b", msgs[-1].body).group(1)


def paris(*args) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(*args, tzinfo=ZoneInfo("Europe/Paris"))


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)
