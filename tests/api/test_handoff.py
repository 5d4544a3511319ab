"""Support API handoffs: one waiting handoff per conversation (bot/rules/support.py)."""

from tests.api._kit import agent_call, support_call


async def test_asking_again_in_the_same_conversation_gives_the_same_reference(live_backend):
    """An outsider's finding: 15 "/request_human" in one conversation made 15 handoffs. One
    conversation waits once in the queue; once an agent closed it, a new request is new."""
    first = [(await support_call(live_backend, "handoffs", {"conversation_id": "c-again", "language": "fr"}))
             for _ in range(5)]
    assert {st for st, _ in first} == {201} and len({b["reference"] for _, b in first}) == 1
    other = await support_call(live_backend, "handoffs", {"conversation_id": "c-other", "language": "fr"})
    assert other[1]["reference"] != first[0][1]["reference"]
    reference = first[0][1]["reference"]
    st, _ = await agent_call(live_backend, "POST", f"/api/agent/handoffs/{reference}/close",
                             {"outcome": "solved_on_phone"})
    assert st == 200
    st, again = await support_call(live_backend, "handoffs", {"conversation_id": "c-again", "language": "fr"})
    assert st == 201 and again["reference"] != reference


async def test_unlocking_a_handoffs_customer_needs_an_agent_and_a_customer(live_backend):
    st, body = await support_call(live_backend, "handoffs", {"conversation_id": "c-anon", "language": "fr"})
    reference = body["reference"]
    st, body = await agent_call(live_backend, "POST", f"/api/agent/handoffs/{reference}/unlock")
    assert st == 404 and body["error"] == "no_customer"  # an anonymous chat names no account
    async with live_backend.http.post(f"{live_backend.url}/api/agent/handoffs/{reference}/unlock") as r:
        assert r.status in (401, 403)
