"""The domain: every decision about an account is taken here, nowhere else.

Rules are plain functions over a `Context` (settings, database, senders) that read the time
from `bot.clock`, so tests freeze the clock and run them on SQLite or PostgreSQL alike.
They raise `RuleError`, which the HTTP layer turns into a 4xx JSON answer.
"""

from bot.rules.context import Context, RuleError

__all__ = ["Context", "RuleError"]
