"""Text-message codes forbidden by a policy: the app's set-up.

"Our parent company's security policy bans text-message verification for any business system,
no exceptions. So what do we use for your portal, and how do we set it up?" was a tie of the
app's set-up and the SMS's (0.40, 0.38; DEV33, written blind): SMS ruled out leaves the app.
"""

from __future__ import annotations

import re

from bot.nlu.wifi_tablet import texts_on_a_watch
from bot.plain_text import plain

_BANNED = re.compile(
    r"\b(?:ban|bans|banned|banning|forbid\w*|prohibit\w*|not allowed|disallow\w*|does not allow"
    r"|doesn t allow|interdi\w*|proscri\w*|pas autoris\w*|n autorise pas)\b.{0,40}"
    r"\b(?:text message|text messages|texts|sms|textos?)\b"
    r"|\b(?:text message|sms|textos?)\b.{0,30}\b(?:banned|forbidden|prohibited|not allowed"
    r"|interdit\w*|proscrit\w*|pas autorise\w*)\b"
    # "anything sent by text message isn't acceptable for logging in" (DEV85, written blind)
    r"|\b(?:text message|text messages|texts?|sms|textos?)\b.{0,20}\b(?:isn t|is not|aren t"
    r"|are not|n est pas|ne sont pas|no longer) (?:acceptable|accepted|permitted|allowed"
    r"|acceptes?|acceptables?|autorises?)\b"
    # an app demanded "et plus par des messages" (« exige que tous nos accès fournisseurs passent
    # par une application sur smartphone et plus par des messages »: the set-up 0.28; DEV81)
    r"|\b(?:exige\w*|impose\w*|require\w*|demand\w*|mandate\w*|insist\w*)\b.{0,80}"
    r"\b(?:application|appli|app|authenticator)\b.{0,40}\b(?:(?:et )?plus par|no longer by|not by"
    r"|rather than|instead of|pas par) (?:des |les |text )?(?:messages|sms|textos?|texts?)\b"
    # "Our IT policy says no SMS-based security anywhere, everything has to go through an
    # authenticator" (the general steps 0.41; DEV103, written blind)
    r"|\bno (?:sms|text|texts|text message)(?: based)? (?:security|codes?|verification"
    r"|authentication|2fa|mfa)\b|\b(?:aucune|pas de) (?:securite|authentification|verification)"
    r" par (?:sms|texto)\b"
    r"|\b(?:everything|all|it all|tout) (?:has to|must|needs to|doit) (?:go|pass|passer) (?:through"
    r"|via|par) (?:an? |une |l )?(?:authenticator|authenticator app|authentication app|appli"
    r"|application)\b"
)


# ...or impossible where the customer logs in, the other way asked ("I tried going the text route
# but I'm logging in from a tablet with a data-only SIM, and it can't receive texts at all.
# What's the other way, and how do I configure it?": device SMS, out of scope, 0.56; DEV77,
# written blind)
_NO_TEXTS = re.compile(
    r"\b(?:can t|cannot|can not|unable to|doesn t|does not|won t|never) (?:receive|get|take)"
    r" (?:any )?(?:texts|text messages|sms)\b|\bdata ?only sim\b|\bsim (?:data|donnees) seule"
    r"|\b(?:ne (?:peut|peux|recoit|recois) (?:pas|aucun)|ne (?:recoit|recoivent) jamais)"
    r" (?:recevoir )?(?:de |d |les |des )?(?:sms|textos?)\b"
)
_OTHER_WAY = re.compile(
    r"\b(?:(?:the |an? )?other (?:way|option|method)|alternative|autre (?:moyen|solution|methode"
    r"|option|facon)|(?:l |une )?alternative)\b"
)


def sms_forbidden(text: str) -> bool:
    """The customer may not use codes by text message (a policy forbids it), or cannot receive
    texts where they log in and asks for the other way."""
    words = plain(text)
    impossible = _NO_TEXTS.search(words) and _OTHER_WAY.search(words)
    # (not the phone banned with a watch that shows the texts: « le portable est interdit, mais
    # ma montre connectée affiche mes textos », the SMS's set-up; DEV110, written blind)
    return bool(_BANNED.search(words) or impossible) and not texts_on_a_watch(text)


# ...while the codes come by text today ("j'ai configuré le portail comme ça il y a deux mois,
# il faut que je bascule": the app's set-up 0.46; DEV25): the change of method
_IN_USE = re.compile(
    r"\b(?:j ai configure|on a configure|(?:i|we) set (?:it|the portal) up (?:that way|by text"
    r"|like that|with texts?)|configure comme ca"
    r"|set up that way|currently|actuellement|aujourd hui je recois|i get them by|je recois"
    r"|bascule\w*|basculer|switch|il faut que je change)\b"
)


def sms_forbidden_while_in_use(text: str) -> bool:
    """Text-message codes forbidden, and the customer uses them today."""
    return sms_forbidden(text) and bool(_IN_USE.search(plain(text)))
