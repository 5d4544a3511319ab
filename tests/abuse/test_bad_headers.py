"""Credentials headers with bytes that are not UTF-8 (tenth outsider check, attempt 37).

`Authorization: Bearer caf\\xe9` on the agent API, the support API and /console, and
`X-Demo-Key: caf\\xe9`, answered 500: aiohttp keeps such a byte as a lone surrogate, which
the constant-time comparison and the token hash could not encode. Any client controls these
headers, so the answer must be the same 401/403 as for any wrong credential.

Sent on a raw socket: HTTP clients refuse to send such a header.
"""

from __future__ import annotations

import asyncio
import json
from urllib.parse import urlsplit

import pytest

from tests.abuse.test_demo_tools import DEMO

BAD = b"caf\xe9"


async def raw(url: str, method: str, path: str, header: bytes) -> tuple[int, bytes]:
    """One HTTP/1.1 request with `header` as sent; (status, body)."""
    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    request = (f"{method} {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Type: application/json\r\n"
               f"Content-Length: 2\r\nConnection: close\r\n").encode() + header + b"\r\n\r\n{}"
    writer.write(request)
    await writer.drain()
    answer = await reader.read()
    writer.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


@pytest.mark.parametrize("method, path, header", [
    ("GET", "/api/agent/handoffs", b"Authorization: Bearer " + BAD),
    ("POST", "/api/agent/accounts/unlock", b"Authorization: Bearer " + BAD),
    ("POST", "/api/support/status", b"Authorization: Bearer " + BAD),
    ("GET", "/console", b"Authorization: Bearer " + BAD),
    ("GET", "/api/agent/handoffs", b"Cookie: m2m_agent=" + BAD),
])
async def test_a_credential_that_is_not_utf8_is_refused_not_a_500(live_backend, method, path, header):
    status, body = await raw(live_backend.url, method, path, header)
    assert status in (200, 302, 303, 401, 403), (status, body[:200])
    if path.startswith("/api/"):
        assert status in (401, 403) and "error" in json.loads(body)


async def test_a_customer_session_that_is_not_utf8_is_refused(live_backend):
    token = live_backend.settings.support_token.encode()
    status, body = await raw(live_backend.url, "POST", "/api/support/status",
                             b"Authorization: Bearer " + token + b"\r\nX-Customer-Session: " + BAD)
    assert status < 500, (status, body[:200])


async def test_a_demo_key_that_is_not_utf8_is_refused(backend_with):
    lb = await backend_with(**DEMO)
    status, body = await raw(lb.url, "GET", "/api/demo/outbox", b"X-Demo-Key: " + BAD)
    assert status == 403 and json.loads(body)["error"] == "demo_key_required"
