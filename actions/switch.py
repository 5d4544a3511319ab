"""action_switch_method: "Essayer une autre méthode", done by the assistant for the customer.

The target is the method the customer wants to move to, read from the message itself
(actions/target_method.py); when it is not clear, the assistant asks (buttons). The backend
switches the pending login or enrollment of the customer's widget session and answers
with what happened; every answer has its own reply, in both languages:

* switched: what changed and what to do next on screen (scan the QR code, type the app's
  code, type the number in the popup, or the code sent to the masked number);
* already that method; not set up on this account (a reset ticket is the way: button);
* nothing pending: the customer's own situation decides (already their method, SMS not
  set up, not enrolled yet, or how to do it at the next login);
* no widget session (an anonymous chat, or identity proven by email only): how to do it
  on screen, with the portal's labels, and that the chat opened from the portal can do it.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (BackendUnavailable, Result, handle_common_error, latest_text, reset_fallback,
                            support_call, utter)
from actions.status import MASK_PLACEHOLDER, fetch_status
from actions.target_method import target_method

DONE = {  # (method, purpose) -> reply once the backend switched
    ("totp", "enroll"): "utter_switch_done_app",
    ("totp", "login"): "utter_switch_done_app_login",
    ("sms", "enroll"): "utter_switch_enter_phone",
    ("sms", "login"): "utter_switch_sms_not_sent",
}
REFUSED = {  # (backend error, method) -> reply
    ("same_method", "sms"): "utter_switch_same_method_sms",
    ("same_method", "totp"): "utter_switch_same_method_app",
    ("method_not_enrolled", "sms"): "utter_switch_not_enrolled_sms",
    ("method_not_enrolled", "totp"): "utter_switch_not_enrolled_app",
}
ACCOUNT_USES = {"sms": "utter_switch_account_uses_sms", "totp": "utter_switch_account_uses_app"}


def no_pending_reply(body: Optional[Dict[str, Any]], method: str) -> str:
    """Nothing to switch right now: answer from the customer's own situation."""
    if not body or not body.get("known"):
        return "utter_switch_no_pending"
    if body.get("locked"):
        return "utter_status_locked"
    if not body.get("enrolled"):
        return "utter_switch_choose_at_enrollment"
    if body.get("method") == method:
        return ACCOUNT_USES[method]
    if method == "sms" and not body.get("masked_phone"):
        return "utter_switch_not_enrolled_sms"
    return "utter_switch_no_pending"


class ActionSwitchMethod(Action):
    def name(self) -> Text:
        return "action_switch_method"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        events = reset_fallback(tracker)
        method = target_method(latest_text(tracker), (tracker.latest_message or {}).get("entities"))
        if method is None:
            utter(dispatcher, domain, "utter_ask_method")
            return events
        try:
            result = await support_call(tracker, "switch-method", method=method)
            await self._reply(dispatcher, tracker, domain, method, result)
        except BackendUnavailable:
            utter(dispatcher, domain, "utter_backend_unavailable")
        return events

    async def _reply(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any],
                     method: str, result: Result) -> None:
        """One reply per answer of the backend. Raises BackendUnavailable."""
        if result.status == 200:
            await self._done(dispatcher, tracker, domain, method, result.json)
        elif result.status == 401 and result.error == "session_required":
            utter(dispatcher, domain, "utter_switch_howto")
        elif (result.error, method) in REFUSED:
            utter(dispatcher, domain, REFUSED[(result.error, method)])
        elif result.error == "no_pending_challenge":
            utter(dispatcher, domain, no_pending_reply(await fetch_status(tracker), method))
        elif result.error == "invalid_method":
            utter(dispatcher, domain, "utter_ask_method")
        elif not handle_common_error(dispatcher, domain, result):
            utter(dispatcher, domain, "utter_backend_unavailable")

    @staticmethod
    async def _done(dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any],
                    method: str, answer: Dict[str, Any]) -> None:
        if method == "sms" and answer.get("next_step") == "code_sent":
            # the switch answer carries no number: the status gives the masked one on file
            body = await fetch_status(tracker)
            utter(dispatcher, domain, "utter_switch_done_sms",
                  masked_phone=(body or {}).get("masked_phone") or MASK_PLACEHOLDER)
            return
        purpose = answer.get("purpose") if answer.get("purpose") in ("enroll", "login") else "enroll"
        utter(dispatcher, domain, DONE[(method, purpose)])
