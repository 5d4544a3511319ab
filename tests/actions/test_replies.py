"""actions.common.reply: an action's own response for an outcome, else the one every action
gives (session required, locked, rate limited, backend down), never silence."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.common import reply
from bot.client import Outcome, Resend


def _said(outcome, replies=None, **variables):
    dispatcher = CollectingDispatcher()
    reply(dispatcher, outcome, replies or {}, **variables)
    assert len(dispatcher.messages) == 1
    return {k: v for k, v in dispatcher.messages[0].items() if v not in (None, [], {}) and k != "template"}


def test_the_action_own_reply_comes_first_with_its_variables():
    said = _said(Resend("cooldown", 42), {"cooldown": "utter_resend_wait"}, retry_after=42)
    assert said == {"response": "utter_resend_wait", "retry_after": 42}


def test_an_action_may_answer_a_common_outcome_its_own_way():
    said = _said(Outcome("session_required"), {"session_required": "utter_switch_howto"})
    assert said == {"response": "utter_switch_howto"}


def test_common_outcomes_get_the_common_replies():
    assert _said(Outcome("session_required")) == {"response": "utter_session_required"}
    assert _said(Outcome("locked")) == {"response": "utter_account_locked"}
    assert _said(Outcome("unavailable")) == {"response": "utter_backend_unavailable"}
    assert _said(Outcome("unexpected")) == {"response": "utter_backend_unavailable"}


def test_a_rate_limit_says_when_to_try_again_and_nothing_else():
    said = _said(Outcome("rate_limited", 90), {"sent": "utter_resend_done"}, masked_phone="+33 6•• ••• •42")
    assert said == {"response": "utter_rate_limited", "retry_after": 90, "retry_after_minutes": 2}


def test_a_long_wait_is_said_in_minutes():
    """Sixty-first outside check, F9: « Merci de réessayer dans 600 secondes »."""
    said = _said(Outcome("rate_limited", 600))
    assert said["retry_after_minutes"] == 10
    assert _said(Outcome("rate_limited", 5))["retry_after_minutes"] == 1


def test_an_outcome_nobody_names_is_not_silence():
    assert _said(Outcome("something_new")) == {"response": "utter_backend_unavailable"}


def test_numbers_take_the_right_noun():
    """Outsider check of 2026-12-01: "Il vous reste 25 jour(s)", "2 essai(s)"."""
    from actions.common import quantity

    assert [quantity(n, "fr", "day") for n in (0, 1, 25)] == ["0 jour", "1 jour", "25 jours"]
    assert [quantity(n, "en", "day") for n in (0, 1, 25)] == ["0 days", "1 day", "25 days"]
    assert quantity(2, "fr", "attempt") == "2 essais" and quantity(1, "en", "attempt") == "1 attempt"
