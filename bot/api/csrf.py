"""Cross-site request forgery: every state-changing call of the portal and agent APIs must
come from our own pages.

A browser lets any page post a form (urlencoded, multipart or text/plain) to us with our
cookies, and "same site" includes every port of 127.0.0.1, so SameSite alone does not stop a
page on another port. We require both (OWASP CSRF cheat sheet):

* `Content-Type: application/json`: a cross-origin page cannot send it without a CORS
  preflight, which this backend never grants;
* an `Origin` equal to ours (or, without Origin, `Sec-Fetch-Site: same-origin`). A request
  with neither header is not a browser's: it is allowed only with a bearer token (automation
  with AGENT_TOKEN), which no cross-site page can attach, and without our session cookies: a
  junk bearer header beside a cookie would otherwise let the cookie act with no origin check
  (sixth outsider check, A40).

Our origin is the request's own scheme and host (after bot.api.proxy) or PUBLIC_URL.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from aiohttp import web

from bot.api.agent import COOKIE as AGENT_COOKIE
from bot.api.common import bearer, ctx_of, error
from bot.api.portal import SESSION_COOKIE

# the cookies that authenticate a request: with one of them, the origin must be shown
AUTH_COOKIES = (SESSION_COOKIE, AGENT_COOKIE)

STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
PROTECTED = ("/api/portal/", "/api/agent/", "/api/chat/")


def _origin_of(url: str) -> str | None:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else None


def own_origins(request: web.Request) -> set[str]:
    origins = {f"{request.scheme}://{request.host}".lower()}
    public = _origin_of(ctx_of(request).settings.public_url)
    if public:
        origins.add(public)
    return origins


def refusal(request: web.Request) -> str | None:
    """Why this request is refused, or None."""
    if request.content_type != "application/json":
        return "State-changing requests must send Content-Type: application/json."
    origin = request.headers.get("Origin")
    if origin is not None:
        return None if origin.lower() in own_origins(request) else "Cross-origin request refused."
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return None if fetch_site == "same-origin" else "Cross-site request refused."
    if any(name in request.cookies for name in AUTH_COOKIES):
        return "Requests with a session cookie must send their Origin."
    return None if bearer(request) else "Requests without Origin need a bearer token."


@web.middleware
async def csrf_guard(request: web.Request, handler):
    unrouted = request.match_info.http_exception is not None  # 404/405 answer as such
    if request.method in STATE_CHANGING and request.path.startswith(PROTECTED) and not unrouted:
        reason = refusal(request)
        if reason is not None:
            return error(403, "cross_site_refused", reason)
    return await handler(request)
