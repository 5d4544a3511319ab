"""Rasa's check of the action server's answers, without re-checking Rasa's own schema.

Every custom action call (action_session_start on each new conversation, the status,
resend, switch, ticket and handoff actions) ends in `RemoteAction._validate_action_result`,
which calls `jsonschema.validate(result, schema)`. `jsonschema.validate` first checks the
*schema* against the JSON Schema metaschema, then the result: 18 ms of the Rasa event loop
per call measured here, of which 17.5 ms re-check a schema that is a constant of Rasa's
code (0.6 ms for the result itself). With one event loop serving every conversation, 20
conversations opening together queue 20 × 18 ms behind each other: py-spy put 6 % of the
Rasa process's time under load there, and it is what made our FAQ turn p95 at 20
conversations 1.4× the bare `rasa init` assistant, which has no custom action
(bench/RESULTS.md).

`install()` swaps in the same check with the validator built once: same schema, same
draft, same `ValidationError` and message when the action server answers something
malformed. Imported by bot/nlu/__init__.py, which the Rasa server process always loads
(config.yml names our NLU components).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def _validator() -> Any:
    """RemoteAction's response schema, checked against its metaschema once."""
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """RemoteAction._validate_action_result of Rasa 3.6, with the cached validator."""
    error = best_match(_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, "
        "make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    RemoteAction._validate_action_result = _validate_action_result
