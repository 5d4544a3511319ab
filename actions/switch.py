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
  on screen, with the portal's labels, and that the chat opened from the portal can do it;
* a question about what is possible ("and if I want SMS back?", "et si je veux repasser en
  SMS plus tard ?"): that it can be done and how, and that nothing was changed. The backend
  is not called: the tenth outsider check's customer had their pending activation switched
  (and the number they typed dropped) by such a question.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from actions.common import (
    MASK_PLACEHOLDER,
    customer_token,
    language,
    latest_text,
    reply,
    reset_fallback,
    said_before_this_message,
    support_api,
    utter,
)
from actions.status import fetch_status, pending_of
from actions.target_method import asks_whether, hypothetical, target_method
from actions.tickets import REASON_SLOT
from bot.client import Switch

DONE = {  # (method, purpose) -> reply once the backend switched
    ("totp", "enroll"): "utter_switch_done_app",
    ("totp", "login"): "utter_switch_done_app_login",
    ("sms", "enroll"): "utter_switch_enter_phone",
    ("sms", "login"): "utter_switch_sms_not_sent",
}
_EITHER = {  # the same reply whichever method was asked for
    "session_required": "utter_switch_howto",  # no widget session: how to do it on screen
    "invalid_method": "utter_ask_method",
}
REFUSED = {  # method asked for -> outcome -> reply (the others: actions.common.COMMON_REPLIES)
    "sms": {
        **_EITHER,
        "same_method": "utter_switch_same_method_sms",
        "not_enrolled": "utter_switch_not_enrolled_sms",
    },
    "totp": {
        **_EITHER,
        "same_method": "utter_switch_same_method_app",
        "not_enrolled": "utter_switch_not_enrolled_app",
    },
}
TICKET_FORM = "reset_ticket_form"
SWITCH_REASON = "switch_method"  # actions/tickets.py REASONS
ACCOUNT_USES = {"sms": "utter_switch_account_uses_sms", "totp": "utter_switch_account_uses_app"}
# "the other method is not set up, a reset is needed, I can open it for you", said while a reset
# request is already open: that it is, with no offer (the offer's "yes" got "A reset request has
# been open on your account since…": the twenty-fifth session's reproduction of the forty-ninth
# outsider check's F3)
NOT_ENROLLED = frozenset(table["not_enrolled"] for table in REFUSED.values())
REQUEST_OPEN = "_request_open"


def not_enrolled_reply(name: str, body: dict[str, Any] | None) -> str:
    """`name`, or its `_request_open` wording when it offers a reset the account already has."""
    request = (body or {}).get("request")
    is_open = isinstance(request, dict) and request.get("status") == "open"
    return name + REQUEST_OPEN if name in NOT_ENROLLED and is_open else name


# already the method of an activation (not a login): its next step
SAME_ENROLL = {
    "sms": "utter_switch_same_method_sms_enroll",
    "totp": "utter_switch_same_method_app_enroll",
}


async def _enrolling(tracker: Tracker) -> bool:
    """Whether the session's pending second factor is an activation (not a login)."""
    return pending_of(await fetch_status(tracker)).get("purpose") == "enroll"


def no_pending_reply(body: dict[str, Any] | None, method: str) -> str:
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
        return not_enrolled_reply("utter_switch_not_enrolled_sms", body)
    return "utter_switch_no_pending"


# "can I get the code by SMS rather than with an app?" from a visitor the assistant cannot see
# is a set-up question as much as a switch: three blind DEV writers filed it under the SMS
# set-up, the classifier hears a switch. Without a portal session (or before any activation)
# both answers come: the method's set-up steps, then how to change method on screen
SETUP = {"sms": "utter_enable_sms", "totp": "utter_enable_app"}


# "...or answer 'yes' and I'll make the change": the offer to move the login or activation
# the popup is at to a method it allows. A question ("could I get it by SMS instead?", or
# the other method's steps: actions/personal.py) gets it and nothing moves before a yes
# (twentieth outsider check, finding 1: "is it possible to get the code by SMS instead of
# Google Authenticator?" moved the activation at once); a request ("switch me to SMS") acts.
OFFER = {"sms": "utter_switch_offer_sms", "totp": "utter_switch_offer_app"}
# the method a "yes" or a "do it" to an offer moves to
SWITCH_OFFERS = {response: method for method, response in OFFER.items()}


def offer_for(body: dict[str, Any] | None, method: str) -> str | None:
    """The offer, when the popup waits for another method's code and allows this one."""
    return OFFER[method] if method in (pending_of(body).get("can_switch") or []) else None


def possible_reply(body: dict[str, Any] | None, method: str) -> str:
    """A "what if I want <method>?" asked from the portal: the account's own answer, with
    nothing done. An SMS-only account waiting for its SMS code was told "yes, it's possible,
    click « Essayer une autre méthode »", a button its popup does not show (thirty-first
    outsider check, finding 1); the request "switch me to the app" got the reset path."""
    if not body or not body.get("known"):
        return "utter_switch_possible"
    offer = offer_for(body, method)
    if offer is not None:
        return offer
    if not pending_of(body):
        answer = no_pending_reply(body, method)
        return "utter_switch_possible" if answer == "utter_switch_no_pending" else answer
    if body.get("enrolled") and body.get("method") != method:
        # a login the popup cannot move: not set up
        return not_enrolled_reply(REFUSED[method]["not_enrolled"], body)
    return "utter_switch_possible"


async def _offer_in_session(tracker: Tracker, method: str) -> str | None:
    """The offer to move to `method`, for a chat with a portal session whose popup allows it;
    a "what if" and an "is it possible" question both get it (offer_for)."""
    if customer_token(tracker) is None:
        return None
    return offer_for(await fetch_status(tracker), method)


def method_asked_before(tracker: Tracker) -> str | None:
    """After utter_switch_possible ("Yes, it's possible ... or ask me here"), a "do it" names
    no method ("ok faites le changement"): the method is the one the question just answered
    named ("et si je veux passer sur google authenticator ?"). Seventeenth outsider check,
    finding 7: that "yes" got "Très bien" and nothing was switched. After a switch offer, the
    offer's method."""
    said = said_before_this_message(tracker, 1)
    if said and said[0] in SWITCH_OFFERS:
        return SWITCH_OFFERS[said[0]]
    if said != ["utter_switch_possible"]:
        return None
    users = [e for e in tracker.applied_events() if e.get("event") == "user"]
    if len(users) < 2:
        return None
    asked = users[-2]
    return target_method(asked.get("text"), (asked.get("parse_data") or {}).get("entities"))


def at_the_reason_question(tracker: Tracker) -> bool:
    """The reset request's form waits for its reason."""
    return (
        tracker.active_loop_name == TICKET_FORM and tracker.get_slot(REQUESTED_SLOT) == REASON_SLOT
    )


class ActionSwitchMethod(Action):
    def name(self) -> str:
        return "action_switch_method"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if at_the_reason_question(tracker):
            # the other method asked in words at "what is the reason of the request?" is that
            # reason: « je veux recevoir les codes par sms au lieu de l'appli » got "SMS is not
            # set up… I can open a request for you" from inside that request, and « l'autre
            # méthode » "which method?", the form left (fiftieth outsider check, F2)
            return [SlotSet(REASON_SLOT, SWITCH_REASON), FollowupAction(TICKET_FORM)]
        text = latest_text(tracker)
        method = target_method(text, (tracker.latest_message or {}).get("entities"))
        if method is None and not hypothetical(text):
            method = method_asked_before(tracker)
        if hypothetical(text):
            utter(dispatcher, domain, await self._possible(tracker, method))
        elif method is None and customer_token(tracker) is None:
            # nothing the assistant could switch: how « Essayer une autre méthode » works, not
            # "which method?" (DEV5: "« Essayer une autre méthode » ?" was asked which one)
            utter(dispatcher, domain, "utter_switch_howto")
        elif method is None:
            utter(dispatcher, domain, "utter_ask_method")
        else:
            await self._act(dispatcher, tracker, domain, method, text)
        return reset_fallback(tracker)

    @staticmethod
    async def _possible(tracker: Tracker, method: str | None) -> str:
        """A "what if" question: the offer when the popup waits for another method's code
        and allows this one (a real question, with its button: twenty-second outsider
        check, F10, got "it's possible" and then a bare "oui" switched); logged in, what the
        account allows (possible_reply); otherwise what is possible. Nothing changes."""
        if method is None or customer_token(tracker) is None:
            return "utter_switch_possible"
        return possible_reply(await fetch_status(tracker), method)

    async def _act(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
        method: str,
        text: str,
    ) -> None:
        """The offer for a question the popup allows; otherwise the backend's answer."""
        if asks_whether(text):
            offer = await _offer_in_session(tracker, method)
            if offer is not None:
                utter(dispatcher, domain, offer)
                return
        outcome = await support_api(tracker).switch_method(method, language(tracker))
        if outcome.kind == "session_required":
            utter(dispatcher, domain, SETUP[method])
        await self._reply(dispatcher, tracker, domain, method, outcome)

    @staticmethod
    async def _reply(
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
        method: str,
        outcome: Switch,
    ) -> None:
        """One reply per outcome; "nothing pending" and "switched" read the customer's status."""
        if outcome.kind == "no_pending":
            answer = no_pending_reply(await fetch_status(tracker), method)
            if answer == "utter_switch_choose_at_enrollment":  # not active yet: its steps too
                utter(dispatcher, domain, SETUP[method])
            utter(dispatcher, domain, answer)
        elif outcome.kind == "same_method" and await _enrolling(tracker):
            # an activation, not a login: its next step (nineteenth outsider check: "Your
            # login already uses SMS: type the code you received", with no number typed yet)
            utter(dispatcher, domain, SAME_ENROLL[method])
        elif outcome.kind == "switched" and method == "sms" and outcome.code_sent:
            # the switch answer carries no number: the status gives the masked one on file
            body = await fetch_status(tracker)
            utter(
                dispatcher,
                domain,
                "utter_switch_done_sms",
                masked_phone=(body or {}).get("masked_phone") or MASK_PLACEHOLDER,
            )
        elif outcome.kind == "switched":
            utter(dispatcher, domain, DONE[(method, outcome.purpose)])
        elif outcome.kind == "not_enrolled":
            name = REFUSED[method]["not_enrolled"]
            utter(dispatcher, domain, not_enrolled_reply(name, await fetch_status(tracker)))
        else:
            reply(dispatcher, outcome, REFUSED[method])
