"""action_resend_code ("Renvoyer") and action_switch_method ("Essayer une autre méthode").

Both act on the customer's *pending* portal login or enrollment, so the backend accepts them
only with a valid widget session token (401 `session_required` otherwise). Cooldown (60 s)
and the SMS cap (5 per 10 minutes) are the backend's: the replies only say when to retry.
"""

from __future__ import annotations

import math
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import BackendUnavailable, handle_common_error, reset_fallback, support_call, utter

METHODS = ("sms", "totp")


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


class ActionSwitchMethod(Action):
    """Switches the pending login or enrollment to the other method (slot `method`), or asks
    which method when the slot is empty. The slot is cleared afterwards so that the next
    request asks again instead of replaying an old choice."""

    def name(self) -> Text:
        return "action_switch_method"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        events = reset_fallback(tracker)
        method = tracker.get_slot("method")
        if method not in METHODS:
            utter(dispatcher, domain, "utter_ask_method")
            return events + ([SlotSet("method", None)] if method is not None else [])
        events.append(SlotSet("method", None))
        try:
            result = await support_call(tracker, "switch-method", method=method)
            if result.status == 200:
                await self._done(dispatcher, tracker, domain, method, result.json.get("next_step"))
                return events
        except BackendUnavailable:
            utter(dispatcher, domain, "utter_backend_unavailable")
            return events
        if result.status == 409 and result.error == "no_pending_challenge":
            utter(dispatcher, domain, "utter_switch_no_pending")
        elif result.status == 409 and result.error == "same_method":
            utter(dispatcher, domain, "utter_switch_same_method", fallback="utter_switch_no_pending")
        elif result.status == 409 and result.error == "method_not_enrolled":
            utter(dispatcher, domain, "utter_switch_method_not_enrolled", fallback="utter_contact")
        elif result.status == 400 and result.error == "invalid_method":
            utter(dispatcher, domain, "utter_ask_method")
        elif not handle_common_error(dispatcher, domain, result):
            utter(dispatcher, domain, "utter_backend_unavailable")
        return events

    @staticmethod
    async def _done(dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any],
                    method: str, next_step: Any) -> None:
        if method == "totp":
            utter(dispatcher, domain, "utter_switch_done_app")
            return
        if next_step == "code_sent":
            # the switch answer carries no number: the status gives the masked one on file
            masked = None
            try:
                status = await support_call(tracker, "status")
                if status.status == 200:
                    masked = status.json.get("masked_phone")
            except BackendUnavailable:
                pass
            utter(dispatcher, domain, "utter_switch_done_sms", masked_phone=masked or "•••")
        else:
            # enrollment by SMS: the number is typed in the portal popup, never in the chat
            utter(dispatcher, domain, "utter_switch_enter_phone", fallback="utter_enable_sms")
