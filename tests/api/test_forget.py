"""A customer asks the assistant to delete their conversation (issue 20; bot/rules/forget.py):
the transcript in Rasa's tracker store, the rating and the account link go, once the turn
that asked is saved; other conversations, tickets and handoffs stay; the audit log records
the request, not its content."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from bot import clock
from bot.models import AuditEvent, ConversationLink, Rating
from tests.api import _tracker as tr
from tests.helpers import make_user, utc

T0 = utc(2026, 11, 2, 9, 0, 0)


@pytest.fixture(autouse=True)
def tracker_store(monkeypatch, tmp_path):
    monkeypatch.setenv("TRACKER_STORE_URL", f"sqlite:///{tmp_path / 'tracker.db'}")
    monkeypatch.setenv("FORGET_DELAY_SECONDS", "0.3")


def _events_by_conversation(lb) -> dict:
    engine = sa.create_engine(lb.settings.tracker_store_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT sender_id, COUNT(*) FROM events GROUP BY sender_id")).all()
    engine.dispose()
    return dict(rows)


async def _two_conversations(lb) -> tuple[str, str]:
    path = lb.settings.tracker_store_url[len("sqlite:///"):]
    said = [tr.user("mon email est jean@acme.fr", "inform", 0.9, T0), tr.bot("Merci.", T0)]
    mine = await tr.write(path, "secret-of-the-customer", said)
    other = await tr.write(path, "secret-of-someone-else", said)
    return mine, other


async def test_a_forgotten_conversation_keeps_nothing_of_what_was_said(live_backend):
    lb = live_backend
    mine, other = await _two_conversations(lb)
    make_user(lb.ctx, "forget@x.io", state="sms")
    browser, _ = await lb.portal("forget@x.io")
    token = await lb.customer_token(browser)
    assert (await lb.support("status", {"conversation_id": mine}, token))[0] == 200  # links the account
    with lb.ctx.db.session() as s:
        s.add(Rating(conversation_id=mine, value="down", comment="bof", language="fr", created_at=clock.now()))
    status, body = await lb.support("conversation/forget", {"conversation_id": mine}, token)
    assert status == 202 and body["forgotten_in_seconds"] == 0.3
    # not during the turn that asked: Rasa would write the rows back when it saves the turn
    assert _events_by_conversation(lb)[mine] > 0
    await lb.ctx.drain()
    left = _events_by_conversation(lb)
    assert mine not in left and left[other] > 0
    with lb.ctx.db.session() as s:
        assert s.execute(select(Rating).where(Rating.conversation_id == mine)).first() is None
        assert s.execute(select(ConversationLink).where(ConversationLink.conversation_id == mine)).first() is None
        entry = s.execute(select(AuditEvent).where(AuditEvent.event == "conversation_forgotten")).scalar_one()
        assert entry.user_id is not None and mine in entry.detail and "jean" not in entry.detail


async def test_an_anonymous_visitor_can_forget_their_conversation(live_backend):
    lb = live_backend
    mine, _ = await _two_conversations(lb)
    assert (await lb.support("conversation/forget", {"conversation_id": mine}))[0] == 202
    await lb.ctx.drain()
    assert mine not in _events_by_conversation(lb)


async def test_forgetting_needs_the_service_token_and_a_safe_id(live_backend):
    lb = live_backend
    mine, _ = await _two_conversations(lb)
    async with lb.http.post(f"{lb.url}/api/support/conversation/forget", json={"conversation_id": mine}) as r:
        assert r.status == 401 and "message" in await r.json()
    status, body = await lb.support("conversation/forget", {"conversation_id": "x/../victim"})
    assert status == 400 and body["error"] == "invalid_conversation_id"
    await lb.ctx.drain()
    assert mine in _events_by_conversation(lb)


async def test_a_conversation_linked_to_an_account_needs_that_accounts_session(live_backend):
    """Outsider attacker check of 2026-12-01, F4: without a token, "delete this chat" in a
    verified conversation that had opened a ticket deleted the transcript the agents read
    behind that ticket. Now: no token, or another account's token, is refused (401
    session_required) and nothing is deleted; the owner's own session still deletes it."""
    lb = live_backend
    mine, _ = await _two_conversations(lb)
    make_user(lb.ctx, "owner@x.io", state="sms")
    make_user(lb.ctx, "other@x.io", state="sms")
    owner, _ = await lb.portal("owner@x.io")
    owner_token = await lb.customer_token(owner)
    assert (await lb.support("status", {"conversation_id": mine}, owner_token))[0] == 200  # links it
    other, _ = await lb.portal("other@x.io")
    other_token = await lb.customer_token(other)
    for token in (None, other_token):
        status, body = await lb.support("conversation/forget", {"conversation_id": mine}, token)
        assert status == 401 and body["error"] == "session_required", body
    await lb.ctx.drain()
    assert _events_by_conversation(lb)[mine] > 0
    with lb.ctx.db.session() as s:
        assert s.execute(select(ConversationLink).where(ConversationLink.conversation_id == mine)).first()
    status, _ = await lb.support("conversation/forget", {"conversation_id": mine}, owner_token)
    assert status == 202
    await lb.ctx.drain()
    assert mine not in _events_by_conversation(lb)


async def test_the_agent_is_told_a_transcript_was_deleted_by_the_customer(live_backend):
    """Ninth outsider check: after the customer deleted the conversation, its handoff and
    ticket pages showed an empty transcript with no reason. The agent now reads when it was
    deleted; a conversation that was never deleted says nothing of the kind."""
    from tests.api._kit import agent_call, support_call

    lb = live_backend
    mine, other = await _two_conversations(lb)
    refs = {}
    for conversation in (mine, other):
        st, body = await support_call(lb, "handoffs", {"conversation_id": conversation, "language": "fr"})
        assert st in (200, 201), body
        refs[conversation] = body["reference"]
    assert (await lb.support("conversation/forget", {"conversation_id": mine}))[0] == 202
    await lb.ctx.drain()
    st, body = await agent_call(lb, "GET", f"/api/agent/handoffs/{refs[mine]}")
    assert st == 200 and body["transcript_deleted_at"] and not body["transcript"]
    st, body = await agent_call(lb, "GET", f"/api/agent/handoffs/{refs[other]}")
    assert st == 200 and body["transcript_deleted_at"] is None
