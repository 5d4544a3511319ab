"""Authenticator-app codes through the portal: window, replay, enrollment code reuse, races,
and the QR code shown only during enrollment."""

from __future__ import annotations

import asyncio
import base64
import json
import threading

import pytest

from bot.rules import codes as code_rules
from tests.api._kit import SECRET, pending_secret, set_user, support_call, totp_code, user_row
from tests.helpers import make_user, utc

T0 = utc(2024, 6, 3, 8, 0, 15)  # the middle of a 30 s step


async def _login(browser, email):
    b = browser()
    st, view = await b.login(email)
    assert st == 200 and view["stage"] == "second_factor", view
    assert view["challenge"]["method"] == "totp" and view["challenge"]["purpose"] == "login"
    assert "qr_svg" not in view["challenge"]
    return b


@pytest.mark.parametrize("offset,ok", [(-2, False), (-1, True), (0, True), (1, True), (2, False)])
async def test_login_window(live_backend, clock, browser, offset, ok):
    clock.set(T0)
    make_user(live_backend.ctx, "w@x.io", state="app")
    b = await _login(browser, "w@x.io")
    st, view = await b.verify(totp_code(SECRET, T0, offset))
    if ok:
        assert st == 200 and view["stage"] == "complete"
        assert user_row(live_backend.ctx, "w@x.io").totp_last_step == int(T0.timestamp()) // 30 + offset
    else:
        assert st == 400 and view["error"] == "invalid_code"
        assert user_row(live_backend.ctx, "w@x.io").failed_attempts == 1


async def test_replay_within_step_and_older_step_refused(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "rp@x.io", state="app")
    code_now = totp_code(SECRET, T0)
    b1 = await _login(browser, "rp@x.io")
    st, view = await b1.verify(code_now)
    assert st == 200 and view["stage"] == "complete"

    # the same code again, same step, another login: refused
    b2 = await _login(browser, "rp@x.io")
    st, body = await b2.verify(code_now)
    assert st == 400 and body["error"] == "invalid_code"

    # the next step's code (within the window) is newer: accepted
    clock.shift(seconds=1)  # the failure's 1 s delay
    st, view = await b2.verify(totp_code(SECRET, T0, +1))
    assert st == 200 and view["stage"] == "complete"

    # now an older step (the current one, valid by the window) comes after a newer one: refused
    b3 = await _login(browser, "rp@x.io")
    st, body = await b3.verify(code_now)
    assert st == 400 and body["error"] == "invalid_code"
    clock.shift(seconds=1)
    st, body = await b3.verify(totp_code(SECRET, T0, -1))
    assert st == 400
    assert user_row(live_backend.ctx, "rp@x.io").totp_last_step == int(T0.timestamp()) // 30 + 1


async def test_enrollment_code_cannot_be_reused_at_login(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "en@x.io", state="expired")
    b = browser()
    st, view = await b.login("en@x.io")
    assert view["stage"] == "choose"
    st, view = await b.enroll("totp")
    assert st == 200 and view["challenge"]["purpose"] == "enroll" and view["challenge"]["qr_svg"]
    secret = pending_secret(live_backend.ctx, "en@x.io")
    code = totp_code(secret, T0)
    st, view = await b.verify(code)
    assert st == 200 and view["stage"] == "complete" and view["method"] == "totp"
    await b.logout()

    b2 = await _login(browser, "en@x.io")
    st, body = await b2.verify(code)  # same step: the enrollment code counts as used
    assert st == 400 and body["error"] == "invalid_code"
    clock.shift(seconds=30)
    st, view = await b2.verify(totp_code(secret, clock.now))
    assert st == 200 and view["stage"] == "complete"


async def test_two_simultaneous_verifications_same_code(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "race@x.io", state="app")
    b1 = await _login(browser, "race@x.io")
    b2 = await _login(browser, "race@x.io")
    code = totp_code(SECRET, T0)
    results = await asyncio.gather(b1.verify(code), b2.verify(code))
    statuses = sorted(st for st, _ in results)
    # exactly one completes; the other is refused as a replay (400) or, when it came while the
    # first held the try (bot/rules/throttle.claim_try), told to wait (429 too_soon)
    assert statuses[0] == 200 and statuses[1] in (400, 429), results
    assert all(v["error"] in ("invalid_code", "too_soon") for st, v in results if st != 200)
    winners = [v for st, v in results if st == 200]
    assert winners[0]["stage"] == "complete"


