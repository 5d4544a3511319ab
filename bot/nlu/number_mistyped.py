"""A typo suspected in the number typed for the texts: the SMS's answer, whose first step is to
check the number in the popup.

« Numéro tapé à 14h02, à 14h20 toujours rien. En relisant la fenêtre je vois 06 12 34 56 87 ;
je me demande si je n'ai pas inversé les deux derniers chiffres. » fell back (the SMS 0.19, the
28 days 0.14; DEV77, written blind).

Narrow on purpose: digits swapped, a digit wrong or a typo said of the number typed. How to
correct a number typed wrong is the changed phone's answer (bot/nlu/number_changed.py).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_NUMBER = r"(?:numero|number|num|no|digits?|chiffres?)"
_TYPO = re.compile(
    r"\b(?:inverse|inverser|interverti|intervertir|swapped|swap|transposed|mixed up)\b"
    r"(?: \w+){0,3}? (?:chiffres?|digits?|numbers?)\b"
    rf"|\b(?:typo|faute de frappe|coquille|erreur|mistake|error) (?:in|dans) (?:my |the |le |mon )?"
    rf"{_NUMBER}\b"
    rf"|\b(?:mistyped|mis typed|misspelled|tape (?:le |un )?mauvais|entered (?:the |a )?wrong"
    rf"|typed (?:the |a |in the |in a )?wrong) (?:my |the |mon |le )?(?:phone |mobile )?{_NUMBER}\b"
    rf"|\b(?:a|one|un) (?:wrong )?(?:digit|chiffre) (?:wrong|off|de travers|faux|en trop|missing"
    rf"|manquant|de moins)\b"
    rf"|\b(?:me suis|je me suis) (?:trompe|plante) (?:de|dans (?:le|mon)) {_NUMBER}\b"
    # « ah je me suis trompé d'un chiffre c'est 78 à la fin pas 79 », "I typed one digit wrong"
    # (sixtieth outside check, F4: the SMS's next steps, a reset button)
    r"|\b(?:me suis|je me suis|j me suis) (?:trompe|plante) d (?:un|1) chiffre\b"
    r"|\b(?:typed|got|put|entered) (?:one|a|1) digit wrong\b"
    # the landline typed for the mobile ("I'm fairly sure I typed our old office landline instead
    # of my mobile… waiting for nothing": the SMS set-up 0.45; DEV81, written blind)
    r"|\b(?:typed|entered|put|gave|tape|saisi|mis|donne)(?: in)? (?:our |the |my |le |mon |notre )?"
    r"(?:old |ancien |ancienne )?(?:office |du bureau )?(?:landline|land line|desk phone|fixe"
    r"|ligne fixe|numero fixe|numero du bureau|office number)(?: \w+){0,3}? (?:instead of|rather"
    r" than|au lieu de|a la place de|au lieu du)\b"
)
# the typo said after the number ("the number I put in has a typo"), the switchboard's typed
# (« j'ai mis celui du standard »): heard as the code's answer or a changed phone (fifty-fourth
# outside check, F7); narrower than _TYPO, so read apart with a wider hearing
_TYPO_AFTER = re.compile(
    rf"\b{_NUMBER}(?: \w+){{0,5}}? (?:has|had|with|contains|avait|a) (?:a typo|une faute"
    r"|une coquille|une erreur)\b"
    r"|\b(?:mis|tape|saisi|donne|typed|entered|put in|gave) (?:celui|le numero|la ligne)"
    r" du standard\b"
    r"|\b(?:typed|entered|put in|gave) (?:the |our )?switchboard(?: number)?\b"
)
_HOW_TO_CORRECT = re.compile(
    r"\b(?:how (?:do|can) i (?:correct|fix|change|edit|update)|comment (?:je )?(?:corrige|corriger"
    r"|modifie|modifier|change|changer|rectifie|rectifier))\b"
)


def suspects_a_mistyped_number(text: str) -> bool:
    """The customer suspects a typo in the number typed, and does not ask how to correct it."""
    words = plain(text)
    return bool(_TYPO.search(words)) and not _HOW_TO_CORRECT.search(words)


def tells_a_typo_after_the_number(text: str) -> bool:
    """A typo told after the number typed, or the switchboard's number typed for one's own."""
    words = plain(text)
    return bool(_TYPO_AFTER.search(words)) and not _HOW_TO_CORRECT.search(words)


def typo_in_the_number(text: str) -> bool:
    """A typo suspected or told in the number typed for the texts (either reading above)."""
    return suspects_a_mistyped_number(text) or tells_a_typo_after_the_number(text)


# the phone number itself named as where the digit went wrong ("in the number", « dans le
# numéro », "my mobile number"), not the digits an app shows
_IN_THE_PHONE_NUMBER = re.compile(
    r"\b(?:in|dans|of|de) (?:my |the |le |mon )?(?:phone |mobile |telephone |portable )?"
    r"(?:number|numero)\b|\b(?:phone|mobile) number\b|\bnumero de (?:telephone|portable|mobile)\b"
)


def mistyped_the_phone_number(text: str) -> bool:
    """A digit typed wrong, said to be in the phone number: heard as the code's (sixty-sixth
    outside check, F5), it is still the number to type again in the popup."""
    return suspects_a_mistyped_number(text) and bool(_IN_THE_PHONE_NUMBER.search(plain(text)))
