"""A shared computer with the code's phone out of reach, all day: remembering the device.

"There's one shared PC by the packing bench that six of us use… and the phone with the codes
sits in the manager's office upstairs. Running up and down all day is killing us. Anything we
can do?" fell back (remembering the device 0.18; DEV79, written blind). Remembering the device
for 30 days on that computer is what the article offers.

Narrow on purpose: a shared or fixed computer, and the phone with the codes told away from it.
"""

from __future__ import annotations

import re

from bot.nlu.phone_switched import phone_at_repair
from bot.plain_text import plain

_SHARED_PC = re.compile(
    r"\b(?:shared|one|the same|common|office|reception|front desk) (?:pc|computer|workstation"
    r"|terminal|laptop)\b|\b(?:pc|poste|ordinateur|ordi) (?:partage|commun|de l accueil"
    r"|de l atelier)\b|\b(?:le meme|un seul) (?:pc|poste|ordinateur|ordi)\b"
)
_PHONE_AWAY = re.compile(
    r"\b(?:phone|mobile|portable|telephone)\b.{0,40}\b(?:upstairs|downstairs|in (?:the|his|her)"
    r" \w+ office|in another (?:room|building)|sits in|stays in|reste dans|est dans le bureau"
    r"|a l etage|en haut|au bureau d a cote)\b"
    r"|\b(?:running|run|go|going|walk\w*) (?:up and down|back and forth|upstairs)\b"
    r"|\b(?:monter et descendre|faire des allers retours"
    r"|aller chercher le (?:telephone|portable))\b"
)


def phone_far_from_the_shared_pc(text: str) -> bool:
    """A shared computer, and the phone with the codes out of reach."""
    words = plain(text)
    return bool(_SHARED_PC.search(words) and _PHONE_AWAY.search(words))


# the phone kept away all day by the workplace's rule: « Mon téléphone reste dans un casier au
# vestiaire pendant mes huit heures de poste… Comment je fais pour aller sur le portail depuis
# l'atelier dans la journée ? » was a changed phone (0.38; DEV87, written blind). A login at the
# break with the code, the computer remembered for 30 days, is the article's way
_PHONE = r"(?:phone|phones|mobile|mobiles|portable|portables|telephone|telephones|smartphone)"
_KEPT_AWAY = re.compile(
    r"\b(?:casier|casiers|vestiaire|vestiaires|locker|lockers|cloakroom|changing room)\b"
    r"|\b(?:pas le droit|interdit\w*|not allowed|banned|forbidden|prohibited)\b(?: \w+){0,5}?"
    rf" {_PHONE}\b"
    rf"|\b{_PHONE}\b(?: \w+){{0,3}}? (?:interdit\w*|not allowed|banned|forbidden|prohibited)\b"
    r"|\bno phones? (?:on|in|at)\b"
)
_ALL_DAY = re.compile(
    r"\b(?:dans la journee|toute la journee|pendant (?:mes|mon|ma|les|le) (?:\w+ )?(?:heures|poste"
    r"|service|journee|shift)|de poste|during (?:the|my) (?:day|shift|working hours)|all day"
    r"|on shift|my shift|the working day|en journee|qu a la pause|until (?:my |the )?break"
    r"|at (?:my |the )?break)\b"
)


def phone_kept_away_at_work(text: str) -> bool:
    """The phone with the codes is kept away during the working day by the workplace's rule."""
    words = plain(text)
    return bool(_KEPT_AWAY.search(words) and _ALL_DAY.search(words))


