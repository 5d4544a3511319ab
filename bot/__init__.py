"""M2Mmanager account backend: the platform's 2FA rules, the portal, the support and agent APIs.

Layers (one concern each):
    config      settings from the environment, with the help article's defaults
    clock       the one place that reads the time (tests freeze it)
    db, models  SQLAlchemy engine, sessions and tables (Alembic migrations in bot/migrations)
    rules/      the domain: grace period, factors, codes, throttling, identity, tickets, handoffs
    senders/    SMS (outbox, Twilio Verify) and email (outbox, SMTP)
    api/        aiohttp routes: portal, support, agent, OpenAPI document
    web/        portal pages, the support widget and the agent console
    client      the async client the Rasa actions use to call the Support API
"""

__version__ = "0.1.0"
