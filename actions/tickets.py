"""The 2FA reset ticket: validate_reset_ticket_form and action_open_ticket.

A reset is account recovery (security.md 9): the assistant only *opens a ticket*, after the
backend has proven who the customer is (widget session, or email code in this
conversation); an agent does the reset. The backend re-checks identity on `/tickets`
whatever the slots say, and keeps one open ticket per account.

Flow (rules in data/rules/forms.yml):
  identity_form (verified) -> reset_ticket_form (reset_reason, confirm_ticket)
  -> action_open_ticket.

* validate_reset_ticket_form, on activation, asks the backend `/identity`. Not verified:
  the form ends at once (`requested_slot=None`, `identity_verified=False`) with
  `FollowupAction("identity_form")`. Backend down: `utter_backend_unavailable` and the form
  ends. `confirm_ticket` is asked again in each run of the form; a valid `reset_reason`
  kept from an interrupted run is reused. At the reason question the reason comes from
  the buttons (entity) or from the customer's own words (actions/reset_reasons.py); a
  message naming none is not an answer (Rasa rejects the form and the rules reply).
* action_open_ticket decides, from the backend only:
  - `confirm_ticket` is False: `utter_ticket_cancelled`;
  - identity not verified (whatever `identity_verified` says): `identity_verified=False`
    and `FollowupAction("identity_form")`: the identity check runs, then the rules bring
    the customer back to the ticket form;
  - confirmed and verified: POST /tickets -> `utter_ticket_created` (201) or
    `utter_ticket_existing` (200); 403 is handled like "not verified".
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction

from actions.common import (
    language,
    latest_text,
    reply,
    reset_fallback,
    support_api,
    user_just_answered,
    utter,
)
from actions.reset_reasons import reason_in_messages, reason_in_text
from bot.client import Ticket
from bot.core.tickets import RESET_REASONS
from bot.nlu.hesitation import hesitates

# the backend's reasons but "other", which the chat does not offer (a button per reason)
REASONS = tuple(r for r in RESET_REASONS if r != "other")
REASON_SLOT = "reset_reason"
CONFIRM_SLOT = "confirm_ticket"
VERIFIED_SLOT = "identity_verified"


CREATED = {"created": "utter_ticket_created", "existing": "utter_ticket_existing"}


def identity_first() -> list[EventType]:
    """Whatever the slots claim, the backend does not know who this is: check first."""
    return [
        SlotSet(VERIFIED_SLOT, False),
        SlotSet(CONFIRM_SLOT, None),
        FollowupAction("identity_form"),
    ]


# the messages a reset request starts from: a changed phone, or a switch of method that an
# enrolled account can only get by a reset ("I can open it for you", thirteenth outsider check)
REQUEST_INTENTS = ("phone_changed", "request_switch_method")


def request_reason(tracker: Tracker) -> str | None:
    """The reset reason the customer gave in the request itself, if any."""
    return reason_in_messages(request_texts(tracker))


def request_texts(tracker: Tracker) -> list[str]:
    """What the customer typed since asking for the reset (the `phone_changed` or
    `request_switch_method` message included), newest first: "j'ai un nouveau téléphone"
    is the reason, not to be asked again (outsider finding 5). Nothing before that message:
    an older "the number is right" is about something else. Button payloads are clicks, not
    words."""
    texts: list[str] = []
    for event in reversed(tracker.events):
        if event.get("event") in ("session_started", "restart"):
            break
        if event.get("event") != "user":
            continue
        text = event.get("text") or ""
        if not text.startswith("/"):
            texts.append(text)
        if ((event.get("parse_data") or {}).get("intent") or {}).get("name") in REQUEST_INTENTS:
            return texts
    return []


class ValidateResetTicketForm(FormValidationAction):
    def name(self) -> str:
        return "validate_reset_ticket_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if tracker.active_loop_name != self.form_name():
            return await self._activate(dispatcher, tracker, domain)
        events: list[EventType] = []
        if (
            tracker.get_slot(REQUESTED_SLOT) is None
            and tracker.get_slot(REASON_SLOT) not in REASONS
        ):
            # Rasa's first validation of this run (the form is already active then): the
            # reason said in the request itself fills the slot, so it is not asked again
            reason = request_reason(tracker)
            if reason:
                events.append(SlotSet(REASON_SLOT, reason))
        for slot, value in self._candidates(tracker).items():
            if slot == REASON_SLOT:
                events.append(SlotSet(REASON_SLOT, value if value in REASONS else None))
            elif slot == CONFIRM_SLOT:
                if value is False and hesitates(latest_text(tracker)):
                    # "hmm not sure it's worth it" at "Shall I go ahead?" cancelled the ticket
                    # (thirty-seventh outsider check, finding 6): a hesitation is no answer;
                    # the form asks again, after saying nothing is opened without a yes
                    utter(dispatcher, domain, "utter_confirm_hesitant")
                    value = None
                events.append(SlotSet(CONFIRM_SLOT, value if isinstance(value, bool) else None))
        return events

    def _candidates(self, tracker: Tracker) -> dict[str, Any]:
        """The slots Rasa extracted, plus a reason said in words at the reason question."""
        candidates = tracker.slots_to_validate()
        if (
            tracker.get_slot(REQUESTED_SLOT) == REASON_SLOT
            and REASON_SLOT not in candidates
            and user_just_answered(tracker, self.form_name())
        ):
            reason = reason_in_text(latest_text(tracker))
            if reason:
                candidates[REASON_SLOT] = reason
        return candidates

    async def _activate(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        identity = await support_api(tracker).identity()
        if identity.kind == "unavailable":
            utter(dispatcher, domain, "utter_backend_unavailable")
            return [SlotSet(CONFIRM_SLOT, None), SlotSet(REQUESTED_SLOT, None)]
        if identity.kind != "verified":
            # end this form now and check the identity first; the rules bring the
            # customer back here once identity_form has set identity_verified=True
            return [
                SlotSet(VERIFIED_SLOT, False),
                SlotSet(CONFIRM_SLOT, None),
                SlotSet(REQUESTED_SLOT, None),
                FollowupAction("identity_form"),
            ]
        reason = tracker.get_slot(REASON_SLOT)
        reason = reason if reason in REASONS else request_reason(tracker)
        return [
            SlotSet(VERIFIED_SLOT, True),
            SlotSet(REASON_SLOT, reason),
            SlotSet(CONFIRM_SLOT, None),
            SlotSet(REQUESTED_SLOT, CONFIRM_SLOT if reason else REASON_SLOT),
        ]


class ActionOpenTicket(Action):
    def name(self) -> str:
        return "action_open_ticket"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events = reset_fallback(tracker)
        if tracker.get_slot(CONFIRM_SLOT) is False:
            utter(dispatcher, domain, "utter_ticket_cancelled")
            return events + [SlotSet(REASON_SLOT, None), SlotSet(CONFIRM_SLOT, None)]
        return events + await self._open(dispatcher, tracker, domain)

    async def _open(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Identity (the backend's word, not the slot's), the form's answers, then the ticket."""
        api = support_api(tracker)
        identity = await api.identity()
        if identity.kind == "unavailable":
            utter(dispatcher, domain, "utter_backend_unavailable")
            return [SlotSet(CONFIRM_SLOT, None)]
        if identity.kind != "verified":
            return identity_first()
        reason = tracker.get_slot(REASON_SLOT)
        if tracker.get_slot(CONFIRM_SLOT) is not True or reason not in REASONS:
            # the form ended before its questions (e.g. the backend was down then)
            return [
                SlotSet(VERIFIED_SLOT, True),
                SlotSet(CONFIRM_SLOT, None),
                FollowupAction("reset_ticket_form"),
            ]
        return self._answer(dispatcher, await api.open_ticket(reason, language(tracker)))

    @staticmethod
    def _answer(dispatcher: CollectingDispatcher, outcome: Ticket) -> list[EventType]:
        """The reply and the slots for the ticket's outcome."""
        if outcome.number is not None:
            reply(dispatcher, outcome, CREATED, ticket_number=outcome.number)
            return [
                SlotSet("ticket_number", outcome.number),
                SlotSet(VERIFIED_SLOT, True),
                SlotSet(REASON_SLOT, None),
                SlotSet(CONFIRM_SLOT, None),
            ]
        if outcome.kind == "identity_required":
            return identity_first()
        if outcome.kind == "invalid_reason":
            return [
                SlotSet(REASON_SLOT, None),
                SlotSet(CONFIRM_SLOT, None),
                FollowupAction("reset_ticket_form"),
            ]
        # not_enrolled: the form's start checks it too; this is the account changing meanwhile
        reply(dispatcher, outcome, {"not_enrolled": "utter_reset_not_enrolled"})
        return [SlotSet(CONFIRM_SLOT, None), SlotSet(REASON_SLOT, None)]
