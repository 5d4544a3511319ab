"""The chat channels' rules, case by case: what may reach NLU (bot/rasa_ext/admission.py),
why a turn had no reply (bot/rasa_ext/diagnosis.py) and what the customer is told then
(bot/rasa_ext/replies.py). The real stack is tested in tests/abuse/test_rasa_chat.py."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.rasa_ext import admission, diagnosis, replies

LIMIT = admission.MAX_MESSAGE_CHARS


# --------------------------------------------------------------------------- admission

@pytest.mark.parametrize("text", [
    "bonjour",
    "x" * LIMIT,
    "première ligne\ndeuxième ligne\r\ntroisième",  # customers type multi-line messages
    '/inform{"reset_reason":"lost_phone"}',
    "",
])
def test_messages_that_reach_nlu(text):
    assert admission.refusal(text) is None


@pytest.mark.parametrize("text,reply", [
    ("x" * (LIMIT + 1), replies.TOO_LONG),
    ("/greet\nFORGED ERROR rasa", replies.UNREADABLE),
    ('/inform{"a":"b"}\r\nFORGED', replies.UNREADABLE),
    ("/greet\x1b[2K", replies.UNREADABLE),
    ("/greet\x00", replies.UNREADABLE),
    ("/greet\u2028FORGED", replies.UNREADABLE),  # a line separator some log viewers break on
    (None, replies.UNREADABLE),
    (42, replies.UNREADABLE),
])
def test_messages_refused_before_nlu(text, reply):
    refused = admission.refusal(text)
    assert refused is not None and refused.reply == reply
    assert "FORGED" not in refused.reason  # the log line says why, never what


@pytest.mark.parametrize("text,seen", [
    ("a\x00b\ud800", "a\ufffdb\ufffd"),  # fifty-seventh outside check, F1
    ("ligne 1\nligne 2\r\n\tfin", "ligne 1\nligne 2\r\n\tfin"),  # multi-line messages kept
    ("je n'ai pas reçu le code 😀", "je n'ai pas reçu le code 😀"),
    ("bip\x07 \x1b[2K", "bip\ufffd \ufffd[2K"),
    # bidirectional overrides turn the rest around on an agent's screen (fifty-eighth check, F11)
    ("ROUGE \u202e gnp.exe \u2066x\u2069", "ROUGE \ufffd gnp.exe \ufffdx\ufffd"),
])
def test_nlu_reads_messages_without_unreadable_characters(text, seen):
    """What the channel hands to Rasa holds nothing a page, a database or a log cannot take."""
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    from bot.rasa_ext.guard import NeverSilent

    read = []

    async def on_new_message(message):
        read.append(message.text)
        await message.output_channel.send_response(message.sender_id, {"text": "ok"})

    handler = NeverSilent("rest").wrap(on_new_message)
    asyncio.run(handler(UserMessage(text, CollectingOutputChannel(), "s-1", metadata={"locale": "fr"})))
    assert read == [seen]


# --------------------------------------------------------------------------- diagnosis

def _raised(exc: BaseException, context: BaseException = None, cause: BaseException = None) -> BaseException:
    """`exc` as Python leaves it once raised inside `except context` or `from cause`."""
    try:
        try:
            raise context or cause or ValueError()
        except BaseException:
            raise exc from cause
    except BaseException as caught:
        return caught


def test_action_errors_name_the_action_server():
    import aiohttp
    from rasa.shared.exceptions import RasaException

    # what rasa.core.actions.action.RemoteAction raises: connection refused, timeout, 500
    refused = aiohttp.ClientConnectionError("Cannot connect to host")
    assert diagnosis.of_action_error(_raised(RasaException("Failed"), context=refused)) \
        == diagnosis.ACTION_SERVER_UNREACHABLE
    assert diagnosis.of_action_error(asyncio.TimeoutError()) == diagnosis.ACTION_SERVER_UNREACHABLE
    answered_500 = aiohttp.ClientResponseError(None, (), status=500)
    assert diagnosis.of_action_error(_raised(RasaException("Failed"), cause=answered_500)) == diagnosis.ACTION_FAILED
    assert diagnosis.of_action_error(KeyError("events")) == diagnosis.ACTION_FAILED


def test_lock_errors_tell_redis_down_from_a_busy_conversation():
    from rasa.core.lock_store import LockError

    assert diagnosis.of_turn_error(_raised(LockError("x"), cause=ConnectionError("redis"))) == diagnosis.LOCK_STORE
    assert diagnosis.of_turn_error(LockError("not within 60 s")) == diagnosis.LOCK_TIMEOUT
    assert diagnosis.of_turn_error(RuntimeError("boom")) == diagnosis.TURN_FAILED


async def test_the_processors_log_records_are_read_for_the_current_turn_only():
    diagnosis.install()
    processor = logging.getLogger(diagnosis.PROCESSOR_LOGGER)

    async def turn(log_it) -> list:
        causes = diagnosis.watch_turn()
        log_it()
        return causes

    def breaker():
        processor.warning("Circuit breaker tripped. Stopped predicting more actions for sender 'c1'.")

    def action_down():
        try:
            raise asyncio.TimeoutError()
        except asyncio.TimeoutError:
            processor.exception("Encountered an exception while running action 'action_check_status'.")

    assert await asyncio.create_task(turn(breaker)) == [diagnosis.CIRCUIT_BREAKER]
    assert await asyncio.create_task(turn(action_down)) == [diagnosis.ACTION_SERVER_UNREACHABLE]
    outside = diagnosis.watch_turn()
    await asyncio.create_task(turn(breaker))  # another turn's record is not this one's
    assert outside == []


def test_the_cause_of_a_silent_turn():
    store_down = ["retrieve: OperationalError"]
    assert diagnosis.diagnose(None, [], []) == diagnosis.UNKNOWN
    assert diagnosis.diagnose(None, [], store_down) == diagnosis.TRACKER_STORE
    assert diagnosis.diagnose(None, [diagnosis.CIRCUIT_BREAKER], store_down) == diagnosis.CIRCUIT_BREAKER
    assert diagnosis.diagnose(RuntimeError(), [diagnosis.CIRCUIT_BREAKER], []) == diagnosis.TURN_FAILED
    # only a part that could not be reached makes the customer hear "unavailable"
    causes = [c for c in vars(diagnosis).values() if isinstance(c, diagnosis.Cause)]
    unavailable = {c for c in causes if c.reply == replies.UNAVAILABLE}
    assert unavailable == {diagnosis.ACTION_SERVER_UNREACHABLE, diagnosis.TRACKER_STORE, diagnosis.LOCK_STORE}


# --------------------------------------------------------------------------- replies

def test_the_support_contacts_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("SUPPORT_PHONE", "+33 (0)4 99 99 99 99")
    monkeypatch.setenv("SUPPORT_PHONE_CHOICE", "2")
    monkeypatch.setenv("SUPPORT_EMAIL", "support@example.test")
    replies.contact_from_environment.cache_clear()
    try:
        said = replies.text(replies.NOT_ANSWERED, "fr")
    finally:
        replies.contact_from_environment.cache_clear()
    assert said.endswith("au +33 (0)4 99 99 99 99 (choix 2) ou à support@example.test.")


def test_both_languages_when_the_language_is_unknown():
    both = replies.say(replies.TOO_LONG, None, limit=2000)
    assert both == replies.text(replies.TOO_LONG, "fr", limit=2000) + "\n\n" + replies.text(replies.TOO_LONG, "en",
                                                                                           limit=2000)
    assert "2\u00a0000 caractères" in both and "2,000 characters" in both


@pytest.mark.parametrize("kind", list(replies.KINDS))
def test_no_text_claims_an_outage_unless_it_is_one(kind):
    fr, en = replies.text(kind, "fr"), replies.text(kind, "en")
    outage = "indisponible" in fr or "unavailable" in en
    assert outage == (kind == replies.UNAVAILABLE)
