"""Agent API: the console's calls. An agent is authenticated by the console's session
cookie (a server-side session opened at agent login: bot.rules.agent_sessions) or by the
AGENT_TOKEN bearer (automation)."""

from __future__ import annotations

from urllib.parse import quote

import aiohttp
from aiohttp import web

from bot.api.common import bearer, ctx_of, json_body
from bot.api.proxy import client_ip, cookie_secure
from bot.rasa_ext import payload_locale, replies
from bot.rasa_ext.scrub import SECRET_MASK
from bot.rules import agent as rules
from bot.rules import contact_on_file, forget, ticket_queue
from bot.rules.context import RuleError

COOKIE = "m2m_agent"

routes = web.RouteTableDef()


def _agent(request: web.Request) -> str:
    """The agent behind the request (bot.rules.agent.caller), or 401. Synchronous: the pages
    (bot/web) and the analytics API call it as is; the handlers here use `_who`."""
    ctx = ctx_of(request)
    return rules.caller(ctx, bearer(request), request.cookies.get(COOKIE))


async def _who(request: web.Request) -> str:
    """`_agent` on the database's threads."""
    ctx = ctx_of(request)
    return await ctx.unit(rules.caller, ctx, bearer(request), request.cookies.get(COOKIE))


async def _unit(request: web.Request, fn, *args):
    """Run a synchronous use case on the database's threads."""
    ctx = ctx_of(request)
    return await ctx.unit(fn, ctx, *args)


