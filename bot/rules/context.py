"""What every rule needs, built once per process."""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.config import Settings
from bot.db import Database

log = logging.getLogger(__name__)

AFTER_ANSWER_DELAY = 0.05  # seconds
T = TypeVar("T")


class RuleError(Exception):
    """A request the rules refuse: HTTP status, a stable error code, an English message."""

    def __init__(self, status: int, error: str, message: str, **extra: Any):
        super().__init__(message)
        self.status, self.error, self.message, self.extra = status, error, message, extra

    @classmethod
    def retry_later(cls, error: str, message: str, retry_after: int, **extra: Any) -> RuleError:
        """A 429: the request is refused for now, `retry_after` seconds says when to try again
        (the body's `retry_after`, which the clients show: the portal's countdown, the
        assistant's "try again in N seconds")."""
        return cls(429, error, message, retry_after=retry_after, **extra)

    @classmethod
    def not_one_of(cls, name: str, allowed: Sequence[str], lead: str = "") -> RuleError:
        """A 400 for a field that takes one of a few values: `invalid_<name>`, a message naming
        them and `allowed`, the list a client or the console can offer instead (the caller
        check, the ticket queue's filters and the reset reason said it four ways)."""
        return cls(
            400,
            f"invalid_{name}",
            f"{lead}{name} must be one of {', '.join(allowed)}.",
            allowed=list(allowed),
        )

    def body(self) -> dict:
        return {"error": self.error, "message": self.message, **self.extra}


def unit_of_work(fn: Callable[..., T]) -> Callable[..., Any]:
    """Make a synchronous use case `fn(ctx, ...)` awaitable, run on the database's threads.
    The plain function stays reachable as `.sync` (CLI, tests, other units of work)."""

    @functools.wraps(fn)
    async def run(ctx: Context, *args: Any, **kwargs: Any) -> T:
        return await ctx.unit(fn, ctx, *args, **kwargs)

    run.sync = fn  # type: ignore[attr-defined]
    return run


# nice value of the hashing threads (Linux: per thread; argon2's own threads inherit it)
HASH_NICE = 10


def _yield_to_the_loop() -> None:
    """Lower the hashing threads' CPU priority. Off the loop is not enough: with argon2's
    parallelism 4, two hashing threads run 8 CPU-bound threads on 2 cores and the event loop
    got one share in nine, so a status call took 4x longer during a burst of wrong logins
    (bench phase status-under-logins, bench/NOTES.md). At nice 10 the loop comes first and
    the hashes use what is left: logins per second did not drop in that measurement."""
    try:
        os.setpriority(os.PRIO_PROCESS, 0, HASH_NICE)  # 0: the calling thread on Linux
    except (AttributeError, OSError):  # not Linux, or not allowed: run at normal priority
        pass


@dataclass
class Context:
    settings: Settings
    db: Database
    sms: Any
    email: Any
    _tasks: set = field(default_factory=set)
    _pool: ThreadPoolExecutor | None = None

    @property
    def pool(self) -> ThreadPoolExecutor:
        """The few threads that run password hashing (argon2 costs ~0.5 s of CPU on purpose),
        so the event loop keeps answering meanwhile. Bounded (HASH_WORKERS): a burst of logins
        queues here instead of taking every core. Units of work have their own pool
        (`unit`, bot/db.py): a queue of hashes never delays a customer's status."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(
                max_workers=max(1, self.settings.hash_workers),
                thread_name_prefix="m2m-blocking",
                initializer=_yield_to_the_loop,
            )
        return self._pool

    async def blocking(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a CPU-bound function (argon2) on the hashing pool and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, functools.partial(fn, *args, **kwargs))

    async def unit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a unit of work (a function that opens `ctx.db.session()`) off the event loop."""
        return await self.db.run(fn, *args, **kwargs)

    def later(self, coro) -> None:
        """Run a coroutine after the answer (emails), so that the answer's timing does not
        tell whether an email was sent. `drain()` waits for them (shutdown, tests)."""

        async def after_the_answer():
            # start once the answer that scheduled this has left: run at once, the work
            # would delay that answer and its timing would tell whether an email was sent
            await asyncio.sleep(AFTER_ANSWER_DELAY)
            return await coro

        task = asyncio.get_running_loop().create_task(after_the_answer())
        self._tasks.add(task)

        def _done(t: asyncio.Task) -> None:
            self._tasks.discard(t)
            if not t.cancelled() and t.exception() is not None:
                log.error("background task failed: %s", type(t.exception()).__name__)

        task.add_done_callback(_done)

    async def drain(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        await self.drain()
        await self.sms.close()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        self.db.dispose()


def build_context(settings: Settings, db: Database | None = None) -> Context:
    from bot.senders import build_email_sender, build_sms_verifier

    db = db or Database(settings.database_url)
    return Context(
        settings=settings,
        db=db,
        sms=build_sms_verifier(settings, db),
        email=build_email_sender(settings, db),
    )
