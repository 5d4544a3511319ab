"""A quick reply's payload is answered in the widget's language, when the visitor chose it.

Rasa 3.6 reads a message that starts with "/" (a button's payload, or ``/intent{...}`` typed
by hand) with its RegexMessageHandler, which runs after the NLU pipeline and replaces the
entities the pipeline found. The language detector's ``language`` entity
(bot/nlu/language.py) is lost there, so a customer who switched the portal to English and
clicked a topic button was answered in the conversation's earlier language. The channel
therefore writes the widget's locale into the payload's entities before Rasa reads it:
``/ask_deadline`` with the locale ``en`` becomes ``/ask_deadline{"language": "en"}``.

Only a language the visitor chose (the page's toggle: the widget sends `locale_chosen`,
bot/web/__init__.py): on the default French page, a customer who wrote in English and
clicked a button offered in English was answered in French (twenty-eighth outsider check,
finding 1). Otherwise the payload is left as it came and answered in the conversation's
language.

The payload's own entities are kept (``/inform{"reset_reason": "lost_phone"}``); the locale
replaces a ``language`` typed in them. Without a locale, or when the payload is not in
Rasa's shape (its JSON unreadable), the text is left as it came: Rasa answers it as before.
The language is no identity claim: nothing here is trusted for anything but the reply's
language.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bot.metadata import containers

LANGUAGES: tuple[str, ...] = ("fr", "en")
ENTITY = "language"
# the widget's flag: the page's language was chosen by the visitor (bot/web/static/widget.js)
CHOSEN = "locale_chosen"
# Rasa's own reading of a payload (rasa.shared.nlu.interpreter / RegexMessageHandler):
# "/" intent, an optional "@confidence", optional JSON entities
PAYLOAD = re.compile(
    r"^/(?P<intent>[\w.-]+)(?P<confidence>@[0-9.]+)?(?P<entities>\{.*\})?\s*$", re.DOTALL
)


def with_locale(text: Any, metadata: Any) -> Any:
    """The payload with the widget's locale as its `language` entity; other text unchanged."""
    if not isinstance(text, str) or not text.startswith("/"):
        return text
    # imported here: the backend imports this module for as_clicked() and must not load Rasa
    from bot.nlu.language import locale_from_metadata

    chosen = any(container.get(CHOSEN) is True for container in containers(metadata))
    locale = locale_from_metadata(metadata, LANGUAGES) if chosen else None
    match = PAYLOAD.match(text)
    if locale is None or match is None:
        return text
    entities = _entities(match.group("entities"))
    if entities is None:
        return text
    entities[ENTITY] = locale
    confidence = match.group("confidence") or ""
    return f"/{match.group('intent')}{confidence}{json.dumps(entities, ensure_ascii=False)}"


def _entities(raw: str | None) -> dict | None:
    if raw is None:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def as_clicked(text: Any) -> Any:
    """The payload without the locale this module added, in one canonical form, so that what
    Rasa stored ('/deny{"language": "fr"}') and the button offered ('/deny') compare equal
    (the console shows a click as the button's title). Other text unchanged."""
    match = PAYLOAD.match(text) if isinstance(text, str) else None
    if match is None:
        return text
    entities = _entities(match.group("entities"))
    if entities is None:
        return text
    entities.pop(ENTITY, None)
    tail = json.dumps(entities, ensure_ascii=False, sort_keys=True) if entities else ""
    return f"/{match.group('intent')}{match.group('confidence') or ''}{tail}"
