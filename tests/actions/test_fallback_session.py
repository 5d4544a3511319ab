"""action_fallback (count of consecutive misunderstandings) and action_session_start."""

from __future__ import annotations

import pytest

from actions.fallback import ActionFallback
from actions.session import ActionSessionStart
from actions.status import ActionCheckStatus
from bot.next_step import AND_THEN
from tests.actions.driver import Conversation, assert_no_secrets
from tests.helpers import make_user

fallback = ActionFallback()
session_start = ActionSessionStart()


def _ranking(*pairs):
    return [{"name": name, "confidence": conf} for name, conf in pairs]


def _say(conv: Conversation, text: str, intent: str, ranking=None) -> None:
    conv.say(text, intent)
    if ranking is not None:
        conv.latest_message["intent_ranking"] = ranking


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


async def test_the_turn_ends_with_a_revert(domain):
    """Issue 16 item 1: without UserUtteranceReverted the RulePolicy predicts action_fallback
    again and again until Rasa's circuit breaker trips. The revert comes before the slots,
    so that the language and the count survive it."""
    conv = Conversation(domain, locale="en")
    conv.say("123456", "inform")
    turn = await conv.run(fallback)
    kinds = [e["event"] for e in turn.events]
    assert kinds[0] == "rewind" and kinds.count("rewind") == 1
    assert turn.slot("language") == "en" and turn.slot("fallback_count") == 1.0
    assert len(turn.messages) == 1


async def test_closest_topics_as_buttons_in_the_customer_language(domain):
    conv = Conversation(domain, locale="en")
    _say(conv, "my thing does not work with the thing", "nlu_fallback",
         _ranking(("nlu_fallback", 0.45), ("greet", 0.2), ("code_rejected", 0.15), ("out_of_scope", 0.1),
                  ("sms_not_received", 0.05), ("ask_deadline", 0.03), ("phone_changed", 0.01)))
    turn = await conv.run(fallback)
    buttons = turn.messages[0]["buttons"]
    assert [b["payload"] for b in buttons] == ["/code_rejected", "/sms_not_received", "/ask_deadline"]
    assert buttons[0]["title"] == "My code is refused"
    conv = Conversation(domain, locale="fr")
    _say(conv, "truc", "nlu_fallback", _ranking(("nlu_fallback", 0.4), ("code_rejected", 0.3)))
    buttons = (await conv.run(fallback)).messages[0]["buttons"]
    assert buttons[0] == {"title": "Mon code est refusé", "payload": "/code_rejected"}
    assert len(buttons) == 3  # the general topics fill up a thin ranking


async def test_second_miss_offers_the_agent_first(domain):
    conv = Conversation(domain)
    _say(conv, "blabla", "nlu_fallback", _ranking(("ask_deadline", 0.3)))
    await conv.run(fallback)
    _say(conv, "blabla 2", "nlu_fallback", _ranking(("ask_deadline", 0.3)))
    turn = await conv.run(fallback)
    assert turn.responses == ["utter_offer_handoff"]
    payloads = [b["payload"] for b in turn.messages[0]["buttons"]]
    assert payloads == ["/ask_deadline", "/ask_how_enable"]  # the agent button is the response's own
    # a code typed at the third miss: its own warning, the agent still offered first
    _say(conv, "654321", "inform", _ranking(("inform", 0.99)))
    turn = await conv.run(fallback)
    assert turn.responses == ["utter_fallback_code"]
    assert turn.messages[0]["buttons"][0]["payload"] == "/request_human"


