"""Analytics for agents and ratings from customers (issue 21). Thin: the rules are in
bot/rules/analytics.py, bot/rules/outcomes.py and bot/rules/ratings.py."""

from __future__ import annotations

from aiohttp import web

from bot.api.agent import _agent
from bot.api.common import ctx_of, json_body
from bot.api.proxy import client_ip
from bot.rules import analytics, ratings
from bot.rules import inbox as inbox_rules

routes = web.RouteTableDef()


@routes.get("/api/agent/analytics")
async def report(request: web.Request) -> web.Response:
    """Figures of a period (?from=YYYY-MM-DD&to=YYYY-MM-DD&lang=fr|en|all), agents only."""
    await ctx_of(request).unit(_agent, request)
    ctx = ctx_of(request)
    q = request.query
    period = analytics.parse_period(ctx, q.get("from"), q.get("to"), q.get("lang"))
    return web.json_response(await ctx.unit(analytics.report, ctx, period))


@routes.post("/api/chat/rating")
async def rate(request: web.Request) -> web.Response:
    """The widget's 👍/👎 (and comment) on its conversation; same-origin JSON only (CSRF)."""
    ctx = ctx_of(request)
    data = await json_body(request)
    result = await ctx.unit(
        ratings.rate,
        ctx,
        data.get("conversation"),
        data.get("rating"),
        data.get("comment"),
        data.get("language"),
        client_ip(request),
    )
    return web.json_response(result, status=201)


@routes.get("/api/agent/inbox")
async def inbox(request: web.Request) -> web.Response:
    """Groups of misunderstood messages of a period, PII masked, newest first."""
    await ctx_of(request).unit(_agent, request)
    ctx, q = ctx_of(request), request.query
    period = analytics.parse_period(ctx, q.get("from"), q.get("to"), q.get("lang"))
    return web.json_response(await ctx.unit(inbox_rules.inbox, ctx, period))


@routes.post("/api/agent/inbox/label")
async def label(request: web.Request) -> web.Response:
    """Label one group of the period's inbox with an intent, out_of_scope or new_topic."""
    who = await ctx_of(request).unit(_agent, request)
    ctx = ctx_of(request)
    data = await json_body(request)
    period = analytics.parse_period(ctx, data.get("from"), data.get("to"), data.get("lang"))
    result = await ctx.unit(
        inbox_rules.label, ctx, period, data.get("group"), data.get("label"), who
    )
    return web.json_response(result, status=201)


@routes.get("/api/agent/inbox/export")
async def export(request: web.Request) -> web.Response:
    """The labelled messages as a Rasa NLU YAML file, for review."""
    await ctx_of(request).unit(_agent, request)
    ctx = ctx_of(request)
    text = await ctx.unit(inbox_rules.export_yaml, ctx)
    return web.Response(
        text=text,
        content_type="application/x-yaml",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="inbox-nlu.yml"'},
    )
