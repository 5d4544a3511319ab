"""Rasa's REST and socketio channels, guarded: what credentials.yml loads.

Both channels
* answer every message (bot/rasa_ext/guard.py): refused before NLU when too long or a payload
  with control characters (bot/rasa_ext/admission.py), an apology fitting the cause when a
  turn sent nothing (bot/rasa_ext/diagnosis.py, texts in bot/rasa_ext/replies.py);
* take the id the client sends as its secret and run the conversation as its public id
  (bot/rasa_ext/conversation.py);
* cap the server's request bodies (admission.py);
* put the client key (an HMAC of the client's address, bot/rasa_ext/client_key.py) in every
  message's metadata, over whatever the client sent: the backend caps anonymous handoffs per
  client with it.

REST (bot/rasa_ext/rest_channel.py) also answers malformed bodies with 400 JSON; socketio
(bot/rasa_ext/socketio_channel.py) puts sockets in rooms named by the public id, caps its
packets and answers malformed messages politely.

`name()` stays "rest" / "socketio", so the URLs (/webhooks/rest/webhook, /socket.io) and the
widget do not change.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint
from sanic.request import Request

from bot.rasa_ext.client_key import secret_from
from bot.rasa_ext.conversation import public_id
from bot.rasa_ext.guard import NeverSilent
from bot.rasa_ext.rest_channel import add_validation, client_metadata
from bot.rasa_ext.socketio_channel import build_blueprint

Handler = Callable[[UserMessage], Awaitable[Any]]


class GuardedRestInput(RestInput):
    """POST /webhooks/rest/webhook {"sender": <secret>, "message", "metadata"}."""

    _client_secret: bytes | None = None

    def blueprint(self, on_new_message: Handler) -> Blueprint:
        guard = NeverSilent(self.name())
        return guard.attach(add_validation(super().blueprint(guard.wrap(on_new_message))))

    def get_metadata(self, request: Request) -> dict[str, Any]:
        """The body's metadata with the client key of the post's address (checked body); the
        secret is read once, on the first message."""
        if self._client_secret is None:
            self._client_secret = secret_from()
        return client_metadata(request, self._client_secret)

    async def _extract_sender(self, req: Request) -> str | None:
        return public_id(req.json["sender"])  # checked by the validation

    def _extract_input_channel(self, req: Request) -> str:
        return self.name()  # not the client's to choose: responses may depend on it


class GuardedSocketIOInput(SocketIOInput):
    """The widget's socket.io channel."""

    def blueprint(self, on_new_message: Handler) -> Blueprint:
        guard = NeverSilent(self.name())
        return guard.attach(build_blueprint(self, guard.wrap(on_new_message)))
