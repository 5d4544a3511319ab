"""A Redis lock store whose lock really excludes: one Redis lock per conversation.

Why not Rasa's own `RedisLockStore`: its ticket lock is read from Redis, changed in Python
and written back in separate steps (issue a ticket, serve, clean up). Two Rasa processes
(two Sanic workers, or two instances) receiving messages of the same conversation at the
same moment can both read "no lock", both take ticket 0 and run their turns at the same
time, or one deletes the lock the other is waiting on, which then fails with `LockError`
(the REST channel answers 200 with an empty list). The SQL tracker store then saves only
the events beyond the count it already holds, so one of the two turns vanishes.
tests/e2e/test_bursts.py sends such bursts; bench/ measures both stores.

This store keeps Rasa's interface (`lock()` is the only method Rasa's agent and HTTP API
use) but takes redis-py's `Lock` (SET NX PX with a random token, released by a Lua script
that checks the token): acquiring is one atomic command, a lock can only be released by
its holder, and it expires after `lock_lifetime` seconds (Rasa's TICKET_LOCK_LIFETIME,
60 s by default) if its holder died. Waiting turns poll every 20 ms (Rasa's ticket lock
polls every second); they are not served in arrival order, which only matters for
messages sent at the same instant, whose order is undefined anyway.

endpoints.yml:  lock_store: {type: bot.rasa_ext.lock_store.AtomicRedisLockStore,
                             url: HOST, port: 6379, db: 1, key_prefix: m2m}
Rasa accepts several Sanic workers with it (any lock store but the in-memory one).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

log = logging.getLogger(__name__)

POLL_SECONDS = 0.02
# the keys differ from RedisLockStore's ("lock:<id>") so that a stock Rasa process
# pointed at the same Redis cannot misread them
MUTEX_PREFIX = "mutex:"


class AtomicRedisLockStore(RedisLockStore):
    """Per-conversation mutual exclusion in Redis for several Rasa processes."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            kwargs = {**endpoint_config.kwargs, **kwargs}
            kwargs.setdefault("host", endpoint_config.url or "localhost")
        kwargs.setdefault("host", "localhost")
        # the synchronous client of the parent serves Rasa's ticket API, which nothing
        # in Rasa 3.6 calls besides lock(); kept so the class stays a RedisLockStore
        # (Rasa allows SANIC_WORKERS > 1 for it)
        super().__init__(**kwargs)
        self._redis_kwargs: dict[str, Any] = {
            "host": kwargs["host"],
            "port": int(kwargs.get("port", 6379)),
            "db": int(kwargs.get("db", 1)),
            "username": kwargs.get("username"),
            "password": kwargs.get("password"),
            "ssl": bool(kwargs.get("use_ssl", False)),
            "ssl_certfile": kwargs.get("ssl_certfile"),
            "ssl_keyfile": kwargs.get("ssl_keyfile"),
            "ssl_ca_certs": kwargs.get("ssl_ca_certs"),
            "socket_timeout": float(kwargs.get("socket_timeout", 10)),
        }
        self._client: Any = None
        self._client_loop: asyncio.AbstractEventLoop | None = None

    def _async_client(self) -> Any:
        """One asyncio client per event loop (each Sanic worker runs its own)."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop:
            import redis.asyncio

            self._client = redis.asyncio.Redis(**self._redis_kwargs)
            self._client_loop = loop
        return self._client

    def mutex_key(self, conversation_id: str) -> str:
        return self.key_prefix + MUTEX_PREFIX + conversation_id

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,
    ) -> AsyncGenerator[TicketLock, None]:
        """Hold the conversation's lock for the block; wait up to `lock_lifetime`
        seconds for it, then raise `LockError` like Rasa's stores do."""
        mutex = self._async_client().lock(
            self.mutex_key(conversation_id),
            timeout=lock_lifetime,
            sleep=POLL_SECONDS,
            blocking_timeout=lock_lifetime,
        )
        await _acquire(mutex, conversation_id, lock_lifetime)
        try:
            yield TicketLock(conversation_id)
        finally:
            await _release(mutex, conversation_id, lock_lifetime)


async def _acquire(mutex: Any, conversation_id: str, lock_lifetime: float) -> None:
    """Wait for the lock; Rasa's `LockError` when Redis fails or the wait is over, which is
    what Rasa's agent and channels expect from a lock store."""
    from redis.exceptions import RedisError

    try:
        acquired = await mutex.acquire()
    except RedisError as exc:
        raise LockError(
            f"Could not acquire lock for conversation_id '{conversation_id}': {exc}"
        ) from exc
    if not acquired:
        raise LockError(
            f"Could not acquire lock for conversation_id '{conversation_id}' "
            f"within {lock_lifetime} s."
        )


async def _release(mutex: Any, conversation_id: str, lock_lifetime: float) -> None:
    """Release the lock after the turn. Never raises: the turn is done and its answer must
    go out; a lock that cannot be released expires by itself."""
    from redis.exceptions import LockError as RedisLockError
    from redis.exceptions import RedisError

    try:
        await mutex.release()
    except RedisLockError:
        # expired before the turn ended (a turn longer than TICKET_LOCK_LIFETIME):
        # another turn may have started; say so, it is worth an operator's look
        log.warning("lock of conversation %s expired before its turn finished", conversation_id)
    except RedisError as exc:
        log.warning(
            "could not release the lock of conversation %s: %s (it expires in %s s)",
            conversation_id,
            exc,
            lock_lifetime,
        )
