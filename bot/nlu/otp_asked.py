"""What the "OTP" is, asked in practice: made up or sent, how long: the code's answer.

"My colleague's email says to 'enter the OTP' when logging in. Is that a password I have to make
up, or something I'm sent, and how long is it?" was what 2FA is (0.51; DEV79, written blind).
The code's answer says what it is: six digits, single use, sent by SMS or shown by the app.

Narrow on purpose: the code named (OTP, one-time code, « code à usage unique ») and one of its
practical traits asked (made up or received, its length).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_THE_CODE = re.compile(
    r"\b(?:otp|one time (?:password|code|passcode)|code a usage unique|code unique"
    r"|mot de passe a usage unique|code temporaire|temporary code)\b"
)
_TRAIT = re.compile(
    r"\b(?:make up|made up|make it up|choose|pick|invent|create|inventer|choisir|creer"
    r"|sent to me|i m sent|something i m sent|i get sent|je recois|on m envoie|envoye"
    r"|how long is it|how many (?:digits|numbers|characters)|combien de (?:chiffres|caracteres)"
    r"|how long (?:does it last|is it valid)|it s how long)\b"
)


def asks_what_the_otp_is(text: str) -> bool:
    """The code named as an OTP, asked made up or sent, or how long."""
    words = plain(text)
    return bool(_THE_CODE.search(words) and _TRAIT.search(words))
