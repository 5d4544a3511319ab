"""The article's answer of each topic: a response that needs no account and no action.

Said again in the other language (actions/language.py), or after the first answer when the
same message asked a second question (bot/rasa_ext/nlg.py, ALSO). The topics whose answer is
an action (a reset ticket, a person, a resend, a switch, the customer's own status) are not
here: their action must run in its own turn.
"""

from __future__ import annotations

# topic intent -> the article's answer (data/rules/faq.yml)
ANSWER = {
    "ask_what_is_2fa": "utter_what_is_2fa",
    "ask_why_2fa": "utter_why_2fa",
    "ask_since_when": "utter_since_when",
    "ask_how_enable": "utter_how_enable",
    "ask_enable_app": "utter_enable_app",
    "ask_enable_sms": "utter_enable_sms",
    "ask_methods": "utter_methods",
    "ask_code_format": "utter_code_format",
    "ask_deadline": "utter_deadline",
    "code_rejected": "utter_code_rejected",
    "sms_not_received": "utter_sms_not_received",
    "ask_remember_device": "utter_remember_device",
    "phone_changed": "utter_phone_changed",
    "ask_contact": "utter_contact",
}
# the topics whose rules run action_personal_answer after the article's answer
# (data/rules/faq.yml): logged in, that action adds "never share your codes here" after the
# customer's own line when the message held a code; after the others the NLG adds it itself
# (fortieth outsider check, F9: "my code is 384287, is it the right one?" got no warning)
PERSONAL_ANSWERED = frozenset(
    {
        "ask_why_2fa",
        "ask_since_when",
        "ask_how_enable",
        "ask_enable_app",
        "ask_enable_sms",
        "ask_deadline",
        "code_rejected",
        # logged in only, for a second question's own line (fifty-sixth outside check, F7)
        "ask_contact",
        "ask_what_is_2fa",
        "ask_remember_device",
    }
)
# answers that end with an offer and its buttons ("shall I open the ticket?"): another answer
# goes before them, never after the question
OFFERS = frozenset({"utter_phone_changed"})
# the bot event's metadata naming the answer to a second question of the same message, said in
# the same bubble after the first (bot/rasa_ext/nlg.py): read by "and in English?"
# (actions/language.py) and by the field scorer (scripts/field_eval.py)
ALSO_ANSWERED = "also_answered"
# the event's metadata key naming the variant of a response said for one part of it (a FOCUS
# of bot/rasa_ext/nlg.py: « Non : ne donnez jamais votre code… » for "can I give you the code
# here?"), so that "in English please" says that variant again, not the general answer
# (thirty-ninth outsider check, F2)
SAID_AS = "said_as"
