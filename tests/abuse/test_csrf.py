"""Issue 15, item 6: cross-site request forgery.

The attacker is a page the victim opens in the same browser: on another site, or on another
port of 127.0.0.1, which browsers treat as the *same site* (so SameSite cookies go along).
It posts to the portal or agent API with the victim's cookies: a form (text/plain,
urlencoded), or fetch() without a preflight. Every state-changing portal and agent call needs
`Content-Type: application/json` and our own Origin (or `Sec-Fetch-Site: same-origin`); only
a bearer-token caller without our session cookies may send neither header.
"""

from __future__ import annotations

import os

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import select

from bot.models import User
from tests.api._kit import AGENT_PASSWORD, AGENT_USER, add_agent, user_row
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, missing
from tests.helpers import PASSWORD, make_user, utc

T0 = utc(2024, 6, 3, 8, 0, 15)


async def _portal_cookie(lb, email: str) -> str:
    async with lb.http.post(f"{lb.url}/api/portal/login", json={"email": email, "password": PASSWORD},
                            headers={"Origin": lb.url}) as r:
        assert r.status == 200, await r.text()
        return r.cookies["m2m_session"].value


async def _post(lb, path: str, cookie: str | None, *, data: bytes = b"{}", headers: dict) -> int:
    h = dict(headers)
    if cookie:
        h["Cookie"] = cookie
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
        async with http.post(f"{lb.url}{path}", data=data, headers=h) as r:
            body = await r.json()
            if r.status == 403:
                assert body["error"] == "cross_site_refused" and body["message"]
            return r.status


JSON = {"Content-Type": "application/json"}
REFUSED = [
    ("text/plain form, other port", {"Content-Type": "text/plain", "Origin": "http://127.0.0.1:9999"}),
    ("urlencoded form, other site", {"Content-Type": "application/x-www-form-urlencoded", "Origin": "https://evil.example"}),
    ("multipart, no origin", {"Content-Type": "multipart/form-data; boundary=x"}),
    ("text/plain, our origin", {"Content-Type": "text/plain", "Origin": "SELF"}),
    ("json, other port", {**JSON, "Origin": "http://127.0.0.1:9999"}),
    ("json, https variant of us", {**JSON, "Origin": "SELF_HTTPS"}),
    ("json, opaque origin", {**JSON, "Origin": "null"}),
    ("json, same-site fetch", {**JSON, "Sec-Fetch-Site": "same-site"}),
    ("json, cross-site fetch", {**JSON, "Sec-Fetch-Site": "cross-site"}),
    ("json, no origin, no fetch metadata", JSON),
    ("no content type", {"Origin": "SELF"}),
    # sixth outsider check, A40: a bearer header (any) beside the cookie let the cookie act
    ("json, junk bearer beside the cookie, no origin", {**JSON, "Authorization": "Bearer junk"}),
]


def _fill(headers: dict, lb) -> dict:
    origin = {"SELF": lb.url, "SELF_HTTPS": lb.url.replace("http://", "https://")}
    return {k: origin.get(v, v) for k, v in headers.items()}


@pytest.mark.parametrize("case,headers", REFUSED, ids=[c for c, _ in REFUSED])
async def test_cross_site_portal_posts_are_refused(live_backend, clock, case, headers):
    clock.set(T0)
    make_user(live_backend.ctx, "grace@x.io", state="grace")
    cookie = f"m2m_session={await _portal_cookie(live_backend, 'grace@x.io')}"
    assert await _post(live_backend, "/api/portal/postpone", cookie, headers=_fill(headers, live_backend)) == 403
    assert user_row(live_backend.ctx, "grace@x.io").postponed_count == 0


@pytest.mark.parametrize("case,headers", REFUSED, ids=[c for c, _ in REFUSED])
async def test_cross_site_agent_posts_are_refused(live_backend, clock, case, headers):
    clock.set(T0)
    make_user(live_backend.ctx, "locked@x.io", state="locked")
    add_agent(live_backend.ctx)
    async with live_backend.http.post(f"{live_backend.url}/api/agent/login", headers={"Origin": live_backend.url},
                                      json={"username": AGENT_USER, "password": AGENT_PASSWORD}) as r:
        cookie = f"m2m_agent={r.cookies['m2m_agent'].value}"
    status = await _post(live_backend, "/api/agent/accounts/unlock", cookie, data=b'{"email": "locked@x.io"}',
                         headers=_fill(headers, live_backend))
    assert status == 403
    assert user_row(live_backend.ctx, "locked@x.io").locked_at is not None