@pytest.mark.parametrize("text,intent,lead", [
    ("123 456", "inform", "utter_fallback_code"),
    # a phone number's digit groups are not a code: no "never share your codes" for it
    ("mon numero c'est le 06 12 345 678 et rien ne marche", "inform", "utter_please_rephrase"),
    ("my mobile is +44 7700 900 123, is that the one you have?", "inform", "utter_please_rephrase"),
    ("c'est jean.dupont@acme.fr", "inform", "utter_fallback_email"),
    ("my email address is jean.dupont@acme.fr", "inform", "utter_fallback_email"),
    # fortieth outsider check, F7: one's own address with more words is still that
    ("mon adresse c'est jean.dupont@acme.fr, merci de faire vite svp", "inform", "utter_fallback_email"),
    # thirty-ninth outsider check, F7: an address in a story is not an address typed out of
    # place; the message's question gets the closest topics (an email is never echoed)
    ("my colleague is jean.dupont@acme.fr and he set it up, still cannot activate it on mine",
     "inform", "utter_please_rephrase"),
    ("Oui", "affirm", "utter_anything_else"),
    ("/inform", "inform", "utter_please_rephrase"),
])
async def test_what_the_reply_says_first(domain, text, intent, lead):
    conv = Conversation(domain)
    conv.say(text, intent)
    turn = await conv.run(fallback)
    assert turn.responses == [lead]
    assert_no_secrets(turn.messages, "jean.dupont@acme.fr", "123 456")


@pytest.mark.parametrize("locale, text", [
    ("en", "the code 482913 doesn't work"),
    ("fr", "le code 482 913 ne marche pas"),
])
async def test_a_code_typed_with_refused_is_the_refused_code_answer(domain, locale, text):
    """Twentieth outsider check, finding 7: "the code 482913 doesn't work" got "I'm not waiting
    for a code here" while the login waited for one. The message is read again as a refused
    code (its answer, the customer's pending code and the warning come from the rules); the
    code is never repeated."""
    conv = Conversation(domain, locale=locale)
    conv.say(text, "inform")
    turn = await conv.run(fallback)
    assert turn.responses == []  # the answer and the warning come from the rules (personal.py)
    user = [e for e in turn.events if e["event"] == "user"]
    assert user and user[-1]["parse_data"]["intent"]["name"] == "code_rejected"
    assert_no_secrets(turn.messages, "482913", "482 913")
    # a code alone is still "I'm not waiting for a code here"
    conv.say("482913", "inform")
    assert (await conv.run(fallback)).responses == ["utter_fallback_code"]


async def test_closest_to_out_of_scope_gets_the_honest_answer(domain):
    """NLU unsure, but "out of scope" ranked first: the weather is not a 2FA question."""
    conv = Conversation(domain)
    _say(conv, "quel temps fera-t-il demain à Lyon ?", "nlu_fallback",
         _ranking(("nlu_fallback", 0.45), ("out_of_scope", 0.36), ("ask_deadline", 0.31)))
    turn = await conv.run(fallback)
    assert turn.responses == ["utter_out_of_scope"]
    assert [b["payload"] for b in turn.messages[0]["buttons"]][0] == "/ask_deadline"


async def test_in_a_form_the_question_is_asked_again(domain):
    conv = Conversation(domain, slots={"requested_slot": "reset_reason"})
    conv.active_loop = "reset_ticket_form"
    conv.say("bof", "nlu_fallback")
    first = await conv.run(fallback)
    assert first.responses == ["utter_fallback_in_form", "utter_ask_reset_reason"]
    conv.say("bof bof", "inform")
    second = await conv.run(fallback)
    assert second.responses == ["utter_offer_handoff_in_form", "utter_ask_reset_reason"]


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


def _after(domain, *said: str, locale: str = "en") -> Conversation:
    """A conversation where the assistant said `said` (oldest first), then the customer typed."""
    conv = Conversation(domain, locale=locale)
    for name in said:
        conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": name}})
    return conv


