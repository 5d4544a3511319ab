"""A language the customer asked for in words outlives the page's locale.

After « et en français ? » on an English page, the next message, the emailed code typed alone
(no language of its own), took the widget's locale again: "Thank you, your identity is
verified" in English, then French, and the ticket and the handoff filed in two languages
(forty-fifth outsider check, F14). The NLU step that decides the language sees one message,
not the conversation (bot/nlu/language.py: the message's own language, else the widget's
locale). So the channel, which can read the conversation, takes the locale out of a message
that says no language of its own when the customer asked in words for another language
earlier in the conversation: the language slot then keeps the one asked.

A message that says its own language is read as before (its words decide), and so is a
conversation where no language was asked in words (the page's locale decides).
"""

from __future__ import annotations

from typing import Any

from bot.metadata import CUSTOM_DATA_KEY, containers, locale_from_metadata
from bot.nlu.language import declined_language, requested_language

LANGUAGES = ("fr", "en")
LOCALE_KEY = "locale"


def asked_in(user_texts: list[str]) -> str | None:
    """The language the customer last asked for in words ("et en français ?", "in English
    please"), from their messages, oldest first; None when never asked."""
    for text in reversed(user_texts):
        declined, _ = declined_language(text)
        asked = None if declined else requested_language(text)
        if asked in LANGUAGES:
            return asked
    return None


def without_locale(metadata: Any) -> dict[str, Any]:
    """A copy of the metadata without the widget's locale (top level and customData)."""
    copy: dict[str, Any] = dict(metadata) if isinstance(metadata, dict) else {}
    nested = copy.get(CUSTOM_DATA_KEY)
    if isinstance(nested, dict):
        copy[CUSTOM_DATA_KEY] = dict(nested)
    for container in containers(copy):
        container.pop(LOCALE_KEY, None)
    return copy


def locale_to_weigh(metadata: Any, says_its_language: bool) -> str | None:
    """The widget's locale when it may have to give way (the message says no language of its
    own), else None: then the conversation need not be read at all."""
    if says_its_language:
        return None
    return locale_from_metadata(metadata, LANGUAGES)


def locale_overridden(locale: str, user_texts: list[str]) -> bool:
    """Whether the widget's locale (from `locale_to_weigh`) gives way: the customer asked in
    words for another language earlier in the conversation."""
    asked = asked_in(user_texts)
    return asked is not None and asked != locale
