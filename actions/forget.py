"""action_forget_conversation: the customer confirmed they want this conversation deleted.

The backend does it once this turn is saved (bot/rules/forget.py says why not at once):
the transcript, the rating and the link to the account. Anyone in an anonymous conversation
may ask (it holds their own words); a conversation that identified an account needs that
account's portal session (the backend decides: bot/rules/forget.py).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import reply, reset_fallback, support_api

REPLIES = {  # whatever went wrong, the customer is told it was not done
    "scheduled": "utter_conversation_forgotten",
    "session_required": "utter_forget_login_first",
    "unexpected": "utter_forget_unavailable",
    "unavailable": "utter_forget_unavailable",
}


class ActionForgetConversation(Action):
    def name(self) -> str:
        return "action_forget_conversation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        reply(dispatcher, await support_api(tracker).forget_conversation(), REPLIES)
        return reset_fallback(tracker)
