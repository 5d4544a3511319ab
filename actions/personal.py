"""Personal answers: a general question from a customer the backend knows gets the help
article's answer, then THEIR situation (issue 16).

The rules say the article's answer first (a plain response: it needs neither the action
server nor the backend, so it still comes when they are down), then run one of these
actions, which add the customer's own line:

* action_personal_answer, for the questions where the customer's own state changes the
  answer: "how long do I have?" (ask_deadline) from someone whose 28 days are over, "why
  can't I get in?" (read as ask_why_2fa) from a locked account, a refused code while the
  login waits for the app's code... It adds the one line that matters for that question
  (actions/status.py), or, to a customer the backend does not know, how to get it (open
  the chat from the portal), or nothing.
* action_sms_help, after the article's steps for "the SMS never came": where the code was
  sent (masked number) or why no SMS is coming; the slot `sms_pending` tells the rules
  whether to offer a resend (data/rules/actions.yml). Asked again in the same conversation,
  the steps are their `_again` response (what to do next) and the line is not repeated.

When the backend cannot answer, the article's answer alone stays the reply.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    language,
    latest_intent,
    latest_text,
    reset_fallback,
    times_said,
    utter,
)
from actions.status import (
    Line,
    fetch_status,
    pending_line,
    say,
    session_ended_response,
    situation_line,
    tries_left_line,
)
from actions.switch import not_enrolled_reply, offer_for
from bot.answers import ALSO_ANSWERED, ANSWER, SAID_AS
from bot.code_format import holds_a_code
from bot.nlu.unrequested_code import received_without_logging_in
from bot.which_number import asks_which_number

# the kinds of personal line that matter after the article's answer to each question
STATE_KINDS = {"locked", "enrolled", "expired", "days_left"}
PERSONAL_KINDS = {
    "ask_deadline": {*STATE_KINDS, "stage"},
    "ask_since_when": STATE_KINDS,
    "ask_how_enable": {*STATE_KINDS, "stage"},
    "ask_enable_app": {"locked", "enrolled", "stage"},
    "ask_enable_sms": {"locked", "enrolled", "stage"},
    "ask_why_2fa": {"locked", "expired"},
    "code_rejected": {"locked", "pending"},
}
# questions whose answer depends on the account: an anonymous customer is told how to see it
ANONYMOUS_HINT = {"ask_deadline", "ask_since_when", "ask_how_enable"}
SMS_PENDING_SLOT = "sms_pending"


# the steps for one method asked by a customer enrolled with the other: those steps cannot be
# followed from the login popup (one method per account); a reset is the way (eleventh
# outsider check, LF02: "passe moi sur l'appli" from an SMS account got the app steps and
# "your 2FA is active by SMS", and nothing on how to move)
OTHER_METHOD = {
    ("ask_enable_app", "sms"): "utter_switch_not_enrolled_app",
    ("ask_enable_sms", "totp"): "utter_switch_not_enrolled_sms",
}


# the steps for one method asked while the popup waits for the other one's code, and the
# popup offers it ("what if I want to use SMS instead?" during an app activation): the move
# is offered, and a "yes" makes it (actions/switch.py OFFER). Nineteenth outsider
# check: such a question got the SMS steps alone, and "ok do it then" switched nothing.
QUESTION_METHOD = {"ask_enable_sms": "sms", "ask_enable_app": "totp"}


def offer_line(body: dict[str, Any], question: str) -> Line | None:
    """The offer to move the pending login or activation to the method asked about."""
    method = QUESTION_METHOD.get(question)
    offer = offer_for(body, method) if method else None
    return Line("pending", offer) if offer else None


def personal_line(body: dict[str, Any] | None, question: str | None, lang: str) -> Line | None:
    """The first line about this customer that matters for `question`, if any."""
    if not body or not body.get("known") or question not in PERSONAL_KINDS:
        return None
    offer = offer_line(body, question)
    if offer is not None:
        return offer
    kinds = PERSONAL_KINDS[question]
    other = OTHER_METHOD.get((question, str(body.get("method"))))
    if other is not None and body.get("enrolled") and not body.get("locked"):
        return Line("enrolled", not_enrolled_reply(other, body))
    for line in (stage_line(body, question), situation_line(body, lang), pending_line(body)):
        if line is not None and line.kind in kinds:
            return line
    return None


# the set-up's steps of one method, which start at the choice of method
METHOD_STEPS = frozenset({"ask_enable_app", "ask_enable_sms"})


def stage_line(body: dict[str, Any], question: str | None = None) -> Line | None:
    """The popup already at the method's choice (28 days over, or a reset done): "how do I
    enable it?" starts there, not at "log in" and « Oui, je veux… », which that popup no longer
    shows (forty-fifth outsider check, F11: "At your next login, follow the steps"). The popup
    still at its first screen: one method's steps, which start at the choice, come after « Oui,
    je veux… », « Continuer » and a new login (forty-seventh outsider check, F9: « bon ok je vais
    l'activer tout de suite, par sms » got steps starting at « SMS »)."""
    if body.get("enrolled") or body.get("locked"):
        return None
    if body.get("stage") == "choose" and question in TIME_QUESTIONS:
        # the popup past « Non, pas maintenant » within the 28 days (a "yes" given, a reset
        # done): no postponing is offered any more, whatever days are left (fifty-sixth outside
        # check, F6: "you can postpone it by clicking « Non, pas maintenant »… 25 days left");
        # the 28 days over keep their own line
        expired = body.get("grace_expired")
        return None if expired else Line("stage", "utter_status_at_the_choice_no_postponing")
    if body.get("stage") == "choose" and question == "ask_how_enable":
        # after the five steps: which of them are behind, not the choice as if nothing were
        # said above (fiftieth outsider check, F10: steps 1-3 read as still to do)
        return Line("stage", "utter_status_at_the_choice_after_steps")
    if body.get("stage") == "choose" and question not in METHOD_STEPS:
        return Line("stage", "utter_status_at_the_choice")
    if body.get("stage") == "offer" and question in METHOD_STEPS:
        return Line("stage", "utter_status_at_the_offer")
    return None


class ActionPersonalAnswer(Action):
    def name(self) -> str:
        return "action_personal_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        said = await add_personal_line(dispatcher, tracker, domain, latest_intent(tracker))
        second = second_question_answered(tracker)
        if second is not None and second != latest_intent(tracker):
            await add_personal_line(dispatcher, tracker, domain, second, hint=False, not_again=said)
        if holds_a_code(latest_text(tracker)):
            # "the code 551203 doesn't work": the answer, then never share codes here
            # (twentieth and twenty-first outsider checks)
            utter(dispatcher, domain, "utter_code_not_here")
        return reset_fallback(tracker)


# the account's standing lines, said once per conversation after other questions' answers: the
# days left came after 6 of 7 replies of one conversation (forty-third outsider check, F8). The
# time questions keep them (the date is what "et j'ai jusqu'à quand ?" asks: forty-second, F8),
# and a lock or a login waiting for its code is said every time (it is what to act on)
ONCE_KINDS = {"days_left", "enrolled", "expired"}
TIME_QUESTIONS = {"ask_deadline"}
# the variants of this turn's answer that already tell a line's fact: "pourquoi ?" right after
# the lock is answered by why the account locks and who unlocks it (bot/rasa_ext/nlg.py
# WHY_OF); the lock line after it said it a second time in the same turn (forty-sixth outsider
# check, F15)
TOLD_BY = {"locked": frozenset({"utter_why_2fa_locked"})}


def said_this_turn(tracker: Tracker) -> Iterator[dict[str, Any]]:
    """The metadata of each bot message since the customer's latest message, newest first."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return
        if event.get("event") == "bot":
            yield event.get("metadata") or {}


def shown_this_turn(tracker: Tracker) -> set[str]:
    """The variants the assistant showed since the customer's latest message (SAID_AS)."""
    return {str(metadata.get(SAID_AS) or "") for metadata in said_this_turn(tracker)}


async def add_personal_line(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    question: str | None,
    hint: bool = True,
    not_again: Line | None = None,
) -> Line | None:
    """After the article's answer to `question`: this customer's line, or how to see it (not
    when `hint` is False: a follow-up whose question already had it); the line said, if any
    (`not_again`: a line this turn already said, for the second question's)."""
    body = await fetch_status(tracker)
    said = _say_personal_line(dispatcher, tracker, domain, body, question, hint, not_again)
    tries = (
        tries_left_line(body, language(tracker), latest_text(tracker))
        if body and question in TRIES_QUESTIONS
        else None
    )
    if tries is not None:  # after the refused code's line: what to act on before the next try
        say(dispatcher, domain, tries)
    return said


# the questions after whose answer the wrong codes left before the lock are said
TRIES_QUESTIONS = {"code_rejected"}


def _say_personal_line(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    body: dict[str, Any] | None,
    question: str | None,
    hint: bool,
    not_again: Line | None,
) -> Line | None:
    """add_personal_line's line for `question`, said unless said before or this turn."""
    line = personal_line(body, question, language(tracker))
    repeated = line is not None and line.kind in ONCE_KINDS and _said_before(tracker, line)
    if repeated and question not in TIME_QUESTIONS:
        return None
    if line is not None and TOLD_BY.get(line.kind, frozenset()) & shown_this_turn(tracker):
        return None
    if line is not None and line != not_again:
        say(dispatcher, domain, line)
        return line
    if hint and body is not None and not body.get("known") and question in ANONYMOUS_HINT:
        utter(dispatcher, domain, session_ended_response(body) or "utter_personal_anonymous")
    return None


# the article's answer -> its topic, to read which topic a second question's answer was
TOPIC_OF = {response: topic for topic, response in ANSWER.items()}


def second_question_answered(tracker: Tracker) -> str | None:
    """The topic of the second question answered this turn, in the same bubble as the first
    (bot/rasa_ext/nlg.py, ALSO_ANSWERED), when the customer's own state changes its answer:
    "c'est quoi le numéro du support et j'ai combien de temps pour activer ?" got the line and
    the general 28 days, and the customer's own 25 days only a turn later (fifty-fifth and
    fifty-sixth outside checks, F3 and F7)."""
    return second_question_in(said_this_turn(tracker))


def second_question_in(said: Iterable[dict[str, Any]]) -> str | None:
    """The topic of the second question answered among these bot messages' metadata, when the
    customer's own state changes its answer (PERSONAL_KINDS), else None."""
    for metadata in said:
        topic = TOPIC_OF.get(str(metadata.get(ALSO_ANSWERED)))
        if topic in PERSONAL_KINDS:
            return topic
    return None


def sms_line(body: dict[str, Any] | None) -> Line | None:
    """Why the SMS may not come, for this customer: where it went, or why none is coming."""
    if body is None:
        return None
    if not body.get("known"):
        return Line("anonymous", "utter_sms_needs_portal")
    if body.get("locked"):
        return Line("locked", "utter_status_locked")
    # nothing pending on an account that holds SMS alone: after the steps, their 4th is said not
    # to be for it (fifty-seventh outside check, F8: "toujours rien" then offered « Essayer une
    # autre méthode », which that account's popup never shows)
    sms_only = body.get("methods") == ["sms"]
    nothing = "utter_resend_no_pending_sms_only" if sms_only else "utter_resend_no_pending"
    return pending_line(body) or Line("none", nothing)


# said right after the article's four steps, whose 4th is « Essayer une autre méthode »: an
# account on SMS alone is told that step is not for it, rather than a line that contradicts
# the steps just above (thirty-eighth outsider check, finding 10)
# A login or an activation that waits for the app's code gets no SMS at all: the SMS steps
# are said not to apply, rather than the app's line read as one more step (fifty-sixth
# outside check, F5: "je n'ai pas reçu le code" during an app activation got the SMS steps)
AFTER_THE_STEPS = {
    "utter_status_pending_sms_login_only": "utter_sms_login_only_after_steps",
    "utter_status_pending_app": "utter_app_login_after_sms_steps",
    "utter_status_pending_app_enroll": "utter_app_enroll_after_sms_steps",
    "utter_resend_no_pending_sms_only": "utter_sms_only_no_pending_after_steps",
}


def after_the_steps(line: Line | None) -> Line | None:
    """The personal line as said after utter_sms_not_received's steps."""
    if line is None or line.response not in AFTER_THE_STEPS:
        return line
    return replace(line, response=AFTER_THE_STEPS[line.response])


def _said_before(tracker: Tracker, line: Line) -> bool:
    """The line was said in this conversation, as such or in its after-the-steps wording."""
    names = {line.response, AFTER_THE_STEPS.get(line.response, line.response)}
    return any(times_said(tracker, name) for name in names)


def resend_possible(line: Line | None) -> bool:
    """A login waits for an SMS code sent to the number on file: the assistant can resend it
    (an enrollment's number is typed in the popup, whose « Renvoyer » is the way there).

    Not when no SMS could go and a wait is told ("click « Renvoyer » in 1 min, or ask me
    then"): offered at once, the resend was refused by that same wait ("the last one left less
    than a minute ago") and contradicted the line (thirty-fifth outsider check, F2)."""
    return line is not None and line.response in (
        "utter_status_pending_sms_login",
        "utter_status_pending_sms_login_only",
        "utter_sms_login_only_after_steps",
        "utter_status_pending_sms_login_not_sent_now",
    )


class ActionSmsHelp(Action):
    def name(self) -> str:
        return "action_sms_help"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if received_without_logging_in(latest_text(tracker)):  # nothing to resend, no line
            return reset_fallback(tracker) + [SlotSet(SMS_PENDING_SLOT, False)]
        number = asks_which_number(latest_text(tracker))
        again = times_said(tracker, "utter_sms_not_received") > 1
        line = sms_line(await fetch_status(tracker))
        # said after the four steps only: "which number?" and "still nothing" get answers with
        # no step 4 (thirty-ninth outsider check, F5)
        line = line if number or again else after_the_steps(line)
        # "toujours rien", "still nothing": the steps just said were utter_sms_not_received's
        # `_again` response, the next steps (bot/rasa_ext/nlg.py); the customer's line is not
        # said twice, and a resend already done is not offered again (ninth check, finding 6)
        # "which number did you send it to?" (bot/which_number.py): the masked number is the
        # answer, said again if need be, and a resend already done is not offered once more
        # (sixteenth outsider check, item 1)
        if line is not None and (number or not (again and _said_before(tracker, line))):
            say(dispatcher, domain, line)
        resent = times_said(tracker, "utter_resend_done") > 0
        pending = resend_possible(line) and not ((again or number) and resent)
        return reset_fallback(tracker) + [SlotSet(SMS_PENDING_SLOT, pending)]
