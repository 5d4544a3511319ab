"""Run the backend: preflight, migrate, seed the demo (only when asked), serve HTTP."""

from __future__ import annotations

import logging

from aiohttp import web

from bot import preflight, retention_job
from bot.api import create_app
from bot.config import Settings
from bot.db import Database
from bot.rules.context import build_context
from bot.seed import seed

log = logging.getLogger("bot")


def serve(settings: Settings) -> None:
    preflight.check_settings(settings)
    db = Database(settings.database_url)
    db.migrate()
    if settings.demo and seed(db, settings):
        log.info("seeded the demo accounts")
    preflight.check_database(settings, db)
    ctx = build_context(settings, db)
    app = create_app(ctx)
    retention_job.install(app, ctx)  # the daily retention pass (docs/retention.md)
    print(f"backend: listening on http://{settings.host}:{settings.port}", flush=True)
    if settings.demo_tools:
        print(
            f"backend: demo phone on http://{settings.host}:{settings.port}/demo/phone?key={settings.demo_key}",
            flush=True,
        )
    web.run_app(app, host=settings.host, port=settings.port, print=None, access_log=None)
