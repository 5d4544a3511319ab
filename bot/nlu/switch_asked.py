"""A change of method asked in so many words: "put me back on sms", "switch me to the app".

Read by the NLU (bot/nlu/labels.py: the switch settled whatever the classifier heard, or the
"yes" of the switch's offer) and by the fallback (actions/fallback.py: such a "yes" when no
offer waits any more, after "no, let me think", is the switch asked; fifty-sixth outside
check, F2). Kept apart from labels.py so that the action server reads it without the NLU.
"""

from __future__ import annotations

import re

from bot.nlu.method_in_use import METHOD_WORDS
from bot.plain_text import plain

# a change of method asked in so many words: "put me back on sms", "switch me to the app",
# "je veux repasser au sms", "remettez-moi sur l'appli" (seventeenth outsider check: "actually
# put me back on sms pls", mid-activation, was heard as a person asked for, and got a handoff)
SWITCH_ASKED = re.compile(
    r"\b(?:put me back on|put me on|back (?:on|to)|switch (?:me )?(?:back )?(?:to|on)|go back to"
    r"|revert to|move me (?:back )?to|change (?:me )?(?:back )?to|repasser (?:au|en|sur|par)"
    r"|revenir (?:au|sur|a|par)|remettre (?:le|les|moi (?:au|en|sur))|mettez moi (?:au|en|sur)"
    r"|remets moi (?:au|en|sur)|remettez moi (?:au|en|sur)"
    # « finalement non, repassez-moi au SMS » (the twenty-fifth session's test of F1)
    r"|repassez moi (?:au|en|sur|a)|repasse moi (?:au|en|sur|a)"
    # "bon ok passez moi au SMS" right after the switch's offer (under the fallback, a yes 0.16;
    # forty-fourth outsider check, F6)
    r"|passez moi (?:au|en|sur|a)|passe moi (?:au|en|sur|a)|basculez moi (?:au|en|sur|vers)"
    r"|bascule moi (?:au|en|sur|vers))"
    r"\s+(?:the |l |le |la |les |par |mon |my )?"
    rf"(?:{METHOD_WORDS})\b"
)


# the account moved "onto it", the method named before (« Depuis que j'ai installé Authy pour ma
# banque, je trouve ça bien plus pratique que d'attendre vos textos. Vous pouvez basculer mon
# compte dessus ? »: the status and the switch 0.34 each, the fallback; DEV88, written blind)
_SWITCH_ONTO = re.compile(
    r"\b(?:basculer|basculez|bascule|passer|passez|migrer|migrez|mettre|mettez|switch|move|put"
    r"|transfer) (?:mon|notre|my|our|le|the) (?:compte|account|acces|login|2fa)"
    r" (?:dessus|la dessus|over to it|onto it|onto that|to it|to that|on it|on that)\b"
)
_METHOD_WORD = re.compile(rf"\b(?:{METHOD_WORDS})\b")


def asks_to_switch(text: str) -> bool:
    """A change of method asked in so many words (SWITCH_ASKED), or the account moved onto a
    method named before."""
    words = plain(text)
    onto = _SWITCH_ONTO.search(words) and _METHOD_WORD.search(words)
    return bool(SWITCH_ASKED.search(words) or onto)
