"""action_session_start: a new conversation session.

Rasa runs it on the first message and after `session_expiration_time`; the metadata of the
message that started the session arrives in the built-in slot `session_started_metadata`.

* The widget's locale (`metadata.locale` or `metadata.customData.locale`) sets `language`;
  without one, the previous session's `language` is carried over.
* Nothing else is carried over (`identity_verified`, ticket numbers, counters start again
  from their defaults), and in particular not `session_started_metadata`, which holds the
  customer session token: a token is read from each message, never kept in a slot.
* A session started on purpose (the message `/session_start`) is greeted; one Rasa starts
  by itself before the customer's first message says nothing (that message gets its answer).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import LANGUAGES, locale_from_metadata, utter

METADATA_SLOT = "session_started_metadata"
SESSION_START_INTENT = "session_start"


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        metadata = tracker.get_slot(METADATA_SLOT) or (tracker.latest_message or {}).get("metadata")
        locale = locale_from_metadata(metadata)
        previous = tracker.get_slot("language")
        events: list[EventType] = [SessionStarted()]
        if locale:
            events.append(SlotSet("language", locale))
        elif previous in LANGUAGES:
            events.append(SlotSet("language", previous))
        if ((tracker.latest_message or {}).get("intent") or {}).get("name") == SESSION_START_INTENT:
            # typed or sent by a client: a new start deserves the greeting, not a silence the
            # channel would answer with its apology (outsider finding 16)
            utter(dispatcher, domain, "utter_greet")
        events.append(ActionExecuted("action_listen"))
        return events
