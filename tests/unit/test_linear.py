"""The intent classifier of config.yml (bot/nlu/linear.py): it learns from the training
data, survives being saved and loaded with the same predictions, and a model file is data
only: a pickled object in it is refused, never run (bot/nlu/linear_store.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import numpy as np
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu import linear_store
from bot.nlu.linear import LinearIntentClassifier

EXAMPLES = {
    "sms_not_received": ["je n'ai pas reçu le SMS", "code jamais arrivé", "the text never came",
                         "no sms received", "pas de code par sms", "I did not get the code"],
    "ask_what_is_2fa": ["c'est quoi la double authentification", "what is two-factor",
                        "2FA c'est quoi", "explain 2FA to me", "à quoi sert la 2FA",
                        "what does two step login mean"],
    "greet": ["bonjour", "hello", "salut", "hi there", "bonsoir", "good morning"],
}


def _training_data() -> TrainingData:
    return TrainingData([Message(data={"text": t, "intent": i})
                         for i, texts in EXAMPLES.items() for t in texts])


def _trained(tmp_path: Path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("classifier")
    context = ExecutionContext(GraphSchema({}), "test")
    config = LinearIntentClassifier.get_default_config()
    component = LinearIntentClassifier.create(config, storage, resource, context)
    component.train(_training_data())
    return component, storage, resource, context, config


def _intents(component, texts):
    messages = [Message(data={"text": t}) for t in texts]
    component.process(messages)
    return [(m.get("intent")["name"], round(m.get("intent")["confidence"], 6)) for m in messages]


TEXTS = ["jai pas recu de sms", "what's 2fa??", "helo", "Bonjour. Hier soir j'ai essayé de me "
         "connecter au portail depuis le bureau. Le code n'est jamais arrivé par SMS ?"]


def test_it_reads_typos_and_long_messages_and_ranks_every_intent(tmp_path):
    component, *_ = _trained(tmp_path)
    got = _intents(component, TEXTS)
    assert [name for name, _ in got] == ["sms_not_received", "ask_what_is_2fa", "greet",
                                         "sms_not_received"]
    message = Message(data={"text": "sms jamais recu"})
    component.process([message])
    ranking = message.get("intent_ranking")
    assert {r["name"] for r in ranking} == set(EXAMPLES)
    assert abs(sum(r["confidence"] for r in ranking) - 1) < 1e-6


def test_a_saved_classifier_loads_with_the_same_predictions(tmp_path):
    component, storage, resource, context, config = _trained(tmp_path)
    loaded = LinearIntentClassifier.load(config, storage, resource, context)
    assert _intents(loaded, TEXTS) == _intents(component, TEXTS)


def test_a_model_file_holding_a_pickled_object_is_refused(tmp_path):
    _, storage, resource, context, config = _trained(tmp_path)
    witness = tmp_path / "ran"
    with storage.write_to(resource) as directory:  # what a tampered model would hold
        weights = dict(np.load(directory / linear_store.ARRAYS))
        weights["coef"] = np.array([Exploit(witness)], dtype=object)
        np.savez(directory / linear_store.ARRAYS, **weights)
    with pytest.raises(ValueError, match="pickle"):
        LinearIntentClassifier.load(config, storage, resource, context)
    assert not witness.exists()


def test_weights_that_do_not_fit_the_vocabulary_are_refused(tmp_path):
    _, storage, resource, context, config = _trained(tmp_path)
    with storage.write_to(resource) as directory:
        weights = dict(np.load(directory / linear_store.ARRAYS))
        weights["coef"] = weights["coef"][:, :-1]
        np.savez(directory / linear_store.ARRAYS, **weights)
    with pytest.raises(ValueError, match="weights"):
        LinearIntentClassifier.load(config, storage, resource, context)


class Exploit:
    """Creates the file `witness` when unpickled: code a tampered model would run."""

    def __init__(self, witness: Path) -> None:
        self.witness = witness

    def __reduce__(self):
        return (Path.touch, (self.witness,))
