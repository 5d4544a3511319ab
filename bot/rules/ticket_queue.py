"""The agents' work queue of 2FA reset tickets (issue 20).

A ticket opened in the chat without a handoff used to be invisible: agents could complete or
refuse one only by its number. This module lists every ticket (chat, portal or agent),
oldest first so nobody waits forever, filtered the way a support team sorts its work, and
shows one ticket with its history. Completing and refusing stay in bot.rules.agent (one
place for the reset itself). What agents see of the customer is masked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select

from bot import clock
from bot.core import tickets
from bot.core.assurance import RESET_LEVELS
from bot.models import AuditEvent, Handoff, Ticket, User
from bot.rules.context import Context, RuleError
from bot.rules.support import RESET_REASONS, ticket_json
from bot.security import mask_email

STATUSES = ("open", "completed", "refused")
LANGUAGES = ("fr", "en")
MAX_AGE_HOURS = 24 * 3650


@dataclass(frozen=True)
class TicketFilter:
    """What the agent asked for; None means "any"."""

    status: str | None = "open"
    reason: str | None = None
    language: str | None = None
    assurance: str | None = None
    min_age_hours: int | None = None
    max_age_hours: int | None = None
    limit: int = 100


def _choice(query, name: str, allowed, default=None):
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    if raw == "any" and name == "status":
        return None
    if raw not in allowed:
        raise RuleError.not_one_of(name, allowed)
    return raw


def query_number(query, name: str, low: int, high: int, default=None):
    """A whole-number query parameter within [low, high], else a 400 that says so: a value out
    of range is refused, never clamped (thirty-fourth outsider check: `limit=-1` listed one)."""
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise RuleError(
            400, f"invalid_{name}", f"{name} must be a whole number from {low} to {high}."
        )
    return value


def parse_filter(query) -> TicketFilter:
    """The query string of GET /api/agent/tickets, checked: a bad value is a 400, never a 500."""
    return TicketFilter(
        status=_choice(query, "status", STATUSES + ("any",), "open"),
        reason=_choice(query, "reason", RESET_REASONS),
        language=_choice(query, "language", LANGUAGES),
        assurance=_choice(query, "assurance", RESET_LEVELS),
        min_age_hours=query_number(query, "min_age_hours", 0, MAX_AGE_HOURS),
        max_age_hours=query_number(query, "max_age_hours", 0, MAX_AGE_HOURS),
        limit=query_number(query, "limit", 1, 500, 100),
    )


def _query(f: TicketFilter):
    q = select(Ticket, User).join(User, User.id == Ticket.user_id)
    now = clock.now()
    if f.status:
        q = q.where(Ticket.status == f.status)
    if f.reason:
        q = q.where(Ticket.reason == f.reason)
    if f.language:
        # the conversation's language, else (tickets from the portal, older tickets) the account's
        q = q.where(func.coalesce(Ticket.language, User.language) == f.language)
    if f.assurance:
        q = q.where(Ticket.assurance == f.assurance)
    if f.min_age_hours is not None:
        q = q.where(Ticket.created_at <= now - timedelta(hours=f.min_age_hours))
    if f.max_age_hours is not None:
        q = q.where(Ticket.created_at >= now - timedelta(hours=f.max_age_hours))
    return q.order_by(Ticket.created_at.asc(), Ticket.id.asc()).limit(f.limit)


def ticket_row(t: Ticket, user: User) -> dict:
    """One line of the queue: the customer masked, the age in seconds for "how long it waits"."""
    end = t.closed_at or clock.now()
    return {
        **ticket_json(t),
        "language": t.language or user.language,
        # the method tells the agent what a completion would remove ("no method": nothing)
        "customer": {"email": mask_email(user.email), "name": user.name, "method": user.method},
        "closed_by": t.closed_by,
        "age_seconds": max(0, int((end - t.created_at).total_seconds())),
        "from_chat": t.conversation_id is not None,
    }


def list_tickets(ctx: Context, f: TicketFilter) -> list[dict]:
    with ctx.db.session() as s:
        return [ticket_row(t, u) for t, u in s.execute(_query(f)).all()]


def _history(s, t: Ticket) -> list[dict]:
    """The ticket's audit entries (opened, completed, refused), oldest first. The audit detail
    is JSON written with sorted keys, so the ticket number appears as `"ticket": "T-…"`."""
    needle = json.dumps({"ticket": t.number})[1:-1]
    rows = s.execute(
        select(AuditEvent)
        .where(AuditEvent.detail.contains(needle, autoescape=True))
        .order_by(AuditEvent.at.asc(), AuditEvent.id.asc())
    ).scalars()
    return [{"at": e.at.isoformat(), "actor": e.actor, "event": e.event} for e in rows]


def get_ticket(ctx: Context, number: object) -> dict:
    """A ticket page: the row, its history, the conversation that opened it (its public id)
    and the handoff references of the same customer pointing at it."""
    normalized = tickets.normalize_number(number)
    if normalized is None or not normalized:
        raise RuleError(400, "invalid_ticket", "A ticket number looks like T-XXXXXX.")
    with ctx.db.session() as s:
        row = s.execute(
            select(Ticket, User)
            .join(User, User.id == Ticket.user_id)
            .where(Ticket.number == normalized)
        ).first()
        if row is None:
            raise RuleError(404, "not_found", "No ticket has this number.")
        t, user = row
        data = ticket_row(t, user)
        data["conversation_id"] = t.conversation_id
        data["history"] = _history(s, t)
        data["handoffs"] = [h.reference for h in _handoffs_pointing_at(s, t)]
        return data


def _handoffs_pointing_at(s, t: Ticket) -> list[Handoff]:
    """The handoffs tied to the ticket, and, when it is its customer's latest ticket, their
    handoffs tied to none: the handoff's page shows such a ticket as its own (a ticket opened
    after the handoff, bot/rules/agent._handoff_json), and the ticket's page listed none of
    them (thirty-seventh outsider check, finding 8)."""
    latest = latest_ticket(s, t.user_id)
    tied = Handoff.ticket_id == t.id
    if latest is not None and latest.id == t.id:
        tied = tied | ((Handoff.ticket_id.is_(None)) & (Handoff.user_id == t.user_id))
    return list(s.execute(select(Handoff).where(tied).order_by(Handoff.created_at.asc())).scalars())


def latest_ticket(s, user_id: int) -> Ticket | None:
    """The customer's newest ticket: the one a handoff tied to no ticket points at (the
    handoff's page and the ticket's page both read it)."""
    mine = select(Ticket).where(Ticket.user_id == user_id)
    return s.execute(mine.order_by(Ticket.created_at.desc())).scalars().first()
