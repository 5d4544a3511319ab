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


# ...or said empty, just downloaded ("j'ai download Google Authenticator mais il est vide": the
# code's format 0.45; fifty-third outside check, F8): nothing scanned yet, the app's steps. An
# app empty on a new phone, or after a wipe, is a lost entry, the reset's: "just downloaded" is
# what tells the two apart
_EMPTY = re.compile(
    r"\b(?:il est vide|elle est vide|est vide|is empty|it s empty|its empty|nothing in (?:it|there)"
    r"|rien dedans|rien dans l appli|no accounts?(?: in it| listed)?|aucun compte)\b"
)
_JUST_INSTALLED = re.compile(
    r"\b(?:download\w*|telecharge\w*|installed|just installed|installe|installee|j ai mis"
    r"|got the app|just got"
    # « Mon collègue m'a dit d'installer Authy, c'est fait. Je l'ouvre et c'est vide » (DEV120)
    r"|installer (?:\w+ ){0,3}?c est fait)\b"
)
# ...at the popup's set-up: an app just downloaded and empty without it may be an enrolled
# account's lost entry (« je viens de télécharger l'appli… elle affiche rien » from an account
# enrolled with the app got the set-up's steps: fifty-fourth outside check, F5)
_AT_THE_SET_UP = re.compile(
    r"\b(?:pop ?up|fenetre|one time code|code a usage unique|qr|first time|premiere fois"
    r"|set ?up|activation|activer|configurer"
    r"|(?:asks?|wants?|demande) (?:me )?(?:for )?(?:a |un )?code"
    # what to do on the portal's side asked (« Il faut faire quoi côté portail pour que ça
    # marche ? »: what 2FA is 0.32; DEV120, written blind)
    r"|cote portail|du cote du portail|(?:on )?the portal s side|on the portal side)\b"
)
_NEW_PHONE = re.compile(
    r"\b(?:new phone|nouveau (?:telephone|portable|tel)|changed phones?|change de (?:telephone"
    r"|portable)|replaced|remplace|reinstall\w*|reinstalle\w*)\b"
)


def asks_what_to_do_with_the_app(text: str) -> bool:
    """An authenticator app is on the phone and the customer doesn't know what to do with it,
    or finds it empty (not on a new phone)."""
    words = plain(text)
    empty = bool(_EMPTY.search(words) and _JUST_INSTALLED.search(words))
    empty = empty and bool(_AT_THE_SET_UP.search(words))
    empty = empty and not _NEW_PHONE.search(words)
    told = _APP.search(words) and (_WHAT_WITH_IT.search(words) or empty)
    return bool(told) and not (REFUSED.search(words) or says_it_never_came(words))
