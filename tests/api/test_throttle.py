"""Failed codes: counted per account across factors and challenges, growing delay, lock at 10
that only the agent API lifts."""

from __future__ import annotations

from sqlalchemy import select

from bot.models import AuditEvent
from tests.api._kit import SECRET, agent_call, set_user, totp_code, user_row
from tests.helpers import last_sms_code, make_user, outbox, utc

T0 = utc(2024, 6, 3, 8, 0, 15)
PHONE = "+33612345678"


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10 ** 6:06d}"


async def _login(browser, email, stage="second_factor"):
    b = browser()
    st, view = await b.login(email)
    assert st == 200 and view["stage"] == stage, view
    return b


async def test_growing_delay_between_tries(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "d@x.io", state="app")
    b = await _login(browser, "d@x.io")
    bad = wrong(totp_code(SECRET, T0))
    for n in range(1, 6):
        st, body = await b.verify(bad)
        assert st == 400 and body["error"] == "invalid_code"
        assert body["attempts_left"] == 10 - n and body["retry_after"] == 2 ** (n - 1)
        assert user_row(ctx, "d@x.io").failed_attempts == n
        # too early: refused without being counted, with the time left
        clock.shift(seconds=2 ** (n - 1) - 0.5)
        st, body = await b.verify(bad)
        assert st == 429 and body["error"] == "too_soon" and body["retry_after"] == 1
        assert user_row(ctx, "d@x.io").failed_attempts == n
        clock.shift(seconds=0.5)
    # a good code after the delay succeeds and resets the count
    clock.shift(seconds=16)
    st, view = await b.verify(totp_code(SECRET, clock.now))
    assert st == 200 and view["stage"] == "complete"
    u = user_row(ctx, "d@x.io")
    assert u.failed_attempts == 0 and u.last_failed_at is None


async def test_too_soon_reports_remaining_seconds(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "ts@x.io", state="app")
    set_user(ctx, "ts@x.io", failed_attempts=4, last_failed_at=T0)  # 8 s to wait
    b = await _login(browser, "ts@x.io")
    st, body = await b.verify("000000")
    assert st == 429 and body["retry_after"] == 8
    clock.shift(seconds=5)
    st, body = await b.verify("000000")
    assert st == 429 and body["retry_after"] == 3


async def test_count_is_per_account_across_challenges_and_factors(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "x@x.io", state="app")
    set_user(ctx, "x@x.io", phone=PHONE)  # holds both factors: may switch at login
    b1 = await _login(browser, "x@x.io")
    st, _ = await b1.verify(wrong(totp_code(SECRET, T0)))  # TOTP failure
    assert st == 400
    clock.shift(seconds=1)
    st, view = await b1.switch("sms")
    assert st == 200 and view["challenge"]["method"] == "sms"
    sms = last_sms_code(ctx)
    st, body = await b1.verify(wrong(sms))  # SMS failure
    assert st == 400 and body["attempts_left"] == 8
    clock.shift(seconds=2)
    b2 = await _login(browser, "x@x.io")  # another login, another challenge
    st, body = await b2.verify(wrong(totp_code(SECRET, clock.now)))
    assert st == 400 and body["attempts_left"] == 7
    assert user_row(ctx, "x@x.io").failed_attempts == 3
    # success on any factor resets the account's count
    clock.shift(seconds=4)
    st, view = await b1.verify(sms)
    assert st == 200 and view["stage"] == "complete"
    assert user_row(ctx, "x@x.io").failed_attempts == 0


async def test_new_code_does_not_reset_the_count(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "nr@x.io", state="sms")
    b = await _login(browser, "nr@x.io")
    st, _ = await b.verify(wrong(last_sms_code(ctx)))
    assert st == 400
    clock.shift(seconds=60)
    assert (await b.resend())[0] == 200
    assert user_row(ctx, "nr@x.io").failed_attempts == 1
    st, body = await b.verify(wrong(last_sms_code(ctx)))
    assert st == 400 and body["attempts_left"] == 8
    clock.shift(seconds=60)
    await _login(browser, "nr@x.io")  # a new login: a new code, same count
    assert user_row(ctx, "nr@x.io").failed_attempts == 2


