"""The order of the set-up's steps asked: the set-up's steps (how to enable it).

"Our IT firm says we all need to 'do the 2FA thing' on M2Mmanager this week. I log in, there's a
pop-up, and I've no idea what order things go in." was what 2FA is (0.39, the steps 0.31;
DEV78, written blind). The order of things is what the set-up's steps give.
"""

from __future__ import annotations

import re

from bot.nlu.method_in_use import METHOD_WORDS
from bot.nlu.preference import SMS
from bot.plain_text import plain

_ORDER = re.compile(
    r"\b(?:what order|which order|in what order|the order (?:of|in which)|dans quel ordre"
    r"|l ordre des (?:etapes|choses)|what (?:comes|goes|do i do) first|par quoi (?:je )?commence"
    r"|par ou (?:je )?commence|step by step|etape par etape)\b"
)


def asks_the_steps_order(text: str) -> bool:
    """The customer asks in what order the set-up goes."""
    return bool(_ORDER.search(plain(text)))


# one method's set-up heard, with no method named (« une fenêtre qui me propose une option
# « recommandée » et deux boutons. Je fais quoi, et dans quel ordre ? »: the app's set-up 0.25,
# the steps 0.24, the fallback; DEV87, written blind): the whole set-up, which starts at the
# popup; a method named keeps its own steps
_METHOD_NAMED = re.compile(
    rf"\b(?:{METHOD_WORDS}|apps|authentificat\w*|qr|message|messages|par mail|by email)\b"
    # what to install asked ("Qu'est-ce que je dois installer, et dans quel ordre ?": the app's
    # set-up, DEV35)
    r"|\b(?:quoi|que|what)(?: \w+){0,3}? (?:installer|install|telecharger|download)\b"
)


def asks_the_steps_order_naming_no_method(text: str) -> bool:
    """The order of the set-up asked, neither method named."""
    return asks_the_steps_order(text) and not _METHOD_NAMED.search(plain(text))


# a walk through the set-up asked with an authenticator app named and no text messages ("I've
# never used an authenticator app in my life. Could you walk me through setting one up for the
# portal, step by step?": the general steps 0.47; DEV95, written blind): the app's own steps,
# which start at the popup's « Google Authenticator ou similaire »
_WALK_THROUGH = re.compile(
    r"\b(?:(?:walk|talk|guide|take) (?:me|us) through|show (?:me|us) how|step by step|pas a pas"
    r"|etape par etape|m accompagner|me guider|nous guider|m expliquer comment)\b"
)
_APP_NAMED = re.compile(
    r"\b(?:authenticator|authentificator|authy|appli(?:cation)? d authentification"
    r"|app(?:lication)? d authentification|google auth\w*|microsoft auth\w*)\b"
)
_SET_UP_ONE = re.compile(
    r"\b(?:(?:set|setting|sets) (?:\w+ ){0,2}?up|install\w*|configur\w*|mettre en place|installer"
    r"|parametrer)\b"
)


def walks_through_the_app_set_up(text: str) -> bool:
    """A walk through the set-up asked, an authenticator app named, no text messages."""
    words = plain(text)
    asked = _WALK_THROUGH.search(words) and _SET_UP_ONE.search(words)
    return bool(asked and _APP_NAMED.search(words)) and not SMS.search(words)
