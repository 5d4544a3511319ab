"""SMS codes with the embedded (outbox) verifier: format, 10-minute expiry, single use, tied
to the login or enrollment that asked for them, stored hashed, resend limits."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

from sqlalchemy import select

from bot.models import Challenge, SmsSend
from tests.api._kit import all_rows, db_text, support_call, user_row
from tests.helpers import last_sms_code, make_user, outbox, utc

PHONE = "+33612345678"
T0 = utc(2024, 6, 3, 8, 0, 0)


async def _login_sms(browser, email):
    b = browser()
    st, view = await b.login(email)
    assert st == 200 and view["stage"] == "second_factor" and view["challenge"]["method"] == "sms", view
    return b


def _sms_count(ctx, to=PHONE):
    return len(outbox(ctx, "sms", to))


async def test_code_is_six_digits_sent_to_the_number_on_file(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "s@x.io", state="sms")
    b = await _login_sms(browser, "s@x.io")
    msgs = outbox(ctx, "sms")
    assert len(msgs) == 1 and msgs[0].recipient == PHONE
    codes = re.findall(r"\d+", msgs[0].body)
    assert codes and all(len(c) == 6 for c in codes if len(c) >= 4)
    view = (await b.me())[1]
    assert view["challenge"]["masked_phone"] != PHONE and view["challenge"]["masked_phone"].endswith("78")
    assert view["challenge"]["resend_in"] == 60
    st, view = await b.verify(last_sms_code(ctx))
    assert st == 200 and view["stage"] == "complete"


async def test_code_expires_after_ten_minutes(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "e1@x.io", state="sms")
    make_user(ctx, "e2@x.io", state="sms", phone="+33612345679")
    b1 = await _login_sms(browser, "e1@x.io")
    b2 = await _login_sms(browser, "e2@x.io")
    c1, c2 = last_sms_code(ctx, PHONE), last_sms_code(ctx, "+33612345679")
    clock.shift(minutes=9, seconds=59)
    st, view = await b1.verify(c1)
    assert st == 200 and view["stage"] == "complete"
    clock.shift(seconds=1)  # exactly 10 minutes
    st, body = await b2.verify(c2)
    assert st == 400 and body["error"] == "code_expired"
    # a resend gives a fresh code that works
    st, body = await b2.resend()
    assert st == 200 and body["sent"]
    clock.shift(seconds=2)
    st, view = await b2.verify(last_sms_code(ctx, "+33612345679"))
    assert st == 200 and view["stage"] == "complete"


async def test_code_is_single_use(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "u@x.io", state="sms")
    b = await _login_sms(browser, "u@x.io")
    code = last_sms_code(ctx)
    st, _ = await b.verify(code)
    assert st == 200
    st, body = await b.verify(code)
    assert st == 409 and body["error"] == "no_pending_challenge"
    # nor on another login of the same account
    clock.shift(seconds=61)
    b2 = await _login_sms(browser, "u@x.io")
    st, body = await b2.verify(code)
    assert st == 400 and body["error"] == "invalid_code"


async def test_code_is_tied_to_its_challenge(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "t@x.io", state="sms")
    b1 = await _login_sms(browser, "t@x.io")
    code1 = last_sms_code(ctx)
    b2 = await _login_sms(browser, "t@x.io")
    code2 = last_sms_code(ctx)
    if code1 == code2:  # two random codes: equal once in a million
        return
    st, body = await b2.verify(code1)
    assert st == 400 and body["error"] == "invalid_code"
    clock.shift(seconds=1)
    st, body = await b1.verify(code2)
    assert st == 400
    clock.shift(seconds=2)
    st, view = await b1.verify(code1)
    assert st == 200 and view["stage"] == "complete"


async def test_resend_replaces_the_code(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "r@x.io", state="sms")
    b = await _login_sms(browser, "r@x.io")
    old = last_sms_code(ctx)
    clock.shift(seconds=60)
    st, body = await b.resend()
    assert st == 200 and body["sent"] and body["retry_after"] == 60
    new = last_sms_code(ctx)
    if old != new:
        st, body = await b.verify(old)
        assert st == 400
        clock.shift(seconds=1)
    st, view = await b.verify(new)
    assert st == 200


async def test_enrollment_code_and_login_code_are_not_interchangeable(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "sw@x.io", state="sms")
    make_user(ctx, "en@x.io", state="expired")
    # a login code of another account, on the same phone, cannot confirm an enrollment
    bl = await _login_sms(browser, "sw@x.io")
    login_code = last_sms_code(ctx, PHONE)
    be = browser()
    await be.login("en@x.io")
    st, view = await be.enroll("sms", "+33 6 12 34 56 78")
    assert st == 200 and view["challenge"]["purpose"] == "enroll"
    enroll_code = last_sms_code(ctx, PHONE)
    if login_code == enroll_code:
        return
    st, body = await be.verify(login_code)
    assert st == 400
    st, body = await bl.verify(enroll_code)
    assert st == 400
    clock.shift(seconds=2)
    assert (await be.verify(enroll_code))[0] == 200
    assert (await bl.verify(login_code))[0] == 200


async def test_codes_are_stored_hashed_only(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "h@x.io", state="sms")
    make_user(ctx, "h2@x.io", state="expired")
    await _login_sms(browser, "h@x.io")
    login_code = last_sms_code(ctx)
    b = browser()
    await b.login("h2@x.io")
    await b.enroll("sms", "+33 6 98 76 54 32")
    enroll_code = last_sms_code(ctx, "+33698765432")
    with ctx.db.session() as s:
        hashes = [c.code_hash for c in s.execute(select(Challenge)).scalars()]
    assert all(h and re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes)
    # the outbox *is* the demo phone: every other table is scanned
    text = db_text(ctx, exclude=("outbox",))
    assert login_code not in text and enroll_code not in text
    for table, rows in all_rows(ctx, exclude=("outbox",)).items():
        for row in rows:
            for col, value in row.items():
                assert value not in (login_code, enroll_code), (table, col)


async def test_resend_cooldown_with_retry_after(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "cd@x.io", state="sms")
    b = await _login_sms(browser, "cd@x.io")
    st, body = await b.resend()
    assert st == 429 and body["error"] == "cooldown" and body["retry_after"] == 60
    clock.shift(seconds=30)
    st, body = await b.resend()
    assert st == 429 and body["retry_after"] == 30
    assert (await b.me())[1]["challenge"]["resend_in"] == 30
    clock.shift(seconds=29, microseconds=500000)
    st, body = await b.resend()
    assert st == 429 and body["retry_after"] == 1
    clock.shift(microseconds=500000)
    st, body = await b.resend()
    assert st == 200 and body["sent"]
    assert _sms_count(ctx) == 2


async def test_ten_resends_over_time_send_at_most_five(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "lim@x.io", state="sms")
    b = await _login_sms(browser, "lim@x.io")
    answers = []
    for _ in range(10):
        clock.shift(seconds=30)
        answers.append(await b.resend())
    assert _sms_count(ctx) == 5  # the login's SMS + 4 resends
    errors = [body["error"] for st, body in answers if st != 200]
    assert set(errors) == {"cooldown", "send_limit"}
    limit = [body for st, body in answers if st == 429 and body["error"] == "send_limit"]
    assert limit and all(body["retry_after"] > 0 for body in limit)
    # the fifth SMS's own answer says the cap's wait, not the cooldown's 60 s (sixty-sixth
    # outside check, F3: "ask for another in 60 seconds", then refused for 6 more minutes)
    sent = [body for st, body in answers if st == 200]
    assert [body["retry_after"] for body in sent[:-1]] == [60, 60, 60]
    assert sent[-1]["retry_after"] > 60
    # the first SMS leaves the window 10 minutes after it was sent: one more may go then
    first_sent = T0
    clock.set(first_sent + timedelta(seconds=600) - timedelta(seconds=30))
    # the popup's countdown is the cap's, not the (long past) cooldown's: "Renvoyer" is not
    # offered while the backend would refuse it (outsider check of 2026-12-01: resend_in 0)
    assert (await b.me())[1]["challenge"]["resend_in"] == 30
    clock.set(first_sent + timedelta(seconds=600) - timedelta(seconds=1))
    st, body = await b.resend()
    assert st == 429 and body["error"] == "send_limit" and body["retry_after"] == 1
    clock.set(first_sent + timedelta(seconds=600))
    st, body = await b.resend()
    assert st == 200
    # never more than 5 in any 10 minutes
    times = sorted(m.created_at for m in outbox(ctx, "sms"))
    for i, t in enumerate(times):
        assert len([x for x in times[i:] if x - t < timedelta(seconds=600)]) <= 5


async def test_limit_is_per_account_across_logins(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "many@x.io", state="sms")
    for _ in range(8):  # each login is a new challenge; the cooldown is the account's
        b = browser()
        st, view = await b.login("many@x.io")
        assert st == 200
        clock.shift(seconds=ctx.settings.resend_cooldown + 1)  # 8 logins within 10 minutes
    assert _sms_count(ctx) == 5
    with ctx.db.session() as s:
        assert len(s.execute(select(SmsSend)).scalars().all()) == 5


async def test_a_login_whose_sms_was_never_sent_says_so_and_counts_no_try(live_backend, clock, browser):
    """Thirty-second outsider check, C25: at the SMS cap a new login sent nothing, yet a code
    typed got "this code has expired" and the chat said the login waited for "the latest SMS"
    (another login's). A code typed where none was sent is refused as such, without counting a
    wrong try, and the chat's status says no SMS went and when « Renvoyer » can send."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "capped@x.io", state="sms")
    for _ in range(5):  # five logins, five SMS: the cap for 10 minutes
        assert (await browser().login("capped@x.io"))[0] == 200
        clock.shift(seconds=ctx.settings.resend_cooldown + 1)
    b = browser()
    st, view = await b.login("capped@x.io")
    assert st == 200 and _sms_count(ctx) == 5 and view["challenge"]["code_sent"] is False
    st, body = await b.verify("123456")
    assert st == 409 and body["error"] == "no_code_sent"
    assert user_row(ctx, "capped@x.io").failed_attempts == 0
    tok = await b.widget_token()
    st, status = await support_call(live_backend, "status", {"conversation_id": "c-cap"}, tok)
    assert st == 200 and status["pending"]["code_sent"] is False
    assert status["pending"]["resend_in"] > 0


async def test_logging_in_again_within_the_cooldown_sends_no_new_sms(live_backend, clock, browser):
    """A second login 5 s after the first is a new challenge, but the account had its SMS:
    nothing is sent, and the popup counts down to "Renvoyer" (security.md: 60 s cooldown)."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "twice@x.io", state="sms")
    assert (await browser().login("twice@x.io"))[0] == 200
    clock.shift(seconds=5)
    st, view = await browser().login("twice@x.io")
    assert st == 200 and _sms_count(ctx) == 1
    assert view["challenge"]["resend_in"] == ctx.settings.resend_cooldown - 5


async def test_ten_parallel_resends_send_one_sms(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "par@x.io", state="sms")
    b = await _login_sms(browser, "par@x.io")
    tok = await b.widget_token()
    clock.shift(seconds=61)
    portal = [b.resend() for _ in range(5)]
    support = [support_call(live_backend, "resend", {"conversation_id": "c-par"}, tok) for _ in range(5)]
    results = await asyncio.gather(*portal, *support)
    ok = [r for r in results if r[0] == 200]
    assert len(ok) == 1, results
    assert all(st == 429 and body["error"] == "cooldown" for st, body in results if st != 200)
    assert _sms_count(ctx) == 2


async def test_resend_without_pending_sms(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "app@x.io", state="app")
    b = browser()
    await b.login("app@x.io")
    st, body = await b.resend()
    assert st == 409 and body["error"] == "no_pending_sms"
    assert _sms_count(ctx) == 0
    st, body = await browser().resend()
    assert st == 401
    assert user_row(ctx, "app@x.io").failed_attempts == 0
