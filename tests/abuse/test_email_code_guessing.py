"""Issue 15, item 7: email-code guessing in the chat identity check.

The attacker has a customer's password (a portal session at the password step: the email
check only starts from one) and guesses the 6-digit codes, opening new conversations to get
fresh codes and fresh tries. Wrong guesses are counted per ACCOUNT over
24 hours: at 10 the account gets no more codes (and no code verifies); an audit entry
(`identity_alert`) is written and the account's email is told, once. The session's own
account is then told that no code is emailed for now (its owner, logged in, waited for codes
that could never come: fifty-first outside check, F1); any other address typed in that
session keeps the neutral answer, so nothing is learnt about other accounts.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.models import AuditEvent
from tests.api._kit import support_call
from tests.helpers import last_email_code, make_user, outbox, utc

T0 = utc(2024, 6, 3, 8, 0, 15)


async def _session(browser, email: str) -> str:
    """The widget token of a portal session at the password step (no second factor)."""
    b = browser()
    assert (await b.login(email))[0] == 200
    return await b.widget_token()


async def _start(lb, conversation: str, email: str, token: str):
    st, body = await support_call(lb, "identity/start", {"conversation_id": conversation, "email": email}, token)
    assert st == 202, body
    return st, body


async def _exhaust(lb, conversation: str, email: str, token: str) -> list:
    """Start a check, then guess until the check is spent; the answers seen."""
    seen = [await _start(lb, conversation, email, token)]
    for _ in range(lb.settings.email_code_max_tries):
        st, body = await support_call(lb, "identity/confirm", {"conversation_id": conversation, "code": "000000"},
                                      token)
        seen.append((st, body))
    return seen


def _identity_codes(ctx, email):
    return [m for m in outbox(ctx, "email", email) if "code" in m.subject.lower()]


async def test_ten_wrong_codes_stop_the_codes_for_the_account(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "victim@x.io", state="sms")
    owner = await _session(browser, "victim@x.io")
    tok = await _session(browser, "victim@x.io")  # the attacker's, with the stolen password
    # the real customer asked a code a moment ago (it will not verify once the limit is hit)
    await _start(live_backend, "owner", "victim@x.io", owner)
    await ctx.drain()
    owners_code = last_email_code(ctx, "victim@x.io")
    if owners_code == "000000":
        owners_code = None  # the attacker's guess happened to be it: skip that part
    known = await _exhaust(live_backend, "attack-1", "victim@x.io", tok)
    known += await _exhaust(live_backend, "attack-2", "victim@x.io", tok)
    await ctx.drain()
    with ctx.db.session() as s:
        alerts = s.execute(select(AuditEvent).where(AuditEvent.event == "identity_alert")).scalars().all()
    assert len(alerts) == 1 and '"failures": 10' in alerts[0].detail
    alert_mails = [m for m in outbox(ctx, "email", "victim@x.io") if m.subject.startswith("Tentatives")]
    assert len(alert_mails) == 1 and live_backend.settings.phone_line in alert_mails[0].body
    codes_before = len(_identity_codes(ctx, "victim@x.io"))
    # a third conversation: the session's own account is told no code comes, and none is emailed
    st, body = await support_call(live_backend, "identity/start", {"conversation_id": "attack-3",
                                  "email": "victim@x.io"}, tok)
    assert (st, body["error"]) == (403, "identity_checks_suspended")
    st, body = await support_call(live_backend, "identity/start", {"conversation_id": "attack-4"}, tok)
    assert (st, body["error"]) == (403, "identity_checks_suspended")
    await ctx.drain()
    assert len(_identity_codes(ctx, "victim@x.io")) == codes_before
    if owners_code:  # even the right code of an earlier check is refused now
        st, body = await support_call(live_backend, "identity/confirm", {"conversation_id": "owner", "code": owners_code},
                                      owner)
        assert st == 400 and body["error"] == "invalid_code"
    st, body = await support_call(live_backend, "identity", {"conversation_id": "owner"}, owner)
    assert body["verified"] is False and body["missing"] == ["email_code"]
    # before the block, exactly what an address that is not the account's gets, answer by answer;
    # after it, another address still gets that neutral answer
    unknown = []
    for i in (1, 2, 3):
        unknown += await _exhaust(live_backend, f"probe-{i}", "nobody@x.io", tok)
    assert known == unknown[: len(known)]
    with ctx.db.session() as s:
        assert len(s.execute(select(AuditEvent).where(AuditEvent.event == "identity_alert")).scalars().all()) == 1


async def test_the_window_is_per_account_and_passes(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "victim@x.io", state="sms")
    make_user(ctx, "other@x.io", state="sms")
    tok, other = await _session(browser, "victim@x.io"), await _session(browser, "other@x.io")
    await _exhaust(live_backend, "a1", "victim@x.io", tok)
    await _exhaust(live_backend, "a2", "victim@x.io", tok)
    await ctx.drain()
    # another account is not affected
    await _start(live_backend, "o1", "other@x.io", other)
    await ctx.drain()
    st, body = await support_call(live_backend, "identity/confirm",
                                  {"conversation_id": "o1", "code": last_email_code(ctx, "other@x.io")}, other)
    assert (st, body) == (200, {"verified": True})
    # 24 hours later the victim gets codes again, and a right one verifies (a new login: the
    # earlier session has expired by then)
    clock.shift(hours=24, seconds=1)
    tok = await _session(browser, "victim@x.io")
    await _start(live_backend, "later", "victim@x.io", tok)
    await ctx.drain()
    st, body = await support_call(live_backend, "identity/confirm",
                                  {"conversation_id": "later", "code": last_email_code(ctx, "victim@x.io")}, tok)
    assert st == 200 and body == {"verified": True}


async def test_spread_over_hours_still_counts(live_backend, clock, browser):
    """Slow guessing (a check every three hours, under every short limit) is caught by the
    24-hour count: each check emailed its code, the one after the tenth wrong guess does not."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "slow@x.io", state="sms")
    for hour in range(2):
        tok = await _session(browser, "slow@x.io")  # a fresh login each time (sessions expire)
        await _exhaust(live_backend, f"slow-{hour}", "slow@x.io", tok)
        clock.shift(hours=3)
    await ctx.drain()
    before = len(_identity_codes(ctx, "slow@x.io"))
    assert before == 2
    tok = await _session(browser, "slow@x.io")
    st, body = await support_call(live_backend, "identity/start", {"conversation_id": "slow-next",
                                  "email": "slow@x.io"}, tok)
    assert (st, body["error"]) == (403, "identity_checks_suspended")
    await ctx.drain()
    assert len(_identity_codes(ctx, "slow@x.io")) == before


