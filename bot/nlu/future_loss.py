"""A phone lost, broken, stolen or changed *some day*: the changed-phone answer, not the 28 days.

"what if I lose my phone later?", "et si je perds mon téléphone un jour ?": "what if" / "et
si" is how people ask about the delay, and the classifier heard the 28 days (twenty-second
outsider check, F3). The article's answer to a changed or lost phone is the same whatever the
tense: a 2FA reset by a ticket in « Mes demandes ».

Only when the classifier heard a topic that has nothing to say about a phone (see
FUTURE_LOSS_HEARD_AS in bot/nlu/labels.py), and only a hypothetical ("what if", "in case",
"et si", "au cas où", "un jour", "later"...) with a loss verb and the phone as its object.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_IF = re.compile(
    r"\b(?:what if|what happens if|what happens when|in case|if ever|suppose|supposing"
    r"|imagine|one day|someday|some day|later|in the future|the day|et si|si jamais|si un jour"
    r"|au cas ou|en cas de|un jour|plus tard|le jour ou|imaginons|dans le cas ou"
    # « Que se passe-t-il si je perds le téléphone… ? » (the 28 days 0.49; DEV105, written blind)
    r"|que se passe t il si|qu est ce qui se passe si|que faire si|what do i do if|what should i do"
    r" if|si je (?:perds|casse|change)|if i (?:lose|break|change))\b"
)
_LOSS = re.compile(
    r"\b(?:lose|loose|lost|loses|losing|break|breaks|broke|broken|steal|stolen|stole|dies|die"
    r"|drop|drops|dropped|replace|replaces|change|changes|changing|switch|upgrade"
    r"|perd\w*|vol(?:e|er|ent|erait|eraient|ait)|cass\w*|chang\w*|remplac\w*"
    r"|tombe|meurt|lache)\b"
    r"(?:\s+\w+){0,3}?\s+"
    r"(?:phone|mobile|handset|smartphone|cell|cellphone|number|iphone|android"
    r"|telephone|portable|tel|numero|smartphone)\b"
    # the phone as the subject: "my phone breaks", "mon téléphone tombe en panne"
    r"|\b(?:phone|mobile|handset|smartphone|telephone|portable|tel)\s+"
    r"(?:\w+\s+){0,2}?(?:breaks|dies|is stolen|gets stolen|gets lost|is lost|tombe|lache"
    r"|casse|est vole|est perdu|meurt)\b"
)


def loses_phone_some_day(text: str) -> bool:
    """A hypothetical loss or change of the phone (or its number)."""
    words = plain(text)
    return bool(_IF.search(words) and _LOSS.search(words))