@pytest.mark.parametrize("said,lead", [
    (("utter_sms_not_received",), "utter_sms_still_nothing"),
    (("utter_sms_not_received", "utter_resend_done"), "utter_sms_still_nothing"),
    (("utter_anything_else",), "utter_go_ahead"),
    (("utter_what_is_2fa",), "utter_anything_else"),
])
async def test_a_yes_no_rule_expects_answers_what_was_said(domain, said, lead):
    """Outsider finding 8: "yes the number is right" after the SMS steps got "I'm not sure what
    you are answering"; it now gets what to do next (switch, reset, a person), with buttons."""
    conv = _after(domain, *said)
    conv.say("yes the number is right", "affirm")
    turn = await conv.run(fallback)
    assert turn.responses == [lead]
    if lead == "utter_sms_still_nothing":
        assert not turn.messages[0].get("buttons")  # the response's own buttons, no topic buttons
        payloads = [b["payload"] for b in domain["responses"][lead][0]["buttons"]]
        assert "/request_human" in payloads and "/phone_changed" in payloads


@pytest.mark.parametrize("text,lead", [
    ("ok", "utter_anything_else"),
    ("d'accord merci", "utter_anything_else"),
    ("ok got it thanks", "utter_anything_else"),
    ("oui", "utter_sms_still_nothing"),
    ("yes still nothing", "utter_sms_still_nothing"),
])
async def test_ok_after_the_sms_steps_is_an_acknowledgement(domain, text, lead):
    """Forty-sixth outsider check, F6: "ok" right after the SMS steps got "if the SMS still
    doesn't come even after « Renvoyer »…", as if nothing had come: an acknowledgement alone
    gets "anything else?"; a yes still says what comes next."""
    conv = _after(domain, "utter_sms_not_received", locale="fr")
    conv.say(text, "affirm")
    turn = await conv.run(fallback)
    assert turn.responses == [lead]


@pytest.mark.parametrize("said, text", [
    (("utter_handoff_closed",), "what now?"),
    (("utter_reference_handoff",), "et maintenant ?"),
])
async def test_what_now_after_an_agents_reference_says_to_call_with_it(domain, said, text):
    """Forty-ninth outsider check, F7: "what now?" right after "Your reference is YEN6VN…"
    fell back to "Sorry, I didn't quite understand"; it says to call (or write) with that
    reference, which the agent looks the conversation up by."""
    conv = _after(domain)
    conv.events.append({"event": "action", "name": "action_handoff"})
    conv.events.append({"event": "slot", "name": "handoff_reference", "value": "YEN6VN"})
    for name in said:
        conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": name}})
    conv.say(text, "nlu_fallback")
    turn = await conv.run(fallback)
    assert turn.responses == ["utter_handoff_next"]
    assert [m.get("reference") for m in turn.messages] == ["YEN6VN"]


@pytest.mark.parametrize("said, text, lead", [
    (("utter_ticket_created",), "what happens now?", "utter_ticket_next"),
    (("utter_ticket_existing",), "que se passe-t-il maintenant ?", "utter_ticket_next"),
    (("utter_switch_done_app",), "and then?", "utter_remember_device"),
    (("utter_switch_done_sms",), "et après ?", "utter_remember_device"),
])
async def test_what_now_after_a_ticket_or_a_switch_gets_what_follows(domain, said, text, lead):
    """Forty-seventh outsider check, F5: "what happens now?" right after the ticket was opened
    got the 28 days and "your 2FA is active with an app" (for someone who lost that phone);
    "and then?" after "Done: your activation now uses the app" fell back (the message falls
    back on purpose: bot/next_step.AND_THEN)."""
    from bot.next_step import AND_THEN

    assert AND_THEN.match(text)
    conv = _after(domain, *said)
    conv.say(text, "nlu_fallback")
    turn = await conv.run(fallback)
    assert turn.responses == [lead]


@pytest.mark.parametrize("offer", ["utter_phone_changed", "utter_offer_resend"])
async def test_changing_ones_mind_after_no_makes_the_offer_again(domain, offer):
    """Outsider finding 4: "no" to an offer, then "actually yes": the offer again, as the next
    action (so the rules read the following "yes" as its answer), not a misunderstanding."""
    conv = _after(domain, offer, "utter_anything_else", locale="fr")
    conv.say("en fait si", "affirm")
    turn = await conv.run(fallback)
    assert turn.messages == [] and turn.followup == offer


