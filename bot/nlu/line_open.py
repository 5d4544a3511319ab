"""Whether the support line is open: the contact answer, with whether it is open now.

"is the phone line open right now" was the support line 0.48 against the changed phone 0.46
("phone"): a tie, and "I didn't understand" (twenty-fifth outsider check, EN39). A question
about the line or the support being open, reachable or available is the contact question;
its answer says whether the line is open at this moment (bot/rasa_ext/nlg.py, NOW).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_LINE = re.compile(
    r"\b(?:line|ligne|lines|lignes|hotline|helpdesk|help desk|support|standard|service client"
    r"|customer service|phone support|call center|centre d appel|vous|you guys|your team"
    r"|votre equipe|conseillers?|agents?)\b"
)
_OPEN = re.compile(
    r"\b(?:open|opened|ouvert|ouverte|ouverts|ouvertes|joignable|joignables|reachable"
    r"|available|disponible|disponibles|dispo|staffed|horaires|hours|opening)\b"
)
# a line of the fleet (a SIM's line) or a window/popup that opens is another question
# ("open the reset request here, the line's closed anyway" asks for the request)
_OTHER = re.compile(
    r"\b(?:sim|sims|carte|cartes|card|cards|popup|fenetre|window|page|portail|portal|request"
    r"|demande|ticket|reset|reinitialisation)\b"
)


def asks_if_open(text: str) -> bool:
    """The customer asks whether, or when, the support line is open."""
    words = plain(text)
    return bool(_LINE.search(words) and _OPEN.search(words)) and not _OTHER.search(words)


# the support's number asked for in the imperative, nothing else said ("ok give me the phone
# number then" after the reset offer got the offer again, read as a changed phone 0.40;
# « donnez-moi le numéro alors » was a reference asked: fortieth outsider check, F2)
_GIVE_THE_NUMBER = re.compile(
    r"^(?:(?:ok|okay|bon|alors|fine|right|so|well|d accord) )*(?:give me|send me|tell me|donnez moi"
    r"|donne moi|dites moi|dis moi|file moi|passez moi|je veux|i want|i need|can i have|can i get"
    r"|could i have) (?:the|your|le|votre) (?:phone |support |support s |hotline |telephone )?"
    r"(?:number|numero|phone number|hotline)(?: de telephone| du support| de l assistance)?"
    r"(?: then| alors| please| svp| stp| s il vous plait| now| maintenant)*$"
)


def asks_for_the_number(text: str) -> bool:
    """The whole message asks for "the number" (the support's), in the imperative."""
    return bool(_GIVE_THE_NUMBER.match(plain(text).strip()))
