"""action_check_resend and action_resend_code ("Renvoyer"); switching methods is
actions/switch.py.

A resend acts on the customer's *pending* portal login or enrollment, so the backend accepts
it only with a valid widget session token (`session_required` otherwise). Cooldown (60 s)
and the SMS cap (5 per 10 minutes) are the backend's: the replies only say when to retry.

Asked in words ("renvoyez-moi le code"), the resend is done at once (action_check_resend):
two outsider checks (fourteenth, fifteenth) found the yes/no that came first to be a turn
for nothing. It is still asked first in one case: right after the out-of-scope answer, where
"can you resend it" may be about that question's email (a password reset), not the SMS.
"SMS not received" is not a request: it gets the offer, a yes/no (utter_offer_resend).
"""

from __future__ import annotations

import math
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    MASK_PLACEHOLDER,
    language,
    reply,
    reset_fallback,
    said_before_this_message,
    support_api,
    utter,
    wait_text,
)
from actions.personal import SMS_PENDING_SLOT, resend_possible, sms_line
from actions.status import Line, fetch_status, say
from bot.client import Resend
from bot.out_of_scope import OUT_OF_SCOPE

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


def resend_variables(outcome: Resend, lang: str) -> dict[str, Any]:
    """What the reply says: where the SMS went, or when to try again (the cap in minutes; after a
    send, the wait in seconds or, when the send was the window's last, in minutes)."""
    if outcome.kind == "sent":
        return {
            "masked_phone": outcome.masked_phone or MASK_PLACEHOLDER,
            "retry_after": outcome.retry_after,
            "retry_after_text": wait_text(outcome.retry_after or 0, lang),
        }
    if outcome.kind in ("send_limit", "send_limit_no_switch"):
        return {"retry_after_minutes": max(math.ceil(outcome.retry_after / 60), 1)}
    return {"retry_after": outcome.retry_after} if outcome.kind == "cooldown" else {}


# the lines of an SMS activation in progress, whose number was typed in the popup: its
# « Renvoyer » is the way, not the chat (actions/personal.py resend_possible)
ENROLLING_BY_SMS = "utter_status_pending_sms_enroll"
# the answers after which "can you resend it" may be about something else: asked first
ASK_FIRST_AFTER = frozenset({OUT_OF_SCOPE})


async def resend(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
) -> None:
    """Ask the backend to resend, and say what happened."""
    outcome = await support_api(tracker).resend()
    if outcome.kind == "no_pending":
        # nothing to resend: say what the login or enrollment waits for instead (ninth
        # outsider check: a customer whose enrollment had moved to the app was told to
        # log in to the portal, where they already were)
        say(dispatcher, domain, sms_line(await fetch_status(tracker)) or NO_PENDING)
    else:
        reply(dispatcher, outcome, REPLIES, **resend_variables(outcome, language(tracker)))


class ActionResendCode(Action):
    """Resends the SMS code of the pending challenge (after the offer's or the question's yes)."""

    def name(self) -> str:
        return "action_resend_code"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        await resend(dispatcher, tracker, domain)
        return reset_fallback(tracker)


class ActionCheckResend(Action):
    """A resend asked in words. Only when a login of this customer waits for an SMS code is
    one sent, at once, or asked first right after the out-of-scope answer (`sms_pending`
    true: the rules ask "shall I resend?"). Otherwise the reason comes at once, with no
    question the customer would say yes to and then be refused (outsider check F3): a chat
    not opened from the portal gets how the popup's « Renvoyer » works, a locked account who
    unlocks it, a customer with no login waiting where the SMS comes from."""

    def name(self) -> str:
        return "action_check_resend"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if "utter_too_many_invalid" in said_before_this_message(tracker, 1):
            # "je veux un nouveau code" right after the email check stopped asks for the
            # emailed code, not an SMS (forty-fifth outsider check, F19: the SMS cap came)
            utter(dispatcher, domain, "utter_resend_after_identity_stop")
            return reset_fallback(tracker) + [SlotSet(SMS_PENDING_SLOT, False)]
        line = sms_line(await fetch_status(tracker))
        pending = resend_possible(line)
        if line is None:
            utter(dispatcher, domain, "utter_backend_unavailable")
        elif line.kind == "anonymous":
            utter(dispatcher, domain, "utter_resend_needs_portal")
        elif not pending:
            if line.response.startswith(ENROLLING_BY_SMS):
                # asked in words during an activation: said plainly that the chat does not
                # resend it, before where it stands (fifty-sixth outside check, F5: the
                # activation's line alone read as the request ignored)
                utter(dispatcher, domain, "utter_resend_during_activation")
            say(dispatcher, domain, line)
        elif not ASK_FIRST_AFTER & set(said_before_this_message(tracker, 1)):
            await resend(dispatcher, tracker, domain)
            pending = False  # done: nothing left to ask
        return reset_fallback(tracker) + [SlotSet(SMS_PENDING_SLOT, pending)]
