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

_TERM_ALONE = re.compile(
    r"^(?:(?:c est quoi|cest quoi|c quoi|what is|what s|whats|la|le|the) )?"
    r"(?:2fa|2 fa|mfa|a2f|2 factor|two factor|two factor authentication|2 factor authentication"
    r"|two step verification|2 step verification|double auth|double authent|double authentif"
    r"|double authentification|authentification a deux facteurs|verification en deux etapes"
    r"|otp|totp)$"
)


def is_the_term_alone(text: str) -> bool:
    """The message is only the name of 2FA."""
    return bool(_TERM_ALONE.match(plain(text).strip()))
