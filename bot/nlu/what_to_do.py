"""Told that 2FA becomes mandatory, and what to do asked: how to turn it on.

"J'ai reçu un mail disant que la double authentification devient obligatoire, que dois-je
faire concrètement ?" fell back (why 0.24, what 2FA is 0.23, a tie) and its English twin
("We got an email saying two factor authentication is becoming mandatory. What do we need to
do exactly?") got what 2FA is (0.47; thirty-third outsider check, finding 3). The bare
question works; the notice told before it pulls the reading to the definition. What to do is
the set-up's steps.

Narrow on purpose: "mandatory" said, and "what do I/we need to do" asked, with no "if" (what
to do if the delay runs out is the 28 days' answer) and no "by when" (the delay).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_MANDATORY = re.compile(
    r"\b(?:obligatoire|obligatoires|mandatory|compulsory|required|imposee?s?|becoming mandatory"
    r"|devient obligatoire|enforced|must be enabled|doit etre activee?)\b"
)
_WHAT_TO_DO = re.compile(
    r"\b(?:what (?:do|must|should|shall) (?:i|we) (?:need to |have to |actually )?do"
    r"|what do (?:i|we) (?:need|have) to do"
    r"|what s (?:required|needed|expected) (?:of|from) (?:me|us)"
    r"|what action|que dois je faire|que devons nous faire|qu est ce que je dois faire"
    r"|qu est ce qu on doit faire|qu est ce que nous devons faire|je dois faire quoi"
    r"|on doit faire quoi|que faut il faire|il faut faire quoi|quelle est la marche a suivre"
    r"|comment on fait|je fais quoi)\b"
)
_IF_OR_WHEN = re.compile(
    r"\b(?:if|si|by when|jusqu a quand|avant quand|how long|combien de temps|deadline|delai"
    r"|how many days|combien de jours)\b"
)


def asks_what_to_do_now_it_is_mandatory(text: str) -> bool:
    """The customer was told 2FA is mandatory and asks what to do."""
    words = plain(text)
    return bool(_MANDATORY.search(words) and _WHAT_TO_DO.search(words)) and not _IF_OR_WHEN.search(
        words
    )
