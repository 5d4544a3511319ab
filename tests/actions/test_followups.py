"""action_how_long: "for how long?" right after an answer gets that answer's duration (two
outsider checks of 2026-12-01: "and for how long?" after the remember-device answer got "I
didn't understand"; "et ça prend combien de temps ?" after a ticket got the code's validity)."""

from __future__ import annotations

import pytest

from actions.followups import ActionHowLong
from tests.actions.driver import Conversation

action = ActionHowLong()


def after(domain, *responses: str, locale: str = "en") -> Conversation:
    conv = Conversation(domain, locale=locale)
    for name in responses:
        conv.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": name}})
    conv.say("and for how long?", "ask_how_long")
    return conv


@pytest.mark.parametrize("last, reply", [
    ("utter_remember_device", "utter_how_long_remember"),
    ("utter_deadline", "utter_how_long_grace"),
    ("utter_code_format", "utter_how_long_code"),
    ("utter_code_rejected", "utter_how_long_code"),
    ("utter_ticket_created", "utter_how_long_ticket"),
    ("utter_identity_code_sent", "utter_how_long_email_code"),
    # forty-first outsider check, F7: after the handoff, the call
    ("utter_handoff", "utter_how_long_handoff"),
    ("utter_handoff_closed_locked", "utter_how_long_handoff"),
    ("utter_handoff_phone_only_closed", "utter_how_long_handoff"),
    # forty-second outsider check: the lock (F7), the ticket's confirmation (F8)
    ("utter_account_locked", "utter_how_long_lock"),
    ("utter_ask_confirm_ticket", "utter_how_long_ticket"),
    # forty-third outsider check, F4: "how long did I have?" after "your 28 days are over"
    ("utter_status_grace_expired", "utter_how_long_grace"),
    # forty-fourth outsider check, F10: after the reset's offer or the open request's state
    ("utter_phone_changed", "utter_how_long_ticket"),
    ("utter_request_status_open", "utter_how_long_ticket"),
])
async def test_the_answer_just_read_says_which_duration(domain, last, reply):
    turn = await after(domain, last).run(action)
    assert turn.responses == [reply]


async def test_the_topic_answer_counts_even_with_a_personal_line_after_it(domain):
    """FAQ answers are often followed by a personal line (action_personal_answer)."""
    turn = await after(domain, "utter_remember_device", "utter_personal_anonymous").run(action)
    assert turn.responses == ["utter_how_long_remember"]


@pytest.mark.parametrize("locale, titles", [
    ("en", ["Not typing a code every time", "The 6-digit code", "Follow my request"]),
    ("fr", ["Ne plus saisir de code à chaque fois", "Le code à 6 chiffres", "Suivre ma demande"]),
])
async def test_without_an_answer_it_asks_which_duration(domain, locale, titles):
    turn = await after(domain, "utter_greet", "utter_contact", "utter_why_2fa", locale=locale).run(action)
    assert turn.responses == ["utter_how_long_which"]
    buttons = turn.messages[0]["buttons"]
    assert [b["payload"] for b in buttons] == ["/ask_remember_device", "/ask_deadline", "/ask_code_format",
                                               "/ask_request_status"]
    assert all(t in [b["title"] for b in buttons] for t in titles)


DEADLINE_ANONYMOUS = ["utter_deadline", "utter_personal_anonymous"]


@pytest.mark.parametrize("text, replies", [
    ("how long do I have?", DEADLINE_ANONYMOUS),
    ("how much time do we have left", DEADLINE_ANONYMOUS),
    ("combien de temps il me reste ?", DEADLINE_ANONYMOUS),
    ("combien de temps j'ai", DEADLINE_ANONYMOUS),
    # the time one had, asked once it is over (forty-third outsider check, F4)
    ("how long did I have?", DEADLINE_ANONYMOUS),
    ("j'avais combien de temps ?", DEADLINE_ANONYMOUS),
    ("how long do I have to wait?", ["utter_how_long_which"]),  # waiting for what? asked
    ("ça dure combien de temps ?", ["utter_how_long_which"]),
])
async def test_a_first_question_about_the_customers_own_time_gets_the_28_days(domain, text, replies):
    """E2E check of 2026-12-01: "how long do I have?" as a first message got "which duration?";
    the customer's own time, with nothing read before, is the 28-day rule, and (as after the
    deadline question) how to see their own days: this chat has no portal session."""
    conv = Conversation(domain, locale="en")
    conv.say(text, "ask_how_long")
    turn = await conv.run(action)
    assert turn.responses == replies


@pytest.mark.parametrize("text, replies", [
    ("et ça tient combien de temps ?", ["utter_how_long_remember"]),
    ("and that lasts how long?", ["utter_how_long_remember"]),
    ("combien de temps il me reste pour l'activer ?", DEADLINE_ANONYMOUS),
    ("how long do I have left to enable it?", DEADLINE_ANONYMOUS),
])
async def test_read_as_the_deadline_right_after_the_remember_device_answer(domain, text, replies):
    """Some trainings read "et ça tient combien de temps ?" after the remember-device answer as
    the deadline question (0.6): the rule sends that reading here (data/rules/faq.yml), where
    the answer just read says the duration; the customer's own time stays the 28 days."""
    conv = Conversation(domain, locale="fr")
    conv.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": "utter_remember_device"}})
    conv.say(text, "ask_deadline")
    turn = await conv.run(action)
    assert turn.responses == replies
