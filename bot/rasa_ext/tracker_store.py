"""Rasa's SQL tracker store, made to notice database restarts, to say when it failed, and to
keep no secret.

Three things Rasa 3.6 does not do on its own:

* **Reconnect quietly after a restart.** Rasa creates its engine without `pool_pre_ping`,
  so after PostgreSQL restarts, the first turn of every pooled connection fails on a dead
  socket. Here the engine checks a connection before lending it (one `SELECT 1`).
* **Tell the channel that the store failed.** Rasa wraps every tracker store in a
  `FailSafeTrackerStore`: when the database is down, it logs the error and carries on with a
  fresh in-memory conversation. The customer still gets answers to stand-alone questions,
  but the assistant has forgotten the conversation (a form in progress, the language) and
  what is said meanwhile is not kept. The failure is recorded for the current turn
  (`watch_turn()`), and the channel (bot/rasa_ext/channels.py) adds a note to its reply:
  temporary problem, try again in a few minutes, or call the support line.

endpoints.yml:  tracker_store: {type: bot.rasa_ext.tracker_store.ObservedSQLTrackerStore,
                                url: <SQLAlchemy URL>, dialect: postgresql|sqlite}
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_ext.scrub import scrub_event

log = logging.getLogger(__name__)

_turn_failures: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "tracker_store_failures", default=None
)


def watch_turn() -> list[str]:
    """Start recording tracker store failures of the current turn (the current task);
    returns the list they are appended to."""
    failures: list[str] = []
    _turn_failures.set(failures)
    return failures


def _note(operation: str, exc: BaseException) -> None:
    failures = _turn_failures.get()
    if failures is not None:
        failures.append(f"{operation}: {type(exc).__name__}")


class ObservedSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore with a pre-pinged pool and failures reported to the turn."""

    engine: Any  # SQLTrackerStore's (rasa is untyped), replaced in __init__

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        import sqlalchemy as sa

        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        try:
            return await super().retrieve(sender_id)
        except Exception as exc:
            _note("retrieve", exc)
            raise

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        try:
            return await super().retrieve_full_tracker(conversation_id)
        except Exception as exc:
            _note("retrieve_full_tracker", exc)
            raise

    async def save(self, tracker: DialogueStateTracker) -> None:
        try:
            await super().save(tracker)
        except Exception as exc:
            _note("save", exc)
            raise

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        """The events `save()` writes (those not stored yet), as scrubbed copies.

        Rasa's `save()` serialises exactly what this returns (`event.as_dict()`); the
        tracker it was given, which the turn goes on using, is not changed."""
        for event in super()._additional_events(session, tracker):
            yield Event.from_parameters(scrub_event(event.as_dict()))

    async def keys(self) -> Iterable[str]:
        try:
            return await super().keys()
        except Exception as exc:
            _note("keys", exc)
            raise
