"""The QR code told, not named: the app's set-up.

"I picked the first of the two choices on the method screen and now there's a picture I'm
supposed to point my phone at." was the set-up's steps (0.20; DEV25, written blind): the
picture is the QR code the authenticator app scans, whose steps the app's answer gives.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_PICTURE_TO_SCAN = re.compile(
    r"\b(?:picture|image|square|pattern|barcode|dessin|carre|motif|code barre)\b.{0,50}"
    r"\b(?:point (?:my|the|your) (?:phone|camera|mobile) at|scan|flasher|pointer (?:mon|le|votre)"
    r" (?:telephone|portable|appareil))\b"
)


def describes_the_qr_code(text: str) -> bool:
    """The customer describes a picture to point the phone at (the QR code)."""
    return bool(_PICTURE_TO_SCAN.search(plain(text)))
