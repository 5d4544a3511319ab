"""validate_identity_form: who is this customer, proven to the backend, before a reset ticket.

How the form runs (slots `identity_email`, `identity_code`, both with a custom mapping: the
answer is read here from the latest message, so that only the markers "sent" / "ok" are
ever set: the address and the code never appear in a slot event):

1. Activation (also when re-activated by `action_open_ticket`): ask the backend
   `/identity`. A valid widget session (or an email check of this conversation that is
   still fresh) proves it already: `identity_verified=True`, `requested_slot=None`, the form
   ends without a question. With no portal session (the password step is missing) the form
   ends at once with how to log in first or call (`utter_reset_login_first`): an email code
   alone never opens a ticket. Logged in, when the session's own account has a reset request
   open already, that request is said (`utter_request_status_open_unnumbered`: the password
   step alone never shows its number) and the form ends: the check would only lead to
   "already open". An account with no 2FA yet has nothing to reset: the form ends with how to
   give the new number when activating (`utter_reset_not_enrolled`). Otherwise (logged in,
   code missing) both slots are cleared and the email is asked.
2. Email: one ASCII address, length-capped -> `identity/start`, then the same reply for any
   address (`utter_identity_code_sent`, ASVS 6.3.8: never tell whether it is registered).
   The slot keeps only the marker "sent", never the address.
3. Code: `^[0-9]{6}$` in ASCII after removing spaces -> `identity/confirm`. The slot becomes
   "ok" on success and None otherwise: the code itself is never kept. `identity_verified`
   is set to True only because the backend answered `{"verified": true}`.
4. What counts as an answer: a message holding an email address (at the email question) or
   six digits (at the code question), whatever its intent, or any message NLU read as `inform`;
   an address with no code at the code question corrects the address (step 2 again);
   never a button payload (a stale reason button is a click, not a mistyped address).
   Anything else (thanks, "ok", a greeting, a question, "stop") is not an answer: the
   validation returns nothing, Rasa rejects the form, and the rules reply (the form then
   asks again, and no invalid try is counted).
5. Three invalid answers (bad email format, bad code format, wrong code) in one run of the
   form, or the backend's own limit, or the backend being down: the form stops with
   `identity_verified=False` (`requested_slot=None`) and offers the handoff
   (`utter_too_many_invalid`).

The count of invalid answers is read from the conversation itself (this form's earlier
replies since its activation), so no extra slot is needed; the backend limits the tries
per check (5) whatever the tracker says.
"""

from __future__ import annotations

import math
import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction

from actions.common import (
    CODE_LIKE,
    find_email,
    language,
    latest_intent,
    latest_text,
    quantity,
    reply,
    support_api,
    user_just_answered,
    utter,
)
from actions.status import fetch_status, open_request_line, say
from bot.answers import OFFERS, SAID_AS

# the backend's own rule for what a typed code looks like: the action refuses early (no backend
# call, no attempt counted) exactly what the backend would refuse, and nothing more
from bot.code_format import code_in_sentence, normalize_code

FORM = "identity_form"
EMAIL_SLOT = "identity_email"
CODE_SLOT = "identity_code"
VERIFIED_SLOT = "identity_verified"
EMAIL_MARKER = "sent"
CODE_MARKER = "ok"
MAX_INVALID = 3
ANSWER_INTENT = "inform"
INVALID_REPLIES = {
    "utter_invalid_email_format",
    "utter_invalid_code_format",
    "utter_identity_code_invalid",
}


# the portal session ended during the check (logged out, expired): the email check needs
# one (the backend's 401 session_required), so how to log in again, not "unavailable"
SESSION_GONE = {"session_required": "utter_reset_login_first"}
# a code that can no longer prove anything: a new one, from the address. "other_session": asked
# from another account's portal session (the widget's token changed); it was "expired", which
# the nineteenth outsider check found untrue
AGAIN = {
    "expired": "utter_identity_code_expired",
    "other_session": "utter_identity_code_other_session",
}
# the account's hourly cap of emailed codes: when to ask again, or the phone line
# ...or none at all for now, the account's wrong codes reached (fifty-first outsider check, F1)
EMAIL_REFUSED = {
    **SESSION_GONE,
    "emails_limit": "utter_identity_emails_limit",
    "checks_suspended": "utter_identity_checks_suspended",
}