async def test_thread_race_on_the_verify_rule(live_backend, clock, browser):
    """Two event loops in two threads run the verify rule at once for two sessions of the
    same user with the same code: exactly one completes."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "trace@x.io", state="app")
    tokens = []
    for _ in range(2):
        b = await _login(browser, "trace@x.io")
        tokens.append(b.cookies["m2m_session"])
    code = totp_code(SECRET, T0)
    barrier = threading.Barrier(2)
    outcomes = []

    def run(token):
        barrier.wait(timeout=10)
        try:
            view, _ = asyncio.run(code_rules.verify(ctx, token, code, False))
            outcomes.append(view["stage"])
        except Exception as exc:
            outcomes.append(type(exc).__name__ + ":" + str(getattr(exc, "error", "")))

    threads = [threading.Thread(target=run, args=(t,)) for t in tokens]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert outcomes.count("complete") == 1, outcomes
    assert [o for o in outcomes if o != "complete"][0] in ("RuleError:invalid_code", "RuleError:too_soon"), outcomes


async def test_qr_only_during_enrollment_and_never_in_support_answers(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "qr@x.io", state="expired")
    b = browser()
    await b.login("qr@x.io")
    st, view = await b.enroll("totp")
    svg = view["challenge"]["qr_svg"]
    assert "<svg" in svg and "otpauth" not in svg
    secret = pending_secret(live_backend.ctx, "qr@x.io")
    assert len(base64.b32decode(secret)) * 8 >= 160
    assert secret not in json.dumps(view)
    st, me = await b.me()
    assert me["challenge"]["qr_svg"]  # the popup can be reloaded during enrollment
    tok = await b.widget_token()
    for path in ("status", "identity"):
        st, body = await support_call(live_backend, path, {"conversation_id": "c-qr"}, tok)
        text = json.dumps(body)
        assert st == 200 and "svg" not in text and "otpauth" not in text and secret not in text
    assert (await support_call(live_backend, "status", {"conversation_id": "c-qr"}, tok))[1]["pending"] == \
        {"purpose": "enroll", "method": "totp", "can_switch": ["sms"], "masked_phone": None,
         "code_sent": False, "resend_in": None}

    st, view = await b.verify(totp_code(secret, T0))
    assert st == 200
    text = json.dumps(view)
    assert view["challenge"] is None and "svg" not in text and secret not in text
    st, me = await b.me()
    assert "svg" not in json.dumps(me)
    # at the next login the challenge never shows a QR code or the secret
    clock.shift(seconds=30)
    b2 = await _login(browser, "qr@x.io")
    st, me = await b2.me()
    assert "svg" not in json.dumps(me) and secret not in json.dumps(me)
    st, body = await support_call(live_backend, "status", {"conversation_id": "c-qr2"}, await b2.widget_token())
    assert "svg" not in json.dumps(body) and secret not in json.dumps(body)


async def test_enrollment_secret_is_fresh_each_time(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "fresh@x.io", state="expired")
    b = browser()
    await b.login("fresh@x.io")
    await b.enroll("totp")
    s1 = pending_secret(live_backend.ctx, "fresh@x.io")
    await b.enroll("totp")  # choosing again draws a new secret; the old one is cancelled
    s2 = pending_secret(live_backend.ctx, "fresh@x.io")
    assert s1 != s2
    st, body = await b.verify(totp_code(s1, T0))
    assert st == 400
    clock.shift(seconds=1)
    st, view = await b.verify(totp_code(s2, T0))
    assert st == 200 and view["method"] == "totp"
    assert user_row(live_backend.ctx, "fresh@x.io").totp_secret == s2


async def test_totp_code_of_another_account_refused(live_backend, clock, browser):
    clock.set(T0)
    make_user(live_backend.ctx, "a@x.io", state="app")
    make_user(live_backend.ctx, "b@x.io", state="app", secret="KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU")
    set_user(live_backend.ctx, "b@x.io", failed_attempts=0)
    b = await _login(browser, "b@x.io")
    st, body = await b.verify(totp_code(SECRET, T0))  # a@x.io's code
    assert st == 400
