"""Two people disagree on when the second step began, and the customer asks who is right.

"Ma collègue jure qu'au printemps 2024 elle entrait encore sur le portail avec son seul mot de
passe, moi je dis que ça a toujours été comme maintenant. Qui a raison ?" was why 2FA (0.27;
DEV50), « il faut un code… depuis 2022, mon collègue jure que c'est tout récent. Lequel des
deux a raison ? » the code's format, "My colleague says you've required the phone code since
2023, I'm sure it's more recent than that. Which one of us owes the other a coffee?" under the
fallback (DEV49; all written blind). What settles it is the date it became mandatory.

Narrow on purpose: a dispute or a bet asked to be settled ("qui a raison", "who's right",
"settle a bet") with a time said (a year, "since", "always been", "recent", "back then").
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_DISPUTE = re.compile(
    r"\b(?:qui a raison|(?:lequel|laquelle) (?:des deux |de nous(?: deux)? )?a raison"
    r"|qui (?:de nous deux|des deux) a raison|qui gagne (?:le|notre) pari|on a parie"
    r"|(?:who s|who is|which (?:one )?of us is) (?:right|correct)"
    r"|which (?:one )?of us (?:owes|wins|is buying|buys)|owes the other"
    r"|settle (?:a|an|the|this|our) (?:bet|argument|debate|dispute|disagreement)"
    r"|(?:we|i) (?:have|made|ve got) a bet|departage\w*|tranche\w* (?:le|notre|ce) debat)\b"
)
_WHEN = re.compile(
    r"\b(?:20[12]\d|depuis|since|toujours ete|always been|always (?:like this|the case)"
    r"|recent|recente|recemment|recently|new thing|back then|at the time|a l epoque"
    r"|printemps|spring|last year|l an dernier|l annee derniere)\b"
)


def asks_who_is_right_about_when(text: str) -> bool:
    """A dispute over when 2FA started, to be settled."""
    words = plain(text)
    return bool(_DISPUTE.search(words) and _WHEN.search(words))
