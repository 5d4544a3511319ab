"""Audit log and email notifications of sensitive events.

The emails' texts are the content catalogue's (bot/content/*.yml, section `emails`), with the
support line and the rules' facts from the settings.

The audit detail is built from an allowlist of harmless keys, so a code, a secret, a token
or a full phone number cannot end up there even by mistake.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import clock, content
from bot.models import AuditEvent, User
from bot.rules.context import Context

_ALLOWED_DETAIL = {
    "method",
    "purpose",
    "reason",
    "ticket",
    "reference",
    "masked_phone",
    "via",
    "failures",
    "conversation",
    "status",
    "stage",
    "outcome",
    "agent",
}


def record(session: Session, user_id: int | None, actor: str, event: str, **detail) -> None:
    safe = {k: v for k, v in detail.items() if k in _ALLOWED_DETAIL and v is not None}
    session.add(
        AuditEvent(
            at=clock.now(),
            user_id=user_id,
            actor=actor,
            event=event,
            detail=json.dumps(safe, ensure_ascii=False, sort_keys=True),
        )
    )


def recorded_since(session: Session, user_id: int, event: str, since: datetime) -> bool:
    """Whether `event` was recorded for this account after `since`."""
    found = session.execute(
        select(AuditEvent.id)
        .where(AuditEvent.user_id == user_id, AuditEvent.event == event, AuditEvent.at > since)
        .limit(1)
    ).first()
    return found is not None


def notify(
    ctx: Context,
    user: User,
    kind: str,
    *,
    background: bool = False,
    language: object = None,
    **values,
) -> Awaitable[None] | None:
    """Email the account about an event, in `language` when it is one of ours (the chat's,
    for a code the customer waits for there), else in the account's. Returns a coroutine to
    await, or schedules it when `background` (so the answer's timing reveals nothing)."""
    lang = language if language in content.LANGUAGES else user.language
    subject, body = content.email(kind, lang, ctx.settings, **values)
    coro = ctx.email.send(to=user.email, subject=subject, body=body)
    if background:
        ctx.later(coro)
        return None
    return coro
