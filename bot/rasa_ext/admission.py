"""What a chat message must be before Rasa reads it.

* **Size.** NLU cost grows with the message: a 30,000-character message took seconds of CPU
  from every customer of the process, 100 KB took over a minute and gigabytes. A customer's
  question fits in a few lines, so a message longer than CHAT_MAX_MESSAGE_CHARS (2,000 by
  default) is refused before NLU with a polite reply. What may reach the server at all is
  capped too: request bodies of the Rasa server (Sanic's REQUEST_MAX_SIZE, 100 MB by default)
  and socket.io packets (python-socketio's max_http_buffer_size, 1 MB by default) to
  CHAT_MAX_REQUEST_BYTES (64 KiB by default: a message at the cap, JSON-escaped, with its
  metadata, fits several times over). SANIC_REQUEST_MAX_SIZE, when set, still wins for the
  request bodies. The action server keeps Sanic's own limit: Rasa posts whole trackers to it.
* **Control characters in a payload.** A message starting with "/" is a button's payload
  (`/intent{"entity": "value"}`) that Rasa parses itself and quotes in its warnings when it
  does not understand it: a CR/LF there forges log lines. Buttons never send control
  characters, so such a payload is refused (politely). Ordinary text keeps its newlines
  (customers type multi-line messages); it is never logged raw.
* **Unreadable characters in a text.** A NUL or a lone UTF-16 surrogate (valid JSON can carry
  "\\ud800") cannot be stored or shown as UTF-8: the guard replaces them with U+FFFD before
  NLU (bot/plain_text.py `readable`), so no stored conversation or agent page holds them.
"""

from __future__ import annotations

import os
from typing import Any, NamedTuple

from bot.rasa_ext import replies

PAYLOAD_PREFIX = "/"


def _setting(name: str, default: int) -> int:
    raw = os.environ.get(name) or str(default)
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:  # a typo must stop the start, clearly (as bot.config does)
        raise SystemExit(f"Environment variable {name} must be a positive integer, got {raw!r}")
    return value


MAX_MESSAGE_CHARS = _setting("CHAT_MAX_MESSAGE_CHARS", 2000)
MAX_REQUEST_BYTES = _setting("CHAT_MAX_REQUEST_BYTES", 64 * 1024)


class Refusal(NamedTuple):
    reply: str  # replies.TOO_LONG or replies.UNREADABLE
    reason: str  # for the log: never the text itself


def refusal(text: Any) -> Refusal | None:
    """Why a message must not reach NLU, or None when it may."""
    if not isinstance(text, str):
        return Refusal(replies.UNREADABLE, f"not a text ({type(text).__name__})")
    if len(text) > MAX_MESSAGE_CHARS:
        return Refusal(replies.TOO_LONG, f"too long ({len(text)} characters)")
    if text.startswith(PAYLOAD_PREFIX) and not text.isprintable():
        return Refusal(replies.UNREADABLE, "control characters in a payload")
    return None


def cap_request_size(app: Any) -> None:
    """Cap the request bodies of the Rasa server (Sanic reads the limit for each new
    connection, so this holds when called before the server accepts any) and answer the ones
    over it with the project's 4xx JSON instead of Sanic's page."""
    from sanic import response
    from sanic.exceptions import PayloadTooLarge

    if not os.environ.get("SANIC_REQUEST_MAX_SIZE"):
        app.config.REQUEST_MAX_SIZE = MAX_REQUEST_BYTES
    limit = app.config.REQUEST_MAX_SIZE

    def too_large(_request: Any, _exc: Exception) -> Any:
        return response.json(
            {
                "error": "payload_too_large",
                "message": f"The request body is larger than {limit} bytes.",
            },
            status=413,
        )

    app.error_handler.add(PayloadTooLarge, too_large)
