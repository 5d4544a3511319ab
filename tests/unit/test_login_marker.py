"""bot/nlu/login.py: the entity that tells the rules whether a typed message came with a
portal session token (so an anonymous FAQ answer makes no action server call)."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.login import ANONYMOUS, LOGGED_IN, PortalLoginMarker, login_state


def marked(text: str, metadata=None) -> list[dict]:
    message = Message(data={"text": text, "metadata": metadata})
    PortalLoginMarker().process([message])
    return [e for e in message.get("entities", []) if e["entity"] == "portal_login"]


@pytest.mark.parametrize(
    "metadata",
    [{"session_token": "t.k.n"}, {"customData": {"session_token": "t.k.n", "locale": "fr"}}],
    ids=["rest", "nested-customData"],
)
def test_a_message_with_a_token_is_logged_in(metadata):
    assert [e["value"] for e in marked("combien de jours il me reste", metadata)] == [LOGGED_IN]


@pytest.mark.parametrize(
    "metadata",
    [
        None,
        {},
        {"locale": "en"},
        {"session_token": ""},
        {"session_token": 42},
        {"session_token": "x" * 5000},
    ],
    ids=["none", "empty", "locale-only", "empty-token", "not-a-string", "oversized"],
)
def test_a_message_without_a_plausible_token_is_anonymous(metadata):
    assert [e["value"] for e in marked("how many days do I have", metadata)] == [ANONYMOUS]


def test_buttons_say_nothing_and_the_slot_keeps_the_last_typed_state():
    # Rasa's RegexMessageHandler replaces a payload's entities anyway
    assert login_state("/ask_deadline", {"session_token": "t"}) is None
    assert marked("/ask_deadline", {}) == []


def test_the_token_itself_never_reaches_the_entities():
    message = Message(data={"text": "hello", "metadata": {"session_token": "secret.value"}})
    PortalLoginMarker().process([message])
    assert "secret.value" not in repr(message.get("entities"))
