"""The REST side of GuardedRestInput: what a body of POST /webhooks/rest/webhook must be.

Rasa 3.6 reads the body without checking it: `[]`, `"x"` or `42` end in a 500 with Sanic's
error page, a missing or non-string `message` in a silent `200 []` or a crash logged with the
body, a non-string `sender` is turned into a string. Here the body is checked before Rasa's
handler runs, and a bad one gets the project's 400 JSON `{"error", "message"}`:

    {"sender": "<the client's secret: 1-128 printable ASCII characters, no spaces>",
     "message": "<text>", "metadata": {<optional object>}}

The sender is the client's secret (bot/rasa_ext/conversation.py): the conversation Rasa runs
is `public_id(sender)`. Messages too long for NLU are answered politely by the guard
(bot/rasa_ext/guard.py), bodies over the byte cap get a 413 from the server
(bot/rasa_ext/admission.py).

A browser page of another web site may not post here (403 `cross_site_refused`): a "simple"
request (`Content-Type: text/plain`) needs no CORS preflight, so the browser sends it and
Rasa ran the turn, though the page could not read the reply. The eleventh outsider check used
that to spend the hour's anonymous handoffs from a foreign page in 2.4 s. The allowed origins
are the socket.io channel's (Rasa's `--cors`, bot/rasa_server.py); a request without an
Origin header is not a browser page's and is not concerned.

Every message's metadata gets the client key (bot/rasa_ext/client_key.py): an HMAC of the
address the post came from, written over any `client_key` the body carries, at the top level
and inside customData (`client_metadata`). The backend caps anonymous handoffs per key, so one
client can no longer spend the hour's anonymous references of everyone (thirty-sixth outsider
check, finding 10); a key the client could choose would cap nothing.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sanic import Blueprint, response
from sanic.exceptions import InvalidUsage
from sanic.request import Request

from bot.metadata import with_client_key
from bot.rasa_ext.client_key import key_of_request
from bot.rasa_ext.conversation import MAX_SECRET_LENGTH, valid_secret
from bot.rasa_ext.socketio_channel import allowed_origins, origin_allowed

WEBHOOK_SUFFIX = "/webhook"


class BadRequest(NamedTuple):
    error: str
    message: str


INVALID_BODY = BadRequest(
    "invalid_body", 'The body must be a JSON object with "sender" and "message".'
)
INVALID_SENDER = BadRequest(
    "invalid_sender",
    f'"sender" must be a string of 1 to {MAX_SECRET_LENGTH} printable ASCII characters '
    "without spaces.",
)
INVALID_MESSAGE = BadRequest("invalid_message", '"message" must be a string.')
# nothing to answer: the widget never sends one (widget.js), and the channel's apology is for
# turns that failed (twenty-second outsider check, O1)
EMPTY_MESSAGE = BadRequest("empty_message", '"message" must not be empty.')
CROSS_SITE = BadRequest(
    "cross_site_refused", "Requests from another web site are refused: use the chat on the portal."
)
INVALID_METADATA = BadRequest("invalid_metadata", '"metadata" must be a JSON object when given.')


def check_body(body: Any) -> BadRequest | None:
    """What is wrong with a parsed body, or None."""
    if not isinstance(body, dict):
        return INVALID_BODY
    if valid_secret(body.get("sender")) is None:
        return INVALID_SENDER
    if not isinstance(body.get("message"), str):
        return INVALID_MESSAGE
    if not body["message"].strip():
        return EMPTY_MESSAGE
    if body.get("metadata") is not None and not isinstance(body["metadata"], dict):
        return INVALID_METADATA
    return None


def client_metadata(request: Request, secret: bytes) -> dict[str, Any]:
    """The metadata Rasa gets for a checked body: the client's, with the client key of the
    request's address in place of any the client sent."""
    body = request.json
    metadata = body.get("metadata") if isinstance(body, dict) else None
    return with_client_key(metadata, key_of_request(request, secret))


def _parsed(request: Request) -> Any:
    try:
        return request.json
    except InvalidUsage:  # not JSON
        return None


def _refuse(problem: BadRequest, status: int) -> Any:
    return response.json({"error": problem.error, "message": problem.message}, status=status)


def add_validation(blueprint: Blueprint) -> Blueprint:
    """Answer bad webhook bodies with 400 JSON before Rasa's handler sees them."""

    allowed = allowed_origins()

    @blueprint.middleware("request")
    async def validate(request: Request) -> Any:
        if request.method != "POST" or not request.path.endswith(WEBHOOK_SUFFIX):
            return None
        if not origin_allowed(request.headers.get("origin"), allowed, request.host):
            return _refuse(CROSS_SITE, 403)
        problem = check_body(_parsed(request))
        return None if problem is None else _refuse(problem, 400)

    return blueprint
