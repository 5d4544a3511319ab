"""Handoffs to the phone line (issue 20): waiting (stored as `open`) -> taken -> closed with
the agent's outcome and note.

Why: the queue is oldest first with the waiting time, so the customer who called first is
served first; closing asks what happened (`outcome`) so a "no answer" can be called back and
a "ticket opened" followed in the ticket queue. A conversation has one waiting handoff at a
time: asking again gives the same reference. References are read aloud on the phone.

Anonymous handoffs (no portal session) are capped per hour, all chats together and per client
(the chat channel's key of the client's address): a new conversation costs nothing, and one
client must not spend everyone's share (`anonymous_queue_full`, `client_spent_its_share`).

Pure: bot/rules/handoff_lifecycle.py and bot/rules/support.py store them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

OUTCOMES = ("solved_on_phone", "ticket_opened", "no_answer", "other")
# a waiting handoff the customer called off in the chat ("non en fait laisse tomber" right
# after the reference): closed by the customer with this outcome, which no agent chooses, so
# the queue no longer shows a call nobody will make (thirty-ninth outsider check, F9)
WITHDRAWN = "withdrawn"
BY_CUSTOMER = "customer"
ACTIVE = ("open", "taken")
LANGUAGES = ("fr", "en")
MAX_NOTE = 2000
MAX_REASON = 64
REFERENCE_MESSAGE = "A reference is 6 letters and digits."


@dataclass(frozen=True)
class Closing:
    outcome: str
    note: str | None


@dataclass(frozen=True)
class Invalid:
    error: str
    message: str


def language(raw: object) -> str:
    return raw if raw in LANGUAGES else "fr"


def reason(raw: object) -> str:
    """Why the assistant handed off (a short label), or "request"."""
    ok = isinstance(raw, str) and 0 < len(raw) <= MAX_REASON and raw.isprintable()
    return raw if ok else "request"  # type: ignore[return-value]


# reasons that say only that the customer asked (or that the assistant did not follow): what
# the account shows says more to the agent who takes the call
GENERIC_REASONS = frozenset({"customer_request", "request", "other", "not_understood"})
# topics a lock explains: a locked account gets no code and refuses every one typed, so an SMS
# that "never came" or a code "refused" on a locked account is the lock, which only an agent
# lifts (forty-eighth outsider check, F14: a locked customer's handoff read "SMS never
# received", and only the `locked` flag showed the agent what to do). A topic the lock does not
# explain (a changed phone, the SMS limit) still says more.
LOCK_EXPLAINS = frozenset({"sms_not_received", "code_rejected", "cannot_log_in"})


def reason_for_agent(
    said: str,
    locked: bool,
    ticket_open: bool,
    current: str | None = None,
    withdrawn: str | None = None,
) -> str:
    """The reason the queue shows. The chat's reason when it names a topic ("sms_limit",
    "phone_changed"...); a generic one gives way to the account's state, which the chat may
    not know: a locked account ("account_locked": only an agent unlocks it) or a reset
    request already open ("reset_ticket_open": the call is about it). Eighth outsider check:
    every handoff of a locked customer or one with an open request read "customer_request".

    `current`: the reason of a waiting handoff the customer asked for again (from another
    chat, ninth outsider check): one that names something stays; a generic one gives way like
    a new handoff's.

    `withdrawn`: the reason of the handoff this conversation called off before asking again
    ("forget it", then "actually yes, call me"): a generic new reason takes it, after the
    account's state (forty-sixth outsider check, F16: the agent saw `customer_request` where
    the withdrawn call said `sms_not_received`).

    A topic that the lock explains (LOCK_EXPLAINS) gives way to the lock."""
    if locked and {said, current} & LOCK_EXPLAINS:
        return "account_locked"
    if current is not None and current not in GENERIC_REASONS:
        return current
    if said not in GENERIC_REASONS:
        return said
    if locked:
        return "account_locked"
    if ticket_open:
        return "reset_ticket_open"
    if withdrawn is not None and withdrawn not in GENERIC_REASONS:
        return withdrawn
    return current or said


ANONYMOUS_WINDOW_SECONDS = 3600


def anonymous_queue_full(created_in_window: int, per_hour: int) -> bool:
    """Whether an anonymous chat may add one more line to the queue. Only anonymous ones are
    counted and capped, all conversations together: a new conversation costs nothing, so a
    per-conversation limit stops no script (outsider attacker check of 2026-12-01, F2: 15
    references in 3 s). A customer logged in on the portal is never held back, and an
    anonymous one past the cap still gets the phone line, without a reference."""
    return created_in_window >= per_hour


def client_spent_its_share(created_by_client: int, per_client: int) -> bool:
    """Whether this client (the chat channel's key of its address) already made its share of
    the anonymous handoffs of the hour. The cap above is everyone's: the thirty-sixth outsider
    check (finding 10) spent the remaining 26 of the 30 in about a second from one client, and
    every anonymous customer then got the phone line without a reference for the rest of the
    hour. The global cap stays for a flood from many addresses. `per_client` 0: no such cap."""
    return per_client > 0 and created_by_client >= per_client


# the chat channels' key: 32 hex characters of an HMAC (bot/rasa_ext/client_key.py); the
# backend takes any short token so that the key's format can change without a migration
MAX_CLIENT_KEY = 64
CLIENT_KEY_RE = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_CLIENT_KEY}}}")
CLIENT_KEY_MESSAGE = f"client is 1 to {MAX_CLIENT_KEY} letters, digits, '-' or '_' when given."


def client_key(raw: object) -> str | None | Invalid:
    """The handoff's `client` field: None when absent (older clients, direct API callers:
    the global cap only), the key, or Invalid."""
    if raw is None:
        return None
    if isinstance(raw, str) and CLIENT_KEY_RE.fullmatch(raw):
        return raw
    return Invalid("invalid_client", CLIENT_KEY_MESSAGE)


def normalize_reference(raw: object) -> str | None:
    """A reference as typed or read aloud ("ab-c 123"), or None when it cannot be one."""
    if not isinstance(raw, str):
        return None
    ref = raw.strip().upper().replace(" ", "").replace("-", "")
    if not (4 <= len(ref) <= 8) or not ref.isalnum() or not ref.isascii():
        return None
    return ref


def waiting_seconds(
    created_at: datetime, taken_at: datetime | None, closed_at: datetime | None, now: datetime
) -> int:
    """How long the customer waited: until an agent took it, or until now while nobody has."""
    end = taken_at or closed_at or now
    return max(0, int((end - created_at).total_seconds()))


def take_refusal(status: str, taken_by: str | None, agent: str) -> str | None:
    """Why this agent cannot take this handoff, or None when they can. Taking one's own handoff
    again is not refused: a double click in the console answered 409 "already taken by" the
    agent themself (forty-second outsider check, F10); nothing changes (`already_theirs`)."""
    if status == "open" or already_theirs(status, taken_by, agent):
        return None
    return f"This handoff is already {status}" + (
        f" by {taken_by}." if status == "taken" and taken_by else "."
    )


def already_theirs(status: str, taken_by: str | None, agent: str) -> bool:
    """This agent took it already and has not closed it."""
    return status == "taken" and taken_by == agent


def closing(outcome: object, note: object) -> Closing | Invalid:
    """The outcome is one of OUTCOMES; the note is optional except for `other`, where it is
    the only record of what happened."""
    if outcome not in OUTCOMES:
        return Invalid("invalid_outcome", f"outcome must be one of {', '.join(OUTCOMES)}.")
    if note is not None and (
        not isinstance(note, str)
        or len(note) > MAX_NOTE
        or any(not ch.isprintable() and ch not in "\n\t" for ch in note)
    ):
        return Invalid("invalid_note", f"The note is text of at most {MAX_NOTE} characters.")
    text = note.strip() if isinstance(note, str) and note.strip() else None
    if outcome == "other" and text is None:
        return Invalid("invalid_note", "Say in the note what happened (outcome: other).")
    return Closing(outcome, text)
