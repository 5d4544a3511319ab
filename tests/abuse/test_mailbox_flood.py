"""Outsider attacker check of 2026-12-01, F1: with a stolen password, switching 2FA methods
back and forth sent one "method changed" email per switch (30 switches, 36 emails in a
second), burying real security warnings. Seen failing on the unfixed code: 20 emails for 20
switches."""

from __future__ import annotations

from sqlalchemy import select

from bot.models import AuditEvent
from tests.helpers import make_user, outbox, utc

T0 = utc(2024, 6, 3, 8, 0, 15)


async def test_switching_back_and_forth_does_not_flood_the_mailbox(live_backend, clock, browser):
    """Outsider check of 2026-12-01: with a stolen password, 30 switches sent 36 "method
    changed" emails in a second. One email per account per METHOD_NOTICE_WINDOW; every switch
    is still in the audit log; the next window gets its email again."""
    clock.set(T0)
    ctx = live_backend.ctx
    uid = make_user(ctx, "flood@x.io", state="expired")
    b = browser()
    await b.login("flood@x.io")
    await b.enroll("totp")
    for i in range(20):
        st, _ = await b.switch("sms" if i % 2 == 0 else "totp")
        assert st == 200
    await ctx.drain()
    changed = lambda: [m for m in outbox(ctx, "email", "flood@x.io") if "modifiée" in m.subject]  # noqa: E731
    assert len(changed()) == 1
    with ctx.db.session() as s:
        audited = s.execute(select(AuditEvent).where(AuditEvent.user_id == uid,
                                                     AuditEvent.event == "method_switched")).scalars().all()
    assert len(audited) == 20
    clock.shift(seconds=ctx.settings.method_notice_window + 1)
    b = browser()  # the first session has expired by now
    await b.login("flood@x.io")
    await b.enroll("totp")
    assert (await b.switch("sms"))[0] == 200
    await ctx.drain()
    assert len(changed()) == 2
