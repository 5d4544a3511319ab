"""action_handoff: hand the conversation to a person; action_withdraw_handoff: call it off.

The backend records the handoff (conversation id, language, reason, and the customer when
the widget session or an email check proves who it is) and returns a short reference the
customer gives on the phone line; the agent console finds the conversation from it.

The backend also says whether the phone line is open (bot/rules/business_hours.py): outside
its hours the reply says when it opens and what can be done meanwhile (the reset request in
"Mes demandes" or here, the support email) instead of "call now".
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    bot_responses,
    language,
    latest_text,
    reply,
    reset_fallback,
    said_before_this_message,
    said_this_turn,
    support_api,
    utter,
)
from actions.language import gave_a_reference, last_turn
from actions.reference import given_value
from bot.nlu.call_back import asks_to_be_called
from bot.nlu.reset_wanted import calls_it_off

# the "Talk to an agent" button of these replies says why, for the agent's triage (outsider
# check of 2026-12-01: a handoff from the SMS-limit reply was a plain customer_request)
BUTTON_REASONS = {
    "utter_resend_limit_no_switch": "sms_limit",
    "utter_sms_still_nothing": "sms_not_received",
    "utter_reset_login_first": "cannot_log_in",
}


# what the customer was stuck on before asking for a person in words: the agent sees why the
# call comes without reading the transcript (seventh outsider check: 8 handoffs out of 8 were
# "customer_request", the locked account and the broken phone included)
TOPIC_REASONS = {
    "sms_not_received": "sms_not_received",
    "request_resend": "sms_not_received",
    "code_rejected": "code_rejected",
    "phone_changed": "phone_changed",
}
# how many of the customer's earlier messages are looked at for that topic
TOPIC_WINDOW = 6


def earlier_topic(tracker: Tracker) -> str | None:
    """The reason of the latest topic among the customer's last messages before this one."""
    seen = 0
    for event in reversed(tracker.events):
        if event.get("event") in ("session_started", "restart"):
            break
        if event.get("event") != "user":
            continue
        seen += 1
        if seen == 1:
            continue  # the message asking for a person
        if seen > TOPIC_WINDOW + 1:
            break
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent in TOPIC_REASONS:
            return TOPIC_REASONS[intent]
    return None


# a check that ran and failed; `identity_verified` is False also before any check (the ticket
# form sets it to send the customer through the check), which had anonymous customers who
# only asked for a person shown as "identity check failed" (outsider check of 2026-12-01)
FAILED_CHECK = {"utter_too_many_invalid"}
# said by the rule that stops the reset ticket form for a person (data/rules/forms.yml): the
# agent learns that the customer was about to send a reset request and did not
NOT_SENT = "utter_reset_not_sent"
# a reset request opened (or found open) in this chat: the call is about it, whatever was said
# before it (tenth outsider check: a customer who had just opened a changed-number request
# was queued as "sms_not_received", from the SMS trouble they first wrote about)
TICKET_SAID = {"utter_ticket_created", "utter_ticket_existing"}


def handoff_reason(tracker: Tracker) -> str:
    """Why the customer is handed over, in a few words for the agent (never message text).
    Asking for a person in words is a `customer_request` even after a misunderstanding; the
    fallback's own button after one is `not_understood` (outsider check of 2026-12-01: "je
    veux un conseiller" was recorded as not understood). Asked in words after the SMS, a
    refused code or a changed phone, the reason is that topic (TOPIC_REASONS)."""
    if NOT_SENT in said_this_turn(tracker):
        return "reset_not_confirmed"
    said = set(bot_responses(tracker))
    if FAILED_CHECK & said:
        return "identity_check_failed"
    if TICKET_SAID & said:
        return "reset_ticket_open"
    message = tracker.latest_message or {}
    intent = message.get("intent", {}).get("name")
    typed = not str(message.get("text") or "").startswith("/")
    if intent == "request_human" and typed:
        return earlier_topic(tracker) or "customer_request"
    last = said_before_this_message(tracker, 1)
    button_of = BUTTON_REASONS.get(last[0]) if last else None
    if intent == "request_human" and button_of:
        return button_of
    if tracker.get_slot("handoff_reference"):
        # a handoff asked again after one was given or called off ("ah si finalement je veux bien
        # le rappel", a yes): the same request (forty-ninth outsider check, F12: "other")
        return "customer_request"
    recent = [e.get("name") for e in tracker.events[-12:] if e.get("event") == "action"]
    if "action_fallback" in recent:
        return "not_understood"
    return "customer_request" if intent in (None, "request_human") else "other"


# a locked account: only an agent unlocks it, so no "ask for a reset meanwhile"
LOCKED_REPLIES = {
    "line_closed": "utter_handoff_closed_locked",
    "line_closed_no_opening": "utter_handoff_closed_no_date_locked",
}
# a reset request is already open: say so, rather than suggest asking for one (outsider
# check of 2026-12-01, F8: a handoff 30 s after the ticket suggested opening a request)
TICKET_REPLIES = {
    "line_closed": "utter_handoff_closed_ticket",
    "line_closed_no_opening": "utter_handoff_closed_no_date_ticket",
}
# a customer logged in on the portal can have the reset request opened in this very chat: no
# "once logged in to the portal" (thirteenth outsider check, LE12)
SIGNED_IN_REPLIES = {
    "line_closed": "utter_handoff_closed_signed_in",
    "line_closed_no_opening": "utter_handoff_closed_no_date_signed_in",
}
# signed in with no 2FA method yet: no reset request to offer, which the chat would refuse
# ("nothing to reset": thirty-eighth outsider check, finding 9); the set-up instead
NOT_ENROLLED_REPLIES = {
    "line_closed": "utter_handoff_closed_not_enrolled",
    "line_closed_no_opening": "utter_handoff_closed_no_date_not_enrolled",
}
# a call back asked for ("je préfère qu'un conseiller m'appelle"): nobody calls from the chat,
# said before the reference, or the customer waits for a call (fiftieth outsider check, F11)
NO_CALL_BACK = "utter_handoff_no_call_back"
# the phone line's state -> reply; whatever went wrong: the handoff could not be recorded
REPLIES = {
    "line_open": "utter_handoff",  # also when the backend did not say (an older one)
    "line_closed": "utter_handoff_closed",
    "line_closed_no_opening": "utter_handoff_closed_no_date",
    "line_only": "utter_handoff_phone_only",
    # the same, on a closed line: when it opens (thirty-eighth outsider check, finding 8)
    "line_only_closed": "utter_handoff_phone_only_closed",
    "unexpected": "utter_handoff_unavailable",
    "unavailable": "utter_handoff_unavailable",
}


