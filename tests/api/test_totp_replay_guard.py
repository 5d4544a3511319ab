"""The TOTP replay guard in the database (bot/rules/codes.py `consume_step`, the rule itself
is bot/core/totp.py `is_fresh`): one atomic UPDATE per step, so racing requests with the same
code cannot both win, on SQLite or PostgreSQL."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select, update

from bot.models import User
from bot.rules.codes import consume_step
from tests.helpers import make_user

def _last_step(ctx, uid):
    with ctx.db.session() as s:
        return s.execute(select(User.totp_last_step).where(User.id == uid)).scalar_one()


async def test_consume_step_only_accepts_newer_steps(ctx):
    uid = make_user(ctx, "r@x.io", state="app")
    with ctx.db.session() as s:
        assert consume_step(s, uid, 100)
    with ctx.db.session() as s:
        assert not consume_step(s, uid, 100)  # same step: replay
    with ctx.db.session() as s:
        assert not consume_step(s, uid, 99)  # older step after a newer one
    with ctx.db.session() as s:
        assert consume_step(s, uid, 101)
    assert _last_step(ctx, uid) == 101


@pytest.mark.parametrize("workers", [2, 8])
async def test_consume_step_race_between_threads(ctx, workers):
    """Threads, each with its own connection, race for the same step: exactly one wins.
    Each holds its transaction open a moment so that the UPDATEs really overlap."""
    uid = make_user(ctx, f"race{workers}@x.io", state="app")
    barrier = threading.Barrier(workers)
    results, errors = [], []

    def worker():
        try:
            barrier.wait(timeout=10)
            with ctx.db.session() as s:
                won = consume_step(s, uid, 5000)
                time.sleep(0.1)
            results.append(won)
        except Exception as exc:  # pragma: no cover - shown in the assertion
            errors.append(repr(exc))

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    assert sorted(results) == [False] * (workers - 1) + [True]
    assert _last_step(ctx, uid) == 5000


async def test_consume_step_is_per_user(ctx):
    a = make_user(ctx, "a@x.io", state="app")
    b = make_user(ctx, "b@x.io", state="app")
    with ctx.db.session() as s:
        assert consume_step(s, a, 42)
    with ctx.db.session() as s:
        assert consume_step(s, b, 42)


async def test_consume_step_rolled_back_with_its_transaction(ctx):
    uid = make_user(ctx, "rb@x.io", state="app")
    with pytest.raises(RuntimeError):
        with ctx.db.session() as s:
            assert consume_step(s, uid, 77)
            raise RuntimeError("boom")
    with ctx.db.session() as s:
        s.execute(update(User).where(User.id == uid).values(name="x"))
    assert _last_step(ctx, uid) == -1
