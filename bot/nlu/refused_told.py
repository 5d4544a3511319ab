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

from bot.code_format import holds_a_code
from bot.nlu.old_code import REFUSED
from bot.plain_text import plain

_REFUSES = re.compile(
    r"\b(?:la page|le site|le portail|la fenetre|le champ|elle|il|ca|it|the (?:page|site|portal"
    r"|website|box|field|popup|window)|m2mmanager)(?: (?:le|la|les|me|l|lui|leur|him|her))?"
    r" (?:refuse|rejette|refuses|rejects|refusing|rejecting|bounces|spits (?:it|them) out"
    r"|n en veut pas|won t (?:take|accept) (?:it|them)|dit non|says no|said no)\b"
    r"|\b(?:still|keeps?|toujours|encore) (?:refusing|rejecting|refuse|rejette)\b"
    # the screen that no longer wanted it, the portal that disagrees, the screen that tells one
    # off (« Le temps de remonter au bureau et de le taper, l'écran n'en voulait plus », "The
    # portal disagrees, three times now", "the screen tells me off and I'm back to square one":
    # the SMS that never came, the status, the fallback; DEV72-73, written blind)
    r"|\b(?:l ecran|la page|le site|le portail|la fenetre|il|elle|ca) (?:n en (?:voulait|veut"
    r"|voudra) (?:plus|pas)|ne l (?:a|accepte|acceptait) (?:pas|plus|jamais))\b"
    r"|\b(?:the (?:screen|page|portal|site|box|window)|it) (?:disagrees|disagreed|tells me off"
    r"|told me off|tells me it s wrong|says it s wrong|says wrong|won t have it|wouldn t have it"
    r"|didn t want it|doesn t want it|doesn t like it|didn t like it)\b"
)
_NUMBER_OR_TRIES = re.compile(
    r"\b(?:nombre|chiffres|numeros|numbers|digits|code|codes)\b"
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|deuxieme|troisieme|quatrieme|cinquieme|2e|3e"
    r"|4e) (?:attempt|try|time|essai|tentative|fois)\b"
    r"|\b(?:a tous les coups|every single time|each and every time|chaque fois)\b"
    r"|\b(?:two|three|four|five|several|deux|trois|quatre|cinq|plusieurs) (?:times|tries"
    r"|attempts|fois|essais|tentatives)\b|\b\d(?: \d){4,}\b|\btexto\b|\bsms\b"
)
_PASSWORD = re.compile(r"\b(?:mot de passe|mdp|password|pwd|identifiant|username)\b")
# the access refused, the account locked: the status ("le portail me refuse l'accès… je reste
# bloqué dehors combien de temps ?", a training line of the status)
_LOCKED = re.compile(
    r"\b(?:refuse\w* (?:l )?acces|refus\w* (?:me )?access|bloque\w*|locked|lock out|verrouill\w*)\b"
)


# the code said not to work, short ("code not working", « le code marche pas »: still failing
# 0.37, the refused code 0.36, a tie under the fallback; DEV72, written blind)
_DOES_NOT_WORK = re.compile(
    r"^(?:(?:my|the|le|mon|ce|this|that) )?(?:code|codes|otp|2fa code|code 2fa)"
    r" (?:is |are |does )?(?:not working|doesn t work|don t work|won t work|isn t working"
    r"|aren t working|not valid|invalid|ne marche pas|marche pas|ne fonctionne pas|fonctionne"
    r" pas|marche plus|ne marche plus|invalide|pas valide)$"
)


def says_the_code_does_not_work(text: str) -> bool:
    """A code said not to work, and nothing else said (a few words)."""
    return bool(_DOES_NOT_WORK.search(plain(text).strip()))


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
    r"|error message"
    # « message rouge sous la case », « la case devient rouge » (DEV74-75, written blind)
    r"|message rouge|case rouge|(?:devient|passe|vire) (?:en )?rouge|turns red|goes red|went red"
    r"|turned red)\b"
)


def typed_then_an_error(text: str) -> bool:
    """The code typed, then an error shown in red."""
    words = plain(text)
    return bool(_TYPED.search(words) and _RED.search(words)) and not _PASSWORD.search(words)


# a code typed into the message with a failure ("g tapé 730215 et sa passe pa", « j'ai tapé
# 730215 et ça passe pas »: "sorry it still doesn't work, talk to someone", a first message;
# fiftieth outsider check, F5): the refused code's checks, and the warning never to share codes
# (actions/personal.py says it when the message holds a code)
# (the refused words of bot/nlu/old_code.py, and their texting and English forms it lacks)
_FAILS_TOO = re.compile(
    r"\b(?:passe pa|pass pas|marche pa|fonctionne pas|wrong|won t work|not working"
    r"|doesn t go through|won t go through|erreur|error)\b"
)


def typed_code_fails(text: str) -> bool:
    """The message holds a code typed by the customer and says it fails."""
    words = plain(text)
    return holds_a_code(text) and bool(REFUSED.search(words) or _FAILS_TOO.search(words))
