"""Outsider attacker check of 2026-12-01, F2: a script sending "I want to talk to a human" from
a new conversation each time got 15 references in 3 s, and the agents' queue (oldest first)
had 19 fake entries out of 20. Anonymous handoffs are now capped per hour, all conversations
together (ANONYMOUS_HANDOFFS_PER_HOUR); past the cap an anonymous chat gets the phone line
without a reference, and a customer logged in on the portal is never held back."""

from __future__ import annotations

from tests.api._kit import agent_call
from tests.helpers import make_user, utc

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
