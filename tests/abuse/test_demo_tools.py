"""Issue 15, item 1: codes readable without a credential (GET /api/demo/outbox, /demo/phone).

The attacker is anyone who can reach the backend (another user of the machine, a page in the
victim's browser): no route without a credential may return a code. The demo phone needs the
demo key `make run` prints, sent in a header; it never leaks in a Referer; the demo refuses
to listen off loopback.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from bot.config import Settings
from bot.readiness import free_port
from tests.api._kit import add_agent
from tests.helpers import last_sms_code, make_user, utc

T0 = utc(2024, 6, 3, 8, 0, 15)
DEMO = {"demo": True, "demo_key": "the-demo-key-0123456789"}
CODE = re.compile(r"\b\d{6}\b")


def _get_routes(app) -> list[str]:
    """Every GET route of the app, path parameters filled with harmless values."""
    paths = []
    for route in app.router.routes():
        info = route.resource.get_info() if route.resource is not None else {}
        path = info.get("path") or info.get("formatter")
        if route.method == "GET" and path and "prefix" not in info and not path.startswith("/static/"):
            paths.append(re.sub(r"\{[^}]+\}", "ACDEFG", path))
    return sorted(set(paths))


async def _sms_pending(lb, browser_factory) -> str:
    make_user(lb.ctx, "victim@x.io", state="sms")
    st, _ = await browser_factory().login("victim@x.io")
    assert st == 200
    return last_sms_code(lb.ctx)


@pytest.mark.parametrize("demo", [False, True], ids=["default", "demo"])
async def test_no_route_returns_a_code_without_a_credential(live_backend, backend_with, clock, demo):
    from bot.api import create_app
    from tests.api._kit import Browser

    clock.set(T0)
    lb = await backend_with(**DEMO) if demo else live_backend
    code = await _sms_pending(lb, lambda: Browser(lb))
    for path in _get_routes(create_app(lb.ctx)):
        for query in ("", "?channel=sms", "?key=wrong", "?key="):
            async with lb.http.get(f"{lb.url}{path}{query}") as r:
                body = await r.text()
            assert code not in body, f"GET {path}{query} shows the SMS code"


async def test_demo_outbox_needs_the_key_in_a_header(backend_with, clock):
    from tests.api._kit import Browser

    clock.set(T0)
    lb = await backend_with(**DEMO)
    code = await _sms_pending(lb, lambda: Browser(lb))
    url = f"{lb.url}/api/demo/outbox"
    for headers, query in (({}, ""), ({"X-Demo-Key": "wrong"}, ""), ({"X-Demo-Key": ""}, ""),
                           ({}, f"?key={DEMO['demo_key']}"), ({"X-Demo-Key": DEMO["demo_key"][:-1]}, "")):
        async with lb.http.get(url + query, headers=headers) as r:
            body = await r.json()
            assert r.status == 403 and body["error"] == "demo_key_required", (headers, query)
            assert code not in str(body)
    async with lb.http.get(url, headers={"X-Demo-Key": DEMO["demo_key"]}) as r:
        assert r.status == 200
        assert code in str(await r.json())


async def test_demo_phone_page_needs_the_key_and_sends_no_referer(backend_with):
    lb = await backend_with(**DEMO)
    for query in ("", "?key=wrong", "?key="):
        async with lb.http.get(f"{lb.url}/demo/phone{query}") as r:
            body = await r.text()
            assert r.status == 403 and 'id="sms-list"' not in body and "phone.js" not in body
            assert DEMO["demo_key"] not in body
    async with lb.http.get(f"{lb.url}/demo/phone?key={DEMO['demo_key']}") as r:
        body = await r.text()
        assert r.status == 200 and 'id="sms-list"' in body
        assert r.headers["Referrer-Policy"] == "no-referrer"
        assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    # the portal pages never carry the key
    async with lb.http.get(f"{lb.url}/") as r:
        assert DEMO["demo_key"] not in await r.text()


async def test_demo_tools_are_off_without_the_explicit_demo(live_backend):
    """Outbox senders alone (a development backend) are not the demo: no outbox, no phone."""
    assert live_backend.settings.sms_backend == "outbox"
    for path in ("/api/demo/outbox", "/demo/phone"):
        async with live_backend.http.get(f"{live_backend.url}{path}",
                                         headers={"X-Demo-Key": live_backend.settings.demo_key}) as r:
            assert r.status == 404, path


def test_demo_refuses_to_listen_off_loopback(tmp_path):
    """`python -m bot run` with the demo on 0.0.0.0: refuses to start, says why, never listens."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'm2m.db'}", "M2M_DEMO": "1",
           "DEMO_KEY": "k" * 20, "BACKEND_HOST": "0.0.0.0", "BACKEND_PORT": str(port)}
    done = subprocess.run([sys.executable, "-m", "bot", "run"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "M2M_DEMO" in done.stderr and "0.0.0.0" in done.stderr, done.stderr[-2000:]
    assert "listening" not in done.stdout


def test_demo_tools_need_loopback_in_the_settings():
    base = Settings(sms_backend="outbox", email_backend="outbox", demo=True, demo_key="k")
    assert base.replace(host="127.0.0.1").demo_tools and base.replace(host="::1").demo_tools
    for host in ("0.0.0.0", "::", "192.168.1.20", "backend.example"):
        assert not base.replace(host=host).demo_tools, host
    assert not base.replace(sms_backend="twilio").demo_tools
    assert not base.replace(demo=False).demo_tools


def test_demo_code_cli_stays_local_and_demo_only(tmp_path):
    """`python -m bot demo-code`: prints the demo app account's code, refuses anything else."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'm2m.db'}"}
    run = lambda *a: subprocess.run([sys.executable, "-m", "bot", *a], env=env, capture_output=True,  # noqa: E731
                                    text=True, timeout=120)
    assert run("seed").returncode == 0
    done = run("demo-code", "app@demo.m2m")
    assert done.returncode == 0 and re.fullmatch(r"\d{6}\n", done.stdout)
    assert run("demo-code", "sms@demo.m2m").returncode == 2
    env["M2M_ENV"] = "production"
    assert run("demo-code", "app@demo.m2m").returncode == 2


async def test_agents_see_no_demo_tools_either(backend_with):
    """The agent token is not the demo key (credentials are not interchangeable)."""
    lb = await backend_with(**DEMO)
    add_agent(lb.ctx)
    async with lb.http.get(f"{lb.url}/api/demo/outbox",
                           headers={"Authorization": f"Bearer {lb.settings.agent_token}",
                                    "X-Demo-Key": lb.settings.agent_token}) as r:
        assert r.status == 403
