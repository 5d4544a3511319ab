"""Turning 2FA on now with a method named: that method's set-up.

« non en fait je vais l'activer maintenant avec l'appli », logged in within the 28 days right
after asking to postpone, got the 28 days' summary (0.21, the switch 0.20; thirty-second
outsider check, C22). The customer has decided: the app's (or the SMS's) set-up steps are the
answer.

Narrow on purpose: an activation said ("je vais l'activer", "I'll set it up", "let's enable
it") with the app named ("avec l'appli", "with the app"), and no method in use on the account
named (that is a switch: bot/nlu/sms_to_app.py). The same with SMS is not read: the training
data files "how to activate by sms" under the general steps (9 lines).
"""

from __future__ import annotations

import re

from bot.nlu.method_in_use import SWITCH_ASKED
from bot.plain_text import plain

_ENABLE = re.compile(
    r"\b(?:activer|active|l activer|la mettre en place|mettre en place|configurer|installer"
    r"|enable|enable it|set it up|set up|turn it on|turn on|activate|do it"
    # "Can you walk me through turning on two-factor with an app on my iPhone?" (the set-up's
    # steps 0.64; DEV78, written blind)
    r"|turning on|turning it on|switching on|switch on|setting up|setting it up|enabling"
    r"|activating)\b"
)
_WITH_APP = re.compile(
    r"\b(?:avec|par|via|with|using|through) (?:l |la |le |the |an |a |my |mon |ma |une )?"
    r"(?:appli|application|app|authenticator|google authenticator|microsoft authenticator"
    r"|authy)\b"
)
# a method in use: a switch
_IN_USE = re.compile(
    rf"\b(?:{SWITCH_ASKED}|plutot|rather|au lieu|passer|currently|actuellement|deja|already"
    r"|over to"
    # "comment remplacer le SMS par l'application ?" after an SMS set-up months ago (DEV25,
    # written blind): the method in use replaced, a switch
    r"|remplac\w*|replac\w*|swap\w*"
    # enabled with it before, texts asked now ("J'avais activé la double authentification avec
    # Google Authenticator, mais… Comment recevoir désormais les codes par SMS ?": DEV48, a
    # switch; the guard read it)
    r"|j avais active|j ai active|i had enabled|i enabled|i activated|i had activated"
    r"|desormais|from now on"
    # set up with it some time ago ("I set up the portal codes with Authy two months ago, but…
    # Getting a text each time would suit me fine": a switch; DEV103, the guard read it)
    r"|ago|last (?:week|month|year)|il y a (?:\w+ )?(?:jours|semaines|mois|ans))\b"
)


def enables_with_the_app(text: str) -> bool:
    """The customer says they will enable 2FA now with the app."""
    words = plain(text)
    return bool(_ENABLE.search(words) and _WITH_APP.search(words)) and not _IN_USE.search(words)


# an app to download, which one among the store's many asked ("Mon responsable m'a dit de
# télécharger « un truc pour les chiffres » sur mon téléphone… Dans le store il y en a des
# dizaines. Lequel je prends et je fais quoi ensuite ?": the general steps 0.29; DEV63, written
# blind): the app's set-up, which names the apps and what to do next
_STORE = re.compile(
    r"\b(?:store|stores|play store|app store|google play|playstore|appstore|magasin"
    r"|d applications|telecharg\w*|download\w*|install\w*)\b"
)
# (which app alone is the general steps', by the training data: "which app do i need to
# download and how do i scan the qr"; the store's many are what this rule reads)
_WHICH_ONE = re.compile(
    r"\b(?:des dizaines|des centaines|une centaine|dozens|hundreds|so many|tons of them"
    r"|plein d (?:applis|apps)|il y en a plein|there are loads|il y en a trop|too many to choose)\b"
)
_NOT_THE_APP = re.compile(r"\b(?:sms|texto|textos|text message|texts)\b")


# the Google option picked, whether something must be downloaded asked ("I picked the first
# option in the security window, the one named after Google. It's showing a square barcode. Do I
# need to download something first?": the general steps 0.75; DEV106, written blind)
_GOOGLE_OPTION = re.compile(
    r"\b(?:named after google|the google one|google option|option google|l option google"
    r"|celle de google|celle avec google|google ou similaire|google authenticator or similar)\b"
)


def took_the_google_option_download_asked(text: str) -> bool:
    """The « Google Authenticator ou similaire » option picked, what to download asked."""
    words = plain(text)
    return bool(_GOOGLE_OPTION.search(words) and _STORE.search(words))


def asks_which_app_to_download(text: str) -> bool:
    """Told to get an app on the phone, the customer asks which one among the store's many."""
    words = plain(text)
    said = _STORE.search(words) and _WHICH_ONE.search(words)
    return bool(said) and not _NOT_THE_APP.search(words)


# the app chosen, which one to download asked (« J'ai choisi l'appli mais je ne sais pas laquelle
# télécharger. Laquelle faut il installer ? »: the general steps 0.21, which name no app; sixty-
# seventh outside check, F4): the app's set-up, which names them
_CHOSE_THE_APP = re.compile(
    r"\b(?:j ai|j avais|on a|nous avons) (?:choisi|opte pour|pris|selectionne) (?:l |une )?"
    r"(?:appli|application|app)\b"
    r"|\b(?:i|we) (?:chose|picked|went with|opted for|selected|clicked) (?:the |an )?(?:app"
    r"|authenticator|application|google (?:authenticator )?(?:option|one))\b"
)
_WHICH = re.compile(r"\b(?:laquelle|lequel|which one|which app|what app|quelle appli\w*)\b")


def chose_the_app_which_to_download(text: str) -> bool:
    """The app chosen in the popup, which one to download asked."""
    words = plain(text)
    return bool(_CHOSE_THE_APP.search(words) and _WHICH.search(words) and _STORE.search(words))
