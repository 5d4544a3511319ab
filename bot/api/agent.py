"""Agent API: the console's calls. An agent is authenticated by the console's session
cookie (a signed token issued at agent login) or by the AGENT_TOKEN bearer (automation)."""

from __future__ import annotations

from datetime import timedelta

import aiohttp
import jwt
from aiohttp import web

from bot import clock
from bot.api.common import bearer, ctx_of, json_body
from bot.rules import agent as rules
from bot.rules.context import RuleError
from bot.security import same

COOKIE = "m2m_agent"
AUDIENCE = "m2m-agent"

routes = web.RouteTableDef()


def _agent(request: web.Request) -> str:
    ctx = ctx_of(request)
    token = bearer(request)
    if token and same(token, ctx.settings.agent_token):
        return "api"
    cookie = request.cookies.get(COOKIE)
    if cookie:
        try:
            data = jwt.decode(cookie, ctx.settings.signing_key, algorithms=["HS256"], audience=AUDIENCE,
                              options={"verify_exp": False})
            if int(data["exp"]) > clock.now().timestamp():
                return str(data["sub"])
        except (jwt.PyJWTError, KeyError, ValueError, TypeError):
            pass
    raise RuleError(401, "unauthorized", "Agents only: log in to the console.")


@routes.post("/api/agent/login")
async def login(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    data = await json_body(request)
    agent = rules.authenticate(ctx, data.get("username"), data.get("password"))
    now = clock.now()
    token = jwt.encode({"sub": agent["username"], "aud": AUDIENCE, "iat": now, "exp": now + timedelta(hours=8)},
                       ctx.settings.signing_key, algorithm="HS256")
    resp = web.json_response(agent)
    resp.set_cookie(COOKIE, token, max_age=8 * 3600, httponly=True, samesite="Strict", path="/", secure=request.secure)
    return resp


@routes.post("/api/agent/logout")
async def logout(request: web.Request) -> web.Response:
    resp = web.json_response({"logged_out": True})
    resp.del_cookie(COOKIE, path="/")
    return resp


@routes.get("/api/agent/handoffs")
async def handoffs(request: web.Request) -> web.Response:
    _agent(request)
    try:
        limit = min(max(int(request.query.get("limit", "50")), 1), 200)
    except ValueError:
        raise RuleError(400, "invalid_limit", "limit must be a number from 1 to 200.") from None
    return web.json_response({"handoffs": rules.list_handoffs(ctx_of(request), limit)})


def transcript_lines(events: list) -> list:
    """Tracker events as the agent should read them.

    A button click reaches Rasa as its payload ("/affirm", "/choose_method{...}"), which is
    not what the customer saw: the line carries the button's title (`button`) taken from the
    assistant's message just before, so the console can show “Oui” rather than an intent name.
    """
    lines: list = []
    titles: dict = {}  # payload -> title of the buttons the assistant offered
    for ev in events:
        if ev.get("event") == "user":
            text = ev.get("text") or ""
            line = {"from": "customer", "text": text, "at": ev.get("timestamp")}
            if text in titles:
                line["button"] = titles[text]
            lines.append(line)
        elif ev.get("event") == "bot":
            buttons = (ev.get("data") or {}).get("buttons") or []
            if ev.get("text") or buttons:
                # the latest offer wins ("/affirm" is "Oui" here, "Oui, renvoyer" there); older
                # buttons stay clickable in the widget, so they are not forgotten
                titles.update({b["payload"]: b.get("title") or "" for b in buttons if b.get("payload")})
                line = {"from": "assistant", "text": ev.get("text") or "", "at": ev.get("timestamp")}
                if buttons:
                    line["buttons"] = [b.get("title") or "" for b in buttons]
                lines.append(line)
    return lines


async def transcript(ctx, conversation_id: str) -> tuple[list | None, str | None]:
    """The chat as the customer saw it, read from Rasa's HTTP API (token authentication)."""
    url = f"{ctx.settings.rasa_url.rstrip('/')}/conversations/{conversation_id}/tracker"
    params = {"token": ctx.settings.rasa_token} if ctx.settings.rasa_token else None
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http:
            async with http.get(url, params=params) as resp:
                if resp.status != 200:
                    return None, f"assistant answered {resp.status}"
                tracker = await resp.json()
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        return None, f"assistant unreachable ({type(exc).__name__})"
    lines = transcript_lines(tracker.get("events", []))
    return lines, None


@routes.get("/api/agent/handoffs/{reference}")
async def handoff(request: web.Request) -> web.Response:
    _agent(request)
    ctx = ctx_of(request)
    data = rules.get_handoff(ctx, request.match_info["reference"])
    data["transcript"], data["transcript_error"] = await transcript(ctx, data["conversation_id"])
    return web.json_response(data)


@routes.post("/api/agent/handoffs/{reference}/take")
async def take(request: web.Request) -> web.Response:
    return web.json_response(rules.set_handoff_status(ctx_of(request), request.match_info["reference"], "taken",
                                                      _agent(request)))


@routes.post("/api/agent/handoffs/{reference}/close")
async def close(request: web.Request) -> web.Response:
    return web.json_response(rules.set_handoff_status(ctx_of(request), request.match_info["reference"], "closed",
                                                      _agent(request)))


@routes.post("/api/agent/tickets/{number}/complete")
async def complete(request: web.Request) -> web.Response:
    who = _agent(request)
    return web.json_response(await rules.complete_ticket(ctx_of(request), request.match_info["number"], who))


@routes.post("/api/agent/tickets/{number}/refuse")
async def refuse(request: web.Request) -> web.Response:
    who = _agent(request)
    data = await json_body(request)
    return web.json_response(await rules.refuse_ticket(ctx_of(request), request.match_info["number"],
                                                       data.get("reason"), who))


@routes.post("/api/agent/accounts/unlock")
async def unlock(request: web.Request) -> web.Response:
    who = _agent(request)
    data = await json_body(request)
    return web.json_response(rules.unlock(ctx_of(request), data.get("email"), who))
