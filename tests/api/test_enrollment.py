"""Enrollment as the help article describes it: "Oui…" + Continuer, log in again, choose
the method, QR code or phone number, first code confirms. And "Essayer une autre méthode"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.models import Challenge
from tests.api._kit import SECRET, pending_secret, support_call, totp_code, user_row
from tests.helpers import last_sms_code, make_user, outbox, paris, utc

T0 = utc(2024, 6, 3, 8, 0, 15)


async def _at_choose(browser, ctx, email):
    """The article's path: first login (offer), "Oui" + Continuer, log in again: choose."""
    make_user(ctx, email)
    b = browser()
    st, view = await b.login(email)
    assert st == 200 and view["stage"] == "offer" and view["can_postpone"]
    st, body = await b.accept()
    assert st == 200 and body == {"stage": "login_again"}
    assert "m2m_session" not in b.cookies  # the session ended with "Continuer"
    st, body = await b.me()
    assert st == 401
    st, view = await b.login(email)
    assert st == 200 and view["stage"] == "choose" and not view["can_postpone"]
    assert user_row(ctx, email).enroll_requested
    return b


async def test_offer_accept_then_login_again_shows_choose(live_backend, clock, browser):
    clock.set(T0)
    await _at_choose(browser, live_backend.ctx, "oui@x.io")
    # and every later login too, until enrolled
    clock.shift(days=2)
    st, view = await browser().login("oui@x.io")
    assert view["stage"] == "choose"


