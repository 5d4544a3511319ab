"""What the widget sends with each message, read the same way by the NLU pipeline and by the
actions (docs/contract.md, "Who the customer is").

REST clients send ``{"metadata": {...}}``; the socket.io channel (``metadata_key:
customData``) hands over the customData object itself; some clients nest it under
``customData``. The customer session token is only *read* here: whether it is valid is the
backend's decision, on every call.
"""

from __future__ import annotations

from typing import Any

TOKEN_KEY = "session_token"
CUSTOM_DATA_KEY = "customData"
MAX_TOKEN_LENGTH = 2048  # the backend refuses longer ones anyway; do not forward junk


def containers(metadata: Any) -> list[dict[str, Any]]:
    """The metadata object itself, and its customData object when a client nests one."""
    if not isinstance(metadata, dict):
        return []
    found = [metadata]
    nested = metadata.get(CUSTOM_DATA_KEY)
    if isinstance(nested, dict):
        found.append(nested)
    return found


def token_in(metadata: Any) -> str | None:
    """The customer session token a message carries, if it is a plausible string."""
    for container in containers(metadata):
        token = container.get(TOKEN_KEY)
        if isinstance(token, str) and 0 < len(token) <= MAX_TOKEN_LENGTH:
            return token
    return None


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
