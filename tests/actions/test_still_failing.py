"""action_still_failing: "et si ça marche toujours pas ?" right after an answer gets that
answer's next step, never another topic (twenty-third outsider check: the 28 days for it in
French, the refused-code checks in English, whatever came before)."""

from __future__ import annotations

import pytest

from actions.still_failing import ActionStillFailing
from tests.actions.driver import Conversation
from tests.actions.test_handoff import rendered

action = ActionStillFailing()


def after(domain, *responses: str, text: str = "et si ça marche toujours pas ?",
          second: tuple[str, float] = ("code_rejected", 0.05)) -> Conversation:
    conv = Conversation(domain, locale="fr")
    for name in responses:
        conv.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": name}})
    conv.say(text, "still_failing")
    conv.events[-1]["parse_data"]["intent_ranking"] = [
        {"name": "still_failing", "confidence": 0.9}, {"name": second[0], "confidence": second[1]}]
    return conv


@pytest.mark.parametrize("last", [
    "utter_sms_not_received",
    "utter_resend_done",
    "utter_status_pending_sms_login",
])
async def test_after_the_sms_steps_comes_another_method_or_a_person(domain, last):
    turn = await after(domain, last).run(action)
    assert turn.responses == ["utter_sms_still_nothing"]


async def test_after_the_refused_code_checks_they_come_again_with_the_lock(domain):
    """utter_code_rejected said a second time is its `_again` response (bot/rasa_ext/nlg.py):
    the lock after too many tries, another method, a person."""
    turn = await after(domain, "utter_code_rejected", text="still refused, what now").run(action)
    assert turn.responses == ["utter_code_rejected"]


async def test_a_personal_line_after_the_answer_does_not_hide_it(domain):
    turn = await after(domain, "utter_sms_not_received", "utter_personal_anonymous").run(action)
    assert turn.responses == ["utter_sms_still_nothing"]


async def test_logged_in_the_refused_code_checks_come_again_with_the_lock(domain):
    """Thirty-first outsider check, finding 3: logged in, the refused-code checks came with the
    login's masked number and "never share codes"; "it still doesn't work" then got only "talk
    to someone", without the lock after 10 wrong codes that anonymous visitors get."""
    turn = await after(domain, "utter_code_rejected", "utter_status_pending_sms_login",
                       "utter_code_not_here", text="it still doesn't work").run(action)
    assert turn.responses == ["utter_code_rejected"]


async def test_the_customers_status_alone_keeps_its_own_next_step(domain):
    # the pending SMS login, said as the status asked: the SMS's next step, as before
    turn = await after(domain, "utter_status_pending_sms_login").run(action)
    assert turn.responses == ["utter_sms_still_nothing"]


@pytest.mark.parametrize("before", [
    (),  # the first message of the conversation
    ("utter_greet",),
    ("utter_enable_app",),
    ("utter_remember_device",),
    ("utter_contact",),
])
async def test_otherwise_the_support_line_and_a_person(domain, before):
    turn = await after(domain, *before).run(action)
    assert turn.responses == ["utter_still_failing"]


@pytest.mark.parametrize("lang, words", [
    ("fr", ["+33 (0)4 88 36 07 40", "choix 4", "helpme@matooma.com", "conseiller"]),
    ("en", ["+33 (0)4 88 36 07 40", "choice 4", "helpme@matooma.com", "agent"]),
])
def test_the_last_resort_names_the_line_the_email_and_a_person(domain, lang, words):
    text = rendered(domain, "utter_still_failing", lang)
    assert all(w in text for w in words), text
    buttons = domain["responses"]["utter_still_failing"][0]["buttons"]
    assert [b["payload"] for b in buttons] == ["/request_human"]


@pytest.mark.parametrize("second, reply", [
    (("code_rejected", 0.42), "utter_code_rejected"),
    (("sms_not_received", 0.3), "utter_sms_not_received"),
    (("code_rejected", 0.1), "utter_still_failing"),  # not heard enough: the last resort
    (("ask_deadline", 0.4), "utter_still_failing"),  # not a troubleshooting topic
])
async def test_a_first_message_naming_the_code_or_the_sms_gets_its_steps(domain, second, reply):
    """"the code still doesn't work" as a first message: still failing 0.51, the refused code
    0.42; the support line alone would skip the checks that solve most refused codes."""
    turn = await after(domain, text="the code still doesn't work", second=second).run(action)
    assert turn.responses == [reply]


async def test_after_another_answer_the_code_named_still_gets_its_steps(domain):
    """"the code still doesn't work" after the app's set-up steps: the refused-code checks."""
    turn = await after(domain, "utter_enable_app", second=("code_rejected", 0.42)).run(action)
    assert turn.responses == ["utter_code_rejected"]


async def test_inside_the_reset_request_what_now_is_what_the_request_needs(domain):
    """"et maintenant je fais quoi" while the reset request asks for the emailed code: what the
    request needs next (the set-up answer's `_while_form` variant), not the support line."""
    conv = after(domain, "utter_ask_identity_code", text="et maintenant je fais quoi")
    conv.active_loop = "identity_form"
    assert (await conv.run(action)).responses == ["utter_how_enable"]
