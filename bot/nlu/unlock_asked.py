"""An unlock asked for after a yes-like "ok": the customer's status, not a yes.

Logged in on a locked account, "why can't I log in" got the status (locked: only support
can unlock it); "ok, can you unlock it yourself?" then was a yes (0.41: "ok") and got
"All right. Anything else?" (twenty-eighth outsider check, finding 2). The training data
files "can you unlock my account please" under the status, whose answer says who can
unlock it; only a yes is moved, and not when a SIM, a PIN or a device is what is locked.
"""

from __future__ import annotations

import re

from bot.nlu.password_difference import PASSWORD
from bot.plain_text import plain

_UNLOCK = re.compile(r"\b(?:unlock\w*|debloqu\w*|deverrouill\w*)\b")
# a SIM, a PIN, a phone or a tablet locked: not the account (out of scope, or the phone)
_OTHER = re.compile(r"\b(?:sim|sims|pin|puk|tablet\w*|tablette|routeur|router|phone|telephone)\b")


def asks_to_unlock(text: str) -> bool:
    """The customer asks for the account to be unlocked."""
    words = plain(text)
    return bool(_UNLOCK.search(words)) and not _OTHER.search(words)


# a lock after wrong passwords is the portal's, out of scope ("mon compte est bloqué après
# plusieurs mauvais mots de passe, comment le débloquer")


def asks_who_unlocks(text: str) -> bool:
    """An unlock asked with no password named: the account's lock after wrong codes ("who can
    unlock it?" right after "only support can unlock it" was out of scope, 0.26: thirty-second
    outsider check, C10)."""
    return asks_to_unlock(text) and not PASSWORD.search(plain(text))
