"""action_request_status (ninth and tenth outsider checks, finding 4): "où en est ma demande ?"
from a customer stuck at the second factor got the general « Mes demandes » text, a page they
cannot open; the chat now says the account's latest request, from the real backend."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from actions.request_status import ActionRequestStatus
from bot import clock
from bot.models import Ticket
from tests.actions.driver import Conversation
from tests.helpers import last_email_code, make_user, open_ticket_for

action = ActionRequestStatus()


async def _ask(backend, domain, email, locale="fr"):
    browser, view = await backend.portal(email)
    conv = Conversation(domain, token=await backend.customer_token(browser), locale=locale)
    conv.say("où en est ma demande ?", "ask_request_status")
    return await conv.run(action)


async def test_no_request_on_the_account(backend, domain):
    make_user(backend.ctx, "none@acme.fr", state="sms")
    assert (await _ask(backend, domain, "none@acme.fr")).responses == ["utter_request_status_none"]


async def test_no_request_and_none_needed_on_an_account_without_2fa(backend, domain):
    """Forty-third outsider check, F7: right after "nothing to reset, no ticket is needed",
    "where is my request?" got "I can open one for you: just tell me". An account without 2FA
    is told that none is needed, with no offer."""
    make_user(backend.ctx, "grace@acme.fr", state="grace")
    turn = await _ask(backend, domain, "grace@acme.fr")
    assert turn.responses == ["utter_request_status_none_not_enrolled"]
    assert not turn.messages[0].get("buttons")


@pytest.mark.parametrize("status, response", [
    ("open", "utter_request_status_open"),
    ("completed", "utter_request_status_completed"),
    ("refused", "utter_request_status_refused"),
])
async def test_the_latest_request_its_number_and_dates(backend, domain, status, response):
    uid = make_user(backend.ctx, f"req-{status}@acme.fr", state="sms")
    open_ticket_for(backend.ctx, uid, "T-OLD001")
    with backend.ctx.db.session() as s:  # an older one, closed long ago: not the one said
        s.execute(update(Ticket).where(Ticket.number == "T-OLD001").values(
            status="refused", created_at=clock.now() - timedelta(days=40), closed_at=clock.now() - timedelta(days=39)))
    open_ticket_for(backend.ctx, uid, "T-NEW002")
    if status != "open":
        with backend.ctx.db.session() as s:
            s.execute(update(Ticket).where(Ticket.number == "T-NEW002").values(
                status=status, refusal_reason="ne pas montrer", closed_at=clock.now()))
    email = f"req-{status}@acme.fr"
    browser, _ = await backend.portal(email)
    conv = Conversation(domain, token=await backend.customer_token(browser), locale="en")
    conv.say("where is my request at?", "ask_request_status")
    # past the password step only: no number (it would let a stolen password have the owner's
    # request refused on the phone: fifth outsider check, U1); where it is instead
    turn = await conv.run(action)
    assert turn.responses == [response + "_unnumbered"]
    assert "T-NEW002" not in str(turn.messages) and turn.variables(response + "_unnumbered")["opened_on"]
    await backend.support("identity/start", {"conversation_id": conv.sender_id}, conv.token)
    await backend.ctx.drain()
    code = last_email_code(backend.ctx, email)
    await backend.support("identity/confirm", {"conversation_id": conv.sender_id, "code": code}, conv.token)
    conv.say("and its number?", "ask_request_status")
    turn = await conv.run(action)  # with the emailed code too: the number
    assert turn.responses == [response]
    values = turn.variables(response)
    assert values["ticket_number"] == "T-NEW002" and values["opened_on"]
    assert (values["closed_on"] != "") == (status != "open")
    assert "ne pas montrer" not in str(turn.messages)  # the reason stays in the email


async def test_another_request_number_named_is_not_answered_with_ones_own(backend, domain):
    """Fifty-third outside check, F9: "what is the status of request T-DXYCM9?" (another
    account's number) got the customer's own refused request as if it were that one. A number
    that is not the account's own latest (or one withheld from this session) is neither looked
    up nor said to exist; one's own, named with the emailed code confirmed, is answered."""
    uid = make_user(backend.ctx, "named@acme.fr", state="sms")
    open_ticket_for(backend.ctx, uid, "T-MY3467")
    browser, _ = await backend.portal("named@acme.fr")
    conv = Conversation(domain, token=await backend.customer_token(browser), locale="en")
    conv.say("what is the status of request T-DXYCM9?", "ask_request_status")
    turn = await conv.run(action)
    assert turn.responses == ["utter_reference_theirs"]
    conv.say("and T-MY3467?", "ask_request_status")  # its own, withheld past the password step
    assert (await conv.run(action)).responses == ["utter_reference_theirs"]
    await backend.support("identity/start", {"conversation_id": conv.sender_id}, conv.token)
    await backend.ctx.drain()
    code = last_email_code(backend.ctx, "named@acme.fr")
    await backend.support("identity/confirm", {"conversation_id": conv.sender_id, "code": code}, conv.token)
    conv.say("where is t-my3467 at?", "ask_request_status")
    assert (await conv.run(action)).responses == ["utter_request_status_open"]


async def test_an_anonymous_chat_gets_the_general_answer(backend, domain):
    conv = Conversation(domain, locale="fr")
    conv.say("où en est ma demande ?", "ask_request_status")
    assert (await conv.run(action)).responses == ["utter_request_status"]


async def test_backend_down_gets_the_general_answer(backend_down, domain):
    conv = Conversation(domain, token="t", locale="fr")
    conv.say("où en est ma demande ?", "ask_request_status")
    assert (await conv.run(action)).responses == ["utter_request_status"]


async def test_the_chat_still_open_after_the_reset_says_it_was_completed(backend, domain):
    """Sixty-fifth outside check, F3: the agent completed the reset, which closed the customer's
    sessions; in the chat still open, « où en est ma demande ? » got "open this chat from the
    portal", to a customer who had. The chat says the request was completed and to log in again;
    a session ended otherwise (a logout) is said as such; a token of nobody's session stays
    anonymous."""
    from bot.models import PortalSession
    from bot.rules import agent as agent_rules

    uid = make_user(backend.ctx, "done@acme.fr", state="sms")
    open_ticket_for(backend.ctx, uid, "T-DONE01")
    browser, _ = await backend.portal("done@acme.fr")
    conv = Conversation(domain, token=await backend.customer_token(browser), locale="fr")
    await agent_rules.complete_ticket(backend.ctx, "T-DONE01", "agent")
    conv.say("où en est ma demande ?", "ask_request_status")
    turn = await conv.run(action)
    assert turn.responses == ["utter_session_ended_reset"]
    # logged in again, then logged out: the session's end, not the reset's
    browser, _ = await backend.portal("done@acme.fr")
    conv = Conversation(domain, token=await backend.customer_token(browser), locale="en")
    with backend.ctx.db.session() as s:
        s.execute(update(PortalSession).where(PortalSession.user_id == uid, PortalSession.revoked_at.is_(None))
                  .values(revoked_at=clock.now() + timedelta(seconds=5)))
    conv.say("where is my request?", "ask_request_status")
    assert (await conv.run(action)).responses == ["utter_session_ended"]
    # no token at all: the general answer, as before
    anonymous = Conversation(domain, locale="en")
    anonymous.say("where is my request?", "ask_request_status")
    assert (await anonymous.run(action)).responses == ["utter_request_status"]
