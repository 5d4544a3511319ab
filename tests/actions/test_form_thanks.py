"""action_form_thanks: a thanks inside a form carries on, unless it says it works now; then the
form stops with "nothing was changed" (thirtieth outsider check, finding 5: "c'est bon ça
marche, merci" asked the email again until a goodbye). Through Rasa's rules:
tests/e2e/test_actions_rest.py."""

from __future__ import annotations

import pytest

from actions.form_thanks import ActionFormThanks
from bot.works_again import says_it_works
from tests.actions.driver import Conversation

action = ActionFormThanks()


def in_the_identity_form(domain, text: str, locale: str = "fr") -> Conversation:
    conv = Conversation(domain, locale=locale)
    conv.events.append({"event": "active_loop", "name": "identity_form"})
    conv.events.append({"event": "slot", "name": "requested_slot", "value": "identity_email"})
    conv.say(text, "thank")
    return conv


@pytest.mark.parametrize("text, locale", [
    ("c'est bon ça marche, merci", "fr"),
    ("ah ben ça remarche, l'heure du téléphone était fausse. merci !", "fr"),
    ("actually never mind, it works now, the clock on my phone was off. thanks!", "en"),
    ("problem solved, thank you", "en"),
])
async def test_a_thanks_that_says_it_works_stops_the_form(domain, text, locale):
    turn = await in_the_identity_form(domain, text, locale).run(action)
    assert turn.responses == ["utter_cancelled"]
    assert [(e["event"], e["name"]) for e in turn.events if e["event"] == "active_loop"] == [
        ("active_loop", None)]
    assert turn.slot("requested_slot") is None
    # the form's question is not asked again: the next message is listened to
    assert turn.followup == "action_listen"


@pytest.mark.parametrize("text", [
    "merci", "ok thanks", "c'est bon", "merci, et si ça marche pas ?",
    "merci ça marche toujours pas", "thanks I'll try that",
])
async def test_a_plain_thanks_carries_on(domain, text):
    turn = await in_the_identity_form(domain, text).run(action)
    assert turn.responses == ["utter_form_continue"]
    assert turn.events == [] and turn.followup is None


def test_working_said_with_a_doubt_or_a_question_is_not_working():
    assert not says_it_works("ça marche comment exactement ?")
    assert not says_it_works("it doesn't work anymore")
    assert not says_it_works("it's not working, thanks")
    assert says_it_works("great it's working again, thanks")
    assert says_it_works("ça y est j'ai réussi, merci")
