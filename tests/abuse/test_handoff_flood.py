"""Outsider attacker check of 2026-12-01, F2: a script sending "I want to talk to a human" from
a new conversation each time got 15 references in 3 s, and the agents' queue (oldest first)
had 19 fake entries out of 20. Anonymous handoffs are now capped per hour, all conversations
together (ANONYMOUS_HANDOFFS_PER_HOUR); past the cap an anonymous chat gets the phone line
without a reference, and a customer logged in on the portal is never held back."""

from __future__ import annotations

from tests.api._kit import agent_call
from tests.helpers import make_user, open_ticket_for, utc

T0 = utc(2026, 12, 1, 9, 30, 0)  # a Tuesday, the line open


async def _handoff(lb, conversation: str, token: str | None = None) -> tuple[int, dict]:
    return await lb.support("handoffs", {"conversation_id": conversation, "language": "en",
                                         "reason": "customer_request"}, token)


async def test_new_conversations_cannot_flood_the_queue(backend_with, clock):
    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=5)
    answers = [await _handoff(lb, f"atk-{i:03d}") for i in range(15)]
    assert [st for st, _ in answers[:5]] == [201] * 5
    for st, body in answers[5:]:
        assert st == 429 and body["error"] == "handoff_limit" and "reference" not in body
    st, queue = await agent_call(lb, "GET", "/api/agent/handoffs?view=queue")
    assert st == 200
    assert len(queue["handoffs"]) == 5
    # asked again in a conversation that has its reference: the same one, not refused
    st, again = await _handoff(lb, "atk-000")
    assert st in (200, 201) and again["reference"] == answers[0][1]["reference"]
    # a customer logged in on the portal is not held back by the flood
    make_user(lb.ctx, "real@x.io", state="sms")
    browser, _ = await lb.portal("real@x.io")
    st, mine = await _handoff(lb, "real-customer", await lb.customer_token(browser))
    assert st == 201 and mine["reference"]
    # an hour later, anonymous chats get references again
    clock.shift(seconds=3601)
    assert (await _handoff(lb, "later-anonymous"))[0] == 201


async def test_one_password_cannot_flood_the_queue_from_many_conversations(backend_with, clock):
    """Outsider attacker check of 2026-12-01 (fifth), B1: a widget token from the password step
    alone opened 20 conversations and got 20 references in 0.76 s. A customer waits once in
    the queue, whichever conversation asks."""
    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=5)
    make_user(lb.ctx, "one@x.io", state="sms")
    browser, _ = await lb.portal("one@x.io")
    token = await lb.customer_token(browser)
    answers = [await _handoff(lb, f"conv-{i:02d}", token) for i in range(20)]
    assert {st for st, _ in answers} <= {200, 201}
    assert len({body["reference"] for _, body in answers}) == 1
    st, queue = await agent_call(lb, "GET", "/api/agent/handoffs?view=queue")
    assert st == 200 and len(queue["handoffs"]) == 1


async def test_a_password_alone_does_not_learn_the_open_tickets_number(backend_with, clock):
    """Attacker check B/U1: a handoff asked with the password alone named the account's open
    reset ticket, which could be quoted on the phone to have the owner's request refused. The
    answer says that a request is open; its number comes only with a second proof, as in
    « Mes demandes »."""
    clock.set(T0)
    lb = await backend_with()
    open_ticket_for(lb.ctx, make_user(lb.ctx, "owner@x.io", state="sms"), "T-XY34ZW", "password+2fa")
    browser, _ = await lb.portal("owner@x.io")
    st, body = await _handoff(lb, "thief-chat", await lb.customer_token(browser))
    assert st == 201 and body["ticket_open"] is True and body["ticket"] is None
    assert "T-XY34ZW" not in str(body)
