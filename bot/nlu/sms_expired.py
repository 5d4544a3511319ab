"""An SMS code told expired: the SMS code's lifetime, not the app's 30 seconds.

"She gets the SMS code but it says expired when she types it" got the refused code's checks,
whose expiry line is the app's ("the app's code changes every 30 seconds"; forty-fifth
outsider check, F12): an SMS code lives SMS_CODE_TTL_SECONDS and only the latest counts
(`utter_code_rejected_sms_expired`, bot/rasa_ext/nlg.py FOCUS).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_SMS = re.compile(r"\b(?:sms|texto|textos|text|texts|text message|message)\b")
_EXPIRED = re.compile(
    r"\b(?:expire\w*|expired|perime\w*|plus valable|no longer valid|timed out|too old|trop vieux)\b"
)
_APP = re.compile(r"\b(?:app|appli|application|authenticator|authy)\b")


def sms_code_expired(text: str) -> bool:
    """An SMS code told expired (no authenticator app named)."""
    words = plain(text)
    said = _SMS.search(words) and _EXPIRED.search(words)
    return bool(said) and not _APP.search(words)
