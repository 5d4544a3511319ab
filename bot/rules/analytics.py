"""The analytics of the agents' console: for a period and a language, how many conversations,
how many the backend saw resolved (bot/rules/outcomes.py), handed off, rated, how often the
NLU fell back, the tickets the chat opened; in total, per topic (intent) and per day.

Conversations and their messages come from the tracker store (bot/rules/conversations.py);
what happened next comes from the backend's own tables. Definitions: docs/outcomes.md.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select

from bot import clock
from bot.core import handoffs
from bot.models import AuditEvent, ConversationLink, Handoff, IdentityCheck, Rating, Ticket
from bot.rules import conversations as store
from bot.rules import outcomes
from bot.rules.context import Context, RuleError

LANGS = ("fr", "en")
MAX_DAYS = 366
DEFAULT_DAYS = 7


@dataclass(frozen=True)
class Period:
    start: date  # first day, inclusive (local days of TWOFA_TIMEZONE)
    end: date  # last day, inclusive
    lang: str | None  # None: every language
    tz: ZoneInfo

    def bounds(self) -> tuple[datetime, datetime]:
        return (
            datetime.combine(self.start, time(), self.tz),
            datetime.combine(self.end + timedelta(days=1), time(), self.tz),
        )

    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


@dataclass
class Row:
    """One conversation and what became of it."""

    conv: store.Conversation
    outcome: str
    day: date
    rating: str | None = None
    tickets: list = field(default_factory=list)  # Ticket rows opened in this conversation


def _day(raw: object, name: str) -> date | None:
    if raw in (None, ""):
        return None
    try:
        if isinstance(raw, str) and len(raw) == 10:
            return date.fromisoformat(raw)
    except ValueError:
        pass
    raise RuleError(400, "invalid_period", f"{name} must be a date written YYYY-MM-DD.")


def parse_period(ctx: Context, raw_from: object, raw_to: object, raw_lang: object) -> Period:
    """The period asked (default: the last 7 days, today included), checked."""
    tz = ZoneInfo(ctx.settings.timezone)
    end = _day(raw_to, "to") or clock.now().astimezone(tz).date()
    start = _day(raw_from, "from") or end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise RuleError(400, "invalid_period", "from must not be after to.")
    if (end - start).days >= MAX_DAYS:
        raise RuleError(400, "invalid_period", f"The period is at most {MAX_DAYS} days.")
    if raw_lang not in (None, "", "all") + LANGS:
        raise RuleError(400, "invalid_lang", "lang must be fr, en or all.")
    return Period(start, end, raw_lang if raw_lang in LANGS else None, tz)


def report(ctx: Context, period: Period) -> dict:
    """The JSON of GET /api/agent/analytics."""
    start, end = period.bounds()
    convs = store.started_between(ctx.settings.tracker_store_url, start, end)
    if period.lang is not None:
        convs = [c for c in convs if c.language == period.lang]
    rows = _rows(ctx, convs, period.tz)
    topics = sorted({r.conv.topic for r in rows})
    return {
        "period": {
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "lang": period.lang or "all",
            "timezone": period.tz.key,
        },
        "totals": figures(rows),
        "per_intent": [
            {"intent": t, **figures([r for r in rows if r.conv.topic == t])} for t in topics
        ],
        "per_day": [
            {"day": d.isoformat(), **figures([r for r in rows if r.day == d])}
            for d in period.days()
        ],
    }


@dataclass
class _Known:
    """What the backend's tables say of a set of conversations, read in one session."""

    users: dict  # conversation id -> the account it identified (_users)
    handed: set  # conversation ids handed to the phone line
    tickets: list  # Ticket rows opened in these conversations
    ratings: dict  # conversation id -> the widget's rating, up or down
    events: dict  # user id -> [(event, at)] of the evidence events (_account_events)


def _rows(ctx: Context, convs: list, tz: ZoneInfo) -> list[Row]:
    """One row per conversation of the tracker store, with its outcome as the backend saw it."""
    ids = [c.conversation_id for c in convs]
    if not ids:
        return []
    now = clock.now()
    with ctx.db.session() as s:
        known = _known(s, ids, convs)
    return [_row(c, known, tz, now) for c in convs]


