"""Waiting before the set-up, and whether there is time: the 28 days.

"Notre téléphone pro n'arrivera que dans un mois, et d'ici là je voudrais continuer à
travailler sur le portail normalement ; c'est jouable ?", "je préférerais attendre le nouveau
matériel avant de configurer ma connexion ; j'ai de la marge ?", "do we risk losing access if
the team drags its feet on the phone setup?" (DEV25, written blind: under the fallback, the
28 days 0.18–0.25 beside the set-up or out of scope). The 28 days and « Non, pas maintenant »
answer how long one can wait.

Only a wait before setting it up (or without it) and a question of time, margin or access.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_WAIT = re.compile(
    r"\b(?:attendre|d ici la|en attendant|sans (?:le |la |l |tout )?(?:configurer|activer"
    r"|mettre en place|installer)|avant de (?:le |la |l |tout )?(?:configurer|activer"
    r"|mettre en place|installer)|drag\w* (?:its|our|their|my|his|her) feet|hold off"
    r"|put (?:it )?off|wait (?:until|for|before)|in the meantime|meanwhile"
    r"|without setting (?:it |this |that )?up"
    r"|before setting (?:it |this |that )?up)\b"
)
_TIME = re.compile(
    r"\b(?:de la marge|le temps|jouable|possible|continuer a (?:travailler|utiliser|me connecter)"
    r"|normalement|combien de temps|jusqu a quand|perdre l acces|risqu\w*|est ce qu (?:elle|il|on)"
    r" peut|can (?:i|we|she|he|they) (?:keep|still)|still (?:use|work|log in|get in)|risk\w*"
    r"|lose access|losing access|how long|until when|time left|is there time|enough time)\b"
)
# a phone lost, stolen or broken while waiting is the reset; an SMS awaited is its own answer
_OTHER = re.compile(
    r"\b(?:perdu|vole|casse|lost|stolen|broken|sms|texto|text message|code (?:par|by)"
    # (or gone with someone: « parti fâché en mars en gardant le portable de la société… en
    # attendant on gère à l'aveugle » is the reset's; DEV112, written blind)
    r"|en gardant|parti avec|partie avec|kept the (?:\w+ )?phone|left with (?:the|his|her))\b"
)


def waits_before_setting_up(text: str) -> bool:
    """The customer wants to wait before the set-up (or work without it) and asks for how long."""
    words = plain(text)
    return bool(_WAIT.search(words) and _TIME.search(words)) and not _OTHER.search(words)


# the set-up put off until after a change, whether that is a problem asked ("We're moving all
# our mobiles to a new provider in about six weeks. I'd rather sort out the login security after
# that. Any problem with waiting?": under the fallback, the SMS that never came first; DEV85,
# written blind): the 28 days
_AFTER_A_CHANGE = re.compile(
    r"\b(?:sort|deal with|set|do|handle)(?: \w+){0,4}? (?:out )?after (?:that|the move|then"
    r"|the switch|the change)\b"
    r"|\b(?:m en occuper|le faire|la configurer|l activer) (?:apres|une fois) (?:ca|le changement"
    r"|le demenagement)\b"
)
_PROBLEM_WAITING = re.compile(
    r"\b(?:problem with waiting|issue with waiting|ok to wait|okay to wait|fine to wait"
    r"|souci a attendre|probleme a attendre|je peux attendre|on peut attendre)\b"
)


def waits_until_after_a_change(text: str) -> bool:
    """The set-up put off until after a change, and whether waiting is a problem asked."""
    words = plain(text)
    return bool(_AFTER_A_CHANGE.search(words) and _PROBLEM_WAITING.search(words))
