"""Builds the aiohttp application."""

from __future__ import annotations

import logging

from aiohttp import web
from sqlalchemy import select, text

from bot.api import agent, portal, support
from bot.api.common import CTX, MAX_BODY, ctx_of, errors_middleware, security_headers
from bot.api.openapi import document
from bot.models import OutboxMessage
from bot.rules.context import Context, RuleError

log = logging.getLogger(__name__)

ops = web.RouteTableDef()


@ops.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    try:
        with ctx_of(request).db.session() as s:
            s.execute(text("SELECT 1"))
    except Exception:
        return web.json_response({"error": "database_unavailable", "message": "The database cannot be reached."},
                                 status=503)
    return web.json_response({"status": "ok"})


@ops.get("/openapi.json")
async def openapi(request: web.Request) -> web.Response:
    return web.json_response(document())


@ops.get("/api/demo/outbox")
async def outbox(request: web.Request) -> web.Response:
    """The demo phone and mailbox: only while no real sender is configured."""
    ctx = ctx_of(request)
    if not ctx.settings.demo_tools:
        raise RuleError(404, "not_found", "The demo outbox is disabled when real senders are configured.")
    channel = request.query.get("channel")
    with ctx.db.session() as s:
        q = select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(100)
        if channel in ("sms", "email"):
            q = q.where(OutboxMessage.channel == channel)
        rows = s.execute(q).scalars().all()
        return web.json_response({"messages": [
            {"id": m.id, "channel": m.channel, "to": m.recipient, "subject": m.subject, "body": m.body,
             "at": m.created_at.isoformat()} for m in rows]})


def create_app(ctx: Context) -> web.Application:
    app = web.Application(middlewares=[errors_middleware, security_headers], client_max_size=MAX_BODY)
    app[CTX] = ctx
    app.add_routes(ops)
    app.add_routes(portal.routes)
    app.add_routes(support.routes)
    app.add_routes(agent.routes)
    try:
        from bot.web import setup as setup_web
    except ImportError:  # pages not built yet
        setup_web = None
    if setup_web is not None:
        setup_web(app)

    async def _close(app: web.Application) -> None:
        await ctx.close()

    app.on_cleanup.append(_close)
    return app