@pytest.mark.parametrize("offer", ["utter_switch_not_enrolled_sms", "utter_switch_not_enrolled_app"])
async def test_yes_to_i_can_open_it_for_you_does_what_the_button_does(domain, offer):
    """Outsider check of 2026-12-01: "I can open it for you" [Request a reset], then a typed
    "yes" got "I'm not sure what you are answering"; it now does what the button does: the
    button is the offer's "yes" too."""
    button = domain["responses"][offer][0]["buttons"][0]["payload"]
    assert button == "/affirm"
    conv = _after(domain, offer)
    conv.say("yes", "affirm")
    assert_accepted_at_once(await conv.run(fallback), "yes")


@pytest.mark.parametrize("offer", ["utter_phone_changed", "utter_switch_not_enrolled_sms"])
@pytest.mark.parametrize("typed", ["sms@demo.m2m", "my email is jean.dupont@acme.fr"])
async def test_an_address_typed_after_the_reset_offer_accepts_it(domain, offer, typed):
    """Forty-ninth outsider check, F3: after "Shall I start?" the customer typed the account's
    address, got "I don't need your email address right now", and the reset never started.
    The address is the offer's "yes": the identity check starts (and asks for it itself)."""
    conv = _after(domain, offer)
    conv.say(typed, "inform")
    assert_accepted_at_once(await conv.run(fallback), typed)


@pytest.mark.parametrize("said, buttons", [
    ("utter_what_is_2fa", None),
    # the changed phone's answer in a wording that offers nothing ("nothing to do for now")
    ("utter_phone_changed", []),
])
async def test_an_address_typed_with_no_offer_is_still_not_needed(domain, said, buttons):
    conv = _after(domain, said)
    if buttons is not None:
        conv.events[-1]["data"] = {"buttons": buttons}
    conv.say("jean.dupont@acme.fr", "inform")
    turn = await conv.run(fallback)
    assert [m.get("response") for m in turn.messages][:1] == ["utter_fallback_email"]


def assert_accepted_at_once(turn, typed: str) -> None:
    """Eleventh outsider check, LF07/LE07: the "yes" made the reset offer again, with its own
    yes and no. It is now the offer's "yes": the offer, then the message typed again as
    affirm, so that the rule after the offer's "yes" starts the identity check."""
    assert turn.messages == [] and turn.followup is None
    names = [e.get("name") for e in turn.events if e.get("event") == "action"]
    again = [e for e in turn.events if e.get("event") == "user"]
    assert names == ["utter_phone_changed", "action_listen"]
    assert [e["parse_data"]["intent"]["name"] for e in again] == ["affirm"] and again[0]["text"] == typed


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_yes_to_a_reply_whose_only_button_is_a_person_hands_over(domain, locale):
    """Eleventh outsider check, F13/E13: "log in first... or customer support can help you"
    [Talk to an agent], then "yes please" got "All right. Anything else?" and nothing."""
    payloads = [b["payload"] for b in domain["responses"]["utter_reset_login_first"][0]["buttons"]]
    assert payloads == ["/request_human"]
    conv = _after(domain, "utter_phone_changed", "utter_reset_login_first", locale=locale)
    conv.say("yes please", "affirm")
    turn = await conv.run(fallback)
    assert turn.messages == []
    again = [e for e in turn.events if e.get("event") == "user"]
    assert [e["parse_data"]["intent"]["name"] for e in again] == ["request_human"]
    assert again[0]["text"] == "yes please" and again[0]["metadata"]["locale"] == locale  # the session goes on
    # a reply with several buttons, or none, is not one button to click
    for said in ("utter_sms_still_nothing", "utter_what_is_2fa"):
        conv = _after(domain, said, locale=locale)
        conv.say("yes please", "affirm")
        assert not [e for e in (await conv.run(fallback)).events if e.get("event") == "user"], said


