"""The action server serves exactly the custom actions the domain declares, and every
response an action may dispatch is either in the domain or has a fallback that is."""

from __future__ import annotations

import ast
from pathlib import Path

from rasa_sdk.executor import ActionExecutor

ACTIONS_DIR = Path(__file__).resolve().parents[2] / "actions"
NOT_RESPONSES = {"utter_action"}  # the bot-event metadata key, not a response
FALLBACK_ONLY = {"utter_switch_enter_phone", "utter_switch_same_method", "utter_switch_method_not_enrolled"}


def test_registered_actions_match_the_domain(domain):
    executor = ActionExecutor()
    executor.register_package("actions")
    assert sorted(executor.actions) == sorted(domain["actions"])


def test_dispatched_responses_exist(domain):
    names = set()
    for path in ACTIONS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("utter_"):
                names.add(node.value)
    missing = names - set(domain["responses"]) - FALLBACK_ONLY - NOT_RESPONSES
    assert not missing, f"responses dispatched by the actions but not in domain.yml: {sorted(missing)}"
