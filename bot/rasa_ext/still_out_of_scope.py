"""A follow-up to an out-of-scope question is not silently turned into a 2FA answer.

"I forgot my password" gets the honest out-of-scope answer. The customer's next message, "how
do I reset it?" / « comment je le réinitialise ? », names no topic: "it" is the password. NLU
reads each message alone and finds the 2FA reset there, so the customer got the reset offer and
then the identity check, for a password they cannot type (eleventh outsider check, finding 2).
The same happens to "my SIM isn't activated" then "how do I activate it?" (the 2FA steps).

Issue 17 asks that an out-of-scope question never get "a 2FA answer dressed up as one". The
assistant cannot know which of the two the customer means, so it says both: when the answer
just read was the out-of-scope one, and the new message refers back ("it", « le », « ça »)
without naming anything of 2FA, the 2FA answer is said after a first line: if this is still
about the earlier question, support handles it (phone and email); if it is about 2FA, here is
the answer. The answer itself, its buttons and the rules that follow it are unchanged.
"""

from __future__ import annotations

import re

from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.out_of_scope import OUT_OF_SCOPE

# said first, in the conversation's language, with the support line and email
PREFACE = "utter_still_out_of_scope"
# the 2FA answers a pronoun follow-up lands on; greetings, thanks, fallbacks and the personal
# lines are not answers to "it"
ANSWERS = frozenset(
    {
        "utter_what_is_2fa",
        "utter_why_2fa",
        "utter_since_when",
        "utter_how_enable",
        "utter_enable_app",
        "utter_enable_sms",
        "utter_code_format",
        "utter_deadline",
        "utter_sms_not_received",
        "utter_code_rejected",
        "utter_remember_device",
        "utter_phone_changed",
        # "can u resend it" after a password-reset email (fourteenth outsider check, F4)
        "utter_resend_needs_portal",
        "utter_ask_confirm_resend",
        "utter_switch_howto",
    }
)
# a word that refers back to what was said before, in either language
REFERS_BACK = re.compile(
    r"\b(?:it|that|this|them|one|le|la|les|l|ça|ca|cela|ce truc|celui|celle)\b"
    r"|\b(?:l|j+e+\s*l)['’](?=\w)",
    re.IGNORECASE,
)
# a word of 2FA: the message then says what it is about, and the answer is the right one.
# Not "renvoyer" / "resend": a password-reset email or an invoice is resent too
NAMES_2FA = re.compile(
    r"2fa|a2f|double[- ]?auth|two[- ]?(?:factor|step)|\bmfa\b|authenti|\bcodes?\b|\bsms\b|\btexto|"
    r"\botp\b|\bqr\b|appli|\bapp\b|google|microsoft|phone|t[ée]l[ée]phone|\btel\b|portable|"
    r"mobile|num[ée]ro|number|r[ée]initialis\w*\s+(?:la|ma|the|my)\s+(?:2fa|double)|"
    r"appareil|device|28|jours?\b|days?\b|d[ée]lai|deadline|souvenir|remember|"
    r"m[ée]thode|method|scan",
    re.IGNORECASE,
)


def follows_out_of_scope(utter_action: str, tracker: DialogueStateTracker) -> bool:
    """Whether `utter_action` answers a message that refers back to an out-of-scope question
    the assistant has just declined, without naming anything of 2FA."""
    if utter_action not in ANSWERS:
        return False
    message, previous = _latest_message_and_answer(tracker)
    if previous != OUT_OF_SCOPE or not message:
        return False
    return bool(REFERS_BACK.search(message)) and not NAMES_2FA.search(message)


def _latest_message_and_answer(tracker: DialogueStateTracker) -> tuple[str | None, str | None]:
    """The customer's latest message and the assistant's last response before it."""
    message: str | None = None
    for event in reversed(tracker.applied_events()):
        if isinstance(event, UserUttered) and message is None:
            message = event.text or ""
        elif isinstance(event, BotUttered) and message is not None:
            return message, (event.metadata or {}).get("utter_action")
    return message, None
