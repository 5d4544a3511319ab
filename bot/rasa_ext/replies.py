"""What the chat channels say by themselves, in French and English.

The texts are the content catalogue's (bot/content/*.yml, section `channel`); the chat answers
are domain.yml's, generated from the same catalogue. These few texts are sent by the
channels (bot/rasa_ext/guard.py) when the dialogue cannot answer: a message refused before
NLU, or a turn that ended without a reply. Each one says what happened as far as the customer
is concerned, without claiming a service is down when none is, and what to do next. The
support line, its menu choice and the support address come from the environment
(SUPPORT_PHONE, SUPPORT_PHONE_CHOICE, SUPPORT_EMAIL, read by bot.config with the help
article's defaults), so the chat never gives an outdated number.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot import content

LANGUAGES = ("fr", "en")

# the channel could not reach a part it needs (action server, tracker store, lock store)
UNAVAILABLE = "unavailable"
# nothing is down, but this message got no answer (an action failed, a loop was cut short)
NOT_ANSWERED = "not_answered"
# the answer came, but without the conversation's history (tracker store down)
MEMORY_NOTE = "memory_note"
# refused before NLU
TOO_LONG = "too_long"
UNREADABLE = "unreadable"
# before the answer to a message that held a password (bot/rasa_ext/scrub.py found one)
PASSWORD_NOTE = "password_note"
# the sentence with the support contacts that ends the WITH_CONTACT texts
URGENT = "urgent"

# every text the channels may send
KINDS = (UNAVAILABLE, NOT_ANSWERED, MEMORY_NOTE, TOO_LONG, UNREADABLE, PASSWORD_NOTE)
# the texts that end with the support contacts
WITH_CONTACT = {UNAVAILABLE, NOT_ANSWERED, MEMORY_NOTE}


@dataclass(frozen=True)
class Contact:
    phone: str
    choice: int
    email: str


@lru_cache(maxsize=1)
def contact_from_environment() -> Contact:
    """The support contacts as the backend reads them (bot.config: same names, same defaults)."""
    from bot.config import Settings

    settings = Settings()
    return Contact(settings.phone_line, settings.phone_choice, settings.support_email)


def _number(value: int, language: str) -> str:
    """2000 -> '2 000' (French, non-breaking space) or '2,000' (English)."""
    grouped = f"{value:,}"
    return grouped.replace(",", "\u00a0") if language == "fr" else grouped


def text(kind: str, language: str, contact: Contact | None = None, limit: int = 0) -> str:
    """One text in one language."""
    contact = contact or contact_from_environment()
    body = content.channel_text(kind, language, {"limit": _number(limit, language)})
    if kind in WITH_CONTACT:
        body += " " + content.channel_text(
            URGENT,
            language,
            {
                "support_phone": contact.phone,
                "support_choice": contact.choice,
                "support_email": contact.email,
            },
        )
    return body


def say(kind: str, language: str | None, contact: Contact | None = None, limit: int = 0) -> str:
    """The text in the customer's language, or in both (French first) when it is unknown."""
    if language in LANGUAGES:
        return text(kind, language, contact, limit)
    return content.PARAGRAPH.join(text(kind, lang, contact, limit) for lang in LANGUAGES)
