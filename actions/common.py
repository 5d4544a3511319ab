"""What every action shares: who the customer is (as the widget says), the language, the
call to the Support API, and the mapping of its common errors to responses.

Security rules (../shared/reference/security.md, 11-14):
* the customer session token is read from the *current message's* metadata and forwarded to
  the backend, which verifies it; it is never copied into a slot or a reply;
* no slot is trusted for anything that matters: the backend decides on every call;
* replies are response names from domain.yml with harmless variables (masked phone,
  numbers, references), never a code, an email address or a token.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.client import BackendUnavailable, Result, get_client

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
TOKEN_KEY = "session_token"
CUSTOM_DATA_KEY = "customData"
MAX_TOKEN_LENGTH = 2048

__all__ = [
    "BackendUnavailable", "Result", "customer_token", "locale_from_metadata", "language",
    "support_call", "utter", "handle_common_error", "reset_fallback", "response_text", "latest_intent",
    "latest_text", "user_just_answered", "find_email", "CODE_LIKE",
]


def _metadata_containers(metadata: Any) -> List[Dict[str, Any]]:
    """REST: the metadata object itself; socketio with `metadata_key: customData`: the
    customData object itself; a client that nests it: metadata["customData"]."""
    if not isinstance(metadata, dict):
        return []
    found = [metadata]
    nested = metadata.get(CUSTOM_DATA_KEY)
    if isinstance(nested, dict):
        found.append(nested)
    return found


def customer_token(tracker: Tracker) -> Optional[str]:
    """The signed customer session token sent by the widget with the latest message, if any.

    Read from `tracker.latest_message["metadata"]` (top level or under `customData`). Only a
    plausible string is returned; whether it is valid is the backend's decision.
    """
    metadata = (tracker.latest_message or {}).get("metadata")
    for container in _metadata_containers(metadata):
        token = container.get(TOKEN_KEY)
        if isinstance(token, str) and 0 < len(token) <= MAX_TOKEN_LENGTH:
            return token
    return None


def locale_from_metadata(metadata: Any) -> Optional[str]:
    """'fr', 'fr-FR', 'en_GB', 'EN' -> 'fr' / 'en'; anything else -> None."""
    for container in _metadata_containers(metadata):
        value = container.get("locale")
        if isinstance(value, str):
            code = value.strip().lower().replace("_", "-").split("-")[0]
            if code in LANGUAGES:
                return code
    return None


def language(tracker: Tracker) -> str:
    """The conversation's language (slot `language`), `fr` unless it is exactly `en`."""
    value = tracker.get_slot("language")
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


async def support_call(tracker: Tracker, path: str, **body: Any) -> Result:
    """POST to the Support API for this conversation, with the customer's token if any.

    Raises `BackendUnavailable` (see bot.client)."""
    payload = {"conversation_id": tracker.sender_id, **body}
    return await get_client().post(path, payload, customer_token(tracker))


def utter(dispatcher: CollectingDispatcher, domain: Optional[Dict[str, Any]], name: str,
          **variables: Any) -> None:
    """Dispatch the response `name` from domain.yml (Rasa picks the language variation).

    Every name used here exists in domain.yml in both languages
    (tests/actions/test_registry.py reads them from this package's source). `domain` stays
    in the signature so that every call site reads the same way as the other helpers.
    """
    dispatcher.utter_message(response=name, **variables)


def response_text(domain: Optional[Dict[str, Any]], name: str, lang: str) -> Optional[str]:
    """The text of response `name` in `lang`, read from the domain Rasa sent with the call.

    For the few texts an action places itself (button titles); everything else is
    dispatched by name and rendered by Rasa.
    """
    variations = ((domain or {}).get("responses") or {}).get(name) or []
    default = None
    for variation in variations:
        conditions = variation.get("condition") or []
        wanted = [c.get("value") for c in conditions if c.get("name") == "language"]
        if lang in wanted:
            return variation.get("text")
        if not conditions and default is None:
            default = variation.get("text")
    return default


def latest_intent(tracker: Tracker) -> Optional[str]:
    """The intent of the message being answered (None when Rasa gave none)."""
    intent = (tracker.latest_message or {}).get("intent") or {}
    name = intent.get("name")
    return name if isinstance(name, str) else None


def latest_text(tracker: Tracker) -> str:
    """The text of the message being answered ('' when there is none)."""
    text = (tracker.latest_message or {}).get("text")
    return text if isinstance(text, str) else ""


def user_just_answered(tracker: Tracker, form: str) -> bool:
    """True when `form` runs right after the customer's message, False when it runs again
    after another action answered a digression (the same message must not be read twice).
    """
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            return True
        if kind == "action" and event.get("name") not in (form, "action_listen"):
            return False
    return False


def handle_common_error(dispatcher: CollectingDispatcher, domain: Optional[Dict[str, Any]],
                        result: Result) -> bool:
    """Reply to the errors every endpoint may give. Returns True when it replied."""
    if result.status == 401 and result.error == "session_required":
        utter(dispatcher, domain, "utter_session_required")
        return True
    if result.status == 423:
        utter(dispatcher, domain, "utter_account_locked")
        return True
    if result.status == 429:
        utter(dispatcher, domain, "utter_rate_limited", retry_after=max(result.number("retry_after", 60), 1))
        return True
    return False


def reset_fallback(tracker: Tracker) -> List[EventType]:
    """Reset the consecutive-misunderstanding counter once the assistant understood."""
    value = tracker.get_slot("fallback_count")
    return [SlotSet("fallback_count", 0.0)] if value not in (None, 0, 0.0) else []


# six digits, possibly split in two groups: what a login or email code looks like in a message
CODE_LIKE = re.compile(r"(?<!\d)\d{3}\s?\d{3}(?!\d)")

EMAIL_RE = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+", re.ASCII)
MAX_EMAIL = 254
MAX_EMAIL_MESSAGE = 512


def find_email(text: Any) -> Optional[str]:
    """The one email address in a message ("c'est jean@acme.fr"), or None.

    ASCII only, length-capped; two different addresses in one message are refused rather
    than guessed. The address is only forwarded to the backend, never stored or echoed.
    """
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_EMAIL_MESSAGE:
        return None
    candidates = {m.group(0).strip(".").lower() for m in
                  re.finditer(r"(?<![A-Za-z0-9.!#$%&'*+/=?^_`{|}~@-])" + EMAIL_RE.pattern, text, re.ASCII)}
    if len(candidates) != 1:
        return None
    email = candidates.pop()
    return email if len(email) <= MAX_EMAIL and EMAIL_RE.fullmatch(email) else None
