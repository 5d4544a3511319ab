"""action_fallback: the assistant did not understand (NLU or dialogue fallback).

First time: ask to rephrase. Second time in a row (and after): offer a person. "In a row"
is read from the conversation itself: the user turns just before this one that were also
answered by action_fallback. So no other action has to reset anything for the count to be
right; the slot `fallback_count` mirrors the count for stories and the agent console, and
the other actions of this package set it back to 0.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import utter

ACTION_NAME = "action_fallback"
OFFER_AFTER = 2


def consecutive_fallbacks(tracker: Tracker) -> int:
    """1 for this turn, plus each directly preceding user turn answered by this action."""
    count = 1
    seen_current_user = False
    fell_back = False
    for event in reversed(tracker.applied_events()):
        kind = event.get("event")
        if kind in ("session_started", "restart"):
            break
        if kind == "action" and event.get("name") == ACTION_NAME:
            fell_back = True
        elif kind == "user":
            if not seen_current_user:
                seen_current_user = True  # the message this action answers
            elif fell_back:
                count += 1
            else:
                break
            fell_back = False
    return count


class ActionFallback(Action):
    def name(self) -> Text:
        return ACTION_NAME

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        count = consecutive_fallbacks(tracker)
        utter(dispatcher, domain, "utter_please_rephrase" if count < OFFER_AFTER else "utter_offer_handoff")
        return [SlotSet("fallback_count", float(count))]
