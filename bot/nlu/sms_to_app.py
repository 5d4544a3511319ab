"""Codes by SMS today, an authenticator app already on the phone: a switch, not the app's
set-up alone.

"Je reçois mes codes par texto mais je pars six mois sur un chantier au Maroc sans mon numéro
français. J'ai déjà installé Authy sur le téléphone que j'emmène." got the app's set-up
steps (0.64): the account already uses SMS, so the app is a change of method, which
action_switch_method offers logged in and explains otherwise (DEV13, written blind).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_BY_SMS = r"(?:par|by|via|as|in) (?:the )?(?:sms|texto|textos|text|texts|message|messages)\b"
_CODES_BY_SMS = re.compile(
    r"\b(?:je (?:recois|recoit)|on (?:recoit|recois)|i (?:get|receive|got)|we (?:get|receive))"
    rf" (?:mes |nos |les |my |our |the )?codes? {_BY_SMS}"
    # "mes codes arrivent par texto", "my codes come by text" (DEV14)
    rf"|\b(?:mes|nos|les|my|our|the) codes? (?:arrivent|arrive|viennent|come|comes|arrive)"
    rf" (?:\w+ )?{_BY_SMS}"
)
_APP_ALREADY = re.compile(
    r"\b(?:deja|already)\b.{0,40}\b(?:authy|authenticator|appli|app|application)\b"
    r"|\b(?:authy|authenticator|appli|app|application)\b.{0,40}\b(?:deja|already)\b"
)


# ...and no signal where the customer will be, with another way wished: the app works offline
# ("je déménage dans un bureau en sous-sol où ça ne capte pas… j'aimerais que mon téléphone me
# les fournisse autrement": the SMS that never came, 0.19; DEV14, written blind)
_NO_SIGNAL = re.compile(
    r"\b(?:ne capte pas|capte pas|capte rien|pas de reseau|aucun reseau|zero reseau|pas de signal"
    r"|no signal|no reception|no coverage|no network|bad signal|poor signal|dead zone|zone blanche"
    r"|sous sol|basement|offshore|without network|sans reseau)\b"
)
_OTHERWISE = re.compile(
    r"\b(?:autrement|autre facon|autre maniere|autre moyen|another way|other way|different way"
    r"|otherwise|instead|a la place|plutot|rather|change\w*|switch\w*|passer)\b"
)


def sms_useless_where_going(text: str) -> bool:
    """The customer gets codes by SMS, will have no signal, and wants them another way."""
    words = plain(text)
    return bool(
        _CODES_BY_SMS.search(words) and _NO_SIGNAL.search(words) and _OTHERWISE.search(words)
    )


def app_ready_while_on_sms(text: str) -> bool:
    """The customer gets codes by SMS and already has an authenticator app."""
    words = plain(text)
    return bool(_CODES_BY_SMS.search(words) and _APP_ALREADY.search(words))
