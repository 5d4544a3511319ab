"""The same number kept, or a phone only flat: no reset, whatever the words of a changed phone.

"j'ai changé d'opérateur mais j'ai gardé mon numéro (portabilité), est ce que je dois refaire la
double auth ?" and "I kept the same number but got a new SIM card, do I need to reset 2FA?" got
the reset's offer, "I ported my number to a new carrier last week, will my 2FA still work?" the
28 days' rule, and "my phone's battery is dead and I need to log in now" the reset's offer
(forty-seventh outsider check, F3). With the same number the texts keep coming to it and an
authenticator app does not depend on the SIM: nothing to reset; a flat phone needs charging.
The changed phone's answer says so instead of offering the reset (bot/rasa_ext/nlg.py FOCUS:
utter_phone_changed_same_number, utter_phone_changed_flat).

Narrow on purpose: the number said kept (the same number, ported, « portabilité », « gardé mon
numéro ») beside a carrier or a SIM that changed; a battery said flat or dead with nothing
said lost, broken or changed.
"""

from __future__ import annotations

import re

from bot.nlu.never_came import says_it_never_came
from bot.plain_text import plain

_KEPT = re.compile(
    r"\b(?:same (?:phone )?number|kept (?:my|our|the) (?:phone |mobile )?numbers?"
    r"|keep (?:my|our|the) (?:phone |mobile )?numbers?"
    r"|ported (?:my|our|the) (?:phone |mobile )?numbers?"
    r"|number (?:was|got|is being) ported|porting (?:my|our|the) number|number portability"
    r"|portabilite|porte mon numero"
    r"|(?:garde|conserve|gardant|conservant) (?:mon|notre|le|le meme) (?:numero|\w+ numero)"
    r"|meme numero|numero (?:est |a ete )?(?:garde|conserve|porte))\b"
)
_CARRIER_OR_SIM = re.compile(
    r"\b(?:carrier|operator|provider|network|sim card|esim|operateur|fournisseur|forfait"
    r"|carte sim|puce|reseau|orange|sfr|bouygues|vodafone)\b"
    # (a SIM, not "the SIM portal" nor the fleet's "SIM cards" the portal manages: DEV81)
    r"|\bsim\b(?! portal| cards| card portal| manager)"
)
# what the customer asks: whether anything is to be done, or whether it still works; the texts
# said not to arrive since are the SMS's answer (seven lines of the field sets tell that story)
_ASKS_IF_TO_DO = re.compile(
    r"\b(?:do i need|do we need|need to|should i|should we|have to|must i|will (?:my |the |it |2fa"
    r"|this |that )?(?:\w+ )?still work|still work|dois je|doit on|faut il|je dois|on doit"
    r"|est ce que je dois|refaire|redo|reset|reinitialis\w*|faire quelque chose|do something"
    r"|anything to do|quelque chose a faire|changer quelque chose|change anything|marchera"
    r"|fonctionnera|continuer a marcher|impact|affect\w*)\b"
)
# a change told with "since then", which the SMS's answer takes too, as it takes the texts said
# not to come (bot/nlu/never_came.py: « Rien n'arrive sur mon téléphone… on a gardé nos numéros
# grâce à la portabilité » was the reset's offer, 0.38; DEV77, written blind)
_SINCE = re.compile(r"\b(?:since then|depuis)\b")
_PHONE = re.compile(r"\b(?:phone|mobile|cell|portable|telephone|tel|smartphone|iphone|android)\b")
_COMPUTER = re.compile(r"\b(?:laptop|computer|pc|ordinateur|ordi|portable pc|tablet|tablette)\b")
_FLAT = re.compile(
    r"\b(?:battery (?:is |s )?(?:dead|flat|empty|died|ran out)|dead battery|flat battery"
    r"|(?:phone|mobile) (?:is |s )?(?:dead|flat) (?:right now|at the moment|for now)"
    r"|out of (?:battery|charge)|batterie (?:est )?(?:a plat|vide|morte|dechargee)"
    r"|plus de batterie|(?:telephone|portable) (?:est )?(?:a plat|decharge))\b"
)
_LOST_OR_BROKEN = re.compile(
    r"\b(?:lost|stolen|broken|smashed|cracked|water|drowned|won t turn on|doesn t turn on"
    r"|wont turn on|new phone|changed|replaced|perdu|vole|casse|ne s allume plus|noye"
    r"|nouveau telephone|change|remplace|refuse\w*|rejected|invalid\w*)\b"
)


