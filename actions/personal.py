"""Personal answers: a general question from a customer the backend knows gets the help
article's answer, then THEIR situation (issue 16).

* action_personal_answer, for the questions where the customer's own state changes the
  answer: "how long do I have?" (ask_deadline) from someone whose 28 days are over, "why
  can't I get in?" (read as ask_why_2fa) from a locked account, a refused code while the
  login waits for the app's code... The article's answer comes first, then the one
  personal line that matters for that question (actions/status.py). A locked account
  gets only the lock line: it is the answer to every one of these questions. A customer
  the backend does not know gets the article's answer and, where a personal answer
  exists, how to get it (open the chat from the portal).
* action_sms_help, for "the SMS never came": the article's steps, then where the code was
  sent (masked number) or why no SMS is coming; the slot `sms_pending` tells the rules
  whether to offer a resend (data/rules/actions.yml).

When the backend cannot answer, the article's answer alone is still the right reply.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language, latest_intent, reset_fallback, utter
from actions.status import Line, fetch_status, pending_line, say, situation_line

# the article's answer of each question, and the kinds of personal line it is followed by
FAQ = {
    "ask_deadline": "utter_deadline",
    "ask_since_when": "utter_since_when",
    "ask_how_enable": "utter_how_enable",
    "ask_enable_app": "utter_enable_app",
    "ask_enable_sms": "utter_enable_sms",
    "ask_why_2fa": "utter_why_2fa",
    "ask_what_is_2fa": "utter_what_is_2fa",
    "code_rejected": "utter_code_rejected",
}
STATE_KINDS = {"locked", "enrolled", "expired", "days_left"}
PERSONAL_KINDS = {
    "ask_deadline": STATE_KINDS,
    "ask_since_when": STATE_KINDS,
    "ask_how_enable": STATE_KINDS,
    "ask_enable_app": {"locked", "enrolled"},
    "ask_enable_sms": {"locked", "enrolled"},
    "ask_why_2fa": {"locked", "expired"},
    "ask_what_is_2fa": {"locked", "expired"},
    "code_rejected": {"locked", "pending"},
}
# questions whose answer depends on the account: an anonymous customer is told how to see it
ANONYMOUS_HINT = {"ask_deadline", "ask_since_when", "ask_how_enable"}
DEFAULT_QUESTION = "ask_deadline"
SMS_PENDING_SLOT = "sms_pending"


def personal_line(body: Optional[Dict[str, Any]], question: str, lang: str) -> Optional[Line]:
    """The first line about this customer that matters for `question`, if any."""
    if not body or not body.get("known"):
        return None
    kinds = PERSONAL_KINDS[question]
    for line in (situation_line(body, lang), pending_line(body)):
        if line is not None and line.kind in kinds:
            return line
    return None


class ActionPersonalAnswer(Action):
    def name(self) -> Text:
        return "action_personal_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        intent = latest_intent(tracker)
        question = intent if intent in FAQ else DEFAULT_QUESTION
        body = await fetch_status(tracker)
        line = personal_line(body, question, language(tracker))
        if line is None or line.kind != "locked":
            utter(dispatcher, domain, FAQ[question])
        if line is not None:
            say(dispatcher, domain, line)
        elif body is not None and not body.get("known") and question in ANONYMOUS_HINT:
            utter(dispatcher, domain, "utter_personal_anonymous")
        return reset_fallback(tracker)


def sms_line(body: Optional[Dict[str, Any]]) -> Optional[Line]:
    """Why the SMS may not come, for this customer: where it went, or why none is coming."""
    if body is None:
        return None
    if not body.get("known"):
        return Line("anonymous", "utter_sms_needs_portal")
    if body.get("locked"):
        return Line("locked", "utter_status_locked")
    return pending_line(body) or Line("none", "utter_resend_no_pending")


class ActionSmsHelp(Action):
    def name(self) -> Text:
        return "action_sms_help"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        line = sms_line(await fetch_status(tracker))
        if line is None or line.kind != "locked":
            utter(dispatcher, domain, "utter_sms_not_received")
        if line is not None:
            say(dispatcher, domain, line)
        # a login waits for an SMS code sent to the number on file: the rules offer to resend it
        # (an enrollment's number is typed in the popup, whose « Renvoyer » is the way there)
        pending = line is not None and line.response == "utter_status_pending_sms_login"
        return reset_fallback(tracker) + [SlotSet(SMS_PENDING_SLOT, pending)]
