"""The phone that stays silent at login: the SMS that never came, told without its words.

"On vient de changer d'opérateur pour nos lignes mobiles pro et depuis, quand je me connecte au
portail, mon téléphone reste muet", "elle est dans un local technique en sous-sol et son
téléphone ne vibre pas", "le portail attend une validation qui n'apparaît jamais dans mes
messages" were the reset (0.67) or fell back (DEV25, written blind: the SMS's topic without the
words "SMS" or "not received"). The article's answer is the SMS that never came's: check the
number, wait, « Renvoyer », « Essayer une autre méthode » (an operator or a basement is one of
its causes).

Narrow on purpose: the phone, the line or the messages said silent (muet, ne vibre pas,
n'apparaît jamais, stays silent, never shows up), and no new number (a number that changed is
the reset's) nor the app (an app that shows nothing is another question).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_SILENT = re.compile(
    r"\b(?:reste muet|restent muets|reste silencieux|restent silencieux|est muet|sont muets"
    r"|ne vibre (?:pas|plus|jamais)|ne sonne (?:pas|plus|jamais)|n apparait (?:jamais|pas)"
    # « il n'a pas vibré une seule fois depuis que j'ai lancé l'activation » (DEV69, written
    # blind: the refused code 0.20)
    r"|n a (?:pas|jamais) (?:vibre|sonne|bipe)|(?:hasn t|has not|didn t|did not|never) (?:once )?"
    r"(?:buzzed|vibrated|rung|rang|beeped|pinged)"
    r"|n affiche rien|ne s affiche jamais|impossible d avoir quoi que ce soit"
    r"|stays? silent|remains? silent|goes silent|went silent|is silent|dead silent|total silence"
    # "the mobile has stayed completely silent" (DEV31, written blind)
    r"|(?:stayed|remained|has been|s been) (?:completely |totally |entirely |perfectly )?silent"
    # "my phone's dead quiet" (DEV33, written blind)
    r"|dead quiet|(?:is|s|stays|stayed|completely|totally) quiet|ne bronche pas"
    r"|and silence|then silence|doesn t buzz|never buzzes|doesn t ping|never pings"
    # "staring at a phone that refuses to buzz" after the number typed (DEV54, written blind:
    # the refused code, 0.27)
    r"|refuses? to (?:buzz|ring|beep|ping|vibrate)|won t (?:buzz|ring|beep|ping|vibrate)"
    r"|refuse de (?:vibrer|sonner)"
    r"|nothing pops up|never pops up|never shows up in|never appears)\b"
)
_PHONE_OR_MESSAGES = re.compile(
    r"\b(?:phone|mobile|cell|portable|telephone|tel|ligne|line|lines|lignes|messages|messagerie"
    r"|inbox|sms|texto|textos|texts|numero|number)\b"
)
# a number that changed is the reset's; an app that shows nothing is the app's
_OTHER = re.compile(
    r"\b(?:nouveau numero|nouveaux numeros|new number|new numbers|numero a change|number changed"
    r"|app|appli|application|authenticator|lost|stolen|perdu|vole|casse|broken"
    # an email that never shows up is the password's or the identity check's
    r"|email|e mail|mail|courriel|password|mot de passe)\b"
)


def phone_stays_silent(text: str) -> bool:
    """The customer's phone or messages stay silent when the portal waits for the code."""
    words = plain(text)
    said = _SILENT.search(words) and _PHONE_OR_MESSAGES.search(words)
    return bool(said) and not _OTHER.search(words)
