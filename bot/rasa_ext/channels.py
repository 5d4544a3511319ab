"""Rasa's REST and socketio channels, with one promise added: a customer's message never
goes unanswered.

Rasa 3.6 can end a turn in silence: when the action server is down or answers an error,
the processor logs the exception, drops the action's events and goes on listening; when the
tracker store (PostgreSQL) is unreachable or a lock cannot be taken, the REST channel logs
the exception and answers 200 with an empty list. The customer then stares at a chat that
says nothing. These channels wrap the handler Rasa gives them: if a turn sent nothing, the
customer gets an apology in their language that says what to do (try again in a moment, or
call the support line), and the failure is logged for the operator. When the tracker store
failed during a turn that did answer (Rasa then carries on with a blank in-memory
conversation, see bot/rasa_ext/tracker_store.py), a note follows the answer: the assistant
cannot see the conversation for the moment, try again in a few minutes or call.

Language of the apology, as the NLU does it (bot/nlu/language.py): the message itself when
clearly French or English, else the widget's locale in the metadata, else the language
slot of the conversation when the tracker store answers, else both languages.

credentials.yml names them by module path; `name()` stays "rest" / "socketio", so the
URLs (/webhooks/rest/webhook, /socket.io) and the widget do not change.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from bot.nlu.language import LanguageDetector, locale_from_metadata
from bot.rasa_ext.tracker_store import watch_turn

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
SUPPORT_PHONE = "+33 (0)4 88 36 07 40"
APOLOGY = {
    "fr": ("Désolé, je n'ai pas pu traiter votre message à l'instant : un service est momentanément "
           "indisponible. Réessayez dans quelques minutes. Si c'est urgent, le support clients est "
           f"joignable au {SUPPORT_PHONE} (choix 4)."),
    "en": ("Sorry, I couldn't process your message just now: a service is temporarily unavailable. "
           "Please try again in a few minutes. If it is urgent, customer support is available on "
           f"{SUPPORT_PHONE} (choice 4)."),
}
MEMORY_NOTE = {
    "fr": ("Attention : je n'ai pas accès à l'historique de notre conversation pour le moment (incident "
           "technique). Si vous étiez en train de faire une demande, reprenez-la dans quelques minutes. Si "
           f"c'est urgent, le support clients est joignable au {SUPPORT_PHONE} (choix 4)."),
    "en": ("Please note: I can't see our conversation history right now (technical incident). If you were in "
           "the middle of a request, please start it again in a few minutes. If it is urgent, customer "
           f"support is available on {SUPPORT_PHONE} (choice 4)."),
}
TRACKER_TIMEOUT_SECONDS = 2.0

_detector = LanguageDetector({})


class _WatchedOutput(OutputChannel):
    """Passes every message to the channel's own output and counts them."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.sent = 0

    def name(self) -> Text:  # responses can be channel-specific: keep the real name
        return self.inner.name()

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        self.sent += 1
        await self.inner.send_response(recipient_id, message)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.inner, attribute)


class NeverSilent:
    """Wraps Rasa's message handler; answers the turns that ended without a reply."""

    def __init__(self, channel_name: Text) -> None:
        self.channel_name = channel_name
        self.app: Any = None  # the Sanic app, known once the server started

    def attach(self, blueprint: Blueprint) -> Blueprint:
        @blueprint.listener("after_server_start")
        async def remember_app(app: Any, _loop: Any) -> None:
            self.app = app

        return blueprint

    def wrap(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
        async def handler(message: UserMessage) -> None:
            watched = _WatchedOutput(message.output_channel)
            message.output_channel = watched
            failure: Optional[BaseException] = None
            store_failures = watch_turn()
            try:
                await on_new_message(message)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - answered below, logged with its trace
                failure = exc
                log.exception("%s: the turn of conversation %s failed", self.channel_name, message.sender_id)
            if watched.sent == 0:
                if failure is None:
                    log.error("%s: the turn of conversation %s ended without a reply (action server down? "
                              "see the errors above)", self.channel_name, message.sender_id)
                await watched.inner.send_response(message.sender_id,
                                                  {"text": self.say(APOLOGY, await self.language_of(message))})
            elif store_failures:
                log.error("%s: conversation %s answered without its history (tracker store: %s)",
                          self.channel_name, message.sender_id, ", ".join(store_failures))
                await watched.inner.send_response(message.sender_id,
                                                  {"text": self.say(MEMORY_NOTE, await self.language_of(message))})

        return handler

    @staticmethod
    def say(texts: Dict[Text, Text], language: Optional[Text]) -> Text:
        return texts[language] if language else f"{texts['fr']}\n\n{texts['en']}"

    async def language_of(self, message: UserMessage) -> Optional[Text]:
        text = message.text or ""
        if not text.startswith("/"):  # a button payload (/intent{...}) says nothing of the language
            language, _ = _detector.detect(text)
            if language:
                return language
        language = locale_from_metadata(message.metadata, LANGUAGES)
        if language:
            return language
        agent = getattr(getattr(self.app, "ctx", None), "agent", None)
        store = getattr(agent, "tracker_store", None)
        if store is None or not message.sender_id:
            return None
        try:
            tracker = await asyncio.wait_for(store.retrieve(message.sender_id), TRACKER_TIMEOUT_SECONDS)
        except Exception:  # noqa: BLE001 - the store may be the thing that is down
            return None
        value = tracker.get_slot("language") if tracker else None
        return value if value in LANGUAGES else None


class _Guarded:
    """Wraps the handler Rasa passes to a channel's blueprint. The channel keeps Rasa's
    name ("rest", "socketio"), hence its URL."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        guard = NeverSilent(self.name())
        return guard.attach(super().blueprint(guard.wrap(on_new_message)))


class GuardedRestInput(_Guarded, RestInput):
    """POST /webhooks/rest/webhook, never answering an empty list."""


class GuardedSocketIOInput(_Guarded, SocketIOInput):
    """The widget's socket.io channel, never leaving a message unanswered."""
