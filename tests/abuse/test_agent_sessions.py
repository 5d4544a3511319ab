"""Issue 15, item 12: the agent console's cookie survived logout (a stateless 8-hour JWT).

The attacker has a copy of an agent's cookie (a shared computer, a proxy log, malware): after
the agent logs out, or leaves the console idle, or at the end of the day, the copy must be
worthless. Console sessions live on the server: revoked at logout, idle timeout
(AGENT_SESSION_IDLE_SECONDS, 30 min), absolute lifetime (AGENT_SESSION_MAX_SECONDS, 8 h).
"""

from __future__ import annotations

import aiohttp

from tests.api._kit import AGENT_PASSWORD, AGENT_USER, add_agent, db_text
from tests.helpers import utc

T0 = utc(2024, 6, 3, 8, 0, 15)


async def _login(lb) -> str:
    async with lb.http.post(f"{lb.url}/api/agent/login", headers={"Origin": lb.url},
                            json={"username": AGENT_USER, "password": AGENT_PASSWORD}) as r:
        assert r.status == 200
        morsel = r.cookies["m2m_agent"]
        assert morsel["httponly"] and morsel["samesite"] == "Strict"
        return morsel.value


async def _with_cookie(lb, cookie: str, method: str = "GET", path: str = "/api/agent/handoffs") -> int:
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
        async with http.request(method, f"{lb.url}{path}", json={} if method == "POST" else None,
                                headers={"Cookie": f"m2m_agent={cookie}", "Origin": lb.url}) as r:
            return r.status


async def test_a_copied_cookie_dies_at_logout(live_backend, clock):
    clock.set(T0)
    add_agent(live_backend.ctx)
    cookie = await _login(live_backend)
    assert await _with_cookie(live_backend, cookie) == 200
    assert await _with_cookie(live_backend, cookie, "POST", "/api/agent/logout") == 200
    assert await _with_cookie(live_backend, cookie) == 401
    # the console page no longer shows the agent either
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
        async with http.get(f"{live_backend.url}/console", headers={"Cookie": f"m2m_agent={cookie}"}) as r:
            assert 'id="agent-login"' in await r.text()


async def test_idle_timeout_and_absolute_lifetime(live_backend, clock):
    clock.set(T0)
    add_agent(live_backend.ctx)
    idle = await _login(live_backend)
    clock.shift(minutes=29)
    assert await _with_cookie(live_backend, idle) == 200  # activity restarts the idle clock
    clock.shift(minutes=29)
    assert await _with_cookie(live_backend, idle) == 200
    clock.shift(minutes=30, seconds=1)
    assert await _with_cookie(live_backend, idle) == 401
    busy = await _login(live_backend)
    for _ in range(23):  # a request every 20 minutes for 7 h 40
        clock.shift(minutes=20)
        assert await _with_cookie(live_backend, busy) == 200
    clock.shift(minutes=20)  # 8 h after the login
    assert await _with_cookie(live_backend, busy) == 401


async def test_the_cookie_is_an_opaque_token_stored_hashed(live_backend, clock):
    clock.set(T0)
    add_agent(live_backend.ctx)
    cookie = await _login(live_backend)
    assert cookie.count(".") == 0 and len(cookie) >= 32  # not a JWT anyone can read or re-sign
    assert cookie not in db_text(live_backend.ctx)
