"""The promise of the chat channels: a customer's message is never left unanswered, and a
message Rasa must not read never reaches it.

Rasa 3.6 can end a turn in silence: when the action server is down or answers an error, the
processor logs the exception, drops the action's events and goes on listening; when the
tracker store (PostgreSQL) is unreachable or a lock cannot be taken, the REST channel logs
the exception and answers 200 with an empty list. The customer then stares at a chat that
says nothing. `NeverSilent` wraps the handler Rasa gives a channel:

1. a message refused by bot/rasa_ext/admission.py (too long, control characters in a
   payload) gets a polite reply and goes no further: no NLU, nothing stored;
2. a turn that sent nothing gets an apology that fits its cause (bot/rasa_ext/diagnosis.py):
   a service is down, or just this message could not be answered; with the support contacts;
   the cause is logged for the operator;
(Before the turn, a button's payload gets the widget's locale as its language entity:
bot/rasa_ext/payload_locale.py.)
3. when the tracker store failed during a turn that did answer (Rasa then carries on with a
   blank in-memory conversation, see bot/rasa_ext/tracker_store.py), a note follows the
   answer: the assistant cannot see the conversation for the moment.

Language of these texts, as the NLU does it (bot/nlu/language.py): the message itself when
clearly French or English, else the widget's locale in the metadata, else the language slot
of the conversation when the tracker store answers, else both languages. The logs name the
conversation by its public id (bot/rasa_ext/conversation.py), never quote the customer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.shared.core.events import UserUttered
from sanic import Blueprint

from bot.nlu.language import LanguageDetector, locale_from_metadata
from bot.plain_text import readable
from bot.rasa_ext import admission, asked_language, diagnosis, payload_locale, replies
from bot.rasa_ext.scrub import holds_password, mask_passwords
from bot.rasa_ext.tracker_store import watch_turn

log = logging.getLogger(__name__)

TRACKER_TIMEOUT_SECONDS = 2.0
DETECTED_CHARS = 500  # enough to tell French from English; a refused long message is not read whole

_detector = LanguageDetector({})

Handler = Callable[[UserMessage], Awaitable[Any]]


class _WatchedOutput(OutputChannel):
    """Passes every message to the channel's own output and counts them."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.sent = 0

    def name(self) -> str:  # responses can be channel-specific: keep the real name
        return self.inner.name()

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.sent += 1
        await self.inner.send_response(recipient_id, message)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.inner, attribute)


