"""Reset tickets: identity first (backend-checked: the portal password AND the emailed code,
or a login past the second factor), one ticket, one notification."""

from __future__ import annotations

from sqlalchemy import select

from actions.identity import ValidateIdentityForm
from actions.tickets import ActionOpenTicket, ValidateResetTicketForm
from bot.models import Ticket, User
from tests.actions.driver import Conversation, assert_no_secrets
from tests.helpers import last_email_code, make_user, outbox, utc

identity_form = ValidateIdentityForm()
ticket_form = ValidateResetTicketForm()
open_ticket = ActionOpenTicket()
EMAIL = "marie@acme.fr"


def tickets(backend):
    with backend.ctx.db.session() as s:
        return [(t.user_id, t.status, t.reason, t.conversation_id) for t in s.execute(select(Ticket)).scalars()]


def ticket_emails(backend, to=EMAIL):
    return [m for m in outbox(backend.ctx, "email", to) if "T-" in m.subject]


async def logged_in(backend, domain, email: str = EMAIL, **kw) -> Conversation:
    """A chat opened from the portal after the password step (the widget's session token)."""
    browser, _ = await backend.portal(email)
    return Conversation(domain, token=await backend.customer_token(browser), **kw)


async def verify_by_email(backend, conv: Conversation, email: str = EMAIL) -> None:
    conv.say("oui", "affirm")
    await conv.form_turn(identity_form)
    await conv.form_turn(identity_form, email)
    await backend.ctx.drain()
    await conv.form_turn(identity_form, last_email_code(backend.ctx, email))
    assert conv.slots["identity_verified"] is True


async def fill_ticket_form(conv: Conversation, reason: str = "lost_phone", confirm: bool = True):
    first = await conv.form_turn(ticket_form)
    if first.asked == "utter_ask_reset_reason":
        turn = await conv.form_turn(ticket_form, f'/inform{{"reset_reason":"{reason}"}}',
                                    extracted={"reset_reason": reason})
        assert turn.asked == "utter_ask_confirm_ticket"
    else:
        assert first.asked == "utter_ask_confirm_ticket", first.asked
    await conv.form_turn(ticket_form, "oui" if confirm else "non", intent="affirm" if confirm else "deny",
                         extracted={"confirm_ticket": confirm})
    assert conv.active_loop is None


async def test_reset_ticket_after_email_code(backend, domain):
    uid = make_user(backend.ctx, EMAIL, state="sms")
    conv = await logged_in(backend, domain, locale="fr")
    await verify_by_email(backend, conv)
    await fill_ticket_form(conv)
    turn = await conv.run(open_ticket)
    assert turn.responses == ["utter_ticket_created"]
    number = turn.variables("utter_ticket_created")["ticket_number"]
    assert number.startswith("T-") and conv.slots["ticket_number"] == number
    assert tickets(backend) == [(uid, "open", "lost_phone", conv.sender_id)]
    emails = ticket_emails(backend)
    assert len(emails) == 1 and number in emails[0].subject
    assert conv.slots["reset_reason"] is None and conv.slots["confirm_ticket"] is None
    assert_no_secrets(conv.replies, EMAIL)

    # asking again: the same open ticket, no second ticket nor email
    for _ in range(3):
        await fill_ticket_form(conv, "changed_number")
        again = await conv.run(open_ticket)
        assert again.responses == ["utter_ticket_existing"]
        assert again.variables("utter_ticket_existing")["ticket_number"] == number
    assert len(tickets(backend)) == 1 and len(ticket_emails(backend)) == 1


async def test_a_portal_session_that_ends_during_the_check_says_log_in_first(backend, domain):
    """The customer logs out (or the session expires) between the address and the code: the
    backend refuses the email check without a session, and the form says how to log in
    again instead of confirming a code that can no longer prove anything."""
    make_user(backend.ctx, EMAIL, state="sms")
    browser, _ = await backend.portal(EMAIL)
    conv = Conversation(domain, token=await backend.customer_token(browser), locale="fr")
    conv.say("oui", "affirm")
    assert (await conv.form_turn(identity_form)).asked == "utter_ask_identity_email"
    await conv.form_turn(identity_form, EMAIL)
    await backend.ctx.drain()
    code = last_email_code(backend.ctx, EMAIL)
    async with browser.post(f"{backend.url}/api/portal/logout", json={}) as r:
        assert r.status in (200, 204)
    turn = await conv.form_turn(identity_form, code)
    assert turn.responses == ["utter_reset_login_first"] and conv.active_loop is None
    assert conv.slots["identity_verified"] is False and tickets(backend) == []


