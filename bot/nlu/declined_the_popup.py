""" "No" clicked in the set-up popup, asked what follows: the 28 days and « Non, pas maintenant ».

"This morning a popup asked me to turn on two-factor authentication and I clicked the no
option. Will it keep asking me?" got the set-up's steps (0.38, the 28 days 0.29; thirty-second
outsider check, finding 1). The popup's "no" is « Non, pas maintenant »: the set-up is offered
again at each login, for 28 days, which the 28 days' answer says. The label quoted is
bot/nlu/labels.py's own rule; this one reads the "no" told in words.

Narrow on purpose: a "no" clicked, chosen or answered (not "no code", "no signal").
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_CLICKED_NO = re.compile(
    r"\b(?:clique\w*|click\w*|press\w*|hit|tap\w*|choisi\w*|chose|choose|select\w*|pick\w*"
    r"|said|dit|repondu|answered|appuy\w*|appuie)\s+(?:sur\s+)?(?:le bouton\s+|the\s+|a\s+)?"
    r"(?:non|no|not now)\b(?!\s+(?:code|codes|sms|idea|signal|reseau|network|app|appli|phone))"
)


# what follows the "no" asked ("what happens", "will it keep asking"); "walk me through it" after
# many "no"s is the set-up's steps
_WHAT_FOLLOWS = re.compile(
    r"\b(?:what happens|what will happen|what then|qu est ce qui se passe|que se passe t il"
    r"|ca fait quoi|keep asking|ask (?:me )?again|asking again|come back|comes back|reappear\w*"
    r"|redemander|redemande|reproposer|reproposee?|revenir|reviendra|is that (?:a problem|ok|bad)"
    r"|c est grave|est ce grave|consequence\w*|penalty|blocked|bloque"
    # trouble feared ("il a cliqué sur non. Il va avoir des problèmes ?": the set-up's steps
    # 0.50; DEV62, written blind)
    r"|(?:avoir|aura|auras|aurai|auront|risque\w*) (?:des |un |de )?(?:problemes?|ennuis|soucis"
    r"|souci)|(?:get|be|land) (?:in|into) trouble|(?:have|get|cause|run into) (?:any )?"
    r"(?:problems?|issues?|trouble)|(?:un|des) (?:probleme|souci|risque)s? (?:pour|apres)"
    r"|(?:a|any) (?:problem|issue|risk)s?)\b"
)
# clicked by mistake, whether it can still be turned on ("I clicked "not now" by mistake, can I
# still enable it later or am I stuck?": the status 0.46, the 28 days 0.42; fortieth outsider
# check, F6). "Am I close to being blocked?" after it stays the status (the account's state).
_STILL_LATER = re.compile(
    r"\b(?:by mistake|par erreur|par megarde|accidentally|am i stuck|still (?:enable|activate"
    r"|turn it on|set it up)|(?:enable|activate|turn (?:it )?on|set (?:it )?up) (?:it )?later"
    r"|(?:encore|toujours) l activer|l activer plus tard)\b"
)


def declined_the_popup(text: str) -> bool:
    """The customer clicked (or means to click) the popup's "no", and asks what follows."""
    words = plain(text)
    return bool(_CLICKED_NO.search(words) and _WHAT_FOLLOWS.search(words))


def declined_by_mistake(text: str) -> bool:
    """The popup's "no" clicked by mistake, and whether it can still be turned on asked."""
    words = plain(text)
    return bool(_CLICKED_NO.search(words) and _STILL_LATER.search(words))
