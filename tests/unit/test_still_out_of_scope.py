"""bot/rasa_ext/still_out_of_scope.py: a follow-up that refers back to a declined out-of-scope
question gets the line that it stays support's before any 2FA answer."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_ext.still_out_of_scope import follows_out_of_scope


def _tracker(first: str, answer: str, follow_up: str) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("c", [
        UserUttered(first), BotUttered("…", metadata={"utter_action": answer}), UserUttered(follow_up)])


@pytest.mark.parametrize("first, follow_up, reply", [
    # fourteenth outsider check, F4: the resend of a password-reset email got the SMS's « Renvoyer »
    ("jai oublié mon mot de passe, le mail de reinitialisation arrive pas", "vous pouvez me le renvoyer?",
     "utter_resend_needs_portal"),
    ("the password reset email never came", "can u resend it", "utter_resend_needs_portal"),
    ("the password reset email never came", "can you resend it", "utter_ask_confirm_resend"),
    ("I forgot my password", "how do I reset it?", "utter_phone_changed"),
])
def test_a_follow_up_to_a_declined_question_is_prefaced(first, follow_up, reply):
    assert follows_out_of_scope(reply, _tracker(first, "utter_out_of_scope", follow_up))


@pytest.mark.parametrize("answer, follow_up, reply", [
    ("utter_out_of_scope", "can you resend the SMS code?", "utter_resend_needs_portal"),
    ("utter_out_of_scope", "renvoyez-moi le code svp", "utter_resend_needs_portal"),
    ("utter_sms_not_received", "can u resend it", "utter_resend_needs_portal"),
    ("utter_out_of_scope", "can u resend it", "utter_greet"),
])
def test_a_message_naming_2fa_or_after_a_2fa_answer_is_not(answer, follow_up, reply):
    assert not follows_out_of_scope(reply, _tracker("first", answer, follow_up))