async def test_lock_at_ten_then_only_agent_unlocks(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "lk@x.io", state="app")
    b = await _login(browser, "lk@x.io")
    bad = "000000" if totp_code(SECRET, T0) != "000000" else "111111"
    for n in range(10):
        if n:
            clock.shift(seconds=2 ** (n - 1))
        st, body = await b.verify(bad)
        if n < 9:
            assert st == 400 and body["attempts_left"] == 9 - n
        else:
            assert st == 423 and body["error"] == "locked"
    u = user_row(ctx, "lk@x.io")
    assert u.locked_at is not None and u.failed_attempts == 10
    # one lock email, to the account's address
    mails = [m for m in outbox(ctx, "email", "lk@x.io") if "bloqué" in m.subject]
    assert len(mails) == 1 and "10" in mails[0].body
    with ctx.db.session() as s:
        assert s.execute(select(AuditEvent).where(AuditEvent.event == "locked")).scalars().all()
    # the session shows it; a good code does nothing now
    st, view = await b.me()
    assert view["stage"] == "locked" and view["locked"]
    clock.shift(hours=5)
    st, body = await b.verify(totp_code(SECRET, clock.now))
    assert st in (409, 423)
    # logging in again, days later: still locked, no challenge, nothing sent
    clock.shift(days=3)
    b2 = await _login(browser, "lk@x.io", stage="locked")
    st, body = await b2.verify(totp_code(SECRET, clock.now))
    assert st in (409, 423)
    assert user_row(ctx, "lk@x.io").locked_at is not None
    # the customer's own actions cannot unlock: support API, portal
    st, body = await b2.call("POST", "/api/agent/accounts/unlock", {"email": "lk@x.io"})
    assert st == 401
    # the agent API can
    st, body = await agent_call(live_backend, "POST", "/api/agent/accounts/unlock",
                                {"email": "lk@x.io", "caller_check": "called_back_on_file"})
    assert st == 200 and body == {"unlocked": True}
    u = user_row(ctx, "lk@x.io")
    assert u.locked_at is None and u.failed_attempts == 0
    b3 = await _login(browser, "lk@x.io")
    st, view = await b3.verify(totp_code(SECRET, clock.now))
    assert st == 200 and view["stage"] == "complete"


async def test_locked_account_gets_no_sms(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "lsms@x.io", state="locked")
    b = await _login(browser, "lsms@x.io", stage="locked")
    assert outbox(ctx, "sms") == []
    st, body = await b.resend()
    assert st == 409
    assert outbox(ctx, "sms") == []


async def test_six_wrong_on_one_challenge_with_resends_then_lock(live_backend, clock, browser):
    """security.md adversarial case 1: wrong codes alternated with resends still lock."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "six@x.io", state="sms")
    b = await _login(browser, "six@x.io")
    n = 0
    for i in range(6):
        if i % 2 == 1:
            clock.shift(seconds=61)
            st, body = await b.resend()
            assert st in (200, 429), body
        code = last_sms_code(ctx)
        if n:
            clock.shift(seconds=2 ** (n - 1))
        st, body = await b.verify(wrong(code))
        n += 1
        assert st == 400 and body["attempts_left"] == 10 - n
    assert user_row(ctx, "six@x.io").failed_attempts == 6
    # a new login, more wrong codes (and more resends): the lock comes at 10 in all
    clock.shift(minutes=11)
    b2 = await _login(browser, "six@x.io")
    while n < 10:
        clock.shift(seconds=2 ** (n - 1))
        if n == 8:
            clock.shift(seconds=61)
            await b2.resend()
        st, body = await b2.verify(wrong(last_sms_code(ctx)))
        n += 1
    assert st == 423 and body["error"] == "locked"
    assert user_row(ctx, "six@x.io").locked_at is not None
    clock.shift(minutes=30)
    b3 = await _login(browser, "six@x.io", stage="locked")
    assert (await b3.resend())[0] == 409


async def test_lock_threshold_applies_to_parallel_wrong_codes(live_backend, clock, browser):
    """Wrong codes sent at once from several sessions are all counted (atomic increments)."""
    import asyncio

    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "pp@x.io", state="app")
    browsers = [await _login(browser, "pp@x.io") for _ in range(4)]
    results = await asyncio.gather(*(b.verify("000000" if totp_code(SECRET, T0) != "000000" else "111111")
                                     for b in browsers))
    counted = user_row(ctx, "pp@x.io").failed_attempts
    assert counted == sum(1 for st, _ in results if st == 400)
    assert counted >= 1 and all(st in (400, 429) for st, _ in results)


async def test_parallel_wrong_codes_get_one_check_per_wait(live_backend, clock, browser):
    """Seventh outsider check, A23: 15 wrong codes sent at once were all checked (14 before the
    lock) and the 1-second wait was skipped: each request read the count before any recorded
    it. Each try is now claimed first: with the clock still, one is checked, the others wait."""
    import asyncio

    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "race@x.io", state="app")
    bad = wrong(totp_code(SECRET, T0))
    browsers = [await _login(browser, "race@x.io") for _ in range(15)]
    results = await asyncio.gather(*(b.verify(bad) for b in browsers))
    statuses = sorted(st for st, _ in results)
    assert statuses.count(400) == 1 and statuses.count(429) == 14, results
    assert all(body["error"] == "too_soon" for st, body in results if st == 429)
    assert user_row(ctx, "race@x.io").failed_attempts == 1
    # one try left: a burst locks the account once, after one more check, not fourteen
    set_user(ctx, "race@x.io", failed_attempts=9, last_failed_at=utc(2024, 6, 3, 7, 0, 0))
    results = await asyncio.gather(*(b.verify(bad) for b in browsers))
    statuses = [st for st, _ in results]
    assert statuses.count(423) >= 1 and statuses.count(400) == 0, results
    row = user_row(ctx, "race@x.io")
    assert row.failed_attempts == 10 and row.locked_at is not None
    # a right code after a success still resets the count (the claimed try is given back)
    make_user(ctx, "ok@x.io", state="app")
    b = await _login(browser, "ok@x.io")
    st, view = await b.verify(totp_code(SECRET, T0))
    assert st == 200 and view["stage"] == "complete"
    assert user_row(ctx, "ok@x.io").failed_attempts == 0
