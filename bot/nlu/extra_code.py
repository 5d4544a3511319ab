""" "What's this extra code thing they ask for at login?": what 2FA is.

Typed without a topic's word, "whats this extra code thing they ask for at login" was read as
why 2FA (0.44) and what it is (0.42) together, and fell back (DEV14, written blind). Asked what
the new code or step is, with no "why" or "for what": the definition.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_WHAT_IS = re.compile(
    r"\b(?:what s|whats|what is|wats|wat s|c est quoi|cest quoi|c quoi|c koi|qu est ce que c est"
    r"|kesako|c est koi)\s+(?:this|that|the|these|ce|cette|cet|le|la|les|ces)?\s*"
    r"(?:extra|additional|new|second|other|supplementaire|nouveau|nouvelle|deuxieme|autre)\s+"
    r"(?:code|codes|step|etape|verification|login step|thing|truc)\b"
)
# why it is there: "why", "what for", "what's this new code for?"
_WHY = re.compile(
    r"\b(?:why|pourquoi|pk|pq|pkoi|for what|what for|a quoi ca sert|sert a quoi|a quoi sert)\b"
    r"|\bfor$"
)


def asks_what_the_extra_code_is(text: str) -> bool:
    """The customer asks what the new code or step at login is (not why it is there)."""
    words = plain(text)
    return bool(_WHAT_IS.search(words)) and not _WHY.search(words)
