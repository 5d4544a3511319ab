"""Builds the aiohttp application."""

from __future__ import annotations

import logging

from aiohttp import web
from sqlalchemy import text

from bot.api import agent, analytics, demo, portal, support
from bot.api.common import CTX, MAX_BODY, ctx_of, errors_middleware, security_headers
from bot.api.csrf import csrf_guard
from bot.api.openapi import document
from bot.api.proxy import forwarded
from bot.rules.context import Context

log = logging.getLogger(__name__)

ops = web.RouteTableDef()


@ops.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    try:
        with ctx_of(request).db.session() as s:
            s.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - any failure to reach the database is a 503, never a 500
        return web.json_response(
            {"error": "database_unavailable", "message": "The database cannot be reached."},
            status=503,
        )
    return web.json_response({"status": "ok"})


@ops.get("/openapi.json")
async def openapi(request: web.Request) -> web.Response:
    return web.json_response(document())


def create_app(ctx: Context) -> web.Application:
    # outermost first: errors become JSON, then the proxy headers are read, then CSRF
    app = web.Application(
        middlewares=[errors_middleware, forwarded, security_headers, csrf_guard],
        client_max_size=MAX_BODY,
    )
    app[CTX] = ctx
    app.add_routes(ops)
    app.add_routes(demo.routes)
    app.add_routes(portal.routes)
    app.add_routes(support.routes)
    app.add_routes(agent.routes)
    app.add_routes(analytics.routes)
    try:
        from bot.web import setup as setup_web
    except ImportError:  # pages not built yet
        pass
    else:
        setup_web(app)

    async def _close(app: web.Application) -> None:
        await ctx.close()

    # aiohttp 3.9 annotates its signals for aiosignal < 1.4, whose Signal took the callback
    # type; aiosignal 1.4 (installed) takes the callback's argument types: a stub mismatch
    app.on_cleanup.append(_close)  # type: ignore[arg-type]
    return app
