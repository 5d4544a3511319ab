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

import logging
import re
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.client import BackendUnavailable, Result, get_client

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
TOKEN_KEY = "session_token"
CUSTOM_DATA_KEY = "customData"
MAX_TOKEN_LENGTH = 2048

__all__ = [
    "BackendUnavailable", "Result", "customer_token", "locale_from_metadata", "language",
    "support_call", "utter", "handle_common_error", "reset_fallback",
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
          fallback: Optional[str] = None, **variables: Any) -> None:
    """Dispatch the response `name` from domain.yml (Rasa picks the language variation).

    `fallback` is used when the domain has no response `name` yet (a response the actions
    need that domain.yml does not define would otherwise show nothing at all).
    """
    responses = (domain or {}).get("responses") or {}
    if fallback and responses and name not in responses:
        log.warning("response %s is missing from the domain: using %s", name, fallback)
        name = fallback
    dispatcher.utter_message(response=name, **variables)


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
