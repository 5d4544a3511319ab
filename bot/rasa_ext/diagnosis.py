"""Why a turn ended without a reply, so that the apology fits and the log names the cause.

Rasa 3.6 swallows most failures of a turn: an action that cannot be run is logged by the
processor ("Encountered an exception while running action", with the exception) and its
events are dropped; the circuit breaker that stops a turn running too many actions only logs
a warning ("Circuit breaker tripped"). The channel then sees a turn that sent nothing. These
log records are the only trace, so a logging handler on Rasa's processor logger reads them
for the turn in progress (a context variable, like bot/rasa_ext/tracker_store.py's failures),
and the exception the turn raised, if any, says the rest (the lock store's LockError).

Each cause names the reply that fits it (bot/rasa_ext/replies.py): UNAVAILABLE only when a
part really could not be reached; NOT_ANSWERED when nothing is down but this message got no
answer (an action failed, a loop was cut short, the conversation was busy too long).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Iterator
from typing import NamedTuple

from bot.rasa_ext import replies

PROCESSOR_LOGGER = "rasa.core.processor"
CIRCUIT_BREAKER_MESSAGE = "Circuit breaker tripped"


class Cause(NamedTuple):
    label: str  # for the log
    reply: str  # replies.UNAVAILABLE or replies.NOT_ANSWERED


ACTION_SERVER_UNREACHABLE = Cause("action server unreachable", replies.UNAVAILABLE)
ACTION_FAILED = Cause("action failed", replies.NOT_ANSWERED)
CIRCUIT_BREAKER = Cause("circuit breaker (too many actions in one turn)", replies.NOT_ANSWERED)
TRACKER_STORE = Cause("tracker store unavailable", replies.UNAVAILABLE)
LOCK_STORE = Cause("lock store unavailable", replies.UNAVAILABLE)
LOCK_TIMEOUT = Cause("lock not obtained in time (conversation busy)", replies.NOT_ANSWERED)
TURN_FAILED = Cause("turn failed", replies.NOT_ANSWERED)
UNKNOWN = Cause("cause unknown (see the errors above)", replies.NOT_ANSWERED)

_turn_causes: contextvars.ContextVar[list[Cause] | None] = contextvars.ContextVar(
    "turn_causes", default=None
)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, then what caused it (`raise ... from`) or was being handled."""
    seen = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _any(exc: BaseException, *types: type) -> bool:
    return any(isinstance(e, types) for e in _chain(exc))


def of_action_error(exc: BaseException) -> Cause:
    """What an exception raised while running an action says about the action server."""
    import aiohttp

    if _any(exc, aiohttp.ClientConnectionError, asyncio.TimeoutError, ConnectionError):
        return ACTION_SERVER_UNREACHABLE
    return ACTION_FAILED


def of_turn_error(exc: BaseException) -> Cause:
    """What an exception that ended the turn says."""
    from rasa.core.lock_store import LockError

    if isinstance(exc, LockError):
        # AtomicRedisLockStore raises it `from` the Redis error when Redis cannot be reached,
        # and on its own when the conversation's previous turn held the lock too long
        return LOCK_STORE if exc.__cause__ is not None else LOCK_TIMEOUT
    return TURN_FAILED


class _ProcessorWatcher(logging.Handler):
    """Records the causes Rasa's processor logs during the turn in progress."""

    def emit(self, record: logging.LogRecord) -> None:
        causes = _turn_causes.get()
        if causes is None:
            return
        if record.exc_info and record.exc_info[1] is not None:
            causes.append(of_action_error(record.exc_info[1]))
        elif record.getMessage().startswith(CIRCUIT_BREAKER_MESSAGE):
            causes.append(CIRCUIT_BREAKER)


_watcher = _ProcessorWatcher(level=logging.WARNING)


def install() -> None:
    """Listen to Rasa's processor (once per process)."""
    logger = logging.getLogger(PROCESSOR_LOGGER)
    if _watcher not in logger.handlers:
        logger.addHandler(_watcher)


def watch_turn() -> list[Cause]:
    """Start recording the causes of the current turn (the current task)."""
    causes: list[Cause] = []
    _turn_causes.set(causes)
    return causes


def diagnose(
    failure: BaseException | None, logged: list[Cause], store_failures: list[str]
) -> Cause:
    """The cause of a turn without a reply: the exception that ended it, else the first cause
    the processor logged, else the tracker store's failure, else unknown."""
    if failure is not None:
        return of_turn_error(failure)
    if logged:
        return logged[0]
    return TRACKER_STORE if store_failures else UNKNOWN
