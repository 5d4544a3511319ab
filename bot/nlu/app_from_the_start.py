"""A method wanted from the start, "rather than" the other: its set-up, not a switch.

"Our security policy requires TOTP apps rather than text messages. I've already got Microsoft
Authenticator on my phone. How do I connect it to M2Mmanager?" was read as a change of method
(0.95; DEV16, written blind): "rather than text messages" sounds like leaving SMS. Nothing
says the account uses SMS today; the customer asks how to link the app, which the app's
set-up answers (the popup's « Google Authenticator ou similaire », the QR code).

The classifier had heard the app's set-up (0.95); the preference rule (bot/nlu/preference.py)
made it a switch. On every training, held-out and field line where a preference and such a
set-up question meet, the label is the preferred method's set-up (8 the app's, 4 the SMS's,
none a switch; 2026-12-04): the preference rule leaves them to the classifier
(`asks_to_set_one_up`). Where the classifier itself heard a switch, an app named first and
preferred, or named alone, is its set-up (`sets_up_the_app_first`).

Narrow on purpose: a set-up asked ("how do I connect / set up / link it"), and no sign of a
method in use on the account ("currently", "I get my codes by SMS", "switch", "instead",
"passer de"), which keeps the switch.
"""

from __future__ import annotations

import re

from bot.nlu.method_in_use import IN_USE_TODAY, SWITCH_ASKED
from bot.plain_text import plain

_SET_UP = re.compile(
    r"\b(?:how (?:do|can|should) (?:i|we) (?:connect|link|set up|setup|add|pair|hook up|configure"
    r"|register|enrol|enroll|get)|what s the set ?up"
    # "Can I set up the new security that way?", "could we set it up with texts" (DEV26)
    r"|(?:can|could) (?:i|we) (?:set ?up|set (?:\w+ ){1,3}up)"
    r"|is there (?:a|any) way to (?:set ?up|set (?:\w+ ){1,4}up)"
    r"|comment (?:je |on )?(?:le |la |l )?"
    r"(?:relie|relier|connecte|connecter|configure|configurer|ajoute|ajouter|associe|associer"
    r"|lie|lier|installe|installer|parametre|parametrer))\b"
)
_APP = re.compile(
    r"\b(?:app|apps|appli|application|authenticator|authentificator|totp|authy|google auth"
    r"|microsoft auth)\b"
)
# a method in use on the account today: the switch it is
_IN_USE = re.compile(
    rf"\b(?:{SWITCH_ASKED}|{IN_USE_TODAY}|from sms|from text|from the sms"
    r"|i get (?:my |the )?(?:codes?|texts?|sms)|we get (?:our |the )?(?:codes?|texts?|sms)"
    r"|i receive|we receive|my codes come|je recois|on recoit|nous recevons|mes codes arrivent"
    r"|depuis le sms|du sms a|du sms vers)\b"
)


_SMS = re.compile(r"\b(?:sms|texto|textos|text|texts|txt|text messages?)\b")
# the app preferred to SMS: "TOTP apps rather than text messages", "l'appli plutôt que les SMS"
_APP_OVER_SMS = re.compile(
    r"\b(?:app|apps|appli|application|authenticator|totp|authy)\b.{0,40}?"
    r"\b(?:rather than|instead of|over|not|plutot que|au lieu des?|pas (?:par )?(?:le|les)?)\s*"
    r"(?:the |les |le |des |by |par )?(?:sms|texto|textos|text|texts|txt)\b"
)


# text messages preferred to an app: "I don't get on with apps at all and I'd much rather just get
# a text. Can I set up the new security that way?" was the switch (0.73; DEV26, written blind)
_SMS_OVER_APP = re.compile(
    r"\b(?:rather|prefer|prefere|prefererais|plutot)\b(?:\s+\w+){0,4}?\s+(?:sms|texto|textos|text"
    r"|texts|txt|text messages?)\b"
    r"|\b(?:sms|texto|textos|text|texts|txt)\b.{0,30}?"
    r"\b(?:rather than|instead of|plutot qu|au lieu)(?:\s+\w+){0,2}?"
    r"\s+(?:app|apps|appli|application)\b"
)


def asks_to_set_one_up(text: str) -> bool:
    """The customer asks how to set a method up, with no method in use on the account."""
    words = plain(text)
    return bool(_SET_UP.search(words)) and not _IN_USE.search(words)


def sets_up_the_app_first(text: str) -> bool:
    """The customer asks how to link an authenticator app, preferred to SMS or named alone,
    with no method in use on the account."""
    words = plain(text)
    app = _APP.search(words) and (not _SMS.search(words) or _APP_OVER_SMS.search(words))
    return bool(app) and asks_to_set_one_up(text)


def sets_up_sms_first(text: str) -> bool:
    """The customer asks how to set text messages up, preferred to an app, with no method in
    use on the account: the SMS set-up, not a switch."""
    return bool(_SMS_OVER_APP.search(plain(text))) and asks_to_set_one_up(text)


# texts rather than an app, said next to each other with their set-up asked ("How do I set up 2FA
# using text messages rather than an app?": the app's steps 0.50; DEV113, written blind); not an
# app named for the set-up (« la direction impose une appli plutôt que les textos, comment je
# relie Authy ? » is the app's)
_BY_TEXTS_NOT_AN_APP = re.compile(
    r"\b(?:using|with|by|via|par|avec|en) (?:the )?(?:text messages|texts|sms|textos|text)"
    r" (?:rather than|instead of|plutot qu avec|plutot qu|au lieu d une|au lieu de l|and not)"
    r" (?:an |a |une |l |the )?(?:app|apps|appli|application)\b"
)


def sets_up_by_texts_not_an_app(text: str) -> bool:
    """The set-up by texts asked, an app ruled out in the same breath."""
    words = plain(text)
    return bool(_BY_TEXTS_NOT_AN_APP.search(words)) and asks_to_set_one_up(text)


# a colleague's app named, and his way wanted from the start ("A colleague… uses Authy on his
# phone and swears it beats waiting for messages. I want to do it his way from the very start.":
# the set-up's steps 0.32; DEV118, written blind): the app's set-up
_HIS_WAY = re.compile(
    r"\b(?:do it|set it up|go|doing it) (?:his|her|their|the same) way"
    r"|\b(?:comme (?:lui|elle|eux)|pareil que (?:lui|elle)|de la meme facon|de la meme maniere)"
)
_FROM_THE_START = re.compile(
    r"\b(?:from the (?:very )?(?:start|beginning|outset)|right from the start|straight away"
    r"|des le (?:depart|debut)|d entree|tout de suite)\b"
)


def wants_a_colleagues_app_from_the_start(text: str) -> bool:
    """An app named (a colleague's), the same way wanted from the start, no method in use."""
    words = plain(text)
    told = _APP.search(words) and _HIS_WAY.search(words) and _FROM_THE_START.search(words)
    return bool(told) and not _IN_USE.search(words)
