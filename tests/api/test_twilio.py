"""The SMS path through the real twilio client, pointed at tests/fake_twilio.py: sends and
checks, error mapping, no retry of a send, no fail-open, what Twilio is told."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
import pytest_asyncio

from tests.api._kit import db_text, support_call, user_row
from tests.fake_twilio import FakeTwilio
from tests.helpers import make_user, outbox, utc

ACCOUNT = "AC" + "1" * 32
TOKEN = "fake-twilio-auth-token"
SERVICE = "VA" + "2" * 32
PHONE = "+33612345678"
T0 = utc(2024, 6, 3, 8, 0, 0)


@pytest_asyncio.fixture
async def fake():
    srv = await FakeTwilio(ACCOUNT, TOKEN).start()
    yield srv
    await srv.close()


@pytest_asyncio.fixture
async def ctx(settings, fake):  # the shared settings, with the Twilio backend
    from bot.rules.context import build_context

    c = build_context(settings.replace(sms_backend="twilio", twilio_account_sid=ACCOUNT, twilio_auth_token=TOKEN,
                                       twilio_verify_sid=SERVICE, twilio_base_url=fake.url, twilio_timeout=1).validate())
    yield c
    await c.close()


async def _login(browser, email):
    b = browser()
    st, view = await b.login(email)
    assert st == 200 and view["stage"] == "second_factor" and view["challenge"]["method"] == "sms", view
    # Twilio Verify keeps the code (no hash here): the popup still says one was sent, where it
    # said "no code could be sent" while code_sent read the local hash (found 2026-12-04)
    assert view["challenge"]["code_sent"] is True
    return b


def wrong(code):
    return f"{(int(code) + 1) % 10 ** 6:06d}"


async def test_send_and_check_through_the_real_client(live_backend, clock, browser, fake):
    clock.set(T0)
    ctx = live_backend.ctx
    assert type(ctx.sms).__name__ == "TwilioVerifySmsVerifier"
    make_user(ctx, "t@x.io", state="sms")
    b = await _login(browser, "t@x.io")
    assert len(fake.sends) == 1
    send = fake.sends[0]
    assert send.path == f"/v2/Services/{SERVICE}/Verifications" and send.account_sid == ACCOUNT
    assert send.form == {"To": PHONE, "Channel": "sms", "Locale": "fr"} and send.status == 201
    code = fake.code_for(PHONE)
    st, body = await b.verify(wrong(code))  # a wrong code: HTTP 200 "pending" at Twilio
    assert st == 400 and body["error"] == "invalid_code"
    clock.shift(seconds=1)
    st, view = await b.verify(code)
    assert st == 200 and view["stage"] == "complete"
    assert [c.path for c in fake.checks] == [f"/v2/Services/{SERVICE}/VerificationCheck"] * 2
    assert fake.checks[-1].form == {"To": PHONE, "Code": code}
    assert outbox(ctx, "sms") == []  # nothing goes to the demo outbox with Twilio
    st, body = await b.call("GET", "/api/demo/outbox")
    assert st == 404


async def test_enrollment_via_twilio(live_backend, clock, browser, fake):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "en@x.io", state="expired", language="en")
    b = browser()
    await b.login("en@x.io")
    st, view = await b.enroll("sms", "+33 6 98 76 54 32")
    assert st == 200
    assert fake.sends[-1].form == {"To": "+33698765432", "Channel": "sms", "Locale": "en"}
    st, view = await b.verify(fake.code_for("+33698765432"))
    assert st == 200 and view["method"] == "sms"
    assert user_row(ctx, "en@x.io").phone == "+33698765432"


async def test_code_single_use_and_expiry_with_twilio(live_backend, clock, browser, fake):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "su@x.io", state="sms")
    make_user(ctx, "ex@x.io", state="sms", phone="+33698765432")
    b = await _login(browser, "su@x.io")
    code = fake.code_for(PHONE)
    assert (await b.verify(code))[0] == 200
    clock.shift(seconds=61)
    b2 = await _login(browser, "su@x.io")  # a new verification: the used code is refused
    st, body = await b2.verify(code)
    if code != fake.code_for(PHONE):
        assert st == 400

    b3 = await _login(browser, "ex@x.io")
    code = fake.code_for("+33698765432")
    clock.shift(minutes=10)
    checks = len(fake.checks)
    st, body = await b3.verify(code)
    assert st == 400 and body["error"] == "code_expired"
    assert len(fake.checks) == checks  # expired locally: Twilio is not even asked


@pytest.mark.parametrize("fault,status,error", [
    ("500", 502, "sms_unavailable"),
    ("20429", 429, "rate_limited"),
    ("60212", 429, "rate_limited"),
    ("60203", 429, "send_limit"),
    ("60200", 400, "invalid_phone"),
    ("malformed", 502, "sms_unavailable"),
])
async def test_send_errors_mapped_and_never_retried(live_backend, clock, browser, fake, fault, status, error):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "f@x.io", state="sms")
    b = await _login(browser, "f@x.io")
    clock.shift(seconds=60)
    fake.fail_next(fault, "send")
    before = len(fake.sends)
    st, body = await b.resend()
    assert st == status and body["error"] == error, body
    async with live_backend.http.get(f"{live_backend.url}/openapi.json") as r:
        documented = (await r.json())["paths"]["/api/portal/resend"]["post"]["responses"]
    assert str(status) in documented  # the answer is one the API documents
    if status == 429:
        assert body["retry_after"] > 0
    assert len(fake.sends) == before + 1  # one request: no retry
    await asyncio.sleep(0.05)
    assert len(fake.sends) == before + 1
    # the failed send counts toward the limits: no immediate second SMS
    st, body = await b.resend()
    assert st == 429 and body["error"] == "cooldown"
    assert len(fake.sends) == before + 1
    text = json.dumps(body)
    assert PHONE not in text


async def test_send_hang_times_out(live_backend, clock, browser, fake):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "h@x.io", state="sms")
    b = await _login(browser, "h@x.io")
    clock.shift(seconds=60)
    fake.fail_next("hang", "send")
    started = time.monotonic()
    st, body = await asyncio.wait_for(b.resend(), timeout=8)
    assert st == 502 and body["error"] == "sms_unavailable"
    assert time.monotonic() - started < 5
    assert fake.hanging == 1


async def test_login_send_error_does_not_break_login(live_backend, clock, browser, fake):
    clock.set(T0)
    make_user(live_backend.ctx, "le@x.io", state="sms")
    fake.fail_next("500", "send")
    b = browser()
    st, view = await b.login("le@x.io")
    assert st == 200 and view["stage"] == "second_factor" and len(fake.sends) == 1
    st, body = await b.verify("123456")  # nothing was sent: no code can match
    # said so, and not counted as a wrong try (thirty-second outsider check, C25: "expired")
    assert st == 409 and body["error"] == "no_code_sent"
    assert user_row(live_backend.ctx, "le@x.io").failed_attempts == 0
    assert view["challenge"]["code_sent"] is False


@pytest.mark.parametrize("fault", ["500", "malformed", "20429", "60212", "hang"])
async def test_check_errors_never_fail_open(live_backend, clock, browser, fake, fault):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "c@x.io", state="sms")
    b = await _login(browser, "c@x.io")
    code = fake.code_for(PHONE)
    fake.fail_next(fault, "check")
    st, body = await asyncio.wait_for(b.verify(code), timeout=8)  # the RIGHT code, but the check fails
    assert st == 502 and body["error"] == "sms_unavailable", body
    st, view = await b.me()
    assert view["stage"] == "second_factor"
    assert user_row(ctx, "c@x.io").failed_attempts == 0  # not the customer's fault
    # when Twilio answers again, the code works
    st, view = await b.verify(code)
    assert st == 200 and view["stage"] == "complete"


async def test_check_error_gives_back_the_try_and_its_time(live_backend, clock, browser, fake):
    """A check the provider could not make does not count: neither as a wrong code nor as the
    moment the next wait starts from (before: a customer with one wrong code, whose next try met
    a Twilio outage, had to wait again from the outage)."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "gb@x.io", state="sms")
    b = await _login(browser, "gb@x.io")
    code = fake.code_for(PHONE)
    st, body = await b.verify(wrong(code))
    assert st == 400 and body["error"] == "invalid_code"  # one wrong code: 1 s to wait
    clock.set(utc(2024, 6, 3, 8, 0, 1))
    fake.fail_next("500", "check")
    st, body = await b.verify(code)
    assert st == 502 and body["error"] == "sms_unavailable", body
    row = user_row(ctx, "gb@x.io")
    assert row.failed_attempts == 1 and row.last_failed_at.replace(tzinfo=None) == T0.replace(tzinfo=None)
    st, view = await b.verify(code)  # same second: the wait ran from the wrong code, not the outage
    assert st == 200 and view["stage"] == "complete", view


