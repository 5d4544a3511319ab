"""Retention (issue 20, bot/rules/retention.py): data is made at one date through the real
APIs, the clock moves on, and the retention pass (the command and the backend's daily job)
leaves exactly what is younger than each store's period."""

from __future__ import annotations

import asyncio
import json
import os
from datetime import timedelta
from unittest import mock

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy import func, select

from bot.models import AuditEvent, Handoff, OutboxMessage, Ticket
from bot.rules import retention
from tests.api._kit import agent_call, support_call
from tests.helpers import last_sms_code, make_user, utc

T_OLD = utc(2026, 1, 5, 10, 0)
T_NOW = utc(2027, 3, 1, 10, 0)  # 420 days later


def _tracker(tmp_path) -> str:
    """A tracker store with Rasa's own schema (rasa.core.tracker_store.SQLTrackerStore)."""
    from rasa.core.tracker_store import SQLTrackerStore

    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = sa.create_engine(url)
    SQLTrackerStore.Base.metadata.create_all(engine)
    engine.dispose()
    return url


def _say(url: str, sender: str, at, text: str = "bonjour") -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:s, 'user', :t, :d)"),
                     {"s": sender, "t": at.timestamp(), "d": json.dumps({"event": "user", "text": text})})
    engine.dispose()


def _senders(url: str) -> dict:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT sender_id, COUNT(*) FROM events GROUP BY sender_id")).all()
    engine.dispose()
    return dict(rows)


def _counts(ctx) -> dict:
    with ctx.db.session() as s:
        return {name: s.execute(select(func.count()).select_from(model)).scalar_one()
                for name, model in (("handoffs", Handoff), ("outbox", OutboxMessage), ("audit", AuditEvent),
                                    ("tickets", Ticket))}


async def _activity(lb, browser, email: str, conversation: str, phone: str = "+33612345678") -> str:
    """What a day of support leaves behind: an SMS code (outbox), a login and a ticket
    (audit), a handoff taken by an agent."""
    b = browser()
    await b.login(email)
    st, _ = await b.verify(last_sms_code(lb.ctx, phone))
    assert st == 200
    st, body = await b.call("POST", "/api/portal/tickets", {"reason": "lost_phone"})
    assert st == 201, body
    st, h = await support_call(lb, "handoffs", {"conversation_id": conversation, "language": "fr"},
                               await b.widget_token())
    await agent_call(lb, "POST", f"/api/agent/handoffs/{h['reference']}/take")
    await lb.ctx.drain()
    return h["reference"]


async def test_retention_keeps_only_what_is_younger_than_each_period(live_backend, clock, browser, tmp_path):
    lb = live_backend
    tracker = _tracker(tmp_path)
    clock.set(T_OLD)
    make_user(lb.ctx, "old@x.io", state="sms")
    old_ref = await _activity(lb, browser, "old@x.io", "conv-old")
    _say(tracker, "conv-old", T_OLD)
    _say(tracker, "conv-long", T_OLD)  # a conversation that went on recently: kept whole
    clock.set(T_NOW - timedelta(days=30))
    make_user(lb.ctx, "new@x.io", state="sms", phone="+33612345679")
    new_ref = await _activity(lb, browser, "new@x.io", "conv-new", "+33612345679")
    _say(tracker, "conv-new", clock.now)
    _say(tracker, "conv-long", clock.now)
    clock.set(T_NOW)
    before = _counts(lb.ctx)
    settings = lb.settings.replace(tracker_store_url=tracker)

    counts = retention.purge(lb.ctx.db, settings, T_NOW)

    after = _counts(lb.ctx)
    # defaults: transcripts 90 days, handoffs 365, outbox 7, audit 400
    assert counts["handoffs"] == 1 and counts["outbox"] == before["outbox"] and counts["transcript_events"] == 1
    assert after["outbox"] == 0  # both days are older than 7 days
    assert after["tickets"] == before["tickets"] == 2  # tickets are not a retention store
    with lb.ctx.db.session() as s:
        assert [h.reference for h in s.execute(select(Handoff)).scalars()] == [new_ref]
        assert min(e.at for e in s.execute(select(AuditEvent)).scalars()) >= T_NOW - timedelta(days=400)
    assert after["audit"] == before["audit"] - counts["audit"] and counts["audit"] > 0
    assert _senders(tracker) == {"conv-new": 1, "conv-long": 2}
    st, body = await agent_call(lb, "GET", f"/api/agent/handoffs/{old_ref}")
    assert st == 404
    # a tracker store that does not exist yet (no conversation so far): nothing to do, no file made
    missing = tmp_path / "none.db"
    assert retention.purge_transcripts(f"sqlite:///{missing}", 90, T_NOW) == 0 and not missing.exists()
    # a second pass finds nothing more
    assert retention.purge(lb.ctx.db, settings, T_NOW) == {"handoffs": 0, "outbox": 0, "audit": 0,
                                                            "transcript_events": 0}


async def test_zero_keeps_forever_and_the_command(live_backend, clock, browser, tmp_path, capsys):
    lb = live_backend
    tracker = _tracker(tmp_path)
    clock.set(T_OLD)
    make_user(lb.ctx, "old@x.io", state="sms")
    await _activity(lb, browser, "old@x.io", "conv-old")
    _say(tracker, "conv-old", T_OLD)
    clock.set(T_NOW)
    before = _counts(lb.ctx)
    env = {"DATABASE_URL": lb.settings.database_url, "TRACKER_STORE_URL": tracker, "RETENTION_HANDOFF_DAYS": "0",
           "RETENTION_AUDIT_DAYS": "0", "RETENTION_TRANSCRIPT_DAYS": "0"}
    from bot.__main__ import main

    with mock.patch.dict(os.environ, env):
        assert main(["retention"]) == 0
    out = capsys.readouterr().out
    assert "retention: deleted audit=0, handoffs=0, outbox=" in out and "transcript_events=0" in out
    after = _counts(lb.ctx)
    assert after["handoffs"] == before["handoffs"] and after["audit"] == before["audit"] and after["outbox"] == 0
    assert _senders(tracker) == {"conv-old": 1}
    with mock.patch.dict(os.environ, {**env, "RETENTION_AUDIT_DAYS": "-1"}):
        try:
            main(["retention"])
            raise AssertionError("a negative period must stop the command")
        except SystemExit as exc:
            assert "RETENTION_" in str(exc)


async def test_the_running_backend_purges_by_itself(live_backend, clock, browser, tmp_path):
    """bot.retention_job: installed on the app, it runs a pass at start-up (here at once)."""
    from bot import retention_job

    lb = live_backend
    clock.set(T_OLD)
    make_user(lb.ctx, "old@x.io", state="sms")
    await _activity(lb, browser, "old@x.io", "conv-old")
    clock.set(T_NOW)
    assert _counts(lb.ctx)["handoffs"] == 1
    app = web.Application()
    ctx = lb.ctx
    ctx.settings = lb.settings.replace(tracker_store_url="")  # no tracker store here
    retention_job.install(app, ctx, first_delay=0)
    runner = web.AppRunner(app)
    await runner.setup()  # starts the cleanup contexts, hence the job
    try:
        for _ in range(100):
            if _counts(lb.ctx)["handoffs"] == 0:
                break
            await asyncio.sleep(0.05)
        assert _counts(lb.ctx)["handoffs"] == 0 and _counts(lb.ctx)["outbox"] == 0
    finally:
        await runner.cleanup()  # stops the job
