"""Fixtures of the abuse suite: each test plays an attacker against the real backend
(`live_backend`, SQLite and PostgreSQL) or, where the finding is about `make run`'s topology,
against the whole stack started by tests/e2e/stack.py.

`backend_with(**settings)` starts a second live backend on the same database with some
settings changed (a demo key, trusted proxies, low limits), stopped after the test.
"""

from __future__ import annotations

import pytest
import pytest_asyncio
from aiohttp.test_utils import TestServer

from tests.api._kit import Browser, install_fast_hashes
from tests.api._kit import database_url, sqlite_template  # noqa: F401  (faster equivalents)

install_fast_hashes()


@pytest.fixture
def browser(live_backend):
    """Make browsers on the live backend: browser() -> tests.api._kit.Browser."""
    return lambda: Browser(live_backend)


@pytest_asyncio.fixture
async def backend_with(live_backend):
    """backend_with(**changes) -> a LiveBackend whose settings differ by `changes`."""
    import aiohttp

    from bot.api import create_app
    from bot.rules.context import build_context
    from tests.conftest import LiveBackend

    started = []

    async def start(**changes) -> LiveBackend:
        ctx = build_context(live_backend.settings.replace(**changes))
        server = TestServer(create_app(ctx), host="127.0.0.1", port=0)
        await server.start_server()
        lb = LiveBackend(url=str(server.make_url("")).rstrip("/"), ctx=ctx, settings=ctx.settings,
                         http=aiohttp.ClientSession())
        started.append((server, lb))
        return lb

    yield start
    for server, lb in started:
        for b in lb._browsers:
            await b.close()
        await lb.http.close()
        await server.close()
        await lb.ctx.close()
