"""A QR code that will not scan, or the key asked to type it by hand: what to do then.

"the QR code won't scan, my camera just doesn't pick it up" and « je n'arrive pas à scanner le
QR code, donnez-moi la clé secrète » got the app's four steps again, "scan the QR code" among
them (thirty-fourth outsider check, F5). The article's way out when the app's set-up does not
go through is « Essayer une autre méthode » (the SMS) or the support line; no key is ever given
in the chat (utter_enable_app_qr_fails, through bot/rasa_ext/nlg.py's FOCUS).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_QR = re.compile(r"\b(?:qr|qr code|qrcode|code qr|flash\w*|barcode)\b")
_FAILS = re.compile(
    r"\b(?:ne (?:se )?scanne pas|n arrive pas a (?:le |la )?(?:scanner|flasher|lire)"
    r"|arrive pas a (?:le |la )?(?:scanner|flasher|lire)|impossible de (?:le |la )?(?:scanner"
    r"|flasher|lire)|(?:ne )?(?:marche|fonctionne|passe) pas|ne (?:le |la )?(?:lit|reconnait)"
    r" pas|won t scan|wont scan|doesn t scan|does not scan|can t scan|cant scan|cannot scan"
    r"|unable to scan|not scanning|won t read|doesn t read|doesn t pick|won t pick|not picking"
    r"|isn t working|is not working|doesn t work|does not work|not recogni[sz]\w*|fails? to scan"
    r"|nothing happens|rien ne se passe)\b"
)
# the key asked for, to type the account into the app by hand
_KEY = re.compile(
    r"\b(?:cle (?:secrete|manuelle|de configuration|a saisir)|secret key|setup key|manual key"
    r"|the key|la cle|le secret|the secret|a la main|manuellement|by hand|manually)\b"
)
_KEY_WORD = re.compile(r"\b(?:key|cle|secret)\b")
_APP = re.compile(r"\b(?:app|appli|application|authenticator|authy|google|microsoft)\b")


def qr_will_not_scan(text: str) -> bool:
    """The app's QR code will not scan, or the key to type by hand is asked for."""
    words = plain(text)
    # "by hand" alone is no key asked: "l'heure est réglée à la main" (a clock, DEV11)
    key = _KEY.search(words) and _KEY_WORD.search(words)
    if _QR.search(words):
        return bool(_FAILS.search(words) or key)
    return bool(key and _APP.search(words))
