"""End-to-end fixtures: one whole stack (`python -m bot stack`) per test session.

`stack` (session scope) is a tests.e2e.stack.Stack: backend, action server and Rasa on free
loopback ports with a temporary SQLite database and fixed secrets. Without a trained model
(models/*.tar.gz or RASA_MODEL) the end-to-end tests are skipped; under CI=true they fail.
"""

from __future__ import annotations

import pytest

from tests.e2e.stack import IN_CI, find_model, start_stack

E2E_ENV = {
    # a short cooldown so that a resend can be tested without waiting a minute
    "SMS_RESEND_COOLDOWN_SECONDS": "3",
}


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    if find_model() is None:
        reason = "no trained Rasa model (models/*.tar.gz or RASA_MODEL): run `make train`"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)  # outside CI only: under CI=true the line above fails instead
    try:
        s = start_stack(tmp_path_factory.mktemp("e2e-stack"), E2E_ENV)
    except RuntimeError as exc:
        pytest.fail(str(exc))
    yield s
    s.stop()
