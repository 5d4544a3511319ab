"""The socket.io side of GuardedSocketIOInput: Rasa 3.6's `SocketIOInput.blueprint`, rebuilt
with six changes (the rest, events and rooms, is Rasa's; rasa-webchat 1.0.1 does not notice).

1. **The conversation id is public, the session id is the client's secret**
   (bot/rasa_ext/conversation.py). `session_request {session_id: secret}` puts the socket in
   the room `public_id(secret)` and confirms with the secret itself: the widget stores what
   `session_confirm` says and sends it with every message and again after a reload. A client
   that sends no usable session id gets a new random one, as with Rasa. Messages run as
   sender `public_id(secret)`, and their replies go to that room. Joining a room by the public
   id (from the console, the logs, the backend's database) now joins another, empty, room.
2. **Packets are capped** at CHAT_MAX_REQUEST_BYTES (python-socketio's
   max_http_buffer_size; 1 MB by default): a bigger one drops the socket before anything reads
   it (bot/rasa_ext/admission.py).
3. **A malformed message gets a polite reply** ("I couldn't read that message", in the
   language of its locale when it has one) instead of Rasa's silence or crash: a payload that
   is not an object, a `customData` that is neither an object nor JSON text of one, a message
   that is not text, a missing or unusable session id.
4. **Only the widget's setup is supported**: sessions always persist (`session_persistence:
   true`) and Rasa's optional JWT check is not carried over; the channel refuses to start with
   either configured otherwise rather than run without what was asked.
5. **Only the portal's pages may open a socket** (CHAT_ORIGINS, the origins Rasa was given
   with `--cors`, set by bot/rasa_server.py; without it, the socket server's own address
   only), checked when the socket.io connection opens. Rasa built the server with
   `cors_allowed_origins=[]`, which checks nothing (CORS headers come from Sanic-CORS), and
   browsers do not apply CORS to WebSockets: any web site could chat, and spend the
   anonymous handoff cap, from its visitors' browsers (tenth outsider check, attempt 29).
   Clients that send no Origin (scripts, not browsers) are not concerned, as on REST.
6. **Every message carries the client key** (bot/rasa_ext/client_key.py): an HMAC of the
   address of the HTTP request that opened the socket, kept in the socket's session when it
   connects and written over any `client_key` of the message's customData (at its top level
   and in a nested customData). The backend caps anonymous handoffs per key: one client can
   no longer spend the hour's anonymous references of everyone (thirty-sixth outsider check,
   finding 10).
"""

from __future__ import annotations

import inspect
import json
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import response
from socketio import AsyncServer

from bot.metadata import CLIENT_KEY, with_client_key
from bot.nlu.language import locale_from_metadata
from bot.rasa_ext import admission, replies
from bot.rasa_ext.client_key import key_of_request, secret_from
from bot.rasa_ext.conversation import new_secret, public_id, valid_secret
from bot.rasa_server import ORIGINS_VARIABLE

log = logging.getLogger(__name__)

Handler = Callable[[UserMessage], Awaitable[Any]]


class Incoming(NamedTuple):
    """A socket.io message, read: the client's secret, its text and metadata."""

    secret: str
    text: str
    metadata: dict[str, Any]


class Malformed(Exception):
    """A message that cannot be read; `language` is its locale when it says one."""

    def __init__(self, reason: str, language: str | None = None) -> None:
        super().__init__(reason)
        self.language = language


def _metadata(data: dict[str, Any], key: str) -> dict[str, Any]:
    raw = data.get(key)
    if raw is None:
        return {}
    if isinstance(raw, str):  # the widget may send customData as JSON text (as Rasa accepts)
        try:
            raw = json.loads(raw)
        except ValueError:
            raise Malformed(f"{key} is not JSON") from None
    if not isinstance(raw, dict):
        raise Malformed(f"{key} is not an object")
    return raw


def read_message(data: Any, metadata_key: str) -> Incoming:
    """The message a client sent, or Malformed saying why it cannot be read."""
    if not isinstance(data, dict):
        raise Malformed("the payload is not an object")
    metadata = _metadata(data, metadata_key)
    language = locale_from_metadata(metadata, replies.LANGUAGES)
    secret = valid_secret(data.get("session_id"))
    if secret is None:
        raise Malformed("no usable session_id", language)
    text = data.get("message", "")
    if not isinstance(text, str):
        raise Malformed(f"the message is not text ({type(text).__name__})", language)
    return Incoming(secret, text, metadata)


def session_secret(data: Any) -> str:
    """The secret of a session_request: the client's own, or a new one."""
    given = data.get("session_id") if isinstance(data, dict) else None
    return valid_secret(given) or new_secret()


async def _enter_room(sio: AsyncServer, sid: str, room: str, namespace: str | None) -> None:
    # a coroutine from python-socketio 5.10 on, which Rasa 3.6 forgets to await (RasaHQ/rasa#13027)
    entered = sio.enter_room(sid, room, namespace=namespace)
    if inspect.isawaitable(entered):
        await entered


