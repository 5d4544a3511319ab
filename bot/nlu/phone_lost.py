"""A phone lost or stolen, told among other things: the reset.

"Je rentre d'Espagne où on m'a volé mon sac avec mon portable dedans. Mon PC va bien mais le
site me réclame le code." and "Left my phone in a taxi in Lisbon. Laptop's fine, but the site
is asking for the code." were the remembered device (0.17 and 0.41) or nothing (DEV12, both
languages): the trip, the laptop and "the code" drowned the loss. The article's answer to a
lost or stolen phone is the reset ticket (« Mes demandes »), whatever else the message says.

Narrow on purpose: a phone (not a code, a password or access) said lost or stolen, or left
somewhere it does not come back from (a taxi, a train, a plane); a phone found again is not
lost. Only readings that do not carry the reset are moved (PHONE_LOST_HEARD_AS in
bot/nlu/labels.py).
"""

from __future__ import annotations

import re

from bot.nlu.phone_clock import clock_set_by_hand
from bot.plain_text import plain

# (not the mobile network: « pas de réseau mobile… les textos c'est mort » is no dead phone; DEV49)
_PHONE = (
    # (and their plurals: "the burglars took the office phones"; DEV75)
    r"(?<!reseau )(?<!reseaux )(?:phones?|smartphones?|mobiles?|cell|cellphones?|iphones?|android"
    r"|telephones?|portables?|tel|gsm|handsets?)(?! (?:network|networks|signal|data|coverage"
    r"|reception))"
)
_LOST = (
    r"(?:lost|stolen|nicked|perdu|perdue|paume|vole|volee|egare|egaree|pique|piquee|disparu"
    # "I got pickpocketed at a trade fair in Milan and my phone is gone" (DEV47, written blind)
    r"|pickpocketed|pick pocketed|gone"
    # « Cambriolage au dépôt ce week-end : ordinateurs et téléphones de service envolés »
    # (DEV75, written blind: the contact answer under the fallback)
    r"|envole|envoles|envolee|envolees|burgled|taken in a burglary|burglars took|thieves took"
    r"|robbers took|cambrioleurs ont (?:pris|emporte|vole)|voleurs ont (?:pris|emporte))"
)
# "left my phone in a taxi", "oublié mon téléphone dans le train"
_LEFT = r"(?:left|forgot|oublie|laisse)"
_PLACE = r"(?:taxi|uber|cab|train|tram|bus|plane|avion|metro|subway|tube|airport|aeroport)"
# the customer lost, not the phone ("I keep getting lost halfway. Could somebody phone me…":
# DEV30, written blind), and "phone" as a verb ("phone me")
_PERSON_LOST = r"(?<!getting )(?<!get )(?<!got )(?<!am )(?<!i m )(?<!suis )(?<!me )"
_PHONE_LOST = re.compile(
    rf"\b{_PERSON_LOST}{_LOST}\b(?:\s+\w+){{0,4}}?\s+{_PHONE}\b(?!\s+(?:me|him|her|us|them)\b)"
    rf"|\b{_PHONE}\b(?:\s+\w+){{0,3}}?\s+(?:was |got |has been |been |a ete |est |s est fait )?"
    rf"{_LOST}\b"
    rf"|\b{_LEFT}\b(?:\s+\w+){{0,3}}?\s+{_PHONE}\b(?:\s+\w+){{0,4}}?\s+{_PLACE}\b"
    # taken away by thieves: « Cambriolage au dépôt : ils sont partis avec le portable de
    # service » (DEV86, written blind: a tie with out of scope, the fallback), "they made off
    # with the site phone"
    rf"|\b(?:ils sont partis|ils sont repartis|sont partis|made off|ran off|walked off"
    rf"|got away) (?:avec|with) (?:le|la|les|mon|ma|mes|notre|nos|the|my|our|a|an)"
    rf"(?: \w+){{0,2}}? {_PHONE}\b"
)
# destroyed or dead: "a forklift ran over my phone… it won't even boot", "mon téléphone est
# tombé dans l'eau, il ne s'allume plus" (DEV14, written blind: the out-of-scope answer)
_WRECK = (
    r"(?:ran over|run over|smashed|crushed|shattered|destroyed|drowned|fried|dropped in the"
    r" (?:water|toilet|sea|river)|ecrase|explose|detruit|noye|fracasse"
    # washed ("My phone went through the washing machine. The replacement arrived today":
    # DEV17, the SMS that never came 0.67)
    r"|went through the (?:washing machine|wash|washer|dryer)|passe a la machine a laver"
    r"|passe a la machine|fait une machine|tombe dans la machine a laver"
    # "My phone slipped off the pier… it's at the bottom of the harbour" (DEV46, written blind)
    r"|slipped off the (?:pier|quay|dock|boat|deck)|fell (?:into|in|off) the (?:water|sea|harbour"
    r"|harbor|river|lake|canal)|at the bottom of (?:the|a) (?:harbour|harbor|sea|lake|river|canal"
    r"|pond|pool|well)|tombe a l eau|tombe dans le port"
    # "mon portable est au fond d'un lac" (DEV57, written blind)
    r"|au fond (?:du port|de l eau|de la mer|du lac|d un lac|d un etang|de l etang|de la riviere"
    r"|d une riviere|de la piscine|du canal)"
    # "My phone went for a swim in a slurry pit on the farm last week" (the SMS 0.92; DEV81)
    r"|went for a swim|took a swim|had a swim|fell (?:into|in) (?:a|the) (?:pit|slurry|pond|pool"
    r"|toilet|bath|bucket|tank)|a fait un plongeon"
    # "My phone went over the side of the boat on a fishing trip" (DEV83, written blind)
    r"|went over (?:the side|board)|went overboard|fell overboard|over the side of the boat"
    r"|(?:passe|tombe) par dessus bord|est tombe dans (?:la|les|une|un) (?:fosse"
    r"|toilettes|piscine|mare|baignoire|seau|cuve)"
    # a fall from a height, or in pieces ("My phone slid off the roof of the glacier hut this
    # morning and it's in pieces": under the fallback; DEV116, written blind)
    r"|(?:slid|slipped|fell|tumbled) (?:off|from|down) (?:the |a )?(?:roof|ladder|cliff|balcony"
    r"|mast|crane|scaffolding|tower|ridge)|(?:glisse|tombe) (?:du|d un|de la|d une) (?:toit|echelle"
    r"|falaise|balcon|pylone|grue|echafaudage|tour)"
    r"|in pieces|in bits|en (?:mille )?morceaux|en miettes"
    # "My phone went into the slurry pit yesterday" (DEV117, written blind: a refused code 0.42)
    r"|went (?:into|in) (?:a|the) (?:slurry |septic |fish )?(?:pit|pond|river|lake|canal|sea|tank"
    r"|toilet|harbour|harbor|bath|bucket|pool|well)|(?:parti|tombe) dans (?:la|le|une|un)"
    r" (?:fosse|mare|riviere|lac|canal|citerne|cuve|piscine|puits))"
)
_DEAD = (
    r"(?:won t|wont|will not|doesn t|does not|can t|cannot|ne|n)\s+(?:even\s+)?(?:boot|turn on"
    r"|switch on|power on|start|charge|take a charge|hold a charge|s allume|demarre|se rallume"
    r"|redemarre|charge plus)(?:\s+plus)?"
    # said dead by a verb ("it's dead", "il est mort"), not "dead silent", nor a battery flat
    # every day ("it's full and the battery's dead by lunch": the reset 0.92; DEV98, written blind)
    r"|(?:is|est|went|s|just|completely|totally) (?:dead|mort|hs|kaput|bricked)"
    r"(?! silent| quiet| by| every| each| before| around| avant| tous les| chaque)"
)
_PHONE_WRECKED = re.compile(
    rf"\b{_WRECK}\s+(?:\w+\s+){{0,2}}?{_PHONE}\b"
    rf"|\b{_PHONE}\b(?:\s+\w+){{0,4}}?\s+(?:is |est |got |a ete |s est )?{_WRECK}\b"
    rf"|\b{_PHONE}\b(?:\s+\w+){{0,12}}?\s+(?:{_DEAD})\b"
    # "The handset registered for verification has been damaged beyond repair" (DEV88, written
    # blind: the request's status 0.76)
    rf"|\b{_PHONE}\b(?:\s+\w+){{0,8}}?\s+(?:damaged |broken )?(?:beyond repair|irreparabl\w*"
    r"|hors d usage)\b"
    # wiped by IT with its apps (« Le smartphone de service a été réinitialisé par le service
    # informatique… toutes les applications ont été effacées »: the refused code 0.27; DEV88)
    # the screen gone dark or smashed after a fall, no code to read (« Écran complètement noir
    # après une chute sur le pont du bateau. Je ne peux plus lire aucun code »: under the
    # fallback; DEV94, written blind)
    r"|\b(?:ecran|screen|display)\b(?:\s+\w+){0,2}?\s+(?:is |est |went |s est )?(?:completely "
    r"|totally |tout |entierement )?(?:noir|black|smashed|shattered|explose|brise|mort|dead|hs)\b"
    r".{0,80}\b(?:chute|tombe\w*|fall|fell|dropped|drop|can t read|cannot read|plus lire"
    r"|peux pas lire|peux plus lire)\b"
    # (the fall told first: « Depuis une chute mon écran reste tout noir : le téléphone sonne,
    # vibre, mais je ne vois rien »: the SMS that never came 0.75; DEV102, written blind)
    r"|\b(?:chute|tombe\w*|fall|fell|dropped|drop)\b.{0,40}\b(?:ecran|screen|display)\b"
    r"(?:\s+\w+){0,2}?\s+(?:is |est |went |s est |stays |reste )?(?:completely |totally |tout "
    r"|entierement )?(?:noir|black|dead|mort)\b"
    rf"|\b{_PHONE}\b(?:\s+\w+){{0,3}}?\s+(?:a ete|was|has been|got|s est fait) (?:completely "
    r"|entierement )?(?:reinitialise\w*|formate\w*|wiped|factory reset|remis a zero|reset)\b"
)
# the old phone wiped when a new one came ("IT gave me a new work phone yesterday and wiped the
# old one before handing it off to someone else": a tie of the reset and the SMS, 0.20 and
# 0.17; DEV31, written blind)
_OLD_WIPED = re.compile(
    r"\b(?:wiped|reset|factory reset|formatted|erased|reinitialise|formate|efface|vide"
    r"|remis a zero)"
    r" (?:the |my |his |her |l |mon |son |le )?(?:old|previous|ancien|vieux) (?:one|phone|mobile"
    r"|device|handset|telephone|portable|tel)\b"
    r"|\b(?:old|previous|ancien|vieux) (?:one|phone|mobile|device|handset|telephone|portable|tel)"
    r" (?:was |got |has been |a ete |est |s est fait )?(?:wiped|reset|factory reset|formatted"
    r"|erased|reinitialise|formate|efface|remis a zero)\b"
)
# the phone back, or a loss to come (bot/nlu/future_loss.py answers that one)
_NOT_LOST = re.compile(
    r"\b(?:found|retrouve|retrouvee|recupere|got it back|back now|if i|si je|in case|au cas"
    r"|if someone|if somebody|si quelqu un|si on|what if|et si)\b"
)


