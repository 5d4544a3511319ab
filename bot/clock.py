"""The one place that reads the time, so tests can freeze it (time-machine patches it)."""

from datetime import datetime, timezone


def now() -> datetime:
    """Current time, timezone-aware UTC."""
    return datetime.now(timezone.utc)
