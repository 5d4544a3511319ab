"""Data retention (issue 20): what the service keeps, and for how long.

Why: conversations, handoffs, messages sent and audit entries were kept forever, and
transcripts hold what customers typed. Each store has a retention period in days (settings
RETENTION_*_DAYS, 0 = keep forever; docs/retention.md says why each default):

* transcripts: Rasa's tracker store (table `events`), a conversation is deleted whole once
  its last event is older than the period, so no conversation is ever cut in the middle;
* handoffs: deleted once created before the period (the agent's note goes with them);
* outbox: SMS and emails of the embedded default (they may hold codes);
* audit: audit entries.

`purge(ctx, now)` does it all and returns how many rows went from each store; it runs from
`python -m bot retention` and once a day in the running backend (bot/server.py).
"""

from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import delete

from bot.models import AuditEvent, Handoff, OutboxMessage

log = logging.getLogger("bot.retention")

# Rasa's SQLTrackerStore table (rasa/core/tracker_store.py, SQLEvent): only what we read
_TRACKER = sa.Table(
    "events",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255)),
    sa.Column("timestamp", sa.Float),
)


def _cutoff(now: datetime, days: int) -> datetime | None:
    return now - timedelta(days=days) if days > 0 else None


def purge_backend(db, settings, now: datetime) -> dict:
    """Handoffs, outbox and audit entries older than their periods, in one transaction."""
    counts = {"handoffs": 0, "outbox": 0, "audit": 0}
    plan = (
        ("handoffs", Handoff, Handoff.created_at, settings.retention_handoff_days),
        ("outbox", OutboxMessage, OutboxMessage.created_at, settings.retention_outbox_days),
        ("audit", AuditEvent, AuditEvent.at, settings.retention_audit_days),
    )
    with db.session() as s:
        for name, model, column, days in plan:
            cutoff = _cutoff(now, days)
            if cutoff is not None:
                counts[name] = s.execute(delete(model).where(column < cutoff)).rowcount or 0
    return counts


def _tracker_engine(tracker_url: str) -> sa.engine.Engine | None:
    """An engine on Rasa's tracker store, or None when it holds no conversation yet (no file,
    no table): nothing to delete, and no empty SQLite file created."""
    if not tracker_url:
        return None
    url = sa.engine.make_url(tracker_url)
    if url.get_backend_name() == "sqlite" and (
        not url.database or not os.path.exists(url.database)
    ):
        return None
    engine = sa.create_engine(url, future=True)
    if not sa.inspect(engine).has_table("events"):
        engine.dispose()
        return None
    return engine


def purge_transcripts(tracker_url: str, days: int, now: datetime) -> int:
    """Delete whole conversations whose last event is older than `days`. Returns the number
    of events deleted; 0 when the tracker store has no table yet (no conversation so far)."""
    cutoff = _cutoff(now, days)
    if cutoff is None:
        return 0
    engine = _tracker_engine(tracker_url)
    if engine is None:
        return 0
    try:
        last = sa.func.max(_TRACKER.c.timestamp)
        stale = (
            sa.select(_TRACKER.c.sender_id)
            .group_by(_TRACKER.c.sender_id)
            .having(last < cutoff.timestamp())
        )
        with engine.begin() as conn:
            senders = [row[0] for row in conn.execute(stale)]
            deleted = 0
            for i in range(0, len(senders), 500):  # bounded IN lists
                chunk = senders[i : i + 500]
                deleted += (
                    conn.execute(_TRACKER.delete().where(_TRACKER.c.sender_id.in_(chunk))).rowcount
                    or 0
                )
        return deleted
    finally:
        engine.dispose()


def delete_transcript(tracker_url: str, conversation_id: str) -> int:
    """Delete one conversation's events (a customer's request: bot/rules/forget.py)."""
    engine = _tracker_engine(tracker_url)
    if engine is None:
        return 0
    try:
        with engine.begin() as conn:
            return (
                conn.execute(
                    _TRACKER.delete().where(_TRACKER.c.sender_id == conversation_id)
                ).rowcount
                or 0
            )
    finally:
        engine.dispose()


def purge(db, settings, now: datetime) -> dict:
    """Every store; the counts are logged (numbers only, never content)."""
    counts = purge_backend(db, settings, now)
    counts["transcript_events"] = purge_transcripts(
        settings.tracker_store_url, settings.retention_transcript_days, now
    )
    log.info("retention: deleted %s", ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return counts
