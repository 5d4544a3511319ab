""" "Does the app work without a network?": the methods' answer, which says yes.

« et ça marche sans réseau ? » after the method choice was "still not working" (0.58) and got
a person; "does the app work offline?" was the app's set-up steps, with no yes or no
(thirty-fourth outsider check, F2). The methods' answer has the fact: the app makes a new code
every 30 seconds with no network or SMS, the SMS needs a mobile line. Its focus
(utter_methods_offline, through bot/rasa_ext/nlg.py's FOCUS) says so first.

Only a question whether it works (or codes come) without a network, signal, internet or in
airplane mode; a wish to move to something that works offline is the switch
(bot/nlu/sms_to_app.py), which this leaves alone.
"""

from __future__ import annotations

import re

from bot.nlu.silent_phone import phone_stays_silent
from bot.nlu.skipped_until_now import POSTPONING_WORDS
from bot.plain_text import plain

_WORKS = re.compile(
    # (not « la marche à suivre », the steps: DEV46)
    r"\b(?:marche\w*(?! a suivre)|fonctionne\w*|work|works|working|function\w*|still get"
    r"|get (?:the )?codes?"
    r"|recoi\w* (?:le |les )?codes?|receive (?:the )?codes?|besoin d(?:e|u) (?:reseau|internet)"
    r"|need (?:a |the |an )?(?:network|signal|internet|data|connection)|needs? (?:a |the )?"
    r"(?:network|signal|internet|data|connection)|requires? (?:a |the )?(?:network|signal"
    r"|internet|data|connection)"
    # whether one will still get in, with no network where one is or goes ("et si j'ai pas de
    # reseau la ou je suis ?" was the 28 days; "I'm travelling abroad next week with no roaming,
    # will I still be able to log in?" fell back: thirty-ninth outsider check, F3)
    r"|et si|what if|will i (?:still )?be able to|can i still (?:log|sign|get)"
    r"|pourrai\w* (?:encore |quand meme |toujours )?(?:me connecter|acceder|entrer))\b"
)
# "network", "reseau" and "internet" alone stand for every phrase that holds them ("sans
# réseau", "without any network", "no internet")
_OFFLINE = re.compile(
    # (not « un réseau d'ascensoristes », a network of firms: DEV46)
    r"\b(?:network|reseau(?! d )(?! de )|internet|offline|off line|hors (?:ligne|connexion)"
    r"|mode avion"
    r"|airplane mode|aeroplane mode|flight mode|sans (?:connexion|data|signal|couverture|4g|wifi"
    r"|wi fi)|without (?:a |any )?(?:signal|data|connection|reception|coverage|wifi|wi fi)"
    r"|no (?:signal|data|connection|reception|coverage)|pas de (?:signal|connexion|couverture)"
    r"|no roaming|without roaming|sans (?:itinerance|roaming)|pas d itinerance|pas de roaming)\b"
)
_ASKED = re.compile(
    r"\?|\b(?:est ce que|est ce qu|does|do|will|can|would|is it|is the|peut|peux|va|vont"
    r"|faut il|needs?|need)\b"
)
# how to set it up, which option, what to install or do next: the set-up the classifier heard
# (thirty lines of data/ tell of cellars with no network, then ask how to set the app up)
_SET_UP = re.compile(
    r"\b(?:how do i|how to|how can i|how would i|comment (?:je|on|faire|la|le|l|ca)"
    r"|set (?:it |this |that )?up|setup|configur\w*|install\w*|pair|associe\w*|relie\w*"
    r"|met en place|mettre en place|which option|quelle option|what should i|que dois je"
    # "next" of what to do, not of when ("abroad next week with no roaming": F3)
    r"|what do i do|next(?! (?:week|month|year|time|trip|days?))|quoi faire|instead|a la place"
    r"|what s the other|quelle autre"
    # a solution asked for, not whether the codes work ("Il existe une solution qui fonctionne
    # sans réseau pour valider ma connexion ?": the app's set-up; DEV99, written blind)
    r"|(?:il existe|existe t il|y a t il|il y a|is there|are there) (?:une |un |a |an |any )?"
    r"(?:solution|moyen|way|option)"
    # ("…my phone obviously gets nothing. Any way around this?": DEV106, a way asked)
    r"|(?:any|a|another) way (?:around|round) (?:this|it|that)"
    # the app already downloaded, "and now?" (« Je l'ai téléchargée, j'ai le carré noir et blanc
    # affiché sur le portail… et maintenant ? »: the set-up's next step; DEV37, written blind)
    r"|et maintenant|now what|and now|et apres|telecharge\w*|downloaded"
    # how someone else will manage ("pas d'applis, pas d'internet, juste les appels et les
    # messages. Comment il va faire pour se connecter maintenant ?": the SMS set-up; DEV38)
    r"|comment (?:il|elle|ils|elles|vous) (?:va |vont |peut |peuvent |doit |doivent )?faire"
    r"|how (?:will|can|does|do|is) (?:he|she|they) (?:going to )?(?:do it|manage|log in|get in"
    r"|cope))\b"
)
# (...or nothing done before leaving: « Si je ne fais rien d'ici là, est-ce que je pourrai
# encore entrer sur le portail en rentrant ? », three weeks without a network: the 28 days;
# DEV102, written blind)
_POSTPONED = re.compile(
    rf"\b(?:{POSTPONING_WORDS}|si je ne fais rien|si on ne fait rien|if i do nothing"
    rf"|if i don t do anything|if we do nothing|if nobody does anything)\b"
)
_WISH = re.compile(
    r"\b(?:je voudrais|j aimerais|je veux|je prefere|passer|basculer|changer|switch|move"
    r"|i d like|i would like|i want|i d rather|prefer)\b"
)


def asks_if_it_works_offline(text: str) -> bool:
    """Asks whether the codes (the app) work or come without a network, not a wish to move."""
    words = plain(text)
    return bool(
        _WORKS.search(words)
        and _OFFLINE.search(words)
        and (_ASKED.search(words) or "?" in text)
        and not _WISH.search(words)
        and not _SET_UP.search(words)
        # the popup put off until now, "will I still get in when I'm back?" from a trek with no
        # signal: whether the 28 days run out meanwhile, not the app offline (DEV73, written blind)
        and not _POSTPONED.search(words)
        # the phone silent while the portal waits ("Working the cashless terminals at a music
        # festival… the network's jammed solid… my phone's got nothing": the SMS that never
        # came; DEV87, written blind, read as this by its "working")
        and not phone_stays_silent(text)
    )
