"""Fixtures shared by every test: settings, a migrated database (SQLite and PostgreSQL),
a rules context, a live backend on an ephemeral port, a frozen clock for date rules.

PostgreSQL (127.0.0.1:5432, trust auth, database `test`) runs the same tests as SQLite.
Outside CI a missing server skips them with the reason; under CI=true it fails instead.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from aiohttp.test_utils import TestServer

from bot.config import Settings
from bot.db import Database
from bot.rules.context import build_context
from tests.api._kit import FrozenClock

IN_CI = os.environ.get("CI", "").lower() == "true"
PG_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")

SUPPORT_TOKEN = "test-support-token-" + secrets.token_hex(8)
AGENT_TOKEN = "test-agent-token-" + secrets.token_hex(8)
SIGNING_KEY = "test-signing-key-" + secrets.token_hex(16)


# Tests that start Rasa, so need the trained model. `make test` runs every other test while
# the model trains, then these on two workers (Makefile, target test). A test that needs the
# model and is not listed here fails in CI: the first run happens before any model exists.
NEEDS_MODEL = ("tests/e2e/", "tests/browser/", "tests/abuse/test_rasa_chat.py",
               "tests/abuse/test_stack_topology.py")
ROOT = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.relative_to(ROOT).as_posix().startswith(NEEDS_MODEL):
            item.add_marker(pytest.mark.model)


@pytest.fixture
def clock():
    """A frozen clock (tests.api._kit.FrozenClock), stopped after the test."""
    c = FrozenClock()
    yield c
    c.stop()


def _pg_or_skip(reason: str):
    if IN_CI:
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"PostgreSQL not reachable ({reason}); CI runs these tests")


@contextlib.contextmanager
def scratch_pg_database(prefix: str):
    """A new, empty PostgreSQL database named `prefix_…` (its URL), dropped afterwards with
    whatever still holds a connection to it."""
    import psycopg2
    from sqlalchemy.engine import make_url

    try:
        admin = psycopg2.connect(PG_ADMIN_URL, connect_timeout=3)
    except psycopg2.OperationalError as exc:
        _pg_or_skip(str(exc).strip().splitlines()[0])
    admin.autocommit = True
    name = f"{prefix}_{os.getpid()}_{secrets.token_hex(3)}"
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg2", database=name)
    finally:
        with admin.cursor() as cur:
            cur.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' "
                        "AND pid <> pg_backend_pid()")
            cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()


@pytest.fixture(scope="session")
def pg_url():
    """A fresh PostgreSQL database for this test run, dropped at the end."""
    with scratch_pg_database("m2m_test") as url:
        Database(str(url)).migrate()
        yield str(url)


def _truncate_pg(url: str) -> None:
    from sqlalchemy import text

    from bot.db import Base

    db = Database(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.session() as s:
        s.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    db.dispose()


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory):
    """A SQLite file migrated once per run: each test gets a copy (running the migrations
    for each of about a thousand tests took a tenth of a second each)."""
    path = tmp_path_factory.mktemp("sqlite-template") / "migrated.db"
    db = Database(f"sqlite:///{path}")
    db.migrate()
    db.dispose()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        shutil.copyfile(request.getfixturevalue("migrated_sqlite_file"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("pg_url")
    _truncate_pg(url)
    return url


@pytest.fixture
def settings(database_url) -> Settings:
    return Settings(database_url=database_url, support_token=SUPPORT_TOKEN, agent_token=AGENT_TOKEN,
                    signing_key=SIGNING_KEY, sms_backend="outbox", email_backend="outbox",
                    rasa_url="http://127.0.0.1:9")


@pytest_asyncio.fixture
async def ctx(settings):
    c = build_context(settings)
    yield c
    await c.close()


@dataclass
class LiveBackend:
    """The backend's HTTP app on an ephemeral loopback port, plus shortcuts for tests."""

    url: str
    ctx: object
    settings: Settings
    http: aiohttp.ClientSession

    def support_headers(self, customer_token: str | None = None) -> dict:
        h = {"Authorization": f"Bearer {self.settings.support_token}"}
        if customer_token:
            h["X-Customer-Session"] = customer_token
        return h

    async def portal(self, email: str, password: str | None = None) -> tuple[aiohttp.ClientSession, dict]:
        """A browser of its own, logged in (password step) as `email`."""
        from tests.helpers import PASSWORD

        # a browser on our own pages: its POST calls carry our Origin (bot/api/csrf.py)
        browser = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True),
                                        headers={"Origin": self.url, "Content-Type": "application/json"})
        async with browser.post(f"{self.url}/api/portal/login",
                                json={"email": email, "password": password or PASSWORD}) as r:
            assert r.status == 200, await r.text()
            view = await r.json()
        self._browsers.append(browser)
        return browser, view

    async def past_second_factor(self, email: str, now, secret: str | None = None) -> str:
        """The widget token of `email` (an app account) logged in past the second factor at
        `now` (the clock must be frozen there: the TOTP code is computed for it)."""
        from tests.api._kit import SECRET, totp_code

        browser, _ = await self.portal(email)
        async with browser.post(f"{self.url}/api/portal/verify",
                                json={"code": totp_code(secret or SECRET, now)}) as r:
            assert r.status == 200, await r.text()
        return await self.customer_token(browser)

    async def customer_token(self, browser: aiohttp.ClientSession) -> str:
        async with browser.get(f"{self.url}/api/portal/widget-token") as r:
            assert r.status == 200, await r.text()
            return (await r.json())["token"]

    async def support(self, path: str, body: dict, customer_token: str | None = None) -> tuple[int, dict]:
        async with self.http.post(f"{self.url}/api/support/{path}", json=body,
                                  headers=self.support_headers(customer_token)) as r:
            return r.status, await r.json()

    def __post_init__(self):
        self._browsers = []


@pytest_asyncio.fixture
async def live_backend(ctx):
    from bot.api import create_app

    server = TestServer(create_app(ctx), host="127.0.0.1", port=0)
    await server.start_server()
    http = aiohttp.ClientSession()
    lb = LiveBackend(url=str(server.make_url("")).rstrip("/"), ctx=ctx, settings=ctx.settings, http=http)
    yield lb
    for b in lb._browsers:
        await b.close()
    await http.close()
    await server.close()
