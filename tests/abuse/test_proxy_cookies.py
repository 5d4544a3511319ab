"""Issue 15, item 18: cookies behind a TLS proxy lacked `Secure`.

Behind a proxy that terminates HTTPS, the backend sees plain HTTP and set cookies without
`Secure`: a network attacker could then read them from any http:// request the browser makes.
With TRUSTED_PROXIES naming the proxy, its X-Forwarded-Proto: https makes them Secure
(COOKIE_SECURE=auto); COOKIE_SECURE=always forces it. Nobody else can claim https.
"""

from __future__ import annotations

import ipaddress

import pytest

from tests.api._kit import AGENT_PASSWORD, AGENT_USER, SECRET, add_agent, totp_code
from tests.helpers import PASSWORD, make_user, utc

T0 = utc(2024, 6, 3, 8, 0, 15)
PROXY = (ipaddress.ip_network("127.0.0.0/8"),)


async def _cookies(lb, forwarded_proto: str | None) -> dict:
    """Set-Cookie morsels of a portal login, a verify with "remember me", an agent login."""
    headers = {"Sec-Fetch-Site": "same-origin"}  # our page, whatever scheme the proxy says
    if forwarded_proto:
        headers["X-Forwarded-Proto"] = forwarded_proto
    out = {}
    async with lb.http.post(f"{lb.url}/api/portal/login", json={"email": "app@x.io", "password": PASSWORD},
                            headers=headers) as r:
        assert r.status == 200, await r.text()
        out["m2m_session"] = r.cookies["m2m_session"]
    cookie = {"Cookie": f"m2m_session={out['m2m_session'].value}"}
    async with lb.http.post(f"{lb.url}/api/portal/verify", json={"code": totp_code(SECRET, T0), "remember_device": True},
                            headers={**headers, **cookie}) as r:
        assert r.status == 200, await r.text()
        out["m2m_device"] = r.cookies["m2m_device"]
    async with lb.http.post(f"{lb.url}/api/agent/login", json={"username": AGENT_USER, "password": AGENT_PASSWORD},
                            headers=headers) as r:
        assert r.status == 200, await r.text()
        out["m2m_agent"] = r.cookies["m2m_agent"]
    return out


@pytest.mark.parametrize("changes,proto,secure", [
    ({"trusted_proxies": PROXY}, "https", True),
    ({"trusted_proxies": PROXY}, "http", False),
    ({}, "https", False),  # not a trusted proxy: anyone can send the header
    ({"cookie_secure": "always"}, None, True),
    ({"cookie_secure": "never", "trusted_proxies": PROXY}, "https", False),
])
async def test_cookies_are_secure_behind_a_tls_proxy(backend_with, clock, changes, proto, secure):
    clock.set(T0)
    lb = await backend_with(**changes)
    make_user(lb.ctx, "app@x.io", state="app")
    add_agent(lb.ctx)
    for name, morsel in (await _cookies(lb, proto)).items():
        assert bool(morsel["secure"]) is secure, name
        assert morsel["httponly"], name