async def test_a_session_past_the_second_factor_counts_as_identity(backend, domain, clock):
    clock.set(utc(2024, 6, 3, 8, 0, 15))
    uid = make_user(backend.ctx, EMAIL, state="app", language="en")
    conv = Conversation(domain, token=await backend.past_second_factor(EMAIL, clock.now), locale="en")
    conv.say("yes", "affirm")
    await conv.form_turn(identity_form)
    assert conv.slots["identity_verified"] is True
    await fill_ticket_form(conv, "new_phone")
    turn = await conv.run(open_ticket)
    assert turn.responses == ["utter_ticket_created"]
    assert tickets(backend) == [(uid, "open", "new_phone", conv.sender_id)]


async def test_a_password_only_session_also_needs_the_email_code(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms", language="en")
    conv = await logged_in(backend, domain, locale="en")
    conv.say("yes", "affirm")
    turn = await conv.form_turn(identity_form)
    assert turn.asked == "utter_ask_identity_email" and conv.slots["identity_verified"] is None


async def test_an_email_code_without_the_password_says_log_in_first(backend, domain):
    """Anonymous chat: the email code alone is not enough for a reset (issue 15); the form
    says how to log in on the portal first instead of asking the email again, and no code
    is emailed (the backend starts no email check without a portal session)."""
    make_user(backend.ctx, EMAIL, state="sms")
    conv = Conversation(domain)
    status, body = await backend.support("identity/start", {"conversation_id": conv.sender_id, "email": EMAIL})
    assert (status, body["error"]) == (401, "session_required")
    conv.slots["identity_verified"] = True  # a forged slot, or one left from another flow
    first = await conv.form_turn(ticket_form)
    assert first.followup == "identity_form" and conv.slots["identity_verified"] is False
    turn = await conv.form_turn(identity_form)
    assert turn.responses == ["utter_reset_login_first"] and conv.active_loop is None
    assert conv.slots["identity_verified"] is False and tickets(backend) == []


async def test_slots_claiming_identity_open_nothing(backend, domain):
    """`/phone_changed{"identity_verified": true}` or a forged tracker: no ticket."""
    make_user(backend.ctx, EMAIL, state="sms")
    conv = Conversation(domain, slots={"identity_verified": True, "reset_reason": "lost_phone",
                                       "confirm_ticket": True})
    conv.say('/affirm{"identity_verified": true}', "affirm")
    turn = await conv.run(open_ticket)
    assert turn.messages == []
    assert turn.followup == "identity_form"
    assert conv.slots["identity_verified"] is False
    assert tickets(backend) == []
    status, body = await backend.support("tickets", {"conversation_id": conv.sender_id, "reason": "lost_phone"})
    assert status == 403 and body["error"] == "identity_required"


async def test_ticket_form_needs_identity_first(backend, domain):
    conv = Conversation(domain, slots={"identity_verified": True})
    conv.say("oui", "affirm")
    turn = await conv.form_turn(ticket_form)
    assert turn.asked is None and conv.active_loop is None
    assert turn.followup == "identity_form" and conv.slots["identity_verified"] is False


async def test_identity_of_another_conversation_does_not_count(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms")
    verified = await logged_in(backend, domain)
    await verify_by_email(backend, verified)
    other = Conversation(domain, slots={"identity_verified": True, "reset_reason": "lost_phone",
                                        "confirm_ticket": True})
    other.say("oui", "affirm")
    turn = await other.run(open_ticket)
    assert turn.followup == "identity_form" and tickets(backend) == []


async def test_declined_confirmation(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await logged_in(backend, domain)
    await verify_by_email(backend, conv)
    await fill_ticket_form(conv, confirm=False)
    turn = await conv.run(open_ticket)
    assert turn.responses == ["utter_ticket_cancelled"] and tickets(backend) == []


async def test_an_account_unenrolled_during_the_form_hears_there_is_nothing_to_reset(backend, domain):
    """The form's start said the account had 2FA; an agent's reset then removed it before the
    customer confirmed: the backend refuses the ticket (409 not_enrolled) and the chat says
    there is nothing to reset, instead of "the service cannot answer"."""
    uid = make_user(backend.ctx, EMAIL, state="sms")
    conv = await logged_in(backend, domain, locale="fr")
    await verify_by_email(backend, conv)
    await fill_ticket_form(conv)
    with backend.ctx.db.session() as s:
        s.get(User, uid).method = None
    turn = await conv.run(open_ticket)
    assert turn.responses == ["utter_reset_not_enrolled"] and tickets(backend) == []
    assert conv.slots["reset_reason"] is None and conv.slots["confirm_ticket"] is None


async def test_invalid_reason_is_asked_again(backend, domain):
    make_user(backend.ctx, EMAIL, state="sms")
    conv = await logged_in(backend, domain)
    await verify_by_email(backend, conv)
    await conv.form_turn(ticket_form)
    turn = await conv.form_turn(ticket_form, '/inform{"reset_reason":"drop_table"}',
                                extracted={"reset_reason": "drop_table"})
    assert turn.asked == "utter_ask_reset_reason" and conv.slots["reset_reason"] is None


async def test_backend_down(backend_down, domain):
    conv = Conversation(domain, slots={"identity_verified": True, "reset_reason": "lost_phone",
                                       "confirm_ticket": True})
    conv.say("oui", "affirm")
    assert (await conv.run(open_ticket)).responses == ["utter_backend_unavailable"]
    conv2 = Conversation(domain)
    conv2.say("oui", "affirm")
    turn = await conv2.form_turn(ticket_form)
    assert turn.responses == ["utter_backend_unavailable"] and conv2.active_loop is None


async def test_the_reason_in_the_request_is_not_asked_again(backend, domain, clock):
    """Outsider finding 5: "j'ai un nouveau téléphone, je veux réinitialiser" was followed by
    "what is the reason?". The request's own words give it; an older message does not."""
    clock.set(utc(2024, 6, 3, 8, 0, 15))
    uid = make_user(backend.ctx, EMAIL, state="app")
    conv = Conversation(domain, token=await backend.past_second_factor(EMAIL, clock.now))
    conv.say("le numéro est le bon", "affirm")  # before the request: says nothing of its reason
    conv.say("je veux réinitialiser ma double auth, j'ai un nouveau tel", "phone_changed")
    conv.say("oui", "affirm")
    await conv.form_turn(identity_form)
    first = await conv.form_turn(ticket_form)
    assert first.asked == "utter_ask_confirm_ticket" and conv.slots["reset_reason"] == "new_phone"
    await conv.form_turn(ticket_form, "oui", intent="affirm", extracted={"confirm_ticket": True})
    turn = await conv.run(open_ticket)
    assert turn.responses == ["utter_ticket_created"]
    assert tickets(backend) == [(uid, "open", "new_phone", conv.sender_id)]


async def test_the_other_method_is_a_reason_the_agent_reads(backend, domain, clock):
    """Thirteenth outsider check, LE05: "i want to use the app instead" on an SMS account
    was offered a reset, then asked a reason among a new number, a lost or a new phone: none
    was true. The wish for the other method is a reason of its own, in words or by button."""
    uid = make_user(backend.ctx, EMAIL, state="sms")
    conv = await logged_in(backend, domain, locale="en")
    conv.say("i want to use the app instead, my sms are unreliable", "request_switch_method")
    await verify_by_email(backend, conv)
    first = await conv.form_turn(ticket_form)
    assert first.asked == "utter_ask_confirm_ticket" and conv.slots["reset_reason"] == "switch_method"
    await conv.form_turn(ticket_form, "yes", intent="affirm", extracted={"confirm_ticket": True})
    assert (await conv.run(open_ticket)).responses == ["utter_ticket_created"]
    assert tickets(backend) == [(uid, "open", "switch_method", conv.sender_id)]


async def test_a_request_naming_no_reason_asks_it(backend, domain, clock):
    clock.set(utc(2024, 6, 3, 8, 0, 15))
    make_user(backend.ctx, EMAIL, state="app")
    conv = Conversation(domain, token=await backend.past_second_factor(EMAIL, clock.now))
    conv.say("mon nouveau numéro ne reçoit rien", "sms_not_received")  # not the request
    conv.say("je veux réinitialiser ma double authentification", "phone_changed")
    conv.say("oui", "affirm")
    await conv.form_turn(identity_form)
    assert (await conv.form_turn(ticket_form)).asked == "utter_ask_reset_reason"
