"""End-to-end fault tests: real conversations through Rasa's REST channel while a part of the
stack misbehaves, in French and English. Each test asserts what the customer notices (the
reply, its language, never a success that did not happen) and what really happened (SMS in
the outbox or at the fake Twilio, tickets), then that the same conversation works again once
the fault is gone.

Two stacks, each started once for its class (`python -m bot stack`, ~1 min each):

* `TestBackendAndActionServerFaults`: a FaultProxy (tests/e2e/fault_proxy.py) in front of
  the backend (the action server's BACKEND_URL, BACKEND_TIMEOUT_SECONDS=2) and one in front
  of the action server (Rasa's ACTION_SERVER_URL): down, 500, slower than the timeout.
* `TestTwilioFaults`: SMS_BACKEND=twilio with the real twilio client pointed at
  tests/fake_twilio.py (running on a background event loop) and its programmable faults.

The resend cooldown is the production one (60 s). A test that needs the login's SMS to be
older than that moves the account's `last_sms_at` (and the challenge's `last_sent_at`) back by a minute
in the database ("the login SMS was sent a while ago") instead of waiting for it.
"""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from types import SimpleNamespace
from typing import Any, Callable, Dict, List, Optional, Tuple

import pytest
from sqlalchemy import select

from bot.models import Challenge, SmsSend, Ticket, User
from bot.rasa_ext.conversation import public_id
from tests.e2e.fault_proxy import BackgroundLoop, FaultProxy
from tests.e2e.stack import IN_CI, find_model, free_ports, start_stack
from tests.e2e.test_actions_rest import DOMAIN, PHRASES, in_language
from tests.e2e.test_actions_rest import Chat as BaseChat
from tests.fake_twilio import FakeTwilio

pytestmark = pytest.mark.slow

LANGS = ["fr", "en"]
COOLDOWN = 60  # SMS_RESEND_COOLDOWN_SECONDS of both stacks (the production default)
BACKEND_TIMEOUT = 2  # BACKEND_TIMEOUT_SECONDS of the action server
SUPPORT_LINE = "+33 (0)4 88 36 07 40"
FAQ = {"fr": "c'est quoi la double authentification ?", "en": "what is two-factor authentication?"}
SUCCESS = {"utter_resend_done", "utter_ticket_created", "utter_identity_verified", "utter_switch_done_sms"}

TWILIO_ACCOUNT = "AC" + "3" * 32
TWILIO_TOKEN = "e2e-fake-twilio-" + secrets.token_hex(8)
TWILIO_SERVICE = "VA" + "4" * 32


# --------------------------------------------------------------------------- helpers

def apology(lang: str, fault: str) -> str:
    """The channel's apology (bot/rasa_ext/replies.py): a service is down, or an action failed."""
    from bot.rasa_ext import replies

    return replies.text(replies.UNAVAILABLE if fault == "down" else replies.NOT_ANSWERED, lang)


@dataclass
class Turn:
    rest: List[str]  # what the REST channel answered (what the widget shows)
    replies: List[Tuple[Optional[str], str]]  # (response name, text) of the tracker's new bot events

    @property
    def names(self) -> List[Optional[str]]:
        return [n for n, _ in self.replies]


class Chat(BaseChat):
    """One customer in the widget (tests/e2e/test_actions_rest.Chat), keeping the REST
    answer too: the channel's apology is sent without a bot event in the tracker."""

    def __init__(self, stack, lang: str, token: Optional[str] = None):
        super().__init__(stack, lang, token)
        self.sender = f"fault-{uuid.uuid4().hex[:16]}"

    def turn(self, message: str) -> Turn:
        body = self.stack.rest(self.sender, message, self.metadata())
        assert isinstance(body, list) and body, f"the channel answered nothing to {message!r}: {body!r}"
        rest = [m.get("text") or "" for m in body]
        events = self.stack.tracker(public_id(self.sender))["events"]
        new, self.seen = events[self.seen:], len(events)
        replies = [((e.get("metadata") or {}).get("utter_action"), e.get("text") or "")
                   for e in new if e.get("event") == "bot"]
        self.all_texts += rest
        for name, text in replies:
            if name in DOMAIN["responses"]:
                assert in_language(name, self.lang, text), (name, self.lang, text)
        return Turn(rest, replies)

    def names(self, message: str) -> List[Optional[str]]:
        t = self.turn(message)
        assert t.rest == [text for _, text in t.replies], t  # the widget shows what the tracker says
        return t.names

    def slots(self) -> Dict[str, Any]:
        return self.stack.tracker(public_id(self.sender))["slots"]


