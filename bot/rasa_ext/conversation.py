"""Who a conversation belongs to: the client's secret, and the public id derived from it.

A conversation id used to be a bearer credential. Rasa takes the id the client sends (the
socket.io `session_id`, the REST `sender`) as the conversation's id: the tracker's key, the
socket.io room the replies go to, the id the backend binds an email identity check to, the
id agents see in the console and operators in the logs. Anyone who learnt it (a log line, a
screen in the console, the backend's database) could join the room and read the replies live,
or post into the conversation and use the identity proven there.

Now the id the client sends is a SECRET that only the client holds (the widget generates
128 random bits and keeps them in the browser's session storage), and the guarded channels
(bot/rasa_ext/channels.py) use `public_id(secret)` as Rasa's sender id and as the socket.io
room. The function is one-way (SHA-256): knowing the public id gives nothing, and sending the
public id as if it were a secret lands in another conversation, `public_id(public_id)`. No key
is needed, because the secret is random; a client that picks a guessable secret ("me") only
exposes its own conversation (REST clients must use random senders, as the widget does).

Tests that read a tracker by its id use `public_id(sender)`.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from typing import Any

PREFIX = "c"
HEX_CHARS = 32  # 128 bits of SHA-256
MAX_SECRET_LENGTH = 128
# printable ASCII without spaces: what ends up in a URL or a socket.io room stays plain
SECRET_RE = re.compile(rf"[\x21-\x7e]{{1,{MAX_SECRET_LENGTH}}}")


def public_id(secret: str) -> str:
    """The conversation id Rasa, the backend, the console and the logs see for a secret."""
    return PREFIX + hashlib.sha256(secret.encode("utf-8")).hexdigest()[:HEX_CHARS]


def new_secret() -> str:
    """A secret for a client that sent none (Rasa's own choice: a random uuid4, in hex)."""
    return uuid.uuid4().hex


def valid_secret(value: Any) -> str | None:
    """The secret if it is one a client may send (1 to 128 printable ASCII characters,
    no spaces), else None."""
    if isinstance(value, str) and SECRET_RE.fullmatch(value):
        return value
    return None