async def test_a_session_started_on_purpose_is_greeted(domain):
    """Outsider finding 16: a typed `/session_start` got the channel's apology (the turn sent
    nothing). A session Rasa starts before a first message still says nothing."""
    conv = Conversation(domain, locale="en")
    conv.say("/session_start", "session_start")
    assert (await conv.run(session_start)).responses == ["utter_greet"]
    quiet = Conversation(domain, locale="en")
    assert (await quiet.run(session_start)).responses == []


@pytest.mark.parametrize("closed", ["utter_handoff_closed", "utter_handoff_closed_no_date"])
async def test_ok_to_ask_me_to_open_the_request_here_accepts_the_reset_offer(domain, closed):
    """Seventh outsider check, F1: the closed-line handoff says "...or ask me to open the
    request here"; "ok" after it got "I'm not sure what you are answering". It now makes the
    reset offer's "yes", which starts the identity check."""
    conv = _after(domain, closed)
    conv.say("ok do that", "affirm")
    assert_accepted_at_once(await conv.run(fallback), "ok do that")


@pytest.mark.parametrize("said,lead", [
    (("utter_code_rejected",), "utter_code_rejected"),
    (("utter_code_rejected", "utter_status_pending_app"), "utter_code_rejected"),
    (("utter_sms_not_received", "utter_sms_needs_portal"), "utter_sms_still_nothing"),
    (("utter_what_is_2fa",), "utter_please_rephrase"),
])
async def test_not_understood_right_after_troubleshooting_steps_gets_their_next_step(domain, said, lead):
    """Ninth outsider check, finding 7: "jai verifie l heure du tel" and "I already synced the
    time" after the refused-code checks got "I didn't understand": such a message is most
    often "I did that, it still fails". The next step comes instead (the code's `_again`
    response: the lock, another method, a person), with its own buttons."""
    conv = _after(domain, *said, locale="fr")
    conv.say("jai verifie l heure du tel", "nlu_fallback")
    turn = await conv.run(fallback)
    assert turn.responses == [lead]
    if lead != "utter_please_rephrase":
        assert not turn.messages[0].get("buttons")  # its own buttons, no topic buttons


@pytest.mark.parametrize("said,text,lead", [
    (("utter_what_is_2fa",), "and then?", "utter_how_enable"),
    (("utter_deadline", "utter_personal_anonymous"), "et après ?", "utter_how_enable"),
    (("utter_enable_app",), "ok and then", "utter_remember_device"),
    (("utter_sms_not_received", "utter_sms_needs_portal"), "and after that?", "utter_sms_still_nothing"),
    (("utter_remember_device",), "and then?", "utter_please_rephrase"),  # nothing comes after it
    # forty-second outsider check, F4: after "a reset is needed" or a refused request
    (("utter_switch_not_enrolled_app",), "what now?", "utter_reset_next"),
    (("utter_request_status_refused",), "et maintenant ?", "utter_reset_next"),
    (("utter_what_is_2fa",), "so what should I do before leaving?", "utter_please_rephrase"),
    # a fallback names the line too, but a "what now?" after it is no way on (fifty-sixth check)
    (("utter_please_rephrase",), "what now?", "utter_please_rephrase"),
])
async def test_and_then_after_an_answer_gets_the_step_after_it(domain, said, text, lead):
    """Tenth outsider check, finding 5: "and then?", "et après ?" right after an answer fell
    back ("Sorry, I didn't quite understand") every time: it asks for the next step."""
    conv = _after(domain, *said, locale="en")
    conv.say(text, "nlu_fallback")
    turn = await conv.run(fallback)
    assert turn.responses == [lead]
    if lead != "utter_please_rephrase":
        assert not turn.messages[0].get("buttons")  # the answer itself, no topic buttons