def eventually(fn: Callable[[], Any], timeout: float = 15, interval: float = 0.1) -> Any:
    """fn()'s value once truthy, or its last value at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = fn()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


def new_phone() -> str:
    return f"+336{secrets.randbelow(10 ** 8):08d}"


def new_email(lang: str) -> str:
    return f"fault-{lang}-{uuid.uuid4().hex[:8]}@acme.fr"


def age_last_send(stack, user_id: int, seconds: int = COOLDOWN + 5) -> None:
    """The account's last SMS was sent `seconds` earlier than recorded (the cooldown of the
    login's SMS, which is the account's, is over without waiting a minute)."""
    with stack.ctx.db.session() as s:
        for ch in s.execute(select(Challenge).where(Challenge.user_id == user_id, Challenge.completed_at.is_(None),
                                                    Challenge.cancelled_at.is_(None))).scalars():
            if ch.last_sent_at is not None:
                ch.last_sent_at = ch.last_sent_at - timedelta(seconds=seconds)
        user = s.get(User, user_id)
        if user.last_sms_at is not None:
            user.last_sms_at = user.last_sms_at - timedelta(seconds=seconds)


def sms_outcomes(stack, user_id: int) -> List[str]:
    with stack.ctx.db.session() as s:
        return list(s.execute(select(SmsSend.outcome).where(SmsSend.user_id == user_id)
                              .order_by(SmsSend.id)).scalars())


def tickets_of(stack, user_id: int) -> List[Ticket]:
    with stack.ctx.db.session() as s:
        return list(s.execute(select(Ticket).where(Ticket.user_id == user_id)).scalars())


def sms_login(stack, lang: str, sent: Callable[[str], int]) -> Tuple[int, str, Chat]:
    """A customer with SMS 2FA past the password step on the portal (one SMS sent), who opens
    the widget; the login's SMS is older than the cooldown."""
    email, phone = new_email(lang), new_phone()
    uid = stack.make_user(email, state="sms", phone=phone, language=lang)
    browser = stack.portal(email)
    assert browser.view["stage"] == "second_factor" and browser.view["challenge"]["method"] == "sms", browser.view
    # the portal's answer comes after the send attempt; its outcome is recorded by then
    eventually(lambda: sent(phone) == 1 or sms_outcomes(stack, uid) not in ([], ["pending"], ["sent"]))
    assert sent(phone) == 1, (
        f"the login's SMS did not reach the sender ({sent(phone)} seen); outcomes recorded by the backend: "
        f"{sms_outcomes(stack, uid)}")
    age_last_send(stack, uid)
    return uid, phone, Chat(stack, lang, browser.widget_token())


def assert_unavailable(chat: Chat, names: List[Optional[str]]) -> None:
    """The reply is `utter_backend_unavailable` in the customer's language, naming the line."""
    assert names == ["utter_backend_unavailable"], names
    assert SUPPORT_LINE in chat.all_texts[-1]


def assert_no_leak(chat: Chat, phone: str) -> None:
    for text in chat.all_texts:
        assert phone not in text and phone[1:] not in text


def require_model() -> None:
    if find_model() is None:
        reason = "no trained Rasa model (models/*.tar.gz or RASA_MODEL): run `make train`"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)  # outside CI only


# --------------------------------------------------------------------------- backend and action server

