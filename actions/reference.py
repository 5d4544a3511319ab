"""action_repeat_reference: "what was my reference again?" (sixth outsider check).

A customer who missed or lost the reference of a handoff (to give on the phone line) or the
number of the reset request opened in this chat could not get it again: the question was read
as a status question or not understood. This action says it again.

Only what the assistant itself gave counts: the value its own action set (action_handoff for
`handoff_reference`, action_open_ticket for `ticket_number`). A slot can also be filled
by a typed `/ask_reference{"handoff_reference": "..."}`; such a value is never repeated as if
the assistant had given it. A handoff reference from another conversation is the agent's to
find (the console), not the chat's to reveal. With neither given here, "quel est le numéro de
ma demande ?" from a customer the backend knows gets the account's latest reset request, as
"where is my request?" does (actions/request_status.py: its number only past more than the
password step); it got "I have not given you a reference yet" (eighteenth outsider check).

Twenty-ninth outsider check, with nothing given here and no request known: a customer who
types a reference or request number of their own ("my reference is 4WC9UW, where is my
case?") is told to keep it for the phone line or the email, never to get a new one, and the
chat says nothing of whether it exists; asked inside the identity check or the reset form
("what's my ticket number again?"), the answer is that the request is not open yet, not a
"Talk to an agent" button in the middle of the form.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language, latest_text, reset_fallback, times_said, utter
from actions.request_status import GENERAL, NONE, NONE_NOT_ENROLLED, request_reply
from actions.status import fetch_status
from bot.reference_format import holds_a_reference

# the handoff replies of a chat that could not pass the request on (actions/handoff.py)
PHONE_ONLY = ("utter_handoff_phone_only", "utter_handoff_phone_only_closed")

# slot -> the action that sets it with a value the backend made
GIVEN_BY = {
    "handoff_reference": "action_handoff",
    "ticket_number": "action_open_ticket",
}

# slot -> the action that empties it when the customer calls the handoff off: its reference is
# not given again (fortieth outsider check, F5: "c'est quoi le numéro de ma demande ?" got the
# withdrawn one)
WITHDRAWN_BY = {"handoff_reference": "action_withdraw_handoff"}

# the forms before a ticket exists: a number asked there is the coming request's
FORMS = frozenset(("identity_form", "reset_ticket_form"))


def typed_reference(text: str) -> bool:
    """Whether the customer's message carries a reference or request number of their own (a
    typed `/intent{...}` payload is not the customer's words: its values are never read)."""
    return not text.lstrip().startswith("/") and holds_a_reference(text)


# "c quoi le numéro déjà ?" after "je vais appeler": with no reference given, "the number" is
# the support line's (thirtieth outsider check, finding 7: it got "I haven't given you a
# reference"); a reference, a ticket, a request or a case named is this action's
_NUMBER = re.compile(r"\b(?:numero|numéro|num|number|n°|tel|phone)\b", re.IGNORECASE)
_REFERENCE_WORDS = re.compile(
    r"\b(?:ref\w*|r[ée]f[ée]rence\w*|ticket\w*|demande\w*|dossier\w*|request\w*|case|cas)\b",
    re.IGNORECASE,
)


# the request named, not the call ("c est quoi le numéro de ma demande ?" inside the identity
# check got the call's reference, which the customer took for the reset request's number:
# forty-sixth outsider check, F9)
_THE_REQUEST = re.compile(r"\b(?:demande\w*|dossier\w*|ticket\w*|request\w*|case)\b", re.I)
_THE_CALL = re.compile(r"\b(?:ref\w*|r[ée]f[ée]rence\w*|appel\w*|call\w*|conseiller|agent)\b", re.I)


def asks_for_the_coming_request(tracker: Tracker) -> bool:
    """Inside the identity check or the reset form, the request's number asked, not the call's."""
    text = latest_text(tracker)
    in_a_form = tracker.active_loop.get("name") in FORMS
    return in_a_form and bool(_THE_REQUEST.search(text)) and not _THE_CALL.search(text)


def asks_for_a_request(tracker: Tracker) -> bool:
    """The request's number asked, not the call's (anywhere in the chat)."""
    text = latest_text(tracker)
    return bool(_THE_REQUEST.search(text)) and not _THE_CALL.search(text)


def a_number_not_a_reference(text: str) -> bool:
    """Asks for "the number" ("c quoi le numéro déjà ?") with no word of a reference, a
    ticket or a request."""
    return bool(_NUMBER.search(text)) and not _REFERENCE_WORDS.search(text)


def _given_and_withdrawn(tracker: Tracker, slot: str) -> tuple[str | None, str | None]:
    """The latest value of `slot` set by the action that owns it (GIVEN_BY), in this
    conversation, and the one the customer called off (WITHDRAWN_BY) since: a slot event
    belongs to the action event just before it."""
    owner, withdraw = GIVEN_BY[slot], WITHDRAWN_BY.get(slot)
    last_action: str | None = None
    value: str | None = None
    withdrawn: str | None = None
    for event in tracker.events:
        kind = event.get("event")
        if kind == "restart":
            last_action, value, withdrawn = None, None, None
        elif kind == "action":
            last_action = event.get("name")
        elif kind == "user":
            last_action = None  # slots set from a message belong to no action
        elif kind == "slot" and event.get("name") == slot:
            found = event.get("value")
            if last_action == owner and isinstance(found, str) and found:
                value, withdrawn = found, None
            elif withdraw is not None and last_action == withdraw:
                value, withdrawn = None, value or withdrawn
    return value, withdrawn


