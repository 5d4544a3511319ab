"""Who is calling and over what: the client address and the scheme, believing a reverse
proxy's X-Forwarded-For / X-Forwarded-Proto only when the connection comes from one of
TRUSTED_PROXIES (none by default: anyone could send those headers).

The middleware rewrites the request once (`request.clone`), so `request.remote` is the
client's address (the per-client login throttle counts it) and `request.secure` is true
behind a TLS-terminating proxy (the cookies get `Secure`: COOKIE_SECURE=auto).
"""

from __future__ import annotations

import ipaddress
from typing import Any

from aiohttp import web

from bot.api.common import ctx_of


def _ip(value: str):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def _trusted(address, networks: tuple) -> bool:
    return address is not None and any(address in net for net in networks)


def forwarded_client(peer: str, header: str, networks: tuple) -> str:
    """The client address: walking X-Forwarded-For from the right (the nearest hop first),
    the first address that is not one of our proxies. A forged left part is never reached."""
    for hop in reversed([h for h in header.split(",") if h.strip()]):
        address = _ip(hop)
        if address is None:
            return peer  # garbage in the chain: trust nothing beyond our own proxy
        if not _trusted(address, networks):
            return str(address)
    return peer


@web.middleware
async def forwarded(request: web.Request, handler):
    networks = ctx_of(request).settings.trusted_proxies
    peer = request.remote or ""
    if not networks or not _trusted(_ip(peer), networks):
        return await handler(request)
    changes: dict[str, Any] = {
        "remote": forwarded_client(peer, request.headers.get("X-Forwarded-For", ""), networks)
    }
    proto = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
    if proto in ("http", "https"):
        changes["scheme"] = proto
    return await handler(request.clone(**changes))


def client_ip(request: web.Request) -> str:
    return request.remote or ""


def cookie_secure(request: web.Request) -> bool:
    """COOKIE_SECURE: `always`, `never`, or `auto` (Secure when the request came over HTTPS,
    directly or through a trusted proxy)."""
    mode = ctx_of(request).settings.cookie_secure
    return mode == "always" or (mode == "auto" and request.secure)
