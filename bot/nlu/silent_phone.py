"""The phone that stays silent at login: the SMS that never came, told without its words.

"On vient de changer d'opérateur pour nos lignes mobiles pro et depuis, quand je me connecte au
portail, mon téléphone reste muet", "elle est dans un local technique en sous-sol et son
téléphone ne vibre pas", "le portail attend une validation qui n'apparaît jamais dans mes
messages" were the reset (0.67) or fell back (DEV25, written blind: the SMS's topic without the
words "SMS" or "not received"). The article's answer is the SMS that never came's: check the
number, wait, « Renvoyer », « Essayer une autre méthode » (an operator or a basement is one of
its causes).

Narrow on purpose: the phone, the line or the messages said silent (muet, ne vibre pas,
n'apparaît jamais, stays silent, never shows up), and no new number (a number that changed is
the reset's) nor the app (an app that shows nothing is another question).
"""

from __future__ import annotations

import re

from bot.nlu.never_came import says_it_never_came
from bot.plain_text import plain

_SILENT = re.compile(
    r"\b(?:reste muet|restent muets|reste silencieux|restent silencieux|est muet|sont muets"
    r"|ne vibre (?:pas|plus|jamais)|ne sonne (?:pas|plus|jamais)|n apparait (?:jamais|pas)"
    # « il n'a pas vibré une seule fois depuis que j'ai lancé l'activation » (DEV69, written
    # blind: the refused code 0.20)
    # (« son téléphone n'a jamais bippé »: DEV110, written blind)
    r"|n a (?:pas|jamais) (?:vibre|sonne|bipe|bippe)"
    r"|(?:hasn t|has not|didn t|did not|never) (?:once )?"
    r"(?:buzzed|vibrated|rung|rang|beeped|pinged)"
    r"|n affiche rien|ne s affiche jamais|impossible d avoir quoi que ce soit"
    # « quand le portail annonce qu'il m'a écrit, rien n'apparaît chez moi » after a change of
    # carrier (since when 0.29; DEV112, written blind)
    r"|rien n apparait"
    # « mon téléphone ne reçoit strictement rien », « le silence complet dans mes messages »
    # (DEV75, written blind)
    r"|(?:telephone|portable|mobile|tel) ne recoit (?:strictement |absolument |vraiment )?rien"
    r"|silence (?:complet|total|radio)"
    r"|complete silence|radio silence"
    r"|stays? silent|remains? silent|goes silent|went silent|is silent|dead silent|total silence"
    # "the mobile has stayed completely silent" (DEV31, written blind)
    r"|(?:stayed|remained|has been|s been) (?:completely |totally |entirely |perfectly )?silent"
    # "my phone's dead quiet" (DEV33, written blind)
    r"|dead quiet|(?:is|s|stays|stayed|completely|totally) quiet|ne bronche pas"
    # the inbox empty, nothing on the phone (« j'ai cliqué plusieurs fois sur Renvoyer, et ma
    # messagerie reste vide », « Sur le portable, je n'ai rien du tout »: the fallback, the
    # code's format; DEV73, written blind)
    r"|messagerie (?:reste |est |restait |etait )?(?:toujours |encore |desesperement )?"
    r"(?:vide|vierge)"
    r"|messages (?:stays?|stayed|is|remains?|remained) empty"
    # (not "nothing on my phone that does that", an app: DEV64)
    r"|(?:sur|dans) (?:le|mon|son) (?:portable|telephone|tel|mobile),? (?:je n ai|j ai|il n y a)"
    r" (?:rien|que dalle)(?! (?:qui|pour|de))|je n ai rien (?:du tout )?(?:sur|dans) (?:le|mon)"
    r" (?:portable|telephone|tel|mobile)(?! (?:qui|pour))|nothing (?:at all )?(?:on|in) (?:my|the)"
    r" (?:phone|mobile|messages)(?! (?:that|which|to|for))"
    r"|and silence|then silence|doesn t buzz|never buzzes|doesn t ping|never pings"
    # "staring at a phone that refuses to buzz" after the number typed (DEV54, written blind:
    # the refused code, 0.27)
    r"|refuses? to (?:buzz|ring|beep|ping|vibrate)|won t (?:buzz|ring|beep|ping|vibrate)"
    r"|refuse de (?:vibrer|sonner)"
    r"|nothing pops up|never pops up|never shows up in|never appears"
    # "my phone is completely silent", "my phone's got nothing" (DEV87, written blind: a
    # Faraday-cage warehouse under the fallback, a festival's jammed network)
    r"|is (?:completely|totally|entirely|still) silent"
    # « j'attends mes six chiffres et il ne se passe rien » after a carrier's number porting
    # (DEV89, written blind: the refused code 0.28)
    r"|(?:j attends|on attend|i m waiting for|i wait for|waiting for) (?:mes |les |le |my |the )?"
    r"(?:six |6 )?(?:chiffres|code|codes|sms|texto|digits|text)(?: \w+){0,3}? (?:et )?(?:il ne se"
    r" passe rien|rien ne se passe|rien ne vient|and nothing (?:happens|comes))"
    r"|(?:phone|mobile|cell) (?:s |has )?got nothing"
    r"|(?:phone|mobile|cell) (?:has )?(?:received|gets|shows|showing) nothing)\b"
)
_PHONE_OR_MESSAGES = re.compile(
    r"\b(?:phone|mobile|cell|portable|telephone|tel|ligne|line|lines|lignes|messages|messagerie"
    r"|inbox|sms|texto|textos|texts|numero|number|numeros|numbers|chiffres|digits)\b"
)
# a number that changed is the reset's; an app that shows nothing is the app's
_OTHER = re.compile(
    r"\b(?:nouveau numero|nouveaux numeros|new number|new numbers|numero a change|number changed"
    r"|app|appli|application|authenticator|lost|stolen|perdu|vole|casse|broken"
    # an email that never shows up is the password's or the identity check's
    r"|email|e mail|mail|courriel|password|mot de passe)\b"
)