async def test_check_not_found_is_a_refused_code(live_backend, clock, browser, fake):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "nf@x.io", state="sms")
    b = await _login(browser, "nf@x.io")
    fake.fail_next("20404", "check")
    st, body = await b.verify(fake.code_for(PHONE))
    assert st == 400 and body["error"] == "invalid_code"
    assert user_row(ctx, "nf@x.io").failed_attempts == 1
    st, view = await b.me()
    assert view["stage"] == "second_factor"


async def test_too_many_checks_counts_as_failures(live_backend, clock, browser, fake):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "tm@x.io", state="sms")
    b = await _login(browser, "tm@x.io")
    fake.fail_next("60202", "check")
    st, body = await b.verify(fake.code_for(PHONE))
    assert st == 400 and body["error"] == "invalid_code"
    assert user_row(ctx, "tm@x.io").failed_attempts == 1


async def test_bad_code_formats_never_reach_twilio(live_backend, clock, browser, fake):
    clock.set(T0)
    make_user(live_backend.ctx, "fmt@x.io", state="sms")
    b = await _login(browser, "fmt@x.io")
    for raw in ("１２３４５６", "١٢٣٤٥٦", "12345", "1234567", "123\x00456", "1" * 10_000, "😀" * 6, "12345😀",
                "123\n456", None, 123456, ["123456"], {"c": 1}, True):
        st, body = await b.verify(raw)
        assert st == 400 and body["error"] in ("invalid_code_format", "invalid_request", "invalid_json"), (raw, body)
    assert fake.checks == []
    assert user_row(live_backend.ctx, "fmt@x.io").failed_attempts == 0
    code = fake.code_for(PHONE)
    st, body = await b.verify(" " + code[:3] + " " + code[3:])
    assert st == 200 and fake.checks[-1].form["Code"] == code


