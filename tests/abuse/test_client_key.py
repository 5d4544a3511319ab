"""Thirty-sixth outsider check, finding 10: one client spent the hour's anonymous handoffs of
everyone. The backend caps them per client key too (tests/abuse/test_handoff_flood.py); here,
that the key is one the client can neither choose nor forge, and that it is no IP address.

Both chat channels of credentials.yml run in a server of their own, mounted the way Rasa mounts
them, whose stand-in agent answers each message with the metadata Rasa would store
(tests/abuse/channel_server.py): no model is needed. Clients connect from 127.0.0.2 and
127.0.0.3 (Linux routes the whole 127/8 to loopback), so that two addresses are two clients.
A second server has SANIC_PROXIES_COUNT=2, as docker-compose.yml gives Rasa behind its proxies.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator

import aiohttp
import pytest
import socketio

from bot.metadata import client_key_in, with_client_key
from bot.rasa_ext import client_key as ck
from bot.readiness import free_port, wait_http

ROOT = Path(__file__).resolve().parents[2]
SECRET = "test-client-key-secret"
KEY_RE = re.compile(r"[0-9a-f]{32}")
FORGED = "f" * 32

pytestmark = pytest.mark.slow  # starts Rasa's channels (no model)


def _start(folder: Path, **env: str) -> tuple:
    port = free_port()
    log = open(folder / f"server-{port}.log", "w")
    environ = {k: v for k, v in os.environ.items() if k not in ("CHAT_ORIGINS", "RASA_TOKEN")}
    environ.update({ck.SECRET_VARIABLE: SECRET, "PYTHONUNBUFFERED": "1", **env})
    proc = subprocess.Popen([sys.executable, "-m", "tests.abuse.channel_server", str(port)], cwd=ROOT,
                            env=environ, stdout=log, stderr=subprocess.STDOUT)
    return proc, f"http://127.0.0.1:{port}", log


@pytest.fixture(scope="module")
def servers(tmp_path_factory) -> Iterator[Dict[str, str]]:
    """Two channels' servers, started together (each imports Rasa): "plain" sees its clients
    at their own address, "proxied" believes two proxies' X-Forwarded-For
    (SANIC_PROXIES_COUNT=2, as docker-compose.yml gives Rasa: the TLS proxy, then rasa-lb)."""
    folder = tmp_path_factory.mktemp("channels")
    started = {"plain": _start(folder), "proxied": _start(folder, SANIC_PROXIES_COUNT="2")}
    try:
        for name, (proc, url, log) in started.items():
            try:
                wait_http(f"{url}/webhooks/rest/", proc, 180, f"the {name} channels' server")
            except RuntimeError as exc:
                pytest.fail(f"{exc}: {Path(log.name).read_text()[-2000:]}")
        yield {name: url for name, (_, url, _) in started.items()}
    finally:
        for proc, _, log in started.values():
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()


@pytest.fixture
def channels(servers) -> str:
    return servers["plain"]


@pytest.fixture
def proxied_channels(servers) -> str:
    return servers["proxied"]


def _from(address: str) -> aiohttp.ClientSession:
    """An HTTP client whose connections come from `address`."""
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address, 0)))


async def _rest(url: str, address: str, metadata: Any = None, headers: Dict[str, str] | None = None) -> dict:
    """The metadata Rasa gets for a post from `address`."""
    body: Dict[str, Any] = {"sender": f"secret-{uuid.uuid4().hex}", "message": "je veux parler à un conseiller"}
    if metadata is not None:
        body["metadata"] = metadata
    async with _from(address) as http:
        async with http.post(f"{url}/webhooks/rest/webhook", json=body, headers=headers or {}) as r:
            assert r.status == 200, await r.text()
            return json.loads((await r.json())[0]["text"])


def _expected(address: str) -> str:
    return ck.client_key(address, SECRET.encode())


def _assert_no_address(metadata: Dict[str, Any], *addresses: str) -> None:
    text = json.dumps(metadata)
    for address in addresses:
        assert address not in text


async def test_rest_sets_the_key_of_the_address_over_a_forged_one(channels):
    forged = {"client_key": FORGED, "locale": "fr",
              "customData": {"client_key": FORGED, "session_token": "tok"}}
    metadata = await _rest(channels, "127.0.0.2", forged)
    key = metadata["client_key"]
    assert KEY_RE.fullmatch(key) and key == _expected("127.0.0.2") != FORGED
    # inside customData too, and the rest of the client's metadata is kept
    assert metadata["customData"] == {"client_key": key, "session_token": "tok"}
    assert metadata["locale"] == "fr"
    assert client_key_in(metadata) == key
    _assert_no_address(metadata, "127.0.0.2")


async def test_rest_without_metadata_still_gets_the_key(channels):
    assert await _rest(channels, "127.0.0.2") == {"client_key": _expected("127.0.0.2")}


async def test_two_addresses_are_two_clients_one_address_one_client(channels):
    keys = [(await _rest(channels, address, {"client_key": FORGED}))["client_key"]
            for address in ("127.0.0.2", "127.0.0.3", "127.0.0.2")]
    assert keys[0] == keys[2] != keys[1]
    assert FORGED not in keys


async def test_behind_a_declared_proxy_the_forwarded_address_counts(proxied_channels):
    """docker-compose.yml: SANIC_PROXIES_COUNT 2 (the TLS proxy, then rasa-lb, each appending
    its peer). What a client writes itself into X-Forwarded-For, left of what the proxies
    appended, is not read."""
    for forged_hop in ("", "10.9.9.9, ", "127.0.0.3, "):
        metadata = await _rest(proxied_channels, "127.0.0.2",
                               headers={"X-Forwarded-For": f"{forged_hop}203.0.113.7, 10.0.0.5"})
        assert metadata["client_key"] == _expected("203.0.113.7")
        _assert_no_address(metadata, "203.0.113.7")
    other = await _rest(proxied_channels, "127.0.0.2", headers={"X-Forwarded-For": "198.51.100.4, 10.0.0.5"})
    assert other["client_key"] == _expected("198.51.100.4")
    # nothing forwarded (Rasa reached directly): the peer, as without proxies
    assert (await _rest(proxied_channels, "127.0.0.2"))["client_key"] == _expected("127.0.0.2")


class _Widget:
    """A socket.io client as rasa-webchat talks (tests/e2e/socket_client.py), from `address`;
    `say` returns the metadata Rasa gets."""

    def __init__(self, url: str, address: str) -> None:
        self.url, self.http = url, _from(address)
        self.sio = socketio.AsyncClient(reconnection=False, http_session=self.http)
        self.confirmed: asyncio.Queue = asyncio.Queue()
        self.replies: asyncio.Queue = asyncio.Queue()
        self.sio.on("session_confirm", self.confirmed.put)
        self.sio.on("bot_uttered", self.replies.put)

    async def __aenter__(self) -> "_Widget":
        await self.sio.connect(self.url, socketio_path="/socket.io", transports=["polling"])
        return self

    async def __aexit__(self, *exc: Any) -> None:
        if self.sio.connected:
            await self.sio.disconnect()
        await self.http.close()  # ends the pending long-poll now, not at its timeout
        await self.sio.eio.wait()

    async def say(self, custom_data: Any) -> dict:
        await self.sio.emit("session_request", {"session_id": f"secret-{uuid.uuid4().hex}"})
        secret = await asyncio.wait_for(self.confirmed.get(), 10)
        await self.sio.emit("user_uttered", {"message": "je veux parler à un conseiller",
                                             "customData": custom_data, "session_id": secret})
        reply = await asyncio.wait_for(self.replies.get(), 10)
        return json.loads(reply["text"])


async def test_socketio_sets_the_key_of_the_connecting_address_over_a_forged_one(channels):
    async with _Widget(channels, "127.0.0.2") as widget:
        first = await widget.say({"client_key": FORGED, "locale": "fr", "customData": {"client_key": FORGED}})
        second = await widget.say(json.dumps({"client_key": FORGED}))  # customData as JSON text
    async with _Widget(channels, "127.0.0.3") as other:
        third = await other.say({"locale": "en"})
    key = _expected("127.0.0.2")
    assert first == {"client_key": key, "locale": "fr", "customData": {"client_key": key}}
    assert second == {"client_key": key}
    assert third == {"client_key": _expected("127.0.0.3"), "locale": "en"} and third["client_key"] != key
    for metadata in (first, second, third):
        _assert_no_address(metadata, "127.0.0.2", "127.0.0.3")


async def test_socketio_behind_declared_proxies_reads_the_address_that_opened_the_socket(proxied_channels):
    widget = _Widget(proxied_channels, "127.0.0.2")
    widget.http.headers["X-Forwarded-For"] = "10.9.9.9, 203.0.113.7, 10.0.0.5"
    async with widget:
        metadata = await widget.say({"client_key": FORGED})
    assert metadata == {"client_key": _expected("203.0.113.7")}


# --------------------------------------------------------------------------- the key itself

def test_the_key_is_an_hmac_of_the_address_with_the_secret():
    secret = b"s" * 32
    key = ck.client_key("192.0.2.10", secret)
    assert KEY_RE.fullmatch(key) and "192.0.2.10" not in key
    assert key == ck.client_key(" 192.0.2.10 ", secret)
    assert key != ck.client_key("192.0.2.11", secret)
    assert key != ck.client_key("192.0.2.10", b"another secret")  # no secret, no key to compute
    assert ck.client_key("", secret) is None and ck.client_key(None, secret) is None


def test_one_ipv6_subscriber_is_one_client_and_a_mapped_ipv4_is_its_ipv4():
    secret = b"s" * 32
    one = ck.client_key("2001:db8:1:2::1", secret)
    assert one == ck.client_key("2001:db8:1:2:ffff:aaaa:bbbb:cccc", secret)  # same /64
    assert one == ck.client_key("[2001:db8:1:2::7]", secret)
    assert one != ck.client_key("2001:db8:1:3::1", secret)  # another /64
    assert ck.client_key("::ffff:192.0.2.10", secret) == ck.client_key("192.0.2.10", secret)


def test_the_secret_comes_from_its_variable_else_from_rasas_token():
    own = ck.secret_from({ck.SECRET_VARIABLE: "own", "RASA_TOKEN": "tok"})
    derived = ck.secret_from({"RASA_TOKEN": "tok"})
    assert own == b"own"
    assert derived not in (b"tok", own) and derived == ck.secret_from({"RASA_TOKEN": "tok"})
    assert derived != ck.secret_from({"RASA_TOKEN": "another"})
    # neither: a random secret of this process, never an empty one
    assert len(ck.secret_from({})) == 32 and ck.secret_from({}) != ck.secret_from({})


def test_the_key_is_written_over_whatever_the_client_sent():
    sent = {"client_key": "mine", "customData": {"client_key": "mine", "locale": "fr"}}
    assert with_client_key(sent, "k") == {"client_key": "k", "customData": {"client_key": "k", "locale": "fr"}}
    assert sent["customData"]["client_key"] == "mine"  # a copy: the client's object is untouched
    # no address known: no key at all, not the client's
    assert with_client_key(sent, None) == {"customData": {"locale": "fr"}}
    assert client_key_in(with_client_key(sent, None)) is None
    assert with_client_key(None, "k") == {"client_key": "k"}
