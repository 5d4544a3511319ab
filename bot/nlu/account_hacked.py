"""One's own account said to be hacked, what to do asked: act now, not why 2FA exists.

"je pense qu'on s'est fait pirater le compte, y a des cartes sim qui ont été suspendues sans
qu'on le demande. que faire ??", "I think our account was hacked, what should I do?" got the
reason 2FA is mandatory and nothing to do (sixty-eighth outside check, F1). Changing the
password and telling support, with 2FA turned on if it is not yet, is the answer
(`utter_why_2fa_hacked`, bot/rasa_ext/nlg.py FOCUS). A breach of the provider's asked as the
reason for 2FA ("were you hacked?") is bot/nlu/pointless.py's, and stays why.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_OWN_ACCOUNT_HACKED = re.compile(
    r"\b(?:on s est fait|je me suis fait|nous nous sommes fait|on a ete|nous avons ete|j ai ete)"
    r" (?:\w+ )?(?:pirat\w*|hack\w*)\b"
    r"|\b(?:notre|mon|le) compte (?:m2m\w* )?(?:a ete |est |s est fait |vient d etre )?"
    r"(?:pirate|hacke|compromis)\b"
    r"|\b(?:our|my|the) (?:m2m\w* )?account (?:was|has been|got|is|s been|may have been|might have"
    r" been) (?:hacked|compromised|breached|broken into)\b"
    r"|\b(?:we|i) (?:were|was|got|have been|ve been) (?:hacked|breached|compromised)\b"
    r"|\bsomeone (?:got|has got|broke|has broken|logged) into (?:our|my) (?:m2m\w* )?account\b"
    r"|\bquelqu un (?:s est introduit|est entre|s est connecte) (?:dans|sur|a) (?:notre|mon)"
    r" compte\b"
)


def says_own_account_was_hacked(text: str) -> bool:
    """The customer says their own account was (or may have been) hacked."""
    return bool(_OWN_ACCOUNT_HACKED.search(plain(text)))
