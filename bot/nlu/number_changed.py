"""A 2FA phone number to update: the reset, not the SMS set-up.

"mon numero de portable a changé, comment je mets a jour pour les sms de la 2fa ?" and
"comment modifier mon numéro de téléphone pour recevoir les sms ?" were the SMS set-up (0.61,
0.96: "sms", "numéro", "recevoir"; twenty-seventh outsider check, F1, three times). An
account that already uses 2FA cannot set it up again from the popup: the article's answer to
a changed number is the reset ticket (« Mes demandes »). Only the SMS set-up's and the
general steps' readings are moved; a number typed during activation ("j'ai mis un mauvais
numéro") is the changed phone's answer too, which says to check it in the popup first.
"""

from __future__ import annotations

import re

from bot.nlu.focus import sentences
from bot.plain_text import plain

_NUMBER = (
    r"(?:phone |mobile |cell |telephone )?(?:numero|number|num|n°|no)"
    r"(?:\s+de\s+(?:tel|telephone|portable|mobile|gsm))?"
)
_CHANGED = re.compile(
    # "mettre à jour / modifier / changer mon numéro", "update my number"
    # ...or correct it ("bon ben comment je corrige le numéro alors ?" after a wrong number typed
    # during the activation: under the fallback; forty-fifth outsider check, F5)
    rf"\b(?:mettre a jour|mets a jour|met a jour|modifier|modifie|changer|update|change|corriger"
    rf"|corrige|rectifier|rectifie|fix|correct|edit)"
    rf"\s+(?:mon|le|my|the|de)\s+{_NUMBER}\b"
    # "mon numéro a changé", "my number changed", "nouveau numéro", "new number"
    # (not said unchanged: "My number hasn't changed" after texts that stopped coming is the
    # SMS's answer; DEV77, written blind)
    rf"|\b(?:mon|my)\s+{_NUMBER}(?:\s+(?!(?:hasn|hasnt|haven|didn|not|never|n|pas|jamais)\b)\w+)"
    r"{0,2}?\s+(?:a change|has changed|changed|is new"
    r"|est nouveau|n est plus|isn t|is not)\b"
    r"|\b(?:nouveau numero|new number|new phone number|nouveau numero de telephone)\b"
    # everyone's, a carrier switched ("…everyone got brand new numbers": DEV113, written blind)
    r"|\b(?:got|get|have|given) (?:brand )?new (?:mobile |phone )?numbers\b"
    # ("Our whole team got new company phones with new numbers": sixty-fourth outside check, F9)
    r"|\bwith new (?:mobile |phone )?numbers\b|\bchanged (?:their |our )?numbers\b"
    r"|\bnouveaux numeros\b"
    # « J'ai changé d'opérateur et de numéro de GSM le mois passé » (DEV83, written blind)
    r"|\b(?:change|changed|changer|changes) d (?:operateur|operator) (?:et|and) (?:de |d )?"
    rf"{_NUMBER}\b"
)
# another number than the 2FA phone's: a request, a SIM, a billing contact
_OTHER = re.compile(
    r"\b(?:demande|ticket|request|reference|sim|sims|carte|cartes|ligne|lignes|facturation"
    r"|billing|invoice|facture|contact|fax)\b"
)


# the old number gone ("my old +33 number no longer exists", "mon ancien numéro n'existe plus",
# "ma ligne a été résiliée"): said of the customer's own number, whatever SIM is named too
# (DEV14: a move abroad with a new SIM was the SMS that never came)
_NUMBER_GONE = re.compile(
    rf"\b(?:old|ancien|previous|former|my|mon)\s+(?:\w+\s+){{0,2}}?{_NUMBER}(?:\s+\w+){{0,2}}?"
    r"\s+(?:no longer exists|doesn t exist anymore|does not exist anymore|is gone|is dead"
    r"|was cancelled|was canceled|was terminated|has been cancelled|has been terminated"
    r"|n existe plus|est resilie|a ete resilie|est mort|n est plus valide|is no longer valid)\b"
    # "got an Irish number; the UK one has been cancelled", "his old mobile, which has been
    # disconnected" (DEV85, written blind: the status, the set-up's steps)
    r"|\b(?:old|previous|former|his|her|my|the (?:uk|french|old|british|irish|english|belgian"
    r"|swiss))(?: \w+)? (?:one|mobile|phone|line|number|sim)(?: \w+){0,3}? (?:has been|was|is"
    r"|got|have been"
    # ...or about to be, a new number on the way ("will be getting an Indian number; my UK one
    # will be cancelled. The portal currently texts me on the UK number.": the SMS that never
    # came 0.48; DEV100, written blind)
    r"|will be|is going to be|ll be|is being) (?:cancelled|canceled|disconnected|cut off"
    r"|terminated)\b"
)


