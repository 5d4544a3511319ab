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
    r"\b(?:date and time|date et l heure|date et heure|time and date|l heure|the time|clock|clocks"
    # the clocks changed for summer or winter ("since the clocks changed last weekend the
    # numbers from my app don't get accepted anymore": a tie of the status and the refused code;
    # DEV94, written blind)
    r"|changement d heure|daylight saving|summer time|winter time|heure d ete|heure d hiver"
    r"|horloge|heure du telephone|phone s time|fuseau horaire|time zone|timezone"
    # the date it shows (« une tablette Android qu'on a remise à zéro… elle affiche une date en
    # 2019 »: the fallback; DEV67, written blind)
    r"|(?:affiche|montre|indique|shows|displays|says|is on|is set to) (?:une |la |a |the )?date"
    r"|la date est|the date is|date (?:en|in|de|from|of) (?:19|20)\d\d"
    # minutes behind said alone (« Le mien affiche toujours cinq minutes de retard »: DEV72)
    r"|(?:\d+|une|deux|trois|quatre|cinq|six|dix|quinze|one|two|three|four|five|six|ten|fifteen)"
    r" minutes? (?:de retard|d avance|behind|ahead|slow|fast|late|early))\b"
)
_SET_BY_HAND = re.compile(
    r"\b(?:by hand|manually|manual|a la main|manuellement|a la mano|myself|moi meme"
    r"|jumping back|jumps back|keeps? jumping|wrong|fausse|faux|decale\w*|out of sync|off by"
    r"|en retard|en avance|de retard|d avance|behind|ahead|1970"
    # a device reset to its factory settings, or a past year shown
    r"|remis\w* a zero|reinitialis\w*|factory reset|reset to factory|wiped|19\d\d|20[01]\d"
    r"|clocks? (?:changed|went (?:forward|back))|changement d heure|daylight saving"
    r"|passage a l heure d (?:ete|hiver))\b"
)
_NOT_GETTING_IN = re.compile(
    r"\b(?:never get me (?:past|in|through)|don t get me (?:past|in)|won t get me (?:past|in)"
    r"|won t let me in|doesn t let me in|red message|message rouge|refus\w*|rejet\w*|rejected"
    r"|invalid\w*|incorrect|wrong code|not accepted|don t work|doesn t work|won t work"
    r"|ne marche\w* pas|marche\w* pas|ne passe\w* pas|passe\w* pas|bounce\w*"
    # « Les chiffres que donne l'appli… ne passent jamais » (DEV72, written blind)
    r"|ne passe\w* jamais|ne marche\w* jamais|never (?:work|works|pass|go through|get accepted)"
    r"|(?:don t|doesn t|didn t|won t|aren t|isn t) (?:get |getting |being )?accepted"
    r"|(?:devient|passe|vire|s affiche) (?:en )?rouge|(?:turns|goes|went|turned) red"
    # « …le portail me renvoie une erreur en rouge » (DEV99, written blind: the changed phone)
    r"|une erreur|an error|error message|message d erreur)\b"
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


# the phone was off or flat for a while, and the app's codes are refused since ("We lost power on
# the farm for two days and my phone was flat the whole time. Now it's back on, but every number
# the authenticator app gives me gets refused.": the changed phone 0.37; DEV65, written blind):
# the refused code's answer, whose first check is the phone's time
_WAS_OFF = re.compile(
    r"\b(?:flat|dead battery|battery died|ran out of (?:battery|charge|power)|was off|switched off"
    r"|turned off|powered off|power cut|lost power|no power|sans batterie|plus de batterie"
    r"|batterie (?:a plat|vide|morte)|decharge\w*|eteint\w*|coupure de courant|panne de courant"
    r"|panne d electricite|plus de courant)\b"
)
_REFUSED_NOW = re.compile(
    r"\b(?:refused|rejected|refuse\w*|rejet\w*|invalid\w*|incorrect|wrong code|doesn t work"
    r"|don t work|won t work|ne marche\w* pas|ne fonctionne\w* pas|pas accepte\w*)\b"
)
_LOST_OR_NEW = re.compile(
    r"\b(?:lost (?:my |the |his |her )?(?:phone|mobile|cell)|(?:phone|mobile) (?:was |got )?(?:lost"
    r"|stolen)|stolen|new phone|nouveau telephone|nouveau portable|perdu|vole|changed phone"
    r"|replaced|remplace)\b"
)


def codes_refused_after_the_phone_was_off(text: str) -> bool:
    """The phone was off or flat for a while, and its codes are refused since."""
    words = plain(text)
    return bool(
        _WAS_OFF.search(words) and _REFUSED_NOW.search(words) and not _LOST_OR_NEW.search(words)
    )