def phone_stays_silent(text: str) -> bool:
    """The customer's phone or messages stay silent when the portal waits for the code."""
    words = plain(text)
    said = _SILENT.search(words) and _PHONE_OR_MESSAGES.search(words)
    return bool(said) and not _OTHER.search(words)


# the phone cut off from the network while the page waits for the code (« téléphone en mode
# avion… depuis j'attends devant l'écran », « mon forfait n'a pas l'option étranger, et la
# fenêtre attend des chiffres que j'étais censé recevoir », « une panne réseau sur tout le
# Finistère… je reste planté sur l'écran qui réclame 6 chiffres »: the fallback, the SMS
# set-up, the code's format; DEV72-73, written blind): the SMS answer, whose causes include
# the network; a question about which way to set up before a trip is no_signal_which_way's
_NO_NETWORK = re.compile(
    r"\b(?:mode avion|airplane mode|aeroplane mode|flight mode|panne (?:de )?reseau"
    r"|reseau (?:en panne|coupe|hs)|network (?:outage|down|is down)"
    r"|(?:carrier|mobile|phone|network) outage|pas de reseau|no network|no signal"
    r"|no reception|zone blanche|pas de couverture"
    r"|(?:pas|sans) (?:l |d )?option (?:etranger|internationale|roaming|itinerance)"
    r"|no roaming|without roaming|roaming (?:is )?(?:off|disabled|not included)"
    r"|(?:forfait|plan) (?:sans|without|doesn t (?:include|cover)) (?:l )?(?:etranger|roaming"
    r"|itinerance|international))\b"
)
_WAITING_NOW = re.compile(
    r"\b(?:j attends|on attend|i m waiting|i am waiting|waiting (?:for|in front|at)"
    r"|(?:je )?reste plante\w*|stuck (?:on|at|in front of) (?:the|this) (?:screen|page|window|box)"
    r"|devant l ecran|(?:la fenetre|la page|l ecran|the (?:screen|page|window|box)) (?:attend|waits"
    r"|is waiting|reclame|wants|asks for)|cense\w* (?:les )?recevoir|supposed to (?:get|receive)"
    r"|meant to (?:get|receive)|rien recu|nothing (?:came|arrived|has come|has arrived))\b"
)


def waits_cut_off_from_the_network(text: str) -> bool:
    """The page waits for the code while the phone has no network (airplane mode, an outage,
    no roaming), and no app is named (an app's codes need no network)."""
    words = plain(text)
    said = _NO_NETWORK.search(words) and _WAITING_NOW.search(words)
    return bool(said) and not _OTHER.search(words)


# the text never coming to a number in another country's format, which the customer suspects
# ("all our mobiles are +44 numbers… the text with the code never lands on my phone. Could the
# international format be the issue?": the contact answer 0.55; DEV75, written blind): the SMS
# answer, whose first check is the number typed
_FOREIGN_FORMAT = re.compile(
    r"\b(?:international (?:format|prefix|number|numbers)|format international|country code"
    r"|indicatif(?: pays| du pays)?|dialling code|dialing code|\d{2,3} numbers"
    r"|numeros en \d{2,3})\b"
)


def never_came_to_a_foreign_number(text: str) -> bool:
    """The text never came, and the number's international format is suspected."""
    words = plain(text)
    return says_it_never_came(words) and bool(_FOREIGN_FORMAT.search(words))


# the phone's message memory full, room made, and still nothing ("Ma mémoire de messages était
# pleine, j'ai supprimé 300 conversations pour faire de la place, et toujours rien de votre
# côté": "it still doesn't work" 0.23 and forgetting the conversation 0.15; DEV75)
_MEMORY_FULL = re.compile(
    r"\b(?:memoire|stockage|storage|inbox|messagerie|boite|memory)\b(?: \w+){0,3}?"
    r" (?:pleine|plein|saturee|sature|full)\b|\b(?:full|plein|pleine) (?:inbox|memory|storage)\b"
)


def nothing_after_making_room(text: str) -> bool:
    """The phone's message memory was full, and the text still has not come."""
    words = plain(text)
    return bool(_MEMORY_FULL.search(words)) and says_it_never_came(words)
