"""A shared computer with the code's phone out of reach, all day: remembering the device.

"There's one shared PC by the packing bench that six of us use… and the phone with the codes
sits in the manager's office upstairs. Running up and down all day is killing us. Anything we
can do?" fell back (remembering the device 0.18; DEV79, written blind). Remembering the device
for 30 days on that computer is what the article offers.

Narrow on purpose: a shared or fixed computer, and the phone with the codes told away from it.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_SHARED_PC = re.compile(
    r"\b(?:shared|one|the same|common|office|reception|front desk) (?:pc|computer|workstation"
    r"|terminal|laptop)\b|\b(?:pc|poste|ordinateur|ordi) (?:partage|commun|de l accueil"
    r"|de l atelier)\b|\b(?:le meme|un seul) (?:pc|poste|ordinateur|ordi)\b"
)
_PHONE_AWAY = re.compile(
    r"\b(?:phone|mobile|portable|telephone)\b.{0,40}\b(?:upstairs|downstairs|in (?:the|his|her)"
    r" \w+ office|in another (?:room|building)|sits in|stays in|reste dans|est dans le bureau"
    r"|a l etage|en haut|au bureau d a cote)\b"
    r"|\b(?:running|run|go|going|walk\w*) (?:up and down|back and forth|upstairs)\b"
    r"|\b(?:monter et descendre|faire des allers retours"
    r"|aller chercher le (?:telephone|portable))\b"
)


def phone_far_from_the_shared_pc(text: str) -> bool:
    """A shared computer, and the phone with the codes out of reach."""
    words = plain(text)
    return bool(_SHARED_PC.search(words) and _PHONE_AWAY.search(words))