class NeverSilent:
    """Wraps Rasa's message handler for one channel."""

    def __init__(self, channel_name: str) -> None:
        self.channel_name = channel_name
        self.app: Any = None  # the Sanic app, known once the server started

    def attach(self, blueprint: Blueprint) -> Blueprint:
        """Caps the server's request bodies before it serves, and remembers the app."""
        diagnosis.install()

        @blueprint.listener("before_server_start")
        async def cap_requests(app: Any, _loop: Any) -> None:
            admission.cap_request_size(app)

        @blueprint.listener("after_server_start")
        async def remember_app(app: Any, _loop: Any) -> None:
            self.app = app

        return blueprint

    def wrap(self, on_new_message: Handler) -> Handler:
        async def handler(message: UserMessage) -> None:
            refused = admission.refusal(message.text)
            if refused is not None:
                log.warning(
                    "%s: conversation %s: message refused before NLU: %s",
                    self.channel_name,
                    message.sender_id,
                    refused.reason,
                )
                await self.tell(message, message.output_channel, refused.reply)
                return
            # a NUL, a lone surrogate: nothing downstream can store or show them (plain_text.py)
            message.text = readable(message.text)
            # a payload loses the language NLU found: the widget's locale goes into it
            message.text = payload_locale.with_locale(message.text, message.metadata)
            # a language asked in words outlives the page's locale (asked_language.py)
            message.metadata = await self.asked_language_kept(message)
            await self.run_turn(on_new_message, message)

        return handler

    async def run_turn(self, on_new_message: Handler, message: UserMessage) -> None:
        watched = _WatchedOutput(message.output_channel)
        message.output_channel = watched
        store_failures, logged = watch_turn(), diagnosis.watch_turn()
        failure: BaseException | None = None
        await self.warn_of_a_password(message, watched.inner)
        try:
            await on_new_message(message)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - answered below, logged with its trace
            failure = exc
        if watched.sent == 0:
            cause = diagnosis.diagnose(failure, logged, store_failures)
            log.error(
                "%s: conversation %s got no reply: %s",
                self.channel_name,
                message.sender_id,
                cause.label,
                exc_info=failure,
            )
            await self.tell(message, watched.inner, cause.reply)
        elif store_failures:
            log.error(
                "%s: conversation %s answered without its history (tracker store: %s)",
                self.channel_name,
                message.sender_id,
                ", ".join(store_failures),
            )
            await self.tell(message, watched.inner, replies.MEMORY_NOTE)

    async def warn_of_a_password(self, message: UserMessage, output: OutputChannel) -> None:
        """The assistant never asks for a password; the stored conversation has it masked
        (tracker_store.py), and the customer learns both (sixth outsider check: a password typed
        in the chat got no word about it). First, before the answer: after it, "mon mdp c'est …
        ça marche pas, pk ?" read "why 2FA" and only then the warning (sixteenth outsider check,
        item 5). The answer then reads the message without it: "my password is Demo-2FA-2024 and
        it works, but where do I type the code?" was read by the password's "2FA" (a fallback
        after the note: fifty-fourth outside check, F3); nothing past the channel needs it."""
        if holds_password(message.text):
            await self.tell(message, output, replies.PASSWORD_NOTE)
            message.text = mask_passwords(message.text)

    async def tell(self, message: UserMessage, output: OutputChannel, kind: str) -> None:
        text = replies.say(kind, await self.language_of(message), limit=admission.MAX_MESSAGE_CHARS)
        await output.send_response(message.sender_id, {"text": text})

    async def language_of(self, message: UserMessage) -> str | None:
        text = message.text if isinstance(message.text, str) else ""
        if not text.startswith(admission.PAYLOAD_PREFIX):  # a payload says nothing of the language
            language, _ = _detector.detect(text[:DETECTED_CHARS])
            if language:
                return language
        return locale_from_metadata(
            message.metadata, replies.LANGUAGES
        ) or await self.slot_language(message)

    async def asked_language_kept(self, message: UserMessage) -> Any:
        """The message's metadata, without the widget's locale when the message says no
        language of its own and the customer asked for another one in words before."""
        text = message.text if isinstance(message.text, str) else ""
        if text.startswith(admission.PAYLOAD_PREFIX):
            return message.metadata
        says = _detector.decide(text[:DETECTED_CHARS], None) is not None
        locale = asked_language.locale_to_weigh(message.metadata, says)
        if locale is None:
            return message.metadata
        tracker = await self.tracker_of(message)
        if tracker is None:
            return message.metadata
        texts = [
            e.text for e in tracker.events if isinstance(e, UserUttered) and isinstance(e.text, str)
        ]
        if asked_language.locale_overridden(locale, texts):
            return asked_language.without_locale(message.metadata)
        return message.metadata

    async def tracker_of(self, message: UserMessage) -> Any:
        """The conversation's tracker, or None (no store, no sender, the store down)."""
        agent = getattr(getattr(self.app, "ctx", None), "agent", None)
        store = getattr(agent, "tracker_store", None)
        if store is None or not message.sender_id:
            return None
        try:
            return await asyncio.wait_for(
                store.retrieve(message.sender_id), TRACKER_TIMEOUT_SECONDS
            )
        except Exception:  # noqa: BLE001 - the store may be the thing that is down
            return None

    async def slot_language(self, message: UserMessage) -> str | None:
        tracker = await self.tracker_of(message)
        value = tracker.get_slot("language") if tracker else None
        return value if value in replies.LANGUAGES else None
