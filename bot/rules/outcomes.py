"""The verified outcome of a conversation, from what the backend recorded, not from what the
customer said in the chat.

A customer who types "thanks, it works" may still be locked out; one who leaves without a
word may have logged in five minutes later. So the outcome is read from the backend's own
records about the account the conversation identified (docs/outcomes.md):

    resolved     the account completed a login with its second factor (audit `login_verified`),
                 finished enrolling (`enrolled`), or the reset ticket opened in this
                 conversation was completed (`reset_completed`), between the conversation's
                 start and 24 hours after its last message
    handed_off   not resolved, and the conversation created a handoff to the phone line
                 (anonymous conversations too: the handoff itself is a backend record), not
                 one the customer called off in the chat (outcome `withdrawn`)
    unknown      never identified (no widget session, no email code, no ticket): nothing
                 the backend knows can say what happened next
    pending      identified, nothing yet, and the 24 hours are not over: it may still resolve
    abandoned    identified, the 24 hours are over, and none of the above

This module is pure: it takes facts gathered elsewhere (bot/rules/analytics.py) and the
current time, and reads no database, so each rule is tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

WINDOW = timedelta(hours=24)
RESOLVED, HANDED_OFF, ABANDONED, UNKNOWN, PENDING = (
    "resolved",
    "handed_off",
    "abandoned",
    "unknown",
    "pending",
)
OUTCOMES = (RESOLVED, HANDED_OFF, ABANDONED, PENDING, UNKNOWN)
# audit events of the identified account that prove the problem is gone
ACCOUNT_EVIDENCE = frozenset({"login_verified", "enrolled"})


@dataclass(frozen=True)
class Facts:
    """What the backend knows about one conversation."""

    started_at: datetime
    ended_at: datetime
    user_id: int | None = None
    handed_off: bool = False
    # (event, at) of the identified account: audit events such as `login_verified`
    account_events: tuple = ()
    # completion times of the tickets this conversation opened
    tickets_completed: tuple = field(default_factory=tuple)


def in_window(facts: Facts, at: datetime) -> bool:
    """From the conversation's start to 24 h after its last message."""
    return facts.started_at <= at <= facts.ended_at + WINDOW


def resolved(facts: Facts) -> bool:
    if facts.user_id is None:
        return False
    if any(
        event in ACCOUNT_EVIDENCE and in_window(facts, at) for event, at in facts.account_events
    ):
        return True
    return any(in_window(facts, at) for at in facts.tickets_completed)


def outcome(facts: Facts, now: datetime) -> str:
    """One of OUTCOMES (see the module's docstring for the order of the rules)."""
    if resolved(facts):
        return RESOLVED
    if facts.handed_off:
        return HANDED_OFF
    if facts.user_id is None:
        return UNKNOWN
    if now < facts.ended_at + WINDOW:
        return PENDING
    return ABANDONED
