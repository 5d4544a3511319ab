"""action_forget_conversation: the customer confirmed they want this conversation deleted.

The backend does it once this turn is saved (bot/rules/forget.py says why not at once):
the transcript, the rating and the link to the account. Anyone in the conversation may ask
(it holds their own words), so no identity is needed.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import BackendUnavailable, reset_fallback, support_call, utter


class ActionForgetConversation(Action):
    def name(self) -> Text:
        return "action_forget_conversation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        events = reset_fallback(tracker)
        try:
            result = await support_call(tracker, "conversation/forget")
        except BackendUnavailable:
            utter(dispatcher, domain, "utter_forget_unavailable")
            return events
        utter(dispatcher, domain, "utter_conversation_forgotten" if result.status == 202 else "utter_forget_unavailable")
        return events