def _known(s, ids: list, convs: list) -> _Known:
    """A few queries for all the conversations at once, none per conversation."""
    users = _users(s, ids)
    # a handoff the customer called off in the chat is no handoff to the phone line
    kept = or_(Handoff.outcome.is_(None), Handoff.outcome != handoffs.WITHDRAWN)
    handed = set(
        s.execute(
            select(Handoff.conversation_id).where(Handoff.conversation_id.in_(ids), kept)
        ).scalars()
    )
    tickets = list(s.execute(select(Ticket).where(Ticket.conversation_id.in_(ids))).scalars())
    ratings = dict(
        s.execute(
            select(Rating.conversation_id, Rating.value).where(Rating.conversation_id.in_(ids))
        ).all()
    )
    return _Known(users, handed, tickets, ratings, _account_events(s, set(users.values()), convs))


def _row(c: store.Conversation, known: _Known, tz: ZoneInfo, now: datetime) -> Row:
    """The conversation's facts (bot/rules/outcomes.py decides what they add up to)."""
    user_id = known.users.get(c.conversation_id)
    mine = [t for t in known.tickets if t.conversation_id == c.conversation_id]
    facts = outcomes.Facts(
        c.started_at,
        c.ended_at,
        user_id,
        c.conversation_id in known.handed,
        tuple(known.events.get(user_id, ())),
        tuple(t.closed_at for t in mine if t.status == "completed" and t.closed_at),
    )
    return Row(
        c,
        outcomes.outcome(facts, now),
        c.started_at.astimezone(tz).date(),
        known.ratings.get(c.conversation_id),
        mine,
    )


def _users(s, ids: list) -> dict:
    """conversation id -> the account it identified: a link written by the Support API, else a
    verified email check, a ticket or a handoff of that conversation."""
    found: dict = {}
    sources = [
        select(ConversationLink.conversation_id, ConversationLink.user_id).where(
            ConversationLink.conversation_id.in_(ids)
        ),
        select(IdentityCheck.conversation_id, IdentityCheck.user_id).where(
            IdentityCheck.conversation_id.in_(ids),
            IdentityCheck.verified_at.is_not(None),
            IdentityCheck.user_id.is_not(None),
        ),
        select(Ticket.conversation_id, Ticket.user_id).where(Ticket.conversation_id.in_(ids)),
        select(Handoff.conversation_id, Handoff.user_id).where(
            Handoff.conversation_id.in_(ids), Handoff.user_id.is_not(None)
        ),
    ]
    for query in sources:
        for conversation_id, user_id in s.execute(query).all():
            found.setdefault(conversation_id, user_id)
    return found


def _account_events(s, user_ids: set, convs: list) -> dict:
    """user id -> [(event, at)] of the evidence events around these conversations."""
    if not user_ids:
        return {}
    lo = min(c.started_at for c in convs)
    hi = max(c.ended_at for c in convs) + outcomes.WINDOW
    rows = s.execute(
        select(AuditEvent.user_id, AuditEvent.event, AuditEvent.at).where(
            AuditEvent.user_id.in_(user_ids),
            AuditEvent.event.in_(outcomes.ACCOUNT_EVIDENCE),
            AuditEvent.at >= lo,
            AuditEvent.at <= hi,
        )
    ).all()
    events: dict = {}
    for user_id, event, at in rows:
        events.setdefault(user_id, []).append((event, at))
    return events


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def figures(rows: list[Row]) -> dict:
    """Every figure of one slice of conversations (the whole period, a topic or a day)."""
    counts = {o: sum(1 for r in rows if r.outcome == o) for o in outcomes.OUTCOMES}
    settled = counts[outcomes.RESOLVED] + counts[outcomes.HANDED_OFF] + counts[outcomes.ABANDONED]
    messages = sum(len(r.conv.messages) for r in rows)
    fallbacks = sum(r.conv.fallbacks for r in rows)
    return {
        "conversations": len(rows),
        "outcomes": counts,
        "resolution_rate": _rate(counts[outcomes.RESOLVED], settled),
        "handoff_rate": _rate(counts[outcomes.HANDED_OFF], len(rows)),
        "messages": messages,
        "fallbacks": fallbacks,
        "fallback_rate": _rate(fallbacks, messages),
        "ratings": _ratings(rows),
        "tickets": _tickets(rows),
    }


def _ratings(rows: list[Row]) -> dict:
    up = sum(1 for r in rows if r.rating == "up")
    down = sum(1 for r in rows if r.rating == "down")
    return {"up": up, "down": down, "count": up + down, "mean": _rate(up, up + down)}


def _tickets(rows: list[Row]) -> dict:
    tickets = [t for r in rows for t in r.tickets]
    done = [t for t in tickets if t.status == "completed" and t.closed_at is not None]
    hours = [(t.closed_at - t.created_at).total_seconds() / 3600 for t in done]
    return {
        "opened": len(tickets),
        "completed": len(done),
        "median_hours_to_complete": round(statistics.median(hours), 2) if hours else None,
    }
