"""What the chat channels say by themselves, in French and English.

Everything else the assistant says lives in domain.yml. These few texts are sent by the
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
from typing import Optional

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

_URGENT = {
    "fr": "Si c'est urgent, le support clients est joignable au {phone} (choix {choice}) ou à {email}.",
    "en": "If it is urgent, customer support is available on {phone} (choice {choice}) or at {email}.",
}
TEXTS = {
    UNAVAILABLE: {
        "fr": "Désolé, je n'ai pas pu traiter votre message à l'instant : un service est momentanément "
              "indisponible. Réessayez dans quelques minutes.",
        "en": "Sorry, I couldn't process your message just now: a service is temporarily unavailable. "
              "Please try again in a few minutes.",
    },
    NOT_ANSWERED: {
        "fr": "Désolé, je n'ai pas pu répondre à ce message. Vous pouvez le reformuler ou réessayer.",
        "en": "Sorry, I couldn't answer that message. You can rephrase it or try again.",
    },
    MEMORY_NOTE: {
        "fr": "Attention : je n'ai pas accès à l'historique de notre conversation pour le moment (incident "
              "technique). Si vous étiez en train de faire une demande, reprenez-la dans quelques minutes.",
        "en": "Please note: I can't see our conversation history right now (technical incident). If you were "
              "in the middle of a request, please start it again in a few minutes.",
    },
    TOO_LONG: {
        "fr": "Votre message est trop long pour moi (plus de {limit} caractères). Pouvez-vous le raccourcir "
              "ou l'envoyer en plusieurs fois ?",
        "en": "Your message is too long for me (more than {limit} characters). Could you shorten it or send "
              "it in several parts?",
    },
    UNREADABLE: {
        "fr": "Désolé, je n'ai pas pu lire ce message. Pouvez-vous l'écrire à nouveau ?",
        "en": "Sorry, I couldn't read that message. Could you type it again?",
    },
}
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


def text(kind: str, language: str, contact: Optional[Contact] = None, limit: int = 0) -> str:
    """One text in one language."""
    contact = contact or contact_from_environment()
    body = TEXTS[kind][language].format(limit=_number(limit, language))
    if kind in WITH_CONTACT:
        body += " " + _URGENT[language].format(phone=contact.phone, choice=contact.choice, email=contact.email)
    return body


def say(kind: str, language: Optional[str], contact: Optional[Contact] = None, limit: int = 0) -> str:
    """The text in the customer's language, or in both (French first) when it is unknown."""
    if language in LANGUAGES:
        return text(kind, language, contact, limit)
    return "\n\n".join(text(kind, lang, contact, limit) for lang in LANGUAGES)
