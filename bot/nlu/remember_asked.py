"""Follow-ups on « Se souvenir de cet appareil pendant 30 jours »: a shared computer, after the
days.

"is that safe on a shared PC in the workshop?" and "et au bout des 30 jours ?" got the same
answer they followed, word for word (forty-fifth outsider check, F8): a shared computer is the
one place not to tick the box, and after the days the code is asked again
(`utter_remember_device_shared`, `utter_remember_device_after`, bot/rasa_ext/nlg.py FOCUS).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_SHARED = re.compile(
    r"\b(?:shared|public|common|communal|partage\w*|commun|collectif|en libre service)"
    r" (?:pc|computer|poste|postes|ordi|ordinateur|workstation|machine|laptop|tablet|tablette"
    r"|device|appareil)\b"
    r"|\b(?:pc|computer|poste|ordi|ordinateur|workstation|machine|tablette|tablet)"
    r" (?:\w+ ){0,2}?(?:partage\w*|commun|shared|public|used by (?:several|many|others|everyone)"
    r"|utilise par (?:plusieurs|tout le monde|d autres))\b"
    r"|\b(?:plusieurs|several|many) (?:personnes|people|users|utilisateurs|collegues|colleagues)"
    r" (?:sur|on|use|utilisent) (?:le meme|the same|ce|this)\b"
)
_AFTER_THE_DAYS = re.compile(
    r"\b(?:au bout|apres|a la fin|after|at the end|when|once|quand|une fois)"
    r" (?:des |de |the |les |ces |those |these )?(?:\d+|trente|thirty) (?:jours|days)"
    r"(?: are up| sont passes| ends?| expire\w*)?\b"
    r"|\b(?:\d+|trente|thirty) (?:jours|days) (?:later|plus tard|after|apres|passed|passes)\b"
)


def asks_about_a_shared_computer(text: str) -> bool:
    """Remembering the device asked about for a shared computer."""
    return bool(_SHARED.search(plain(text)))


def asks_what_happens_after_the_days(text: str) -> bool:
    """What happens once the remembered days are over, asked."""
    return bool(_AFTER_THE_DAYS.search(plain(text)))


# the remembered device described, its label unknown ("there's a little box you tick and it
# leaves you alone for a month. I can't see it anywhere. Where is it?": under the fallback;
# DEV74, written blind): « Se souvenir de cet appareil pendant 30 jours »
_BOX = re.compile(
    r"\b(?:box|checkbox|tick ?box|case|case a cocher|petite case|option)\b.{0,40}"
    r"\b(?:tick|ticks|ticked|check|checked|cocher|coche|cochez|cochee)\b"
    r"|\b(?:tick|check|cocher|coche)\b.{0,30}\b(?:box|case)\b"
)
_LEFT_ALONE = re.compile(
    r"\b(?:a month|for a month|30 days|thirty days|un mois|pendant un mois|30 jours|trente jours"
    r"|leaves? you alone|leave me alone|laisse tranquille|vous laisse tranquille|me laisse"
    r" tranquille|stops? asking|ne (?:me )?demande plus|won t ask again)\b"
)


def describes_the_remember_box(text: str) -> bool:
    """A box to tick that stops the codes for a while, described without its label."""
    words = plain(text)
    return bool(_BOX.search(words) and _LEFT_ALONE.search(words))


# the remembered device named, how long it lasts asked (« Le remember me, il dure combien de temps
# exactement ? J'ai coché la case mais je sais pas jusqu'à quand ça tient. »: how long the last
# answer lasts 0.48, with no answer before it the 28 days; DEV116, written blind): its answer
# says the 30 days
_REMEMBER_NAMED = re.compile(
    r"\b(?:remember me|remember (?:this |the |my )?(?:device|computer|browser)|se souvenir"
    r"|souviens toi|souvenir de cet appareil|keep me (?:signed|logged) in|rester connecte)\b"
)
_HOW_LONG = re.compile(
    r"\b(?:combien de temps|dure combien|ca dure|jusqu a quand|ca tient|how long|until when"
    r"|how many days|combien de jours|last for|lasts?)\b"
)


def asks_how_long_remembering_lasts(text: str) -> bool:
    """« Se souvenir de cet appareil » named (or "remember me"), how long it lasts asked."""
    words = plain(text)
    return bool(_REMEMBER_NAMED.search(words) and _HOW_LONG.search(words))


# a public computer, what not to tick asked ("the only computer I can use is the one in the hotel
# lobby… Is there anything I should leave unticked when I log in there?": under the fallback;
# DEV109, written blind): « Se souvenir de cet appareil pendant 30 jours » is the box to leave
_PUBLIC = re.compile(
    r"\b(?:hotel|hotels|lobby|business cent(?:er|re)|cyber ?cafe|internet cafe|library|bibliotheque"
    r"|mediatheque|borne|kiosk|kiosque|hall|accueil|salle d attente|waiting room)\b"
    r".{0,60}\b(?:pc|computer|poste|ordi|ordinateur|workstation|machine|terminal)\b"
    r"|\b(?:pc|computer|poste|ordi|ordinateur|workstation|machine|terminal)\b.{0,40}"
    r"\b(?:hotel|hotels|lobby|business cent(?:er|re)|cyber ?cafe|internet cafe|library"
    r"|bibliotheque|mediatheque)\b"
)
_WHAT_TO_TICK = re.compile(
    r"\b(?:leave (?:\w+ )?unticked|untick|uncheck|not (?:to )?tick|shouldn t tick|should not tick"
    r"|don t tick|(?:anything|something|what) (?:\w+ ){0,2}?(?:leave unticked|tick|check|untick"
    r"|avoid ticking)|decocher|ne pas cocher|pas cocher|eviter de cocher|(?:quoi|que|qu est ce"
    r" que|quelque chose) (?:\w+ ){0,3}?(?:cocher|decocher|laisser decoche\w*|ne pas cocher)"
    r"|laisser decoche\w*)\b"
)


def public_computer_what_to_tick(text: str) -> bool:
    """A public or shared computer, and what to tick or leave unticked asked."""
    words = plain(text)
    where = _PUBLIC.search(words) or _SHARED.search(words)
    return bool(where and _WHAT_TO_TICK.search(words))


# the computer reinstalled, wiped or its browser cleared, the code asked at every login since
# (« Le service informatique a réinstallé mon ordinateur portable de zéro la semaine dernière.
# Depuis, à chaque ouverture du portail je dois de nouveau attraper mon téléphone, alors qu'avant
# j'étais tranquille pendant des semaines. »: the changed phone 0.50; DEV110, written blind): the
# remembered device was that browser; ticking the box again on the new one is the answer
_COMPUTER_RESET = re.compile(
    r"\b(?:reinstall\w*|re installe\w*|reinstalle\w*|reformat\w*|formate\w*|wiped|wipe|reset"
    r"|reinitialise\w*|remis a zero|remis a neuf|reimage\w*|re imaged|rebuilt|cleared|vide"
    r"|efface\w*|nettoye\w*|replaced|remplace\w*|changed|change)\b.{0,40}"
    r"\b(?:pc|computer|laptop|ordinateur|ordi|poste|workstation|navigateur|browser|chrome|firefox"
    r"|edge|safari|cookies|historique|history)\b"
    r"|\b(?:pc|computer|laptop|ordinateur|ordi|poste|workstation|navigateur|browser)\b.{0,40}"
    r"\b(?:reinstall\w*|re installe\w*|reinstalle\w*|reformat\w*|formate\w*|wiped|reset"
    r"|reinitialise\w*|remis a zero|remis a neuf|reimage\w*|re imaged|rebuilt|de zero"
    r"|from scratch|replaced|remplace\w*)\b"
)
_EVERY_TIME_SINCE = re.compile(
    r"\b(?:a chaque (?:ouverture|connexion|fois)|chaque fois|every (?:time|login|single time)"
    r"|each time|at every login|tous les jours|every day|each morning|chaque matin"
    r"|de nouveau|again|encore)\b"
)
_PHONE_WIPED = re.compile(
    r"\b(?:telephone|portable|phone|mobile|smartphone|iphone)\b.{0,20}"
    r"\b(?:reinitialise\w*|wiped|reset|formate\w*|remis a zero)\b"
)


def computer_reset_code_again(text: str) -> bool:
    """The computer reinstalled or its browser cleared, the code asked again at each login
    (not the phone wiped, which takes the app with it: bot/nlu/app_gone.py)."""
    words = plain(text)
    again = _COMPUTER_RESET.search(words) and _EVERY_TIME_SINCE.search(words)
    return bool(again) and not _PHONE_WIPED.search(words)
