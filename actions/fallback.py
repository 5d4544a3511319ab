"""action_fallback: the assistant did not understand (NLU fallback, a message no rule
expects, a stale button, a code or an email typed out of place, or Rasa's core fallback).

One reply, never a dead end:
* the reply says what went wrong in the customer's language and offers a way forward: the
  2-3 closest topics as buttons (actions/suggestions.py) and the support line and email;
  from the second miss in a row, the handoff ("Parler à un conseiller");
* during a form, the form's question is asked again (with its cancel button) instead;
* the action ends the turn with `UserUtteranceReverted`, as Rasa's own default fallback
  does: the misunderstood message is taken out of the dialogue state, so the policies
  predict `action_listen` next. Without it, the RulePolicy (whose core fallback this
  action is) predicts this action again and again until Rasa's circuit breaker trips and
  the conversation is dead for good. The revert also keeps the previous question open
  ("Oui" after a misunderstanding still answers it).

"In a row" is read from the conversation's raw events (reverted turns included): the user
turns just before this one that were also answered by this action. The slot
`fallback_count` mirrors the count for the agent console; the language of the reverted
message is set again so that the conversation keeps it.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import (
    ActionExecuted,
    EventType,
    FollowupAction,
    SlotSet,
    UserUtteranceReverted,
)
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from actions.common import (
    bot_events_before_this_message,
    find_email,
    language,
    latest_intent,
    latest_text,
    said_before_this_message,
    times_said,
    utter,
)
from actions.handoff import HANDOFF_GIVEN
from actions.reference import given_value
from actions.status import PERSONAL_LINES, fetch_status, say, situation_line
from actions.suggestions import (
    MAX_TOPICS,
    closest_intent,
    closest_topics,
    ranked_topics,
    topic_buttons,
)
from bot.answers import SAID_AS
from bot.code_format import holds_a_code
from bot.next_step import AND_THEN, MISUNDERSTOOD, NOT_UNDERSTOOD
from bot.nlu.reset_wanted import asks_to_open_a_reset
from bot.nlu.switch_asked import asks_to_switch
from bot.plain_text import plain

ACTION_NAME = "action_fallback"
OFFER_AFTER = 2
HANDOFF_TOPIC = "request_human"
# what the assistant says about an SMS that does not come: a "yes" after it means "still nothing"
SMS_STEPS = {
    "utter_sms_not_received",
    "utter_sms_needs_portal",
    "utter_resend_no_pending",
    "utter_resend_no_pending_sms_only",
    "utter_sms_only_no_pending_after_steps",
    "utter_resend_done",
    "utter_resend_wait",
    "utter_resend_limit",
    "utter_resend_needs_portal",
    "utter_status_pending_sms_login",
    "utter_status_pending_sms_login_only",
    "utter_sms_login_only_after_steps",
    "utter_status_pending_sms_login_not_sent",
    "utter_status_pending_sms_login_not_sent_now",
    "utter_status_pending_sms_enroll_not_sent",
    "utter_status_pending_sms_enroll_not_sent_now",
    "utter_status_pending_sms_enroll",
    "utter_status_pending_sms_enroll_no_number",
    "utter_status_pending_sms_enroll_number",
    "utter_sms_still_nothing",
}
# offers a "no" declined, and what the assistant says then: "actually yes" makes the offer again
OFFERS = {
    "utter_phone_changed",
    "utter_offer_resend",
    "utter_ask_confirm_resend",
    "utter_offer_switch",
}
DECLINED = {"utter_anything_else", "utter_ticket_cancelled", "utter_cancelled"}
# the reset's own offer ("Shall I open it?", or "Shall I start?" when it was asked for)
RESET_OFFER = "utter_phone_changed"
AFFIRM_PAYLOAD = "/affirm"
# replies that end on "I can do X for you": a typed "yes" is the "yes" to offer X, whose rules
# then run (as_accepted). Outsider check of 2026-12-01: "yes" to "I can open it for you" was not
# understood; eleventh check: it made the offer again, which needed a second "yes"
ACCEPTED = {
    "utter_switch_not_enrolled_sms": "utter_phone_changed",
    "utter_switch_not_enrolled_app": "utter_phone_changed",
    # the line is closed: "...or ask me to open the request here" (seventh outsider check, F1)
    "utter_handoff_closed": "utter_phone_changed",
    "utter_handoff_closed_no_date": "utter_phone_changed",
    "utter_handoff_closed_signed_in": "utter_phone_changed",
    "utter_handoff_closed_no_date_signed_in": "utter_phone_changed",
    # "pourquoi ?" after the changed-phone offer: why a ticket, and the offer again
    # (bot/rasa_ext/nlg.py WHY_OF; said as a variant of utter_why_2fa)
    "utter_why_2fa_reset": "utter_phone_changed",
    # "…If you want it, just tell me (for example “open the request”)" after "why not?", and
    # "I can't see any reset request… I can open one for you: just tell me": "ok fine, go ahead
    # and open it", « oui ouvre en une svp » got "All right. Anything else?" (fiftieth outsider
    # check, F1 and F3)
    "utter_why_2fa_switch_not_enrolled": "utter_phone_changed",
    "utter_request_status_none": "utter_phone_changed",
    "utter_reset_next": "utter_phone_changed",
}
# troubleshooting steps, and the lead for a message not understood right after them: most
# often "I did that, it still fails" ("j'ai vérifié l'heure du tel", "already synced the
# clock": ninth outsider check, finding 7), so the steps' next step. utter_code_rejected said
# a second time is its `_again` response (bot/rasa_ext/nlg.py): the lock, another method, a person
STILL_FAILING = {name: "utter_sms_still_nothing" for name in SMS_STEPS} | {
    "utter_code_rejected": "utter_code_rejected",
}
# the replies that told how to reach an agent (actions/handoff.py), or said the reference again
HANDOFF_REPLIES = sorted(HANDOFF_GIVEN | {"utter_reference_handoff"})
HANDOFF_NEXT = "utter_handoff_next"
REFERENCE_SLOT = "handoff_reference"
# "and then?" (bot/next_step.py) right after an answer: the step that comes after it
NEXT_STEP = {
    "utter_what_is_2fa": "utter_how_enable",
    "utter_why_2fa": "utter_how_enable",
    "utter_since_when": "utter_how_enable",
    "utter_deadline": "utter_how_enable",
    "utter_enable_app": "utter_remember_device",
    "utter_enable_sms": "utter_remember_device",
    # "log in first, or call support if you can't": "bon et alors ?" got topic buttons about
    # codes (thirty-sixth outsider check, finding 5); the support line and a person
    "utter_reset_login_first": "utter_still_failing",
    # "what now?" after the support's contacts fell back to topic buttons (thirty-seventh
    # outsider check, finding 2): how to reach them, a person from here, or the steps
    "utter_contact": "utter_contact_next",
    "utter_contact_open_now": "utter_contact_next",
    "utter_contact_closed_now": "utter_contact_next",
    # ...and after "still failing", which gave them too ("it still doesn't work" then "what
    # now?" fell back: fortieth outsider check, F7)
    "utter_still_failing": "utter_contact_next",
    # "what now?" after "the app is not set up, a reset is needed, I can open it" (a fallback)
    # or after a refused request (the activation steps): the reset request's next step, with
    # its button (forty-second outsider check, F4)
    "utter_switch_not_enrolled_sms": "utter_reset_next",
    # (the same, a request already open: what follows the request)
    "utter_switch_not_enrolled_sms_request_open": "utter_ticket_next",
    "utter_switch_not_enrolled_app_request_open": "utter_ticket_next",
    "utter_switch_not_enrolled_app": "utter_reset_next",
    "utter_request_status_refused": "utter_reset_next",
    "utter_request_status_refused_unnumbered": "utter_reset_next",
    # "et alors ?" after the lock (only support unlocks it) fell back (forty-sixth outsider
    # check, F2): how to reach support, a person from here
    "utter_account_locked": "utter_contact_next",
    "utter_status_locked": "utter_contact_next",
    "utter_status_unknown_locked": "utter_contact_next",
    # ...and after the reason asked for an answer (bot/rasa_ext/nlg.py WHY_OF), that answer's
    # next step, not the set-up's that follows why 2FA (fifty-first outsider check, F2)
    "utter_why_2fa_locked": "utter_contact_next",
    # "what now?" after "your 28 days are over" (fifty-second outsider check, F2: the fallback):
    # how to enable it now, with the methods' buttons
    "utter_status_grace_expired": "utter_deadline_over",
    # ...and after an open request's status: what follows it; after a completed one: the set-up
    # again (fifty-third outsider check, F2: "what now? do I just wait?" fell back)
    "utter_request_status_open": "utter_ticket_next",
    "utter_request_status_open_unnumbered": "utter_ticket_next",
    "utter_request_status_completed": "utter_how_enable",
    "utter_request_status_completed_unnumbered": "utter_how_enable",
    "utter_why_2fa_login_first": "utter_still_failing_login_first",
    "utter_why_2fa_reset": "utter_reset_next",
    # fifty-fourth outside check, F1: "et maintenant ?" after the days left and after "nothing
    # to reset" (the set-up), after "no request on your account" and after why a method is added
    # only by a reset (the request's next step) fell back
    "utter_status_not_enrolled": "utter_how_enable",
    "utter_reset_not_enrolled": "utter_how_enable",
    "utter_request_status_none": "utter_reset_next",
    "utter_why_2fa_switch_not_enrolled": "utter_reset_next",
    "utter_why_2fa_refused": "utter_reset_next",
    # "what happens now?" after the ticket opened; "and then?" after a method switched
    # (forty-seventh outsider check, F5: the 28 days, or "sorry it still doesn't work")
    "utter_ticket_created": "utter_ticket_next",
    "utter_ticket_existing": "utter_ticket_next",
    "utter_switch_done_app": "utter_remember_device",
    "utter_switch_done_sms": "utter_remember_device",
    "utter_switch_done_app_login": "utter_remember_device",
    "utter_switch_enter_phone": "utter_remember_device",
    # "what now?" after an agent's reference, given or said again: call with it (forty-ninth
    # outsider check, F7: it fell back); the reference is the conversation's (HANDOFF_NEXT)
    **dict.fromkeys(HANDOFF_REPLIES, "utter_handoff_next"),
} | STILL_FAILING  # after troubleshooting steps, their next step
# lines said after an answer that are not the answer itself
HINTS = {"utter_personal_anonymous", "utter_code_not_here"}
# leads said as they are, with their own buttons if any (no topic buttons added)
OWN_BUTTONS = {
    "utter_ticket_next",
    "utter_sms_still_nothing",
    "utter_go_ahead",
    "utter_code_rejected",
    "utter_anything_else",
    "utter_how_enable",
    "utter_remember_device",
    "utter_still_failing",
    "utter_contact_next",
    "utter_not_clear",
    "utter_reset_next",
    "utter_still_failing_login_first",
    "utter_deadline_over",
    HANDOFF_NEXT,
}


def last_answer(said: list[str]) -> str | None:
    """The newest of the assistant's responses (said_before_this_message) that is an answer,
    the lines said after an answer (HINTS, and the customer's own line when an answer came
    before it) skipped. Logged in, "the code 123456 doesn't work" got the refused-code checks,
    the login's masked number and "never share codes"; "it still doesn't work" then lost the
    lock after 10 wrong codes, which anonymous visitors got (thirty-first outsider check,
    finding 3)."""
    answers = [name for name in said if name not in HINTS]
    # the customer's own line (PERSONAL_LINES): said after an answer, it is not the answer;
    # said alone (the status asked), it is
    topic = next((name for name in answers if name not in PERSONAL_LINES), None)
    return topic or next(iter(answers), None)


def consecutive_fallbacks(tracker: Tracker) -> int:
    """1 for this turn, plus each directly preceding user turn answered by this action."""
    count = 1
    seen_current_user = False
    fell_back = False
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind in ("session_started", "restart"):
            break
        if kind == "action" and event.get("name") == ACTION_NAME:
            fell_back = True
        elif kind == "user":
            if not seen_current_user:
                seen_current_user = True  # the message this action answers
            elif fell_back:
                count += 1
            else:
                break
            fell_back = False
    return count


# what may surround an address typed out of place ("c'est jean@acme.fr", "my email is …"):
# beyond that, the address is part of a story and the message's question is what to answer
ADDRESS_WORDS = 5
OWN_ADDRESS = re.compile(
    r"\b(?:mon|ma|my|voici|here s|here is)\b(?: \w+){0,2}? (?:adresse|address|email|e mail|mail"
    r"|courriel)\b|\b(?:adresse|address|email|mail|courriel) (?:c est|est|is)\b"
)


def an_address_alone(text: str) -> bool:
    """An email address typed with a few words at most. "I typed … my colleague is
    bob.martin@example.com, still cannot activate" got "I don't need your email address right
    now" and lost its question (thirty-ninth outsider check, F7): a message that says more than
    the address gets the closest topics like any other."""
    address = find_email(text)
    if address is None:
        return False
    rest = plain(re.sub(r"\S*@\S*", " ", text))
    # "mon adresse c'est jean.dupont@example.com, merci de faire vite" gives one's own address
    # (fortieth outsider check, F7: it got "please rephrase" twice)
    return len(rest.split()) <= ADDRESS_WORDS or bool(OWN_ADDRESS.search(rest))


def lead_of_the_words(text: str) -> str | None:
    """The lead the message's own words call for, whatever came before: a code or an address
    typed out of place, "that's not what I asked", "I don't get it"."""
    if holds_a_code(text):
        return "utter_fallback_code"
    if an_address_alone(text):
        return "utter_fallback_email"
    if MISUNDERSTOOD.match(text.strip()):
        # "that's not what I asked": the misread question's other topics (suggested_topics)
        return MISREAD
    if NOT_UNDERSTOOD.match(text.strip()):
        # "I don't get it" after an answer was read as a "no" ("All right. Anything else?":
        # thirty-eighth outsider check, finding 2): where the customer is stuck, and a person
        return "utter_not_clear"
    return None


def shown_as(tracker: Tracker, answer: str | None) -> str | None:
    """The wording the customer read for `answer` (its SAID_AS variant, if one was shown)."""
    for event in bot_events_before_this_message(tracker):
        metadata = event.get("metadata") or {}
        if metadata.get("utter_action") == answer:
            shown = metadata.get(SAID_AS)
            return shown if isinstance(shown, str) and shown else answer
    return answer


def gives_the_line(name: str | None, domain: dict[str, Any] | None) -> bool:
    """Whether a response, in any wording, gives the support line as its way on (not a
    fallback's or a greeting's mention of it): "what now?" after "I'm stopping the check here.
    Customer support can help you on…" or after who can unlock an account fell back (fifty-sixth
    outside check, F3); how to reach them, a person, is its next step."""
    if not name or not domain or name in NOT_A_WAY_ON:
        return False
    wordings = (domain.get("responses") or {}).get(name) or []
    return any("{support_phone}" in str(w.get("text") or "") for w in wordings)


# replies that name the support line without it being the way on
NOT_A_WAY_ON = frozenset(
    (
        "utter_please_rephrase",
        "utter_greet",
        "utter_greet_help",
        "utter_iamabot",
        "utter_offer_handoff",
    )
)


def lead_response(tracker: Tracker, count: int, domain: dict[str, Any] | None = None) -> str:
    """What the reply says first: a code or an address typed out of place gets its own
    warning; from the second miss, the handoff; a message NLU found closest to "out of
    scope" (the weather, an invoice) gets the honest out-of-scope answer; a stale "yes" is
    told there is nothing to confirm; "and then?" or a message not understood right after
    troubleshooting steps gets the step that comes next; anything else is asked to rephrase."""
    text = latest_text(tracker)
    told = lead_of_the_words(text)
    if told is not None:
        return told
    if count >= OFFER_AFTER:
        return "utter_offer_handoff"
    said = said_before_this_message(tracker)
    answer = last_answer(said)
    # the wording shown decides ("why?" after the lock is shown as the lock's why, asked as
    # why 2FA, whose next step is the set-up: fifty-first outsider check, F2)
    shown = shown_as(tracker, answer)
    if AND_THEN.match(text) and shown in NEXT_STEP:
        step = NEXT_STEP[shown]
        if step == HANDOFF_NEXT and given_value(tracker, REFERENCE_SLOT) is None:
            step = "utter_contact_next"  # the reference was called off since
        return not_a_third_time(tracker, step)
    if AND_THEN.match(text) and gives_the_line(shown, domain):
        return not_a_third_time(tracker, "utter_contact_next")
    if closest_intent(tracker) == "out_of_scope":
        return "utter_out_of_scope"
    if latest_intent(tracker) == "affirm":
        return affirm_lead(said, text)
    # the steps just said (an open offer after them keeps its question: please rephrase),
    # or the refused-code checks with the customer's line after them
    if said and said[0] in STILL_FAILING:
        return not_a_third_time(tracker, STILL_FAILING[said[0]])
    if said[1:2] == ["utter_code_rejected"]:  # the customer's line after it (a login waiting)
        return not_a_third_time(tracker, "utter_code_rejected")
    return "utter_please_rephrase"


# the next step of last resort: the support line and a person
LAST_STEP = "utter_still_failing"


def not_a_third_time(tracker: Tracker, step: str) -> str:
    """`step`, unless it was said twice already (its first wording and its `_again` one,
    bot/rasa_ext/nlg.py): a third time would be the same text word for word ("my code is not
    accepted", "it still doesn't work", "what now?" got "Still refused? Don't keep trying…"
    twice running: thirty-ninth outsider check, F4). Then the support line and a person."""
    return LAST_STEP if step != LAST_STEP and times_said(tracker, step) >= 2 else step


# an acknowledgement alone: "ok", « d'accord », "got it", "noted", "ok merci" (not "oui", "yes",
# which after the SMS steps answer "is the number right?" or say "still nothing")
_ACK = (
    r"(?:ok|okay|oki|okey|k|kk|d accord|dac|daccord|entendu|compris|note|bien note|parfait"
    r"|super|ca marche|tres bien|got it|noted|understood|sounds good|great|perfect|alright"
    r"|all right|right|cool|fine|merci|thanks|thank you|thx|je vais essayer|i ll try"
    r"|i will try|je teste|i ll check)"
)
ACKNOWLEDGED = re.compile(rf"^{_ACK}(?: {_ACK})*$")


def affirm_lead(said: list[str], text: str = "") -> str:
    """What a "yes" that no rule expects answers, from the assistant's last replies:
    * after the SMS steps ("yes the number is right", "oui toujours rien"): what next;
    * "no" to an offer, then "actually yes" ("en fait si"): the offer again, as a follow-up
      action so that the next "yes" is the offer's answer (outsider finding 4);
    * "yes" to "anything else?": the question is welcome;
    * else ("ok", "ok got it" after an answer): an acknowledgement, so "anything else?".
      It said "I'm not sure what you are answering", which read as a reproach (tenth
      outsider check, finding 5)."""
    last = said[0] if said else None
    if last in SMS_STEPS and not ACKNOWLEDGED.match(plain(text)):
        # ("ok" after the steps is an acknowledgement: it got "if the SMS still doesn't come
        # even after « Renvoyer »…" as if nothing had come; forty-sixth outsider check, F6)
        return "utter_sms_still_nothing"
    if last in DECLINED and len(said) > 1 and said[1] in OFFERS:
        return said[1]
    if last in DECLINED:
        return "utter_go_ahead"
    return "utter_anything_else"


# the one button a reply may end on, and the intent a typed "yes" to it is
YES_CLICKS = {"/request_human": "request_human"}
# replies that end on "or ask me here", and the request a typed "yes" to them is: "ok faites
# le changement" after utter_switch_possible got "Très bien" and nothing was switched
# (seventeenth outsider check, finding 7); the switch action reads the method from the
# question before (actions/switch.py, method_asked_before)
YES_ASKS = {
    "utter_switch_possible": "request_switch_method",
    "utter_switch_offer_sms": "request_switch_method",
    "utter_switch_offer_app": "request_switch_method",
}


def yes_clicks(tracker: Tracker, domain: dict[str, Any]) -> str | None:
    """A "yes" to a reply whose only button hands over to a person ("...customer support can
    help you. [Talk to an agent]") is that button: it got "All right. Anything else?" and
    nothing happened (eleventh outsider check, F13/E13). Likewise a "yes" to a reply that
    ends on "or ask me here" (YES_ASKS) is that request."""
    said = said_before_this_message(tracker)
    if latest_intent(tracker) != "affirm" or not said:
        return None
    if said[0] in YES_ASKS:
        return YES_ASKS[said[0]]
    variations = (domain.get("responses") or {}).get(said[0]) or []
    payloads = {tuple(b.get("payload") for b in v.get("buttons") or []) for v in variations}
    # the buttons the customer saw: the response said instead of the one asked (its `_again`,
    # a focus) has its own ("ok" after "if none of that worked, talk to a person [Talk to an
    # agent]" got that text again: thirty-seventh outsider check, finding 1)
    shown = buttons_shown(tracker)
    if shown is not None:
        payloads = {shown}
    if len(payloads) != 1:
        return None
    (only,) = payloads
    return YES_CLICKS.get(only[0]) if len(only) == 1 else None


def buttons_shown(tracker: Tracker) -> tuple | None:
    """The payloads of the buttons of the assistant's last message before the customer's
    latest one, as shown; None when that message, or how it was shown, is not known."""
    event = next(bot_events_before_this_message(tracker), None)
    data = (event or {}).get("data")
    if not isinstance(data, dict):
        return None
    buttons = data.get("buttons") or []
    return tuple(b.get("payload") for b in buttons if isinstance(b, dict))


# a method named with a yes, after a reply whose buttons are the two methods' steps: that
# button ("hmm ok sms then" after the methods compared got "All right. Anything else?";
# fifty-second outsider check, F3)
METHOD_BUTTONS = {"/ask_enable_app": "ask_enable_app", "/ask_enable_sms": "ask_enable_sms"}
_SMS_NAMED = re.compile(r"\b(?:sms|texto|textos|text|texts|txt)\b")
_APP_NAMED = re.compile(r"\b(?:app|appli|lappli|application|authenticator|authy)\b")


def method_picked(tracker: Tracker) -> str | None:
    """The set-up of the one method a "yes" names, when the reply before offered both."""
    if latest_intent(tracker) != "affirm":
        return None
    shown = buttons_shown(tracker) or ()
    if set(METHOD_BUTTONS) - set(shown):
        return None
    words = plain(latest_text(tracker))
    sms, app = bool(_SMS_NAMED.search(words)), bool(_APP_NAMED.search(words))
    if sms == app:
        return None
    return METHOD_BUTTONS["/ask_enable_sms" if sms else "/ask_enable_app"]


def accepted_offer(tracker: Tracker) -> str | None:
    """The offer a "yes" accepts when the reply just read says "I can open it for you" (or
    an address typed accepts, `offer_answered_with_an_address`)."""
    said = said_before_this_message(tracker)
    if latest_intent(tracker) != "affirm":
        return offer_answered_with_an_address(tracker)
    if not said:
        return None
    # the variant shown, when the reply was a focus of the response asked (SAID_AS)
    metadata = (next(bot_events_before_this_message(tracker), None) or {}).get("metadata") or {}
    shown = metadata.get(SAID_AS)
    return (ACCEPTED.get(shown) if isinstance(shown, str) else None) or ACCEPTED.get(said[0])


def offer_answered_with_an_address(tracker: Tracker) -> str | None:
    """The reset offer ("I can open it for you", "Shall I start?") answered by typing one's
    email address, which the identity check asks first: that is its "yes". It got "I don't
    need your email address right now" and the reset never started (forty-ninth outsider
    check, F3). The address typed is not taken as the answer: the check asks for it, and
    checks it, itself."""
    said = said_before_this_message(tracker)
    if not said or not an_address_alone(latest_text(tracker)):
        return None
    # a wording that offers nothing ("nothing to do for now", "nothing to reset") shows no yes
    shown = buttons_shown(tracker)
    if shown is not None and AFFIRM_PAYLOAD not in shown:
        return None
    return said[0] if said[0] == RESET_OFFER else ACCEPTED.get(said[0])


def as_accepted(tracker: Tracker, offer: str) -> list[EventType]:
    """The offer, then the reverted "yes" typed again as its answer: the rules that follow the
    offer's "yes" run at once. "Oui" to "I can open it for you" made the reset offer again,
    with its own yes and no, and the customer's "ok merci" then opened nothing (eleventh
    outsider check, LF07/LE07). The customer has read the offer's facts in the reply they
    accepted; the identity check and the ticket's own confirmation still come before any
    ticket."""
    return [ActionExecuted(offer), *as_clicked(tracker, "affirm")]


def as_clicked(tracker: Tracker, intent: str) -> list[EventType]:
    """The reverted "yes" typed again as the button's intent, with its metadata (the widget's
    session): the rules then answer it as the click, and listen after (Rasa's two-stage
    fallback re-enters an affirmed message the same way)."""
    latest = dict(tracker.latest_message or {})
    chosen = {"name": intent, "confidence": 1.0}
    parse = {**latest, "intent": chosen, "intent_ranking": [chosen]}
    parse.pop("metadata", None)
    user = {
        "event": "user",
        "text": latest.get("text"),
        "parse_data": parse,
        "input_channel": tracker.get_latest_input_channel(),
        "metadata": latest.get("metadata") or {},
    }
    return [ActionExecuted("action_listen"), user]


# "that's not what I asked" (bot/next_step.py MISUNDERSTOOD): said so, and the topics the
# customer's previous message was close to, but the one answered
MISREAD = "utter_misunderstood"


def misread_topics(tracker: Tracker) -> list[str]:
    """The topics the customer's previous message ranked after the one it was answered with
    (reverted turns included: the fallback's own misses are read too)."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    if len(users) < 2:
        return []
    ranking = (users[-2].get("parse_data") or {}).get("intent_ranking") or []
    answered = ranking[0].get("name") if ranking and isinstance(ranking[0], dict) else None
    return ranked_topics(ranking, exclude=(answered, HANDOFF_TOPIC))[:MAX_TOPICS]


def suggested_topics(tracker: Tracker, lead: str, count: int) -> list[str]:
    """The closest topics; the handoff comes first from the second miss (utter_offer_handoff
    carries its own agent button)."""
    if lead == MISREAD:
        return misread_topics(tracker) or closest_topics(tracker, exclude=(HANDOFF_TOPIC,))
    topics = closest_topics(tracker, exclude=(HANDOFF_TOPIC,))
    if lead == "utter_offer_handoff":
        return topics[:2]
    if count >= OFFER_AFTER:
        return [HANDOFF_TOPIC] + topics[:2]
    return topics


# "the code 482913 doesn't work": a code typed in the chat (heard as an answer nobody asked
# for) with the words of a refused code. It got "I'm not waiting for a code here" while the
# login waited for a code (twentieth outsider check, finding 7): read again as a refused
# code, whose answer, pending code and warning come from the rules (actions/personal.py)
CODE_FAILS = re.compile(
    r"\b(doesn ?t work|does not work|not working|won ?t work|didn ?t work|refused|rejected"
    r"|invalid|incorrect|wrong|expired|ne marche pas|marche pas|fonctionne pas|ne passe pas"
    r"|passe pas|refuse|invalide|errone|expire|pas bon|not accepted|pas accepte)\b"
)


def code_said_refused(tracker: Tracker) -> bool:
    text = latest_text(tracker)
    return bool(holds_a_code(text) and CODE_FAILS.search(plain(text)))


class ActionFallback(Action):
    def name(self) -> str:
        return ACTION_NAME

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        count = consecutive_fallbacks(tracker)
        lang = language(tracker)
        # the events after the revert stay: the conversation keeps its language and the count
        events: list[EventType] = [
            UserUtteranceReverted(),
            SlotSet("language", lang),
            SlotSet("fallback_count", float(count)),
        ]
        requested = tracker.get_slot(REQUESTED_SLOT)
        if tracker.active_loop_name and requested:
            lead = (
                "utter_fallback_in_form" if count < OFFER_AFTER else "utter_offer_handoff_in_form"
            )
            utter(dispatcher, domain, lead)
            utter(dispatcher, domain, f"utter_ask_{requested}")
        elif (clicked := yes_clicks(tracker, domain)) is not None:
            return events + as_clicked(tracker, clicked)
        elif (picked := method_picked(tracker)) is not None:
            return events + as_clicked(tracker, picked)
        elif code_said_refused(tracker):  # the warning comes with the answer (personal.py)
            return events + as_clicked(tracker, "code_rejected")
        elif (offer := accepted_offer(tracker)) is not None:
            return events + as_accepted(tracker, offer)
        elif (asked := asked_with_a_yes(tracker)) is not None:
            return events + as_clicked(tracker, asked)
        else:
            lead = lead_response(tracker, count, domain)
            if lead in OFFERS:
                # made again by the follow-up, so that the rules read the next "yes" as its answer
                return events + [FollowupAction(lead)]
            if lead == SET_UP and await said_the_account_instead(dispatcher, tracker, domain):
                return events
            say_lead(dispatcher, tracker, domain, lead, count)
        return events


def asked_with_a_yes(tracker: Tracker) -> str | None:
    """The request a "yes" with no offer waiting makes in words: "yes I want the reset" was a
    bare "yes" ("All right. Anything else?": thirty-eighth outsider check, finding 5); "ok fine,
    yes move me to sms" after "no, let me think" had taken the switch's offer away got "I'm
    listening", and nothing moved (fifty-sixth outside check, F2)."""
    if latest_intent(tracker) != "affirm":
        return None
    text = latest_text(tracker)
    if asks_to_open_a_reset(text):
        return "phone_changed"
    return "request_switch_method" if asks_to_switch(text) else None


# the next step that is the set-up's, which an account already enrolled or locked has no use for
SET_UP = "utter_how_enable"


async def said_the_account_instead(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
) -> bool:
    """ "what now?" after why 2FA or the 28 days is the set-up's steps, unless the backend knows
    this customer's 2FA is on already, or locked: then their own state is the next step (active
    by SMS on •••78, or only support unlocks). The steps told an enrolled account to click « Oui,
    je veux… », which its popup never shows (fifty-fourth outside check, F1, C7 and C8)."""
    body = await fetch_status(tracker)
    if not body or not body.get("known") or not (body.get("enrolled") or body.get("locked")):
        return False
    line = situation_line(body, language(tracker))
    if line is None:
        return False
    say(dispatcher, domain, line)
    return True


def say_lead(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    lead: str,
    count: int,
) -> None:
    """The lead with its own buttons, or with the closest topics as buttons; the next step
    after an agent's reference says that reference (HANDOFF_NEXT)."""
    if lead == HANDOFF_NEXT:
        utter(dispatcher, domain, lead, reference=given_value(tracker, REFERENCE_SLOT))
    elif lead in OWN_BUTTONS:
        utter(dispatcher, domain, lead)
    else:
        topics = suggested_topics(tracker, lead, count)
        dispatcher.utter_message(
            response=lead, buttons=topic_buttons(domain, language(tracker), topics)
        )
