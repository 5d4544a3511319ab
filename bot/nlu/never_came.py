"""The code or the SMS never came: one reading of it, shared by every rule that must step aside.

Several situation rules read a message for something else (a code passed around a team, a trip
abroad, « SMS » chosen and what next asked, the SMS set-up told) and must not fire when the
customer says the code never arrived: that is the SMS that never came (the article's answer:
check the number, wait, « Renvoyer », « Essayer une autre méthode »), whatever else is told.
Each of them kept its own list of the ways to say it, and each list missed some the others had
("n'arrive plus", "doesn't come", "never shows up"); this is their union.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_NEVER_CAME = re.compile(
    # "je n'arrive pas à configurer" is "I can't": not followed by "à"
    r"\b(?:rien n arrive|rien ne vient|rien recu|n arrive (?:pas|jamais|plus)(?! a\b)"
    r"|n arrivent (?:pas|jamais|plus)|n est jamais arrive|ne vient pas|ne vient jamais|pas recu"
    r"|jamais recu|toujours rien|aucun sms|aucun code|pas de sms|pas de code|nothing arriv\w*"
    r"|nothing came|nothing comes|nothing shows|never arriv\w*|never came|never comes"
    r"|never shows? up|hasn t arrived|has not arrived|isn t arriving|not arriving|not arrived"
    r"|didn t (?:arrive|come)|doesn t (?:arrive|come)|still nothing"
    # "nothing has come through" (DEV21, written blind: « SMS » chosen, the number typed)
    r"|nothing (?:has |s )?(?:come|came|arrived|shown up)|(?:hasn t|has not|haven t|have not)"
    r" (?:come|arrived|shown up)|(?:not|never|didn t|hasn t|haven t) come through"
    r"|rien n est (?:arrive|venu)|rien n a ete recu"
    # "no text has come through after ten minutes" (DEV83, written blind: the SMS set-up 0.51)
    # (said so, not "no text came through, it's her very first login, what should she do": the
    # set-up's steps for a training line of blind25)
    r"|no (?:text|texts|sms|code|codes|message|messages)(?: \w+){0,2}? (?:has|have|s)"
    r" (?:come|arrived|shown up|turned up)"
    # « mon portable reçoit bien les appels mais plus rien de votre part » (DEV83)
    r"|(?:plus )?rien de votre part|rien de chez vous|nothing from (?:you|your side|the portal)"
    # "the text with the code never lands on my phone" (DEV75, written blind)
    r"|never lands?|never landed|n atterrit jamais"
    # « le message contenant le code ne m'est jamais parvenu » (DEV86, written blind, in a
    # letter's form: the set-up's steps 0.46), "the text never reached me"
    r"|(?:jamais|pas|toujours pas|pas encore) parvenus?|never reached (?:me|my)"
    r"|(?:hasn t|has not|didn t|did not|doesn t) reach(?:ed)? (?:me|my)"
    # no longer coming (bot/nlu/same_number.py read these on its own list)
    r"|stopped (?:arriving|coming)|no longer (?:arrive|arrives|come|comes)|rien ne m arrive"
    # the others' texts arrive, "celui de M2Mmanager pour me connecter, jamais" (DEV69)
    r"|(?:celui|celle|le sien|the one|yours|le votre|le tien)(?: \w+){0,6}? (?:jamais|never)$"
    r"|(?:celui|celle|the one|yours|le votre)(?: \w+){0,6}? (?:n arrive|never (?:comes|arrives"
    r"|came|shows)))\b"
    # "je recois pas le sms pour activer la double authentification" (thirty-second outsider
    # check, C01: the set-up's steps)
    # « le code n'est pas arrivé » (the refused code 0.48; forty-eighth outsider check, F12),
    # not « je ne suis pas arrivé à… », "I couldn't"
    r"|\b(?:n est|ne sont|est|sont) (?:pas|toujours pas|pas encore) (?:arrive|arrives|arrivee"
    r"|venu)\b"
    r"(?! a\b)"
    r"|\b(?:ne )?(?:recois|recoit|recevons|recoivent) (?:pas|jamais|rien)"
    r"(?: (?:le|les|de|d|mon|mes|aucun))? (?:sms|code|codes|texto|textos)\b"
    # "never got / didn't get / haven't received" said of the code or the text
    r"|\b(?:never got|didn t get|did not get|didn t receive|did not receive|haven t received"
    r"|have not received|haven t got|not received)\s+"
    # "I didn't get what the code is for" is not understanding it
    r"(?!what\b|why\b|how\b|where\b|which\b)(?:\w+\s+){0,2}?"
    r"(?:code|codes|sms|text|texts|message|anything)\b"
)


def says_it_never_came(words: str) -> bool:
    """`words` (already through bot.plain_text.plain) say the code or the SMS never arrived."""
    return bool(_NEVER_CAME.search(words))


# the code said refused, expired or wrong: a code that came ("the new one never arrives and the
# old one is refused" tells both; the refused code's answer covers a code that came)
_REFUSED = re.compile(
    r"\b(?:refus\w*|rejet\w*|rejected|invalid\w*|incorrect\w*|wrong|expir\w*|errone\w*|faux"
    r"|not accepted|pas accepte\w*|doesn t work|does not work|ne marche pas|marche pas"
    # « je prends les chiffres de celle du haut et ça ne passe jamais » (DEV91: two entries in
    # the app, the top one refused)
    r"|ne passe (?:pas|jamais|plus)|passe pas|won t go through|never goes through)\b"
)


# one's own mistake asked about is no refused code ("…it never lands on my phone. What am I doing
# wrong?": the refused code 0.57; DEV94, written blind)
_DOING_WRONG = re.compile(
    r"\b(?:what (?:am i|are we|is she|is he) doing wrong|what (?:did|do) (?:i|we) do wrong"
    r"|qu est ce que (?:je fais|j ai fait|on fait) (?:mal|de travers)|je fais (?:mal|de travers))\b"
)


def never_came_not_refused(text: str) -> bool:
    """The code never came, and nothing says a code was refused: the SMS that never came, when
    the classifier heard the refused code."""
    words = _DOING_WRONG.sub(" ", plain(text))
    return says_it_never_came(words) and not _REFUSED.search(words)
