"""Shared by the unit and API tests: a cheap password hash, a scripted browser for the
portal, time helpers, database scans."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import tempfile
import uuid
from datetime import datetime, timedelta

import aiohttp
import pyotp
import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

import bot.security
import tests.helpers as helpers
from bot.db import Base
from bot.models import Agent, Challenge, User

# argon2 with the library's defaults costs ~0.6 s per check on the test machines: the
# tests log in hundreds of times, so their accounts (and the dummy hash used for unknown
# emails, to keep both paths equally cheap) use a fast hash. verify() reads the
# parameters from the hash itself, so the code under test is unchanged.
_FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def install_fast_hashes() -> None:
    if getattr(helpers, "_fast_installed", False):
        return
    helpers._HASH = _FAST.hash(helpers.PASSWORD)
    bot.security._DUMMY_HASH = _FAST.hash("nobody-has-this-password")
    helpers._fast_installed = True


install_fast_hashes()

AGENT_USER, AGENT_PASSWORD = "alice", "Agent-Pass-42"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # tests.helpers.make_user's default TOTP secret


def add_agent(ctx, username: str = AGENT_USER, password: str = AGENT_PASSWORD) -> None:
    with ctx.db.session() as s:
        s.add(Agent(username=username, name=username.title(), password_hash=_FAST.hash(password)))


def totp_code(secret: str, at: datetime, offset_steps: int = 0) -> str:
    return pyotp.TOTP(secret).at(int(at.timestamp()) + 30 * offset_steps)


def user_row(ctx, email: str) -> User:
    with ctx.db.session() as s:
        return s.execute(select(User).where(User.email == email)).scalar_one()


def set_user(ctx, email: str, **values) -> None:
    with ctx.db.session() as s:
        u = s.execute(select(User).where(User.email == email)).scalar_one()
        for k, v in values.items():
            setattr(u, k, v)


def pending_secret(ctx, email: str) -> str:
    """The TOTP secret of the enrollment in progress (what the QR code carries)."""
    with ctx.db.session() as s:
        u = s.execute(select(User).where(User.email == email)).scalar_one()
        ch = s.execute(select(Challenge).where(Challenge.user_id == u.id, Challenge.purpose == "enroll",
                                               Challenge.completed_at.is_(None), Challenge.cancelled_at.is_(None))
                       .order_by(Challenge.created_at.desc())).scalars().first()
        assert ch is not None and ch.pending_secret
        return ch.pending_secret


def all_rows(ctx, exclude: tuple = ()) -> dict[str, list[dict]]:
    """Every row of every table, as dicts of strings (for 'is X stored anywhere' scans)."""
    out = {}
    with ctx.db.session() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in exclude:
                continue
            out[table.name] = [{k: ("" if v is None else str(v)) for k, v in row._mapping.items()}
                               for row in s.execute(table.select())]
    return out


def db_text(ctx, exclude: tuple = ()) -> str:
    return json.dumps(all_rows(ctx, exclude), ensure_ascii=False)


class Browser:
    """One browser on the portal. Cookies are kept by hand (not by aiohttp's jar), because
    the tests move the clock: a jar would expire them by its own idea of the time."""

    def __init__(self, lb):
        self.lb = lb
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar())
        self.cookies: dict[str, str] = {}
        self.set_cookie_headers: list[str] = []
        lb._browsers.append(self.http)

    async def call(self, method: str, path: str, body=None, *, raw: bytes | None = None,
                   headers: dict | None = None) -> tuple[int, dict]:
        """A call from our own pages: Origin is the backend's, a POST always sends JSON
        (as common.js does); `headers` may override both (the CSRF tests)."""
        kwargs = {"headers": {"Origin": self.lb.url, **(headers or {})}}
        if body is None and raw is None and method != "GET":
            body = {}
        if raw is not None:
            kwargs["data"] = raw
            kwargs["headers"].setdefault("Content-Type", "application/json")
        elif body is not None:
            kwargs["json"] = body
        if self.cookies:
            kwargs["headers"]["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        async with self.http.request(method, f"{self.lb.url}{path}", **kwargs) as r:
            for morsel in r.cookies.values():
                self.set_cookie_headers.append(morsel.OutputString())
                if morsel.value == "" or morsel["max-age"] in ("0", 0):
                    self.cookies.pop(morsel.key, None)
                else:
                    self.cookies[morsel.key] = morsel.value
            text = await r.text()
            try:
                data = json.loads(text)
            except ValueError:
                data = {"_text": text}
            return r.status, data

    async def login(self, email: str, password: str | None = None) -> tuple[int, dict]:
        return await self.call("POST", "/api/portal/login", {"email": email, "password": password or helpers.PASSWORD})

    async def verify(self, code, remember: bool = False) -> tuple[int, dict]:
        return await self.call("POST", "/api/portal/verify", {"code": code, "remember_device": remember})

    async def resend(self) -> tuple[int, dict]:
        return await self.call("POST", "/api/portal/resend", {})

    async def enroll(self, method: str, phone: str | None = None) -> tuple[int, dict]:
        body = {"method": method}
        if phone is not None:
            body["phone"] = phone
        return await self.call("POST", "/api/portal/enroll", body)

    async def switch(self, method: str) -> tuple[int, dict]:
        return await self.call("POST", "/api/portal/switch-method", {"method": method})

    async def me(self) -> tuple[int, dict]:
        return await self.call("GET", "/api/portal/me")

    async def postpone(self) -> tuple[int, dict]:
        return await self.call("POST", "/api/portal/postpone", {})

    async def accept(self) -> tuple[int, dict]:
        return await self.call("POST", "/api/portal/accept", {})

    async def logout(self) -> tuple[int, dict]:
        return await self.call("POST", "/api/portal/logout", {})

    async def widget_token(self) -> str:
        st, body = await self.call("GET", "/api/portal/widget-token")
        assert st == 200, body
        return body["token"]

    @property
    def device(self) -> str | None:
        return self.cookies.get("m2m_device")


async def agent_call(lb, method: str, path: str, body=None, token: str | None = "default") -> tuple[int, dict]:
    headers = {"Origin": lb.url}  # the console's own origin (bot/api/csrf.py)
    if token == "default":
        token = lb.settings.agent_token
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is None and method != "GET":
        body = {}  # the API wants JSON on every POST (bot/api/csrf.py)
    async with lb.http.request(method, f"{lb.url}{path}", json=body, headers=headers) as r:
        return r.status, await r.json()


async def support_call(lb, path: str, body, customer_token: str | None = None, service_token: str | None = "default",
                       raw: bytes | None = None) -> tuple[int, dict]:
    headers = {}
    if service_token == "default":
        service_token = lb.settings.support_token
    if service_token is not None:
        headers["Authorization"] = f"Bearer {service_token}"
    if customer_token:
        headers["X-Customer-Session"] = customer_token
    kwargs = {"headers": headers}
    if raw is not None:
        kwargs["data"] = raw
        headers["Content-Type"] = "application/json"
    else:
        kwargs["json"] = body
    async with lb.http.post(f"{lb.url}/api/support/{path}", **kwargs) as r:
        return r.status, await r.json()




class FrozenClock:
    """A frozen clock (time-machine, tick=False) the test moves by hand."""

    def __init__(self):
        self._traveller = None
        self._coords = None
        self._loop = None
        self.now: datetime | None = None

    def set(self, dt: datetime) -> datetime:
        import time_machine

        assert dt.tzinfo is not None
        if self._traveller is None:
            self._traveller = time_machine.travel(dt, tick=False)
            self._coords = self._traveller.start()
            # time-machine also freezes time.monotonic, which would stop every asyncio timer
            # (sleeps, client timeouts): the event loop keeps the real monotonic clock
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is not None:
                loop.time = time_machine.escape_hatch.time.monotonic
                self._loop = loop
        else:
            self._coords.move_to(dt)
        self.now = dt
        return dt

    def shift(self, **delta) -> datetime:
        return self.set(self.now + timedelta(**delta))

    def stop(self) -> None:
        if self._loop is not None:
            del self._loop.time
            self._loop = None
        if self._traveller is not None:
            self._traveller.stop()
            self._traveller = None


# --------------------------------------------------------------------------- faster databases
# Same databases as tests/conftest.py's `database_url` (a freshly migrated SQLite file, the
# session's migrated PostgreSQL database emptied), made cheaper: SQLite files are copies of
# one migrated template on tmpfs (fsync is what costs), PostgreSQL is emptied with DELETE
# (TRUNCATE costs ~0.3 s a test) and commits without waiting for the WAL flush.


async def portal_widget(browser, email: str):
    """A customer logged in on the portal (password step): the browser and its widget token."""
    b = browser()
    st, view = await b.login(email)
    assert st == 200
    return b, await b.widget_token()


async def email_code_checked(lb, conversation: str, email: str, token: str) -> None:
    """The chat's email code, asked from the widget session and typed back: with the password,
    enough for a reset ticket (bot/core/assurance.py)."""
    from tests.helpers import last_email_code

    assert (await support_call(lb, "identity/start", {"conversation_id": conversation}, token))[0] == 202
    await lb.ctx.drain()
    st, body = await support_call(lb, "identity/confirm",
                                  {"conversation_id": conversation, "code": last_email_code(lb.ctx, email)}, token)
    assert (st, body) == (200, {"verified": True})


async def portal_and_email_code(lb, browser, email: str, conversation: str):
    """Logged in (password step) with the chat's email code too. The code goes to the
    session's account: no address needed."""
    b, token = await portal_widget(browser, email)
    await email_code_checked(lb, conversation, email, token)
    return b, token


def _fast_dir() -> str | None:
    return "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


@pytest.fixture(scope="session")
def sqlite_template():
    from bot.db import Database

    d = tempfile.mkdtemp(prefix="m2m-tests-", dir=_fast_dir())
    path = os.path.join(d, "template.db")
    db = Database(f"sqlite:///{path}")
    db.migrate()
    db.dispose()
    yield d, path
    shutil.rmtree(d, ignore_errors=True)


_PG_ENGINES: dict = {}


def _empty_pg(url: str) -> None:
    from sqlalchemy import create_engine

    engine = _PG_ENGINES.get(url)
    if engine is None:
        engine = _PG_ENGINES[url] = create_engine(url, future=True)
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, sqlite_template):
    if request.param == "sqlite":
        d, template = sqlite_template
        path = os.path.join(d, f"{uuid.uuid4().hex}.db")
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        for suffix in ("", "-wal", "-shm"):
            try:
                os.remove(path + suffix)
            except FileNotFoundError:
                pass
        return
    url = request.getfixturevalue("pg_url")
    _empty_pg(url)
    sep = "&" if "?" in url else "?"
    yield f"{url}{sep}options=-csynchronous_commit%3Doff"


async def cookie_call(lb, method, path, cookie, body=None):
    """The console's call: its cookie, its origin, a JSON body on POST (bot/api/csrf.py)."""
    if body is None and method == "POST":
        body = {}
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
        async with http.request(method, f"{lb.url}{path}", json=body,
                                headers={"Cookie": f"m2m_agent={cookie}", "Origin": lb.url}) as r:
            return r.status, await r.json()


async def agent_cookie(lb) -> str:
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
        async with http.post(f"{lb.url}/api/agent/login", json={"username": AGENT_USER, "password": AGENT_PASSWORD},
                             headers={"Origin": lb.url}) as r:
            assert r.status == 200, await r.text()
            assert (await r.json())["username"] == AGENT_USER
            morsel = r.cookies["m2m_agent"]
            assert morsel["httponly"] and morsel["samesite"] == "Strict"
            return morsel.value
