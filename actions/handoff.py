"""action_handoff: hand the conversation to a person.

The backend records the handoff (conversation id, language, reason, and the customer when
the widget session or an email check proves who it is) and returns a short reference the
customer gives on the phone line; the agent console finds the conversation from it.

The backend also says whether the phone line is open (bot/rules/business_hours.py): outside
its hours the reply says when it opens and what can be done meanwhile (the reset request in
"Mes demandes" or here, the support email) instead of "call now".
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import BackendUnavailable, language, reset_fallback, support_call, utter


def handoff_reason(tracker: Tracker) -> str:
    """Why the customer is handed over, in a few words for the agent (never message text)."""
    if tracker.get_slot("identity_verified") is False:
        return "identity_check_failed"
    recent = [e.get("name") for e in tracker.events[-12:] if e.get("event") == "action"]
    if "action_fallback" in recent:
        return "not_understood"
    intent = (tracker.latest_message or {}).get("intent", {}).get("name")
    return "customer_request" if intent in (None, "request_human") else "other"


def handoff_reply(line: Any) -> tuple[str, dict]:
    """The response for the line's state: open (or unknown: an older backend), closed with
    the next opening, closed with no opening known."""
    if not isinstance(line, dict) or line.get("open") is not False:
        return "utter_handoff", {}
    opens = line.get("opens_text")
    if isinstance(opens, str) and opens:
        return "utter_handoff_closed", {"opens": opens}
    return "utter_handoff_closed_no_date", {}


class ActionHandoff(Action):
    def name(self) -> Text:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        events = reset_fallback(tracker)
        try:
            result = await support_call(tracker, "handoffs", language=language(tracker),
                                        reason=handoff_reason(tracker))
        except BackendUnavailable:
            utter(dispatcher, domain, "utter_handoff_unavailable")
            return events
        reference = result.json.get("reference")
        if result.status in (200, 201) and isinstance(reference, str) and reference:
            reply, variables = handoff_reply(result.json.get("line"))
            utter(dispatcher, domain, reply, reference=reference, **variables)
            return events + [SlotSet("handoff_reference", reference)]
        utter(dispatcher, domain, "utter_handoff_unavailable")
        return events
