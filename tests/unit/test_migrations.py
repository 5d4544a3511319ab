"""Alembic migrations: `upgrade head` on an empty SQLite and PostgreSQL database creates every
model table, and the models and the migrations agree (what `alembic check` does)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from bot import models  # noqa: F401  (registers the tables)
from bot.db import Base, make_engine
from bot.migrations import upgrade
from tests.conftest import scratch_pg_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request, tmp_path):
    """A brand-new, empty database (not the shared migrated one)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    with scratch_pg_database("m2m_mig") as url:
        yield str(url)


def _diffs(engine):
    with engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": False,
                                                   "render_as_batch": conn.dialect.name == "sqlite"})
        return compare_metadata(mc, Base.metadata)


def test_upgrade_head_creates_every_table_without_drift(empty_url):
    engine = make_engine(empty_url)
    try:
        assert set(inspect(engine).get_table_names()) == set()
        upgrade(engine)
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "alembic_version" in tables
        insp = inspect(engine)
        for name, table in Base.metadata.tables.items():
            cols = {c["name"] for c in insp.get_columns(name)}
            assert cols == {c.name for c in table.columns}, name
        # the partial unique index that makes reset tickets idempotent exists
        assert any(ix["name"] == "uq_open_reset_ticket" and ix["unique"] for ix in insp.get_indexes("tickets"))
        assert _diffs(engine) == []
        # running it again is a no-op
        upgrade(engine)
        assert _diffs(engine) == []
    finally:
        engine.dispose()


def test_drift_detection_works(empty_url):
    """The comparison above can fail: a model column missing from the migrations shows up."""
    from sqlalchemy import Column, MetaData, String, Table

    engine = make_engine(empty_url)
    try:
        upgrade(engine)
        md = MetaData()
        for t in Base.metadata.sorted_tables:
            t.to_metadata(md)
        Table("users", md, Column("nickname", String(20)), extend_existing=True)
        with engine.connect() as conn:
            mc = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = compare_metadata(mc, md)
        assert any(d[0] == "add_column" and d[3].name == "nickname" for d in diffs if isinstance(d, tuple))
    finally:
        engine.dispose()


def test_0003_keeps_old_handoffs_times_and_downgrades(empty_url):
    """Issue 20: handoffs taken or closed before the lifecycle columns get their last change as
    taken/closed time; the revision goes down again to 0002 cleanly."""
    from alembic import command
    from sqlalchemy import text

    from bot.migrations import alembic_config

    engine = make_engine(empty_url)
    try:
        upgrade(engine, "0002")
        with engine.begin() as conn:
            for ref, status, taken_by in (("OPEN01", "open", None), ("TAKEN1", "taken", "bob"),
                                          ("CLOSE1", "closed", "eve")):
                conn.execute(text("INSERT INTO handoffs (reference, conversation_id, language, identity_status, reason, "
                                  "status, taken_by, created_at, updated_at) VALUES (:r, 'c', 'fr', 'none', 'request', "
                                  ":s, :t, '2026-01-05 10:00:00', '2026-01-05 11:30:00')"),
                             {"r": ref, "s": status, "t": taken_by})
        upgrade(engine, "0003")
        with engine.connect() as conn:
            rows = {r[0]: (r[1] is not None, r[2] is not None) for r in conn.execute(
                text("SELECT reference, taken_at, closed_at FROM handoffs"))}
        assert rows == {"OPEN01": (False, False), "TAKEN1": (True, False), "CLOSE1": (True, True)}
        assert any(ix["name"] == "ix_tickets_status_created" for ix in inspect(engine).get_indexes("tickets"))
        command.downgrade(alembic_config(engine), "0002")
        assert "note" not in {c["name"] for c in inspect(engine).get_columns("handoffs")}
        upgrade(engine)
        assert _diffs(engine) == []
    finally:
        engine.dispose()


def test_0008_keeps_old_handoffs_without_a_client_key_and_downgrades(empty_url):
    """Thirty-sixth outsider check, finding 10: handoffs get the chat channel's client key.
    Those made before have none (they count for the global cap only); 0007 comes back cleanly."""
    from alembic import command
    from sqlalchemy import text

    from bot.migrations import alembic_config

    engine = make_engine(empty_url)
    try:
        upgrade(engine, "0007")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO handoffs (reference, conversation_id, language, identity_status, reason, "
                              "status, created_at) VALUES ('OLD001', 'c', 'fr', 'none', 'request', 'open', "
                              "'2026-12-05 10:00:00')"))
        upgrade(engine, "0008")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT reference, client_key FROM handoffs")).all() == [("OLD001", None)]
        index = {ix["name"]: ix["column_names"] for ix in inspect(engine).get_indexes("handoffs")}
        assert index["ix_handoffs_client_created"] == ["client_key", "created_at"]
        command.downgrade(alembic_config(engine), "0007")
        assert "client_key" not in {c["name"] for c in inspect(engine).get_columns("handoffs")}
        upgrade(engine)
        assert _diffs(engine) == []
    finally:
        engine.dispose()
