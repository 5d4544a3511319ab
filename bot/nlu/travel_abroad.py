"""A trip abroad ahead, the codes asked about: the two methods, the app needing no network.

"I'm travelling abroad next week with no French SIM. Will I still be able to log in?" got the
28 days; "Je pars en déplacement à l'étranger 3 semaines, est-ce que je vais recevoir les codes
là-bas ?" the switch (thirty-first outsider check, finding 7; thirty-second, finding 3). The
article says nothing of roaming; what helps is what the methods answer says: the app makes
its codes with no network or SMS, the SMS needs the phone's line.

Narrow on purpose: abroad or a foreign SIM named, and the codes, the SMS or the login asked
about; an SMS that did not come while abroad keeps its own answer.
"""

from __future__ import annotations

import re

from bot.nlu.never_came import says_it_never_came
from bot.plain_text import plain

_ABROAD = re.compile(
    r"\b(?:abroad|overseas|a l etranger|etranger|roaming|itinerance|no french sim|without my french"
    r"|foreign sim|sim etrangere|puce etrangere|hors de france|outside france|out of the country"
    r"|en voyage a l etranger)\b"
)
_CODES = re.compile(
    r"\b(?:code|codes|sms|texto|textos|text|texts|log in|login|connect\w*|recevoir|receive"
    r"|acceder|access)\b"
)


# the price of roaming asked, "connectées" read as a login: out of scope ("Quels sont les tarifs
# de roaming appliqués dans ces pays ?" about SIMs in Germany: DEV25, written blind)
_PRICE = re.compile(
    r"\b(?:tarifs?|prix|couts?|coute\w*|factur\w*|price\w*|pricing|costs?|rates?|charges?"
    r"|billing|bills?)\b"
)


def asks_about_codes_abroad(text: str) -> bool:
    """A trip abroad ahead, and the codes or the login asked about."""
    words = plain(text)
    return bool(
        _ABROAD.search(words)
        and _CODES.search(words)
        and not says_it_never_came(words)
        and not _PRICE.search(words)
    )


# a trip told without "abroad" and whether the codes will come there asked: "je pars en
# deplacement au canada la semaine pro, je vais recevoir les sms la bas?" was the switch (0.35;
# thirty-third outsider check, finding 5). A question of whether they arrive, with no change of
# method asked (the 24 switch lines that tell of travels ask for one), is the methods' answer.
_TRIP = re.compile(
    r"\b(?:deplacement|voyage|voyager|travel\w*|trip|mission a|je pars (?:en|au|aux|a)"
    r"|flying to|heading to|going to (?:canada|the us|china|japan|africa|asia|america))\b"
)
_WILL_THEY_COME = re.compile(
    r"\b(?:vais je recevoir|je vais recevoir|je recevrai|est ce que je recevrai|on va recevoir"
    r"|(?:ca|est ce que ca) (?:va marcher|marchera|marche) (?:la bas|a l etranger)"
    r"|will i (?:still )?(?:get|receive) (?:the |my |any |your )?(?:texts?|sms|codes?|messages?)"
    r"|will (?:the |my )?(?:texts?|sms|codes?) (?:still )?(?:arrive|work|come|reach)"
    r"|will it (?:still )?work (?:there|over there|abroad))\b"
)
_CHANGE_ASKED = re.compile(
    r"\b(?:switch\w*|chang\w*|passer|basculer|instead|a la place|plutot|move to|go to the app)\b"
)


def asks_if_codes_come_on_a_trip(text: str) -> bool:
    """A trip ahead, and whether the codes will arrive there asked (no change of method)."""
    words = plain(text)
    return (
        bool(_TRIP.search(words) and _WILL_THEY_COME.search(words))
        and not _CHANGE_ASKED.search(words)
        and not says_it_never_came(words)
    )


def never_came_abroad(text: str) -> bool:
    """Abroad or roaming, and the portal's text said never to come (« l'itinérance est activée,
    les messages de ma banque arrivent sans problème, mais celui de M2Mmanager pour me
    connecter, jamais. »: out of scope 0.23, the SMS that never came 0.22, under the fallback;
    DEV69, written blind): the SMS answer (check the number, wait, « Renvoyer », « Essayer une
    autre méthode »)."""
    words = plain(text)
    return bool(_ABROAD.search(words) and says_it_never_came(words))
