"""SQLAlchemy engine and sessions (SQLAlchemy 1.4 used in 2.0 style: `future=True`).

SQLite by default (one file under var/), PostgreSQL in production and CI through
DATABASE_URL. The schema comes from the Alembic migrations in bot/migrations.

The driver is synchronous: the backend's async code runs every unit of work on this
database's own bounded thread pool (`await db.run(fn, ...)`), never on aiohttp's event loop,
so a slow query (or a burst of logins) does not stall every other customer. The pool has
fewer threads than the connection pool has connections, so a thread never waits for one.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import DateTime, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker
from sqlalchemy.types import TypeDecorator

Base = declarative_base()
T = TypeVar("T")
# threads running units of work: below the PostgreSQL pool (pool_size 10 + overflow 10), and
# SQLite serialises writers anyway
DB_WORKERS = 8


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no time zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///") :])
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, future=True, connect_args={"timeout": 15})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=15000")
            cur.close()

        return engine
    # pool_pre_ping: a restarted PostgreSQL gives a fresh connection instead of an error
    return create_engine(url, future=True, pool_pre_ping=True, pool_size=10, max_overflow=10)


class Database:
    """An engine and its session factory; `with db.session() as s:` is one unit of work."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self._factory = sessionmaker(self.engine, future=True, expire_on_commit=False)
        self._pool: ThreadPoolExecutor | None = None

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a blocking unit of work (it opens its own `session()`) off the event loop."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=DB_WORKERS, thread_name_prefix="m2m-db")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, functools.partial(fn, *args, **kwargs))

    @contextmanager
    def session(self) -> Iterator[Session]:
        s = self._factory()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        from bot.migrations import upgrade

        upgrade(self.engine)

    def dispose(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        self.engine.dispose()


def utcnow() -> datetime:
    from bot import clock

    return clock.now()
