"""The QR code told, not named: the app's set-up.

"I picked the first of the two choices on the method screen and now there's a picture I'm
supposed to point my phone at." was the set-up's steps (0.20; DEV25, written blind): the
picture is the QR code the authenticator app scans, whose steps the app's answer gives.
"""

from __future__ import annotations

import re

from bot.nlu.no_smartphone import cannot_scan_but_gets_texts
from bot.plain_text import plain

_PICTURE_TO_SCAN = re.compile(
    r"\b(?:picture|image|square|pattern|barcode|dessin|carre|motif|code barre)\b.{0,50}"
    r"\b(?:point(?:ed|ing|s)? (?:my|the|your|his|her|their) (?:phone|camera|mobile) at|scan"
    r"|flasher|(?:pointer|viser) (?:mon|le|votre|son|sa) (?:telephone|portable|appareil)"
    r"|aim(?:ed|ing|s)? (?:my|the|your|his|her) (?:phone|camera|mobile) at)\b"
    # the phone named after ("viser un carré noir et blanc avec son téléphone": DEV64)
    r"|\b(?:viser|pointer|aim at|point at)\b.{0,40}\b(?:carre|square|picture|image|dessin"
    r"|motif|barcode|code barre)\b"
    # the phone's camera said to do nothing with it ("There's a square barcode on my laptop screen
    # and my phone's camera does nothing with it. What am I missing?": under the fallback;
    # DEV122, written blind): scanned from the app, not the camera
    r"|\b(?:square|barcode|carre|code barre|damier)\b.{0,60}\b(?:camera|appareil photo)\b.{0,30}"
    r"\b(?:does nothing|did nothing|nothing happens|won t read|doesn t read|can t read"
    r"|doesn t recognise|doesn t recognize|ne fait rien|rien ne se passe|ne le lit pas"
    r"|ne le reconnait pas)\b"
)


# ...or as a black and white square shown, with the app at hand ("j'ai téléchargée [l'appli], j'ai
# le carré noir et blanc affiché sur le portail… et maintenant ?": the two methods, 0.90;
# DEV37, written blind)
_BLACK_AND_WHITE = re.compile(
    r"\b(?:carre|square|image|picture|dessin|motif|damier|grille|grid|box)(?: \w+){0,2}?"
    r" (?:noir et blanc|black and white|black white|en noir et blanc|pixelise\w*|pixelated)\b"
    r"|\b(?:black and white|black white|pixelated) (?:square|picture|image|box|grid|pattern)\b"
    # "a pattern of black dots" (DEV43, written blind)
    r"|\b(?:pattern|grid|square|motif|grille|carre) of (?:black )?(?:dots|squares|pixels)\b"
    r"|\b(?:black dots|points noirs|petits carres noirs|motif de points)\b"
)
# the method that is not the texts chosen, which stands for the app ("I picked the first option
# on the choice screen, the one that isn't text messages": DEV43)
_NOT_THE_TEXTS = re.compile(
    r"\b(?:isn t|is not|not|pas) (?:the )?(?:les )?(?:text|texts|text messages|sms|textos)\b"
)
_APP = re.compile(
    r"\b(?:app|appli|application|authenticator|authy|telecharge\w*|downloaded"
    # nothing on the phone that reads it ("je n'ai rien qui fait ça", "I've got nothing on my
    # phone that does that": the SMS that never came; DEV64, written blind)
    r"|rien qui (?:fait|lit|scanne) ca"
    r"|nothing (?:on my phone )?that (?:does|reads|scans) (?:that|this|it))\b"
)


def describes_the_qr_code(text: str) -> bool:
    """The customer describes a picture to point the phone at (the QR code), or a black and
    white square with the app at hand."""
    words = plain(text)
    told = _BLACK_AND_WHITE.search(words) and (_APP.search(words) or _NOT_THE_TEXTS.search(words))
    # the picture impossible to aim at, the texts fine: the SMS set-up (bot/nlu/no_smartphone.py)
    return bool(_PICTURE_TO_SCAN.search(words) or told) and not cannot_scan_but_gets_texts(text)
