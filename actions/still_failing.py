"""action_still_failing: "et si ça marche toujours pas ?", "didn't help", "same problem".

After an answer, customers tell that it still fails, or ask what to do if it does, without
naming what: the topic is the answer they have just read. NLU reads each message alone, and
the classifier put such follow-ups on whichever topic shared a word ("et si ça marche
toujours pas ?" was the 28 days, "and if it still doesn't work?" the refused code: twenty-third
outsider check). The intent `still_failing` says "it still fails, no topic"; this action takes
the topic from the assistant's last answers, as actions/followups.py does for durations, and
gives that answer's next step: after the SMS steps, another method or a person; after the
refused-code checks, the same checks said as a second time (the lock, another method, a
person). After another answer, or none, a message that names the code or the SMS ("the code
still doesn't work" as a first message: still failing 0.51, the refused code 0.42) gets that
topic's steps, read from the classifier's runner-up. Otherwise, the support line and a
person: the article's last resort. (An offer such as the changed phone's is not made
again from here: its "yes" rules follow the offer itself, not this action.)
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import ranked_intents, reset_fallback, said_before_this_message, utter
from actions.fallback import STILL_FAILING, last_answer

# the support line and a person, when the last answer has no next step of its own
LAST_RESORT = "utter_still_failing"
# how far back an answer still is "the one just read"
RECENT_MESSAGES = 3
# without troubleshooting steps before: a troubleshooting topic the classifier heard next, and
# its steps
FIRST_STEPS = {"code_rejected": "utter_code_rejected", "sms_not_received": "utter_sms_not_received"}
# answers whose next step is to set 2FA up again: "et maintenant je fais quoi ?" after "your
# request was completed: 2FA was reset" got "sorry it still doesn't work" and a person
# (thirty-sixth outsider check, finding 7)
SET_UP_NEXT = {
    "utter_request_status_completed": "utter_how_enable",
    "utter_request_status_completed_unnumbered": "utter_how_enable",
}
# what comes next inside the reset request (its `_while_form` variant)
IN_A_FORM = "utter_how_enable"
# how sure the classifier must be of that topic (the fallback's threshold)
RUNNER_UP_FLOOR = 0.2


def runner_up(tracker: Tracker) -> tuple[str, float]:
    """The classifier's second reading of the message being answered, and its confidence."""
    ranking = ranked_intents(tracker)
    return ranking[1] if len(ranking) > 1 else ("", 0.0)


def next_step(said: list[str], second: tuple[str, float] = ("", 0.0)) -> str:
    """The reply to "it still fails" after the assistant's last responses (newest first), or
    the steps of the troubleshooting topic heard second."""
    # the troubleshooting steps' next step, as the fallback gives it after a message not understood
    answer = last_answer(said)
    if answer in STILL_FAILING:
        return STILL_FAILING[answer]
    if answer in SET_UP_NEXT:
        return SET_UP_NEXT[answer]
    topic, confidence = second
    if topic in FIRST_STEPS and confidence >= RUNNER_UP_FLOOR:
        return FIRST_STEPS[topic]
    return LAST_RESORT


class ActionStillFailing(Action):
    def name(self) -> str:
        return "action_still_failing"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if (tracker.active_loop or {}).get("name"):
            # inside the reset request, "et maintenant je fais quoi" asks what the request needs
            # next, which the set-up's answer says while a form asks (bot/rasa_ext/nlg.py,
            # `_while_form`); blind round 26's "what now" lines made such a message read as
            # still failing, which gave the support line in the middle of the request
            utter(dispatcher, domain, IN_A_FORM)
            return reset_fallback(tracker)
        said = said_before_this_message(tracker, RECENT_MESSAGES)
        utter(dispatcher, domain, next_step(said, runner_up(tracker)))
        return reset_fallback(tracker)
