"""The use cases: load what a rule needs, ask the rule (bot/core, pure), save in one
transaction, then send or email after the commit.

They are plain functions over a `Context` (settings, database, senders) that read the time
from `bot.clock`, so tests freeze the clock and run them on SQLite or PostgreSQL alike; the
synchronous units of work run on the database's threads (`ctx.unit`), never on the event loop.
They raise `RuleError`, which the HTTP layer turns into a 4xx JSON answer.
"""

from bot.rules.context import Context, RuleError

__all__ = ["Context", "RuleError"]
