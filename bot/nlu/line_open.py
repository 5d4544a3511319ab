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
