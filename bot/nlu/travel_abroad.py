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

from bot.nlu.absence_ahead import postpones_with_an_absence_ahead
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


# the time left asked after a stay abroad: "I was on secondment abroad from February to
# September… Do I still have time to set up the extra login step, or am I already past it?" is
# the customer's own standing (the status 0.74; DEV87, written blind), not the codes abroad
_TIME_LEFT = re.compile(
    r"\b(?:still have time|still in time|past it|too late|run out of time|missed (?:it|the)"
    r"|deadline|how (?:long|many days)|encore le temps|encore dans les temps|trop tard|hors delai"
    r"|delai|combien de (?:temps|jours))\b"
)


def asks_about_codes_abroad(text: str) -> bool:
    """A trip abroad ahead, and the codes or the login asked about."""
    words = plain(text)
    return bool(
        _ABROAD.search(words)
        and _CODES.search(words)
        and not says_it_never_came(words)
        and not _PRICE.search(words)
        and not _TIME_LEFT.search(words)
        # the popup brushed off before leaving: the 28 days (bot/nlu/absence_ahead.py; "I brushed
        # off the security prompt last week… I'm off on a six-week contract abroad and won't log
        # in again until I'm back": DEV107, written blind)
        and not postpones_with_an_absence_ahead(text)
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
    r"|will (?:the |my )?(?:sms |text |login )?(?:texts?|sms|codes?) (?:still )?(?:arrive|work|come"
    r"|reach)"
    r"|will it (?:still )?work (?:there|over there|abroad)"
    # the login itself asked ("Travelling to the US next month for 4 weeks, will I still be able
    # to log in to M2Mmanager from there?": the 28 days 0.48; forty-seventh check, F4)
    r"|(?:will|would|can|could) i (?:still )?(?:be able to )?(?:log in|login|sign in|connect|get in"
    r"|access)|(?:est ce que je |je )?pourrai\w* (?:encore |toujours |quand meme )?(?:me connecter"
    r"|acceder|me logger))\b"
)
_CHANGE_ASKED = re.compile(
    r"\b(?:switch\w*|chang\w*|passer|basculer|instead|a la place|plutot|move to|go to the app)\b"
)


# ...there, not once back ("will I still be able to get in when I return if I haven't set it
# up?" asks about the 28 days: a training line of the deadline)
_ONCE_BACK = re.compile(
    r"\b(?:when i (?:return|get back|come back|m back)|once (?:i m )?back|a mon retour|en rentrant"
    r"|quand je (?:rentre|reviens|serai rentre))\b"
)


def asks_if_codes_come_on_a_trip(text: str) -> bool:
    """A trip ahead, and whether the codes will arrive there asked (no change of method)."""
    words = plain(text)
    return (
        bool(_TRIP.search(words) and _WILL_THEY_COME.search(words))
        and not _CHANGE_ASKED.search(words)
        and not says_it_never_came(words)
        and not _ONCE_BACK.search(words)
    )


def asks_before_going_abroad(text: str) -> bool:
    """Abroad or roaming, and whether the codes will come or work there asked, in the future
    ("will I receive the SMS codes abroad when roaming?": the SMS that never came 0.61;
    forty-seventh outsider check, F4). Told as not arriving now, it is the SMS's answer."""
    words = plain(text)
    future = _ABROAD.search(words) and _WILL_THEY_COME.search(words)
    return bool(future) and not says_it_never_came(words) and not _ONCE_BACK.search(words)


def never_came_abroad(text: str) -> bool:
    """Abroad or roaming, and the portal's text said never to come (« l'itinérance est activée,
    les messages de ma banque arrivent sans problème, mais celui de M2Mmanager pour me
    connecter, jamais. »: out of scope 0.23, the SMS that never came 0.22, under the fallback;
    DEV69, written blind): the SMS answer (check the number, wait, « Renvoyer », « Essayer une
    autre méthode »)."""
    words = plain(text)
    return bool(_ABROAD.search(words) and says_it_never_came(words))


def goes_abroad(text: str) -> bool:
    """A trip abroad, and whether the codes or the login will work there: the methods'
    answer as it applies abroad (bot/rasa_ext/nlg.py FOCUS, utter_methods_abroad)."""
    return (
        asks_about_codes_abroad(text)
        or asks_if_codes_come_on_a_trip(text)
        or asks_before_going_abroad(text)
    )
