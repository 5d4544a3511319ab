"""The portal wanted in an authenticator app used for other accounts: the app's set-up.

"J'ai Google Authenticator sur mon téléphone pour ma banque et pour Gmail, et j'aimerais bien
que le portail des cartes SIM y soit aussi." and "I've got Microsoft Authenticator on my phone
for Office 365 and our VPN, and I'd like the SIM portal in there too." were out of scope (0.51,
0.64: the bank, Gmail, the VPN; DEV12, both languages). The customer asks how to add
M2Mmanager to the app: the article's app set-up (the QR code, "+", scan). Another product's
own 2FA stays out of scope (bot/nlu/other_tools.py): here the message names ours and asks
for it to be added too.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_APP = re.compile(
    r"\b(?:authenticator|authentificator|authy|freeotp|2fas|appli d authentification"
    r"|application d authentification|app d authentification"
    # the app told by what it does ("the same code generator on our phones for every work
    # tool": DEV15, written blind, not understood)
    r"|code generator|code generators|generateur de codes?|token app|otp app)\b"
)
_OURS = re.compile(r"\b(?:m2m\w*|portal|portail|sim|sims|your site|votre site)\b")
_TOO = re.compile(
    r"\b(?:aussi|egalement|too|as well|also|ajouter|rajouter|add|adding|y soit|y mettre"
    r"|in there|in it|dedans|avec les autres|with the others|alongside|onto it|on it"
    r"|every (?:work )?tool|all our tools|tous nos outils|pour tout)\b"
)


def wants_ours_in_the_app(text: str) -> bool:
    """The customer uses an authenticator app and wants the portal in it too."""
    words = plain(text)
    return bool(_APP.search(words) and _OURS.search(words) and _TOO.search(words))
