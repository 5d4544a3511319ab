"""The term alone, "2FA ?": what 2FA is.

"2FA ?" and "2fa?" fell back (what 2FA is 0.21–0.25, since when or the 28 days as close;
thirty-third outsider check, finding 6). A customer who types only the word wants it
explained: the definition, which also says what to do next.

Narrow on purpose: the whole message is the term (and a question or exclamation mark), in any
of its spellings.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

# the names customers give 2FA (also read by bot/nlu/help_word.py)
TWO_FA_NAMES = (
    r"(?:2fa|2 fa|mfa|a2f|2 factor|two factor|two factor authentication|2 factor authentication"
    r"|two factor auth|2 factor auth|two step|2 step"
    r"|two step verification|2 step verification|double auth|double authent|double authentif"
    r"|double authentification|double authentication|authentification a deux facteurs"
    r"|authentification en deux etapes|verification en deux etapes|otp|totp)"
)
_TERM_ALONE = re.compile(
    rf"^(?:(?:c est quoi|cest quoi|c quoi|what is|what s|whats|la|le|the) )?{TWO_FA_NAMES}$"
)


def is_the_term_alone(text: str) -> bool:
    """The message is only the name of 2FA."""
    return bool(_TERM_ALONE.match(plain(text).strip()))
