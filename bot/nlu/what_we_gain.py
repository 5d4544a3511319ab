"""What 2FA brings, asked for someone who grumbles: why it was introduced.

"Mon patron ronchonne parce qu'il faut sortir son téléphone à chaque connexion au portail des
SIM. Il veut que je lui explique ce qu'on y gagne" was what 2FA is (0.60; DEV18, written blind).
What is gained is the reason (stolen passwords, cyberattacks, the SIM fleet protected), which
why 2FA answers.

Narrow on purpose: the gain, the point or the benefit asked; what 2FA is keeps its reading
("ça sert à quoi techniquement ?" is how it works, a line of what 2FA is).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_GAIN = re.compile(
    r"\b(?:qu on y gagne|ce qu on y gagne|on y gagne quoi|qu est ce qu on y gagne"
    r"|quel interet|l interet|les avantages|quels avantages|ce que ca apporte"
    r"|ca apporte quoi|ca nous apporte|what do we gain|what we gain|what do we get out of"
    r"|what s in it for|what s the point|what is the point|the benefits?|what are the benefits"
    r"|what does it bring|what good is it|what good does it do)\b"
)


def asks_what_is_gained(text: str) -> bool:
    """The customer asks what 2FA brings (its point, its benefit)."""
    return bool(_GAIN.search(plain(text)))