async def owned_ticket(tracker: Tracker, ticket: str | None) -> str | None:
    """The ticket number this conversation gave, when the portal session the chat carries now
    is its account's, and shows it its number (past the password step): a conversation given
    one account's number told it to another account's session, and to no session at all
    (sixtieth outside check, F1), while the README gives a request's number only past the
    password step plus a second factor or the emailed code."""
    return ticket_of(await fetch_status(tracker), ticket) if ticket else None


def ticket_of(body: dict[str, Any] | None, ticket: str | None) -> str | None:
    """`ticket` when the status `body` shows it as its account's latest request (owned_ticket)."""
    if not ticket:
        return None
    request = body.get("request") if body and body.get("known") else None
    number = str(request.get("number") or "") if isinstance(request, dict) else ""
    return ticket if number.upper() == ticket.upper() else None


def given_value(tracker: Tracker, slot: str) -> str | None:
    """The value this conversation gave and did not withdraw."""
    return _given_and_withdrawn(tracker, slot)[0]


def withdrawn_reference(tracker: Tracker) -> str | None:
    """The handoff reference the customer called off in this conversation, unless another one
    was given after it."""
    return _given_and_withdrawn(tracker, "handoff_reference")[1]


def another_one_typed(text: str, *given: str | None) -> bool:
    """The message carries a reference or number of the customer's own that is none of those
    this conversation gave."""
    if not typed_reference(text):
        return False
    folded = text.upper()
    return not any(value and value.upper() in folded for value in given)


class ActionRepeatReference(Action):
    def name(self) -> str:
        return "action_repeat_reference"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        reference = given_value(tracker, "handoff_reference")
        given = given_value(tracker, "ticket_number")
        # the backend's status, asked once, by the replies that need it (all but a call's
        # reference said again alone)
        needed = given or not reference or asks_for_a_request(tracker)
        body = await fetch_status(tracker) if needed else None
        ticket = ticket_of(body, given)
        if another_one_typed(latest_text(tracker), reference, ticket):
            # "I called yesterday and got reference K3VARJ, is it still open?" after this chat's
            # own handoff got "Your reference is DTARR4" (thirty-first outsider check, finding 8)
            utter(dispatcher, domain, "utter_reference_theirs")
            return reset_fallback(tracker)
        if reference and not ticket and asks_for_the_coming_request(tracker):
            # the request is not open yet; the call's reference, if any, said as the call's
            utter(dispatcher, domain, "utter_reference_not_yet")
        elif reference and not ticket and asks_for_a_request(tracker):
            # outside the forms: the account's request if it has one, else that none was
            # opened, and the call's reference said as the call's (fifty-ninth outside check,
            # F11: « quel est le numero de mon ticket ? » got the call's reference alone)
            for name, values in request_or_none(body, language(tracker)):
                utter(dispatcher, domain, name, **values)
        if reference:
            utter(dispatcher, domain, "utter_reference_handoff", reference=reference)
        if ticket:
            utter(dispatcher, domain, "utter_reference_ticket", ticket_number=ticket)
        if not reference and not ticket:
            for name, values in nothing_given(tracker, body):
                utter(dispatcher, domain, name, **values)
        return reset_fallback(tracker)


def nothing_given(
    tracker: Tracker, body: dict[str, Any] | None
) -> list[tuple[str, dict[str, str]]]:
    """The replies when this conversation gave neither a reference nor a ticket: the account's
    latest request when the backend knows one (after the call's reference withdrawn here, when
    there is one: forty-third outsider check, F6, "what is my reference?" right after "no,
    forget it" got the request alone), else what fits where the customer stands."""
    known = accounts_request(body, language(tracker))
    if known is not None:
        withdrawn = withdrawn_reference(tracker)
        before = [("utter_reference_withdrawn", {"reference": withdrawn})] if withdrawn else []
        return [*before, known]
    return [_standing(tracker, body)]


def request_or_none(body: dict[str, Any] | None, lang: str) -> list[tuple[str, dict[str, str]]]:
    """The account's latest request when the backend knows one, else that none was opened."""
    known = accounts_request(body, lang)
    return [known] if known is not None else [("utter_reference_no_request", {})]


def accounts_request(body: dict[str, Any] | None, lang: str) -> tuple[str, dict[str, str]] | None:
    """The reply for the account's latest request, when the status `body` knows one."""
    name, values = request_reply(body, lang)
    return None if name in (GENERAL, NONE, NONE_NOT_ENROLLED) else (name, values)


def _standing(tracker: Tracker, body: dict[str, Any] | None) -> tuple[str, dict[str, str]]:
    """With no request known: what fits where the customer stands."""
    if typed_reference(latest_text(tracker)):
        return "utter_reference_theirs", {}
    if a_number_not_a_reference(latest_text(tracker)):
        return "utter_contact", {}
    if tracker.active_loop.get("name") in FORMS:
        return "utter_reference_not_yet", {}
    withdrawn = withdrawn_reference(tracker)
    if withdrawn is not None:
        # "what was my reference again?" after "no forget it": it was withdrawn, not "none was
        # given" (forty-first outsider check, F3)
        return "utter_reference_withdrawn", {"reference": withdrawn}
    if any(times_said(tracker, name) for name in PHONE_ONLY):
        # the chat could not pass the request on: "click Talk to an agent" would loop
        return "utter_reference_phone_only", {}
    if not (body or {}).get("known") and (
        asks_for_a_request(tracker) or given_value(tracker, "ticket_number")
    ):
        # a request's number asked with no portal session that shows the account (none, or the
        # widget token's 30 minutes over): not "I gave you no reference", which was false after
        # a ticket opened here and mixed it up with a call's (sixty-second outside check, F6);
        # never the number either (sixtieth, F1)
        return "utter_reference_request_needs_portal", {}
    return "utter_reference_none", {}
