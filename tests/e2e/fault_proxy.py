"""A fault-injecting HTTP reverse proxy for end-to-end tests, and a background event loop to
run async servers (the proxy, tests/fake_twilio.py) from synchronous tests.

    with FaultProxy(target_port) as proxy:       # listens on 127.0.0.1:proxy.port
        ...                                      # point a client at proxy.url
        proxy.slow(4)        # wait 4 s, then forward (the target gets the request late)
        proxy.status(500)    # answer 500 with a JSON body, forward nothing
        proxy.down()         # stop listening: connection refused (the port stays reserved)
        proxy.up()           # listen again, in the current mode
        proxy.passthrough()  # forward again (alias: pass_())
        proxy.count("/api/support/resend")  # requests seen on that path

Modes (`pass`, `slow`, `status`) say what happens to a request that arrives; `down`/`up` say
whether anything arrives at all. They are independent and can be changed at any time from
any thread: `up()` after `down()` keeps the mode.

How it works: an aiohttp low-level server on the loop of a `BackgroundLoop` (a daemon thread).
The port is held by a bound, never-listening socket (SO_REUSEADDR) for the proxy's whole
life; `up()` binds a second socket to the same port and listens on it, `down()` closes that
one and every open connection (keep-alive connections of the clients included), so a client
sees "connection refused" at once and no other process can take the port meanwhile. Each
forwarded request uses a new connection to the target (no pool that the target could close
under us), and a slow request is forwarded even if its client gave up meanwhile, as a slow
network would deliver it.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections import Counter
from typing import Any, Awaitable, Callable, Dict, Optional, Set, Tuple, TypeVar

import aiohttp
from aiohttp import web
from multidict import CIMultiDict
from yarl import URL

T = TypeVar("T")

# headers that describe one hop, not the message (RFC 9110 7.6.1), plus the ones aiohttp sets
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
              "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length"}


class BackgroundLoop:
    """An asyncio event loop running in a daemon thread, driven from synchronous code."""

    def __init__(self, name: str = "background-loop") -> None:
        self.loop = asyncio.new_event_loop()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def run(self, coro: Awaitable[T], timeout: Optional[float] = 60) -> T:
        """Run a coroutine on the loop and return its result (from any other thread)."""
        if self._closed:
            raise RuntimeError("the background loop is closed")
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def call(self, fn: Callable[..., T], *args: Any, timeout: Optional[float] = 60) -> T:
        """Call a plain function on the loop's thread (objects that are not thread-safe)."""
        async def _call() -> T:
            return fn(*args)

        return self.run(_call(), timeout)

    def close(self, timeout: float = 10) -> None:
        """Cancel what is left on the loop, stop it and join the thread."""
        if self._closed:
            return

        async def _cancel_all() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self.loop.shutdown_asyncgens()

        try:
            self.run(_cancel_all(), timeout)
        finally:
            self._closed = True
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout)
            if not self._thread.is_alive():
                self.loop.close()

    def __enter__(self) -> "BackgroundLoop":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _bound_socket(port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError:
        sock.close()
        raise
    return sock


class FaultProxy:
    """A reverse proxy from 127.0.0.1:`port` to http://`target_host`:`target_port`."""

    def __init__(self, target_port: int, target_host: str = "127.0.0.1", *,
                 loop: Optional[BackgroundLoop] = None, connect_timeout: float = 10,
                 name: str = "fault-proxy") -> None:
        self.target = f"http://{target_host}:{target_port}"
        self.name = name
        self._connect_timeout = connect_timeout
        self._own_loop = loop is None
        self._bg = loop or BackgroundLoop(name)
        self._lock = threading.Lock()
        self._mode: Tuple[str, Any] = ("pass", None)
        self._seen: Counter = Counter()
        self._inflight = 0
        self._tasks: Set[asyncio.Task] = set()
        self._server: Optional[asyncio.AbstractServer] = None
        self._web: Optional[web.Server] = None
        self._session: Optional[aiohttp.ClientSession] = None
        self._closed = False
        # held for the proxy's whole life: the port cannot be taken while the proxy is down
        self._reservation = _bound_socket()
        self.port: int = self._reservation.getsockname()[1]
        try:
            self._bg.run(self._open())
            self.up()
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------ control (any thread)
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def mode(self) -> str:
        with self._lock:
            return self._mode[0]

    @property
    def listening(self) -> bool:
        return self._server is not None

    def passthrough(self) -> "FaultProxy":
        """Forward every request (the `pass` mode)."""
        return self._set("pass", None)

    pass_ = passthrough

    def slow(self, seconds: float) -> "FaultProxy":
        """Wait `seconds`, then forward: the target receives the request late."""
        return self._set("slow", float(seconds))

    def status(self, code: int = 500, body: Optional[Dict[str, Any]] = None) -> "FaultProxy":
        """Answer `code` with a JSON body, forward nothing."""
        return self._set("status", (int(code), body or {"error": "injected_fault",
                                                          "message": f"fault proxy answered {code}"}))

    def down(self) -> "FaultProxy":
        """Stop listening and drop every open connection: clients get "connection refused"."""
        self._bg.run(self._stop_listening())
        return self

    def up(self) -> "FaultProxy":
        """Listen again on the same port (the mode is unchanged)."""
        self._bg.run(self._listen())
        return self

    def count(self, path: Optional[str] = None) -> int:
        """Requests seen (all, or on one path), whatever the mode; none while down."""
        with self._lock:
            return self._seen[path] if path is not None else sum(self._seen.values())

    def counts(self) -> Dict[str, int]:
        with self._lock:
            return dict(self._seen)

    def in_flight(self) -> int:
        """Requests received whose answer (forwarded or not) is not finished yet."""
        with self._lock:
            return self._inflight

    def wait_idle(self, timeout: float = 30) -> bool:
        """Wait until no request is in flight (e.g. a slow one reached its target)."""
        deadline = time.monotonic() + timeout
        while self.in_flight() and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.in_flight() == 0

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._bg.run(self._shutdown(), timeout=30)
        finally:
            self._reservation.close()
            if self._own_loop:
                self._bg.close()

    def __enter__(self) -> "FaultProxy":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "up" if self.listening else "down"
        return f"FaultProxy({self.name}: {self.url} -> {self.target}, {self.mode}, {state})"

    def _set(self, mode: str, arg: Any) -> "FaultProxy":
        with self._lock:
            self._mode = (mode, arg)
        return self

    # ------------------------------------------------------------------ on the loop
    async def _open(self) -> None:
        connector = aiohttp.TCPConnector(force_close=True)  # one connection per request
        self._session = aiohttp.ClientSession(
            connector=connector, auto_decompress=False,
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=self._connect_timeout))

    async def _listen(self) -> None:
        if self._server is not None:
            return
        sock = _bound_socket(self.port)
        sock.listen(128)
        sock.setblocking(False)
        self._web = web.Server(self._handle, handler_cancellation=False)
        try:
            self._server = await asyncio.get_running_loop().create_server(self._web, sock=sock)
        except BaseException:
            sock.close()
            raise

    async def _stop_listening(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()  # no new connection from now on
        if self._web is not None:
            await self._web.shutdown(0.05)  # and the open ones (keep-alive) are closed
        await server.wait_closed()

    async def _shutdown(self) -> None:
        await self._stop_listening()
        tasks = list(self._tasks)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            await asyncio.sleep(0)  # let the connector close its transports

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        with self._lock:
            self._seen[request.path] += 1
            mode, arg = self._mode
            self._inflight += 1
        started = False
        try:
            if mode == "status":
                code, body = arg
                return web.json_response(body, status=code)
            body = await request.read()
            # a task of its own: it runs to the end even if the client leaves (a slow answer)
            task = asyncio.ensure_future(self._forward(request, body, arg if mode == "slow" else 0.0))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            started = True
            status, headers, payload = await asyncio.shield(task)
            return web.Response(status=status, headers=headers, body=payload)
        finally:
            if not started:
                self._done()

    def _done(self) -> None:
        with self._lock:
            self._inflight -= 1

    async def _forward(self, request: web.BaseRequest, body: bytes,
                       delay: float) -> Tuple[int, Any, bytes]:
        try:
            if delay:
                await asyncio.sleep(delay)
            headers = CIMultiDict((k, v) for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP)
            assert self._session is not None
            try:
                async with self._session.request(request.method, URL(self.target + request.raw_path, encoded=True),
                                                 headers=headers, data=body or None,
                                                 allow_redirects=False) as resp:
                    payload = await resp.read()
                    out = CIMultiDict((k, v) for k, v in resp.headers.items() if k.lower() not in HOP_BY_HOP)
                    return resp.status, out, payload
            except (aiohttp.ClientError, OSError, asyncio.TimeoutError) as exc:
                return 502, {"Content-Type": "application/json"}, (
                    b'{"error": "bad_gateway", "message": "fault proxy: %s"}' % type(exc).__name__.encode())
        finally:
            self._done()
