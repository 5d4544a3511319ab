"""The app (or "the number generator") to be got rid of, the codes wished by text from now on:
the change of method.

"My phone storage is full… the number generator is one of the things I'd love to get rid of.
Can the numbers just come to my mobile as messages from now on?" was the SMS set-up (0.43;
DEV31, written blind): the customer uses the app and asks to move to SMS, which the change of
method answers (in the chat when logged in: actions/switch.py). The preference rule
(bot/nlu/preference.py) needs a word of preference and the app's name; here the app is named
by what it does and the wish is to drop it.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_THE_APP = (
    r"(?:app|appli|application|authenticator|authy|number generator|code generator"
    r"|codes generator|generateur de codes?|generateur de chiffres|token app)"
)
_DROP_IT = re.compile(
    rf"\b{_THE_APP}\b.{{0,80}}?\b(?:get rid of|delete|remove|uninstall|lose|ditch|drop"
    r"|supprimer|desinstaller|virer|enlever|me debarrasser|m en debarrasser|effacer)\b"
    rf"|\b(?:get rid of|delete|remove|uninstall|ditch|supprimer|desinstaller|virer|enlever"
    rf"|me debarrasser de)\s+(?:the |my |this |that |l |mon |cette |ce |le )?{_THE_APP}\b"
)
_BY_TEXT_FROM_NOW = re.compile(
    r"\b(?:come|sent|go|arrive|get them|receive them|recevoir|arrivent|arriver|venir|viennent"
    r"|envoyes|envoyer)\b"
    r"(?:\s+\w+){0,4}?\s+(?:as (?:text )?messages|as texts?|by (?:text|sms)|via (?:text|sms)"
    r"|par (?:sms|texto|textos|message))\b"
)


def drops_the_app_for_texts(text: str) -> bool:
    """The customer wants to get rid of the app and have the codes by text."""
    words = plain(text)
    return bool(_DROP_IT.search(words) and _BY_TEXT_FROM_NOW.search(words))
