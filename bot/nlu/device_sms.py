"""SMS to or from the SIM cards of devices (remote commands): out of scope.

"Can our M2M SIMs receive text messages? Our irrigation pumps need to get remote start
commands by SMS." was the SMS set-up (0.49; DEV32, written blind): the customer asks about
their fleet's SIM cards, not the login code. Out of scope, with the support's contacts.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_DEVICE_SMS = re.compile(
    r"\b(?:sims?|cartes? sim|devices?|pumps?|pompes?|boitiers?|capteurs?|sensors?|trackers?"
    r"|modems?|routers?|routeurs?|equipements?|machines?|alarms?|alarmes?)\b.{0,50}\b(?:receive"
    r"|send|recevoir|envoyer|recoivent|envoient|receiving|recoit|sending)\b.{0,20}"
    r"\b(?:sms|text messages|texts|textos)\b"
    # the devices' configuration texts ("Our trackers aren't receiving the config SMS I send them
    # from the portal": the SMS that never came 0.62; DEV100, written blind)
    r"|\b(?:config|configuration|parametrage|settings|provisioning) (?:sms|texts?|textos?)\b"
    r"|\b(?:sms|textos?) de (?:config|configuration|parametrage)\b"
    r"|\b(?:commands?|commandes?|instructions?|orders?|ordres?) (?:by|par|via|over) (?:sms|text)\b"
    r"|\bsms (?:commands?|de commande)\b"
)
_LOGIN = re.compile(
    r"\b(?:code|codes|login|log in|connexion|connecter|2fa|mfa|double auth\w*|authentification"
    # "I'm logging in from a tablet with a data-only SIM" is the login's device (DEV77)
    r"|authentication|portal|portail|logging in|logged in|logs in|signing in|sign in|me connecte)\b"
)


# the portal as where the devices' texts are sent from, not a login to it
_FROM_THE_PORTAL = re.compile(
    r"\b(?:from|through|via|on|using) (?:the |your )?portal\b"
    r"|\b(?:depuis|via|par|sur) (?:le |votre )?portail\b"
)


def asks_about_device_sms(text: str) -> bool:
    """The customer asks about SMS to or from their devices' SIM cards, not about logging in."""
    words = plain(text)
    return bool(_DEVICE_SMS.search(words)) and not _LOGIN.search(_FROM_THE_PORTAL.sub(" ", words))
