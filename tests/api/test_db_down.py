"""The database failing during a check: the check fails closed (never "complete"), the API
answers a JSON error without a stack trace, and nothing half-done lets the customer in."""

from __future__ import annotations

import json
from contextlib import contextmanager

from sqlalchemy import create_engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from bot.models import Challenge
from bot.rules import codes as code_rules
from bot.rules.context import RuleError
from tests.api._kit import SECRET, support_call, totp_code, user_row
from tests.helpers import last_sms_code, make_user, utc

T0 = utc(2024, 6, 3, 8, 0, 15)
DEAD_URL = "postgresql+psycopg2://nobody@127.0.0.1:1/none"


class Flaky:
    """Wraps Database.session: after arm(n), the n-th next session fails to connect."""

    def __init__(self, db):
        self.db = db
        self.real = db.session
        self.countdown = None

    def arm(self, n: int) -> None:
        self.countdown = n

    @contextmanager
    def session(self):
        if self.countdown is not None:
            self.countdown -= 1
            if self.countdown <= 0:
                self.countdown = None
                raise OperationalError("SELECT 1", {}, Exception("could not connect to server"))
        with self.real() as s:
            yield s


def _assert_clean_error(st: int, text: str) -> None:
    assert 400 <= st < 600 and st != 200
    body = json.loads(text)
    assert set(body) >= {"error", "message"}
    for leak in ("Traceback", "OperationalError", "psycopg2", "sqlalchemy", "127.0.0.1:1", "File \""):
        assert leak not in text


async def _post(b, path, body):
    async with b.http.post(f"{b.lb.url}{path}", json=body,
                           headers={"Cookie": "; ".join(f"{k}={v}" for k, v in b.cookies.items()),
                                    "Origin": b.lb.url}) as r:
        return r.status, await r.text()


async def test_database_gone_during_verify(live_backend, clock, browser, monkeypatch):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "d@x.io", state="app")
    b = browser()
    st, view = await b.login("d@x.io")
    assert view["stage"] == "second_factor"
    code = totp_code(SECRET, T0)

    dead = create_engine(DEAD_URL, future=True, connect_args={"connect_timeout": 1})
    real_factory = ctx.db._factory
    monkeypatch.setattr(ctx.db, "_factory", sessionmaker(dead, future=True, expire_on_commit=False))
    st, text = await _post(b, "/api/portal/verify", {"code": code})
    _assert_clean_error(st, text)
    async with live_backend.http.get(f"{live_backend.url}/healthz") as r:
        assert r.status == 503 and (await r.json())["error"] == "database_unavailable"
    st, body = await b.me()
    assert st == 503 and body["error"] == "service_unavailable" and body["retry_after"] > 0
    async with live_backend.http.post(f"{live_backend.url}/api/support/identity/start",
                                      json={"conversation_id": "c", "email": "d@x.io"},
                                      headers=live_backend.support_headers()) as r:
        _assert_clean_error(r.status, await r.text())
    # a caller without a session token is nobody: that answer needs no database
    async with live_backend.http.post(f"{live_backend.url}/api/support/status", json={"conversation_id": "c"},
                                      headers=live_backend.support_headers()) as r:
        assert r.status == 200 and (await r.json())["known"] is False

    # back up: nothing happened, the same code still completes the login
    monkeypatch.setattr(ctx.db, "_factory", real_factory)
    dead.dispose()
    assert user_row(ctx, "d@x.io").totp_last_step == -1
    st, view = await b.verify(code)
    assert st == 200 and view["stage"] == "complete"


async def test_database_fails_between_check_and_completion(live_backend, clock, browser, monkeypatch):
    """The SMS verifier said yes, then the write that completes the login fails."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "m@x.io", state="sms")
    b = browser()
    await b.login("m@x.io")
    code = last_sms_code(ctx)
    flaky = Flaky(ctx.db)
    monkeypatch.setattr(ctx.db, "session", flaky.session)
    checks = []
    real_check = ctx.sms.check

    async def spy(**kw):
        ok = await real_check(**kw)
        checks.append(ok)
        flaky.arm(1)  # the very next unit of work fails
        return ok

    monkeypatch.setattr(ctx.sms, "check", spy)
    st, text = await _post(b, "/api/portal/verify", {"code": code})
    assert checks == [True]
    _assert_clean_error(st, text)
    monkeypatch.setattr(ctx.sms, "check", real_check)
    st, view = await b.me()
    assert st == 200 and view["stage"] == "second_factor"
    with ctx.db.session() as s:
        assert s.execute(select(Challenge)).scalar_one().completed_at is None


async def test_replay_guard_failure_fails_closed(live_backend, clock, browser, monkeypatch):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "r@x.io", state="app")
    b = browser()
    await b.login("r@x.io")
    token = b.cookies["m2m_session"]

    def broken(session, user_id, step):
        raise OperationalError("UPDATE users", {}, Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(code_rules, "consume_step", broken)
    try:
        await code_rules.verify(ctx, token, totp_code(SECRET, T0), False)
    except (OperationalError, RuleError) as exc:
        assert not (isinstance(exc, RuleError) and exc.status < 400)
    else:  # pragma: no cover - the assertion explains
        raise AssertionError("verify returned although the replay guard could not be written")
    st, text = await _post(b, "/api/portal/verify", {"code": totp_code(SECRET, T0)})
    _assert_clean_error(st, text)
    st, view = await b.me()
    assert view["stage"] == "second_factor"
    u = user_row(ctx, "r@x.io")
    assert u.totp_last_step == -1


async def test_identity_confirm_with_database_failing(live_backend, clock, monkeypatch, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "i@x.io", state="app")
    b = browser()
    assert (await b.login("i@x.io"))[0] == 200
    tok = await b.widget_token()
    assert (await support_call(live_backend, "identity/start", {"conversation_id": "ci"}, tok))[0] == 202
    await ctx.drain()
    from tests.helpers import last_email_code

    code = last_email_code(ctx, "i@x.io")
    flaky = Flaky(ctx.db)
    monkeypatch.setattr(ctx.db, "session", flaky.session)
    flaky.arm(2)  # identify() works, the confirmation's own unit of work fails
    async with live_backend.http.post(f"{live_backend.url}/api/support/identity/confirm",
                                      json={"conversation_id": "ci", "code": code},
                                      headers=live_backend.support_headers(tok)) as r:
        _assert_clean_error(r.status, await r.text())
    st, body = await support_call(live_backend, "identity", {"conversation_id": "ci"}, tok)
    assert body["verified"] is False