# a bag stolen with the phone in it ("Je me suis fait voler mon sac samedi, avec mon téléphone
# dedans. Depuis, impossible de valider ma connexion": DEV18, under the fallback)
_BAG_LOST = re.compile(
    rf"\b(?:{_LOST}|voler|volent|steal|stole|snatched|arrache)\b(?:\s+\w+){{0,3}}?\s+(?:sac"
    r"|sacoche|sac a dos|bag|backpack|handbag|purse|wallet|portefeuille|veste|jacket|manteau"
    rf"|coat)\b.{{0,60}}?\b{_PHONE}\b"
    # the bag named first ("My bag was snatched at the market with my phone in it": the SMS that
    # never came 0.29; DEV92, written blind)
    r"|\b(?:sac|sacoche|bag|backpack|rucksack|handbag|purse|suitcase|valise|veste|jacket|coat)\b"
    r"(?:\s+\w+){0,2}?"
    rf"\s+(?:was |got |has been |a ete |s est fait )?(?:{_LOST}|snatched|arrache\w*)\b.{{0,60}}?"
    rf"\b{_PHONE}\b"
)


# the customer lost, not the phone ("…wants a code from my phone, I'm lost, how does it work?":
# the twenty-fifth session's own test of DEV85's kind)
_CONFUSED = re.compile(
    r"\b(?:i m|i am|im|je suis|suis) (?:a bit |totally |completely |un peu )?(?:lost|perdue?)\b"
    # ...or sites gone "phone plus password", the login's new way (DEV102, written blind)
    r"|\bgone (?:\w+ )?(?:phone|mobile) (?:plus|and|with|\+) (?:a |the )?password\b"
)


