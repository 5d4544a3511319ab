"""'Se souvenir de cet appareil pendant 30 jours': skips the second factor for 30 days, for
this account and this factor only; stored hashed; revoked by a method change or a reset."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.models import RememberedDevice
from bot.security import keyed_hash
from tests.api._kit import SECRET, agent_call, db_text, pending_secret, set_user, support_call, totp_code
from tests.helpers import make_user, utc

T0 = utc(2024, 6, 3, 8, 0, 15)


async def _remembered(browser, email, code):
    b = browser()
    st, view = await b.login(email)
    assert view["stage"] == "second_factor"
    st, view = await b.verify(code, remember=True)
    assert st == 200 and view["stage"] == "complete"
    assert b.device
    header = next(h for h in b.set_cookie_headers if h.startswith("m2m_device="))
    assert "HttpOnly" in header and "Max-Age=2592000" in header
    return b.device


async def _login_with(browser, email, device):
    b = browser()
    b.cookies["m2m_device"] = device
    st, view = await b.login(email)
    assert st == 200
    return b, view


async def test_device_skips_second_factor_for_30_days(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "r@x.io", state="app")
    device = await _remembered(browser, "r@x.io", totp_code(SECRET, T0))
    for later in (timedelta(minutes=5), timedelta(days=10), timedelta(days=29, hours=23, minutes=59, seconds=59)):
        clock.set(T0 + later)
        _, view = await _login_with(browser, "r@x.io", device)
        assert view["stage"] == "complete", later
    clock.set(T0 + timedelta(days=30))
    _, view = await _login_with(browser, "r@x.io", device)
    assert view["stage"] == "second_factor"


async def test_without_remember_no_device(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "n@x.io", state="app")
    b = browser()
    await b.login("n@x.io")
    st, _ = await b.verify(totp_code(SECRET, T0))
    assert st == 200 and b.device is None
    with live_backend.ctx.db.session() as s:
        assert s.execute(select(RememberedDevice)).scalars().all() == []


async def test_device_of_user_a_refused_for_user_b(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "a@x.io", state="app")
    make_user(live_backend.ctx, "b@x.io", state="sms")
    device = await _remembered(browser, "a@x.io", totp_code(SECRET, T0))
    _, view = await _login_with(browser, "b@x.io", device)
    assert view["stage"] == "second_factor"
    _, view = await _login_with(browser, "a@x.io", device)
    assert view["stage"] == "complete"


async def test_garbage_device_cookies(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "g@x.io", state="app")
    await _remembered(browser, "g@x.io", totp_code(SECRET, T0))
    for junk in ("x", "A" * 43, "A" * 500, "%00"):
        _, view = await _login_with(browser, "g@x.io", junk)
        assert view["stage"] == "second_factor"


async def test_device_token_stored_hashed(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    uid = make_user(ctx, "h@x.io", state="app")
    device = await _remembered(browser, "h@x.io", totp_code(SECRET, T0))
    assert len(device) >= 22  # >= 128 bits, URL-safe base64
    with ctx.db.session() as s:
        rows = s.execute(select(RememberedDevice)).scalars().all()
    assert len(rows) == 1 and rows[0].user_id == uid
    assert rows[0].token_hash == keyed_hash(live_backend.settings.signing_key, "device", device)
    assert rows[0].expires_at == T0 + timedelta(days=30)
    assert device not in db_text(ctx)


async def test_device_refused_after_factor_version_changes(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "fv@x.io", state="app")
    device = await _remembered(browser, "fv@x.io", totp_code(SECRET, T0))
    set_user(ctx, "fv@x.io", factor_version=2)  # what any change of factor does
    _, view = await _login_with(browser, "fv@x.io", device)
    assert view["stage"] == "second_factor"


async def _open_ticket(browser, email, clock):
    """A reset ticket from a session past the second factor (a remembered device alone is a
    password and a cookie: not enough, bot/core/assurance.py)."""
    clock.shift(seconds=30)  # a fresh TOTP step: the replay guard refuses a used one
    b = browser()
    await b.login(email)
    assert (await b.verify(totp_code(SECRET, clock.now)))[0] == 200
    st, body = await b.call("POST", "/api/portal/tickets", {"reason": "changed_number"})
    assert st == 201, body
    return body["ticket"]["number"]


async def test_device_revoked_by_agent_reset_and_method_change(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "rs@x.io", state="app")
    device = await _remembered(browser, "rs@x.io", totp_code(SECRET, T0))
    number = await _open_ticket(browser, "rs@x.io", clock)
    # the ticket alone changes nothing: the device still works
    _, view = await _login_with(browser, "rs@x.io", device)
    assert view["stage"] == "complete"
    st, body = await agent_call(live_backend, "POST", f"/api/agent/tickets/{number}/complete")
    assert st == 200 and body["status"] == "completed"
    with ctx.db.session() as s:
        assert all(d.revoked_at is not None for d in s.execute(select(RememberedDevice)).scalars())
    # after the reset the account sets 2FA up again: the old device does not skip it
    b, view = await _login_with(browser, "rs@x.io", device)
    assert view["stage"] == "choose"
    await b.enroll("totp")
    secret = pending_secret(ctx, "rs@x.io")
    clock.shift(seconds=30)
    st, view = await b.verify(totp_code(secret, clock.now))
    assert st == 200 and view["method"] == "totp"
    clock.shift(seconds=30)
    _, view = await _login_with(browser, "rs@x.io", device)
    assert view["stage"] == "second_factor"


async def test_device_never_enough_to_open_a_ticket_via_assistant_or_switch(live_backend, clock, browser):
    """A remembered device gives a portal session like a full login would; what it does not
    give is a way to change the factor itself."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "nv@x.io", state="app")
    device = await _remembered(browser, "nv@x.io", totp_code(SECRET, T0))
    b, view = await _login_with(browser, "nv@x.io", device)
    tok = await b.widget_token()
    st, body = await support_call(live_backend, "switch-method", {"conversation_id": "c", "method": "sms"}, tok)
    assert st == 409
    # the device cookie alone, with no session, is nothing
    bare = browser()
    bare.cookies["m2m_device"] = device
    assert (await bare.me())[0] == 401
    assert (await bare.call("POST", "/api/portal/tickets", {"reason": "lost_phone"}))[0] == 401
