"""action_how_long: "for how long?", "et ça prend combien de temps ?" right after an answer.

Customers ask about a duration without naming what it is about: the topic is the answer they
have just read. NLU reads each message alone, so two outsider checks of 2026-12-01 got "I
didn't understand" after the remember-device answer, and the code's validity after a reset
ticket. The intent `ask_how_long` says "a duration, no topic"; this action takes the topic
from the assistant's last answer (its response name, which Rasa keeps in the message's
metadata) and gives that topic's duration. With no such answer it asks which one, with buttons.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    language,
    latest_intent,
    latest_text,
    reset_fallback,
    said_before_this_message,
    utter,
)
from actions.handoff import HANDOFF_GIVEN
from actions.personal import add_personal_line
from actions.suggestions import topic_buttons

# the answer just read -> the duration that answer is about (the personal lines that follow an
# answer, like utter_personal_anonymous, name no topic: the answer before them does)
DURATION_OF = {
    "utter_remember_device": "utter_how_long_remember",
    "utter_deadline": "utter_how_long_grace",
    "utter_status_not_enrolled": "utter_how_long_grace",
    # "how long did I have?" after "your 28 days are over" (forty-third outsider check, F4)
    "utter_status_grace_expired": "utter_how_long_grace",
    "utter_code_format": "utter_how_long_code",
    "utter_code_rejected": "utter_how_long_code",
    "utter_sms_not_received": "utter_how_long_code",
    "utter_resend_done": "utter_how_long_code",
    "utter_status_pending_sms_login": "utter_how_long_code",
    "utter_status_pending_sms_login_only": "utter_how_long_code",
    "utter_sms_login_only_after_steps": "utter_how_long_code",
    "utter_identity_code_sent": "utter_how_long_email_code",
    "utter_ask_identity_code": "utter_how_long_email_code",
    "utter_ticket_created": "utter_how_long_ticket",
    "utter_ticket_existing": "utter_how_long_ticket",
    "utter_request_status": "utter_how_long_ticket",
    # "combien de temps ça prend ?" after the reset's offer, its why, the request's state or its
    # number (forty-fourth outsider check, F10: "which duration?" with buttons each time)
    "utter_request_status_open": "utter_how_long_ticket",
    "utter_request_status_open_unnumbered": "utter_how_long_ticket",
    "utter_reference_ticket": "utter_how_long_ticket",
    "utter_phone_changed": "utter_how_long_ticket",
    "utter_phone_changed_again": "utter_how_long_ticket",
    "utter_why_2fa_reset": "utter_how_long_ticket",
    # "ça prend combien de temps ?" at the ticket's confirmation: the request's, not the email
    # code's (forty-second outsider check, F8); "how long does the lock last?" (F7)
    "utter_ask_confirm_ticket": "utter_how_long_ticket",
    "utter_ask_reset_reason": "utter_how_long_ticket",
    "utter_account_locked": "utter_how_long_lock",
    "utter_status_locked": "utter_how_long_lock",
    "utter_status_unknown_locked": "utter_how_long_lock",
    # "how long will it take?" after the handoff (forty-first outsider check, F7: "which
    # duration?" with buttons none of which was the call): every reply of a recorded handoff
    **dict.fromkeys(HANDOFF_GIVEN, "utter_how_long_handoff"),
}
WHICH = "utter_how_long_which"
# the durations a customer may mean, as buttons when the last answer says nothing
WHICH_TOPICS = ["ask_remember_device", "ask_deadline", "ask_code_format", "ask_request_status"]
# how far back an answer still is "the one just read"
RECENT_MESSAGES = 3
# with no answer to follow, "how long do I have?" / "combien de temps il me reste ?" asks for the
# customer's own time: the 28 days (the e2e check of 2026-12-01 got "which duration?" for it as
# a first message). Waiting ("how long do I have to wait?") is not the customer's own time.
OWN_TIME = re.compile(
    r"\b(?:do (?:i|we) (?:still )?have|did (?:i|we) have|have (?:i|we) got|ai[- ]?je|avais[- ]je"
    r"|j['’ ]?ai|j['’ ]?avais|on a|on avait|avons[- ]nous"
    r"|(?:me|nous) reste|left)\b",
    re.IGNORECASE,
)
WAITING = re.compile(r"\b(?:wait|attendre)", re.IGNORECASE)


DEADLINE = "utter_deadline"
GRACE = "utter_how_long_grace"


def without_context_reply(text: str) -> str:
    """The reply to a duration question that follows no answer: the 28 days when the customer
    asks for their own time, else the question "which duration?"."""
    if OWN_TIME.search(text) and not WAITING.search(text):
        return DEADLINE
    return WHICH


def duration_reply(tracker: Tracker) -> str | None:
    """The duration reply for the topic of the assistant's last answers, or None."""
    for name in said_before_this_message(tracker, RECENT_MESSAGES):
        if name in DURATION_OF:
            return DURATION_OF[name]
    return None


class ActionHowLong(Action):
    def name(self) -> str:
        return "action_how_long"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = latest_text(tracker)
        if latest_intent(tracker) == "ask_deadline" and OWN_TIME.search(text):
            reply = DEADLINE  # the customer's own time, whatever was said before
        else:
            reply = duration_reply(tracker) or without_context_reply(text)
        if reply == DEADLINE:
            # answered as the deadline question is: the rule, then the customer's own days
            utter(dispatcher, domain, reply)
            await add_personal_line(dispatcher, tracker, domain, "ask_deadline")
        elif reply == GRACE:
            # "how long exactly for me?" after the 28 days: the rule, then the customer's own
            # days again, a time question (fiftieth outsider check, F9: the rule alone)
            utter(dispatcher, domain, reply)
            await add_personal_line(dispatcher, tracker, domain, "ask_deadline", hint=False)
        elif reply != WHICH:
            utter(dispatcher, domain, reply)
        else:
            buttons = topic_buttons(domain, language(tracker), WHICH_TOPICS)
            dispatcher.utter_message(response=WHICH, buttons=buttons)
        return reset_fallback(tracker)
