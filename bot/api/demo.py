"""The demo tools' API: the outbox (SMS and emails of the embedded default) for the demo
phone page. It shows codes, so it exists only in the explicit demo on loopback
(Settings.demo_tools) and answers only with the demo key, sent in the X-Demo-Key header
(never in the URL, so it is not in logs or a Referer). `make run` generates the key and
prints the phone's address with it, like a notebook server's token."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy import select

from bot.api.common import ctx_of
from bot.models import OutboxMessage
from bot.rules.context import RuleError
from bot.security import same

KEY_HEADER = "X-Demo-Key"

routes = web.RouteTableDef()


def demo_key_ok(request: web.Request, key: object) -> bool:
    """Demo tools on and the right key (constant-time comparison)."""
    settings = ctx_of(request).settings
    return (
        settings.demo_tools and isinstance(key, str) and bool(key) and same(key, settings.demo_key)
    )


def require_demo_key(request: web.Request) -> None:
    if not ctx_of(request).settings.demo_tools:
        raise RuleError(404, "not_found", "The demo tools are off.")
    if not demo_key_ok(request, request.headers.get(KEY_HEADER)):
        raise RuleError(
            403, "demo_key_required", "The demo tools need the demo key that `make run` printed."
        )


@routes.get("/api/demo/outbox")
async def outbox(request: web.Request) -> web.Response:
    """The demo phone and mailbox: the newest 100 messages."""
    require_demo_key(request)
    channel = request.query.get("channel")
    with ctx_of(request).db.session() as s:
        q = select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(100)
        if channel in ("sms", "email"):
            q = q.where(OutboxMessage.channel == channel)
        rows = s.execute(q).scalars().all()
        return web.json_response(
            {
                "messages": [
                    {
                        "id": m.id,
                        "channel": m.channel,
                        "to": m.recipient,
                        "subject": m.subject,
                        "body": m.body,
                        "at": m.created_at.isoformat(),
                    }
                    for m in rows
                ]
            }
        )
