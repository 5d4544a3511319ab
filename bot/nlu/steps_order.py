"""The order of the set-up's steps asked: the set-up's steps (how to enable it).

"Our IT firm says we all need to 'do the 2FA thing' on M2Mmanager this week. I log in, there's a
pop-up, and I've no idea what order things go in." was what 2FA is (0.39, the steps 0.31;
DEV78, written blind). The order of things is what the set-up's steps give.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_ORDER = re.compile(
    r"\b(?:what order|which order|in what order|the order (?:of|in which)|dans quel ordre"
    r"|l ordre des (?:etapes|choses)|what (?:comes|goes|do i do) first|par quoi (?:je )?commence"
    r"|par ou (?:je )?commence|step by step|etape par etape)\b"
)


def asks_the_steps_order(text: str) -> bool:
    """The customer asks in what order the set-up goes."""
    return bool(_ORDER.search(plain(text)))
