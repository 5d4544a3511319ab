"""The trained classifier on two-question messages written blind (tests/field/two_questions:
80 messages asking two things, 40 look-alikes asking one, written on 2026-12-04 by a helper
that read only the article and the topic catalogue; never trained on).

A message's two topics are found when the message's reading (the classifier, then the reading
rules of bot/nlu/labels.py) and its second question (bot/nlu/second_question.py, after them)
cover both,
a topic counting as found when one of the same answer's family was (second_question.family).
Measured on 2026-12-04: 52 of 80 found (none with the classifier alone), 1 of the 40
look-alikes given a second answer; 55 of 80 and 1 of 40 once the second question was read
after the reading rules, from the message's settled topic, and 59 of 80 once a request
read for sure counted as asked without a question mark (tenth session). The floors below leave a few messages of room; a drop
under them is a change that lost second questions or added answers nobody asked for."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.message import Message

from bot.launcher import latest_model
from bot.nlu import labels, linear_store
from bot.nlu.linear import LinearIntentClassifier, build_pipeline
from bot.nlu.second_question import SecondQuestion, family

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "tests" / "field" / "two_questions"


@pytest.fixture(scope="module")
def classifier(tmp_path_factory):
    """The model's LinearIntentClassifier, loaded as Rasa loads it (data only)."""
    model = latest_model()
    if model is None:
        pytest.fail("no trained model in models/: `make train` first")
    folder = tmp_path_factory.mktemp("model")
    with tarfile.open(model) as archive:
        members = [m for m in archive.getmembers() if "LinearIntentClassifier" in m.name]
        archive.extractall(folder, members=members)
    (resource,) = {p.parent for p in folder.rglob("classes.json")}
    config = next(
        c for c in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]
        if c["name"].endswith("LinearIntentClassifier")
    )
    full = {**LinearIntentClassifier.get_default_config(), **config}
    pipeline = linear_store.load(build_pipeline(full), resource)
    return LinearIntentClassifier(full, None, None, pipeline)


def _reading(component, text):
    """(the message's topic after the reading rules, its second question), the three steps
    in config.yml's order."""
    message = Message(data={"text": text})
    component.process([message])
    labels.LabelQuestions().process([message])
    SecondQuestion().process([message])
    return message.get("intent")["name"], message.get("also_asked")


def _messages(name):
    return yaml.safe_load((SETS / name).read_text(encoding="utf-8"))["messages"]


# (the set's files, the fewest of its 80 messages with both topics found): the first set was
# used to choose the rules (52, then 55 and 59 of 80, then 62 with first_of); the second,
# written blind on 2026-12-04 (tenth session) after them, checked them: 48 of 80 with
# requests counted as asked (41 without), 49 with first_of
TWO = [(("two-fr.yml", "two-en.yml"), 58), (("two2-fr.yml", "two2-en.yml"), 45)]
ONE = [("one-fr.yml", "one-en.yml"), ("one2-fr.yml", "one2-en.yml")]


@pytest.mark.parametrize("names, floor", TWO, ids=lambda v: str(v))
def test_both_questions_of_a_message_are_found(classifier, names, floor):
    found, missed = 0, []
    for name in names:
        for m in _messages(name):
            topic, also = _reading(classifier, m["text"])
            got = {topic} | ({also} if also else set())
            if all(any(g in family(want) for g in got) for want in m["topics"]):
                found += 1
            else:
                missed.append((m["topics"], topic, also, m["text"]))
    assert found >= floor, f"{found} of 80 found; missed:\n" + "\n".join(map(str, missed))


@pytest.mark.parametrize("names", ONE, ids=lambda v: str(v))
def test_one_question_gets_one_answer(classifier, names):
    doubled = []
    for name in names:
        for m in _messages(name):
            topic, also = _reading(classifier, m["text"])
            if also and also not in family(topic):
                doubled.append((m.get("topic", m.get("topics")), topic, also, m["text"]))
    assert len(doubled) <= 3, "look-alikes given a second answer:\n" + "\n".join(map(str, doubled))
