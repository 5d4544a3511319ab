"""Support API: what the assistant's actions call. Service token required; the customer is
identified only by a portal-issued session token or a verified email code (bot.rules.support).
Handlers parse, call one use case (the synchronous ones on the database's threads) and answer."""

from __future__ import annotations

from aiohttp import web

from bot.api.common import ctx_of, json_body, require_token
from bot.core.assurance import Identity
from bot.rules import forget, support

CUSTOMER_HEADER = "X-Customer-Session"

routes = web.RouteTableDef()


async def _prepare(request: web.Request) -> tuple[dict, str, Identity]:
    ctx = ctx_of(request)
    require_token(request, ctx.settings.support_token, "support service")
    data = await json_body(request)
    conversation_id, ident = await ctx.unit(
        support.caller, ctx, data.get("conversation_id"), request.headers.get(CUSTOMER_HEADER)
    )
    return data, conversation_id, ident


@routes.post("/api/support/status")
async def status(request: web.Request) -> web.Response:
    _, _, ident = await _prepare(request)
    return web.json_response(await ctx_of(request).unit(support.status, ctx_of(request), ident))


@routes.post("/api/support/identity")
async def identity(request: web.Request) -> web.Response:
    _, _, ident = await _prepare(request)
    return web.json_response(support.identity_answer(ident))


@routes.post("/api/support/resend")
async def resend(request: web.Request) -> web.Response:
    _, _, ident = await _prepare(request)
    return web.json_response(await support.resend_for(ctx_of(request), ident))


@routes.post("/api/support/switch-method")
async def switch(request: web.Request) -> web.Response:
    data, _, ident = await _prepare(request)
    method, lang = data.get("method"), data.get("language")
    switched = await support.switch_for(ctx_of(request), ident, method, lang)
    return web.json_response(switched)


@routes.post("/api/support/identity/start")
async def identity_start(request: web.Request) -> web.Response:
    data, conversation_id, ident = await _prepare(request)
    result = await support.start_identity_check(
        ctx_of(request), conversation_id, data.get("email"), ident, data.get("language")
    )
    return web.json_response(result, status=202)


@routes.post("/api/support/identity/confirm")
async def identity_confirm(request: web.Request) -> web.Response:
    data, conversation_id, ident = await _prepare(request)
    return web.json_response(
        await support.confirm_identity_check(
            ctx_of(request), conversation_id, data.get("code"), ident, data.get("language")
        )
    )


@routes.post("/api/support/tickets")
async def open_ticket(request: web.Request) -> web.Response:
    data, conversation_id, ident = await _prepare(request)
    ticket, created = await support.open_reset_ticket(
        ctx_of(request),
        ident,
        data.get("reason"),
        conversation_id,
        "assistant",
        data.get("language"),
    )
    return web.json_response({"ticket": ticket, "created": created}, status=201 if created else 200)


@routes.post("/api/support/handoffs")
async def handoff(request: web.Request) -> web.Response:
    data, conversation_id, ident = await _prepare(request)
    result = await ctx_of(request).unit(
        support.create_handoff,
        ctx_of(request),
        conversation_id,
        ident,
        data.get("language"),
        data.get("reason"),
        data.get("client"),
    )
    return web.json_response(result, status=201)


@routes.post("/api/support/handoffs/withdraw")
async def withdraw_handoff(request: web.Request) -> web.Response:
    """The customer called off the handoff this conversation waits on (bot/rules/support.py)."""
    _, conversation_id, ident = await _prepare(request)
    result = await ctx_of(request).unit(
        support.withdraw_handoff, ctx_of(request), conversation_id, ident
    )
    return web.json_response(result)


@routes.post("/api/support/conversation/forget")
async def forget_conversation(request: web.Request) -> web.Response:
    """The customer asked the assistant to delete this conversation: done once the turn is
    saved (bot/rules/forget.py). Anyone in an anonymous conversation may ask (it holds their
    words); one that identified an account needs that account's session."""
    _, conversation_id, ident = await _prepare(request)
    await ctx_of(request).unit(forget.ensure_may_forget, ctx_of(request), conversation_id, ident)
    forget.schedule(ctx_of(request), conversation_id)
    return web.json_response(
        {"forgotten_in_seconds": ctx_of(request).settings.forget_delay}, status=202
    )
