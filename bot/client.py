"""The one client the assistant's custom actions use to call the backend's Support API.

Why one small module instead of `aiohttp` calls inside each action:

* **One connection pool per event loop.** The action server (Sanic) runs every action on
  one event loop; opening a `ClientSession` per call would pay a TCP handshake each time.
  A session is bound to the loop that created it, and tests run each test on a fresh loop,
  so sessions are kept per loop (weakly: a closed, collected loop takes its session along).
* **Failures become one exception.** Connection refused, DNS, timeouts, 5xx, a body that is
  not a JSON object, or a refused *service* credential all mean "the backend cannot answer
  this now": `BackendUnavailable`. Actions catch exactly that and reply
  `utter_backend_unavailable`; they never crash, never guess, never fail open.
  Answers 4xx with an error body are normal business answers (`session_required`,
  `cooldown`, ...) and come back as a `Result`.
* **No retries.** A resend or a ticket is not idempotent from the customer's point of view:
  retrying blindly could send a second SMS (security.md, Twilio section).
* **Secrets stay out of logs.** Only the path, the status and the duration are logged; never
  the bodies (codes, email addresses, phone numbers) nor the headers (tokens).

Configuration (environment, read when the default client is first built):
`BACKEND_URL` (default http://127.0.0.1:8080), `SUPPORT_SERVICE_TOKEN`,
`BACKEND_TIMEOUT_SECONDS` (default 5). Tests build a `SupportClient` with explicit values
and install it with `set_client`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
import weakref
from dataclasses import dataclass, field
from typing import Any, Optional

import aiohttp

log = logging.getLogger(__name__)

CUSTOMER_HEADER = "X-Customer-Session"
DEFAULT_URL = "http://127.0.0.1:8080"
DEFAULT_TIMEOUT = 5.0
MAX_TOKEN_LENGTH = 2048  # the backend refuses longer ones anyway; do not forward junk


class BackendUnavailable(Exception):
    """The Support API could not give a usable answer (down, slow, 5xx, garbage, misconfigured).

    The message names the path and the kind of failure only, never a body or a header.
    """


@dataclass(frozen=True)
class Result:
    """A usable answer of the Support API: HTTP status and the decoded JSON object."""

    status: int
    json: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def error(self) -> Optional[str]:
        """The stable error code of a 4xx answer (`session_required`, `cooldown`, ...)."""
        value = self.json.get("error")
        return value if isinstance(value, str) else None

    def number(self, key: str, default: int = 0) -> int:
        """An integer field of the answer (`retry_after`, `attempts_left`), safely."""
        value = self.json.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return default
        return int(value)


class SupportClient:
    """Async client of `/api/support/*` with the action server's service credential."""

    def __init__(self, base_url: Optional[str] = None, service_token: Optional[str] = None,
                 timeout: Optional[float] = None) -> None:
        self.base_url = (base_url or os.environ.get("BACKEND_URL") or DEFAULT_URL).rstrip("/")
        self._service_token = service_token if service_token is not None else os.environ.get("SUPPORT_SERVICE_TOKEN", "")
        if timeout is None:
            try:
                timeout = float(os.environ.get("BACKEND_TIMEOUT_SECONDS") or DEFAULT_TIMEOUT)
            except ValueError:
                timeout = DEFAULT_TIMEOUT
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self._sessions: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, aiohttp.ClientSession]" = (
            weakref.WeakKeyDictionary())

    def __repr__(self) -> str:  # no token in reprs (tracebacks, debuggers)
        return f"SupportClient(base_url={self.base_url!r})"

    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            session = aiohttp.ClientSession(timeout=self.timeout, raise_for_status=False)
            self._sessions[loop] = session
        return session

    async def post(self, path: str, body: dict, customer_token: Optional[str] = None) -> Result:
        """POST `body` to `/api/support/{path}`; `customer_token` goes in X-Customer-Session.

        Raises `BackendUnavailable` for anything that is not a JSON-object answer below 500,
        and for a 401 `unauthorized` (the action server's own credential was refused: a
        configuration problem, not something the customer can fix).
        """
        url = f"{self.base_url}/api/support/{path.lstrip('/')}"
        headers = {"Authorization": f"Bearer {self._service_token}", "Accept": "application/json"}
        if isinstance(customer_token, str) and 0 < len(customer_token) <= MAX_TOKEN_LENGTH:
            headers[CUSTOMER_HEADER] = customer_token
        started = time.monotonic()
        try:
            async with self._session().post(url, json=body, headers=headers) as resp:
                status = resp.status
                raw = await resp.read()
        except asyncio.TimeoutError as exc:
            log.warning("support api %s: timeout after %.1f s", path, time.monotonic() - started)
            raise BackendUnavailable(f"{path}: timeout") from exc
        except (aiohttp.ClientError, OSError) as exc:
            log.warning("support api %s: %s", path, type(exc).__name__)
            raise BackendUnavailable(f"{path}: {type(exc).__name__}") from exc
        elapsed_ms = (time.monotonic() - started) * 1000
        log.info("support api %s -> %s (%.0f ms)", path, status, elapsed_ms)
        if status >= 500:
            raise BackendUnavailable(f"{path}: HTTP {status}")
        data = _decode(raw)
        if data is None:
            log.warning("support api %s: answer is not a JSON object", path)
            raise BackendUnavailable(f"{path}: invalid answer")
        result = Result(status, data)
        if status == 401 and result.error == "unauthorized":
            log.error("support api %s: the service token was refused (check SUPPORT_SERVICE_TOKEN)", path)
            raise BackendUnavailable(f"{path}: service token refused")
        return result

    async def close(self) -> None:
        """Close the session of the running loop (tests, shutdown)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        session = self._sessions.pop(loop, None)
        if session is not None and not session.closed:
            await session.close()


def _decode(raw: bytes) -> Optional[dict]:
    import json

    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


_default: Optional[SupportClient] = None


def get_client() -> SupportClient:
    """The process-wide client, built from the environment on first use."""
    global _default
    if _default is None:
        _default = SupportClient()
    return _default


def set_client(client: Optional[SupportClient]) -> Optional[SupportClient]:
    """Install `client` as the process-wide client (tests); returns the previous one.
    `None` makes the next `get_client()` read the environment again."""
    global _default
    previous, _default = _default, client
    return previous
