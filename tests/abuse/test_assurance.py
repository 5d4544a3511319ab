"""Issue 15, item 9: assurance levels, and a reset ticket that needs more than a password.

The attacker has one thing: a stolen password (phished, reused), or access to the victim's
mailbox. A 2FA reset is account recovery (NIST SP 800-63B-4 §4.2): it takes the password AND
a second proof (the code emailed to the account, or the login's second factor). Every ticket
and handoff records how the customer was identified; agents see it; the account's email hears
of every request and completion, with the way to say "this was not me"; a completed reset
signs every portal session and remembered device out.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.models import Handoff, Ticket
from tests.api._kit import SECRET, agent_call, pending_secret, support_call, totp_code
from tests.helpers import last_email_code, make_user, outbox, utc

T0 = utc(2024, 6, 3, 8, 0, 15)


async def _email_code(lb, conversation, email=None, token=None):
    body = {"conversation_id": conversation}
    if email is not None:
        body["email"] = email
    st, _ = await support_call(lb, "identity/start", body, token)
    assert st == 202
    await lb.ctx.drain()
    return await support_call(lb, "identity/confirm",
                              {"conversation_id": conversation, "code": last_email_code(lb.ctx, email or "v@x.io")},
                              token)


def _ticket(ctx):
    with ctx.db.session() as s:
        return s.execute(select(Ticket)).scalars().all()


async def test_password_alone_cannot_open_a_reset_ticket(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "v@x.io", state="sms")
    b = browser()
    assert (await b.login("v@x.io"))[0] == 200  # the password, no SMS code
    token = await b.widget_token()
    st, body = await support_call(live_backend, "identity", {"conversation_id": "c1"}, token)
    assert body == {"verified": False, "identified": True, "via": "session", "assurance": "password",
                    "missing": ["email_code"]}
    st, body = await support_call(live_backend, "tickets", {"conversation_id": "c1", "reason": "lost_phone"}, token)
    assert st == 403 and body["error"] == "identity_required" and body["missing"] == ["email_code"]
    st, body = await b.call("POST", "/api/portal/tickets", {"reason": "lost_phone"})
    assert st == 403 and body["missing"] == ["email_code"]
    assert _ticket(live_backend.ctx) == []


async def test_email_code_alone_cannot_open_a_reset_ticket(live_backend, clock):
    """Someone with the victim's mailbox but not the password: no email check can even start
    (an email code counts only with the portal session it was confirmed in), so nothing
    reaches the mailbox, nobody is identified and no ticket opens."""
    clock.set(T0)
    make_user(live_backend.ctx, "v@x.io", state="sms")
    st, body = await support_call(live_backend, "identity/start", {"conversation_id": "c2", "email": "v@x.io"})
    assert st == 401 and body["error"] == "session_required"
    st, body = await support_call(live_backend, "identity/confirm", {"conversation_id": "c2", "code": "123456"})
    assert st == 401 and body["error"] == "session_required"
    await live_backend.ctx.drain()
    assert outbox(live_backend.ctx, "email", "v@x.io") == []
    st, body = await support_call(live_backend, "identity", {"conversation_id": "c2"})
    assert body["identified"] is False and "password" in body["missing"] and body["verified"] is False
    st, body = await support_call(live_backend, "tickets", {"conversation_id": "c2", "reason": "lost_phone"})
    assert st == 403 and body["missing"] == ["password", "email_code"]
    assert _ticket(live_backend.ctx) == []


async def test_password_and_email_code_open_it_and_it_is_recorded(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "v@x.io", state="sms")
    b = browser()
    await b.login("v@x.io")
    token = await b.widget_token()
    # with a widget session the address may be left out: the code goes to the session's account
    st, body = await _email_code(live_backend, "c3", token=token)
    assert (st, body) == (200, {"verified": True})
    st, body = await support_call(live_backend, "identity", {"conversation_id": "c3"}, token)
    assert body["assurance"] == "password+email_code" and body["verified"] is True
    st, body = await support_call(live_backend, "tickets", {"conversation_id": "c3", "reason": "lost_phone"}, token)
    assert st == 201 and body["ticket"]["assurance"] == "password+email_code"
    st, h = await support_call(live_backend, "handoffs", {"conversation_id": "c3", "language": "fr"}, token)
    st, seen = await agent_call(live_backend, "GET", f"/api/agent/handoffs/{h['reference']}")
    assert seen["identity_status"] == "password+email_code"
    assert seen["ticket"]["assurance"] == "password+email_code"
    # the portal session behind the chat now counts too ("Mes demandes": same ticket)
    st, body = await b.call("POST", "/api/portal/tickets", {"reason": "lost_phone"})
    assert st == 200 and body["created"] is False


async def test_password_and_second_factor_open_it(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "app@x.io", state="app")
    b = browser()
    await b.login("app@x.io")
    assert (await b.verify(totp_code(SECRET, T0)))[0] == 200
    st, body = await b.call("POST", "/api/portal/tickets", {"reason": "new_phone"})
    assert st == 201 and body["ticket"]["assurance"] == "password+2fa"
    st, body = await support_call(live_backend, "identity", {"conversation_id": "c4"}, await b.widget_token())
    assert body["assurance"] == "password+2fa" and body["verified"] is True


async def test_a_remembered_device_or_a_fresh_enrollment_is_only_a_password(live_backend, clock, browser):
    """NIST SP 800-63B-4 §3.2.1: the device cookie is not an authenticator; and a factor bound
    in this very session proves nothing the password did not."""
    clock.set(T0)
    make_user(live_backend.ctx, "app@x.io", state="app")
    first = browser()
    await first.login("app@x.io")
    await first.verify(totp_code(SECRET, T0), remember=True)
    again = browser()
    again.cookies["m2m_device"] = first.device
    clock.shift(minutes=5)
    st, view = await again.login("app@x.io")
    assert view["stage"] == "complete"  # no code asked
    st, body = await again.call("POST", "/api/portal/tickets", {"reason": "lost_phone"})
    assert st == 403 and body["missing"] == ["email_code"]
    make_user(live_backend.ctx, "new@x.io", state="expired")
    enrolling = browser()
    await enrolling.login("new@x.io")
    await enrolling.enroll("totp")
    st, _ = await enrolling.verify(totp_code(pending_secret(live_backend.ctx, "new@x.io"), clock.now))
    assert st == 200
    st, body = await enrolling.call("POST", "/api/portal/tickets", {"reason": "lost_phone"})
    assert st == 403 and body["missing"] == ["email_code"]


async def test_someone_elses_email_code_does_not_complete_a_session(live_backend, clock, browser):
    """Password of A in the widget, email code of B in the same chat: neither is enough."""
    clock.set(T0)
    make_user(live_backend.ctx, "a@x.io", state="sms")
    make_user(live_backend.ctx, "v@x.io", state="sms")
    b = browser()
    await b.login("a@x.io")
    token = await b.widget_token()
    st, _ = await support_call(live_backend, "identity/start", {"conversation_id": "mix", "email": "v@x.io"}, token)
    assert st == 202
    await live_backend.ctx.drain()
    assert outbox(live_backend.ctx, "email", "v@x.io") == []  # B's mailbox is not written to from A's chat
    st, body = await support_call(live_backend, "identity", {"conversation_id": "mix"}, token)
    assert body["assurance"] == "password" and body["missing"] == ["email_code"]
    st, body = await support_call(live_backend, "tickets", {"conversation_id": "mix", "reason": "lost_phone"}, token)
    assert st == 403
    assert _ticket(live_backend.ctx) == []


@pytest.mark.parametrize("how", ["password", "password+2fa", "none"])
async def test_handoffs_record_how_the_customer_was_identified(live_backend, clock, browser, how):
    clock.set(T0)
    make_user(live_backend.ctx, "app@x.io", state="app")
    token = None
    if how.startswith("password"):
        b = browser()
        await b.login("app@x.io")
        if how == "password+2fa":
            await b.verify(totp_code(SECRET, T0))
        token = await b.widget_token()
    st, body = await support_call(live_backend, "handoffs", {"conversation_id": "h1"}, token)
    expected = how
    with live_backend.ctx.db.session() as s:
        assert s.execute(select(Handoff.identity_status)).scalar_one() == expected
    st, listed = await agent_call(live_backend, "GET", "/api/agent/handoffs")
    assert listed["handoffs"][0]["identity_status"] == expected


async def test_request_and_completion_are_notified_and_completion_signs_everything_out(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "app@x.io", state="app")
    b = browser()
    await b.login("app@x.io")
    await b.verify(totp_code(SECRET, T0), remember=True)
    other = browser()  # a second browser, logged in too
    await other.login("app@x.io")
    st, body = await b.call("POST", "/api/portal/tickets", {"reason": "lost_phone"})
    number = body["ticket"]["number"]
    await ctx.drain()
    opened = [m for m in outbox(ctx, "email", "app@x.io") if number in m.subject]
    assert len(opened) == 1
    assert live_backend.settings.phone_line in opened[0].body and opened[0].body.count(number) >= 2
    st, _ = await agent_call(live_backend, "POST", f"/api/agent/tickets/{number}/complete")
    assert st == 200
    done = [m for m in outbox(ctx, "email", "app@x.io") if "réinitialisée" in m.subject]
    assert len(done) == 1 and live_backend.settings.phone_line in done[0].body and number in done[0].body
    assert (await b.me())[0] == 401 and (await other.me())[0] == 401
    again = browser()
    again.cookies["m2m_device"] = b.device
    st, view = await again.login("app@x.io")
    assert view["stage"] == "choose"  # 2FA to set up again; the device skipped nothing


async def test_a_password_alone_learns_no_reset_reference(live_backend, clock, browser):
    """The request's email says "not you? call support with this reference and the request is
    refused": a stolen password that learnt the reference could have the owner's real reset
    cancelled on the phone (fifth outsider check, U1). The chat's "where is my request?" read
    it from the status with the password alone (seen 2026-12-03); now the status carries the
    request without its number until the second factor or the emailed code."""
    from tests.helpers import open_ticket_for

    clock.set(T0)
    uid = make_user(live_backend.ctx, "app@x.io", state="app")
    open_ticket_for(live_backend.ctx, uid, "T-VICT01")
    b = browser()
    assert (await b.login("app@x.io"))[0] == 200  # the stolen password, nothing more
    token = await b.widget_token()
    st, body = await support_call(live_backend, "status", {"conversation_id": "c9"}, token)
    assert st == 200 and body["request"]["status"] == "open"
    assert "T-VICT01" not in str(body)
    st, body = await b.call("GET", "/api/portal/tickets")
    assert "T-VICT01" not in str(body)
    assert (await b.verify(totp_code(SECRET, T0)))[0] == 200  # the owner, past the second factor
    st, body = await support_call(live_backend, "status", {"conversation_id": "c9"}, await b.widget_token())
    assert body["request"]["number"] == "T-VICT01"


async def test_a_code_asked_from_another_session_is_not_verified_for_this_one(live_backend, clock, browser):
    """Seventeenth outsider check, A11: the email code of A's check typed while the widget sends
    B's token. The code proves A's mailbox, nothing about B: the chat must not hear "verified"
    (it said "Thank you, your identity is verified" before the ticket step refused), and B's
    session gains nothing."""
    clock.set(T0)
    make_user(live_backend.ctx, "a@x.io", state="sms")
    make_user(live_backend.ctx, "b@x.io", state="sms")
    a, b = browser(), browser()
    await a.login("a@x.io")
    await b.login("b@x.io")
    token_a, token_b = await a.widget_token(), await b.widget_token()
    st, _ = await support_call(live_backend, "identity/start", {"conversation_id": "swap"}, token_a)
    assert st == 202
    await live_backend.ctx.drain()
    code = last_email_code(live_backend.ctx, "a@x.io")
    st, body = await support_call(live_backend, "identity/confirm", {"conversation_id": "swap", "code": code}, token_b)
    assert st == 410 and body["error"] == "session_changed" and body.get("verified") is None
    st, body = await support_call(live_backend, "identity", {"conversation_id": "swap"}, token_b)
    assert body["verified"] is False and body["missing"] == ["email_code"]
    st, body = await support_call(live_backend, "tickets", {"conversation_id": "swap", "reason": "lost_phone"}, token_b)
    assert st == 403 and _ticket(live_backend.ctx) == []
    # the code still works for the session that asked for it
    st, body = await support_call(live_backend, "identity/confirm", {"conversation_id": "swap", "code": code}, token_a)
    assert st == 200 and body == {"verified": True}


async def test_an_account_with_no_2fa_gets_no_reset_ticket(live_backend, clock, browser):
    """Seventeenth outsider check: the chat said "nothing to reset", but the backend's own API
    (the chat's and the portal's) opened a reset ticket for an account with no 2FA, which an
    agent would then have "completed" for nothing. Refused with what to do instead."""
    clock.set(T0)
    make_user(live_backend.ctx, "v@x.io", state="grace")
    b = browser()
    await b.login("v@x.io")
    token = await b.widget_token()
    # with the password alone: "nothing to reset" first, not "confirm your identity" (the
    # nineteenth outsider check got 403 identity_required from the portal)
    st, body = await support_call(live_backend, "tickets", {"conversation_id": "c9", "reason": "new_phone"}, token)
    assert st == 409 and body["error"] == "not_enrolled"
    st, body = await _email_code(live_backend, "c9", token=token)
    assert (st, body) == (200, {"verified": True})
    st, body = await support_call(live_backend, "tickets", {"conversation_id": "c9", "reason": "new_phone"}, token)
    assert st == 409 and body["error"] == "not_enrolled" and "nothing to reset" in body["message"]
    st, body = await b.call("POST", "/api/portal/tickets", {"reason": "new_phone"})
    assert st == 409 and body["error"] == "not_enrolled"
    assert _ticket(live_backend.ctx) == []
    await live_backend.ctx.drain()
    assert [m for m in outbox(live_backend.ctx, "email", "v@x.io") if "T-" in m.subject] == []
