"""Console sessions, kept on the server (they used to be a stateless 8-hour JWT that a
logout could not end). The cookie holds a random token; its keyed hash names a row that a
logout revokes, that dies after AGENT_SESSION_IDLE_SECONDS (30 min) without a request and,
whatever the activity, AGENT_SESSION_MAX_SECONDS (8 h) after the login (OWASP Session
Management cheat sheet: idle and absolute timeouts)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.models import Agent, AgentSession
from bot.security import keyed_hash, random_token


def _hash(settings: Settings, token: str) -> str:
    return keyed_hash(settings.signing_key, "agent-session", token)


def open_session(s: Session, settings: Settings, agent: Agent, now: datetime) -> str:
    token = random_token()
    s.add(
        AgentSession(
            token_hash=_hash(settings, token),
            agent_id=agent.id,
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(seconds=settings.agent_session_lifetime),
        )
    )
    return token


def _live(s: Session, settings: Settings, token: object, now: datetime) -> AgentSession | None:
    if not isinstance(token, str) or not token or len(token) > 128:
        return None
    row = s.execute(
        select(AgentSession).where(AgentSession.token_hash == _hash(settings, token))
    ).scalar_one_or_none()
    idle_limit = now - timedelta(seconds=settings.agent_idle_timeout)
    if (
        row is None
        or row.revoked_at is not None
        or row.expires_at <= now
        or row.last_seen_at <= idle_limit
    ):
        return None
    return row


def agent_of(s: Session, settings: Settings, token: object, now: datetime) -> str | None:
    """The username behind a live session (and the session's idle clock restarts), else None."""
    row = _live(s, settings, token, now)
    if row is None:
        return None
    agent = s.get(Agent, row.agent_id)
    if agent is None or agent.locked_at is not None:
        return None
    row.last_seen_at = now
    return agent.username


def revoke(s: Session, settings: Settings, token: object, now: datetime) -> None:
    row = _live(s, settings, token, now)
    if row is not None:
        row.revoked_at = now
