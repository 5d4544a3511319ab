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
    r"|what does it bring|what good is it|what good does it do"
    # franglais: « C'est quoi le point du « second factor » ? On a déjà un password costaud. »
    # (what 2FA is 0.73; DEV95, written blind)
    r"|c est quoi le point (?:de|du|d)|quel est le point (?:de|du|d)"
    # what it protects against ("je dois lui expliquer ce que vous cherchez à protéger": what
    # 2FA is 0.35; "what this extra step actually guards against": a tie; DEV78, written blind)
    r"|ce que (?:vous cherchez a|ca doit|cela doit|c est cense|ca va) proteger|contre quoi ca"
    r" (?:protege|nous protege)|ca protege de quoi|what (?:this|it|the|that)(?: extra| new)?"
    r"(?: login| security)?(?: step| check| code| thing)? (?:actually |really )?"
    r"(?:guards?|protects?) (?:us |me )?(?:against|from)"
    r"|what (?:is|s) it (?:guarding|protecting) (?:us |me )?(?:against|from)"
    # a threat told, "is that what it is there for?" ("one of our drivers gave his password away…
    # Is that the kind of thing the new login step is there for?": what 2FA is 0.43; DEV79)
    r"|(?:is|s) (?:that|this) (?:the kind of thing|the sort of thing|what) (?:the|this|your)"
    r"(?: new| extra)?(?: login| security)? (?:step|check|code|thing|system|feature)"
    r" (?:is|s) (?:there|meant|designed|supposed to be) for"
    r"|c est (?:pour ca|a ca|contre ca) que (?:sert|servirait) (?:cette|la|votre) (?:nouvelle )?"
    r"(?:etape|verification|double authentification))\b"
)


def asks_what_is_gained(text: str) -> bool:
    """The customer asks what 2FA brings (its point, its benefit)."""
    return bool(_GAIN.search(plain(text)))
