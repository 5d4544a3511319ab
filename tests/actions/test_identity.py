"""validate_identity_form: email + emailed code, proven to the backend, never kept."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select

from actions.identity import ValidateIdentityForm
from bot import clock
from bot.models import IdentityCheck, User
from tests.actions.driver import Conversation, assert_no_secrets
from tests.helpers import last_email_code, make_user, open_ticket_for, outbox, utc

form = ValidateIdentityForm()
EMAIL = "jean.dupont@acme.fr"


async def logged_in(backend, email: str = EMAIL) -> str:
    """The widget token of a chat opened from the portal at the code step (password done):
    the only chat the email check runs in, since a reset needs the password step too."""
    with backend.ctx.db.session() as s:
        if s.execute(select(User).where(User.email == email)).scalar_one_or_none() is None:
            make_user(backend.ctx, email, state="sms")
    browser, _ = await backend.portal(email)
    return await backend.customer_token(browser)


async def start(domain, backend=None, **kw) -> Conversation:
    """The customer said yes to the reset; with `backend`, from the portal at the code step."""
    if backend is not None and "token" not in kw:
        kw["token"] = await logged_in(backend)
    conv = Conversation(domain, **kw)
    conv.say("oui", "affirm")
    return conv


async def email_code(backend, conv: Conversation, email: str = EMAIL) -> str:
    """Activation + the email answer; returns the code the backend emailed."""
    turn = await conv.form_turn(form)
    assert turn.messages == [] and turn.asked == "utter_ask_identity_email"
    turn = await conv.form_turn(form, email)
    assert turn.responses == ["utter_identity_code_sent"]
    assert conv.slots["identity_email"] == "sent" and turn.asked == "utter_ask_identity_code"
    await backend.ctx.drain()
    return last_email_code(backend.ctx, email)


def _checks(backend, conversation_id):
    with backend.ctx.db.session() as s:
        return list(s.execute(select(IdentityCheck).where(IdentityCheck.conversation_id == conversation_id)).scalars())


async def stopped_before_any_check(backend, conv: Conversation, response: str):
    """The form ends at its activation with `response`: no check started, no email sent."""
    turn = await conv.form_turn(form)
    assert turn.responses == [response] and turn.asked is None
    assert conv.slots["identity_verified"] is False and conv.active_loop is None
    assert _checks(backend, conv.sender_id) == []
    await backend.ctx.drain()
    assert outbox(backend.ctx, "email", EMAIL) == []
    return turn


async def test_without_the_portal_password_no_email_is_asked(backend, domain):
    """Outsider finding 1 (2026-12-01): a visitor who is not logged in was asked the email and
    a code, then told at the end that a reset needs the portal login. Now the first answer
    says how to log in first (or whom to call), and no check is started, no email sent."""
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, locale="en")
    await stopped_before_any_check(backend, conv, "utter_reset_login_first")


async def test_email_code_verifies(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    code = await email_code(backend, conv)
    turn = await conv.form_turn(form, code[:3] + " " + code[3:])
    assert turn.responses == ["utter_identity_verified"]
    assert conv.slots["identity_verified"] is True
    assert conv.slots["identity_code"] == "ok" and conv.slots["identity_email"] == "sent"
    assert conv.active_loop is None
    status, body = await backend.support("identity", {"conversation_id": conv.sender_id}, conv.token)
    # the portal password (the session) and the emailed code: enough for a reset ticket
    assert body["verified"] is True and body["assurance"] == "password+email_code"
    assert_no_secrets(conv.replies, code, EMAIL)
    assert code not in str(conv.slots) and EMAIL not in str(conv.slots)


async def test_email_inside_a_sentence(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms", language="en")
    conv = await start(domain, backend, locale="en")
    await conv.form_turn(form)
    turn = await conv.form_turn(form, f"sure, it's {EMAIL.upper()} thanks")
    assert turn.responses == ["utter_identity_code_sent"]
    await backend.ctx.drain()
    assert outbox(backend.ctx, "email", EMAIL)


async def test_unknown_email_same_reply_nothing_sent(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms")
    replies = []
    for address in (EMAIL, "nobody@acme.fr"):
        conv = await start(domain, backend)
        await conv.form_turn(form)
        turn = await conv.form_turn(form, address)
        replies.append((turn.messages, turn.asked, conv.slots["identity_email"]))
    assert replies[0] == replies[1]
    await backend.ctx.drain()
    assert outbox(backend.ctx, "email", "nobody@acme.fr") == []
    # and any code for the unknown address is just "not valid"
    turn = await conv.form_turn(form, "123456")
    assert turn.responses == ["utter_identity_code_invalid"]


async def test_the_hours_codes_used_up_the_customer_is_told_when_to_ask_again(backend, domain):
    """Outsider check of 2026-12-02: after a burst of checks from several chats, the next one
    still said "we have just emailed you a code" and nothing came. The code goes only to the
    session's own account, so its owner is told the truth: when to ask again, or the line."""
    token = await logged_in(backend)
    for _ in range(backend.ctx.settings.identity_emails_per_account):
        conv = await start(domain, token=token)
        await email_code(backend, conv)
    conv = await start(domain, token=token, locale="en")
    await conv.form_turn(form)
    turn = await conv.form_turn(form, EMAIL)
    assert turn.responses == ["utter_identity_emails_limit"] and turn.asked is None
    assert 1 <= turn.variables("utter_identity_emails_limit")["retry_after_minutes"] <= 60
    assert conv.slots["identity_verified"] is False and conv.active_loop is None