class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events = reset_fallback(tracker)
        outcome = await support_api(tracker).hand_off(language(tracker), handoff_reason(tracker))
        facts = {"opens": outcome.opens} if outcome.opens else {}
        if outcome.reference is None:
            reply(dispatcher, outcome, REPLIES, **facts)
            return events
        if asks_to_be_called(latest_text(tracker)):
            utter(dispatcher, domain, NO_CALL_BACK)
        replies = REPLIES
        if outcome.locked:
            replies = {**REPLIES, **LOCKED_REPLIES}
        elif outcome.ticket_open:
            replies = {**REPLIES, **TICKET_REPLIES}
        elif outcome.signed_in and outcome.not_enrolled:
            replies = {**REPLIES, **NOT_ENROLLED_REPLIES}
        elif outcome.signed_in:
            replies = {**REPLIES, **SIGNED_IN_REPLIES}
        reply(dispatcher, outcome, replies, reference=outcome.reference, **facts)
        return events + [
            SlotSet("handoff_reference", outcome.reference),
            SlotSet(WITHDRAWN_SLOT, False),
        ]


# what a handoff called off comes to -> reply; nothing waiting or no answer: the reply a "no"
# got before (the rule replaced "deny outside any offer" there)
# every reply that tells how to reach an agent about a handoff (the line's state, what the
# customer has), the ones that could not record it excepted (actions/followups.py)
HANDOFF_GIVEN = frozenset(
    name
    for table in (REPLIES, LOCKED_REPLIES, TICKET_REPLIES, SIGNED_IN_REPLIES, NOT_ENROLLED_REPLIES)
    for name in table.values()
    if name != "utter_handoff_unavailable"
)
WITHDRAW_REPLIES = {
    "withdrawn": "utter_handoff_withdrawn",
    "taken": "utter_handoff_already_taken",
    "none": "utter_anything_else",
    "unexpected": "utter_anything_else",
    "unavailable": "utter_anything_else",
}


# whether the customer's last call-off withdrew a handoff (a "yes" right after it asks again)
WITHDRAWN_SLOT = "handoff_withdrawn"

# the replies about a handoff already called off or taken: a "no" after them withdraws nothing
SETTLED = frozenset({"utter_handoff_withdrawn", "utter_handoff_already_taken"})


def reference_just_given(tracker: Tracker) -> bool:
    """The assistant's last answer gave the handoff's reference (first said, or again, in
    either language: actions/language.py reads the same turn): a "no, forget it" right after
    it calls the handoff off (fortieth outsider check, F1: after "what's my reference?" and "and
    in French?", "no forget it" got "anything else?" and the handoff stayed waiting)."""
    said, _, _ = last_turn(tracker)
    return any(gave_a_reference(name) and name not in SETTLED for name in said)


def called_off_later(tracker: Tracker) -> bool:
    """A reference given in this conversation and not withdrawn, and the customer's message
    calls it off in words ("forget it", « laissez tomber ») some turns later: "ok no forget it,
    he found his phone" after "is the line open now?" got "All right." and the call stayed in
    the agents' queue (forty-fifth outsider check, F15)."""
    return given_value(tracker, "handoff_reference") is not None and calls_it_off(
        latest_text(tracker) or ""
    )


class ActionWithdrawHandoff(Action):
    """ "Non en fait laisse tomber" right after the reference (data/rules/faq.yml), or "forget
    it" in words later while it waits (`called_off_later`; every cancel outside a form comes
    here): the backend closes the waiting handoff as withdrawn by the customer, so the agents'
    queue no longer shows a call nobody will make (thirty-ninth outsider check, F9). One an
    agent has taken stays with the agent; the backend decides which."""

    def name(self) -> str:
        return "action_withdraw_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        # `handoff_withdrawn` says which of the two this turn was, for the rule that hears a
        # "yes" right after a withdrawal as a new call (data/rules/faq.yml; forty-sixth outsider
        # check, F1) and not a "yes" after "anything else?"
        if not (reference_just_given(tracker) or called_off_later(tracker)):
            utter(dispatcher, domain, "utter_anything_else")
            return [SlotSet(WITHDRAWN_SLOT, False)]
        outcome = await support_api(tracker).withdraw_handoff()
        facts = {"reference": outcome.reference} if outcome.reference else {}
        reply(dispatcher, outcome, WITHDRAW_REPLIES, **facts)
        if outcome.kind == "withdrawn":
            return [SlotSet("handoff_reference", None), SlotSet(WITHDRAWN_SLOT, True)]
        return [SlotSet(WITHDRAWN_SLOT, False)]
