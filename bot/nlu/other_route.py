"""Text messages ruled out by circumstance, the other way asked: the app's set-up.

"We don't want to depend on the mobile network for logins at our remote pumping stations.
What's the other route and how do I go through it?" was the set-up's steps (0.60), « les
messages venant de numéros inconnus sont bloqués par la flotte mobile ; quelle autre solution
pour sécuriser mon accès et comment la mettre en place ? » the SMS set-up (0.44; DEV25, written
blind). The other method, which needs no network and no text, is the app.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_NO_TEXTS = re.compile(
    r"\b(?:depend on|rely on|dependre du|dependre de|compter sur) (?:the |le )?(?:mobile |cell )?"
    r"(?:network|reseau|coverage|signal)\b"
    r"|\b(?:messages|sms|textos|texts)\b.{0,40}\b(?:bloques|filtres|blocked|filtered|refuses)\b"
    r"|\b(?:bloque|filtre|block|blocks|filter|filters) (?:les |the )?(?:messages|sms|textos"
    r"|texts)\b"
)
_OTHER_WAY = re.compile(
    r"\b(?:other route|other way|other option|alternative|another way|another option"
    r"|autre solution|autre moyen|autre option|autre methode|autre facon|the other one)\b"
)


def texts_ruled_out_other_way_asked(text: str) -> bool:
    """Text messages cannot or should not be relied on, and the other way is asked."""
    words = plain(text)
    return bool(_NO_TEXTS.search(words) and _OTHER_WAY.search(words))
