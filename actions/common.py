"""What every action shares: who the customer is (as the widget says), the language, the
Support API of this conversation, and the replies every action gives to the same outcomes.

The prologue every action shares lives here, once: `reset_fallback` (the assistant
understood: the misunderstanding counter starts again), `support_api` (the calls, each
returning an outcome: bot/client.py) and `reply` (an action's own response for an outcome,
else the common one: session required, account locked, rate limited, backend down).

Security rules (docs/contract.md, "Who the customer is"; docs/security.md, "No secret in the
tracker store"):
* the customer session token is read from the *current message's* metadata and forwarded to
  the backend, which verifies it; it is never copied into a slot or a reply;
* no slot is trusted for anything that matters: the backend decides on every call;
* replies are response names from domain.yml with harmless variables (masked phone,
  numbers, references), never a code, an email address or a token.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.client import Outcome, SupportApi
from bot.metadata import client_key_in, token_in
from bot.metadata import locale_from_metadata as widget_locale

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

MASK_PLACEHOLDER = "•••"  # a masked number the backend did not give

# the reply to an outcome no action answers itself (bot/client.py names the outcomes)
COMMON_REPLIES = {
    "session_required": "utter_session_required",
    "locked": "utter_account_locked",
    "rate_limited": "utter_rate_limited",
    "unexpected": "utter_backend_unavailable",
    "unavailable": "utter_backend_unavailable",
}

__all__ = [
    "customer_token",
    "locale_from_metadata",
    "language",
    "support_api",
    "utter",
    "reply",
    "reset_fallback",
    "response_text",
    "latest_intent",
    "latest_text",
    "user_just_answered",
    "find_email",
    "CODE_LIKE",
    "COMMON_REPLIES",
    "MASK_PLACEHOLDER",
]


def customer_token(tracker: Tracker) -> str | None:
    """The signed customer session token sent by the widget with the latest message, if any.

    Read from `tracker.latest_message["metadata"]` (top level or under `customData`). Only a
    plausible string is returned; whether it is valid is the backend's decision.
    """
    return token_in((tracker.latest_message or {}).get("metadata"))


def client_key(tracker: Tracker) -> str | None:
    """The client key the chat channel set on the latest message (an HMAC of the client's
    address, bot/rasa_ext/client_key.py), if any: a handoff forwards it, and the backend caps
    anonymous handoffs per client with it."""
    return client_key_in((tracker.latest_message or {}).get("metadata"))


def locale_from_metadata(metadata: Any) -> str | None:
    """'fr', 'fr-FR', 'en_GB', 'EN' -> 'fr' / 'en'; anything else -> None."""
    return widget_locale(metadata, LANGUAGES)


def language(tracker: Tracker) -> str:
    """The conversation's language (slot `language`), `fr` unless it is exactly `en`."""
    value = tracker.get_slot("language")
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def support_api(tracker: Tracker) -> SupportApi:
    """The Support API for this conversation, with the customer's token of this message and
    the channel's client key, if any."""
    return SupportApi(tracker.sender_id, customer_token(tracker), client_key=client_key(tracker))


def utter(
    dispatcher: CollectingDispatcher, domain: dict[str, Any] | None, name: str, **variables: Any
) -> None:
    """Dispatch the response `name` from domain.yml (Rasa picks the language variation).

    Every name used here exists in domain.yml in both languages
    (tests/actions/test_registry.py reads them from this package's source). `domain` stays
    in the signature so that every call site reads the same way as the other helpers.
    """
    dispatcher.utter_message(response=name, **variables)


def response_text(domain: dict[str, Any] | None, name: str, lang: str) -> str | None:
    """The text of response `name` in `lang`, read from the domain Rasa sent with the call.

    For the few texts an action places itself (button titles); everything else is
    dispatched by name and rendered by Rasa.
    """
    variations = ((domain or {}).get("responses") or {}).get(name) or []
    default = None
    for variation in variations:
        if lang in _condition_languages(variation):
            return variation.get("text")
        if not variation.get("condition") and default is None:
            default = variation.get("text")
    return default


def _condition_languages(variation: dict[str, Any]) -> list[Any]:
    """The languages a response variation is conditioned on (`condition: language = fr`)."""
    return [c.get("value") for c in variation.get("condition") or [] if c.get("name") == "language"]


def latest_intent(tracker: Tracker) -> str | None:
    """The intent of the message being answered (None when Rasa gave none)."""
    intent = (tracker.latest_message or {}).get("intent") or {}
    name = intent.get("name")
    return name if isinstance(name, str) else None


def ranked_intents(tracker: Tracker) -> list[tuple[str, float]]:
    """The classifier's readings of the message being answered, best first, as (intent,
    confidence): what a follow-up reads besides the top intent (a runner-up topic)."""
    ranking = (tracker.latest_message or {}).get("intent_ranking") or []
    return [
        (str(entry.get("name") or ""), float(entry.get("confidence") or 0.0))
        for entry in ranking
        if isinstance(entry, dict)
    ]


def latest_text(tracker: Tracker) -> str:
    """The text of the message being answered ('' when there is none)."""
    text = (tracker.latest_message or {}).get("text")
    return text if isinstance(text, str) else ""


def user_just_answered(tracker: Tracker, form: str) -> bool:
    """True when `form` runs right after the customer's message, False when it runs again
    after another action answered a digression (the same message must not be read twice).
    """
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            return True
        if kind == "action" and event.get("name") not in (form, "action_listen"):
            return False
    return False