@pytest.fixture(scope="class")
def proxied(tmp_path_factory):
    """The stack with a FaultProxy in front of the backend and one in front of the action
    server. The proxies reserve their ports first, then the real ports are chosen."""
    require_model()
    backend_port, actions_port = free_ports(2)
    with FaultProxy(backend_port, name="backend") as backend, FaultProxy(actions_port, name="actions") as actions:
        env = {
            "BACKEND_PORT": str(backend_port), "ACTIONS_PORT": str(actions_port),
            "BACKEND_URL": backend.url, "ACTION_SERVER_URL": f"{actions.url}/webhook",
            "BACKEND_TIMEOUT_SECONDS": str(BACKEND_TIMEOUT),
            "SMS_RESEND_COOLDOWN_SECONDS": str(COOLDOWN),
        }
        try:
            stack = start_stack(tmp_path_factory.mktemp("fault-proxied"), env)
        except RuntimeError as exc:
            pytest.fail(str(exc))
        try:
            yield SimpleNamespace(stack=stack, backend=backend, actions=actions)
        finally:
            stack.stop()


class TestBackendAndActionServerFaults:
    @pytest.fixture(autouse=True)
    def _heal(self, proxied):
        """Every test starts and ends with both proxies up and forwarding."""
        for proxy in (proxied.backend, proxied.actions):
            proxy.up().passthrough()
        yield
        for proxy in (proxied.backend, proxied.actions):
            proxy.up().passthrough()
            proxy.wait_idle(10)

    # ------------------------------------------------------------ resend while the backend fails

    @pytest.mark.parametrize("lang", LANGS)
    @pytest.mark.parametrize("fault", ["down", "500"])
    def test_resend_while_the_backend_fails(self, proxied, fault, lang):
        stack, backend = proxied.stack, proxied.backend
        sent = lambda phone: len(stack.outbox("sms", phone))  # noqa: E731
        uid, phone, chat = sms_login(stack, lang, sent)
        # the offer's yes/no leaves a turn to break the backend in before the resend itself
        assert chat.names(PHRASES[lang]["sms_not_received"])[-1] == "utter_offer_resend"
        seen = backend.count("/api/support/resend")
        backend.down() if fault == "down" else backend.status(500)
        assert_unavailable(chat, chat.names("/affirm"))
        # the backend never got it: nothing sent
        assert backend.count("/api/support/resend") == seen + (0 if fault == "down" else 1)
        assert sent(phone) == 1
        # the backend is back: the same conversation resends
        backend.up().passthrough()
        assert chat.names(PHRASES[lang]["request_resend"]) == ["utter_resend_done"]  # asked in words: no yes/no
        assert eventually(lambda: sent(phone) == 2), sent(phone)
        assert_no_leak(chat, phone)

    @pytest.mark.parametrize("lang", LANGS)
    def test_resend_while_the_backend_is_slower_than_the_timeout(self, proxied, lang):
        stack, backend = proxied.stack, proxied.backend
        sent = lambda phone: len(stack.outbox("sms", phone))  # noqa: E731
        uid, phone, chat = sms_login(stack, lang, sent)
        assert chat.names(PHRASES[lang]["sms_not_received"])[-1] == "utter_offer_resend"
        seen = backend.count("/api/support/resend")
        backend.slow(BACKEND_TIMEOUT + 2)
        names = chat.names("/affirm")
        assert_unavailable(chat, names)  # the action gave up: no success claimed
        # the backend receives the request late and sends that SMS
        assert backend.count("/api/support/resend") == seen + 1
        assert backend.wait_idle(30), "the delayed request never reached the backend"
        assert eventually(lambda: sent(phone) >= 2, timeout=10)
        backend.passthrough()
        # the customer tries again once the backend answers: the cooldown holds, no second SMS
        assert chat.names(PHRASES[lang]["request_resend"]) == ["utter_resend_wait"]  # asked in words: no yes/no
        assert chat.names(PHRASES[lang]["request_resend"]) == ["utter_resend_wait"]  # asked in words: no yes/no
        assert sent(phone) == 2  # the login's SMS and exactly one resend
        # and the conversation goes on: the status is answered
        assert chat.names(PHRASES[lang]["ask_my_status"]) == ["utter_status_enrolled_sms",
                                                              "utter_status_pending_sms_login_only"]
        assert_no_leak(chat, phone)

    # ------------------------------------------------------------ reset request while the backend fails

    @pytest.mark.parametrize("lang", LANGS)
    def test_reset_request_while_the_backend_fails(self, proxied, lang):
        stack, backend = proxied.stack, proxied.backend
        email = new_email(lang)
        uid = stack.make_user(email, state="sms", phone=new_phone(), language=lang)
        # logged in (password step) but stuck at the SMS: the email code completes the identity
        chat = Chat(stack, lang, stack.portal(email).widget_token())
        assert chat.names(PHRASES[lang]["phone_changed"]) == ["utter_phone_changed"]

        # 1. down when the identity check starts
        backend.down()
        assert_unavailable(chat, chat.names("/affirm"))
        assert tickets_of(stack, uid) == []
        assert chat.slots()["identity_verified"] is not True
        backend.up()

        # 2. answering 500 when the customer types the right email code
        assert chat.names(PHRASES[lang]["phone_changed"]) == ["utter_phone_changed"]
        assert chat.names("/affirm") == ["utter_ask_identity_email"]
        assert chat.names(email) == ["utter_identity_code_sent", "utter_ask_identity_code"]
        code = stack.last_code("email", email)
        backend.status(500)
        assert_unavailable(chat, chat.names(code))
        assert tickets_of(stack, uid) == []
        assert chat.slots()["identity_verified"] is not True

        # 3. recovered: not verified, asking again starts with the email check again
        backend.passthrough()
        assert chat.names(PHRASES[lang]["phone_changed"]) == ["utter_phone_changed"]
        assert chat.names("/affirm") == ["utter_ask_identity_email"]
        assert chat.names(email) == ["utter_identity_code_sent", "utter_ask_identity_code"]
        msgs = stack.wait_outbox("email", email, 2)
        assert len(msgs) >= 2
        code = stack.last_code("email", email)
        assert chat.names(code) == ["utter_identity_verified", "utter_ask_reset_reason"]

        # 4. down when the ticket is confirmed: no ticket, and it opens once the backend is back
        assert chat.names('/inform{"reset_reason":"lost_phone"}') == ["utter_ask_confirm_ticket"]
        backend.down()
        assert_unavailable(chat, chat.names("/affirm"))
        assert tickets_of(stack, uid) == []
        backend.up()
        assert chat.names(PHRASES[lang]["phone_changed"]) == ["utter_phone_changed"]
        names = chat.names("/affirm")
        # the email check of this conversation is still fresh at the backend, but the identity
        # form re-asks when its markers of the earlier run are still set: either is safe
        assert names in (["utter_ask_identity_email"], ["utter_ask_reset_reason"], ["utter_ask_confirm_ticket"]), names
        if names == ["utter_ask_identity_email"]:
            assert chat.names(email) == ["utter_identity_code_sent", "utter_ask_identity_code"]
            assert len(stack.wait_outbox("email", email, 3)) >= 3
            code = stack.last_code("email", email)
            names = chat.names(code)
            assert names[0] == "utter_identity_verified" and len(names) == 2, names
            names = names[1:]
        if names == ["utter_ask_reset_reason"]:
            assert chat.names('/inform{"reset_reason":"lost_phone"}') == ["utter_ask_confirm_ticket"]
        assert chat.names("/affirm") == ["utter_ticket_created"]
        tickets = tickets_of(stack, uid)
        assert len(tickets) == 1 and tickets[0].status == "open"
        for text in chat.all_texts:
            assert code not in text and email not in text

    # ------------------------------------------------------------ action server down / 500

    @pytest.mark.parametrize("lang", LANGS)
    @pytest.mark.parametrize("fault", ["down", "500"])
    def test_action_server_fails(self, proxied, fault, lang):
        stack, actions = proxied.stack, proxied.actions
        email = new_email(lang)
        stack.make_user(email, state="grace", deadline_in_days=9, language=lang)
        chat = Chat(stack, lang, stack.portal(email).widget_token())
        assert chat.names(FAQ[lang]) == ["utter_what_is_2fa"]  # the session starts normally

        seen = actions.count("/webhook")
        actions.down() if fault == "down" else actions.status(500)
        turn = chat.turn(PHRASES[lang]["ask_my_status"])
        assert turn.rest == [apology(lang, fault)], turn  # not silence: the channel's apology
        assert SUPPORT_LINE in turn.rest[0]
        assert not any(n and n.startswith("utter_status") for n in turn.names), turn
        assert actions.count("/webhook") == seen + (0 if fault == "down" else 1)
        # answers that need no action server still come, in the customer's language
        assert chat.names(FAQ[lang]) == ["utter_what_is_2fa"]

        actions.up().passthrough()
        turn = chat.turn(PHRASES[lang]["ask_my_status"])
        assert turn.names == ["utter_status_not_enrolled"], turn
        assert turn.rest == [turn.replies[0][1]] and "9" in turn.rest[0]


