"""Two readings settled by a rule after the classifier (bot/nlu/labels.py): a message naming
both methods and preferring one is a switch (bot/nlu/preference.py), and a resend to a number
the customer types or calls new is a changed number (bot/nlu/typed_number.py). Twentieth
outsider check, findings 3, 4 and 6."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.labels import relabel
from bot.nlu.preference import prefers_one_method
from bot.nlu.typed_number import gives_another_number

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from dedup_nlu import nlu_examples  # noqa: E402


def _read(text: str, heard: str, runner_up: str) -> str:
    ranking = [{"name": heard, "confidence": 0.5}, {"name": runner_up, "confidence": 0.3}]
    message = Message(data={TEXT: text, INTENT: dict(ranking[0]), INTENT_RANKING_KEY: ranking})
    relabel(message)
    return message.get(INTENT)["name"]


@pytest.mark.parametrize("text", [
    "is it possible to get the code by SMS rather than with an app?",
    "I already use Google Authenticator, is it possible to get the codes by text instead now?",
    "Je voudrais utiliser Microsoft Authenticator plutôt que les SMS, comment je procède ?",
    "et l'appli au lieu du texto c'est possible ?",
])
def test_both_methods_and_a_preference_is_a_switch(text):
    assert prefers_one_method(text)
    assert _read(text, "ask_enable_app", "request_switch_method") == "request_switch_method"


@pytest.mark.parametrize("text", [
    "how do I set up the authenticator app?",
    "comment activer la double authentification par SMS ?",
    "I prefer the app",  # one method only: its steps
    "what is the difference between SMS and the app?",  # no preference
])
def test_one_method_or_no_preference_stays_the_steps(text):
    assert not prefers_one_method(text)


@pytest.mark.parametrize("text", [
    "can i get the code by email instead of sms or app?",
    "plutôt par mail que par sms ou appli, c'est possible ?",
    "a voice call rather than an SMS or the app?",
])
def test_a_third_way_named_asks_which_methods_there_are(text):
    """Twenty-second outsider check, F1: the email question is about the methods there are
    (ask_methods), not a move between the two; the classifier's reading stays."""
    assert not prefers_one_method(text)
    assert _read(text, "ask_methods", "request_switch_method") == "ask_methods"


def test_a_preference_heard_as_the_methods_is_a_switch():
    text = "is it possible to get the code by SMS rather than with an app?"
    assert _read(text, "ask_methods", "ask_enable_sms") == "request_switch_method"


@pytest.mark.parametrize("text", [
    "my new number is +33 7 55 44 33 22 please send the code there",
    "renvoyez le code sur mon nouveau numéro svp",
    "send it to my other phone",
    "resend it to 06 12 34 56 78",
])
def test_a_resend_to_another_number_is_a_changed_number(text):
    assert gives_another_number(text)
    assert _read(text, "request_resend", "phone_changed") == "phone_changed"


def test_a_resend_to_a_new_number_heard_as_the_contact_is_a_changed_number():
    """Thirty-first outsider check, finding 5: "et vous pouvez l'envoyer sur mon nouveau numéro
    06 11 22 33 44 ?" was heard as the support's contact (a number named) and not understood."""
    text = "et vous pouvez l'envoyer sur mon nouveau numéro 07 98 76 54 32 ?"
    assert _read(text, "ask_contact", "request_resend") == "phone_changed"
    # a number asked for, none sent: the contact
    assert _read("c'est quoi votre numéro de téléphone ?", "ask_contact", "request_resend") == "ask_contact"


@pytest.mark.parametrize("text, read", [
    ("can you resend it to +44 7700 900123", "phone_changed"),  # the number heard as a code
    ("renvoyez-le au +44 7700 900123", "phone_changed"),
    ("mon numéro est le 06 12 34 56 78", "inform"),  # no code asked to be sent
    ("482913", "inform"),
])
def test_a_number_heard_as_a_code_typed_is_a_changed_number_when_a_code_is_asked_for(text, read):
    assert _read(text, "inform", "request_resend") == read


@pytest.mark.parametrize("text", [
    "resend the code please",
    "Envoyez-m'en un autre sur mon portable s'il vous plaît",  # another code, same phone
    "send me a new code",
])
def test_a_plain_resend_stays_a_resend(text):
    assert not gives_another_number(text)
    assert _read(text, "request_resend", "sms_not_received") == "request_resend"


def test_no_resend_line_of_the_training_data_becomes_a_changed_number():
    files = sorted((ROOT / "data" / "nlu").rglob("*.yml")) + sorted((ROOT / "tests" / "nlu").glob("*.yml"))
    caught = [(p.name, t) for p in files for i, t in nlu_examples(p)
              if i == "request_resend" and gives_another_number(t)]
    assert caught == []