def phone_is_lost(text: str) -> bool:
    """The customer's phone was lost or stolen (and not found again)."""
    words = _CONFUSED.sub(" ", plain(text))
    lost = _PHONE_LOST.search(words) or _BAG_LOST.search(words)
    return bool(lost) and not _NOT_LOST.search(words)


# dropped into water ("Dropped my phone in the lake at our campsite": under the fallback; DEV85)
_DROPPED_IN = re.compile(
    rf"\b(?:dropped|drop|fell|lost|knocked|faire tomber|fait tomber|tombe\w*)\b(?: \w+){{0,2}}?"
    rf" {_PHONE} (?:\w+ )?(?:in|into|dans) (?:the|a|le|la|l|un|une) (?:lake|pond|river|sea|canal"
    r"|harbour|harbor|toilet|water|well|tank|lac|etang|riviere|mer|eau|canal|puits|cuve)\b"
)


def phone_is_wrecked(text: str) -> bool:
    """The customer's phone was destroyed or is dead (and not repaired meanwhile)."""
    words = plain(text)
    wrecked = _PHONE_WRECKED.search(words) or _OLD_WIPED.search(words) or _DROPPED_IN.search(words)
    # a phone reset whose clock is off since, the app's codes refused, is the refused code's
    # clock (« réinitialisé… une heure avec dix minutes de retard… les chiffres de l'appli sont
    # refusés »: DEV95, written blind)
    return bool(wrecked) and not _NOT_LOST.search(words) and not clock_set_by_hand(text)


