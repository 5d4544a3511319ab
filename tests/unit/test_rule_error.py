"""RuleError.retry_later: the one way the rules refuse with a 429, its body unchanged."""

from __future__ import annotations

import json

from bot.rules.context import RuleError


def test_retry_later_is_a_429_with_retry_after():
    err = RuleError.retry_later("cooldown", "A code was just sent.", 60)
    assert err.status == 429 and err.error == "cooldown" and str(err) == "A code was just sent."
    assert err.extra == {"retry_after": 60}


def test_retry_later_body_is_byte_identical_to_the_hand_built_one():
    by_hand = RuleError(429, "too_soon", "Wait 4 s before trying another code.", retry_after=4)
    built = RuleError.retry_later("too_soon", "Wait 4 s before trying another code.", 4)
    assert json.dumps(built.body()) == json.dumps(by_hand.body())


def test_retry_later_keeps_other_extras_after_retry_after():
    err = RuleError.retry_later("too_many", "Wait.", 5, attempts_left=2)
    assert list(err.body()) == ["error", "message", "retry_after", "attempts_left"]