def invalid_answers_so_far(tracker: Tracker, form: str = FORM) -> int:
    """Invalid answers since the form's latest activation, counted from the replies the
    form gave (Rasa records the response name as `utter_action` in each bot event)."""
    count = 0
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "active_loop" and event.get("name") == form:
            break
        if kind in ("session_started", "restart"):
            break
        if kind == "bot" and (event.get("metadata") or {}).get("utter_action") in INVALID_REPLIES:
            count += 1
    return count


def verified_earlier(tracker: Tracker) -> bool:
    """Whether this session's chat already said the identity was verified."""
    for event in reversed(tracker.events):
        if event.get("event") in ("session_started", "restart"):
            return False
        if (event.get("metadata") or {}).get("utter_action") == "utter_identity_verified":
            return True
    return False


async def _no_reset_needed(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    unverified: bool = False,
) -> bool:
    """Says why no check is needed, when the portal session's own account (never an address
    typed in the chat) has a reset request open already, or has no 2FA yet; or why none can
    be made (`unverified`: an email code still to come) when the account's wrong codes
    stopped the codes for now."""
    body = await fetch_status(tracker)
    request = open_request_line(body, language(tracker)) if body else None
    if request is not None:
        # said before the address and the emailed code are asked, which only led to "a
        # request is already open" (sixteenth outsider check, item 4)
        say(dispatcher, domain, request)
        return True
    if body and body.get("known") and not body.get("enrolled"):
        # a reset resets nothing, and an agent would work a ticket for nothing; the new
        # number is simply typed when activating (seventeenth outsider check: expired@,
        # never enrolled, got ticket T-JCDHEU)
        utter(dispatcher, domain, "utter_reset_not_enrolled")
        return True
    if unverified and body and body.get("identity_checks_suspended"):
        # said before the address is asked, like the cases above: it was said only after the
        # address was typed (fifty-sixth outside check, F8)
        utter(dispatcher, domain, "utter_identity_checks_suspended")
        return True
    return False


AFFIRM_PAYLOAD = "/affirm"


def yes_to_no_offer(tracker: Tracker, domain: dict[str, Any]) -> bool:
    """A yes ("ok noté") to a wording of the changed phone's answer that offers nothing: "what if
    I lose my phone one day?" is answered "nothing to do for now", the same number kept or a
    flat phone "nothing to reset", and the rule that hears a yes to the offer (keyed on the
    answer asked, utter_phone_changed) started the identity check all the same (forty-eighth
    outsider check, F2). The wording read is the bot event's `said_as` (bot/rasa_ext/nlg.py);
    it offers when one of its variations has the yes button."""
    if latest_intent(tracker) != "affirm":
        return False
    said = None
    users = 0
    for event in reversed(tracker.events):
        users += event.get("event") == "user"
        if users > 1:
            break
        metadata = event.get("metadata") or {}
        if users and event.get("event") == "bot" and metadata.get("utter_action") in OFFERS:
            said = metadata.get(SAID_AS)
            break
    if not said:  # the offer itself (no variant), or no offer before this yes
        return False
    variations = (domain.get("responses") or {}).get(said) or []
    payloads = {b.get("payload") for v in variations for b in v.get("buttons") or []}
    return AFFIRM_PAYLOAD not in payloads


def _stop(verified: bool) -> list[EventType]:
    """End the form now: Rasa deactivates it when the validation sets requested_slot=None."""
    return [
        SlotSet(EMAIL_SLOT, EMAIL_MARKER if verified else None),
        SlotSet(CODE_SLOT, CODE_MARKER if verified else None),
        SlotSet(VERIFIED_SLOT, verified),
        SlotSet(REQUESTED_SLOT, None),
    ]


