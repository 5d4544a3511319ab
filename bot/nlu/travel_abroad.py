"""A trip abroad ahead, the codes asked about: the two methods, the app needing no network.

"I'm travelling abroad next week with no French SIM. Will I still be able to log in?" got the
28 days; "Je pars en déplacement à l'étranger 3 semaines, est-ce que je vais recevoir les codes
là-bas ?" the switch (thirty-first outsider check, finding 7; thirty-second, finding 3). The
article says nothing of roaming; what helps is what the methods answer says: the app makes
its codes with no network or SMS, the SMS needs the phone's line.

Narrow on purpose: abroad or a foreign SIM named, and the codes, the SMS or the login asked
about; an SMS that did not come while abroad keeps its own answer.
"""

from __future__ import annotations

import re

from bot.nlu.never_came import says_it_never_came
from bot.plain_text import plain

_ABROAD = re.compile(
    r"\b(?:abroad|overseas|a l etranger|etranger|roaming|itinerance|no french sim|without my french"
    r"|foreign sim|sim etrangere|puce etrangere|hors de france|outside france|out of the country"
    r"|en voyage a l etranger)\b"
)
_CODES = re.compile(
    r"\b(?:code|codes|sms|texto|textos|text|texts|log in|login|connect\w*|recevoir|receive"
    r"|acceder|access)\b"
)


def asks_about_codes_abroad(text: str) -> bool:
    """A trip abroad ahead, and the codes or the login asked about."""
    words = plain(text)
    return bool(_ABROAD.search(words) and _CODES.search(words) and not says_it_never_came(words))
