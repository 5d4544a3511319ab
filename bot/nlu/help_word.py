""" "aide" or "help" alone, as a first word: a greeting that asks for the question.

"aide" was "it still doesn't work" (« Désolé que cela ne fonctionne toujours pas »), as if
something had failed before, while "help" got the greeting (twenty-ninth outsider check,
finding 8). A call for help with nothing else says nothing of a failure; the greeting asks
what the question is. Only that reading moves.
"""

from __future__ import annotations

import re

from bot.nlu.term_alone import TWO_FA_NAMES
from bot.plain_text import plain

_HELP_ALONE = re.compile(
    r"^(?:aide|aidez moi|aide moi|help|help me|help pls|help please|sos|au secours"
    r"|besoin d aide|j ai besoin d aide|need help|i need help)$"
)


def only_asks_for_help(text: str) -> bool:
    """The whole message is a call for help."""
    return bool(_HELP_ALONE.match(plain(text).strip()))


# help asked about 2FA as a whole, nothing said of where one is stuck: "i need help with the 2fa
# thing" got why it is mandatory, « j'ai un souci avec la double authentification » and "2fa
# issue" fell back (thirty-ninth outsider check, F8). The customer has not said what is wrong
# yet: the reply asks, with the usual places to be stuck as buttons (utter_greet_help).
_TWO_FA = (
    rf"(?:la |le |the |my |ma |mon |cette |this |votre |your )?{TWO_FA_NAMES}"
    r"(?: thing| stuff| truc| business| system| systeme| machin)?"
)
_ABOUT = r"(?:with|about|for|on|regarding|avec|sur|pour|concernant|au sujet de|a propos de|de)"
_PLEASE = r"(?: (?:please|pls|plz|svp|stp|s il vous plait|merci))?"
_VAGUE_HELP = re.compile(
    r"^(?:(?:hi|hello|hey|bonjour|salut|bonsoir) )?"
    r"(?:(?:i need|i d like|i want|can i get|can i have|could i get|j ai besoin d|je voudrais"
    r"|je veux|j aimerais|besoin d) )?"
    r"(?:i have |i ve got |i got |j ai |on a |we have |got )?"
    r"(?:some |a |an |un |une |de l |d )?"
    r"(?:help|aide|problem|problems|issue|issues|question|questions|trouble|souci|soucis"
    r"|probleme|problemes|pb|blem|blems|assistance)"
    rf" {_ABOUT} {_TWO_FA}{_PLEASE}$"
    # the topic first: "2fa issue", « problème 2FA », "double authentification aide"
    rf"|^{_TWO_FA} (?:help|aide|problem|issue|issues|trouble|souci|probleme|pb|question)"
    rf"{_PLEASE}$"
    rf"|^(?:help|aide|probleme|souci|problem|issue) {_TWO_FA}{_PLEASE}$"
)


def asks_vaguely_for_help(text: str) -> bool:
    """The whole message asks for help with 2FA, without saying with what."""
    return bool(_VAGUE_HELP.match(plain(text).strip()))


# help asked to set it up ("vous pouvez m'aider à mettre en place la double authentification
# svp je suis perdu" got the steps without the article's answer to that question: « Bien sûr.
# Contactez notre support clients… et nous vous aiderons dans la mise en place »; forty-first
# outsider check, F5): the steps, and support's offer to guide the customer
_HELP_TO_SET_UP = re.compile(
    r"\b(?:(?:vous pouvez|pouvez vous|tu peux|peux tu|pourriez vous|vous pourriez) m aider a"
    r"|(?:can|could|would) you (?:please )?help me(?: to)?|help me(?: to)?|aidez moi a|aide moi a)"
    r" (?:la |le |l )?(?:mettre en place|activer|configurer|installer|parametrer"
    r"|set (?:it |this )?up|enable|activate|turn on|configure|install)\b"
)


def asks_to_be_helped_to_set_up(text: str) -> bool:
    """The customer asks to be helped to set 2FA up."""
    return bool(_HELP_TO_SET_UP.search(plain(text)))
