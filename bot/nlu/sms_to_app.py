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

_CODES_BY_SMS = re.compile(
    r"\b(?:je (?:recois|recoit)|on (?:recoit|recois)|i (?:get|receive|got)|we (?:get|receive))"
    r" (?:mes |nos |les |my |our |the )?codes? (?:par|by|via|as|in) (?:the )?"
    r"(?:sms|texto|textos|text|texts|message|messages)\b"
)
_APP_ALREADY = re.compile(
    r"\b(?:deja|already)\b.{0,40}\b(?:authy|authenticator|appli|app|application)\b"
    r"|\b(?:authy|authenticator|appli|app|application)\b.{0,40}\b(?:deja|already)\b"
)


def app_ready_while_on_sms(text: str) -> bool:
    """The customer gets codes by SMS and already has an authenticator app."""
    words = plain(text)
    return bool(_CODES_BY_SMS.search(words) and _APP_ALREADY.search(words))
