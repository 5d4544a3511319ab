"""A login code typed alone, outside any question for one: never a topic.

After the reset's email check had stopped ("too many invalid attempts"), "333333" got the
out-of-scope answer (the classifier: out_of_scope 0.27, inform 0.25) and "444444" the warning
that no code is awaited here (thirtieth outsider check, finding 10): two replies to one thing.
A message that is a code and nothing else (six digits, maybe cut in two as read from a
screen) is an answer given where none is asked (`inform`): inside a form it is the form's
answer (actions/identity.py reads it whatever the intent), elsewhere the fallback's
"I'm not waiting for a code here, never share it" (actions/fallback.py, utter_fallback_code).
"""

from __future__ import annotations

from bot.code_format import normalize_code


def is_a_code_alone(text: str) -> bool:
    """The message is six digits, maybe split by spaces, and nothing else."""
    return normalize_code((text or "").strip().replace("-", " ")) is not None
