"""The authenticator app itself asked about, or a scan that shows nothing: the app's set-up
said with what the customer asked first (bot/rasa_ext/nlg.py, FOCUS).

Fifty-seventh outside check, F10: « c quoi google authenticator ? » got the set-up's steps with
no sentence saying what the app is (the article: "un code de sécurité généré par une
application dédiée… génère un code unique toutes les 30 secondes"), and « j'ai scanné le qr
code mais l'appli dit rien » the same steps, nothing for the scan that gave nothing.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_APP = (
    r"(?:google authenticator|microsoft authenticator|authy|authenticator|authenticator app"
    r"|(?:appli|application)s? d authentification|authentication app)"
)
_WHAT_IS = re.compile(
    r"\b(?:c est quoi|c quoi|cest quoi|qu est ce que c est|qu est ce que|what s|what is|whats"
    r"|what are|kesako)\s+(?:ce |cet |cette |le |la |l |un |une |an |a |the |that |this )?"
    rf"(?:truc |thing )?{_APP}\b"
    rf"|\b{_APP}\s+(?:c est quoi|c quoi|cest quoi|what s that|what is that|what is it)\b"
)
_SCANNED = re.compile(r"\b(?:scanne\w*|scanned|scanning|flashe\w*|scan (?:went|worked))\b")
_NOTHING_SHOWN = re.compile(
    r"\b(?:rien|nothing|no code|pas de code|aucun code|n affiche rien|affiche rien|dit rien"
    r"|shows nothing|doesn t show|does not show|nothing happens|nothing happened|empty|vide"
    r"|il se passe rien|il ne se passe rien)\b"
)


def asks_what_the_app_is(text: str) -> bool:
    """What the authenticator app (Google Authenticator…) is, asked."""
    return bool(_WHAT_IS.search(plain(text)))


def scanned_and_nothing_shows(text: str) -> bool:
    """The QR code scanned, and the app shows no code."""
    words = plain(text)
    return bool(_SCANNED.search(words) and _NOTHING_SHOWN.search(words))