# the registered phone left far away for weeks, the portal waiting for its digits (« Mon portable
# est resté dans le tiroir de la table de nuit de notre maison de vacances… personne ne pourra
# aller le chercher avant juillet », "Left my mobile in a kitchen drawer at our holiday cottage…
# won't be back down there till August": the fallback, the SMS that never came; DEV111, written
# blind): the phone is out of reach as a lost one is, the reset is the way in
_LEFT_FAR = re.compile(
    r"\b(?:reste|oublie|laisse|left|forgot|forgotten|sitting|sits|stays|dort|traine|stuck"
    r"|coince)\w*\b.{0,80}"
    # (or at another site of the company's: DEV119, written blind)
    r"\b(?:at the (?:plant|factory|depot|warehouse|other site)|a l usine|au depot|a l entrepot"
    r"|sur l autre site|locker|casier|tiroir|drawer|maison de"
    r" vacances|holiday (?:home|house|cottage|flat|let)|vacation (?:home|house)|summer house"
    r"|residence secondaire|chalet|cottage|\d+ ?km|\d+ miles)\b"
)
_FOR_WEEKS = re.compile(
    r"\b(?:avant|jusqu en|jusqu a|pas avant|till|until|not before|before)"
    r" (?:\w+ )?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
    r"|decembre|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|next month|le mois prochain|des semaines|weeks)\b"
    r"|\b(?:personne ne (?:pourra|peut) (?:aller )?le (?:chercher|recuperer)"
    r"|nobody can (?:go and )?(?:get|fetch) it|won t be back (?:\w+ ){0,3}?(?:till|until|before))\b"
    # weeks counted, the phone not to be sent (« …dans un tiroir à l'usine de Saint-Nazaire et je
    # suis à Nantes pour deux semaines. Le site est fermé, personne ne peut me le renvoyer »: the
    # resend 0.30; DEV119, written blind)
    r"|\b(?:pour|for) (?:deux|trois|quatre|2|3|4|plusieurs|quelques|two|three|four|several"
    r"|a few|a couple of) (?:semaines|weeks|mois|months)\b"
    r"|\b(?:personne ne (?:pourra|peut) (?:me )?le (?:renvoyer|envoyer|rapporter|ramener)"
    r"|nobody can (?:send|post|bring) it)\b"
)


def registered_phone_out_of_reach(text: str) -> bool:
    """The phone left far away, out of reach for weeks."""
    words = plain(text)
    return bool(_LEFT_FAR.search(words) and _FOR_WEEKS.search(words))


# two phones swapped by mistake, the other one away with the customer's ("My colleague and I
# grabbed each other's phones by mistake after the site meeting, and she's now on the ferry to
# Orkney for a week": under the fallback, the changed phone 0.26; DEV119, written blind)
_SWAPPED = re.compile(
    r"\b(?:grabbed|took|picked up|swapped|switched|mixed up|exchanged) (?:each other s|our"
    r"|the wrong) (?:phones?|mobiles?|handsets?)\b"
    # ("a colleague and i swapped phones by mistake this morning": sixty-seventh check, F3)
    r"|\b(?:swapped|switched|mixed up|exchanged) (?:phones|mobiles|handsets) (?:by mistake"
    r"|by accident|accidentally)\b|\b(?:phones|mobiles) (?:got )?(?:swapped|mixed up)\b"
    # ...with someone ("I swapped phones with a colleague by mistake", "(long story, swapped with
    # a coworker's)": the colleague's answer; sixty-eighth outside check, F2)
    r"|\b(?:swapped|switched|mixed up|exchanged)(?: (?:phones|mobiles|handsets))? with (?:a |my"
    r" |our |the )?(?:\w+ )?(?:colleague|coworker|co worker|workmate|teammate)(?: s)?\b"
    r"|\b(?:echange|inverse|intervertis?|confondu) (?:mon|son|nos|les) (?:telephone|portable|tel)s?"
    r" (?:avec|contre) (?:celui d |un |une |mon |ma )?(?:\w+ )?(?:collegue|collegues)\b"
    r"|\b(?:echange|inverse|intervertis?|interverti|confondu|melange) (?:nos|les) (?:telephones"
    r"|portables|tels)\b|\bpris (?:le|son) (?:telephone|portable|tel) (?:de \w+ )?par erreur\b"
)


def phones_swapped(text: str) -> bool:
    """The customer's phone and someone else's swapped by mistake."""
    return bool(_SWAPPED.search(plain(text)))


def phone_away_for_a_while(text: str) -> bool:
    """The customer's own phone somewhere else for a while, not lost: at repair, left far away
    for weeks, swapped with a colleague's. The changed-phone answer says first what still works
    meanwhile (a computer remembered, waiting for it), then offers the reset for whoever cannot
    wait (sixty-sixth outside check, F2: the reset's offer alone, which removes a second factor
    that will work again once the phone is back)."""
    return phone_at_repair(text) or registered_phone_out_of_reach(text) or phones_swapped(text)