def number_to_update(text: str) -> bool:
    """The customer's phone number changed, or is to be updated, for the codes."""
    words = plain(text)
    if _NUMBER_GONE.search(words):
        return True
    # read sentence by sentence: "…after the update. My number hasn't changed" is no "update my
    # number" (DEV77's kind, in other words)
    # another number's words in the same sentence only: "votre hotline m'a fait poireauter pour
    # une histoire de facture... Bref. J'ai changé… de numéro" is the customer's (DEV83)
    return any(
        _CHANGED.search(plain(part)) and not _another_number(plain(part))
        for _, _, part in sentences(text)
    )


# the carrier named: the SIM or the line is the customer's phone's (« Mon opérateur m'a changé
# de carte SIM et m'a attribué un nouveau numéro au passage. »: out of scope 0.42; DEV107)
_CARRIER = re.compile(
    r"\b(?:mon|my|notre|our) (?:operateur|operator|carrier|network|provider|fournisseur)\b"
)


def _another_number(words: str) -> bool:
    """Another number's words (a request, an M2M SIM, billing) in the sentence, and no
    carrier named, which makes the SIM the customer's phone's."""
    return bool(_OTHER.search(words)) and not _CARRIER.search(words)


# codes still sent to the old number after a new phone came (« Le nouveau est arrivé ce matin,
# mais votre site continue de tout envoyer à l'ancien numéro. »: under the fallback; DEV34,
# written blind). "Did it go to my old number?" is the SMS's question.
_TO_THE_OLD_NUMBER = re.compile(
    r"\b(?:envoy\w*|send\w*|sent|arriv\w*|go|goes|going|text|texts|texting|texted)\b"
    r"(?:\s+\w+){0,4}?\s+(?:(?:a|to|sur|on) )?(?:l |the |my |mon )?"
    r"(?:ancien numero|old number|previous number|ancienne ligne|old line"
    # « le portail continue d'envoyer mes messages de connexion à l'ancienne » (a new line
    # taken with a new operator: DEV46, written blind, the SMS that never came 0.45)
    r"|ancienne|ancien|old one"
    # "keeps sending everything to the old French line" (DEV65, written blind)
    r"|old (?:\w+ )?(?:line|number|mobile|phone|sim)|ancien (?:\w+ )?numero)\b"
)
_STILL = re.compile(
    r"\b(?:continue\w*|still|toujours|keeps?|encore|always"
    # ...or the new numbers, the old one gone, told ("We switched carriers… everyone got new
    # numbers last week… the portal texts my old number, which doesn't exist any more": the SMS
    # that never came 0.60; DEV97, written blind; DEV94 had a whole team moved the same way)
    r"|new numbers?|nouveaux numeros|nouveau numero|doesn t exist|does not exist|no longer exists"
    r"|n existe plus|out of service|hors service)\b"
)


def codes_go_to_the_old_number(text: str) -> bool:
    """The portal still sends the codes to the old number (not "did it go to my old number?",
    the SMS's question), or sends them there with the number said changed or gone."""
    words = plain(text)
    return bool(_TO_THE_OLD_NUMBER.search(words) and _STILL.search(words))


