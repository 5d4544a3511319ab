"""bot.client: one session per loop, failures mapped to BackendUnavailable, nothing secret logged."""

from __future__ import annotations

import asyncio
import logging

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.client import BackendUnavailable, SupportClient


@pytest.fixture
async def fake_backend():
    """A loopback server answering what each test wants (slow, 500, garbage...)."""
    behaviour = {"mode": "ok"}
    seen = []

    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append(dict(request.headers))
        mode = behaviour["mode"]
        if mode == "slow":
            await asyncio.sleep(3)
        if mode == "500":
            return web.json_response({"error": "internal_error"}, status=500)
        if mode == "garbage":
            return web.Response(text="<html>proxy error</html>", status=200)
        if mode == "list":
            return web.json_response([1, 2, 3])
        if mode == "unauthorized":
            return web.json_response({"error": "unauthorized"}, status=401)
        if mode == "cooldown":
            return web.json_response({"error": "cooldown", "retry_after": 42}, status=429)
        return web.json_response({"known": False})

    app = web.Application()
    app.router.add_post("/api/support/{tail:.*}", handler)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    yield str(server.make_url("")).rstrip("/"), behaviour, seen
    await server.close()


async def test_ok_answer_and_headers(fake_backend):
    url, _, seen = fake_backend
    c = SupportClient(url, "svc-token", timeout=2)
    r = await c.post("status", {"conversation_id": "c"}, "customer-token")
    assert (r.status, r.json, r.ok) == (200, {"known": False}, True)
    assert seen[-1]["Authorization"] == "Bearer svc-token"
    assert seen[-1]["X-Customer-Session"] == "customer-token"
    await c.post("status", {"conversation_id": "c"})
    assert "X-Customer-Session" not in seen[-1]
    await c.close()


async def test_one_session_reused_per_loop(fake_backend):
    url, _, _ = fake_backend
    c = SupportClient(url, "t", timeout=2)
    await c.post("status", {})
    first = c._session()
    await c.post("status", {})
    assert c._session() is first
    await c.close()
    assert first.closed


async def test_business_errors_are_results(fake_backend):
    url, behaviour, _ = fake_backend
    behaviour["mode"] = "cooldown"
    c = SupportClient(url, "t", timeout=2)
    r = await c.post("resend", {})
    assert (r.status, r.error, r.number("retry_after")) == (429, "cooldown", 42)
    await c.close()


@pytest.mark.parametrize("mode", ["slow", "500", "garbage", "list", "unauthorized"])
async def test_failures_raise_backend_unavailable(fake_backend, mode, caplog):
    url, behaviour, _ = fake_backend
    behaviour["mode"] = mode
    c = SupportClient(url, "svc-secret-token", timeout=0.5)
    caplog.set_level(logging.DEBUG, logger="bot.client")
    with pytest.raises(BackendUnavailable):
        await c.post("identity/start", {"email": "jean@acme.fr"}, "customer-secret-token")
    logged = caplog.text
    for secret in ("svc-secret-token", "customer-secret-token", "jean@acme.fr"):
        assert secret not in logged
    await c.close()


async def test_connection_refused():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    c = SupportClient(f"http://127.0.0.1:{port}", "t", timeout=1)
    with pytest.raises(BackendUnavailable):
        await c.post("status", {})
    await c.close()


def test_environment_configuration(monkeypatch):
    monkeypatch.setenv("BACKEND_URL", "http://backend.internal:9000/")
    monkeypatch.setenv("SUPPORT_SERVICE_TOKEN", "from-env")
    monkeypatch.setenv("BACKEND_TIMEOUT_SECONDS", "7")
    c = SupportClient()
    assert c.base_url == "http://backend.internal:9000"
    assert c.timeout.total == 7
    assert "from-env" not in repr(c)


async def test_wrong_service_token_against_real_backend(live_backend):
    c = SupportClient(live_backend.url, "not-the-token", timeout=5)
    with pytest.raises(BackendUnavailable):
        await c.post("status", {"conversation_id": "c"})
    await c.close()