@routes.post("/api/agent/login")
async def login(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    data = await json_body(request)
    agent, token = await rules.login(
        ctx, data.get("username"), data.get("password"), client_ip(request)
    )
    resp = web.json_response(agent)
    resp.set_cookie(
        COOKIE,
        token,
        max_age=ctx.settings.agent_session_lifetime,
        httponly=True,
        samesite="Strict",
        path="/",
        secure=cookie_secure(request),
    )
    return resp


@routes.post("/api/agent/logout")
async def logout(request: web.Request) -> web.Response:
    """Ends the session on the server: the cookie is worthless afterwards, even if kept."""
    await _unit(request, rules.logout, request.cookies.get(COOKIE))
    resp = web.json_response({"logged_out": True})
    resp.del_cookie(COOKIE, path="/")
    return resp


@routes.get("/api/agent/handoffs")
async def handoffs(request: web.Request) -> web.Response:
    """?view=queue: waiting and taken, oldest first; ?email=: exact customer email."""
    await _who(request)
    q = request.query
    limit = ticket_queue.query_number(q, "limit", 1, 200, 50)
    view = q.get("view", "recent")
    if view not in ("recent", "queue"):
        raise RuleError(400, "invalid_view", "view must be recent or queue.")
    return web.json_response(
        {"handoffs": await _unit(request, rules.list_handoffs, limit, view, q.get("email"))}
    )


@routes.get("/api/agent/tickets")
async def tickets(request: web.Request) -> web.Response:
    """The ticket queue, oldest first (filters: bot.rules.ticket_queue.parse_filter)."""
    await _who(request)
    f = ticket_queue.parse_filter(request.query)
    return web.json_response({"tickets": await _unit(request, ticket_queue.list_tickets, f)})


@routes.get("/api/agent/tickets/{number}")
async def ticket(request: web.Request) -> web.Response:
    """A ticket page; with the chat that opened it when it came from the assistant."""
    await _who(request)
    ctx = ctx_of(request)
    data = await _unit(request, ticket_queue.get_ticket, request.match_info["number"])
    data.update(await transcript_fields(ctx, data["conversation_id"]))
    return web.json_response(data)


def transcript_lines(events: list) -> list:
    """Tracker events as the agent should read them.

    A button click reaches Rasa as its payload ("/affirm", "/choose_method{...}"), which is
    not what the customer saw: the line carries the button's title (`button`) taken from the
    assistant's message just before, so the console can show “Oui” rather than an intent name.
    Payloads are compared without the widget's locale the channel adds
    (bot/rasa_ext/payload_locale.py).

    A message the assistant reverted and entered again (actions/fallback.py `as_clicked`: a
    "yes" to an offer) is one message for the customer: its second entry is not shown again
    (thirteenth outsider check: every such click was listed twice).
    """
    lines: list = []
    titles: dict = {}  # payload -> title of the buttons the assistant offered
    reverted: str | None = None  # the text of the customer's message just reverted
    language: str | None = None  # the conversation's, for the channel's own notes
    for ev in events:
        if ev.get("event") == "rewind":
            said = [line for line in lines if line["from"] == "customer"]
            reverted = said[-1]["text"] if said else None
        elif ev.get("event") == "slot" and ev.get("name") == "language":
            language = ev.get("value") if ev.get("value") in replies.LANGUAGES else language
        elif ev.get("event") == "user":
            _add_password_note(lines, language)
            text = ev.get("text") or ""
            if reverted is None or text != reverted:  # else: already listed where it was typed
                lines.append(_customer_line(ev, text, titles))
            reverted = None
        elif ev.get("event") == "bot" and (ev.get("text") or (ev.get("data") or {}).get("buttons")):
            lines.append(_assistant_line(ev, titles))
            # the assistant answered since: the customer's next message is a new one, even
            # with the same text (two passwords typed in a row are both "••••••••": the second
            # and its warning were dropped; fifty-first outsider check, F12)
            reverted = None
    _add_password_note(lines, language)
    return lines


def _add_password_note(lines: list, language: str | None) -> None:
    """The warning the chat channel sends before the answer to a message that held a password
    (bot/rasa_ext/guard.py) is not a tracker event: it is put right after that message once
    the turn is read (its language is set after the message), so that the agent knows the
    customer was told to change it (fifteenth outsider check, 10). The stored message shows
    the password as SECRET_MASK (bot/rasa_ext/scrub.py)."""
    index = next((i for i in range(len(lines) - 1, -1, -1) if lines[i]["from"] == "customer"), None)
    if index is None or SECRET_MASK not in lines[index]["text"]:
        return
    if any(line.get("note") for line in lines[index + 1 :]):
        return
    text = replies.say(replies.PASSWORD_NOTE, language)  # unknown: both, as the channel does
    note = {"from": "assistant", "text": text, "at": lines[index].get("at"), "note": True}
    lines.insert(index + 1, note)


def _customer_line(ev: dict, text: str, titles: dict) -> dict:
    line = {"from": "customer", "text": text, "at": ev.get("timestamp")}
    if payload_locale.as_clicked(text) in titles:
        line["button"] = titles[payload_locale.as_clicked(text)]
    return line


def _assistant_line(ev: dict, titles: dict) -> dict:
    """The assistant's message; its buttons' titles are remembered (`titles`, by payload): the
    latest offer wins ("/affirm" is "Oui" here, "Oui, renvoyer" there), and older buttons stay
    clickable in the widget, so they are not forgotten."""
    buttons = (ev.get("data") or {}).get("buttons") or []
    titles.update(
        {
            payload_locale.as_clicked(b["payload"]): b.get("title") or ""
            for b in buttons
            if b.get("payload")
        }
    )
    line = {"from": "assistant", "text": ev.get("text") or "", "at": ev.get("timestamp")}
    if buttons:
        line["buttons"] = [b.get("title") or "" for b in buttons]
    return line


async def transcript_fields(ctx, conversation_id: str | None) -> dict:
    """`transcript` (lines, or None when it could not be read), `transcript_error` (why not)
    and `transcript_deleted_at`: when the customer had the conversation deleted (ninth
    outsider check: the agent saw an empty transcript and could not tell why)."""
    if not conversation_id:  # a ticket opened on the portal
        return {"transcript": None, "transcript_error": None, "transcript_deleted_at": None}
    lines, error = await transcript(ctx, conversation_id)
    deleted = None
    if not lines:
        when = await ctx.unit(forget.forgotten_at, ctx, conversation_id)
        deleted = when.isoformat() if when else None
    return {"transcript": lines, "transcript_error": error, "transcript_deleted_at": deleted}


async def transcript(ctx, conversation_id: str) -> tuple[list | None, str | None]:
    """The chat as the customer saw it, read from Rasa's HTTP API (token authentication)."""
    # encoded: an id stored before ids were restricted must still name one conversation only
    base = ctx.settings.rasa_url.rstrip("/")
    url = f"{base}/conversations/{quote(conversation_id, safe='')}/tracker"
    params = {"token": ctx.settings.rasa_token} if ctx.settings.rasa_token else None
    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http,
            http.get(url, params=params) as resp,
        ):
            if resp.status != 200:
                return None, f"assistant answered {resp.status}"
            tracker = await resp.json()
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        return None, f"assistant unreachable ({type(exc).__name__})"
    lines = transcript_lines(tracker.get("events", []))
    return lines, None


