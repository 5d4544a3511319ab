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
    r"|nothing happens|rien ne se passe"
    # no camera to scan with ("I'm stuck on the QR code screen, my phone camera is broken": the
    # app's steps, which say to scan; fortieth outsider check, F9)
    r"|(?:camera|appareil photo|objectif|lens)(?: \w+){0,3}? (?:is |est )?(?:broken|cracked|dead"
    r"|not working|doesn t work|won t work|casse\w*|hs|morte?|ne marche pas|ne fonctionne pas"
    r"|fendu\w*)|(?:no|sans|pas d|pas de) (?:camera|appareil photo)|broken camera"
    r"|camera (?:cassee|hs))\b"
)
# the key asked for, to type the account into the app by hand
_KEY = re.compile(
    r"\b(?:cle (?:secrete|manuelle|de configuration|a saisir)|secret key|setup key|manual key"
    r"|the key|la cle|le secret|the secret|a la main|manuellement|by hand|manually)\b"
)
_KEY_WORD = re.compile(r"\b(?:key|cle|secret)\b")
_APP = re.compile(r"\b(?:app|appli|application|authenticator|authy|google|microsoft)\b")


def qr_will_not_scan(text: str) -> bool:
    """The app's QR code will not scan, or the key to type by hand is asked for (or it is not
    shown at all: `qr_not_shown`)."""
    words = plain(text)
    if qr_not_shown(text):
        return True
    # "by hand" alone is no key asked: "l'heure est réglée à la main" (a clock, DEV11)
    key = _KEY.search(words) and _KEY_WORD.search(words)
    if _QR.search(words):
        return bool(_FAILS.search(words) or key)
    return bool(key and _APP.search(words))


# the QR code not shown at all ("le qr code s'affiche pas dans la fenetre, juste un carré blanc"
# got the app's steps, which begin "a QR code is displayed": thirty-ninth outsider check, F6):
# nothing to scan, so no scanning advice; the other method or the support line
_NOT_SHOWN = re.compile(
    r"\b(?:s affiche pas|ne s affiche pas|n apparait pas|apparait pas|ne charge pas|charge pas"
    r"|carre (?:blanc|vide|gris)|cadre (?:blanc|vide)|blank|white (?:square|box)|empty (?:square"
    r"|box)|grey (?:square|box)|doesn t show|does not show|won t show|isn t showing|not showing"
    r"|doesn t appear|does not appear|won t appear|not appearing|doesn t load|won t load"
    r"|not loading|no qr code|pas de qr code|aucun qr code)\b"
)


def qr_not_shown(text: str) -> bool:
    """The app's QR code is not displayed (blank, missing)."""
    words = plain(text)
    return bool(_QR.search(words) and _NOT_SHOWN.search(words))


# a popup's button pressed and nothing happens (« quand je clique sur Continuer rien ne se
# passe » got the 28 days, 0.35; forty-first outsider check, F6): a fault the chat cannot see,
# support's line and a person (still_failing); « Renvoyer » has its own answer (labels.py)
_BUTTON_PRESSED = re.compile(
    r"\b(?:clique\w*|click\w*|appui\w*|press\w*|hit|tap\w*)\s+(?:sur\s+|on\s+)?(?:le bouton\s+"
    r"|the button\s+|the\s+)?(?:continuer|continue|valider|submit|ok)\b"
)
_NOTHING_HAPPENS = re.compile(
    r"\b(?:rien ne se passe|il ne se passe rien|ca ne fait rien|ne fait rien|ne reagit pas"
    r"|nothing happens|nothing is happening|does nothing|doesn t do anything|doesn t respond"
    r"|not responding|ne repond pas|reste bloque\w*|is stuck|stays stuck|page blanche"
    r"|blank page|tourne dans le vide|spins forever)\b"
)


def button_does_nothing(text: str) -> bool:
    """A popup's button is pressed and nothing happens."""
    words = plain(text)
    return bool(_BUTTON_PRESSED.search(words) and _NOTHING_HAPPENS.search(words))