# --------------------------------------------------------------------------- Twilio

@pytest.fixture(scope="class")
def twilio(tmp_path_factory):
    """The stack with SMS_BACKEND=twilio, the real client pointed at a FakeTwilio served from
    a background event loop."""
    require_model()
    with BackgroundLoop("fake-twilio") as bg:
        async def start_fake() -> FakeTwilio:
            return await FakeTwilio(TWILIO_ACCOUNT, TWILIO_TOKEN).start()

        fake = bg.run(start_fake())
        try:
            env = {
                "SMS_BACKEND": "twilio", "TWILIO_ACCOUNT_SID": TWILIO_ACCOUNT, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
                "TWILIO_VERIFY_SERVICE_SID": TWILIO_SERVICE, "TWILIO_VERIFY_BASE_URL": fake.url,
                "TWILIO_TIMEOUT_SECONDS": "1",
                "SMS_RESEND_COOLDOWN_SECONDS": str(COOLDOWN),
            }
            try:
                stack = start_stack(tmp_path_factory.mktemp("fault-twilio"), env)
            except RuntimeError as exc:
                pytest.fail(str(exc))
            try:
                yield SimpleNamespace(stack=stack, fake=fake, bg=bg)
            finally:
                stack.stop()
        finally:
            bg.run(fake.close(), timeout=60)  # also releases a request left hanging


