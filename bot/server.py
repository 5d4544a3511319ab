"""Run the backend: migrate, seed an empty database, serve HTTP."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.api import create_app
from bot.config import Settings
from bot.db import Database
from bot.rules.context import build_context
from bot.seed import seed

log = logging.getLogger("bot")


def serve(settings: Settings) -> None:
    db = Database(settings.database_url)
    db.migrate()
    if seed(db, settings):
        log.info("seeded the demo accounts")
    ctx = build_context(settings, db)
    app = create_app(ctx)
    print(f"backend: listening on http://{settings.host}:{settings.port}", flush=True)
    web.run_app(app, host=settings.host, port=settings.port, print=None, access_log=None)