class ValidateIdentityForm(FormValidationAction):
    def name(self) -> str:
        return "validate_identity_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        requested = tracker.get_slot(REQUESTED_SLOT)
        # activation: either the form is not active yet, or Rasa already activated it and
        # validates slots left from a previous run (requested_slot is still unset then)
        if tracker.active_loop_name != self.form_name() or requested is None:
            return await self._activate(dispatcher, tracker, domain)
        if not user_just_answered(tracker, self.form_name()):
            return []  # back in the form after a digression: Rasa asks the missing slot again
        text = latest_text(tracker)
        if requested == EMAIL_SLOT and is_email_answer(tracker):
            return await self._email(text, dispatcher, tracker, domain)
        if requested == CODE_SLOT and is_corrected_email(tracker):
            # "sorry, it's jean.dupont@acme.fr": the address is asked again in effect; the
            # backend starts a new check (its own limits hold) and the same reply follows
            return await self._email(text, dispatcher, tracker, domain)
        if requested == CODE_SLOT and is_code_answer(tracker):
            return await self._code(text, dispatcher, tracker, domain)
        # not an answer: no SlotSet, so Rasa rejects the form and the rules reply
        return []

    async def _activate(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if yes_to_no_offer(tracker, domain):  # "ok noté" after "nothing to do for now"
            utter(dispatcher, domain, "utter_anything_else")
            return _stop(False)
        identity = await support_api(tracker).identity()
        if identity.kind in ("verified", "unverified") and await _no_reset_needed(
            dispatcher, tracker, domain, unverified=identity.kind == "unverified"
        ):
            # before "verified" too: past the second factor, "yes" to the offer led to "Shall I
            # go ahead?" and only then "already open" (eighteenth outsider check)
            return _stop(False)
        if identity.kind == "verified":
            return _stop(True)
        if identity.kind == "password_missing":
            # a reset needs the portal password step and an email code (backend assurance
            # levels): without a portal session the email code alone opens nothing, so the
            # customer is told how to log in first (or to call) before any code is spent
            utter(dispatcher, domain, "utter_reset_login_first")
            return _stop(False)
        if identity.kind != "unverified":
            utter(dispatcher, domain, "utter_backend_unavailable")
            return _stop(False)
        if verified_earlier(tracker):
            # proven earlier in this chat, no longer: the check holds for the portal session it
            # was made in (and a few minutes). Asked for the address again with no word of
            # why, a customer who had logged in again thought the assistant had lost track
            # (tenth outsider check, C25)
            utter(dispatcher, domain, "utter_identity_check_restarts")
        # a previous run's markers (or anything a client pre-filled) must not skip a question
        return [
            SlotSet(EMAIL_SLOT, None),
            SlotSet(CODE_SLOT, None),
            SlotSet(VERIFIED_SLOT, None),
            SlotSet(REQUESTED_SLOT, EMAIL_SLOT),
        ]

    def _invalid(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
        response: str,
        slot: str,
        **variables: Any,
    ) -> list[EventType]:
        if invalid_answers_so_far(tracker) + 1 >= MAX_INVALID:
            utter(dispatcher, domain, "utter_too_many_invalid")
            return _stop(False)
        utter(dispatcher, domain, response, **variables)
        return [SlotSet(slot, None), SlotSet(REQUESTED_SLOT, slot)]

    async def _email(
        self,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        email = _email_of(value, tracker)
        # no address at all, or one the backend refuses: the same invalid answer
        api = support_api(tracker)
        outcome = await api.start_identity_check(email, language(tracker)) if email else None
        if outcome is None or outcome.kind == "invalid_email":
            return self._invalid(
                dispatcher, tracker, domain, "utter_invalid_email_format", EMAIL_SLOT
            )
        if outcome.kind == "sent":
            # the same reply for any address: never tell whether it is registered
            utter(dispatcher, domain, "utter_identity_code_sent")
            return _ask_next(CODE_SLOT, email=EMAIL_MARKER)
        # rate limited (when to try again), the portal session gone, or the backend is down
        minutes = max(math.ceil(outcome.retry_after / 60), 1)
        reply(dispatcher, outcome, EMAIL_REFUSED, retry_after_minutes=minutes)
        return _stop(False)

    async def _code(
        self,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        code = normalize_code(value) or code_in_sentence(value)
        if code is None:
            return self._invalid(
                dispatcher, tracker, domain, "utter_invalid_code_format", CODE_SLOT
            )
        outcome = await support_api(tracker).confirm_identity_check(code, language(tracker))
        if outcome.kind == "verified":
            utter(dispatcher, domain, "utter_identity_verified")
            return _stop(True)
        if outcome.kind == "wrong_code":
            left = min(outcome.attempts_left, MAX_INVALID - invalid_answers_so_far(tracker) - 1)
            return self._invalid(
                dispatcher,
                tracker,
                domain,
                "utter_identity_code_invalid",
                CODE_SLOT,
                attempts_left=max(left, 0),
                attempts_left_text=quantity(max(left, 0), language(tracker), "attempt"),
            )
        if outcome.kind == "invalid_format":
            return self._invalid(
                dispatcher, tracker, domain, "utter_invalid_code_format", CODE_SLOT
            )
        if outcome.kind in AGAIN:
            # start again from the email (the address was not kept, on purpose)
            utter(dispatcher, domain, AGAIN[outcome.kind])
            return _ask_next(EMAIL_SLOT)
        reply(dispatcher, outcome, {"too_many": "utter_too_many_invalid", **SESSION_GONE})
        return _stop(False)


def _ask_next(slot: str, email: str | None = None) -> list[EventType]:
    """Ask `slot` next, with no code kept; `email` is the marker once a code went out (the
    address itself is never kept in a slot)."""
    return [SlotSet(EMAIL_SLOT, email), SlotSet(CODE_SLOT, None), SlotSet(REQUESTED_SLOT, slot)]


def _email_of(value: Any, tracker: Tracker) -> str | None:
    """The address typed: in the message's text, or the `email` entity of the same message."""
    email = find_email(value)
    if email is None:
        entity = next(tracker.get_latest_entity_values("email"), None)
        email = find_email(entity)
    return email


def _is_payload(text: str) -> bool:
    """A button payload or a typed `/intent{...}`: a click (often a stale one), not an answer."""
    return text.lstrip().startswith("/")


# a try at an address that is not one ("bob@acme", "jean.dupont@"): a word with an "@"
ADDRESS_ATTEMPT = re.compile(r"(?:^|\s)[^\s@]*@[^\s@]*(?:\s|$)")


def is_email_answer(tracker: Tracker) -> bool:
    """At the email question: an address in the message, a mistyped one (a word with an "@",
    which NLU may read as anything, even "stop": it is an invalid answer, asked again), or a
    message read as `inform`."""
    text = latest_text(tracker)
    if _is_payload(text):
        return False
    return (
        _email_of(text, tracker) is not None
        or ADDRESS_ATTEMPT.search(text or "") is not None
        or latest_intent(tracker) == ANSWER_INTENT
    )


def is_corrected_email(tracker: Tracker) -> bool:
    """At the code question: an address and no code (outsider re-check of 2026-12-01: a
    customer who noticed a typo in their address could only wait for a code that never came,
    or count an invalid try)."""
    text = latest_text(tracker)
    email = None if _is_payload(text) else find_email(text)
    if email is None:
        return False
    # digits inside the address ("ops123456@acme.fr") are not a code
    return CODE_LIKE.search(re.sub(re.escape(email), " ", text, flags=re.I)) is None


def is_code_answer(tracker: Tracker) -> bool:
    """At the code question: six digits in the message, or a message read as `inform` (a
    code typed wrongly, or inside words, still counts as a try: the limit of 3 holds)."""
    text = latest_text(tracker)
    if _is_payload(text):
        return False
    return CODE_LIKE.search(text) is not None or latest_intent(tracker) == ANSWER_INTENT
