"""The action server serves exactly the custom actions the domain declares, and every
response an action may dispatch exists in domain.yml, in French and in English."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from rasa_sdk.executor import ActionExecutor

from actions.language import PERSONAL_PREFIX
from actions.suggestions import TITLE_PREFIX, TOPICS

ACTIONS_DIR = Path(__file__).resolve().parents[2] / "actions"
NOT_RESPONSES = {"utter_action"}  # the bot-event metadata key, not a response
PREFIXES = {"utter_ask_", TITLE_PREFIX, PERSONAL_PREFIX}  # names completed at run time (see the tests below)


def _names_in_actions():
    """Every string literal of actions/ that looks like a response name."""
    names = set()
    for path in ACTIONS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and re.fullmatch(r"utter_\w+", value):
                names.add(value)
    return names - NOT_RESPONSES - PREFIXES


def _languages(variations):
    langs = set()
    for variation in variations:
        conditions = variation.get("condition") or []
        langs |= {c.get("value") for c in conditions if c.get("name") == "language"} or {"fr"}
    return langs


def test_registered_actions_match_the_domain(domain):
    executor = ActionExecutor()
    executor.register_package("actions")
    assert sorted(executor.actions) == sorted(domain["actions"])


def test_dispatched_responses_exist_in_both_languages(domain):
    names = _names_in_actions()
    assert len(names) > 40, "the scan found too few names to prove anything"
    missing = sorted(n for n in names if n not in domain["responses"])
    assert not missing, f"responses dispatched by the actions but not in domain.yml: {missing}"
    one_language = sorted(n for n in names if _languages(domain["responses"][n]) != {"fr", "en"})
    assert not one_language, f"responses without both a French and an English variation: {one_language}"


def test_names_completed_at_run_time_exist(domain):
    """action_fallback asks a form's question again (utter_ask_<slot>) and titles the topic
    buttons with utter_topic_<intent>."""
    slots = {slot for form in domain["forms"].values() for slot in form["required_slots"]}
    names = {f"utter_ask_{slot}" for slot in slots} | {TITLE_PREFIX + topic for topic in TOPICS}
    missing = sorted(n for n in names if n not in domain["responses"])
    assert not missing, missing
    assert all(_languages(domain["responses"][n]) == {"fr", "en"} for n in names)
    assert set(TOPICS) <= set(domain["intents"])
