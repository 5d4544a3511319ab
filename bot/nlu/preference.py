"""A message that names both methods and prefers one: a switch, not the set-up steps alone.

"is it possible to get the code by SMS rather than with an app?", "I already use Google
Authenticator, can I get the codes by text instead now?", "l'appli plutôt que les SMS": the
classifier hears the set-up steps of one method (of the wrong one, when the app is named
first). Whether the customer has activated yet or not, the switch answers both: without a
portal session it gives the wanted method's steps, then how to change method on screen;
logged in, it offers the move while the popup allows it (actions/switch.py). Twentieth
outsider check, findings 3 and 4.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

# the number as where codes go ("I'd rather they just came to my mobile number like my bank's
# do": the app's set-up 0.24; DEV37), or the mobile ("Right now it comes to my phone number every
# time", « Pour l'instant ça arrive sur mon portable à chaque connexion », "the numbers go to the
# mobile of whoever set it up": DEV66-67, written blind, with an app wished; also in
# bot/nlu/sms_to_app.py)
TO_MY_NUMBER = (
    r"(?:came|come|comes|coming|sent|go|goes|going) to (?:my|the|our) (?:mobile |phone |cell )?"
    r"(?:number|mobile|cell)"
    r"|(?:arrive|arrivent|arrivaient|envoyes?|va|vont) (?:sur|a|au) (?:mon|le|notre) (?:numero"
    r"|portable|mobile)"
    # received on one's number, sent straight to it ("recevoir directement sur mon numéro", "get
    # the numbers sent straight to my mobile number": DEV95-96, written blind, the app in use)
    r"|(?:recevoir|receive|get|getting) (?:\w+ ){0,4}?(?:sur|on|to|at) (?:mon|my|our|notre)"
    r" (?:mobile |phone |cell |own )?(?:numero|number)"
    r"|sent (?:straight|directly|right) to (?:my|our) (?:mobile |phone |cell )?(?:number|mobile)"
)
# "I'd rather the codes just came in as messages" (DEV26, written blind): messages as the way
SMS = re.compile(
    r"\b(sms|texto|textos|text|texts|txt|(?:as|by|in) messages?|par message"
    r"|" + TO_MY_NUMBER + r")\b"
)
# (the app told by what it does: "something on my phone that works offline": DEV96)
APP = re.compile(
    r"\b(app|apps|appli|application|authenticator|authentificator|authy|otp"
    r"|works offline|work offline|fonctionne hors ligne|marche hors ligne)\b"
)
PREFERS = re.compile(
    r"\b(instead|rather|plutot|au lieu|a la place|prefer|prefere|preferer|preferrais"
    r"|prefererais|not the|pas l|pas le|pas les|pas par"
    # the one in use no longer wanted ("j'aimerais ne plus en dépendre et recevoir directement
    # sur mon numéro": DEV95, written blind)
    r"|ne plus (?:en )?dependre|no longer depend|stop depending)\b"
)


# a way that does not exist, named beside the two: "by email instead of sms or app?" asks which
# methods there are (ask_methods), not a move between the two
ELSEWHERE = re.compile(
    r"\b(e mail|email|emails|mail|mails|courriel|call|appel|vocal|landline|fixe|key|cle|token"
    r"|whatsapp|teams)\b"
)


def prefers_one_method(text: str) -> bool:
    """Both methods named, and a word of preference between them (and no third way)."""
    words = plain(text)
    named = SMS.search(words) and APP.search(words) and PREFERS.search(words)
    return bool(named) and not ELSEWHERE.search(words)


# the app said to be in use ("Ever since I set the login up with the app, my phone battery dies
# by lunchtime… I'd rather the codes just came in as messages": a switch, even from someone
# whose backup is a brick phone; DEV26, written blind)
_APP_IN_USE = re.compile(
    r"\b(?:set|setting|sets) (?:\w+ ){0,3}?up (?:with|on) (?:the |an |my |our )?"
    r"(?:app|authenticator)"
    r"|\b(?:since|ever since) (?:i|we) (?:set|installed|started using|enabled)\b"
    r"|\b(?:i|we) (?:use|used|have been using) (?:the |an |my |our )?(?:app|authenticator)\b"
    r"|\b(?:j utilise|on utilise|j ai configure|j avais configure) (?:l |une )?"
    r"(?:appli|application)\b"
)


def app_in_use(text: str) -> bool:
    """The customer says the authenticator app is what they use now."""
    return bool(_APP_IN_USE.search(plain(text)))


# a phone or number changed, lost or broken: the changed phone's reset, whatever is preferred
_MOVED_ON = re.compile(
    r"\b(?:new|nouveau|nouvel|nouvelle|changed|change|changer|change de|lost|perdu|stolen|vole"
    r"|broken|casse|dead|mort|replaced|remplace|gone|parti|left|quitte)\b"
)


def phone_moved_on(text: str) -> bool:
    """The message tells of a phone or number changed, lost, broken or gone."""
    return bool(_MOVED_ON.search(plain(text)))
