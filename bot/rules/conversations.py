"""Conversations as Rasa's tracker store kept them, read-only, for analytics and the inbox.

The backend reads the tracker store's `events` table (Rasa's SQLTrackerStore: one row per
event, `sender_id` is the conversation's public id, bot/rasa_ext/conversation.py) directly,
because Rasa's HTTP API serves one conversation at a time and cannot list them. Events are
written scrubbed (bot/rasa_ext/scrub.py): no token, emails and codes already masked.

What a conversation is, here: a sender with at least one customer message other than the
widget's opening `/greet` (a chat opened and closed without a word is not counted). Its
topic is the first intent that says what the customer came for (not a greeting, a yes/no,
a fallback...). A message "fell to the fallback" when the NLU predicted `nlu_fallback`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa

from bot.plain_text import readable

INIT_PAYLOAD = "/greet"
FALLBACK = "nlu_fallback"
# intents that do not say what the customer came for
NOT_A_TOPIC = frozenset(
    "greet goodbye thank affirm deny bot_challenge ask_language cancel inform".split() + [FALLBACK]
)
NO_TOPIC = "none"
LOW_CONFIDENCE = 0.6  # below this, a message goes to the inbox even if it was answered

_meta = sa.MetaData()
EVENTS = sa.Table(
    "events",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255)),
    sa.Column("type_name", sa.String(255)),
    sa.Column("timestamp", sa.Float),
    sa.Column("intent_name", sa.String(255)),
    sa.Column("action_name", sa.String(255)),
    sa.Column("data", sa.Text),
)
_ENGINES: dict = {}


@dataclass
class Message:
    """One customer message (already masked by the tracker store)."""

    text: str
    at: datetime
    intent: str | None
    confidence: float | None

    @property
    def fallback(self) -> bool:
        return self.intent == FALLBACK

    @property
    def doubtful(self) -> bool:
        return self.fallback or (self.confidence is not None and self.confidence < LOW_CONFIDENCE)


@dataclass
class Conversation:
    conversation_id: str
    started_at: datetime
    ended_at: datetime
    language: str | None = None
    messages: list = field(default_factory=list)

    @property
    def topic(self) -> str:
        for m in self.messages:
            if m.intent and m.intent not in NOT_A_TOPIC:
                return m.intent
        return NO_TOPIC

    @property
    def fallbacks(self) -> int:
        return sum(1 for m in self.messages if m.fallback)


def _engine(url: str) -> sa.engine.Engine | None:
    """A read engine on the tracker store, or None while it does not exist yet."""
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///") :]).exists():
        return None  # never create Rasa's file from here
    if url not in _ENGINES:
        _ENGINES[url] = sa.create_engine(url, future=True, pool_pre_ping=True)
    engine = _ENGINES[url]
    return engine if sa.inspect(engine).has_table("events") else None


def _when(ts: float | None) -> datetime:
    return datetime.fromtimestamp(ts or 0, tz=timezone.utc)


def exists(url: str, conversation_id: str) -> bool:
    """Whether the assistant has a conversation with this public id."""
    engine = _engine(url)
    if engine is None:
        return False
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(EVENTS.c.id).where(EVENTS.c.sender_id == conversation_id).limit(1)
        ).first()
    return row is not None


def started_between(url: str, start: datetime, end: datetime) -> list[Conversation]:
    """Conversations whose first event is in [start, end), oldest first."""
    engine = _engine(url)
    if engine is None:
        return []
    first = sa.func.min(EVENTS.c.timestamp)
    senders = (
        sa.select(EVENTS.c.sender_id)
        .group_by(EVENTS.c.sender_id)
        .having(sa.and_(first >= start.timestamp(), first < end.timestamp()))
    )
    query = (
        sa.select(
            EVENTS.c.sender_id,
            EVENTS.c.type_name,
            EVENTS.c.timestamp,
            EVENTS.c.intent_name,
            EVENTS.c.data,
        )
        .where(EVENTS.c.sender_id.in_(senders))
        .order_by(EVENTS.c.sender_id, EVENTS.c.timestamp, EVENTS.c.id)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return _conversations(rows)


def _conversations(rows) -> list[Conversation]:
    convs: dict[str, Conversation] = {}
    for sender, type_name, ts, intent, data in rows:
        at = _when(ts)
        conv = convs.get(sender)
        if conv is None:
            conv = convs[sender] = Conversation(sender, at, at)
        conv.ended_at = max(conv.ended_at, at)
        _apply(conv, type_name, at, intent, data)
    kept = [c for c in convs.values() if c.messages]
    return sorted(kept, key=lambda c: (c.started_at, c.conversation_id))


def _apply(
    conv: Conversation, type_name: str, at: datetime, intent: str | None, data: str | None
) -> None:
    try:
        event = json.loads(data or "{}")
    except ValueError:
        return
    if (
        type_name == "slot"
        and event.get("name") == "language"
        and event.get("value") in ("fr", "en")
    ):
        conv.language = event["value"]
    elif type_name == "user":
        # (a message stored before the channel made it readable: bot/plain_text.py readable)
        text = readable(event.get("text") or "")
        if text.strip() == INIT_PAYLOAD:
            return
        top = (event.get("parse_data") or {}).get("intent") or {}
        confidence = top.get("confidence")
        conv.messages.append(
            Message(
                text,
                at,
                intent or top.get("name"),
                float(confidence) if isinstance(confidence, int | float) else None,
            )
        )