async def test_twilio_parameters_and_no_phone_in_audit_or_outbox(live_backend, clock, browser, fake):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "p@x.io", state="sms")
    b = await _login(browser, "p@x.io")
    tok = await b.widget_token()
    clock.shift(seconds=60)
    st, body = await support_call(live_backend, "resend", {"conversation_id": "cp"}, tok)
    assert st == 200 and PHONE not in json.dumps(body)
    code = fake.code_for(PHONE)
    st, _ = await b.verify(code)
    assert st == 200
    await ctx.drain()
    for r in fake.requests:
        assert r.account_sid == ACCOUNT
        if r.endpoint == "send":
            assert set(r.form) == {"To", "Channel", "Locale"}
        elif r.endpoint == "check":
            assert set(r.form) == {"To", "Code"}
        for key, value in r.form.items():
            if key not in ("To",):
                assert PHONE not in value and "612345678" not in value
            if key != "Code":
                assert code not in value
    # the account and its pending challenge hold the number (that is where SMS go); audit,
    # outbox, tickets, handoffs, sessions and send records must not
    text = db_text(ctx, exclude=("users", "challenges"))
    assert "audit_events" in text and "sms_sends" in text
    assert PHONE not in text and "612345678" not in text and code not in text
    assert "+33 6 12 34 56 78" not in text


async def test_parallel_resends_one_twilio_send(live_backend, clock, browser, fake):
    clock.set(T0)
    make_user(live_backend.ctx, "pr@x.io", state="sms")
    b = await _login(browser, "pr@x.io")
    clock.shift(seconds=61)
    results = await asyncio.gather(*(b.resend() for _ in range(10)))
    assert sorted(st for st, _ in results) == [200] + [429] * 9
    assert len(fake.sends) == 2


async def test_ten_resends_in_a_minute_and_twilio_limit(live_backend, clock, browser, fake):
    """security.md adversarial case 2: cooldown holds, at most 5 SMS, 60203 handled."""
    clock.set(T0)
    make_user(live_backend.ctx, "lim@x.io", state="sms")
    b = await _login(browser, "lim@x.io")
    for _ in range(10):
        clock.shift(seconds=5)
        st, body = await b.resend()
        assert st == 429 and body["error"] == "cooldown"
    assert len(fake.sends) == 1
    answers = []
    for _ in range(7):  # 7 more over the next 7 minutes
        clock.shift(seconds=61)
        answers.append(await b.resend())
    assert len(fake.sends) == 5  # our own limit (5 per 10 min) stops before Twilio's
    assert [st for st, _ in answers] == [200] * 4 + [429] * 3
    assert all(body["error"] == "send_limit" and body["retry_after"] > 0 for _, body in answers[4:])
    # had Twilio refused first (60203), the customer gets the same kind of answer
    clock.shift(minutes=10)
    fake.fail_next("60203", "send")
    st, body = await b.resend()
    assert st == 429 and body["error"] == "send_limit" and len(fake.sends) == 6


async def test_enrollment_code_tied_to_the_new_number(live_backend, clock, browser, fake):
    """Twilio ties a code to its number: the login code of the number on file cannot confirm
    the enrollment of another number, and a used code cannot serve a second login."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "tie@x.io", state="sms")
    make_user(ctx, "new@x.io", state="expired")
    bl = await _login(browser, "tie@x.io")
    login_code = fake.code_for(PHONE)
    be = browser()
    await be.login("new@x.io")
    await be.enroll("sms", "+33 6 98 76 54 32")
    enroll_code = fake.code_for("+33698765432")
    if login_code != enroll_code:
        st, body = await be.verify(login_code)
        assert st == 400
        assert fake.checks[-1].form["To"] == "+33698765432"
    clock.shift(seconds=2)
    assert (await be.verify(enroll_code))[0] == 200
    # two logins of one account share Twilio's pending verification for the number (Twilio
    # re-sends the same code); once one login used it, the other cannot
    clock.shift(seconds=61)
    b2 = await _login(browser, "tie@x.io")
    assert fake.code_for(PHONE) == login_code
    assert (await b2.verify(login_code))[0] == 200
    st, body = await bl.verify(login_code)
    assert st == 400 and body["error"] == "invalid_code"
