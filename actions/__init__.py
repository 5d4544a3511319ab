"""Custom actions of the M2Mmanager 2FA assistant (rasa-sdk 3.6).

`rasa run actions --actions actions` imports every module of this package and registers
each `Action` subclass. Each module is one concern; every action is thin: read the tracker,
call the Support API through `bot.client`, dispatch a response by name (texts live in
domain.yml, in French and English). The backend decides everything that matters.

    common.py    token / locale from message metadata, language, error mapping
    status.py    action_check_status
    codes.py     action_resend_code, action_switch_method
    identity.py  validate_identity_form (email + emailed code)
    tickets.py   validate_reset_ticket_form, action_open_ticket
    handoff.py   action_handoff
    fallback.py  action_fallback
    session.py   action_session_start
"""
