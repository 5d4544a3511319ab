"""Abuse of the chat channels, against the real stack (issue 15, chat half; issue 16).

One stack for the module (`python -m bot stack`: backend, action server, Rasa with our
channels, SQLite tracker store), with a FaultProxy (tests/e2e/fault_proxy.py) in front of
the action server and support contacts of its own (SUPPORT_PHONE, SUPPORT_PHONE_CHOICE,
SUPPORT_EMAIL), so that the channel's texts are seen to come from the environment.

What a customer, an agent or an attacker would notice:

* size (item 2): a message over the cap gets a polite refusal in the customer's language and
  never reaches NLU (nothing in the tracker); a request body or a socket.io packet over the
  byte cap is refused by the server (413 JSON; the socket is dropped);
* secrets in the store (item 8): after a conversation with a session token, neither the
  SQLite tracker file nor Rasa's HTTP API (what the console reads) holds the token; emails and
  codes typed by the customer are masked there, and the email identity check still works;
* conversation ids (item 10): the id the backend, the console and the logs see cannot be used
  to join the conversation's socket.io room, nor to post into it, nor to use the identity
  proven there;
* malformed input (item 14): 400 JSON on REST, a polite reply on socket.io, never silence;
* log injection (item 16): control characters in a `/intent{...}` payload are refused
  politely and forge no log line; multi-line text is answered and not logged raw;
* apology (issue 16): when a turn has no reply, the text fits the cause (a service down, or
  just this message not answered), gives the support contacts of the environment, and the log
  names the cause.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import uuid
from types import SimpleNamespace
from typing import Any, Dict, Iterator, List, Optional, Tuple

import aiohttp
import pytest
from sqlalchemy import select

from bot.models import IdentityCheck, Ticket
from bot.rasa_ext import replies
from bot.rasa_ext.conversation import public_id
from tests.e2e.fault_proxy import FaultProxy
from tests.e2e.socket_client import WidgetSocket, next_event, raw_websocket, socketio_event
from tests.e2e.stack import IN_CI, _http, find_model, free_port, start_stack
from tests.e2e.test_actions_rest import PHRASES, in_language

pytestmark = pytest.mark.slow

LANGS = ["fr", "en"]
CONTACT = replies.Contact(phone="+33 (0)4 11 22 33 44", choice=7, email="aide-2fa@example.test")
LIMIT = 2000  # CHAT_MAX_MESSAGE_CHARS: the default
OVER_BYTE_CAP = 100_000  # above CHAT_MAX_REQUEST_BYTES (64 KiB by default)
FAQ = {"fr": "c'est quoi la double authentification ?", "en": "what is two-factor authentication?"}
LONG = {"fr": "Bonjour, je n'arrive pas à recevoir le code par SMS depuis ce matin, pouvez-vous m'aider ? ",
        "en": "Hello, I have not been able to receive the code by text message since this morning, help? "}
# the action server answers every call with "run me again": Rasa's circuit breaker cuts the loop
LOOP = {"events": [{"event": "followup", "name": "action_check_status"}], "responses": []}


# --------------------------------------------------------------------------- the stack

@pytest.fixture(scope="module")
def chat(tmp_path_factory):
    if find_model() is None:
        reason = "no trained Rasa model (models/*.tar.gz or RASA_MODEL): run `make train`"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)  # outside CI only: under CI=true the line above fails instead
    actions_port = free_port()
    with FaultProxy(actions_port, name="actions") as actions:
        env = {"ACTIONS_PORT": str(actions_port), "ACTION_SERVER_URL": f"{actions.url}/webhook",
               "SUPPORT_PHONE": CONTACT.phone, "SUPPORT_PHONE_CHOICE": str(CONTACT.choice),
               "SUPPORT_EMAIL": CONTACT.email}
        try:
            stack = start_stack(tmp_path_factory.mktemp("abuse-chat"), env)
        except RuntimeError as exc:
            pytest.fail(str(exc))
        try:
            yield SimpleNamespace(stack=stack, actions=actions)
        finally:
            stack.stop()


@pytest.fixture(autouse=True)
def _heal(chat):
    """Every test starts and ends with the action server reachable."""
    chat.actions.up().passthrough()
    yield
    chat.actions.up().passthrough()
    chat.actions.wait_idle(10)


class Rest:
    """One REST client of the chat: its own random secret (the `sender`) and language."""

    def __init__(self, stack, lang: str, token: Optional[str] = None, secret: Optional[str] = None,
                 nest: bool = False):
        self.stack, self.lang, self.token, self.nest = stack, lang, token, nest
        self.secret = secret or f"abuse-{uuid.uuid4().hex}"

    @property
    def conversation(self) -> str:
        return public_id(self.secret)

    def metadata(self) -> Dict[str, Any]:
        data: Dict[str, Any] = {"locale": self.lang}
        if self.token:
            data["session_token"] = self.token
        return {"customData": data} if self.nest else data

    def send(self, message: str) -> List[str]:
        """The texts the channel answered (what the widget shows)."""
        status, body = post(self.stack, {"sender": self.secret, "message": message, "metadata": self.metadata()})
        assert status == 200, (status, body)
        assert isinstance(body, list) and body, f"no answer to {message[:80]!r}: {body!r}"
        return [m.get("text") or "" for m in body]

    def says(self, message: str, *names: str) -> List[str]:
        """Send; the answer is exactly the responses `names`, in this client's language."""
        texts = self.send(message)
        assert len(texts) == len(names) and all(in_language(n, self.lang, t) for n, t in zip(names, texts)), \
            (message, names, texts)
        return texts

    def user_texts(self) -> List[str]:
        return [e.get("text") or "" for e in self.stack.tracker(self.conversation)["events"] if e["event"] == "user"]


