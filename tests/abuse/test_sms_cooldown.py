"""Outsider attacker check of 2026-12-01, F3: the 60 s SMS cooldown was kept per challenge,
so calling `enroll` again with a number (a new challenge each time) sent a new SMS at once:
three SMS to one number within 50 ms, five within 230 ms from 20 parallel calls. The cooldown
now holds per account, claimed atomically on the account's row (bot/rules/codes.py)."""

from __future__ import annotations

import asyncio

from tests.helpers import make_user, outbox, utc

T0 = utc(2024, 6, 3, 8, 0, 15)
NUMBER = "+33 6 99 88 77 66"


def sms_to(ctx, e164: str) -> int:
    return len(outbox(ctx, "sms", e164))


async def test_enrolling_again_waits_for_the_cooldown(live_backend, clock, browser):
    """The second enrollment succeeds (the customer corrected the number) but sends nothing
    until the cooldown is over; the popup shows when "Renvoyer" works."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "again@x.io", state="expired")
    b = browser()
    await b.login("again@x.io")
    assert (await b.enroll("sms", NUMBER))[0] == 200
    st, view = await b.enroll("sms", "+33 6 99 88 77 55")
    assert st == 200, view
    assert view["challenge"]["resend_in"] > 50
    assert sms_to(ctx, "+33699887766") == 1
    assert sms_to(ctx, "+33699887755") == 0
    clock.shift(seconds=ctx.settings.resend_cooldown + 1)
    st, body = await b.resend()
    assert st == 200, body
    assert sms_to(ctx, "+33699887755") == 1


async def test_parallel_enrollments_send_one_sms(live_backend, clock, browser):
    """20 enrollments at once, as the attacker sent them: one SMS, not five."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "burst@x.io", state="expired")
    b = browser()
    await b.login("burst@x.io")
    results = await asyncio.gather(*(b.enroll("sms", NUMBER) for _ in range(20)))
    assert {st for st, _ in results} <= {200, 409, 429}, results
    assert sms_to(ctx, "+33699887766") == 1


async def test_switching_back_to_sms_does_not_send_again_at_once(live_backend, clock, browser):
    """The login SMS went out; "try another method" and back to SMS is a new challenge, and
    still within the cooldown: no second SMS, and the resend says how long to wait."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "both@x.io", state="sms")
    b = browser()
    await b.login("both@x.io")
    assert sms_to(ctx, "+33612345678") == 1
    with ctx.db.session() as s:  # give the account the app as well, so it may switch
        from bot.models import User

        u = s.query(User).filter_by(email="both@x.io").one()
        u.totp_secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    assert (await b.switch("totp"))[0] == 200
    assert (await b.switch("sms"))[0] == 200
    assert sms_to(ctx, "+33612345678") == 1
    st, body = await b.resend()
    assert st == 429 and body["error"] == "cooldown"
    assert 0 < body["retry_after"] <= ctx.settings.resend_cooldown


async def test_many_accounts_cannot_bomb_one_number(live_backend, clock, browser):
    """Outsider attacker check of 2026-12-01 (fifth), B2: three accounts enrolling the same
    outside number sent it 3 SMS within a second; N accounts could send 5 x N per 10 minutes.
    The cap of SMS_MAX_PER_WINDOW holds per number as well as per account."""
    clock.set(T0)
    ctx = live_backend.ctx
    limit = ctx.settings.sms_max_per_number
    results = []
    for i in range(limit + 3):
        make_user(ctx, f"bomber{i}@x.io", state="expired")
        b = browser()
        await b.login(f"bomber{i}@x.io")
        results.append(await b.enroll("sms", NUMBER))
        clock.shift(seconds=2)
    assert sms_to(ctx, "+33699887766") == limit
    refused = [body for st, body in results if st != 200]
    assert len(refused) == 3 and all(b["error"] == "send_limit" for b in refused), results
