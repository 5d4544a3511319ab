"""The account asked to go (back) to the other method: the switch, even heard as the status.

"J'ai choisi l'application parce que c'était le premier choix à l'écran. Mais je ne l'ouvre
jamais… Est-ce que mon compte peut repasser sur le SMS ?" was one's own status (0.35; DEV28,
written blind): "mon compte" and "est-ce que" are the status's words, the question is a move.

Narrow on purpose: a move verb (repasser, basculer, revenir, go back, switch) right before a
method (le SMS, l'appli, the app, texts).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_MOVE_TO = re.compile(
    r"\b(?:repasser|passer|basculer|revenir|retourner|remettre|switch|move|go back|get back"
    r"|change|changer)\s+(?:\w+\s+){0,2}?(?:sur|au|aux|en|a|vers|to|back to|over to|onto)\s+"
    r"(?:le |la |les |l |un |une |the |an? |des )?(?:sms|texto|textos|texts?|text messages?"
    r"|app|appli|application|authenticator|authy)\b"
    # « Mon compte peut repasser aux chiffres reçus par message ? » (DEV59, written blind)
    r"|\b(?:repasser|revenir|retourner|go back|switch back|move back)\s+(?:\w+\s+){0,2}?(?:aux|au"
    r"|to)\s+(?:chiffres|codes|numbers|digits)\s+(?:recus |received |sent )?(?:par|by|via|as)\s+"
    r"(?:sms|texto|message|messages|text|texts)\b"
    # « je préférerais revenir à l'envoi sur mon portable » (the general steps 0.26; DEV104,
    # written blind: an app with five accounts)
    r"|\b(?:revenir|repasser|retourner)\s+(?:a|au)\s+(?:l )?envoi(?: des codes| du code)?"
    r" (?:par sms|par message|par texto|sur (?:mon |le |mon propre )?(?:portable|mobile|telephone"
    r"|numero))\b"
)


def asks_to_move_to_a_method(text: str) -> bool:
    """The customer asks for the account to move to a method."""
    return bool(_MOVE_TO.search(plain(text)))


# the other method wanted, unnamed ("Same phone, same number, I just want the other method.
# How?": the SMS set-up 0.83; DEV94, written blind): the switch, which says how « Essayer une
# autre méthode » works or moves a logged-in account
_THE_OTHER = re.compile(
    r"\b(?:want|prefer|like|need|rather have|use|switch to|move to|go to|voudrais|veux|prefere"
    r"|preferer\w*|prendre|utiliser|passer a|passer sur)\s+(?:\w+\s+){0,2}?(?:the other|l autre)"
    r"\s+(?:method|one|option|way|methode|option|moyen|facon)\b"
)


def wants_the_other_method(text: str) -> bool:
    """The customer wants the method they do not use, without naming it."""
    return bool(_THE_OTHER.search(plain(text)))
