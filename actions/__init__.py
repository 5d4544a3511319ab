"""Custom actions of the M2Mmanager 2FA assistant (rasa-sdk 3.6).

`rasa run actions --actions actions` imports every module of this package and registers
each `Action` subclass. Each module is one concern; every action is thin: read the tracker,
call the Support API through `bot.client` (each call returns an outcome), map the outcome
to a response name (texts live in domain.yml, in French and English). The backend decides
everything that matters.

    common.py          token / locale from message metadata, language, the Support API of the
                       conversation, outcome -> reply (the replies every action shares), helpers
    status.py          action_check_status; the customer's situation as personal lines
    personal.py        action_personal_answer (FAQ + personal line), action_sms_help
    codes.py           action_resend_code
    switch.py          action_switch_method
    target_method.py   which method the customer wants to move to, from their words
    identity.py        validate_identity_form (email + emailed code)
    tickets.py         validate_reset_ticket_form, action_open_ticket
    reset_reasons.py   the reset reason said in words
    handoff.py         action_handoff, action_withdraw_handoff (the customer calls it off)
    reference.py       action_repeat_reference (the handoff reference / ticket number again)
    request_status.py  action_request_status (the customer's latest reset request)
    forget.py          action_forget_conversation (the customer deletes this conversation)
    followups.py       action_how_long ("for how long?" about the answer just read)
    still_failing.py   action_still_failing ("it still doesn't work": the last answer's next step)
    language.py        action_language ("and in English please?": the last answer again)
    fallback.py        action_fallback (one reply, never a loop)
    suggestions.py     the closest topics offered when the assistant did not understand
    session.py         action_session_start
"""
