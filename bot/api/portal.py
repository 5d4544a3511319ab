"""Portal API: what the portal pages call (cookie session). Each handler parses the request,
calls one use case of bot.rules.portal / bot.rules.codes (the synchronous ones on the
database's threads, `ctx.unit`) and answers; the cookies are set here."""

from __future__ import annotations

from aiohttp import web

from bot.api.common import ctx_of, json_body
from bot.api.proxy import client_ip, cookie_secure
from bot.core import devices
from bot.rules import codes, portal
from bot.rules.context import RuleError

SESSION_COOKIE = "m2m_session"
DEVICE_COOKIE = "m2m_device"

routes = web.RouteTableDef()


def _set_cookie(
    resp: web.StreamResponse, request: web.Request, name: str, value: str, max_age: int
) -> None:
    resp.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="Lax",
        path="/",
        secure=cookie_secure(request),
    )


def _token(request: web.Request) -> str | None:
    return request.cookies.get(SESSION_COOKIE)


@routes.post("/api/portal/login")
async def login(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    data = await json_body(request)
    token, view = await portal.login(
        ctx,
        data.get("email"),
        data.get("password"),
        request.cookies.get(DEVICE_COOKIE),
        client_ip(request),
    )
    resp = web.json_response(view)
    _set_cookie(resp, request, SESSION_COOKIE, token, ctx.settings.portal_session_ttl)
    return resp


@routes.post("/api/portal/logout")
async def logout(request: web.Request) -> web.Response:
    await ctx_of(request).unit(portal.logout, ctx_of(request), _token(request))
    resp = web.json_response({"stage": "logged_out"})
    resp.del_cookie(SESSION_COOKIE, path="/")
    return resp


@routes.get("/api/portal/me")
async def me(request: web.Request) -> web.Response:
    return web.json_response(
        await ctx_of(request).unit(portal.current, ctx_of(request), _token(request))
    )


@routes.post("/api/portal/postpone")
async def postpone(request: web.Request) -> web.Response:
    return web.json_response(
        await ctx_of(request).unit(portal.postpone, ctx_of(request), _token(request))
    )


@routes.post("/api/portal/accept")
async def accept(request: web.Request) -> web.Response:
    result = await ctx_of(request).unit(portal.accept_offer, ctx_of(request), _token(request))
    resp = web.json_response(result)
    resp.del_cookie(SESSION_COOKIE, path="/")
    return resp


@routes.post("/api/portal/enroll")
async def enroll(request: web.Request) -> web.Response:
    data = await json_body(request)
    return web.json_response(
        await portal.start_enrollment(
            ctx_of(request), _token(request), data.get("method"), data.get("phone")
        )
    )


@routes.post("/api/portal/verify")
async def verify(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    data = await json_body(request)
    remember = data.get("remember_device", False)
    if not isinstance(remember, bool):
        raise RuleError(400, "invalid_request", "remember_device must be true or false.")
    view, device = await codes.verify(ctx, _token(request), data.get("code"), remember)
    resp = web.json_response(view)
    if device:
        _set_cookie(resp, request, DEVICE_COOKIE, device, devices.cookie_max_age(ctx.settings))
    return resp


async def _session_id(request: web.Request) -> str:
    return await ctx_of(request).unit(portal.session_id_of, ctx_of(request), _token(request))


@routes.post("/api/portal/resend")
async def resend(request: web.Request) -> web.Response:
    return web.json_response(await codes.resend(ctx_of(request), await _session_id(request)))


@routes.post("/api/portal/switch-method")
async def switch(request: web.Request) -> web.Response:
    data = await json_body(request)
    await codes.switch_method(ctx_of(request), await _session_id(request), data.get("method"))
    return web.json_response(
        await ctx_of(request).unit(portal.current, ctx_of(request), _token(request))
    )


@routes.get("/api/portal/widget-token")
async def widget_token(request: web.Request) -> web.Response:
    """The signed, short-lived token the support widget sends with each chat message."""
    return web.json_response(
        await ctx_of(request).unit(portal.widget_token, ctx_of(request), _token(request))
    )


@routes.get("/api/portal/tickets")
async def my_tickets(request: web.Request) -> web.Response:
    """ "Mes demandes"."""
    return web.json_response(
        {"tickets": await ctx_of(request).unit(portal.my_tickets, ctx_of(request), _token(request))}
    )


@routes.post("/api/portal/tickets")
async def new_ticket(request: web.Request) -> web.Response:
    """A reset request from the portal (bot.rules.portal.request_reset says who may)."""
    data = await json_body(request)
    ticket, created = await portal.request_reset(
        ctx_of(request), _token(request), data.get("reason")
    )
    return web.json_response({"ticket": ticket, "created": created}, status=201 if created else 200)
