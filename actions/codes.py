"""action_resend_code ("Renvoyer"); switching methods is actions/switch.py.

It acts on the customer's *pending* portal login or enrollment, so the backend accepts it
only with a valid widget session token (`session_required` otherwise). Cooldown (60 s)
and the SMS cap (5 per 10 minutes) are the backend's: the replies only say when to retry.
"""

from __future__ import annotations

import math
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import MASK_PLACEHOLDER, reply, reset_fallback, support_api
from actions.personal import sms_line
from actions.status import Line, fetch_status, say
from bot.client import Resend

REPLIES = {  # outcome of the resend -> reply (the others: actions.common.COMMON_REPLIES)
    "sent": "utter_resend_done",
    "cooldown": "utter_resend_wait",
    "send_limit": "utter_resend_limit",
    # an SMS-only login: no "Essayer une autre méthode" to suggest, but the phone line
    "send_limit_no_switch": "utter_resend_limit_no_switch",
    "no_pending": "utter_resend_no_pending",
    # the number on file cannot receive SMS: the app is the way out
    "invalid_phone": "utter_offer_switch",
    # a chat not opened from the portal: the popup's « Renvoyer » does it (outsider check F3:
    # "log in first" alone left the customer without the way to get a new SMS)
    "session_required": "utter_resend_needs_portal",
}


NO_PENDING = Line("none", "utter_resend_no_pending")


def resend_variables(outcome: Resend) -> dict[str, Any]:
    """What the reply says: where the SMS went, or when to try again (the cap in minutes)."""
    if outcome.kind == "sent":
        return {
            "masked_phone": outcome.masked_phone or MASK_PLACEHOLDER,
            "retry_after": outcome.retry_after,
        }
    if outcome.kind in ("send_limit", "send_limit_no_switch"):
        return {"retry_after_minutes": max(math.ceil(outcome.retry_after / 60), 1)}
    return {"retry_after": outcome.retry_after} if outcome.kind == "cooldown" else {}


class ActionResendCode(Action):
    """Resends the SMS code of the pending challenge (rules ask the customer to confirm first)."""

    def name(self) -> str:
        return "action_resend_code"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        outcome = await support_api(tracker).resend()
        if outcome.kind == "no_pending":
            # nothing to resend: say what the login or enrollment waits for instead (ninth
            # outsider check: a customer whose enrollment had moved to the app was told to
            # log in to the portal, where they already were)
            say(dispatcher, domain, sms_line(await fetch_status(tracker)) or NO_PENDING)
        else:
            reply(dispatcher, outcome, REPLIES, **resend_variables(outcome))
        return reset_fallback(tracker)
