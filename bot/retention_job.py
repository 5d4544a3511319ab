"""The daily retention pass inside the running backend (bot/rules/retention.py says what it
deletes). Why in the backend: a deployment with only `python -m bot run` (no cron) still
forgets what it must forget; `python -m bot retention` does one pass by hand or from cron."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aiohttp import web

from bot import clock
from bot.rules import retention
from bot.rules.context import Context

log = logging.getLogger("bot.retention")

FIRST_RUN_DELAY = 30  # seconds after start-up: let the stack come up first


async def run_forever(ctx: Context, first_delay: float = FIRST_RUN_DELAY) -> None:
    """One pass `first_delay` seconds after start-up, then one every RETENTION_INTERVAL_SECONDS.
    A failing pass (database down) is logged and tried again at the next interval."""
    await asyncio.sleep(first_delay)
    while True:
        try:
            await ctx.unit(retention.purge, ctx.db, ctx.settings, clock.now())
        except Exception as exc:  # noqa: BLE001 - never let the job die: the next pass tries again
            log.warning("retention pass failed: %s", type(exc).__name__)
        await asyncio.sleep(ctx.settings.retention_interval)


def install(app: web.Application, ctx: Context, first_delay: float = FIRST_RUN_DELAY) -> None:
    """Start the job with the app, stop it at shutdown."""

    async def job(app: web.Application):
        task = asyncio.create_task(run_forever(ctx, first_delay))
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    app.cleanup_ctx.append(job)
