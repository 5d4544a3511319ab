"""action_form_thanks: a thanks in the middle of a form; when it says it works, the form stops.

A thanks while a form waits for its answer ("merci", "ok thanks") is not the answer: "let's
carry on" and the form asks again (data/rules/forms.yml). But "c'est bon ça marche, merci"
says the problem the form was started for is gone; carrying on asked the email again and
again (thirtieth outsider check, finding 5). Then the form stops here as a cancel does:
"nothing was changed on your account", the form deactivated, and the next message is
listened to (FollowupAction: the rule's next step, the form, is not run). Which words say it
works: bot/works_again.py.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from actions.common import latest_text, utter
from bot.works_again import says_it_works


class ActionFormThanks(Action):
    def name(self) -> str:
        return "action_form_thanks"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if not says_it_works(latest_text(tracker)):
            utter(dispatcher, domain, "utter_form_continue")
            return []
        utter(dispatcher, domain, "utter_cancelled")
        return [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None), FollowupAction("action_listen")]