# lost or stolen, told with the portal's login: "Someone nicked my work phone from the van last
# night. How am I supposed to sign in to the portal tomorrow?" was out of scope (0.31; DEV15,
# written blind). Not a phone lost for its SIM or another app ("how do I block the SIM card
# inside it?", "j'ai perdu l'accès à mon whatsapp"), which are support's
_PORTAL_LOGIN = re.compile(
    r"\b(?:sign in|sign into|log in|login|log into|logging in|signing in|se connecter|me connecter"
    r"|connexion|acceder|access)\b.*\b(?:portal|portail|m2m\w*|account|compte)\b"
    r"|\b(?:portal|portail|m2m\w*)\b.*\b(?:sign in|log in|login|connect\w*|acceder|access)\b"
)
_NOT_OURS = re.compile(
    r"\b(?:sim card|sim cards|carte sim|cartes sim|block the sim|bloquer la sim|whatsapp"
    r"|not linked|isn t linked|pas lie|n est pas lie)\b"
)


def phone_lost_for_the_portal(text: str) -> bool:
    """The customer's phone was lost or stolen, and the portal's login is what they ask about."""
    words = plain(text)
    return phone_is_lost(text) and bool(_PORTAL_LOGIN.search(words)) and not _NOT_OURS.search(words)


# a phone given up: got rid of, sold, handed back, its line closed ("I had two phones, work and
# personal, and got rid of the personal one last month to save money. Turns out the portal
# login was tied to it. Now I'm stuck at the step after my password.": under the fallback;
# DEV63, written blind): the reset, as a phone lost
_GIVEN_UP = re.compile(
    r"\b(?:got rid of|get rid of|gotten rid of|sold|gave away|given away|gave back|handed back"
    r"|handed in|returned|traded in|recycled|cancelled|canceled|closed|stopped paying for"
    r"|debarrasse\w* (?:de|du|d)|vendu|donne|rendu|restitue|recycle|resilie|ferme|arrete)"
    r" (?:\w+ ){0,3}?(?:one|phone|smartphone|mobile|iphone|android|handset|telephone|portable|tel"
    r"|gsm|line|ligne|number|numero|abonnement|contract|forfait)\b"
)
_TIED = re.compile(
    r"\b(?:tied to|linked to|attached to|registered (?:to|on|with)|set up on|lie a|liee a|rattache"
    r"|enregistre\w* sur|configure\w* sur|associe\w* a|codes? (?:went|go|arrivai\w*|allai\w*)"
    r"|step after (?:my|the) password|etape apres (?:le|mon) mot de passe"
    # « J'ai rendu mon téléphone de fonction… tout passait par ce téléphone » (DEV84)
    r"|tout passait par|tout passe par|everything went through|everything goes through"
    # the codes asked from a phone no longer had ("…handed back the company phone… the portal
    # wants digits from a device I no longer have": the reset 0.28, the refused code 0.26;
    # DEV108, written blind)
    r"|(?:device|phone|appareil|telephone|portable) (?:that |which |que |qu )?(?:i|je|j) (?:no"
    r" longer have|don t have any ?more|n ai plus|n avais plus))\b"
)


def phone_given_up(text: str) -> bool:
    """The phone (or its line) the login was tied to was given up."""
    words = plain(text)
    return bool(_GIVEN_UP.search(words) and _TIED.search(words)) and not _NOT_LOST.search(words)