def allowed_origins(environ: dict[str, str] | None = None) -> list[str] | str | None:
    """Change 5: the origins of CHAT_ORIGINS ("*" as given; None, the server's own origin,
    when unset or empty)."""
    value = (os.environ if environ is None else environ).get(ORIGINS_VARIABLE, "")
    origins = [o.strip().rstrip("/") for o in value.split(",") if o.strip()]
    if "*" in origins:
        return "*"
    return origins or None


def build_blueprint(channel: SocketIOInput, on_new_message: Handler) -> SocketBlueprint:
    """The channel's blueprint: Rasa's, with the changes above."""
    if not channel.session_persistence or channel.jwt_key:
        raise ValueError("GuardedSocketIOInput needs `session_persistence: true` and no `jwt_key`")
    sio = AsyncServer(
        async_mode="sanic",
        # CORS headers come from Rasa's --cors (Sanic-CORS) on every route, this one too;
        # engine.io adding its own would send them twice. The origin is checked at connect
        cors_allowed_origins=[],
        max_http_buffer_size=admission.MAX_REQUEST_BYTES,
    )
    blueprint = SocketBlueprint(sio, channel.socketio_path, "socketio_webhook", __name__)
    channel.sio = sio  # Rasa's get_output_channel() uses it

    @blueprint.route("/", methods=["GET"])
    async def health(_request: Any) -> Any:
        return response.json({"status": "ok"})

    secret = secret_from()
    _check_origins(sio, channel, secret)
    _serve_sessions(sio, channel)
    _serve_messages(sio, channel, on_new_message)
    return blueprint


def origin_allowed(origin: str | None, allowed: list[str] | str | None, host: str) -> bool:
    """Change 5: a browser page may connect from an allowed origin (None: the server's own)."""
    if not origin or allowed == "*":
        return True  # no Origin: not a browser page (scripts can use REST just as well)
    if allowed is None:
        return origin in (f"http://{host}", f"https://{host}")
    return origin.rstrip("/") in allowed


def connection_key(environ: dict[str, Any], secret: bytes) -> str | None:
    """Change 6: the client key of the HTTP request that opened the socket (python-engineio
    puts Sanic's request in the environ; its REMOTE_ADDR is a constant 127.0.0.1)."""
    request = environ.get("sanic.request")
    return None if request is None else key_of_request(request, secret)


def _check_origins(sio: AsyncServer, channel: SocketIOInput, secret: bytes) -> None:
    """Change 5: the socket.io connection of a page from another web site is refused.
    Change 6: an accepted one keeps its client key in the socket's session."""
    allowed = allowed_origins()

    @sio.on("connect", namespace=channel.namespace)
    async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
        origin = environ.get("HTTP_ORIGIN")
        if not origin_allowed(origin, allowed, environ.get("HTTP_HOST", "")):
            log.warning("socket.io connection refused from origin %r", origin)
            return False
        key = connection_key(environ, secret)
        await sio.save_session(sid, {CLIENT_KEY: key}, namespace=channel.namespace)
        return True


async def _key_of_socket(sio: AsyncServer, sid: str, namespace: str | None) -> str | None:
    try:
        session = await sio.get_session(sid, namespace=namespace)
    except KeyError:  # the socket is gone (disconnected meanwhile)
        return None
    key = session.get(CLIENT_KEY) if isinstance(session, dict) else None
    return key if isinstance(key, str) else None


def _serve_sessions(sio: AsyncServer, channel: SocketIOInput) -> None:
    """Change 1: a session_request joins the room of the secret's public id and is confirmed
    with the secret itself, which the widget keeps and sends again with every message."""

    @sio.on("session_request", namespace=channel.namespace)
    async def session_request(sid: str, data: Any = None) -> None:
        secret = session_secret(data)
        await _enter_room(sio, sid, public_id(secret), channel.namespace)
        await sio.emit("session_confirm", secret, room=sid, namespace=channel.namespace)


def _serve_messages(sio: AsyncServer, channel: SocketIOInput, on_new_message: Handler) -> None:
    """Changes 1 and 3: a message runs as its secret's public id; one that cannot be read
    gets the polite reply instead of reaching Rasa. Change 6: its metadata carries the
    socket's client key, never one the client sent."""

    @sio.on(channel.user_message_evt, namespace=channel.namespace)
    async def handle_message(sid: str, data: Any = None) -> None:
        output = SocketIOOutput(sio, channel.bot_message_evt)
        try:
            incoming = read_message(data, channel.metadata_key)
        except Malformed as bad:
            log.warning("socketio: a message could not be read: %s", bad)
            await output.send_text_message(sid, replies.say(replies.UNREADABLE, bad.language))
            return
        await on_new_message(
            UserMessage(
                incoming.text,
                output,
                public_id(incoming.secret),
                input_channel=channel.name(),
                metadata=with_client_key(
                    incoming.metadata, await _key_of_socket(sio, sid, channel.namespace)
                ),
            )
        )
