"""Issue 15, item 5: argon2 (and the login's unit of work) off the event loop.

The attacker sends a burst of wrong-password logins: each costs an argon2 verification (about
half a second of CPU, on purpose). Done on the event loop, every other request waits behind
them: the health check, the chat's Support API calls. With the context's thread pool, the
loop keeps answering while the hashes run.

The accounts here use argon2 with the library's real parameters (the other tests use a cheap
hash). The assertion is about order, not time: the health checks, polled one after another
while the burst runs, all answer before the logins have finished.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import update

from bot.models import User
from bot.security import hash_password
from tests.helpers import make_user

LOGINS = 20
POLLS = 10


async def test_health_answers_while_twenty_wrong_logins_hash(backend_with):
    lb = await backend_with(login_free_per_account=LOGINS, login_free_per_client=LOGINS * 2)
    real_hash = hash_password("the-right-password")  # default argon2 cost, computed once
    for i in range(LOGINS):
        make_user(lb.ctx, f"slow{i}@x.io", state="app")
    with lb.ctx.db.session() as s:
        s.execute(update(User).values(password_hash=real_hash))
    order: list[str] = []

    async def login(i: int) -> int:
        async with lb.http.post(f"{lb.url}/api/portal/login", headers={"Origin": lb.url},
                                json={"email": f"slow{i}@x.io", "password": "a-wrong-password"}) as r:
            await r.read()
        order.append("login")
        return r.status

    async def poll_health() -> None:
        for _ in range(POLLS):
            async with lb.http.get(f"{lb.url}/healthz") as r:
                assert r.status == 200
            order.append("health")

    burst = [asyncio.create_task(login(i)) for i in range(LOGINS)]
    await asyncio.sleep(0)  # the logins are sent first
    await poll_health()
    statuses = await asyncio.gather(*burst)
    assert statuses == [401] * LOGINS
    last_health = len(order) - 1 - order[::-1].index("health")
    logins_before_last_health = order[:last_health].count("login")
    # on the loop, each health check would wait for at least one whole hash: 10 checks, 10+ logins
    assert logins_before_last_health < LOGINS // 2, order
