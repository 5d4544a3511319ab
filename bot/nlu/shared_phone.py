"""A team's shared phone wanted for the codes: the SMS set-up, with that phone's number.

"Our ambulance workshop has one on-call mobile with one number that gets passed between
whoever's on shift. It'd make sense for the login codes to land on that. How do we set it up?"
was the changed phone (0.28; the SMS set-up 0.24, the app's 0.21; DEV108, written blind): no
phone changed, a number chosen for the texts, which the SMS set-up answers (the number typed in
the popup; the codes come to it).

Narrow on purpose: one phone or number shared by a team (on call, passed around), the codes
wished on it, and how to set it up asked.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_SHARED_PHONE = re.compile(
    r"\b(?:one|a single|un seul|une seule|the same|le meme|a shared|un) (?:on call |d astreinte "
    r"|shared |team |duty |de garde )?(?:mobile|phone|number|portable|telephone|numero)\b.{0,60}"
    r"\b(?:passed|shared|handed|passe de main en main|partage\w*|tourne)\b"
    r"|\b(?:on call|duty|d astreinte|de garde|shared|team|partage) (?:mobile|phone|portable"
    r"|telephone|numero|number)\b"
)
_CODES_ON_IT = re.compile(
    r"\b(?:codes?|digits|chiffres|textos?|texts?|sms)\b(?: \w+){0,3}? (?:to )?(?:land|arrive"
    r"|go|come|end up)\b"
    r"|\b(?:receive|receives|recoive|recoit|recevoir|get|gets) (?:\w+ )?(?:les |the |our |nos )?"
    r"(?:codes?|chiffres|digits|texts?|textos|sms)\b"
)
_HOW = re.compile(
    r"\bhow (?:do|can|should) (?:we|i) (?:set (?:it|that|this) up|do (?:it|that)|go about it)\b"
    r"|\b(?:on met|je mets) (?:ca|cela) en place comment\b|\bcomment (?:on|je) (?:met|mets|fait"
    r"|fais|configure|procede)\b|\bhow to set (?:it|that) up\b"
)


def wants_the_codes_on_a_shared_phone(text: str) -> bool:
    """A team's shared phone wanted for the codes, and how to set it up asked."""
    words = plain(text)
    return bool(_SHARED_PHONE.search(words) and _CODES_ON_IT.search(words) and _HOW.search(words))