@pytest.mark.parametrize("said,text,locale,lead", [
    # thirty-seventh outsider check, finding 2: "what now?" after the support's contacts got
    # "Sorry, I didn't quite understand" and three topic buttons: how to go on (call, choice 4,
    # or write with what to give; a person from this chat; or the steps)
    (("utter_contact",), "what now?", "en", "utter_contact_next"),
    (("utter_contact_open_now",), "et maintenant ?", "fr", "utter_contact_next"),
    (("utter_contact_closed_now",), "ok and then", "en", "utter_contact_next"),
    # fortieth outsider check, F7: the same after "still failing", which gave the contacts
    (("utter_still_failing",), "what now?", "en", "utter_contact_next"),
    # fifty-sixth outside check, F3: the same after "I'm stopping the check here. Customer
    # support can help you on…", and after any reply whose way on is the support line
    (("utter_too_many_invalid",), "what now?", "en", "utter_contact_next"),
    (("utter_code_rejected_too_many",), "et maintenant ?", "fr", "utter_contact_next"),
    (("utter_out_of_scope",), "ok so what now?", "en", "utter_contact_next"),
    # thirty-eighth check, finding 2: « je comprends pas » after the SMS steps was read as a
    # "no" (« Très bien. Puis-je vous aider pour autre chose ? », the end of the help): where
    # the customer is stuck, with examples, and a person
    (("utter_enable_sms",), "je comprends pas", "fr", "utter_not_clear"),
    (("utter_deadline", "utter_personal_anonymous"), "I don t get it", "en", "utter_not_clear"),
    ((), "j'ai pas compris", "fr", "utter_not_clear"),
    (("utter_what_is_2fa",), "sorry, I'm lost", "en", "utter_not_clear"),
])
async def test_a_follow_up_gets_its_answer_and_a_person(domain, said, text, locale, lead):
    """Such follow-ups get their own answer, whose one button is a person, never topic
    buttons; each answer names the support line and its choice."""
    conv = _after(domain, *said, locale=locale)
    conv.say(text, "nlu_fallback")
    turn = await conv.run(fallback)
    assert turn.responses == [lead]
    assert not turn.messages[0].get("buttons")  # no topic buttons: the answer's own
    for variation in domain["responses"][lead]:
        assert [b["payload"] for b in variation["buttons"]] == ["/request_human"]
        assert "{support_phone}" in variation["text"] and "{support_choice}" in variation["text"]


@pytest.mark.parametrize("asked, shown, lead", [
    ("utter_why_2fa", "utter_why_2fa_locked", "utter_contact_next"),
    ("utter_why_2fa", "utter_why_2fa_login_first", "utter_still_failing_login_first"),
    ("utter_why_2fa", "utter_why_2fa_reset", "utter_reset_next"),
    # the plain why keeps its next step, the set-up
    ("utter_why_2fa", None, "utter_how_enable"),
    # fifty-second outside check, F2: after "your 28 days are over", how to enable it now
    ("utter_status_grace_expired", None, "utter_deadline_over"),
])
async def test_what_now_after_the_reason_of_an_answer_is_that_answers_next_step(domain, asked, shown, lead):
    """Fifty-first outside check, F2: "what now?" after the lock's reason (locked@) or after
    why one logs in first (a lost phone) got the steps to enable 2FA: the reason is said as a
    focus of why 2FA, whose next step is the set-up. The wording shown decides."""
    conv = Conversation(domain, locale="en")
    metadata = {"utter_action": asked, **({"said_as": shown} if shown else {})}
    conv.events.append({"event": "bot", "text": "…", "metadata": metadata})
    conv.say("what now?", "nlu_fallback")
    turn = await conv.run(fallback)
    assert turn.responses == [lead]


