"""Agent API: the console's calls. An agent is authenticated by the console's session
cookie (a server-side session opened at agent login: bot.rules.agent_sessions) or by the
AGENT_TOKEN bearer (automation)."""

from __future__ import annotations

from urllib.parse import quote

import aiohttp
from aiohttp import web

from bot import clock
from bot.api.common import bearer, ctx_of, json_body
from bot.api.proxy import client_ip, cookie_secure
from bot.rasa_ext import payload_locale
from bot.rules import agent as rules
from bot.rules import agent_sessions, ticket_queue
from bot.rules.context import RuleError
from bot.security import same

COOKIE = "m2m_agent"

routes = web.RouteTableDef()


def _agent(request: web.Request) -> str:
    ctx = ctx_of(request)
    token = bearer(request)
    if token and same(token, ctx.settings.agent_token):
        return "api"
    cookie = request.cookies.get(COOKIE)
    if cookie:
        with ctx.db.session() as s:
            username = agent_sessions.agent_of(s, ctx.settings, cookie, clock.now())
        if username is not None:
            return username
    raise RuleError(401, "unauthorized", "Agents only: log in to the console.")


@routes.post("/api/agent/login")
async def login(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    data = await json_body(request)
    agent, token = await rules.login(ctx, data.get("username"), data.get("password"), client_ip(request))
    resp = web.json_response(agent)
    resp.set_cookie(COOKIE, token, max_age=ctx.settings.agent_session_lifetime, httponly=True, samesite="Strict",
                    path="/", secure=cookie_secure(request))
    return resp


@routes.post("/api/agent/logout")
async def logout(request: web.Request) -> web.Response:
    """Ends the session on the server: the cookie is worthless afterwards, even if kept."""
    ctx = ctx_of(request)
    with ctx.db.session() as s:
        agent_sessions.revoke(s, ctx.settings, request.cookies.get(COOKIE), clock.now())
    resp = web.json_response({"logged_out": True})
    resp.del_cookie(COOKIE, path="/")
    return resp


@routes.get("/api/agent/handoffs")
async def handoffs(request: web.Request) -> web.Response:
    """?view=queue: waiting and taken, oldest first; ?email=: exact customer email."""
    _agent(request)
    q = request.query
    try:
        limit = min(max(int(q.get("limit", "50")), 1), 200)
    except ValueError:
        raise RuleError(400, "invalid_limit", "limit must be a number from 1 to 200.") from None
    view = q.get("view", "recent")
    if view not in ("recent", "queue"):
        raise RuleError(400, "invalid_view", "view must be recent or queue.")
    return web.json_response({"handoffs": rules.list_handoffs(ctx_of(request), limit, view, q.get("email"))})


@routes.get("/api/agent/tickets")
async def tickets(request: web.Request) -> web.Response:
    """The ticket queue, oldest first (filters: bot.rules.ticket_queue.parse_filter)."""
    _agent(request)
    f = ticket_queue.parse_filter(request.query)
    return web.json_response({"tickets": ticket_queue.list_tickets(ctx_of(request), f)})


@routes.get("/api/agent/tickets/{number}")
async def ticket(request: web.Request) -> web.Response:
    """A ticket page; with the chat that opened it when it came from the assistant."""
    _agent(request)
    ctx = ctx_of(request)
    data = ticket_queue.get_ticket(ctx, request.match_info["number"])
    data["transcript"], data["transcript_error"] = (await transcript(ctx, data["conversation_id"])
                                                    if data["conversation_id"] else (None, None))
    return web.json_response(data)


def transcript_lines(events: list) -> list:
    """Tracker events as the agent should read them.

    A button click reaches Rasa as its payload ("/affirm", "/choose_method{...}"), which is
    not what the customer saw: the line carries the button's title (`button`) taken from the
    assistant's message just before, so the console can show “Oui” rather than an intent name.
    Payloads are compared without the widget's locale the channel adds (bot/rasa_ext/payload_locale.py).
    """
    lines: list = []
    titles: dict = {}  # payload -> title of the buttons the assistant offered
    for ev in events:
        if ev.get("event") == "user":
            text = ev.get("text") or ""
            line = {"from": "customer", "text": text, "at": ev.get("timestamp")}
            if payload_locale.as_clicked(text) in titles:
                line["button"] = titles[payload_locale.as_clicked(text)]
            lines.append(line)
        elif ev.get("event") == "bot":
            buttons = (ev.get("data") or {}).get("buttons") or []
            if ev.get("text") or buttons:
                # the latest offer wins ("/affirm" is "Oui" here, "Oui, renvoyer" there); older
                # buttons stay clickable in the widget, so they are not forgotten
                titles.update({payload_locale.as_clicked(b["payload"]): b.get("title") or ""
                               for b in buttons if b.get("payload")})
                line = {"from": "assistant", "text": ev.get("text") or "", "at": ev.get("timestamp")}
                if buttons:
                    line["buttons"] = [b.get("title") or "" for b in buttons]
                lines.append(line)
    return lines


async def transcript(ctx, conversation_id: str) -> tuple[list | None, str | None]:
    """The chat as the customer saw it, read from Rasa's HTTP API (token authentication)."""
    # encoded: an id stored before ids were restricted must still name one conversation only
    url = f"{ctx.settings.rasa_url.rstrip('/')}/conversations/{quote(conversation_id, safe='')}/tracker"
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
    return web.json_response(rules.take_handoff(ctx_of(request), request.match_info["reference"], _agent(request)))


@routes.post("/api/agent/handoffs/{reference}/close")
async def close(request: web.Request) -> web.Response:
    """Body: {"outcome": one of bot.rules.handoff_lifecycle.OUTCOMES, "note": text}."""
    who = _agent(request)
    data = await json_body(request)
    return web.json_response(rules.close_handoff(ctx_of(request), request.match_info["reference"], who,
                                                 data.get("outcome"), data.get("note")))


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


@routes.post("/api/agent/agents/{username}/unlock")
async def unlock_agent(request: web.Request) -> web.Response:
    """Another agent lifts the lock of an agent account (audit entry `agent_unlocked`)."""
    who = _agent(request)
    return web.json_response(rules.unlock_agent(ctx_of(request), request.match_info["username"], f"agent:{who}"))


@routes.post("/api/agent/handoffs/{reference}/unlock")
async def unlock_handoff_customer(request: web.Request) -> web.Response:
    """Unlock the account of the handoff's customer (the console's button)."""
    who = _agent(request)
    return web.json_response(rules.unlock_handoff_customer(ctx_of(request), request.match_info["reference"], who))


@routes.post("/api/agent/accounts/unlock")
async def unlock(request: web.Request) -> web.Response:
    who = _agent(request)
    data = await json_body(request)
    return web.json_response(rules.unlock(ctx_of(request), data.get("email"), who))
