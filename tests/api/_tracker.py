"""Conversations written to a real tracker store (Rasa's SQLTrackerStore through the project's
ObservedSQLTrackerStore, as the Rasa server writes them), with chosen timestamps."""

from __future__ import annotations

from datetime import datetime

from bot.rasa_ext.conversation import public_id


def user(text: str, intent: str, confidence: float, at: datetime):
    from rasa.shared.core.events import UserUttered

    parse = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []}
    return UserUttered(text, intent=parse["intent"], parse_data=parse, timestamp=at.timestamp())


def bot(text: str, at: datetime):
    from rasa.shared.core.events import BotUttered

    return BotUttered(text, timestamp=at.timestamp())


def language(lang: str, at: datetime):
    from rasa.shared.core.events import SlotSet

    return SlotSet("language", lang, timestamp=at.timestamp())


async def write(path: str, secret: str, events: list) -> str:
    """Store a conversation under public_id(secret) (what the guarded channels do); returns the id."""
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.rasa_ext.tracker_store import ObservedSQLTrackerStore

    store = ObservedSQLTrackerStore(dialect="sqlite", db=path)
    conversation_id = public_id(secret)
    await store.save(DialogueStateTracker.from_events(conversation_id, events))
    store.engine.dispose()
    return conversation_id
