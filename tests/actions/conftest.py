"""Fixtures for the action tests: the real domain and a live backend behind bot.client
(the conversation driver is tests/actions/driver.py).

Every test that uses `backend` runs on SQLite and PostgreSQL (the `live_backend` fixture is
parametrized by tests/conftest.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

import pytest
import pytest_asyncio

from bot import client as client_mod
from bot.readiness import free_port  # bound then released: nothing listens there

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_FILE = ROOT / "domain.yml"


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    """domain.yml as Rasa sends it to the action server (Domain.as_dict())."""
    assert DOMAIN_FILE.exists(), "domain.yml is missing: the actions dispatch its responses"
    from rasa.shared.core.domain import Domain

    return Domain.load(str(DOMAIN_FILE)).as_dict()


@pytest_asyncio.fixture
async def backend(live_backend):
    """The live backend, with bot.client's process-wide client pointed at it."""
    c = client_mod.SupportClient(live_backend.url, live_backend.settings.support_token, timeout=5)
    previous = client_mod.set_client(c)
    yield live_backend
    await c.close()
    client_mod.set_client(previous)


@pytest_asyncio.fixture
async def backend_down():
    """bot.client pointed at a loopback port where nothing listens."""
    c = client_mod.SupportClient(f"http://127.0.0.1:{free_port()}", "whatever", timeout=2)
    previous = client_mod.set_client(c)
    yield c
    await c.close()
    client_mod.set_client(previous)


