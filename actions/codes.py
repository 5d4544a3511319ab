"""action_resend_code ("Renvoyer"); switching methods is actions/switch.py.

It acts on the customer's *pending* portal login or enrollment, so the backend accepts it
only with a valid widget session token (401 `session_required` otherwise). Cooldown (60 s)
and the SMS cap (5 per 10 minutes) are the backend's: the replies only say when to retry.
"""

from __future__ import annotations

import math
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import BackendUnavailable, handle_common_error, reset_fallback, support_call, utter


class ActionResendCode(Action):
    """Resends the SMS code of the pending challenge (rules ask the customer to confirm first)."""

    def name(self) -> Text:
        return "action_resend_code"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        events = reset_fallback(tracker)
        try:
            result = await support_call(tracker, "resend")
        except BackendUnavailable:
            utter(dispatcher, domain, "utter_backend_unavailable")
            return events
        retry_after = max(result.number("retry_after", 60), 1)
        if result.status == 200 and result.json.get("sent"):
            utter(dispatcher, domain, "utter_resend_done", masked_phone=result.json.get("masked_phone") or "•••",
                  retry_after=retry_after)
        elif result.status == 429 and result.error == "cooldown":
            utter(dispatcher, domain, "utter_resend_wait", retry_after=retry_after)
        elif result.status == 429 and result.error == "send_limit":
            utter(dispatcher, domain, "utter_resend_limit", retry_after_minutes=max(math.ceil(retry_after / 60), 1))
        elif result.status == 409:
            utter(dispatcher, domain, "utter_resend_no_pending")
        elif result.status == 400 and result.error == "invalid_phone":
            # the number on file cannot receive SMS: the app is the way out
            utter(dispatcher, domain, "utter_offer_switch")
        elif not handle_common_error(dispatcher, domain, result):
            utter(dispatcher, domain, "utter_backend_unavailable")
        return events
