"""action_check_status: "is my 2FA on, how many days do I have left?"."""

from __future__ import annotations

from datetime import date
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import BackendUnavailable, handle_common_error, language, reset_fallback, support_call, utter

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def format_date(iso: Any, lang: str) -> str:
    """'2024-05-29' -> '29 mai 2024' / '29 May 2024' (the deadline is a Paris calendar date)."""
    try:
        d = date.fromisoformat(str(iso))
    except ValueError:
        return ""
    day = "1er" if (lang == "fr" and d.day == 1) else str(d.day)
    return f"{day} {MONTHS[lang][d.month - 1]} {d.year}"


class ActionCheckStatus(Action):
    """Tells the customer their own 2FA state, only when the backend knows who they are (a
    valid widget session, or an email-code check in this conversation)."""

    def name(self) -> Text:
        return "action_check_status"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        events = reset_fallback(tracker)
        try:
            result = await support_call(tracker, "status")
        except BackendUnavailable:
            utter(dispatcher, domain, "utter_backend_unavailable")
            return events
        if handle_common_error(dispatcher, domain, result):
            return events
        body = result.json
        if result.status != 200:
            utter(dispatcher, domain, "utter_backend_unavailable")
        elif not body.get("known"):
            utter(dispatcher, domain, "utter_status_unknown")
        elif body.get("locked"):
            utter(dispatcher, domain, "utter_status_locked")
        elif body.get("enrolled") and body.get("method") == "totp":
            utter(dispatcher, domain, "utter_status_enrolled_app")
        elif body.get("enrolled"):
            utter(dispatcher, domain, "utter_status_enrolled_sms", masked_phone=body.get("masked_phone") or "•••")
        elif body.get("grace_expired"):
            utter(dispatcher, domain, "utter_status_grace_expired")
        elif isinstance(body.get("days_left"), int) and body.get("deadline"):
            utter(dispatcher, domain, "utter_status_not_enrolled", days_left=body["days_left"],
                  deadline=format_date(body["deadline"], language(tracker)))
        else:
            # known but no deadline yet (no login since the rollout): the general rule
            utter(dispatcher, domain, "utter_status_unknown")
        return events
