"""One entity that an NLU component of ours adds to a whole message (the language, the
portal login): it replaces any earlier one of the same name and is kept in the parse output."""

from __future__ import annotations

from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message


def put_entity(message: Message, name: str, value: str, extractor: str) -> None:
    entity = {
        "entity": name,
        "value": value,
        "start": 0,
        "end": len(message.get(TEXT) or ""),
        "confidence": 1.0,
        "extractor": extractor,
    }
    entities = [e for e in message.get(ENTITIES, []) if e.get("entity") != name]
    message.set(ENTITIES, entities + [entity], add_to_output=True)
