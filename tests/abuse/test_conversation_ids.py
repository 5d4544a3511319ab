"""Issue 15, item 11: console transcript path injection.

The attacker chooses their conversation id (the REST channel takes any `sender`), e.g.
`x/../<victim's id>`, asks for a person, and the agent who opens the handoff reads the
*victim's* transcript. The Support API accepts only Rasa-like ids ([A-Za-z0-9_-], 128 at
most), and the backend URL-encodes the id when it asks Rasa for a transcript.
"""

from __future__ import annotations


import pytest
from aiohttp import web

from bot.models import Handoff
from tests.api._kit import agent_call, support_call
from tests.helpers import utc

BAD_IDS = ["x/../victim", "../victim", "victim/", "a%2F..%2Fb", "a b", "conv.1", "me@example.com", "é", "a?b=c",
           "a#b", "x" * 129, "a\\b", ""]
# the first is what the widget makes (a uuid4's hex), fixed so that every pytest-xdist worker
# collects the same test ids
GOOD_IDS = ["7cf43069400942abaff9e706e52ce4d4", "Zq3-_a9BcD1xYz_0AbC-", "conv-1a2b3c", "e2e-" + "a" * 124]


@pytest.mark.parametrize("conversation_id", BAD_IDS)
async def test_unsafe_ids_are_refused_on_every_support_route(live_backend, conversation_id):
    for route in ("status", "identity", "handoffs", "identity/start", "tickets"):
        st, body = await support_call(live_backend, route, {"conversation_id": conversation_id, "email": "a@x.io",
                                                           "reason": "lost_phone"})
        assert st == 400 and body["error"] == "invalid_conversation_id", (route, conversation_id)


@pytest.mark.parametrize("conversation_id", GOOD_IDS)
async def test_rasa_like_ids_are_accepted(live_backend, conversation_id):
    st, body = await support_call(live_backend, "handoffs", {"conversation_id": conversation_id})
    assert st == 201


async def test_the_transcript_request_names_one_conversation_only(backend_with, aiohttp_server):
    """A handoff stored before ids were restricted: the id reaches Rasa encoded, one path
    segment, never resolved to the victim's conversation."""
    asked = []

    async def tracker(request):
        asked.append(request.raw_path)
        return web.json_response({"events": [{"event": "user", "text": f"conversation {request.match_info['cid']}"}]})

    app = web.Application()
    app.router.add_get("/conversations/{cid}/tracker", tracker)
    fake_rasa = await aiohttp_server(app)
    lb = await backend_with(rasa_url=str(fake_rasa.make_url("")).rstrip("/"), rasa_token="t")
    with lb.ctx.db.session() as s:
        s.add(Handoff(reference="ACDEFG", conversation_id="x/../victim", language="fr", identity_status="none",
                      reason="request", status="open", created_at=utc(2024, 6, 3, 8)))
    st, body = await agent_call(lb, "GET", "/api/agent/handoffs/ACDEFG")
    assert st == 200
    assert asked and all(path.startswith("/conversations/x%2F..%2Fvictim/tracker") for path in asked), asked
    assert body["transcript"][0]["text"] == "conversation x/../victim"