@pytest.mark.parametrize("asked, text, lead", [
    ("utter_status_grace_expired", "ok so what now?", "utter_deadline_over"),
    ("utter_request_status_open", "what now? do I just wait?", "utter_ticket_next"),
    ("utter_request_status_open_unnumbered", "et maintenant, j'attends ?", "utter_ticket_next"),
    ("utter_request_status_completed", "so what now", "utter_how_enable"),
    # fifty-fourth outside check, F1
    ("utter_status_not_enrolled", "et maintenant ?", "utter_how_enable"),
    ("utter_reset_not_enrolled", "what now?", "utter_how_enable"),
    ("utter_request_status_none", "what now?", "utter_reset_next"),
    ("utter_why_2fa_switch_not_enrolled", "ok what now?", "utter_reset_next"),
])
async def test_what_now_said_as_people_say_it_after_a_personal_answer(domain, asked, text, lead):
    """Fifty-third outside check, F2: logged in, "ok so what now?" after "your 28 days are over"
    and "what now? do I just wait?" after an open request's status fell back (two words before
    "what now", a wait asked after it; and no next step for a request's status)."""
    assert AND_THEN.match(text)
    conv = Conversation(domain, locale="fr" if "maintenant" in text else "en")
    conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": asked}})
    conv.say(text, "nlu_fallback")
    turn = await conv.run(fallback)
    assert turn.responses == [lead]


@pytest.mark.parametrize("state, asked, text, lead", [
    ("sms", "utter_why_2fa", "what now?", "utter_status_enrolled_sms"),
    ("app", "utter_deadline", "et maintenant ?", "utter_status_enrolled_app"),
    ("locked", "utter_what_is_2fa", "ok what now?", "utter_status_locked"),
    # an account still in its 28 days keeps the set-up's steps
    ("grace", "utter_why_2fa", "what now?", "utter_how_enable"),
])
async def test_what_now_after_a_general_answer_reads_the_account(backend, domain, state, asked, text, lead):
    """Fifty-fourth outside check, F1 (C7, C8): sms@, logged in and enrolled, asked why 2FA,
    then "what now?", and got "To enable two-factor authentication: … click « Oui, je veux… »",
    a popup its account never shows. An account already enrolled, or locked, is told its own
    state; one still to enrol gets the steps."""
    email = f"{state}-next@acme.fr"
    make_user(backend.ctx, email, state=state, phone="+33612345678", deadline_in_days=9)
    browser, _ = await backend.portal(email)
    conv = Conversation(domain, token=await backend.customer_token(browser), locale="fr" if "maintenant" in text else "en")
    conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": asked}})
    conv.say(text, "nlu_fallback")
    turn = await conv.run(fallback)
    assert turn.responses == [lead]
    assert_no_secrets(turn.messages, "+33612345678")


@pytest.mark.parametrize("text", ["yes I want the reset", "oui je veux la réinitialisation"])
async def test_yes_with_the_reset_asked_and_no_offer_is_the_reset(domain, text):
    """Thirty-eighth outsider check, finding 5: "yes I want the reset" with no offer waiting
    got "All right. Anything else?". The message is read again as the reset asked."""
    conv = _after(domain, "utter_too_many_invalid")
    conv.say(text, "affirm")
    turn = await conv.run(fallback)
    again = [e for e in turn.events if e.get("event") == "user"]
    assert [e["parse_data"]["intent"]["name"] for e in again] == ["phone_changed"]
    assert turn.messages == []


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_yes_to_the_one_agent_button_shown_hands_over(domain, locale):
    """Thirty-seventh outsider check, finding 1: the SMS's next steps said a second time are
    their `_again` answer, whose only button is the agent's, while the response asked has
    three; "ok" then got that text again. The buttons shown decide."""
    conv = _after(domain, "utter_sms_still_nothing", locale=locale)
    conv.events[-1]["data"] = {"buttons": [{"title": "Agent", "payload": "/request_human"}]}
    conv.say("ok", "affirm")
    again = [e for e in (await conv.run(fallback)).events if e.get("event") == "user"]
    assert [e["parse_data"]["intent"]["name"] for e in again] == ["request_human"]
    # shown with its three buttons, it is not one button to click
    conv = _after(domain, "utter_sms_still_nothing", locale=locale)
    shown = domain["responses"]["utter_sms_still_nothing"][0]["buttons"]
    conv.events[-1]["data"] = {"buttons": shown}
    conv.say("ok", "affirm")
    assert not [e for e in (await conv.run(fallback)).events if e.get("event") == "user"]


