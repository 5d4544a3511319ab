"""bot.rasa_ext.lock_store.AtomicRedisLockStore against the real Redis (127.0.0.1:6379).

Two store objects stand for two Rasa processes (each builds its own from endpoints.yml).
What Rasa relies on: while one turn of a conversation holds the lock, no other turn of the
same conversation runs, whichever process it arrived on; other conversations are not held
up; a lock whose holder died expires; a turn that cannot get the lock in time gets
`LockError` (Rasa answers the customer through the channel guard)."""

from __future__ import annotations

import asyncio
import os
import secrets

import pytest
from rasa.core.lock_store import LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_ext.lock_store import AtomicRedisLockStore

IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture
def stores():
    import redis

    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        if IN_CI:
            pytest.fail(f"Redis is required in CI: {exc}")
        pytest.skip(f"Redis not reachable ({exc}); CI runs this test")
    prefix = f"t{secrets.token_hex(4)}"
    config = EndpointConfig.from_dict({"type": "bot.rasa_ext.lock_store.AtomicRedisLockStore", "url": "127.0.0.1",
                                       "port": 6379, "db": 1, "key_prefix": prefix})
    a, b = AtomicRedisLockStore(endpoint_config=config), AtomicRedisLockStore(endpoint_config=config)
    yield a, b
    for key in a.red.scan_iter(f"{prefix}:*"):
        a.red.delete(key)


def test_rasa_builds_it_from_endpoints_yml_and_allows_several_workers(stores):
    from rasa.core.lock_store import LockStore
    from rasa.core.utils import number_of_sanic_workers

    config = EndpointConfig.from_dict({"type": "bot.rasa_ext.lock_store.AtomicRedisLockStore", "url": "127.0.0.1",
                                       "port": 6379, "db": 1, "key_prefix": "m2m"})
    store = LockStore.create(config)
    assert isinstance(store, AtomicRedisLockStore) and isinstance(store, RedisLockStore)
    os.environ["SANIC_WORKERS"] = "2"
    try:
        assert number_of_sanic_workers(store) == 2
    finally:
        del os.environ["SANIC_WORKERS"]


async def test_turns_of_one_conversation_never_overlap_across_processes(stores):
    a, b = stores
    running, overlaps, done = 0, 0, []

    async def turn(store, i):
        nonlocal running, overlaps
        async with store.lock("conv-1", lock_lifetime=20):
            running += 1
            overlaps += running > 1
            await asyncio.sleep(0.01)  # the turn yields to the loop, as Rasa's do
            done.append(i)
            running -= 1

    await asyncio.gather(*(turn(a if i % 2 else b, i) for i in range(40)))
    assert overlaps == 0
    assert sorted(done) == list(range(40))


async def test_other_conversations_are_not_held_up(stores):
    a, b = stores
    async with a.lock("conv-busy", lock_lifetime=20):
        async with b.lock("conv-free", lock_lifetime=20):
            pass  # got it while conv-busy is held


async def test_a_turn_that_cannot_get_the_lock_in_time_gets_lock_error(stores):
    a, b = stores
    async with a.lock("conv-2", lock_lifetime=5):
        with pytest.raises(LockError):
            async with b.lock("conv-2", lock_lifetime=0.3):
                pass


async def test_the_lock_of_a_dead_holder_expires(stores):
    a, b = stores
    mutex = a._async_client().lock(a.mutex_key("conv-3"), timeout=0.3)
    assert await mutex.acquire()  # held by a "process" that then dies without releasing
    async with b.lock("conv-3", lock_lifetime=5):
        pass


async def test_a_turn_releases_only_its_own_lock(stores):
    a, b = stores
    async with a.lock("conv-4", lock_lifetime=0.2):
        await asyncio.sleep(0.4)  # expired meanwhile …
        mutex = b._async_client().lock(b.mutex_key("conv-4"), timeout=5)
        assert await mutex.acquire(blocking=False)  # … and another turn took it
    # leaving the block above did not release the other turn's lock
    assert await b._async_client().get(b.mutex_key("conv-4")) is not None
    await mutex.release()
