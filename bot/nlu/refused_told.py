"""A code told refused in other words than "code refusé": the refused code's answer.

"Je lis le nombre sur mon téléphone, je le dicte à ma collègue qui est au clavier, et à tous
les coups la page le refuse." was the code's format (0.38), and "Third attempt and it's STILL
refusing me. I scanned the black-and-white square yesterday and everything was fine." the
status (0.25; DEV53 and DEV51, written blind): the page or the portal refuses what is typed,
said with the thing it refuses (the number, the digits) or with the tries counted.

Narrow on purpose: a page, site or "it" that refuses or rejects, in so many words, with the
number typed or the tries named; a password named is not a code (out of scope).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_REFUSES = re.compile(
    r"\b(?:la page|le site|le portail|la fenetre|le champ|elle|il|ca|it|the (?:page|site|portal"
    r"|website|box|field|popup|window)|m2mmanager)(?: (?:le|la|les|me|l|lui|leur|him|her))?"
    r" (?:refuse|rejette|refuses|rejects|refusing|rejecting|bounces|spits (?:it|them) out"
    r"|n en veut pas|won t (?:take|accept) (?:it|them)|dit non|says no|said no)\b"
    r"|\b(?:still|keeps?|toujours|encore) (?:refusing|rejecting|refuse|rejette)\b"
)
_NUMBER_OR_TRIES = re.compile(
    r"\b(?:nombre|chiffres|numeros|numbers|digits|code|codes)\b"
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|deuxieme|troisieme|quatrieme|cinquieme|2e|3e"
    r"|4e) (?:attempt|try|time|essai|tentative|fois)\b"
    r"|\b(?:a tous les coups|every single time|each and every time|chaque fois)\b"
)
_PASSWORD = re.compile(r"\b(?:mot de passe|mdp|password|pwd|identifiant|username)\b")
# the access refused, the account locked: the status ("le portail me refuse l'accès… je reste
# bloqué dehors combien de temps ?", a training line of the status)
_LOCKED = re.compile(
    r"\b(?:refuse\w* (?:l )?acces|refus\w* (?:me )?access|bloque\w*|locked|lock out|verrouill\w*)\b"
)


def says_the_code_is_refused(text: str) -> bool:
    """The page refuses what the customer types: the number named or the tries counted."""
    words = plain(text)
    said = _REFUSES.search(words) and _NUMBER_OR_TRIES.search(words)
    return bool(said) and not (_PASSWORD.search(words) or _LOCKED.search(words))


# the code typed, then a message in red ("J'ai reçu le SMS à 14h02 en conduisant, je l'ai tapé
# en arrivant au dépôt vers 14h40 et la page m'a mis un message en rouge": the SMS that never
# came, 0.63; DEV56, written blind)
_TYPED = re.compile(r"\b(?:tape|tapee|typed|entered|keyed|saisi|saisie|rentre|recopie|copied)\b")
_RED = re.compile(
    r"\b(?:en rouge|in red|red (?:message|text|error|banner|writing)|message d erreur"
    r"|error message)\b"
)


def typed_then_an_error(text: str) -> bool:
    """The code typed, then an error shown in red."""
    words = plain(text)
    return bool(_TYPED.search(words) and _RED.search(words)) and not _PASSWORD.search(words)