@pytest.mark.parametrize("text, locale, picked", [
    ("hmm ok sms then", "en", "ask_enable_sms"),
    ("ok l'appli alors", "fr", "ask_enable_app"),
    ("ok", "en", None),  # no method named: nothing to pick
    ("ok app or sms, whatever", "en", None),  # both named
])
async def test_a_yes_that_names_a_method_after_both_methods_offered_is_its_steps(domain, text, locale, picked):
    """Fifty-second outside check, F3: "hmm ok sms then" after the methods compared, with
    [With the app | By SMS], got "All right. Anything else?". A yes that names one method is
    that method's button."""
    from bot.nlu.hesitation import hesitates

    assert not hesitates(text)
    conv = _after(domain, "utter_methods", locale=locale)
    conv.events[-1]["data"] = {"buttons": domain["responses"]["utter_methods_compared"][0]["buttons"]}
    conv.say(text, "affirm")
    again = [e for e in (await conv.run(fallback)).events if e.get("event") == "user"]
    assert [e["parse_data"]["intent"]["name"] for e in again] == ([picked] if picked else [])


@pytest.mark.parametrize("first, step, then", [
    ("my code is not accepted", "utter_code_rejected", "what now?"),
    ("le sms arrive pas", "utter_sms_still_nothing", "et maintenant ?"),
])
async def test_a_next_step_said_twice_is_not_said_a_third_time(domain, first, step, then):
    """Thirty-ninth outsider check, F4: "my code is not accepted", "it still doesn't work",
    then "what now?" got "Still refused? Don't keep trying…" a second time, word for word
    (the refused code's next step is itself, in its `_again` wording). A step said twice
    already gives way to the support line and a person (utter_still_failing)."""
    conv = Conversation(domain, locale="en")
    conv.say(first, "code_rejected")
    conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": step}})
    conv.say("it still doesn't work", "nlu_fallback")
    conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": step}})
    conv.say(then, "nlu_fallback")
    turn = await conv.run(fallback)
    assert turn.responses == ["utter_still_failing"]
    # said once only, the step itself still comes (its `_again` wording: something new)
    conv = _after(domain, step)
    conv.say(then, "nlu_fallback")
    assert (await conv.run(fallback)).responses == [step]


@pytest.mark.parametrize("locale, text", [
    ("fr", "c'est pas ce que j'ai demandé"),
    ("en", "that's not what I asked"),
])
async def test_not_what_i_asked_offers_the_other_topics_of_the_misread_question(domain, locale, text):
    """Forty-eighth outsider check, F3: « c'est pas ce que j'ai demandé » got the request's
    status, "that's not what I asked" "All right. Anything else?". The reply says it got the
    question wrong and offers the topics the misread message ranked after the one answered."""
    conv = Conversation(domain, locale=locale)
    _say(conv, "on est trois techniciens sur un seul compte, comment on fait ?", "ask_enable_app",
         _ranking(("ask_enable_app", 0.41), ("ask_code_format", 0.22), ("greet", 0.1),
                  ("ask_remember_device", 0.09), ("request_human", 0.05)))
    conv.events.append({"event": "bot", "text": "…", "data": {}, "metadata": {"utter_action": "utter_enable_app"}})
    _say(conv, text, "nlu_fallback", _ranking(("nlu_fallback", 0.5), ("ask_request_status", 0.3)))
    turn = await conv.run(fallback)
    assert turn.responses == ["utter_misunderstood"]
    assert [b["payload"] for b in turn.messages[0]["buttons"]] == ["/ask_code_format", "/ask_remember_device"]