async def test_enroll_app(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    b = await _at_choose(browser, ctx, "app@x.io")
    before = user_row(ctx, "app@x.io").factor_version
    st, view = await b.enroll("totp")
    assert st == 200 and view["stage"] == "second_factor"
    ch = view["challenge"]
    assert ch["purpose"] == "enroll" and ch["method"] == "totp" and "<svg" in ch["qr_svg"]
    assert ch["can_switch"] == ["sms"]
    secret = pending_secret(ctx, "app@x.io")
    assert user_row(ctx, "app@x.io").method is None  # nothing changes before the first code
    st, body = await b.verify("000000" if totp_code(secret, T0) != "000000" else "111111")
    assert st == 400 and user_row(ctx, "app@x.io").method is None
    clock.shift(seconds=1)
    st, view = await b.verify(totp_code(secret, clock.now))
    assert st == 200 and view["stage"] == "complete" and view["enrolled"] and view["method"] == "totp"
    u = user_row(ctx, "app@x.io")
    assert u.method == "totp" and u.totp_secret == secret and u.enrolled_at == clock.now
    assert not u.enroll_requested and u.factor_version == before + 1 and u.failed_attempts == 0
    mails = outbox(ctx, "email", "app@x.io")
    assert len(mails) == 1 and mails[0].subject == "Double authentification activée"
    assert "application d'authentification" in mails[0].body and secret not in mails[0].body
    assert outbox(ctx, "sms") == []


async def test_enroll_sms(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    b = await _at_choose(browser, ctx, "sms@x.io")
    st, view = await b.enroll("sms")  # "SMS" clicked: the phone is asked next
    assert st == 200 and view["challenge"]["needs_phone"] and view["challenge"]["method"] == "sms"
    assert outbox(ctx, "sms") == []
    st, body = await b.verify("123456")
    assert st == 409  # no code can be checked before a number was given
    st, view = await b.enroll("sms", "06 98 76 54 32")
    assert st == 200 and not view["challenge"]["needs_phone"]
    assert view["challenge"]["masked_phone"].endswith("32") and "98765" not in view["challenge"]["masked_phone"]
    msgs = outbox(ctx, "sms")
    assert len(msgs) == 1 and msgs[0].recipient == "+33698765432"
    st, view = await b.verify(last_sms_code(ctx, "+33698765432"))
    assert st == 200 and view["method"] == "sms" and view["stage"] == "complete"
    u = user_row(ctx, "sms@x.io")
    assert u.method == "sms" and u.phone == "+33698765432"
    mails = outbox(ctx, "email", "sms@x.io")
    assert len(mails) == 1 and "SMS" in mails[0].body and "98 76" not in mails[0].body


async def test_the_same_number_given_twice_keeps_the_code_sent(live_backend, clock, browser):
    """Fifty-second outside check, F1: « Continuer » clicked twice on the same number within the
    SMS cooldown started a second activation with no code sent; the code the customer received
    was then refused (409 no_code_sent), and the chat blamed a limit or an outage. The same
    number again keeps the activation and its code; another number starts a new one."""
    clock.set(T0)
    ctx = live_backend.ctx
    b = await _at_choose(browser, ctx, "twice@x.io")
    await b.enroll("sms")
    st, first = await b.enroll("sms", "06 98 76 54 32")
    st, again = await b.enroll("sms", "+33 6 98 76 54 32")
    assert st == 200 and again["challenge"] == first["challenge"]
    assert len(outbox(ctx, "sms")) == 1
    st, view = await b.verify(last_sms_code(ctx, "+33698765432"))
    assert st == 200 and view["stage"] == "complete"
    # a typo corrected: another number is a new activation, its own code
    b = await _at_choose(browser, ctx, "typo@x.io")
    await b.enroll("sms", "06 98 76 54 31")
    clock.shift(seconds=61)
    st, view = await b.enroll("sms", "06 98 76 54 33")
    assert st == 200 and view["challenge"]["masked_phone"].endswith("33")
    st, view = await b.verify(last_sms_code(ctx, "+33698765433"))
    assert st == 200 and view["stage"] == "complete"


@pytest.mark.parametrize("phone", [
    "+33 8 99 23 45 67",       # premium rate
    "08 99 23 45 67",
    "+33 6 12 34 56 78 90 12",  # too long
    "+33 6 12 AB CD 78",       # letters
    "+33 6 CALL NOW",
    "06 12 34 56 78 ext 5",
    "12345",                   # not E.164-parsable
    "+999 1234 5678",
    "+33 6 12 34 56 78\n+33 6 00 00 00 00",
    "x" * 5000,
    12345678,
    ["+33612345678"],
])
async def test_invalid_phone_refused_and_nothing_sent(live_backend, clock, browser, phone):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "ph@x.io", state="expired")
    b = browser()
    await b.login("ph@x.io")
    st, body = await b.enroll("sms", phone)
    assert st == 400 and body["error"] == "invalid_phone", body
    assert outbox(ctx, "sms") == []
    with ctx.db.session() as s:
        assert s.execute(select(Challenge).where(Challenge.purpose == "enroll")).scalars().all() == []
    st, view = await b.me()
    assert view["stage"] == "choose"


async def test_switch_during_enrollment_both_ways(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "sw@x.io", state="expired")
    b = browser()
    await b.login("sw@x.io")
    st, view = await b.enroll("totp")
    assert view["challenge"]["method"] == "totp"
    # "Essayer une autre méthode" -> SMS: the phone is asked, the QR code is gone
    st, view = await b.switch("sms")
    assert st == 200 and view["challenge"]["method"] == "sms" and view["challenge"]["needs_phone"]
    assert "qr_svg" not in view["challenge"] and view["challenge"]["purpose"] == "enroll"
    mails = [m for m in outbox(ctx, "email", "sw@x.io") if "modifiée" in m.subject]
    assert len(mails) == 1
    st, view = await b.enroll("sms", "+33 6 98 76 54 32")
    assert st == 200
    # and back to the app: a new QR code
    st, view = await b.switch("totp")
    assert st == 200 and view["challenge"]["method"] == "totp" and view["challenge"]["qr_svg"]
    # the SMS code of the abandoned SMS enrollment no longer works
    st, body = await b.verify(last_sms_code(ctx, "+33698765432"))
    assert st == 400
    clock.shift(seconds=1)
    secret = pending_secret(ctx, "sw@x.io")
    st, view = await b.verify(totp_code(secret, clock.now))
    assert st == 200 and view["method"] == "totp"
    st, body = await b.switch("sms")  # nothing pending any more
    assert st == 409


async def test_switch_at_login_only_to_an_enrolled_factor(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "only@x.io", state="app")
    b = browser()
    st, view = await b.login("only@x.io")
    assert view["challenge"]["can_switch"] == []
    st, body = await b.switch("sms")
    assert st == 409 and body["error"] == "method_not_enrolled"
    st, body = await b.switch("totp")
    assert st == 409 and body["error"] == "same_method"
    st, body = await b.switch("email")
    assert st == 400 and body["error"] == "invalid_method"
    assert outbox(ctx, "sms") == [] and user_row(ctx, "only@x.io").method == "totp"
    # same through the assistant
    tok = await b.widget_token()
    st, body = await support_call(live_backend, "switch-method", {"conversation_id": "c1", "method": "sms"}, tok)
    assert st == 409 and body["error"] == "method_not_enrolled"
    # and an SMS account cannot switch to an app it never enrolled
    make_user(ctx, "sonly@x.io", state="sms")
    b2 = browser()
    await b2.login("sonly@x.io")
    st, body = await b2.switch("totp")
    assert st == 409 and body["error"] == "method_not_enrolled"
    st, body = await b2.enroll("totp")  # nor start an enrollment at login
    assert st == 409 and body["error"] == "wrong_step"


async def test_switching_needs_the_password_session(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "ps@x.io", state="expired")
    b = browser()
    await b.login("ps@x.io")
    await b.enroll("totp")
    # no portal cookie
    st, body = await browser().switch("sms")
    assert st == 401
    # the assistant without the customer's session token
    st, body = await support_call(live_backend, "switch-method", {"conversation_id": "c2", "method": "sms"})
    assert st == 401 and body["error"] == "session_required"
    # nor can an email code stand in for it: the email check itself needs the session
    st, body = await support_call(live_backend, "identity/start", {"conversation_id": "c3", "email": "ps@x.io"})
    assert st == 401 and body["error"] == "session_required"
    # with the session's token: allowed
    tok = await b.widget_token()
    st, body = await support_call(live_backend, "switch-method", {"conversation_id": "c3", "method": "sms"}, tok)
    assert st == 200 and body["method"] == "sms" and body["next_step"] == "enter_phone_in_portal"
    # a logged-out session's token: refused
    await b.logout()
    st, body = await support_call(live_backend, "switch-method", {"conversation_id": "c3", "method": "totp"}, tok)
    assert st == 401 and body["error"] == "session_required"


async def test_remembered_device_session_cannot_switch(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "rd@x.io", state="app")
    set_phone = "+33612345678"
    from tests.api._kit import set_user
    set_user(ctx, "rd@x.io", phone=set_phone)
    b = browser()
    await b.login("rd@x.io")
    st, _ = await b.verify(totp_code(SECRET, T0), remember=True)
    assert st == 200 and b.device
    b2 = browser()
    b2.cookies["m2m_device"] = b.device
    st, view = await b2.login("rd@x.io")
    assert view["stage"] == "complete"
    st, body = await b2.switch("sms")
    assert st == 409 and body["error"] == "no_pending_challenge"
    st, body = await b2.enroll("sms", "+33 6 98 76 54 32")
    assert st == 409
    assert outbox(ctx, "sms") == [] and user_row(ctx, "rd@x.io").phone == set_phone


async def test_enrollment_not_available_at_other_stages(live_backend, clock, browser):
    clock.set(paris(2024, 5, 10, 10, 0))
    ctx = live_backend.ctx
    make_user(ctx, "st@x.io")
    b = browser()
    st, view = await b.login("st@x.io")
    assert view["stage"] == "offer"
    st, body = await b.enroll("totp")
    assert st == 409 and body["error"] == "wrong_step"
    await b.postpone()
    st, body = await b.enroll("sms", "+33 6 98 76 54 32")
    assert st == 409 and outbox(ctx, "sms") == []


async def test_the_chats_switch_is_told_by_email_in_the_chats_language(live_backend, clock, browser):
    """Sixty-first outside check, F11: "switch me to the authenticator app" in an English chat
    sent the "method changed" email in French, the account's language. The chat's language
    (sent with the switch, as with tickets and email codes) writes it; without one, the
    account's."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "lang@x.io", state="expired", language="fr")
    b = browser()
    await b.login("lang@x.io")
    await b.enroll("totp")
    tok = await b.widget_token()
    st, _ = await support_call(
        live_backend, "switch-method", {"conversation_id": "c9", "method": "sms", "language": "en"}, tok
    )
    assert st == 200
    mails = outbox(ctx, "email", "lang@x.io")
    assert [m.subject for m in mails][-1:] == ["Two-factor method changed"], [m.subject for m in mails]
