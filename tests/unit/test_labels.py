"""bot/nlu/labels.py: a question about « Non, pas maintenant » or « Oui, je veux » is not a no
or a yes (thirteenth outsider check, LE09: "and non pas maintenant?" got "All right")."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.labels import label_topic, relabel


@pytest.mark.parametrize("text, topic", [
    ("and non pas maintenant?", "ask_deadline"),
    ("et « Non, pas maintenant » ?", "ask_deadline"),
    ("what does 'not now' do exactly", "ask_deadline"),
    ("c'est quoi non pas maintenant", "ask_deadline"),
    ("NON PAS MAINTENANT ca sert a quoi", "ask_deadline"),
    ("« Oui, je veux » puis quoi ?", "ask_how_enable"),
    ("what's 'Oui, je veux...'?", "ask_how_enable"),
])
def test_a_question_about_the_label_names_its_topic(text, topic):
    assert label_topic(text) == topic


@pytest.mark.parametrize("text", [
    "non pas maintenant", "Non, pas maintenant merci", "no, not now thanks",
    "pas maintenant, quand je serai au bureau", "not now, I'll do it after lunch",
    "oui je veux bien", "yes I want it resent", "non",
    "non pas maintenant " + "je suis très occupé aujourd'hui " * 5 + "?",
])
def test_a_reply_stays_a_reply(text):
    assert label_topic(text) is None


def _message(text: str, intent: str, confidence: float = 0.9) -> Message:
    ranking = [{"name": intent, "confidence": confidence}, {"name": "ask_deadline", "confidence": 0.05},
               {"name": "thank", "confidence": 0.01}]
    return Message(data={TEXT: text, INTENT: dict(ranking[0]), INTENT_RANKING_KEY: ranking})


def test_the_topic_and_the_yes_or_no_swap_places_and_confidences():
    """Not a tie: with both at 0.9 the fallback read an ambiguity and asked to rephrase."""
    message = _message("and non pas maintenant?", "deny")
    relabel(message)
    assert message.get(INTENT) == {"name": "ask_deadline", "confidence": 0.9}
    assert [(r["name"], r["confidence"]) for r in message.get(INTENT_RANKING_KEY)] == [
        ("ask_deadline", 0.9), ("deny", 0.05), ("thank", 0.01)]


def test_other_intents_are_left_alone():
    message = _message("what does non pas maintenant mean for my account?", "ask_my_status")
    relabel(message)
    assert message.get(INTENT)["name"] == "ask_my_status"
