"""action_handoff: a handoff row with the reference, the conversation and the language."""

from __future__ import annotations

from sqlalchemy import select

from actions.handoff import ActionHandoff
from bot.models import Handoff
from tests.actions.driver import Conversation, assert_no_secrets
from tests.helpers import make_user

action = ActionHandoff()


def handoff_row(backend, reference):
    with backend.ctx.db.session() as s:
        h = s.execute(select(Handoff).where(Handoff.reference == reference)).scalar_one()
        return h.conversation_id, h.user_id, h.language, h.reason, h.identity_status


async def test_handoff_with_widget_session(backend, domain):
    uid = make_user(backend.ctx, "paul@acme.fr", state="grace", language="en")
    browser, _ = await backend.portal("paul@acme.fr")
    token = await backend.customer_token(browser)
    conv = Conversation(domain, token=token, locale="en")
    conv.say("I want to talk to a person", "request_human")
    turn = await conv.run(action)
    assert turn.responses == ["utter_handoff"]
    reference = turn.variables("utter_handoff")["reference"]
    assert conv.slots["handoff_reference"] == reference
    # how the customer was identified: the portal password (bot/rules/assurance.py)
    assert handoff_row(backend, reference) == (conv.sender_id, uid, "en", "customer_request", "password")
    # the agent API finds it and links the conversation
    async with backend.http.get(f"{backend.url}/api/agent/handoffs/{reference}",
                                headers={"Authorization": f"Bearer {backend.settings.agent_token}"}) as r:
        assert r.status == 200
        assert (await r.json())["conversation_id"] == conv.sender_id
    assert_no_secrets(turn.messages, token)


async def test_anonymous_handoff_after_fallbacks(backend, domain):
    conv = Conversation(domain, locale="fr")
    conv.events.append({"event": "action", "name": "action_fallback"})
    conv.say("/request_human", "request_human")
    turn = await conv.run(action)
    reference = turn.variables("utter_handoff")["reference"]
    assert handoff_row(backend, reference) == (conv.sender_id, None, "fr", "not_understood", "none")


async def test_handoff_backend_down(backend_down, domain):
    conv = Conversation(domain)
    conv.say("un conseiller", "request_human")
    assert (await conv.run(action)).responses == ["utter_handoff_unavailable"]