# the number given to someone else, who gets the texts now ("IT has just reassigned it to a new
# hire in sales, so now she gets the texts, not me": the SMS that never came, the resend and the
# reset in a tie under the fallback; DEV73, written blind): the number on the account is no
# longer the customer's, a reset
_REASSIGNED = re.compile(
    r"\b(?:reassign\w*|re assign\w*|reallocat\w*|reattribu\w*|re attribu\w*|reaffect\w*"
    r"|recycl\w*|given (?:it |the number |the line )?to (?:a|another|someone|the new)"
    r"|handed (?:it |the number |the line )?(?:over )?to (?:a|another|someone|the new)"
    r"|(?:donne|attribue|confie|passe)\w* (?:a|au|a un|a une) (?:un |une )?(?:nouveau|nouvelle"
    r"|autre|quelqu un|stagiaire|collegue))\b"
)
_SOMEONE_ELSE_GETS = re.compile(
    r"\b(?:she|he|they|someone else|somebody else|the new \w+|il|elle|ils|elles"
    r"|quelqu un d autre|le nouveau|la nouvelle|c est (?:lui|elle) qui)"
    r" (?:now |maintenant )?(?:gets|get|receives|receive|recoit|recoivent|a|ont)"
    r"(?: \w+){0,2}? (?:the |my |mes |les |nos |our )?(?:texts?|sms|codes?|messages?|textos?)\b"
    r"|\b(?:not me|pas moi|plus moi)\b"
)
_A_LINE = re.compile(r"\b(?:number|numero|line|ligne|sim|mobile|portable)\b")


def number_given_to_someone_else(text: str) -> bool:
    """The account's number was given to another person, who gets the texts now."""
    words = plain(text)
    return bool(
        _REASSIGNED.search(words) and _SOMEONE_ELSE_GETS.search(words) and _A_LINE.search(words)
    )


# a ticket to raise for the reset, with the number said changed: the reset's answer, not a
# request's state (DEV113, written blind)
_RAISE = re.compile(
    r"\b(?:raise|open|create|submit|file|log|send|ouvrir|faire|deposer|creer|envoyer)"
    r" (?:a |an |un |une |the |le |la )?(?:new |nouveau |nouvelle )?(?:ticket|request|demande)\b"
)


def number_changed_ticket_to_raise(text: str) -> bool:
    """The number told changed, and a ticket to raise for it (where, how) asked."""
    return number_to_update(text) and bool(_RAISE.search(plain(text)))


# everyone's numbers changed at once (« Notre entreprise vient de changer d'opérateur mobile, tous
# les numéros des collaborateurs ont changé. Comment on gère la double authentification pour tout
# le monde ? »: the changed phone's offer, as if one ticket covered all; sixty-third outside
# check, F8): each user's own reset, from their own account
_EVERYONE = re.compile(
    r"\b(?:tous les (?:numeros|collaborateurs|salaries|employes|utilisateurs|techniciens)"
    r"|toute l (?:entreprise|equipe)|toute la (?:societe|boite)|tout le monde|everyone|everybody"
    r"|all (?:our |the )?(?:staff|employees|users|numbers|colleagues|technicians)"
    r"|the whole (?:company|team|staff)|whole company"
    # a count or the company's phones ("all 12 users have new numbers", « tous nos téléphones de
    # la boite », « pour les 12 utilisateurs »: the one-account offer; sixty-fifth check, F2)
    r"|(?:all|les|nos|our|the) (?:\d+|douze|twelve|dix|ten|vingt|twenty) (?:users|utilisateurs"
    r"|employees|salaries|employes|techniciens|technicians|people|personnes|collaborateurs"
    r"|colleagues|staff)"
    r"|tous nos (?:telephones|portables|numeros|collaborateurs|salaries|utilisateurs)"
    r"|all (?:of )?our (?:phones|mobiles|lines)|(?:numeros|telephones) de la (?:boite|societe"
    r"|boutique|entreprise)|company s (?:phones|numbers))\b"
)
# the numbers told changed by a carrier's switch, in the plural ("our company switched carrier",
# « les numéros ont changé »), which number_to_update reads for one line only
_NUMBERS_CHANGED = re.compile(
    r"\b(?:numeros (?:\w+ ){0,4}?ont change|new numbers|numbers (?:\w+ )?(?:have |all )?changed"
    r"|(?:changed|switched|moved) (?:\w+ )?(?:carrier|operator|provider|network)"
    r"|change d (?:operateur|fournisseur)|nouvel operateur|nouveaux numeros)\b"
)


def everyones_number_changed(text: str) -> bool:
    """The numbers of a whole company or team told changed, not one person's."""
    words = plain(text)
    changed = number_to_update(text) or _NUMBERS_CHANGED.search(words)
    return bool(changed and _EVERYONE.search(words))