def post(stack, body: Any, raw: Optional[bytes] = None) -> Tuple[int, Any]:
    """POST to the REST channel: `body` as JSON, or `raw` bytes as they are."""
    if raw is None:
        return _http("POST", f"{stack.rasa_url}/webhooks/rest/webhook", body, timeout=120)
    import urllib.error
    import urllib.request

    req = urllib.request.Request(f"{stack.rasa_url}/webhooks/rest/webhook", data=raw, method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            status, data = resp.status, resp.read()
    except urllib.error.HTTPError as err:
        status, data = err.code, err.read()
    try:
        return status, json.loads(data.decode() or "null")
    except ValueError:
        return status, data.decode(errors="replace")


def log_lines(stack) -> List[str]:
    return stack.log_path.read_text(errors="replace").splitlines()


def tracker_file(stack) -> bytes:
    return (stack.tmp / "tracker.db").read_bytes()


def stored_strings(stack, conversation: str) -> Iterator[str]:
    """Every string inside the events stored for a conversation (the SQLite tracker file)."""
    with sqlite3.connect(stack.tmp / "tracker.db") as db:
        rows = db.execute("SELECT data FROM events WHERE sender_id = ?", (conversation,)).fetchall()
    assert rows, f"nothing stored for {conversation}"
    for (data,) in rows:
        yield from _strings(json.loads(data))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def newest_conversation(stack) -> Optional[str]:
    """The conversation id of the newest stored event (as the console and the logs see it)."""
    with sqlite3.connect(stack.tmp / "tracker.db") as db:
        row = db.execute("SELECT sender_id FROM events ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None


async def eventually(fn, timeout: float = 30.0) -> Any:
    """fn()'s value once truthy (polled), or its last value at the deadline."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = fn()
        if value or asyncio.get_running_loop().time() > deadline:
            return value
        await asyncio.sleep(0.1)


def marker() -> str:
    return f"FORGED-{uuid.uuid4().hex[:12]}"


# --------------------------------------------------------------------------- item 2: size

@pytest.mark.parametrize("lang", LANGS)
def test_a_long_message_is_refused_before_nlu(chat, lang):
    client = Rest(chat.stack, lang)
    long_message = (LONG[lang] * (30_000 // len(LONG[lang]) + 1))[:30_000]
    assert client.send(long_message) == [replies.say(replies.TOO_LONG, lang, CONTACT, limit=LIMIT)]
    assert client.user_texts() == []  # never reached Rasa's processor: no NLU, nothing stored
    # the conversation goes on, and a message of exactly the limit is answered
    client.says(FAQ[lang], "utter_what_is_2fa")
    at_limit = (FAQ[lang] + " " * LIMIT)[:LIMIT - 1] + "?"
    assert client.send(at_limit) != [replies.say(replies.TOO_LONG, lang, CONTACT, limit=LIMIT)]


def test_a_request_body_over_the_cap_gets_413_json(chat):
    client = Rest(chat.stack, "fr")
    body = {"sender": client.secret, "message": FAQ["fr"],
            "metadata": {"locale": "fr", "padding": "x" * OVER_BYTE_CAP}}
    status, answer = post(chat.stack, body)
    assert status == 413, (status, str(answer)[:300])
    assert isinstance(answer, dict) and answer.get("error") == "payload_too_large" and answer.get("message"), answer
    assert client.user_texts() == []


@pytest.mark.parametrize("lang", LANGS)
async def test_socketio_long_message_is_refused_politely(chat, lang):
    async with WidgetSocket(chat.stack.rasa_url) as widget:
        secret = await widget.request_session(uuid.uuid4().hex)
        await widget.say(LONG[lang] * 400, {"locale": lang})
        texts = [r["text"] for r in await widget.wait_replies(1)]
    assert texts == [replies.say(replies.TOO_LONG, lang, CONTACT, limit=LIMIT)]
    assert [e for e in chat.stack.tracker(public_id(secret))["events"] if e["event"] == "user"] == []


async def test_socketio_polling_packet_over_the_cap_is_refused(chat):
    """Engine.IO's long-polling transport: the POST carrying the packet is refused."""
    url = f"{chat.stack.rasa_url}/socket.io/?EIO=4&transport=polling"
    async with aiohttp.ClientSession() as http:
        async with http.get(url) as resp:
            opened = await resp.text()
        sid = json.loads(opened[1:])["sid"]
        async with http.post(f"{url}&sid={sid}", data="40") as resp:
            assert resp.status == 200
        packet = socketio_event("user_uttered", {"message": FAQ["fr"], "session_id": uuid.uuid4().hex,
                                                 "customData": {"locale": "fr", "padding": "x" * OVER_BYTE_CAP}})
        async with http.post(f"{url}&sid={sid}", data=packet) as resp:
            assert resp.status in (400, 413), resp.status


async def test_socketio_websocket_packet_over_the_cap_drops_the_socket(chat):
    secret = uuid.uuid4().hex
    async with aiohttp.ClientSession() as http:
        ws = await raw_websocket(chat.stack.rasa_url, http)
        await ws.send_str(socketio_event("session_request", {"session_id": secret}))
        assert await next_event(ws) == ["session_confirm", secret]
        padded = {"locale": "fr", "padding": "x" * OVER_BYTE_CAP}
        await ws.send_str(socketio_event("user_uttered", {"message": FAQ["fr"], "session_id": secret,
                                                          "customData": padded}))
        assert await next_event(ws) is None  # closed by the server, nothing answered
        await ws.close()
    assert [e for e in chat.stack.tracker(public_id(secret))["events"] if e["event"] == "user"] == []


# --------------------------------------------------------------------------- item 14: malformed input

MALFORMED_REST = {
    "a list": b"[]",
    "a string": b'"x"',
    "a number": b"42",
    "null": b"null",
    "not JSON": b"{sender: me",
    "empty object": b"{}",
    "no message": b'{"sender": "abuse-0123456789abcdef"}',
    "no sender": b'{"message": "bonjour"}',
    "sender a number": b'{"sender": 5, "message": "bonjour"}',
    "sender with spaces": b'{"sender": "a b c d e f", "message": "bonjour"}',
    "sender too long": b'{"sender": "' + b"s" * 129 + b'", "message": "bonjour"}',
    "message a number": b'{"sender": "abuse-0123456789abcdef", "message": 5}',
    "message a list": b'{"sender": "abuse-0123456789abcdef", "message": ["bonjour"]}',
    "metadata a string": b'{"sender": "abuse-0123456789abcdef", "message": "bonjour", "metadata": "fr"}',
    "metadata a list": b'{"sender": "abuse-0123456789abcdef", "message": "bonjour", "metadata": [1]}',
    # nothing to answer (twenty-second outsider check, O1: it got the failed turn's apology)
    "message empty": b'{"sender": "abuse-0123456789abcdef", "message": ""}',
    "message blank": b'{"sender": "abuse-0123456789abcdef", "message": " \\n\\t "}',
}


@pytest.mark.parametrize("case", list(MALFORMED_REST))
def test_malformed_rest_body_gets_400_json(chat, case):
    status, answer = post(chat.stack, None, raw=MALFORMED_REST[case])
    assert status == 400, (case, status, str(answer)[:300])
    assert isinstance(answer, dict) and isinstance(answer.get("error"), str), answer
    assert isinstance(answer.get("message"), str) and answer["message"], answer


@pytest.mark.parametrize("method, path", [
    ("GET", "/webhooks/rest/webhook"),   # the REST channel takes POST only
    ("PUT", "/webhooks/rest/webhook"),
    ("GET", "/no/such/page"),
    ("POST", "/webhooks/nosuchchannel/webhook"),
])
def test_a_wrong_method_or_path_on_rasa_gets_json_not_a_framework_page(chat, method, path):
    """Thirty-third outsider check, F10: Rasa's port answered these with Sanic's HTML error
    page naming the framework; every other error of the stack is JSON with a message."""
    status, answer = _http(method, f"{chat.stack.rasa_url}{path}",
                           {} if method in ("POST", "PUT") else None)
    assert status in (404, 405), (method, path, status)
    assert isinstance(answer, dict) and answer.get("message"), (method, path, str(answer)[:300])
    assert "sanic" not in json.dumps(answer).lower(), answer


async def test_malformed_socketio_messages_get_a_polite_reply(chat):
    unreadable = {lang: replies.text(replies.UNREADABLE, lang, CONTACT) for lang in LANGS}
    async with WidgetSocket(chat.stack.rasa_url) as widget:
        secret = await widget.request_session(uuid.uuid4().hex)
        cases = [  # (what the client sends, the language of the reply: None for both)
            ({"message": "bonjour", "customData": "{not json", "session_id": secret}, None),
            ({"message": "bonjour", "customData": 42, "session_id": secret}, None),
            ({"message": "bonjour", "customData": "[1, 2]", "session_id": secret}, None),
            ({"message": 42, "customData": {"locale": "en"}, "session_id": secret}, "en"),
            ({"message": {"text": "hi"}, "customData": '{"locale": "fr"}', "session_id": secret}, "fr"),
            ({"message": "bonjour", "customData": {"locale": "fr"}}, "fr"),
            ({"message": "bonjour", "customData": {"locale": "en"}, "session_id": 42}, "en"),
            ("just a string", None),
            ([1, 2], None),
        ]
        for data, lang in cases:
            seen = len(widget.replies)
            await widget.emit(data)
            expected = [unreadable[lang]] if lang else [unreadable["fr"], unreadable["en"]]
            got = [r.get("text") for r in (await widget.wait_replies(seen + len(expected)))[seen:]]
            assert got == expected, (data, got)
        # the socket still works
        seen = len(widget.replies)
        await widget.say(FAQ["en"], {"locale": "en"})
        got = (await widget.wait_replies(seen + 1))[seen:]
        assert in_language("utter_what_is_2fa", "en", got[0]["text"]), got


# --------------------------------------------------------------------------- item 16: log injection

PAYLOADS = {
    "LF": '/greet\n{m} ERROR rasa.core.processor - forged line',
    "CRLF": '/inform{{"reset_reason":"lost_phone"}}\r\n{m} ERROR rasa.core.processor - forged line',
    "escape": '/greet\x1b[2K\r{m} ERROR rasa.core.processor - forged line',
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(PAYLOADS))
def test_control_characters_in_a_payload_are_refused(chat, kind, lang):
    client, m = Rest(chat.stack, lang), marker()
    assert client.send(PAYLOADS[kind].format(m=m)) == [replies.text(replies.UNREADABLE, lang, CONTACT)]
    assert not any(m in line for line in log_lines(chat.stack))  # no forged line, no raw text at all
    assert client.user_texts() == []


def test_multiline_text_is_answered_and_not_logged_raw(chat):
    client, m = Rest(chat.stack, "fr"), marker()
    texts = client.send(f"c'est quoi la double authentification ?\n{m} ERROR rasa.core.processor - forged line")
    assert texts and texts != [replies.text(replies.UNREADABLE, "fr", CONTACT)]
    assert not any(m in line for line in log_lines(chat.stack))


# --------------------------------------------------------------------------- issue 16: the apology names its cause

def _no_reply_logged(stack, conversation: str, cause: str) -> bool:
    return any(f"conversation {conversation} got no reply: {cause}" in line for line in log_lines(stack))


@pytest.mark.parametrize("lang", LANGS)
def test_apology_when_the_action_server_is_down(chat, lang):
    client = Rest(chat.stack, lang)
    client.says(FAQ[lang], "utter_what_is_2fa")  # the session started with the action server up
    chat.actions.down()
    assert client.send("/ask_my_status") == [replies.text(replies.UNAVAILABLE, lang, CONTACT)]
    assert _no_reply_logged(chat.stack, client.conversation, "action server unreachable")


@pytest.mark.parametrize("lang", LANGS)
def test_apology_when_an_action_fails_does_not_claim_an_outage(chat, lang):
    client = Rest(chat.stack, lang)
    client.says(FAQ[lang], "utter_what_is_2fa")
    chat.actions.status(500)
    said = client.send("/ask_my_status")
    assert said == [replies.text(replies.NOT_ANSWERED, lang, CONTACT)]
    assert not re.search(r"indisponible|unavailable", said[0])
    assert _no_reply_logged(chat.stack, client.conversation, "action failed")


@pytest.mark.parametrize("lang", LANGS)
def test_apology_when_the_circuit_breaker_trips(chat, lang):
    client = Rest(chat.stack, lang)
    client.says(FAQ[lang], "utter_what_is_2fa")
    chat.actions.status(200, LOOP)
    said = client.send("/ask_my_status")
    assert said == [replies.text(replies.NOT_ANSWERED, lang, CONTACT)]
    assert CONTACT.phone in said[0] and f"({'choix' if lang == 'fr' else 'choice'} 7)" in said[0]
    assert CONTACT.email in said[0]
    assert _no_reply_logged(chat.stack, client.conversation, "circuit breaker")


# --------------------------------------------------------------------------- item 8: what the tracker store keeps

@pytest.mark.parametrize("nest", [False, True], ids=["top-level", "customData"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_session_token_never_reaches_the_tracker_store(chat, lang, nest):
    stack = chat.stack
    email = f"abuse-{lang}-{uuid.uuid4().hex[:8]}@acme.fr"
    stack.make_user(email, state="grace", deadline_in_days=9, language=lang)
    token = stack.portal(email).widget_token()
    client = Rest(stack, lang, token, nest=nest)
    client.says(FAQ[lang], "utter_what_is_2fa")
    said = client.says(PHRASES[lang]["ask_my_status"], "utter_status_not_enrolled")
    assert re.search(r"\b9\b", said[0])  # the action did receive the token: it knows the account
    stored = tracker_file(stack)
    for part in (token, token.split(".")[-1]):
        assert part.encode() not in stored, "the session token is in the tracker store"
    served = stack.tracker(client.conversation)  # what Rasa's HTTP API (the console) serves
    assert token.split(".")[-1] not in json.dumps(served)
    # the rest of the metadata is kept: the locale still says the widget's language
    metadata = served["latest_message"]["metadata"]
    assert (metadata.get("customData", metadata) if nest else metadata).get("locale") == lang, metadata


@pytest.mark.parametrize("lang", LANGS)
def test_typed_emails_and_codes_are_masked_and_the_identity_check_works(chat, lang):
    stack = chat.stack
    email = f"jean.{lang}-{uuid.uuid4().hex[:8]}@acme.fr"
    uid = stack.make_user(email, state="sms", phone="+33698765432", language=lang)
    # a reset needs the portal's password step AND the email code (docs/security.md)
    client = Rest(stack, lang, token=stack.portal(email).widget_token())
    client.says(PHRASES[lang]["phone_changed"], "utter_phone_changed")
    client.says("/affirm", "utter_ask_identity_email")
    client.says(email, "utter_identity_code_sent", "utter_ask_identity_code")
    code = stack.last_code("email", email)
    client.says(code, "utter_identity_verified", "utter_ask_reset_reason")
    client.says('/inform{"reset_reason":"lost_phone"}', "utter_ask_confirm_ticket")
    client.says("/affirm", "utter_ticket_created")
    with stack.ctx.db.session() as s:
        assert len(list(s.execute(select(Ticket).where(Ticket.user_id == uid)).scalars())) == 1
    assert email.encode() not in tracker_file(stack)
    strings = list(stored_strings(stack, client.conversation))
    assert not [s for s in strings if email in s or code in s]
    assert "j•••@acme.fr" in strings and "••••••" in strings  # the user's messages, masked
    served = json.dumps(stack.tracker(client.conversation), ensure_ascii=False)
    assert email not in served and f'"{code}"' not in served


# --------------------------------------------------------------------------- item 10: the conversation id is public

@pytest.mark.parametrize("lang", LANGS)
def test_a_recorded_conversation_id_gives_no_access(chat, lang):
    stack = chat.stack
    email = f"victim-{lang}-{uuid.uuid4().hex[:8]}@acme.fr"
    uid = stack.make_user(email, state="sms", phone="+33698765432", language=lang)
    victim = Rest(stack, lang, token=stack.portal(email).widget_token())  # at the code step
    victim.says(PHRASES[lang]["phone_changed"], "utter_phone_changed")
    victim.says("/affirm", "utter_ask_identity_email")
    victim.says(email, "utter_identity_code_sent", "utter_ask_identity_code")
    victim.says(stack.last_code("email", email), "utter_identity_verified", "utter_ask_reset_reason")
    # the conversation id the backend bound the proven identity to (the console and logs show it)
    with stack.ctx.db.session() as s:
        recorded = s.execute(select(IdentityCheck.conversation_id).where(IdentityCheck.user_id == uid)).scalar_one()
    # an attacker who read it posts with it: another conversation, where nothing is proven
    attacker = Rest(stack, lang, secret=recorded)
    attacker.says(PHRASES[lang]["phone_changed"], "utter_phone_changed")
    attacker.says("/affirm", "utter_reset_login_first")  # no portal session there: nothing proven
    # the victim's conversation never saw the attacker's messages and goes on
    victim.says('/inform{"reset_reason":"lost_phone"}', "utter_ask_confirm_ticket")
    assert recorded == victim.conversation != victim.secret
    assert len(victim.user_texts()) == 5, victim.user_texts()
    assert len(attacker.user_texts()) == 2, attacker.user_texts()


async def test_joining_a_room_by_its_recorded_id_gets_nothing(chat):
    stack = chat.stack
    async with WidgetSocket(stack.rasa_url) as victim, WidgetSocket(stack.rasa_url) as attacker:
        before = newest_conversation(stack)
        await victim.request_session(uuid.uuid4().hex)
        await victim.say(FAQ["fr"], {"locale": "fr"})
        await victim.wait_replies(1)
        recorded = await eventually(lambda: (newest_conversation(stack) or "") != before and newest_conversation(stack))
        assert recorded, "the victim's conversation was not stored"
        assert await attacker.request_session(recorded) == recorded
        await victim.say(PHRASES["fr"]["phone_changed"], {"locale": "fr"})
        await victim.wait_replies(2)
        # the attacker's own message: its answer comes after anything sent to its room before
        await attacker.say(FAQ["en"], {"locale": "en"})
        await attacker.wait_replies(1)
        assert len(attacker.replies) == 1 and in_language("utter_what_is_2fa", "en", attacker.texts()[0]), \
            attacker.texts()
        assert len(victim.replies) == 2 and in_language("utter_phone_changed", "fr", victim.texts()[1]), \
            victim.texts()


async def test_session_confirm_echoes_the_clients_secret(chat):
    async with WidgetSocket(chat.stack.rasa_url) as widget:
        secret = uuid.uuid4().hex
        assert await widget.request_session(secret) == secret
        for fresh in (await widget.request_session(None), await widget.request_session(42),
                      await widget.request_session(payload=None), await widget.request_session("a b")):
            assert re.fullmatch(r"[0-9a-f]{32}", fresh) and fresh != secret, fresh
        assert await widget.request_session(secret) == secret
        await widget.say(FAQ["fr"], {"locale": "fr"})
        await widget.wait_replies(1)
    texts = await eventually(lambda: [e["text"] for e in chat.stack.tracker(public_id(secret))["events"]
                                      if e["event"] == "user"])
    assert texts == [FAQ["fr"]]
    # the secret itself names no conversation
    assert [e for e in chat.stack.tracker(secret)["events"] if e["event"] == "user"] == []


# forty-seventh outsider check, F1: these phrasings got no warning and were stored in clear, in
# transcripts every agent reads
TYPED_PASSWORDS = {
    "fr": ["le mot de passe que j'utilise est chatonbleu", "j'ai mis chatonbleu comme mot de passe"],
    "en": ["the password I use is chatonbleu", "i use chatonbleu as my password, is that ok?"],
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_password_typed_in_everyday_words_is_warned_about_and_never_stored(chat, lang):
    client = Rest(chat.stack, lang)
    for typed in TYPED_PASSWORDS[lang]:
        replies = client.send(typed)
        note = "ne tapez jamais votre mot de passe" if lang == "fr" else "never type your password"
        assert any(note in r for r in replies), replies
    assert b"chatonbleu" not in tracker_file(chat.stack)
    assert not [s for s in stored_strings(chat.stack, client.conversation) if "chatonbleu" in s]
    assert "chatonbleu" not in json.dumps(chat.stack.tracker(client.conversation), ensure_ascii=False)


# a password-shaped word with a mark inside it, typed without any word for a password: its end
# stayed readable in the agent's transcript ("I type ••••••••!xx at login"; forty-eighth outsider
# check, F16)
SHAPED_PASSWORDS = {
    "fr": "je tape Hiver2023!Qzw7 au login et ça bloque après",
    "en": "I type Hiver2023!Qzw7 at login and it stops after that",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_password_shaped_word_with_a_mark_inside_is_masked_whole(chat, lang):
    client = Rest(chat.stack, lang)
    client.send(SHAPED_PASSWORDS[lang])
    for secret in ("Hiver2023", "Qzw7"):
        assert secret.encode() not in tracker_file(chat.stack)
        assert not [s for s in stored_strings(chat.stack, client.conversation) if secret in s]
        assert secret not in json.dumps(chat.stack.tracker(client.conversation), ensure_ascii=False)


@pytest.mark.parametrize("path", ["/", "/version"])
def test_rasas_version_is_not_told_without_the_token(chat, path):
    """Forty-eighth outsider check, F19: `/` ("Hello from Rasa: 3.6.21") and `/version` answered
    anyone; the exact version tells an attacker which advisories apply. Without the token they
    are an unknown path (404 JSON); with it, Rasa's own answer."""
    status, answer = _http("GET", f"{chat.stack.rasa_url}{path}", None)
    assert status == 404, (path, status, answer)
    assert "3.6" not in json.dumps(answer) and "rasa" not in json.dumps(answer).lower(), answer
    token = chat.stack.env["RASA_TOKEN"]
    status, answer = _http("GET", f"{chat.stack.rasa_url}{path}?token={token}", None)
    assert status == 200 and "3.6" in json.dumps(answer), (path, status, str(answer)[:200])