def reply(
    dispatcher: CollectingDispatcher, outcome: Outcome, replies: Mapping[str, str], **variables: Any
) -> None:
    """Dispatch the response for `outcome`: the action's own (`replies`, with `variables`),
    else the common one (`COMMON_REPLIES`; a rate limit says when to try again).

    An outcome neither names is answered as "the backend cannot answer this now": an action
    never stays silent and never guesses.
    """
    name = replies.get(outcome.kind)
    if name is None:
        name = COMMON_REPLIES.get(outcome.kind, "utter_backend_unavailable")
        variables = waited(outcome.retry_after) if outcome.kind == "rate_limited" else {}
    dispatcher.utter_message(response=name, **variables)


def waited(seconds: Any) -> dict[str, Any]:
    """A rate limit's wait, in whole minutes rounded up ("in 10 min", not "in 600 seconds":
    sixty-first outside check, F9), with the seconds kept for the record."""
    wait = seconds if isinstance(seconds, int) and seconds > 0 else 60
    return {"retry_after": wait, "retry_after_minutes": max(math.ceil(wait / 60), 1)}


def reset_fallback(tracker: Tracker) -> list[EventType]:
    """Reset the consecutive-misunderstanding counter once the assistant understood."""
    value = tracker.get_slot("fallback_count")
    return [SlotSet("fallback_count", 0.0)] if value not in (None, 0, 0.0) else []


# six digits, possibly split in two groups, anywhere: at the code question, where anything shaped
# like a code counts as a try (identity.py; a phone number typed there is still a try, so the
# limit of 3 cannot be walked around). Elsewhere, "is there a code in this message?" is
# bot.code_format.holds_a_code, which leaves phone numbers' digit groups alone.
CODE_LIKE = re.compile(r"(?<!\d)\d{3}\s?\d{3}(?!\d)")

EMAIL_RE = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+",
    re.ASCII,
)
MAX_EMAIL = 254
MAX_EMAIL_MESSAGE = 512


def find_email(text: Any) -> str | None:
    """The one email address in a message ("c'est jean@acme.fr"), or None.

    ASCII only, length-capped; two different addresses in one message are refused rather
    than guessed. The address is only forwarded to the backend, never stored or echoed.
    """
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_EMAIL_MESSAGE:
        return None
    candidates = {
        m.group(0).strip(".").lower()
        for m in re.finditer(
            r"(?<![A-Za-z0-9.!#$%&'*+/=?^_`{|}~@-])" + EMAIL_RE.pattern, text, re.ASCII
        )
    }
    if len(candidates) != 1:
        return None
    email = candidates.pop()
    return email if len(email) <= MAX_EMAIL and EMAIL_RE.fullmatch(email) else None


def bot_responses(tracker: Tracker) -> list[str]:
    """The response names the assistant said in this session, oldest first (Rasa records
    each as `metadata.utter_action` of a bot event)."""
    names: list[str] = []
    for event in reversed(tracker.events):
        if event.get("event") in ("session_started", "restart"):
            break
        if event.get("event") == "bot":
            name = (event.get("metadata") or {}).get("utter_action")
            if name:
                names.append(name)
    return names[::-1]


def times_said(tracker: Tracker, response: str) -> int:
    """How many times `response` was said in this session (this turn's included)."""
    return bot_responses(tracker).count(response)


def said_this_turn(tracker: Tracker) -> list[str]:
    """The responses said since the customer's latest message, newest first."""
    names: list[str] = []
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "bot":
            names.append((event.get("metadata") or {}).get("utter_action") or "")
    return names


def bot_events_before_this_message(tracker: Tracker) -> Iterator[dict[str, Any]]:
    """The assistant's messages before the customer's latest message, newest first, back to
    the session's start or the last restart."""
    seen_user = False
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind in ("session_started", "restart"):
            return
        if kind == "user":
            seen_user = True
        elif kind == "bot" and seen_user:
            yield event


def said_before_this_message(tracker: Tracker, count: int = 2) -> list[str]:
    """The assistant's last `count` responses before the customer's latest message, newest
    first: what a bare "yes" or "still nothing" answers."""
    names = (
        (event.get("metadata") or {}).get("utter_action")
        for event in bot_events_before_this_message(tracker)
    )
    return list(islice((name for name in names if name), count))


# a number of days or tries in a sentence, with its noun in the singular or the plural: "1 jour",
# "25 jours" (outsider check of 2026-12-01: "Il vous reste 25 jour(s)")
NOUNS = {
    "day": {"fr": ("jour", "jours"), "en": ("day", "days")},
    "attempt": {"fr": ("essai", "essais"), "en": ("attempt", "attempts")},
    "second": {"fr": ("seconde", "secondes"), "en": ("second", "seconds")},
    "minute": {"fr": ("minute", "minutes"), "en": ("minute", "minutes")},
}

# a wait is said in seconds up to a minute and a half, in whole minutes (rounded up) beyond:
# the window's last SMS left the cap's wait, "dans 381 secondes" (sixty-sixth outside check)
SECONDS_UP_TO = 90


def quantity(count: int, lang: str, noun: str) -> str:
    """`count` and its noun in `lang` (French: singular for 0 and 1; English: for 1 only)."""
    one, many = NOUNS[noun]["en" if lang == "en" else "fr"]
    singular = count == 1 or (lang != "en" and count == 0)
    return f"{count} {one if singular else many}"


def wait_text(seconds: int, lang: str) -> str:
    """A wait as a customer reads it: "45 secondes", "7 minutes" (SECONDS_UP_TO)."""
    if seconds <= SECONDS_UP_TO:
        return quantity(max(seconds, 1), lang, "second")
    return quantity(math.ceil(seconds / 60), lang, "minute")
