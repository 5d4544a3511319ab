"""An authenticator app put on the phone, and what to do with it asked: the app's set-up.

« Mon gendre m'a mis Microsoft Authenticator sur mon téléphone hier soir en disant que ça
servirait pour le site des compteurs. Il est reparti et je ne sais pas quoi en faire. » fell
back (the app's set-up 0.33, the refused code 0.32; DEV82, written blind). The app is there and
nothing was scanned yet: the app's steps (the popup, « Google Authenticator ou similaire », the
QR code, « + ») are what comes next. A code refused or not arriving is another story.
"""

from __future__ import annotations

import re

from bot.nlu.never_came import says_it_never_came
from bot.nlu.old_code import REFUSED
from bot.plain_text import plain

_APP = re.compile(
    r"\b(?:microsoft auth\w*|google auth\w*|authy|authenticator|appli d authentification"
    r"|application d authentification)\b"
)
_WHAT_WITH_IT = re.compile(
    r"\b(?:(?:je )?ne sai[st] (?:pas )?(?:quoi|comment) en faire|sai[st] pas quoi en faire"
    r"|(?:je )?ne sai[st] pas (?:comment )?m en servir|sai[st] pas m en servir"
    r"|(?:don t|do not|doesn t) know (?:what to do with|how to use) (?:it|this|that|the thing)"
    r"|what (?:do|am) i (?:supposed to )?do with (?:it|this|that)|what now with it"
    r"|et maintenant j en fais quoi|j en fais quoi|je fais quoi avec)\b"
)


def asks_what_to_do_with_the_app(text: str) -> bool:
    """An authenticator app is on the phone and the customer doesn't know what to do with it."""
    words = plain(text)
    told = _APP.search(words) and _WHAT_WITH_IT.search(words)
    return bool(told) and not (REFUSED.search(words) or says_it_never_came(words))
