"""Fixtures of the unit tests (the shared ones live in tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.api._kit import FrozenClock, install_fast_hashes
from tests.api._kit import database_url, sqlite_template  # noqa: F401  (faster equivalents)

install_fast_hashes()


@pytest.fixture
def clock():
    c = FrozenClock()
    yield c
    c.stop()
