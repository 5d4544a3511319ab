"""Fixtures of the unit tests (the shared ones live in tests/conftest.py)."""

from __future__ import annotations

from tests.api._kit import install_fast_hashes
from tests.api._kit import database_url, sqlite_template  # noqa: F401  (faster equivalents)

install_fast_hashes()
