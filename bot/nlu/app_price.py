"""Whether the authenticator app costs anything: yes or no first, then its steps.

"google authenticator c'est payant ?", "is google authenticator free?" got the app's set-up
steps and no answer (fifty-first outsider check, F11). The steps' focus (bot/rasa_ext/nlg.py
FOCUS, `utter_enable_app_price`) says first that the usual authenticator apps are free (the
article names Google and Microsoft Authenticator, both free in the stores; it says nothing of a
price on M2Mmanager's side, so neither does the answer).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_PRICE = re.compile(
    r"\b(?:free|paid|payant\w*|gratuit\w*|cost|costs|price|prix|coute\w*|pay for|payer|subscription"
    r"|abonnement)\b"
)
_APP = re.compile(
    r"\b(?:app|apps|appli|application|authenticator|authy|google auth\w*|microsoft auth\w*)\b"
)
# a price of the lines or the invoice is support's
_NOT_THE_APP = re.compile(r"\b(?:sim|sims|line|lines|ligne|lignes|facture|invoice|forfait|plan)\b")


def asks_if_the_app_is_free(text: str) -> bool:
    """The customer asks whether the authenticator app costs something."""
    words = plain(text)
    asked = _PRICE.search(words) and _APP.search(words)
    return bool(asked) and not _NOT_THE_APP.search(words)