@routes.get("/api/agent/handoffs/{reference}")
async def handoff(request: web.Request) -> web.Response:
    await _who(request)
    ctx = ctx_of(request)
    data = await _unit(request, rules.get_handoff, request.match_info["reference"])
    data.update(await transcript_fields(ctx, data["conversation_id"]))
    # the chats the customer asked from before this one, each as its own transcript
    data["earlier_chats"] = [
        {"conversation_id": chat, **await transcript_fields(ctx, chat)}
        for chat in data.pop("earlier_conversations")
    ]
    return web.json_response(data)


@routes.post("/api/agent/handoffs/{reference}/take")
async def take(request: web.Request) -> web.Response:
    who = await _who(request)
    return web.json_response(
        await _unit(request, rules.take_handoff, request.match_info["reference"], who)
    )


@routes.post("/api/agent/handoffs/{reference}/close")
async def close(request: web.Request) -> web.Response:
    """Body: {"outcome": one of bot.core.handoffs.OUTCOMES, "note": text}."""
    who = await _who(request)
    data = await json_body(request)
    return web.json_response(
        await _unit(
            request,
            rules.close_handoff,
            request.match_info["reference"],
            who,
            data.get("outcome"),
            data.get("note"),
        )
    )


@routes.post("/api/agent/tickets/{number}/complete")
async def complete(request: web.Request) -> web.Response:
    who = await _who(request)
    return web.json_response(
        await rules.complete_ticket(ctx_of(request), request.match_info["number"], who)
    )


@routes.post("/api/agent/tickets/{number}/refuse")
async def refuse(request: web.Request) -> web.Response:
    who = await _who(request)
    data = await json_body(request)
    return web.json_response(
        await rules.refuse_ticket(
            ctx_of(request), request.match_info["number"], data.get("reason"), who
        )
    )


@routes.post("/api/agent/agents/{username}/unlock")
async def unlock_agent(request: web.Request) -> web.Response:
    """Another agent lifts the lock of an agent account (audit entry `agent_unlocked`)."""
    who = await _who(request)
    return web.json_response(
        await _unit(request, rules.unlock_agent, request.match_info["username"], f"agent:{who}")
    )


@routes.post("/api/agent/handoffs/{reference}/contact")
async def reveal_contact(request: web.Request) -> web.Response:
    """The account's number and address, to call the customer back or have them confirm from
    it before an unlock, for the agent who took the handoff; recorded (bot/rules/
    contact_on_file.py). A POST: each look is written to the audit."""
    who = await _who(request)
    return web.json_response(
        await _unit(request, contact_on_file.reveal, request.match_info["reference"], who)
    )


@routes.post("/api/agent/handoffs/{reference}/unlock")
async def unlock_handoff_customer(request: web.Request) -> web.Response:
    """Unlock the account of the handoff's customer (the console's button), saying how the
    caller was checked (`caller_check`, bot/rules/caller_check.py)."""
    who = await _who(request)
    data = await json_body(request)
    return web.json_response(
        await rules.unlock_handoff_customer(
            ctx_of(request), request.match_info["reference"], who, data.get("caller_check")
        )
    )


@routes.post("/api/agent/accounts/unlock")
async def unlock(request: web.Request) -> web.Response:
    who = await _who(request)
    data = await json_body(request)
    return web.json_response(
        await rules.unlock(ctx_of(request), data.get("email"), who, data.get("caller_check"))
    )