async def test_the_alert_goes_in_the_chats_language_and_the_status_says_codes_stopped(
        live_backend, clock, browser):
    """Fifty-sixth outside check, F8: an English chat's wrong codes got English code emails and
    a French alert (« Tentatives de vérification… »), and the chat learnt that no code would
    come only after asking the address. The alert follows the chat's language; the session's
    own status says the codes are stopped, so the chat can say it first."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "en-victim@x.io", state="sms")
    tok = await _session(browser, "en-victim@x.io")
    st, body = await support_call(live_backend, "status", {"conversation_id": "en-0"}, tok)
    assert body["identity_checks_suspended"] is False
    for i in range(2):
        await support_call(live_backend, "identity/start", {"conversation_id": f"en-{i}", "email": "en-victim@x.io",
                                                            "language": "en"}, tok)
        for _ in range(live_backend.settings.email_code_max_tries):
            await support_call(live_backend, "identity/confirm",
                               {"conversation_id": f"en-{i}", "code": "000000", "language": "en"}, tok)
    await ctx.drain()
    subjects = [m.subject for m in outbox(ctx, "email", "en-victim@x.io")]
    assert "Attempts to verify your identity" in subjects, subjects
    assert not any(s.startswith("Tentatives") for s in subjects), subjects
    st, body = await support_call(live_backend, "status", {"conversation_id": "en-2"}, tok)
    assert st == 200 and body["identity_checks_suspended"] is True
