"""The portal's session made longer: out of scope (the portal's settings, not 2FA).

« Le portail me déconnecte au bout de dix minutes même quand je suis en train de travailler
dessus. On peut allonger la durée de session ? » was remembering the device (0.29; DEV87,
written blind). Remembering the device spares the code at the next login; how long a session
lasts before the portal logs one out is the portal's, which support answers (the out-of-scope
answer gives its line and email).

Narrow on purpose: the session's length asked to change, with no code, phone or remembering
named: "I retype the code every time my session expires, can I avoid that?" is the device
remembered (its training lines and DEV sets say so).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_LONGER_SESSION = re.compile(
    r"\b(?:allonger|prolonger|rallonger|augmenter|etendre|extend|lengthen|increase|make longer)"
    r" (?:la |le |the |my |our )?(?:duree (?:de (?:la |ma )?)?|temps (?:de (?:la )?)?|length of"
    r" (?:the |my )?)?(?:session|sessions|timeout|time out|delai d inactivite)\b"
    r"|\b(?:duree|longueur) de (?:la |ma |nos )?session\b"
    r"|\bsession (?:timeout|time out|length|duration)\b"
)
_CODE_TOO = re.compile(
    r"\b(?:code|codes|chiffres|digits|se souvenir|remember\w*|30 jours|30 days|telephone|phone"
    r"|portable|mobile|sms|texto|appli|app|authenticator|2fa|double authentification)\b"
)


def asks_for_a_longer_session(text: str) -> bool:
    """The customer asks for the portal's session to last longer, naming no code or phone."""
    words = plain(text)
    return bool(_LONGER_SESSION.search(words)) and not _CODE_TOO.search(words)
