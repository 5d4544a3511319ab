"""The client key both chat channels put in every message's metadata (`client_key`).

Why: anonymous handoffs are capped per hour, all chats together (ANONYMOUS_HANDOFFS_PER_HOUR),
and a new conversation costs nothing. The thirty-sixth outsider check (finding 10) posted
"je veux parler à un conseiller" 34 times from one client in about a second and spent the
hour's remaining 26 references: every anonymous customer then got the phone line without a
reference until the hour was over. The backend now also caps anonymous handoffs per client
(ANONYMOUS_HANDOFFS_PER_CLIENT_PER_HOUR, bot/rules/support.py); this module says who "a
client" is.

* **Server-side, from the network address.** Sanic's `request.remote_addr` (the address a
  proxy reported, when Sanic is told to believe one: SANIC_PROXIES_COUNT, SANIC_REAL_IP_HEADER
  or SANIC_FORWARDED_SECRET), else `request.ip`, the socket's peer. For socket.io, the address
  of the HTTP request that opened the socket (the connect handler's `environ["sanic.request"]`;
  engine.io's own `REMOTE_ADDR` is always 127.0.0.1 under Sanic).
* **Never the raw address.** Metadata is stored in the tracker store and shown by the agents'
  tools, and an IP address is personal data: the key is an HMAC-SHA256 of the address with a
  server secret, 32 hex characters. The secret is CHAT_CLIENT_KEY_SECRET, else one derived
  from RASA_TOKEN (which `make run` and docker-compose.yml give Rasa), else a random one per
  process (keys then change when Rasa restarts and differ between Rasa servers: a warning
  says so). Whoever holds the secret could recompute the key of a given address; give
  production a CHAT_CLIENT_KEY_SECRET that only the Rasa servers have.
* **One key per IPv6 /64.** A single subscriber usually has a whole /64 and can change
  addresses inside it at will; an IPv4-mapped IPv6 address is its IPv4 address.
* **Never the client's choice.** The channels overwrite `client_key` at the top level and
  inside customData on every message (bot/metadata.py `with_client_key`), whatever was sent.

Behind a reverse proxy that is not declared to Sanic, every client has the proxy's key: the
per-client cap then acts as a small cap for everyone (README, "Production").
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import os
import secrets
from collections.abc import Mapping
from typing import Any

log = logging.getLogger(__name__)

SECRET_VARIABLE = "CHAT_CLIENT_KEY_SECRET"
TOKEN_VARIABLE = "RASA_TOKEN"
KEY_CHARS = 32  # hex characters of the HMAC kept: 128 bits
IPV6_PREFIX = 64
_DERIVATION = b"m2m chat client key v1"


def secret_from(environ: Mapping[str, str] | None = None) -> bytes:
    """The HMAC secret: CHAT_CLIENT_KEY_SECRET, else derived from RASA_TOKEN, else random."""
    env = os.environ if environ is None else environ
    own = env.get(SECRET_VARIABLE, "")
    if own:
        return own.encode("utf-8", "surrogateescape")
    token = env.get(TOKEN_VARIABLE, "")
    if token:
        return hmac.new(token.encode("utf-8", "surrogateescape"), _DERIVATION, "sha256").digest()
    log.warning(
        "neither %s nor %s is set: chat client keys use a random secret of this process "
        "(they change when it restarts and differ between Rasa servers)",
        SECRET_VARIABLE,
        TOKEN_VARIABLE,
    )
    return secrets.token_bytes(32)


def network_of(address: str) -> str:
    """What one client is: an IPv4 address, an IPv6 /64, or the text as given (a UNIX socket
    name, a proxy's odd value)."""
    text = address.strip()
    try:
        ip = ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return text
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, IPV6_PREFIX), strict=False))
    return str(ip)


def client_key(address: str | None, secret: bytes) -> str | None:
    """The key of a client address, or None when there is no address."""
    if not address or not address.strip():
        return None
    client = network_of(address).encode("utf-8", "surrogateescape")
    return hmac.new(secret, client, hashlib.sha256).hexdigest()[:KEY_CHARS]


def request_address(request: Any) -> str:
    """A Sanic request's client address: the one a declared proxy reported, else the peer."""
    return str(getattr(request, "remote_addr", "") or getattr(request, "ip", "") or "")


def key_of_request(request: Any, secret: bytes) -> str | None:
    return client_key(request_address(request), secret)
