"""The phone's clock set by hand, and the app's codes refused: the refused code's answer.

"I set my old Android's date and time by hand after it kept jumping back to 1970. Now the
numbers the app gives me never get me past the login, just a red message every time." was
the status (0.81; DEV41, written blind). An authenticator app's codes follow the phone's
clock; a clock set by hand drifts, and the refused code's answer says to set the date and
time to automatic (the article's first check).

Narrow on purpose: the date, time or clock named, set by hand or wrong, and the codes refused
or not getting the customer in, all in the message.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_CLOCK = re.compile(
    r"\b(?:date and time|date et l heure|date et heure|time and date|l heure|the time|clock"
    r"|horloge|heure du telephone|phone s time|fuseau horaire|time zone|timezone)\b"
)
_SET_BY_HAND = re.compile(
    r"\b(?:by hand|manually|manual|a la main|manuellement|a la mano|myself|moi meme"
    r"|jumping back|jumps back|keeps? jumping|wrong|fausse|faux|decale\w*|out of sync|off by"
    r"|en retard|en avance|behind|ahead|1970)\b"
)
_NOT_GETTING_IN = re.compile(
    r"\b(?:never get me (?:past|in|through)|don t get me (?:past|in)|won t get me (?:past|in)"
    r"|won t let me in|doesn t let me in|red message|message rouge|refus\w*|rejet\w*|rejected"
    r"|invalid\w*|incorrect|wrong code|not accepted|don t work|doesn t work|won t work"
    r"|ne marche\w* pas|marche\w* pas|ne passe\w* pas|passe\w* pas|bounce\w*)\b"
)
_CODES = re.compile(
    r"\b(?:code|codes|numbers|digits|chiffres|app|appli|application|authenticator)\b"
)


def clock_set_by_hand(text: str) -> bool:
    """The phone's clock was set by hand or is wrong, and the app's codes do not get one in."""
    words = plain(text)
    return bool(
        _CLOCK.search(words)
        and _SET_BY_HAND.search(words)
        and _NOT_GETTING_IN.search(words)
        and _CODES.search(words)
    )
