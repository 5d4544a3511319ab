"""action_fallback (count of consecutive misunderstandings) and action_session_start."""

from __future__ import annotations

from actions.fallback import ActionFallback
from actions.session import ActionSessionStart
from actions.status import ActionCheckStatus
from tests.actions.driver import Conversation

fallback = ActionFallback()
session_start = ActionSessionStart()


async def test_rephrase_then_offer_a_person(domain):
    conv = Conversation(domain)
    conv.say("blabla", "nlu_fallback")
    first = await conv.run(fallback)
    conv.say("hmm ?", "nlu_fallback")
    second = await conv.run(fallback)
    conv.say("zzz", "nlu_fallback")
    third = await conv.run(fallback)
    assert first.responses == ["utter_please_rephrase"] and first.slot("fallback_count") == 1.0
    assert second.responses == ["utter_offer_handoff"] and second.slot("fallback_count") == 2.0
    assert third.responses == ["utter_offer_handoff"]


async def test_count_restarts_after_an_understood_message(domain, backend_down):
    conv = Conversation(domain)
    conv.say("blabla", "nlu_fallback")
    await conv.run(fallback)
    conv.say("mon statut", "ask_my_status")
    status = await conv.run(ActionCheckStatus())
    assert status.slot("fallback_count") == 0.0
    conv.say("zzz", "nlu_fallback")
    assert (await conv.run(fallback)).responses == ["utter_please_rephrase"]
    conv.say("salut", "greet")
    conv.events.append({"event": "action", "name": "utter_greet"})
    conv.say("zzz", "nlu_fallback")
    assert (await conv.run(fallback)).responses == ["utter_please_rephrase"]


async def test_session_start_takes_the_widget_locale(domain):
    for metadata in ({"locale": "en-GB", "session_token": "tok"}, {"customData": {"locale": "en"}}):
        conv = Conversation(domain, locale=None, slots={"session_started_metadata": metadata,
                                                        "identity_verified": True, "language": "fr"})
        turn = await conv.run(session_start)
        kinds = [e["event"] for e in turn.events]
        assert kinds[0] == "session_started" and kinds[-1] == "action"
        assert turn.slot("language") == "en"
        names = {e["name"] for e in turn.events if e["event"] == "slot"}
        assert names == {"language"}  # nothing else carried over, no token in a slot


async def test_session_start_keeps_the_previous_language_without_locale(domain):
    conv = Conversation(domain, locale=None, slots={"language": "en"})
    turn = await conv.run(session_start)
    assert turn.slot("language") == "en"
    conv = Conversation(domain, locale=None, slots={"language": "de"})
    assert (await conv.run(session_start)).slot("language") == "absent"
