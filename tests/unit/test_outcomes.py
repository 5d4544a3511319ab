"""bot/rules/outcomes.py: the verified outcome of a conversation, rule by rule."""

from __future__ import annotations

from datetime import timedelta

from bot.rules import outcomes as o
from tests.helpers import utc

START = utc(2026, 11, 2, 9, 0)
END = START + timedelta(minutes=5)
AFTER = END + timedelta(hours=25)


def facts(**kw):
    return o.Facts(START, END, **kw)


def test_login_with_2fa_or_enrollment_within_24_hours_resolves():
    for event in ("login_verified", "enrolled"):
        assert o.outcome(facts(user_id=1, account_events=((event, END + timedelta(hours=23)),)), AFTER) == o.RESOLVED
    # during the chat counts too; before it or after the 24 hours does not
    assert o.outcome(facts(user_id=1, account_events=(("login_verified", START + timedelta(minutes=1)),)),
                     AFTER) == o.RESOLVED
    for at in (START - timedelta(seconds=1), END + timedelta(hours=24, seconds=1)):
        assert o.outcome(facts(user_id=1, account_events=(("login_verified", at),)), AFTER) == o.ABANDONED


def test_other_account_events_prove_nothing():
    assert o.outcome(facts(user_id=1, account_events=(("login", END), ("code_refused", END))), AFTER) == o.ABANDONED


def test_completed_ticket_of_the_conversation_resolves_and_beats_the_handoff():
    done = facts(user_id=1, handed_off=True, tickets_completed=(END + timedelta(hours=5),))
    assert o.outcome(done, AFTER) == o.RESOLVED
    late = facts(user_id=1, handed_off=True, tickets_completed=(END + timedelta(hours=30),))
    assert o.outcome(late, AFTER) == o.HANDED_OFF


def test_handoff_counts_for_anonymous_conversations():
    assert o.outcome(facts(handed_off=True), AFTER) == o.HANDED_OFF


def test_never_identified_is_unknown_even_with_evidence_elsewhere():
    assert o.outcome(facts(account_events=(("login_verified", END),)), AFTER) == o.UNKNOWN


def test_identified_without_evidence_is_pending_then_abandoned():
    assert o.outcome(facts(user_id=1), END + timedelta(hours=23)) == o.PENDING
    assert o.outcome(facts(user_id=1), END + timedelta(hours=24)) == o.ABANDONED
