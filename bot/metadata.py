"""What the widget sends with each message, read the same way by the NLU pipeline and by the
actions (docs/contract.md, "Who the customer is").

REST clients send ``{"metadata": {...}}``; the socket.io channel (``metadata_key:
customData``) hands over the customData object itself; some clients nest it under
``customData``. The customer session token is only *read* here: whether it is valid is the
backend's decision, on every call.

The client key (``client_key``) is not the widget's: the chat channels compute it from the
client's network address and always write it over whatever the client sent, at the top level
and inside customData (bot/rasa_ext/client_key.py). The actions forward it with a handoff, and
the backend caps anonymous handoffs per key as well as all together (thirty-sixth outsider
check, finding 10: one client spent the hour's 30 anonymous references of everyone).
"""

from __future__ import annotations

from typing import Any

TOKEN_KEY = "session_token"
CUSTOM_DATA_KEY = "customData"
MAX_TOKEN_LENGTH = 2048  # the backend refuses longer ones anyway; do not forward junk
CLIENT_KEY = "client_key"
MAX_CLIENT_KEY_LENGTH = 64  # the backend refuses longer ones (bot/core/handoffs.py)


def containers(metadata: Any) -> list[dict[str, Any]]:
    """The metadata object itself, and its customData object when a client nests one."""
    if not isinstance(metadata, dict):
        return []
    found = [metadata]
    nested = metadata.get(CUSTOM_DATA_KEY)
    if isinstance(nested, dict):
        found.append(nested)
    return found


def plausible(value: Any, max_length: int) -> str | None:
    """`value` when it is a non-empty string of at most `max_length` characters, else None:
    what is forwarded to the backend, which checks it again."""
    return value if isinstance(value, str) and 0 < len(value) <= max_length else None


def _first_plausible(metadata: Any, name: str, max_length: int) -> str | None:
    for container in containers(metadata):
        value = plausible(container.get(name), max_length)
        if value is not None:
            return value
    return None


def token_in(metadata: Any) -> str | None:
    """The customer session token a message carries, if it is a plausible string."""
    return _first_plausible(metadata, TOKEN_KEY, MAX_TOKEN_LENGTH)


def client_key_in(metadata: Any) -> str | None:
    """The client key the chat channel set on a message, if it is a plausible string."""
    return _first_plausible(metadata, CLIENT_KEY, MAX_CLIENT_KEY_LENGTH)


def with_client_key(metadata: Any, key: str | None) -> dict[str, Any]:
    """A copy of a message's metadata with the channel's client key: set at the top level and
    inside customData (a copy of it), whatever the client put there; without a key (no address
    known), removed from both. The client never chooses the key the backend counts."""
    stamped: dict[str, Any] = dict(metadata) if isinstance(metadata, dict) else {}
    nested = stamped.get(CUSTOM_DATA_KEY)
    if isinstance(nested, dict):
        stamped[CUSTOM_DATA_KEY] = nested = dict(nested)
    for container in containers(stamped):
        container.pop(CLIENT_KEY, None)
        if key is not None:
            container[CLIENT_KEY] = key
    return stamped


def normalise_locale(value: Any, languages: tuple[str, ...]) -> str | None:
    """'fr-FR', 'en_GB', 'EN' -> 'fr'/'en'; anything else -> None."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code in languages else None


def locale_from_metadata(metadata: Any, languages: tuple[str, ...]) -> str | None:
    """The widget's locale (``locale``), as one of `languages`, if a message carries one."""
    for container in containers(metadata):
        locale = normalise_locale(container.get("locale"), languages)
        if locale:
            return locale
    return None
