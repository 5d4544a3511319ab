"""Why one's own code is refused: the refused code's answer, not why 2FA exists.

"Why is my 2FA code being rejected?" was why 2FA (0.47) and « Pourquoi mon code de double
authentification est-il refusé ? » the account's status (0.44), a plain question each (DEV31,
written blind): the word "why" and the code's name pulled toward why 2FA, the possessive toward
the status. The refused code's answer says why a code is refused (expired, an older one, the
phone's clock) and what to do.

A locked account is left to the status ("why is my account locked after the codes were
refused?"), as are the other readings of these intents.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_WHY = re.compile(r"\b(?:why|how come|pourquoi|pk|pq|pkoi|comment ca se fait)\b")
_CODE_REFUSED = re.compile(
    r"\b(?:code|codes)\b(?:\s+\w+){0,5}?\s+(?:is |are |est |sont |keeps |keep |get |gets )?"
    r"(?:being |getting |il |elle |ils |toujours |systematiquement )?"
    r"(?:rejected|refused|declined|invalid|not accepted|not working|refuse|refuses|rejete|rejetes"
    r"|invalide|invalides|pas accepte|jamais accepte|ne marche pas|ne fonctionne pas|faux)\b"
)
_LOCKED = re.compile(r"\b(?:locked|lock|bloque|bloquee|verrouille|verrouillee|suspendu)\b")


def asks_why_the_code_is_refused(text: str) -> bool:
    """The customer asks why their code is refused (and not why their account is locked)."""
    words = plain(text)
    return bool(_WHY.search(words) and _CODE_REFUSED.search(words)) and not _LOCKED.search(words)