# fault -> (the reply the customer gets, a fact of that reply that helps them)
TWILIO_FAULTS = {
    "500": ("utter_backend_unavailable", SUPPORT_LINE),
    # the wait said in minutes (a minute here: sixty-first outside check, F9's « 600 secondes »)
    "20429": ("utter_rate_limited", "1 min"),
    "60212": ("utter_rate_limited", "1 min"),
    "60203": ("utter_resend_limit", "Essayer une autre méthode"),
    "60200": ("utter_offer_switch", "Essayer une autre méthode"),
    "20404": ("utter_backend_unavailable", SUPPORT_LINE),
    "malformed": ("utter_backend_unavailable", SUPPORT_LINE),
    "hang": ("utter_backend_unavailable", SUPPORT_LINE),
}


class TestTwilioFaults:
    @pytest.mark.parametrize("lang", LANGS)
    @pytest.mark.parametrize("kind", list(TWILIO_FAULTS))
    def test_resend_when_twilio_fails(self, twilio, kind, lang):
        stack, fake, bg = twilio.stack, twilio.fake, twilio.bg

        def sends(phone: str) -> int:
            return bg.call(lambda: sum(1 for r in fake.requests if r.endpoint == "send" and r.form.get("To") == phone))

        uid, phone, chat = sms_login(stack, lang, sends)
        # asked in words the resend happens at once: the fault is set first
        bg.call(fake.fail_next, kind, "send")
        names = chat.names(PHRASES[lang]["request_resend"])
        expected, fact = TWILIO_FAULTS[kind]
        assert names == [expected], (kind, names)  # in the customer's language (Chat.turn checks it)
        assert not SUCCESS & set(names)
        assert fact in chat.all_texts[-1]
        assert bg.call(lambda: list(fake._faults)) == []  # the fault hit this resend
        assert sends(phone) == 2  # the login's SMS and this one attempt

        # asking again at once: the failed attempt counts toward the cooldown, nothing is sent
        assert chat.names(PHRASES[lang]["request_resend"]) == ["utter_resend_wait"]  # asked in words: no yes/no
        assert sends(phone) == 2  # never retried by the backend, no duplicate

        # a minute later Twilio answers again: the same conversation resends
        age_last_send(stack, uid)
        assert chat.names(PHRASES[lang]["request_resend"]) == ["utter_resend_done"]  # asked in words: no yes/no
        assert sends(phone) == 3
        assert_no_leak(chat, phone)
