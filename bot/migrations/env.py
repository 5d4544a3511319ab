"""Alembic environment: uses the engine handed over by bot.migrations.upgrade, or DATABASE_URL."""

from alembic import context

from bot import models  # noqa: F401  (registers the tables on Base.metadata)
from bot.db import Base, make_engine

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    from bot.config import load

    engine = make_engine(load().database_url)

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit() if hasattr(connection, "commit") else None
