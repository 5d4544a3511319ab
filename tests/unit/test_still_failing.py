"""actions/still_failing.py: what "and now?" / "it still fails" leads to after an answer."""

from __future__ import annotations

import pytest

from actions.still_failing import LAST_RESORT, next_step


@pytest.mark.parametrize("said", [
    ["utter_request_status_completed"],
    ["utter_request_status_completed_unnumbered"],
])
def test_what_now_after_a_completed_reset_is_the_set_up(said):
    """Thirty-sixth outsider check, finding 7: "et maintenant je fais quoi ?" after "your 2FA
    was reset" got "sorry it still doesn't work" and a person; what comes next is setting it
    up again."""
    assert next_step(said) == "utter_how_enable"


def test_a_request_still_open_keeps_the_last_resort():
    assert next_step(["utter_request_status_open"]) == LAST_RESORT