def keeps_the_number(text: str) -> bool:
    """The number was kept while the carrier or the SIM changed."""
    words = plain(text)
    told = _KEPT.search(words) and _CARRIER_OR_SIM.search(words)
    silent = says_it_never_came(words) or _SINCE.search(words)
    return bool(told and _ASKS_IF_TO_DO.search(words)) and not silent


# the line said to work for calls, which says the number is kept ("Notre standard a changé
# d'opérateur… mon portable pro reçoit bien les appels mais plus rien de votre part": the changed
# phone 0.27; DEV83, written blind)
_CALLS_COME = re.compile(
    r"\b(?:recoit|recois|recoivent|gets?|receives?|takes?) (?:bien |toujours |encore |still )?"
    r"(?:les |mes |ses |des |my |his |her |the )?(?:appels|calls|coups de fil)\b"
    r"|\bcalls? (?:still )?(?:come|comes|get|gets) through\b"
)


def number_kept_but_nothing_comes(text: str) -> bool:
    """The number was kept (or still takes calls) while the carrier or the SIM changed, and the
    texts do not come: the SMS's answer (check the new SIM is active, « Renvoyer »), not a
    reset."""
    words = plain(text)
    kept = (_KEPT.search(words) or _CALLS_COME.search(words)) and _CARRIER_OR_SIM.search(words)
    return bool(kept and says_it_never_came(words))


def phone_only_flat(text: str) -> bool:
    """The phone's battery is flat, and nothing says it is lost, broken or replaced."""
    words = plain(text)
    flat = _FLAT.search(words) and _PHONE.search(words) and not _COMPUTER.search(words)
    return bool(flat) and not _LOST_OR_BROKEN.search(words)


# a new phone with the same number ("dropped my phone in the lake lol, got a new one w/ same
# number, how do i get my codes back": the reset's offer; fifty-ninth outside check, F16): with
# SMS the codes keep coming to the number, only an app left on the old phone needs the reset
# (utter_phone_changed_new_phone_same_number says both)
_NEW_PHONE = re.compile(
    r"\b(?:new (?:phone|mobile|handset|iphone|android|smartphone)|(?:got|bought|getting|get)"
    r" a new(?! code| one each)"
    r"|replacement (?:phone|handset)|replaced (?:my|the) (?:phone|handset|mobile|smartphone)"
    r"|nouveau (?:telephone|portable|mobile"
    r"|smartphone|iphone|tel)|un nouveau|un autre (?:telephone|portable)"
    r"|(?:rachete|remplace)\w* (?:mon|le|notre|son|un) (?:telephone|portable|smartphone|mobile|tel)"
    # « j'ai changé de téléphone », « je change de smartphone », "switched phones" (sixty-first
    # outside check, F1: the reset's offer, logged in or not)
    r"|(?:change|changer|changes|changeons) de (?:telephone|portable|smartphone|mobile|tel"
    r"|appareil)|(?:changed|changing|change|switched|switching|swapped|upgraded|upgrading)"
    r" (?:my |our |the )?(?:phone|phones|handset|smartphone|mobile|iphone)"
    r"|c est (?:juste|seulement) le telephone qui change|only the phone (?:changes|changed))\b"
)
# the number kept, said loosely (« je garde ma ligne et mon numéro », « même num »)
_KEPT_LOOSELY = re.compile(
    r"\b(?:garde|conserve|garder|conserver|keep|kept|keeping)\w* (?:\w+ ){0,4}?(?:numero"
    r"|number|num)\b|\bmeme num\b|\bsame num\b"
)


_PHONE_OR_ONE = re.compile(
    r"\b(?:phones?|mobile|handset|iphone|android|smartphone|one|telephone|portable|tel)\b"
)


def new_phone_same_number(text: str) -> bool:
    """A new phone, the same number kept (not a carrier or a SIM changed alone, which
    `keeps_the_number` reads)."""
    words = plain(text)
    kept = _KEPT.search(words) or _KEPT_LOOSELY.search(words)
    told = kept and _NEW_PHONE.search(words) and _PHONE_OR_ONE.search(words)
    return bool(told) and not says_it_never_came(words)