async def test_our_pages_and_automation_still_work(live_backend, clock):
    clock.set(T0)
    make_user(live_backend.ctx, "g1@x.io", state="grace")
    make_user(live_backend.ctx, "g2@x.io", state="grace")
    make_user(live_backend.ctx, "locked@x.io", state="locked")
    for email, headers in (("g1@x.io", {**JSON, "Origin": live_backend.url}),
                           ("g2@x.io", {**JSON, "Sec-Fetch-Site": "same-origin"})):
        cookie = f"m2m_session={await _portal_cookie(live_backend, email)}"
        assert await _post(live_backend, "/api/portal/postpone", cookie, headers=headers) == 200
    # the agent token (automation, no browser): neither header needed, JSON still is
    bearer = {"Authorization": f"Bearer {live_backend.settings.agent_token}"}
    assert await _post(live_backend, "/api/agent/accounts/unlock", None, data=b'{"email": "locked@x.io"}',
                       headers={**bearer, "Content-Type": "text/plain"}) == 403
    body = b'{"email": "locked@x.io", "caller_check": "called_back_on_file"}'
    assert await _post(live_backend, "/api/agent/accounts/unlock", None, data=body, headers={**bearer, **JSON}) == 200


async def test_a_page_on_another_port_cannot_post_with_the_cookies(live_backend):
    """A real browser: the victim is logged in on the portal and the console; a page served on
    another port of 127.0.0.1 submits text/plain forms (a JSON body in disguise) and fires
    fetch() calls at both APIs. Nothing changes."""
    if not os.path.exists(CHROMIUM):
        missing(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.async_api import async_playwright

    make_user(live_backend.ctx, "grace@x.io", state="grace")
    make_user(live_backend.ctx, "locked@x.io", state="locked")
    add_agent(live_backend.ctx)
    portal_cookie = await _portal_cookie(live_backend, "grace@x.io")
    async with live_backend.http.post(f"{live_backend.url}/api/agent/login", headers={"Origin": live_backend.url},
                                      json={"username": AGENT_USER, "password": AGENT_PASSWORD}) as r:
        agent_cookie = r.cookies["m2m_agent"].value
    target = live_backend.url
    page_html = f"""<!doctype html><html><body>
<form id="unlock" method="POST" action="{target}/api/agent/accounts/unlock" enctype="text/plain" target="f1">
  <input name='{{"email":"locked@x.io","x":"' value='"}}'></form>
<form id="postpone" method="POST" action="{target}/api/portal/postpone" enctype="text/plain" target="f2">
  <input name='{{"x":"' value='"}}'></form>
<iframe name="f1"></iframe><iframe name="f2"></iframe>
<script>
  document.getElementById("unlock").submit();
  document.getElementById("postpone").submit();
  Promise.all([
    fetch("{target}/api/agent/accounts/unlock", {{method: "POST", mode: "no-cors", credentials: "include",
          headers: {{"Content-Type": "text/plain"}}, body: JSON.stringify({{email: "locked@x.io"}})}}),
    fetch("{target}/api/portal/postpone", {{method: "POST", mode: "no-cors", credentials: "include"}}),
  ]).then(() => {{ document.title = "sent"; }}, () => {{ document.title = "sent"; }});
</script></body></html>"""

    async def attacker_page(request):
        return web.Response(text=page_html, content_type="text/html")

    app = web.Application()
    app.router.add_get("/", attacker_page)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    attacker_url = f"http://127.0.0.1:{runner.addresses[0][1]}/"
    try:
        async with async_playwright() as pw:
            chromium = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            context = await chromium.new_context()
            await context.add_cookies([
                {"name": "m2m_session", "value": portal_cookie, "url": target, "sameSite": "Lax", "httpOnly": True},
                {"name": "m2m_agent", "value": agent_cookie, "url": target, "sameSite": "Strict", "httpOnly": True}])
            seen = []
            context.on("request", lambda req: seen.append((req.method, req.url, req.headers.get("origin"))))
            page = await context.new_page()
            await page.goto(attacker_url)
            await page.wait_for_function("document.title === 'sent'", timeout=15000)
            await page.wait_for_load_state("networkidle")
            await chromium.close()
    finally:
        await runner.cleanup()
    posts = [s for s in seen if s[0] == "POST" and s[1].startswith(target)]
    assert len(posts) == 4, seen  # the browser did send them all, cookies and all
    assert user_row(live_backend.ctx, "locked@x.io").locked_at is not None
    with live_backend.ctx.db.session() as s:
        assert s.execute(select(User.postponed_count).where(User.email == "grace@x.io")).scalar_one() == 0
