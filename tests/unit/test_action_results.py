"""Rasa checks every answer of the action server against its response schema; with
bot.nlu.action_results installed (the Rasa process imports bot.nlu) it still rejects the
same malformed answers, but checks Rasa's constant schema against the metaschema once
instead of at every custom action call (18 ms of the event loop each: bench/RESULTS.md)."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction

import bot.nlu  # noqa: F401  (installs the check, as in the Rasa server process)

GOOD = {"events": [{"event": "session_started"}, {"event": "slot", "name": "language", "value": "fr"},
                   {"event": "action", "name": "action_listen"}], "responses": []}


@pytest.fixture
def action():
    return RemoteAction("action_session_start", None)


def test_a_well_formed_answer_passes(action):
    assert action._validate_action_result(GOOD) is True


@pytest.mark.parametrize("bad", [
    {"events": [{"name": "language"}]},               # an event without its type
    {"events": "not a list"},
    {"events": [{"event": "slot", "name": 3}]},       # a slot name that is not a string
])
def test_a_malformed_answer_is_refused_with_rasas_message(action, bad):
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(bad)


def test_rasas_schema_is_checked_once_not_at_every_call(action, monkeypatch):
    calls = []
    cls = validator_for(RemoteAction.action_response_format_spec())  # the draft Rasa's schema uses
    original = cls.check_schema.__func__

    def counting(cls, schema, *args, **kwargs):
        calls.append(1)
        return original(cls, schema, *args, **kwargs)

    monkeypatch.setattr(cls, "check_schema", classmethod(counting))
    for _ in range(5):
        action._validate_action_result(GOOD)
    assert len(calls) <= 1
