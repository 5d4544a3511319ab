"""A move to another phone (Android to iPhone…) and the codes gone with it: the reset.

« Je suis passée d'Android à iPhone ce week-end. Tout a suivi sauf un truc : plus rien pour
M2Mmanager quand le site me demande les chiffres. » was under the fallback (DEV33, written
blind): the app's account did not move with the phone, which is the changed phone's answer
(a reset of 2FA, by a ticket).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_BRANDS = r"(?:android|iphone|samsung|pixel|huawei|xiaomi|galaxy|ios|nokia|oppo|motorola)"
_SWITCHED = re.compile(
    rf"\b(?:(?:passe|passee|change|changee|switched|moved|went|migrated|migre|migree|upgraded)"
    rf" (?:d |de |from )?|d |de |from )(?:un |une |an |my |a )?{_BRANDS}\b (?:a|to|vers|pour|sur)"
    rf" (?:un |une |an |a )?{_BRANDS}\b"
)
_CODES_GONE = re.compile(
    r"\b(?:plus rien|rien pour|pas suivi|n a pas suivi|sauf|except|didn t (?:carry|come|move"
    r"|transfer)|did not (?:carry|come|move|transfer)|nothing for|no codes?|missing|gone"
    r"|disappeared|disparu|perdu|lost|vide|empty"
    # or asked to follow ("qu'est-ce que je dois faire pour que mon accès au portail suive ?":
    # the set-up 0.37; DEV25)
    r"|suive|suivre|follows?|carry over|move over|come with me|transferer|transfer)\b"
)


def switched_phones_codes_gone(text: str) -> bool:
    """The customer moved to another kind of phone and the portal's codes did not follow."""
    words = plain(text)
    return bool(_SWITCHED.search(words) and _CODES_GONE.search(words))


# a phone back from repair or swapped under warranty, blank (« Mon téléphone pro est parti en
# réparation sous garantie et ils m'ont renvoyé un appareil neuf, complètement vierge. Plus
# aucune appli dessus, et le portail me réclame toujours mes 6 chiffres. »: the SMS that never
# came 0.37; DEV69, written blind): the app's account did not come back, the reset's
_REPAIRED = re.compile(
    r"\b(?:reparation|repair\w*|sous garantie|under warranty|warranty|garantie|sav|echange"
    r" standard|swapped (?:it|the phone|my phone)|replaced (?:it|the phone|my phone)"
    # a leasing company's yearly swap ("Our phones are on a business lease and they were all
    # swapped for new models… the handsets came fresh out of the box": the refused code 0.35;
    # DEV91, written blind)
    r"|swapped for (?:new|newer)|replaced (?:by|with) (?:new|newer)|(?:business )?lease|leasing"
    r"|location longue duree|loueur|leaser|remplace\w*(?: \w+){0,3}? par (?:des |de )?(?:nouveaux"
    r"|neufs|nouvelles))\b"
)
_BLANK = re.compile(
    r"\b(?:vierge|blank|wiped|efface\w*|remis a zero|reinitialis\w*|factory|neuf|brand new"
    r"|new (?:one|device|handset|phone)|appareil neuf|nouvel appareil|fresh out of the box"
    r"|out of the box|new models|nouveaux modeles|sortis? du carton|sortis? de la boite)\b"
)
_CODES_ASKED = re.compile(
    r"\b(?:code|codes|chiffres|digits|numbers|appli|app|authenticator|application)\b"
)


def repaired_phone_came_back_blank(text: str) -> bool:
    """The phone came back from repair (or was swapped) blank, and the codes are asked."""
    words = plain(text)
    return bool(_REPAIRED.search(words) and _BLANK.search(words) and _CODES_ASKED.search(words))


# the phone away at repair for a while, a loaner meanwhile, how to log in asked ("My phone's in
# for repair for three weeks with a cracked screen, and I've been given a loaner in the meantime.
# How am I supposed to log in until then?": the status 0.26; DEV116, written blind): the codes
# are on the phone away, the reset's (a ticket moves the second factor to the loaner)
_AT_REPAIR = re.compile(
    r"\b(?:in for repair|in for (?:a |its )?(?:fix|repairs)|at the repair (?:shop|centre|center)"
    r"|away (?:for|being) repair\w*|sent (?:off |away )?(?:for|to) repair\w*|en reparation"
    r"|au sav|parti en reparation|chez le reparateur"
    # ("my phone is at the repair shop for a week": sixty-sixth outside check, F2)
    r"|at the repairs?(?: place)?|being (?:repaired|fixed)|getting (?:it )?(?:repaired|fixed)"
    r"|en cours de reparation|se fait reparer|a la reparation|au service apres vente)\b"
)
_HOW_IN = re.compile(
    r"\b(?:log in|login|sign in|get in|connect|me connecter|se connecter|me connecte|acceder"
    r"|entrer)\b"
)


def phone_at_repair(text: str) -> bool:
    """The customer's phone is away at repair (not back from it blank: the reset's)."""
    return bool(_AT_REPAIR.search(plain(text))) and not repaired_phone_came_back_blank(text)


def phone_at_repair_login_asked(text: str) -> bool:
    """The phone away at repair, how to log in meanwhile asked, a loaner meanwhile or not ("My
    phone is at the repair shop until friday, how am I supposed to log in to M2Mmanager
    meanwhile?": under the fallback; sixty-seventh outside check, F1; with a loaner: DEV116):
    the changed phone's answer, whose focus says what works meanwhile first
    (bot/nlu/phone_far_away.py)."""
    return phone_at_repair(text) and bool(_HOW_IN.search(plain(text)))


# a new phone with the SIM moved into it, the old one sold or given away, and nothing on the new
# one for the codes ("bought a new Pixel last week. I just moved my SIM across and sold the old
# Samsung online… there's nothing on the new phone that gives me the numbers": the SMS that never
# came 0.37; DEV91, written blind): the app's account stayed on the old phone, the reset's
_SIM_MOVED = re.compile(
    r"\b(?:moved|put|swapped|transferred|popped) (?:my |the )?sim (?:across|over|into|in)"
    r"|\b(?:mis|transfere|deplace|bascule) (?:ma |la )?(?:carte )?sim (?:dans|sur)\b"
)
_OLD_GONE = re.compile(
    rf"\b(?:sold|gave away|given away|handed in|recycled|traded in|vendu|donne|recycle|repris)"
    rf" (?:\w+ ){{0,3}}?(?:one|phone|{_BRANDS}|telephone|portable)\b"
)
_NOTHING_ON_THE_NEW = re.compile(
    r"\b(?:nothing|rien)(?: \w+){0,4}? (?:new|nouveau)(?: \w+){0,3}? (?:gives|shows|makes|donne"
    r"|affiche|genere)|\b(?:codes?|numbers|digits|chiffres|app|appli)(?: \w+){0,4}?"
    r" (?:didn t come|did not come|not on the new|pas sur le nouveau|gone|disparu)\b"
)


def sim_moved_old_phone_gone(text: str) -> bool:
    """The SIM moved to a new phone, the old one given up, and no codes on the new one."""
    words = plain(text)
    told = _SIM_MOVED.search(words) and _OLD_GONE.search(words)
    return bool(told and _NOTHING_ON_THE_NEW.search(words))
