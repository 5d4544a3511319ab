"""The topics a customer can be steered to: one list for the whole assistant.

Each is an intent with an answer of its own (a response of the article, or an action). Used
by the fallback's topic buttons (actions/suggestions.py) and by the second question of a
message (bot/nlu/second_question.py), which used to keep a copy of their own.
"""

from __future__ import annotations

# in the order the fallback offers them when the message's ranking says nothing
TOPICS = (
    "ask_how_enable",
    "sms_not_received",
    "phone_changed",
    "ask_request_status",
    "code_rejected",
    "ask_deadline",
    "ask_my_status",
    "request_switch_method",
    "request_resend",
    "ask_what_is_2fa",
    "ask_why_2fa",
    "ask_since_when",
    "ask_enable_app",
    "ask_enable_sms",
    "ask_methods",
    "ask_code_format",
    "ask_remember_device",
    "ask_contact",
    "request_human",
)
