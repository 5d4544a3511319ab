"""Issue 15, item 4: password guessing.

The attacker tries passwords: many on one account (guessing), one on many accounts from one
address (spraying), in parallel bursts, with a forged X-Forwarded-For. Logins are throttled per
account and per client with growing delays; the answers never tell a known account from an
unknown one; agent accounts lock after repeated failures until another agent unlocks them.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import subprocess
import sys

import pytest
from sqlalchemy import select

from bot.models import AuditEvent
from tests.api._kit import AGENT_PASSWORD, AGENT_USER, add_agent
from tests.helpers import PASSWORD, make_user, utc

T0 = utc(2024, 6, 3, 8, 0, 15)
LOOPBACK_PROXY = (ipaddress.ip_network("127.0.0.1/32"),)


async def _login(lb, email, password, ip=None):
    headers = {"Origin": lb.url}
    if ip:
        headers["X-Forwarded-For"] = ip
    async with lb.http.post(f"{lb.url}/api/portal/login", json={"email": email, "password": password},
                            headers=headers) as r:
        return r.status, await r.json()


async def _agent_login(lb, username, password):
    async with lb.http.post(f"{lb.url}/api/agent/login", json={"username": username, "password": password},
                            headers={"Origin": lb.url}) as r:
        return r.status, await r.json()


async def test_growing_delays_per_account_same_answers_for_unknown_accounts(live_backend, clock):
    clock.set(T0)
    make_user(live_backend.ctx, "known@x.io", state="app")
    answers = {}
    for email in ("known@x.io", "unknown@x.io"):
        for _ in range(live_backend.settings.login_free_per_account):
            assert (await _login(live_backend, email, "wrong-guess"))[0] == 401
        seen = []
        for delay in (1, 2, 4, 8):
            st, body = await _login(live_backend, email, PASSWORD)  # even the right password: not tried
            seen.append((st, body))
            assert st == 429 and body["error"] == "too_many_attempts" and body["retry_after"] == delay, body
            clock.shift(seconds=delay)
            assert (await _login(live_backend, email, "wrong-guess"))[0] == 401
        answers[email] = seen
    assert answers["known@x.io"] == answers["unknown@x.io"]
    # the owner, once the delay is over, gets in, and the count starts again
    clock.shift(seconds=16)
    assert (await _login(live_backend, "known@x.io", PASSWORD))[0] == 200
    assert (await _login(live_backend, "known@x.io", "wrong-guess"))[0] == 401
    assert (await _login(live_backend, "known@x.io", "wrong-guess"))[0] == 401


async def test_delays_are_capped(backend_with, clock):
    clock.set(T0)
    lb = await backend_with(login_free_per_account=1, login_max_delay=60)
    assert (await _login(lb, "cap@x.io", "nope"))[0] == 401
    for expected in (1, 2, 4, 8, 16, 32, 60, 60):
        st, body = await _login(lb, "cap@x.io", "nope")
        assert st == 429 and body["retry_after"] == expected
        clock.shift(seconds=expected)
        assert (await _login(lb, "cap@x.io", "nope"))[0] == 401


async def test_a_parallel_burst_is_throttled_too(live_backend, clock):
    clock.set(T0)
    make_user(live_backend.ctx, "burst@x.io", state="app")
    results = await asyncio.gather(*(_login(live_backend, "burst@x.io", "guess-%d" % i) for i in range(30)))
    statuses = [st for st, _ in results]
    checked = statuses.count(401)
    assert 1 <= checked <= live_backend.settings.login_free_per_account, statuses
    assert statuses.count(429) == 30 - checked


async def test_spraying_from_one_client_is_throttled(backend_with, clock):
    """One address trying one password on many accounts, behind a trusted proxy."""
    clock.set(T0)
    lb = await backend_with(trusted_proxies=LOOPBACK_PROXY)
    free = lb.settings.login_free_per_client
    for i in range(free):
        assert (await _login(lb, f"victim{i}@x.io", "Spring2024!", ip="203.0.113.7"))[0] == 401
    st, body = await _login(lb, "victim-last@x.io", "Spring2024!", ip="203.0.113.7")
    assert st == 429 and body["error"] == "too_many_attempts"
    # the proxy's chain: the client is the rightmost address that is not a trusted proxy
    st, _ = await _login(lb, "victim-last@x.io", "Spring2024!", ip="198.51.100.1, 203.0.113.7")
    assert st == 429
    # another customer behind the same proxy is not held up
    assert (await _login(lb, "someone@x.io", "typo", ip="203.0.113.8"))[0] == 401


async def test_forged_forwarded_for_changes_nothing_without_trusted_proxies(live_backend, clock):
    clock.set(T0)
    free = live_backend.settings.login_free_per_client
    for i in range(free):
        assert (await _login(live_backend, f"v{i}@x.io", "Spring2024!", ip=f"198.51.100.{i}"))[0] == 401
    st, _ = await _login(live_backend, "v-last@x.io", "Spring2024!", ip="198.51.100.250")
    assert st == 429



async def test_customers_wrong_passwords_do_not_lock_the_agents_out(live_backend, clock):
    """Seventh outsider check: wrong customer logins from one address (everyone on the demo
    shares 127.0.0.1; an office shares its NAT) made the agents' right login there wait 119 s.
    The client throttle counts customers and agents apart; each side is still throttled."""
    clock.set(T0)
    add_agent(live_backend.ctx)
    free = live_backend.settings.login_free_per_client
    for i in range(free + 3):
        await _login(live_backend, f"spray{i}@x.io", "Spring2024!")
    assert (await _login(live_backend, "spray-last@x.io", "Spring2024!"))[0] == 429
    assert (await _agent_login(live_backend, AGENT_USER, AGENT_PASSWORD))[0] == 200

async def test_agent_locks_after_repeated_failures_until_another_agent_unlocks(live_backend, clock):
    clock.set(T0)
    ctx = live_backend.ctx
    add_agent(ctx)
    add_agent(ctx, "bob", "Bob-Agent-Pass-42")
    threshold = live_backend.settings.agent_lock_threshold
    for _ in range(threshold):
        st, body = await _agent_login(live_backend, AGENT_USER, "wrong")
        assert st == 401
    clock.shift(minutes=5)  # past the throttle's delay: only the lock is left
    st, locked_answer = await _agent_login(live_backend, AGENT_USER, AGENT_PASSWORD)
    assert st == 401
    st, unknown_answer = await _agent_login(live_backend, "nobody-here", "wrong")
    assert locked_answer == unknown_answer  # the same words: no hint the account exists or is locked
    with ctx.db.session() as s:
        events = [(e.event, e.actor) for e in s.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()]
    assert ("agent_locked", "system") in events
    # bob unlocks alice from his console session
    async with live_backend.http.post(f"{live_backend.url}/api/agent/login", headers={"Origin": live_backend.url},
                                      json={"username": "bob", "password": "Bob-Agent-Pass-42"}) as r:
        assert r.status == 200
        cookie = r.cookies["m2m_agent"].value
    async with live_backend.http.post(f"{live_backend.url}/api/agent/agents/{AGENT_USER}/unlock", json={},
                                      headers={"Origin": live_backend.url, "Cookie": f"m2m_agent={cookie}"}) as r:
        assert r.status == 200 and (await r.json()) == {"unlocked": True}
    # again: not locked any more, and said so (a customer's unlock answers the same)
    async with live_backend.http.post(f"{live_backend.url}/api/agent/agents/{AGENT_USER}/unlock", json={},
                                      headers={"Origin": live_backend.url, "Cookie": f"m2m_agent={cookie}"}) as r:
        assert r.status == 409 and (await r.json())["error"] == "not_locked"
    with ctx.db.session() as s:
        assert s.execute(select(AuditEvent).where(AuditEvent.event == "agent_unlocked")).scalar_one().actor == "agent:bob"
    clock.shift(minutes=5)
    assert (await _agent_login(live_backend, AGENT_USER, AGENT_PASSWORD))[0] == 200


async def test_cli_unlocks_an_agent(live_backend, clock):
    clock.set(T0)
    add_agent(live_backend.ctx)
    for _ in range(live_backend.settings.agent_lock_threshold):
        await _agent_login(live_backend, AGENT_USER, "wrong")
    env = {**os.environ, "DATABASE_URL": live_backend.settings.database_url}
    done = subprocess.run([sys.executable, "-m", "bot", "unlock-agent", AGENT_USER], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    clock.shift(minutes=5)
    assert (await _agent_login(live_backend, AGENT_USER, AGENT_PASSWORD))[0] == 200
    missing = subprocess.run([sys.executable, "-m", "bot", "unlock-agent", "nobody"], env=env, capture_output=True,
                             text=True, timeout=120)
    assert missing.returncode == 2


@pytest.mark.parametrize("path", ["/api/portal/login", "/api/agent/login"])
async def test_throttled_answers_are_json_with_retry_after(live_backend, clock, path):
    clock.set(T0)
    field = "email" if "portal" in path else "username"
    for _ in range(live_backend.settings.login_free_per_account):
        async with live_backend.http.post(f"{live_backend.url}{path}", json={field: "a@x.io", "password": "x"},
                                          headers={"Origin": live_backend.url}) as r:
            assert r.status == 401
    async with live_backend.http.post(f"{live_backend.url}{path}", json={field: "a@x.io", "password": "x"},
                                      headers={"Origin": live_backend.url}) as r:
        body = await r.json()
        assert r.status == 429 and set(body) == {"error", "message", "retry_after"}
