"""action_request_status: "où en est ma demande ?" from a customer the backend knows.

A customer who needs a reset is stuck at the second factor, so « Mes demandes », which the
general answer points to, does not open for them (ninth and tenth outsider checks: the chat
gave the general text twice, and "why was it refused?" got the refused-code checks). The
backend's status carries the account's latest reset request; this action says it: open since
when, completed (set 2FA up again at the next login), refused (the reason is in the email: a
password alone does not show it), or none. Past the password step only, the backend withholds
the number, and the reply says where it is (`_unnumbered`). A chat not opened from the portal,
or a backend that cannot answer, gets the general answer (utter_request_status).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language, latest_text, reset_fallback, utter
from actions.status import (
    fetch_status,
    request_response,
    request_values,
    session_ended_response,
)
from bot.reference_format import typed_ticket_numbers

BY_STATUS = {
    "open": "utter_request_status_open",
    "completed": "utter_request_status_completed",
    "refused": "utter_request_status_refused",
}
GENERAL = "utter_request_status"
NONE = "utter_request_status_none"
# no request, and none is needed: the account has no 2FA yet (forty-third outsider check, F7:
# "where is my request?" right after "nothing to reset" got "I can open one for you")
NONE_NOT_ENROLLED = "utter_request_status_none_not_enrolled"


# a request number named that is not the customer's own latest one (or one the session may not
# see, past the password step only): neither looked up nor said to exist, like any reference
# from elsewhere; "what is the status of request T-DXYCM9?" got the customer's own refused request
# as if it were that one (fifty-third outside check, F9)
NOT_LOOKED_UP = "utter_reference_theirs"


def request_reply(
    body: dict[str, Any] | None, lang: str, named: AbstractSet[str] = frozenset()
) -> tuple[str, dict[str, str]]:
    """The response and its values for this customer's latest request (`named`: the ticket
    numbers the message carries)."""
    if not body or not body.get("known"):
        return GENERAL, {}
    request = body.get("request")
    own = str(request.get("number") or "").upper() if isinstance(request, dict) else ""
    if named and named != {own}:
        return NOT_LOOKED_UP, {}
    if not isinstance(request, dict):
        return (NONE, {}) if body.get("enrolled", True) else (NONE_NOT_ENROLLED, {})
    name = BY_STATUS.get(str(request.get("status")))
    if name is None:
        return GENERAL, {}
    return request_response(name, request), request_values(request, lang)


class ActionRequestStatus(Action):
    def name(self) -> str:
        return "action_request_status"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        named = typed_ticket_numbers(latest_text(tracker))
        body = await fetch_status(tracker)
        response, values = request_reply(body, language(tracker), named)
        if response == GENERAL:  # nobody identified: the session's end, when that is why
            response = session_ended_response(body) or response
        utter(dispatcher, domain, response, **values)
        return reset_fallback(tracker)
