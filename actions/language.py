"""action_language: "and in English please?" gives the last answer again, in that language.

The assistant answers in the language of each message (bot/nlu/language.py), so a customer
who asks for the other language after an answer wants that answer, not "I can answer in
English or in French, what is your question?" (twenty-second outsider check, F9: "and in
English please?" after the app's steps; "can you explain in English what I should do if the
code still doesn't arrive?" lost its question). So:

* the message asks for the language *and* a topic the classifier ranked next (a long message
  with its own question): that topic's answer;
* the language changed with this message and the turn before answered a topic: that answer
  again, now in the new language;
* otherwise the usual "I can answer in either language".

Only the article's answers are said again: they need no account and no variables, while an
account's answer (a code sent, a switch) is an action's, which must not run twice. A handoff's
reference and a ticket's number are the exception: what the customer needs of that reply is
the value, which the action left in its slot, so "et en anglais ?" after either gets it again
as "what was my reference?" does (twenty-ninth outsider check, finding 7: it got "I can
answer in English or in French").
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import takewhile
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language, latest_text, ranked_intents, utter
from actions.personal import add_personal_line, say, second_question_in, sms_line
from actions.reference import given_value, owned_ticket
from actions.request_status import request_reply
from actions.status import ActionCheckStatus, fetch_status
from bot import content
from bot.answers import ALSO_ANSWERED, ANSWER, SAID_AS

# the article's answers, and the next steps said after them ("ça marche toujours pas":
# actions/still_failing.py), which need no account either: "et en anglais ?" after "still
# nothing" got "I can answer in English or French" (twenty-seventh outsider check, F4)
NEXT_STEPS = ("utter_sms_still_nothing", "utter_still_failing")
REPEATABLE = frozenset((*ANSWER.values(), *NEXT_STEPS))
# an action's reply whose value is said again: its response -> (the response that says the
# value, the slot its action set, the response's placeholder); the handoffs without a
# reference (phone only, unavailable) are left out
HANDOFF_WITHOUT_REFERENCE = frozenset(
    ("utter_handoff_phone_only", "utter_handoff_phone_only_closed", "utter_handoff_unavailable")
)
# the replies that gave a ticket's number, and "what was my reference?"'s (thirtieth outsider
# check, findings 1 and 2: "et en anglais ?" after the reference said again got the generic reply)
TICKET_REPLIES = frozenset(
    ("utter_ticket_created", "utter_ticket_existing", "utter_reference_ticket")
)
HANDOFF_VALUE = ("utter_reference_handoff", "handoff_reference", "reference")
TICKET_VALUE = ("utter_reference_ticket", "ticket_number", "ticket_number")
# a topic ranked after the language request carries the message's own question when it is this
# sure and the message is long enough to hold one ("in English please?" ranks topics near 0)
TOPIC_CONFIDENCE = 0.15
QUESTION_WORDS = 8


# replies that are no answer to say again: the language note itself, greetings, courtesies
# ("Bonjour" then "can we speak English?" is the language note, not the greeting again)
NOT_AGAIN = frozenset(
    (
        "utter_language",
        "utter_same_answer_in_language",
        "utter_greet",
        "utter_goodbye",
        "utter_you_are_welcome",
        "utter_anything_else",
        "utter_please_rephrase",
        "utter_form_continue",
    )
)
PERSONAL_PREFIX = "utter_personal_"  # the personal lines said after an answer (actions/personal.py)


def facts_only(name: str, domain: dict[str, Any] | None) -> bool:
    """Whether the response states nothing but fixed facts (the support line, the 28 days…), so
    that it can be said again in the other language as it is: "and in French?" after "a code by
    SMS is valid for 10 minutes" or "the app is not set up on your account" got the general
    language note (forty-second outsider check, F2). A reply with a value of its own (a
    reference, a masked number, a date) is said again by values_again, or not at all."""
    # (the personal line after an answer, "log in to see your own situation", is not repeated)
    # (their variants too: utter_greet_help, utter_language_while_form, `_again`)
    if any(name == n or name.startswith(n + "_") for n in NOT_AGAIN):
        return False
    if name.startswith(PERSONAL_PREFIX):
        return False
    variations = ((domain or {}).get("responses") or {}).get(name) or []
    texts = [str(v.get("text") or "") for v in variations if isinstance(v, dict)]
    if not any(texts):
        return False
    return all(set(content.placeholders(t)) <= set(content.FACTS) for t in texts)


def back_through_the_session(tracker: Tracker) -> Iterator[tuple[int, dict[str, Any]]]:
    """The session's events from the latest back, each with the number of customer messages
    from it to the end (1 for the assistant's turn before the latest message)."""
    users = 0
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind in ("session_started", "restart"):
            return
        users += kind == "user"
        yield users, event


def last_turn(tracker: Tracker) -> tuple[list[str], str | None, dict[str, str]]:
    """The responses of the assistant's turn before the customer's latest message, the reply
    language then (the `language` slot before that message), and the responses said as a
    variant for one part of them (bot/rasa_ext/nlg.py FOCUS: « Non : ne donnez jamais votre
    code… » for "can I give you the code here?"), response -> variant: "in English please"
    says the variant again, not the general answer, which dropped the "never" (thirty-ninth
    outsider check, F2)."""
    names: list[str] = []
    variants: dict[str, str] = {}
    before: str | None = None
    for users, event in back_through_the_session(tracker):
        kind = event.get("event")
        if users >= 2 and before is not None:
            break
        if kind == "bot" and users == 1:
            metadata = event.get("metadata") or {}
            # the response, and a second question's answer said in the same bubble (twenty-
            # eighth outsider check: "and in English?" repeated only the first of two answers)
            name = metadata.get("utter_action")
            said = [name, metadata.get(ALSO_ANSWERED)]
            names[0:0] = [n for n in said if isinstance(n, str) and n]
            variant = metadata.get(SAID_AS)
            own = isinstance(variant, str) and variant.startswith(f"{name}_")  # this one's only
            if isinstance(name, str) and own:
                variants[name] = str(variant)
        elif kind == "slot" and event.get("name") == "language" and users >= 1 and before is None:
            # the value set last before the latest message. The turn's bot events are read to
            # the turn's start: the fallback sets the language again after its answer ("and
            # after that?" then "en français svp" found no answer to repeat: forty-first
            # outsider check, F4)
            before = event.get("value")
    return names, before, variants


def asked_topic(tracker: Tracker) -> str | None:
    """The answer to a topic asked in the same message as the language ("can you explain in
    English what to do if the code doesn't arrive?"), or None."""
    if len(latest_text(tracker).split()) < QUESTION_WORDS:
        return None
    for name, confidence in ranked_intents(tracker)[1:3]:
        answer = ANSWER.get(name)
        if answer and confidence >= TOPIC_CONFIDENCE:
            return answer
    return None


def gave_a_reference(response: str) -> bool:
    """A handoff's reply with its reference, or the reference said again."""
    handoff = response.startswith("utter_handoff") and response not in HANDOFF_WITHOUT_REFERENCE
    return handoff or response == HANDOFF_VALUE[0]


async def values_again(said: list[str], tracker: Tracker) -> list[tuple[str, dict[str, str]]]:
    """The reference or ticket number a reply of the last turn gave, as responses to say (the
    ticket's only to its account's session: actions/reference.py owned_ticket)."""
    wanted = []
    if any(gave_a_reference(name) for name in said):
        wanted.append(HANDOFF_VALUE)
    if any(name in TICKET_REPLIES for name in said):
        wanted.append(TICKET_VALUE)
    found = []
    for response, slot, placeholder in wanted:
        value = given_value(tracker, slot)
        if slot == TICKET_VALUE[1]:
            value = await owned_ticket(tracker, value)
        if value:
            found.append((response, {placeholder: value}))
    return found


def values_heading(
    said: list[str], again: list[tuple[str, dict[str, str]]], values: list[tuple[str, dict]]
) -> str:
    """The heading over what is said again: a handoff's or a ticket's reply gives only its
    value again (its other lines hold the backend's words in one language), which is no longer
    "the same answer" (fifty-ninth outside check, F10: after the closed line's hours and an
    open request, "and in English?" got "here is the same answer in English: Your reference
    is AUFE96")."""
    own = {HANDOFF_VALUE[0], TICKET_VALUE[0]}
    if values and not again and not set(said) <= own:
        return "utter_same_answer_in_language_values"
    return "utter_same_answer_in_language"


def last_turns_second_question(tracker: Tracker) -> str | None:
    """The topic of the second question the last turn answered, when it has a line of the
    customer's own (actions/personal.py, as second_question_answered reads it for this turn)."""
    last_turn = takewhile(lambda step: step[0] < 2, back_through_the_session(tracker))
    said = (event.get("metadata") or {} for _, event in last_turn if event.get("event") == "bot")
    return second_question_in(said)


def last_turn_context(tracker: Tracker) -> tuple[list[str], str | None]:
    """The actions run in the turn before the customer's latest message, and the intent of the
    message that turn answered."""
    actions: list[str] = []
    for users, event in back_through_the_session(tracker):
        kind = event.get("event")
        if kind == "user" and users == 2:
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            return actions, intent if isinstance(intent, str) else None
        if kind == "action" and users == 1:
            actions.insert(0, str(event.get("name")))
    return actions, None


async def read_again(tracker: Tracker, domain: dict[str, Any]) -> list[dict[str, Any]]:
    """What the account's read-only actions of the last turn said, said again in the new
    language: the customer's own line after an answer ("25 jours, jusqu'au 29 décembre"), a
    request's status (thirtieth outsider check, findings 1 and 3: both were lost). They read
    the backend and change nothing, so running them again is safe; an action that acts (a
    resend, a switch, a ticket, a handoff) is never run again."""
    actions, question = last_turn_context(tracker)
    collected = CollectingDispatcher()
    if "action_personal_answer" in actions:
        said = await add_personal_line(collected, tracker, domain, question)
        # ...and the second question's own line, as the action said it ("et en anglais ?" after
        # the support's number and "j'ai combien de temps ?" lost the 25 days: fifty-eighth
        # outside check, F8)
        second = last_turns_second_question(tracker)
        if second is not None and second != question:
            await add_personal_line(collected, tracker, domain, second, hint=False, not_again=said)
    if "action_sms_help" in actions:
        # where the login's SMS went, or why none came ("et en anglais ?" after "which number
        # did you send it to?" said the general text only: forty-ninth outsider check, F10)
        line = sms_line(await fetch_status(tracker))
        if line is not None:
            say(collected, domain, line)
    if "action_request_status" in actions:
        name, values = request_reply(await fetch_status(tracker), language(tracker))
        utter(collected, domain, name, **values)
    if "action_check_status" in actions:
        # the customer's own status ("il vous reste 25 jours…", "your 28 days are over"):
        # thirty-first outsider check, finding 4, "et en anglais ?" got "I can answer in…"
        await ActionCheckStatus().run(collected, tracker, domain)
    return collected.messages


class ActionLanguage(Action):
    def name(self) -> str:
        return "action_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        topic = asked_topic(tracker)
        if topic is not None:
            utter(dispatcher, domain, topic)
            return []
        said, before, variants = last_turn(tracker)
        again: list[tuple[str, dict[str, str]]] = [
            (variants.get(name, name), {})
            for name in said
            if name in REPEATABLE or facts_only(variants.get(name, name), domain)
        ]
        values = await values_again(said, tracker)
        heading = values_heading(said, again, values)
        again += values
        now = tracker.get_slot("language")
        if before is None or now is None or before == now:
            utter(dispatcher, domain, "utter_language")
            return []
        # a read-only action's reply that is also a plain response of the turn is said once
        # ("and in French?" after "what's my request number?" said it twice: forty-eighth
        # outsider check, F6)
        said_again = {name for name, _ in again}
        read = [m for m in await read_again(tracker, domain) if m.get("response") not in said_again]
        if not again and not read:
            utter(dispatcher, domain, "utter_language")
            return []
        # the heading only over something said after it (a heading alone was a dead end)
        if read:
            heading = "utter_same_answer_in_language"
        utter(dispatcher, domain, heading)
        for name, filled in again:
            utter(dispatcher, domain, name, **filled)
        dispatcher.messages.extend(read)
        return []
