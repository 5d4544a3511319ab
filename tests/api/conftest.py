"""Fixtures of the API tests (the shared ones live in tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.api._kit import Browser, install_fast_hashes
from tests.api._kit import database_url, sqlite_template  # noqa: F401  (faster equivalents)

install_fast_hashes()


@pytest.fixture
def browser(live_backend):
    """Make browsers: browser() -> a new Browser on the live backend."""
    return lambda: Browser(live_backend)