async def test_the_accounts_wrong_codes_reached_the_customer_is_told_no_code_comes(backend, domain):
    """Fifty-first outside check, F1: once the account's wrong codes reached the limit, the
    logged-in chat still said "we have just sent it a 6-digit code" four times, while the
    account's email said none would come for 24 hours. Its owner is told, with the line, and
    before the address is asked (fifty-sixth outside check, F8: only after it was typed)."""
    from bot.rules import email_guard

    token = await logged_in(backend)
    with backend.ctx.db.session() as s:
        uid = s.execute(select(User.id).where(User.email == EMAIL)).scalar_one()
        for _ in range(backend.ctx.settings.email_code_failures_per_account):
            email_guard.record_failure(s, backend.ctx.settings, uid, clock.now(), "elsewhere")
        s.commit()
    await backend.ctx.drain()
    before = len(outbox(backend.ctx, "email", EMAIL))
    conv = await start(domain, token=token, locale="en")
    turn = await conv.form_turn(form)
    assert turn.responses == ["utter_identity_checks_suspended"] and turn.asked is None
    assert conv.slots["identity_verified"] is False and conv.active_loop is None
    await backend.ctx.drain()
    assert len(outbox(backend.ctx, "email", EMAIL)) == before


async def test_three_wrong_codes_stop_and_offer_a_person(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    code = await email_code(backend, conv)
    wrong = "000000" if code != "000000" else "111111"
    first = await conv.form_turn(form, wrong)
    second = await conv.form_turn(form, wrong)
    third = await conv.form_turn(form, wrong)
    assert first.responses == ["utter_identity_code_invalid"]
    assert first.variables("utter_identity_code_invalid")["attempts_left"] == 2
    assert second.variables("utter_identity_code_invalid")["attempts_left"] == 1
    assert third.responses == ["utter_too_many_invalid"]
    assert conv.slots["identity_verified"] is False and conv.active_loop is None
    assert conv.slots["identity_code"] is None
    assert [c.attempts for c in _checks(backend, conv.sender_id)] == [3]
    # the right code afterwards does not count: the form is over, the backend not verified
    status, body = await backend.support("identity", {"conversation_id": conv.sender_id})
    assert body["verified"] is False


async def test_invalid_answers_of_any_kind_count(backend, domain):
    conv = await start(domain, backend)
    await conv.form_turn(form)
    assert (await conv.form_turn(form, "pas d'adresse")).responses == ["utter_invalid_email_format"]
    assert (await conv.form_turn(form, "a@b@c")).responses == ["utter_invalid_email_format"]
    last = await conv.form_turn(form, "jean at acme dot fr")
    assert last.responses == ["utter_too_many_invalid"]
    assert conv.slots["identity_verified"] is False and conv.active_loop is None
    assert _checks(backend, conv.sender_id) == []


@pytest.mark.parametrize("typed,intent", [("bob@acme", "cancel"), ("jean.dupont@", "goodbye"),
                                          ("c'est @acme.fr", "out_of_scope")])
async def test_a_mistyped_address_is_an_invalid_answer_whatever_nlu_read(backend, domain, typed, intent):
    """An outsider typed "bob@acme": NLU read "stop" and the form ended ("nothing was sent,
    goodbye"). A word with an "@" at the email question is a try at an address."""
    conv = await start(domain, backend)
    await conv.form_turn(form)
    turn = await conv.form_turn(form, typed, intent=intent)
    assert turn.responses == ["utter_invalid_email_format"] and not turn.rejected
    assert conv.slots["requested_slot"] == "identity_email" and conv.active_loop is not None


@pytest.mark.parametrize("typed", ["１２３４５６", "١٢٣٤٥٦", "12345", "1234567", "123456\n", "123\x00456",
                                   "9" * 10_000, "12345🙂", "code 1234567", "le 12 : 123456", ""])
async def test_malformed_codes_never_reach_the_backend(backend, domain, typed):
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    await email_code(backend, conv)
    turn = await conv.form_turn(form, typed)
    assert turn.responses == ["utter_invalid_code_format"]
    assert conv.slots["identity_code"] is None
    assert [c.attempts for c in _checks(backend, conv.sender_id)] == [0]


async def test_expired_code_starts_again_from_the_email(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    code = await email_code(backend, conv)
    with time_machine.travel(clock.now() + timedelta(minutes=11), tick=True):
        turn = await conv.form_turn(form, code)
    assert turn.responses == ["utter_identity_code_expired"]
    assert turn.asked == "utter_ask_identity_email" and conv.slots["identity_email"] is None


async def test_a_session_past_the_second_factor_skips_the_questions(backend, domain, clock):
    clock.set(utc(2024, 6, 3, 8, 0, 15))
    make_user(backend.ctx, EMAIL, state="app")
    conv = await start(domain, token=await backend.past_second_factor(EMAIL, clock.now))
    turn = await conv.form_turn(form)
    assert turn.messages == [] and turn.asked is None
    assert conv.slots["identity_verified"] is True and conv.active_loop is None


async def test_a_password_only_session_is_asked_the_email_code(backend, domain):
    """Logged in but stuck at the second factor: the password alone does not open a reset
    ticket (bot/core/assurance.py); the form asks the email as for anyone."""
    make_user(backend.ctx, EMAIL, state="sms")
    browser, _ = await backend.portal(EMAIL)
    conv = await start(domain, token=await backend.customer_token(browser))
    code = await email_code(backend, conv)
    turn = await conv.form_turn(form, code)
    assert turn.responses == ["utter_identity_verified"] and conv.slots["identity_verified"] is True
    status, body = await backend.support("identity", {"conversation_id": conv.sender_id}, conv.token)
    assert body["assurance"] == "password+email_code" and body["verified"] is True


async def test_a_check_made_in_an_earlier_portal_session_is_asked_again_with_why(backend, domain):
    """Tenth outsider check, C25: verified, then logged in to the portal again, "yes go ahead"
    got the email question again with no word of why. The check is bound to the portal
    session (on purpose); the customer is now told so before the question."""
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend, locale="en")
    code = await email_code(backend, conv)
    assert (await conv.form_turn(form, code)).responses == ["utter_identity_verified"]
    browser, _ = await backend.portal(EMAIL)  # a new portal login: a new widget token
    conv.token = await backend.customer_token(browser)
    conv.say("yes go ahead", "affirm")
    turn = await conv.form_turn(form)
    assert turn.responses == ["utter_identity_check_restarts"]
    assert turn.asked == "utter_ask_identity_email" and conv.slots["identity_verified"] is None


async def test_the_first_check_of_a_chat_says_nothing_about_an_earlier_one(backend, domain):
    conv = await start(domain, backend, locale="en")
    turn = await conv.form_turn(form)
    assert turn.messages == [] and turn.asked == "utter_ask_identity_email"


async def test_stale_markers_do_not_skip_questions(backend, domain):
    """A second run of the form (or a forged tracker) starts from scratch."""
    conv = await start(domain, backend, slots={"identity_email": "sent", "identity_code": "ok", "identity_verified": True})
    turn = await conv.form_turn(form)
    assert turn.asked == "utter_ask_identity_email"
    assert conv.slots["identity_verified"] is None and conv.slots["identity_code"] is None


async def test_a_code_typed_under_another_accounts_session_is_not_verified(backend, domain):
    """Seventeenth outsider check, A11: A's emailed code typed while the widget sent B's token
    got "Thank you, your identity is verified"; the nineteenth found "this code has expired"
    untrue. Neither: the code was asked from another session, and a new one is needed."""
    conv = await start(domain, backend)
    code = await email_code(backend, conv)
    conv.token = await logged_in(backend, "other.account@acme.fr")
    turn = await conv.form_turn(form, code)
    assert turn.responses == ["utter_identity_code_other_session"]
    assert turn.asked == "utter_ask_identity_email" and conv.slots["identity_verified"] is None
    assert_no_secrets(turn.messages, EMAIL)


async def test_forged_code_without_a_check(backend, domain):
    """A tracker posted straight to the action server, claiming the code step."""
    conv = await start(domain, backend)
    await conv.form_turn(form)
    conv.slots["requested_slot"] = "identity_code"
    turn = await conv.form_turn(form, "123456")
    assert turn.responses == ["utter_identity_code_expired"]  # 410 no_check: start again
    assert conv.slots["identity_verified"] is None


async def test_resume_after_a_digression_asks_again(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    await email_code(backend, conv)
    turn = await conv.form_turn(form, "c'est quoi la 2FA ?", intent="ask_what_is_2fa")
    assert turn.rejected and turn.messages == []
    conv.events.append({"event": "action", "name": "utter_what_is_2fa"})  # the rule's answer
    turn = await conv.form_turn(form)
    assert turn.messages == [] and turn.asked == "utter_ask_identity_code"


@pytest.mark.parametrize("text,intent", [("merci", "thank"), ("ok", "affirm"), ("bonjour", "greet"),
                                         ("ok je réessaie", "affirm"), ("je ne l'ai pas reçu", "sms_not_received"),
                                         ("combien de temps j'ai ?", "ask_deadline")])
async def test_small_talk_is_not_an_invalid_answer(backend, domain, text, intent):
    """Issue 16 item 7: "merci" at the email question was the third invalid email. Now the
    form is rejected (the rules answer), nothing counts, and the check goes on."""
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    await conv.form_turn(form)
    for _ in range(3):
        turn = await conv.form_turn(form, text, intent=intent)
        assert turn.rejected and turn.messages == [] and conv.active_loop == "identity_form"
        conv.events.append({"event": "action", "name": "utter_form_continue"})
        assert (await conv.form_turn(form)).asked == "utter_ask_identity_email"
    assert conv.slots["identity_verified"] is None and _checks(backend, conv.sender_id) == []
    turn = await conv.form_turn(form, f"merci, c'est {EMAIL}", intent="thank")
    assert turn.responses == ["utter_identity_code_sent"] and conv.slots["identity_email"] == "sent"


async def test_a_stale_button_is_not_an_answer(backend, domain):
    conv = await start(domain, backend)
    await conv.form_turn(form)
    turn = await conv.form_turn(form, '/inform{"reset_reason":"lost_phone"}',
                                entities=[{"entity": "reset_reason", "value": "lost_phone"}])
    assert turn.rejected and turn.messages == [] and _checks(backend, conv.sender_id) == []


async def test_small_talk_at_the_code_question_counts_nothing(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    code = await email_code(backend, conv)
    for text, intent in (("merci", "thank"), ("ok", "affirm"), ("au fait c'est quoi la 2FA", "ask_what_is_2fa")):
        assert (await conv.form_turn(form, text, intent=intent)).rejected
    assert [c.attempts for c in _checks(backend, conv.sender_id)] == [0]
    turn = await conv.form_turn(form, f"le code du 12 est {code}", intent="thank")
    assert turn.responses == ["utter_invalid_code_format"]  # other digits: none is guessed, and counted
    turn = await conv.form_turn(form, code, intent="greet")  # a bare code is an answer whatever NLU says
    assert turn.responses == ["utter_identity_verified"]


@pytest.mark.parametrize("template", ["ah pardon c est {code}", "it's {a} {b} sorry", "code: {a}-{b} !"])
async def test_a_code_inside_a_short_sentence_is_read(backend, domain, template):
    """Two outsider checks of 2026-12-01: "ah pardon c est 428196" at the code question got
    "the code must have exactly 6 digits". One group of six digits in a short message is the
    code; the backend checks it like any other."""
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    code = await email_code(backend, conv)
    turn = await conv.form_turn(form, template.format(code=code, a=code[:3], b=code[3:]))
    assert turn.responses == ["utter_identity_verified"]


async def test_slot_events_never_hold_the_address_or_the_code(backend, domain):
    """Issue 15 item 13: the custom mappings leave only the markers in slot events."""
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    code = await email_code(backend, conv)
    await conv.form_turn(form, code)
    slot_values = [str(e.get("value")) for e in conv.events if e["event"] == "slot"]
    assert not any(EMAIL in v or code in v for v in slot_values), slot_values
    assert conv.slots["identity_email"] == "sent" and conv.slots["identity_code"] == "ok"


async def test_backend_down(backend_down, domain):
    conv = await start(domain)
    turn = await conv.form_turn(form)
    assert turn.responses == ["utter_backend_unavailable"]
    assert conv.slots["identity_verified"] is False and conv.active_loop is None


async def test_a_second_request_in_the_same_conversation_does_not_ask_again(backend, domain):
    """The form runs again (another ticket question) while the markers of the first run are
    still in the slots: Rasa then validates them with the form already active and no slot
    requested yet. The backend, which remembers the verification for this conversation,
    is asked again; the customer is not asked for the email a second time."""
    make_user(backend.ctx, EMAIL, state="sms")
    browser, _ = await backend.portal(EMAIL)  # the portal password, then the email code
    conv = await start(domain, token=await backend.customer_token(browser))
    code = await email_code(backend, conv)
    await conv.form_turn(form, code)
    assert conv.slots["identity_verified"] is True and conv.active_loop is None
    conv.say("oui", "affirm")
    conv.active_loop, conv.slots["requested_slot"] = "identity_form", None  # Rasa activated it
    turn = await conv.form_turn(form, extracted={"identity_email": "sent", "identity_code": "ok"})
    assert turn.asked is None and "utter_ask_identity_email" not in turn.responses
    assert conv.slots["identity_verified"] is True


async def test_leftover_markers_without_a_backend_verification_do_not_verify(backend, domain):
    """The same leftovers in another conversation (or typed by a client) prove nothing."""
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    conv.active_loop, conv.slots["requested_slot"] = "identity_form", None
    turn = await conv.form_turn(form, extracted={"identity_email": "sent", "identity_code": "ok",
                                                 "identity_verified": True})
    assert turn.asked == "utter_ask_identity_email"
    assert conv.slots["identity_verified"] is not True


@pytest.mark.parametrize("locale, words", [("en", "verification code"), ("fr", "code de vérification")])
async def test_the_email_code_is_written_in_the_chats_language(backend, domain, locale, words):
    """Outsider check of 2026-12-01: an English chat of an account set to French got the code
    by email in French; the customer waits for it in the chat's language."""
    from tests.helpers import outbox

    make_user(backend.ctx, EMAIL, state="sms", language="fr" if locale == "en" else "en")
    conv = await start(domain, backend, locale=locale)
    conv.slots["language"] = locale
    await email_code(backend, conv)
    mail = outbox(backend.ctx, "email", EMAIL)[-1]
    assert words in (mail.subject + mail.body).lower()


async def test_an_open_request_is_said_before_any_check(backend, domain):
    """Sixteenth outsider check, item 4: with a reset request already open, the customer was
    asked the address and the emailed code, then told "a request is already open". Logged in,
    the session's own request is said at once: no check started, no email sent."""
    uid = make_user(backend.ctx, EMAIL, state="sms")
    open_ticket_for(backend.ctx, uid, "T-OPEN01")
    conv = await start(domain, backend)
    # the password step alone: its date, not its number (fifth outsider check, U1)
    turn = await stopped_before_any_check(backend, conv, "utter_request_status_open_unnumbered")
    assert "T-OPEN01" not in str(turn.messages)


@pytest.mark.parametrize("state", ["grace", "expired"])
async def test_no_reset_for_an_account_without_2fa(backend, domain, state):
    """Seventeenth outsider check: expired@, which never enabled 2FA, said "i changed my phone
    number, need to reset 2fa", went through the email check and got ticket T-JCDHEU: an agent
    would reset nothing. Such an account is told there is nothing to reset, and how to give
    the new number when activating; no check is started, no email sent."""
    make_user(backend.ctx, EMAIL, state=state)
    conv = await start(domain, backend)
    await stopped_before_any_check(backend, conv, "utter_reset_not_enrolled")


async def test_an_open_request_is_said_to_a_verified_customer_too(backend, domain):
    """Eighteenth outsider check: past the second factor, "yes" to the reset offer, with a
    request open already, got "Shall I go ahead?", and "where is my request?" got "not open
    yet"; only a second "yes" said "already open". Verified, the request is said at once, with
    its number (more than the password: bot/rules/support.py)."""
    uid = make_user(backend.ctx, EMAIL, state="sms")
    conv = await start(domain, backend)
    code = await email_code(backend, conv)
    assert (await conv.form_turn(form, code)).responses == ["utter_identity_verified"]
    open_ticket_for(backend.ctx, uid, "T-OPEN02")
    conv.say("oui", "affirm")
    turn = await conv.form_turn(form)
    assert turn.responses == ["utter_request_status_open"] and turn.asked is None
    assert turn.variables("utter_request_status_open")["ticket_number"] == "T-OPEN02"
    assert conv.active_loop is None


async def test_a_mistyped_address_is_retyped_at_the_code_question(backend, domain):
    """Another account's address sends nothing (and says nothing about it); the reply says to
    retype a mistyped address, and the right one typed at the code question gets the code
    (forty-second outsider check, F9: only "call support" was said)."""
    make_user(backend.ctx, EMAIL, state="sms")
    make_user(backend.ctx, "other@acme.fr", state="sms")
    conv = await start(domain, backend)
    await conv.form_turn(form)
    turn = await conv.form_turn(form, "other@acme.fr")
    assert turn.responses == ["utter_identity_code_sent"]
    said = " ".join(v["text"] for v in domain["responses"]["utter_identity_code_sent"])
    assert "retapez-la" in said
    await backend.ctx.drain()
    assert outbox(backend.ctx, "email", "other@acme.fr") == [] and outbox(backend.ctx, "email", EMAIL) == []
    turn = await conv.form_turn(form, f"pardon c'est {EMAIL}")
    assert turn.responses == ["utter_identity_code_sent"]
    await backend.ctx.drain()
    code = last_email_code(backend.ctx, EMAIL)
    turn = await conv.form_turn(form, code)
    assert conv.slots["identity_verified"] is True


@pytest.mark.parametrize("said, stops", [
    ("utter_phone_changed_some_day", True),  # "nothing to do for now"
    ("utter_phone_changed_same_number", True),  # "nothing to reset"
    ("utter_phone_changed_not_enrolled", True),
    ("utter_phone_changed_again", False),  # offers again: "Shall I open it?"
])
async def test_a_yes_to_a_changed_phone_answer_that_offers_nothing_starts_no_check(backend, domain, said, stops):
    """Forty-eighth outsider check, F2: "ok noté" after "what if I lose my phone one day?"
    (answered "nothing to do for now") started the identity check and asked for the email: the
    rule that hears a yes to the offer is keyed on the answer asked, not the wording said."""
    token = await logged_in(backend)
    conv = Conversation(domain, token=token)
    conv.say("et si je perds mon téléphone un jour ?", "phone_changed")
    conv.events.append({"event": "bot", "text": "…", "data": {},
                        "metadata": {"utter_action": "utter_phone_changed", "said_as": said}})
    conv.say("ok noté", "affirm")
    turn = await conv.form_turn(form)
    if stops:
        assert turn.responses == ["utter_anything_else"] and turn.asked is None
        assert conv.slots["identity_verified"] is False and conv.active_loop is None
        assert _checks(backend, conv.sender_id) == []
    else:
        assert turn.asked == "utter_ask_identity_email"


async def test_a_yes_to_the_offer_itself_starts_the_check(backend, domain):
    token = await logged_in(backend)
    conv = Conversation(domain, token=token)
    conv.say("j'ai perdu mon téléphone", "phone_changed")
    conv.events.append({"event": "bot", "text": "…", "data": {}, "metadata": {"utter_action": "utter_phone_changed"}})
    conv.say("oui", "affirm")
    turn = await conv.form_turn(form)
    assert turn.asked == "utter_ask_identity_email"
