"""The app (or "the number generator") to be got rid of, the codes wished by text from now on:
the change of method.

"My phone storage is full… the number generator is one of the things I'd love to get rid of.
Can the numbers just come to my mobile as messages from now on?" was the SMS set-up (0.43;
DEV31, written blind): the customer uses the app and asks to move to SMS, which the change of
method answers (in the chat when logged in: actions/switch.py). The preference rule
(bot/nlu/preference.py) needs a word of preference and the app's name; here the app is named
by what it does and the wish is to drop it.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_THE_APP = (
    r"(?:app|appli|application|authenticator|authy|number generator|code generator"
    r"|codes generator|generateur de codes?|generateur de chiffres|token app)"
)
_DROP_IT = re.compile(
    rf"\b{_THE_APP}\b.{{0,80}}?\b(?:get rid of|delete|remove|uninstall|lose|ditch|drop"
    r"|supprimer|desinstaller|virer|enlever|me debarrasser|m en debarrasser|effacer)\b"
    rf"|\b(?:get rid of|delete|remove|uninstall|ditch|supprimer|desinstaller|virer|enlever"
    rf"|me debarrasser de)\s+(?:the |my |this |that |l |mon |cette |ce |le )?{_THE_APP}\b"
    # « J'en ai assez de l'application… revenir à un simple message sur mon numéro ? » (the SMS
    # set-up 0.42; DEV106, written blind)
    rf"|\b(?:j en ai assez|j en ai marre|marre|fed up|sick|tired)\s+(?:de |d |du |of |with )?"
    rf"(?:the |my |this |that |l |mon |cette |ce |le )?{_THE_APP}\b"
)
_BY_TEXT_FROM_NOW = re.compile(
    r"\b(?:come|sent|go|arrive|get them|receive them|get|receive|recevoir|arrivent|arriver|venir"
    r"|viennent"
    r"|envoyes|envoyer)\b"
    r"(?:\s+\w+){0,4}?\s+(?:as (?:text )?messages|as texts?|by (?:text|sms)|via (?:text|sms)"
    r"|par (?:sms|texto|textos|message)|as a (?:text )?message|en message)\b"
    # « Je peux revenir à un simple message sur mon numéro ? » (DEV75, written blind)
    r"|\b(?:revenir|retourner|repasser|go back|switch back|get back)(?: \w+){0,2}? (?:a|au|aux|to)"
    r" (?:un |une |des |the |plain |simple |a |un simple |une simple )*(?:message|messages|sms"
    r"|texto|textos|text|texts|text messages)\b"
    # "Getting a text each time would suit me fine" (the SMS set-up 0.34; DEV103, written blind)
    r"|\b(?:getting|get|receiving|receive|having|recevoir) (?:a |an |un )?(?:text|texts|sms"
    r"|text message|texto) (?:each|every|a chaque) (?:time|login|fois|connexion)\b"
)
# an app set up before, named as such ("I set up the rotating-numbers app back in March…": DEV45)
# ...or in the past perfect, with 2FA named on the way ("J'avais activé la double authentification
# avec Google Authenticator, mais le service informatique vient d'interdire les applis… Comment
# recevoir désormais les codes par SMS ?": the SMS set-up, 0.56; DEV48, written blind)
_APP_SET_UP = re.compile(
    r"\b(?:set up|installed|configured|activated|j ai (?:configure|installe|active|mis en place)"
    r"|j avais (?:configure|installe|active|mis en place)|i had (?:set up|installed|activated"
    r"|configured|enabled))"
    rf"\b(?:\s+\w+){{0,5}}?\s+(?:rotating numbers |rotating )?{_THE_APP}\b"
    # ...or the codes said to come from it ("My codes come from an app on the smartphone. How do
    # I get them by text instead before Friday?": the SMS set-up 0.68; DEV100, written blind)
    rf"|\b(?:my|our|the) (?:login |security )?codes? (?:come|comes|are coming|are generated"
    rf"|are made) (?:from|by|in) (?:an|the|my|our) {_THE_APP}\b"
    rf"|\b(?:mes|nos|les) codes (?:viennent|sortent|arrivent) (?:de|d) (?:l |une |mon |notre )?"
    rf"{_THE_APP}\b"
)
_FROM_NOW = re.compile(
    r"\b(?:from now on|instead|rather|desormais|dorenavant|a la place|plutot|can i just"
    r"|je peux juste|just have"
    r"|would suit me|would be fine|would be easier|me conviendrait|m irait|m arrangerait)\b"
)


def wants_texts_after_the_app(text: str) -> bool:
    """The customer set the app up before and wants the numbers by text from now on (a switch):
    "I set up the rotating-numbers app back in March, but I keep forgetting which of my five
    similar apps it is. Can I just have the numbers sent to my phone as a message from now on?"
    was the SMS set-up (0.57; DEV45, written blind; DEV38-39 had the same kind)."""
    words = plain(text)
    said = _APP_SET_UP.search(words) and _BY_TEXT_FROM_NOW.search(words)
    return bool(said and _FROM_NOW.search(words))


def drops_the_app_for_texts(text: str) -> bool:
    """The customer wants to get rid of the app and have the codes by text."""
    words = plain(text)
    return bool(_DROP_IT.search(words) and _BY_TEXT_FROM_NOW.search(words))


# the app used for the portal banned from the phones ("New IT policy: only approved apps allowed
# on phones, and the one I use for the portal isn't on the list. It has to come off by Friday.",
# « …celle que j'utilise pour le portail n'est pas dans la liste. Je dois la supprimer d'ici
# vendredi. »: the app's set-up 0.19, the SMS set-up 0.19; DEV108, written blind): the move to
# the texts before it goes
_APP_FOR_THE_PORTAL = re.compile(
    r"\b(?:the one|celle|celui|the app|l appli|l application|the authenticator|the code app)"
    r"(?: \w+){0,2}? (?:i use|que j utilise|we use|qu on utilise|i m using|i am using|que nous"
    r" utilisons) (?:for|pour) (?:the |le |our |notre )?(?:portal|portail|m2m\w*|sims?|login"
    r"|connexion)\b"
)
_MUST_GO = re.compile(
    r"\b(?:has to|must|have to|needs to|will have to) (?:come off|go|be (?:removed|deleted"
    r"|uninstalled|wiped))|\bje dois (?:la |le |l )?(?:supprimer|desinstaller|enlever|retirer"
    r"|virer)|\bdoit (?:etre )?(?:supprim|desinstall|retir|enlev)\w*|\bnot on the (?:list"
    r"|approved list|whitelist)|\bpas dans la liste\b|\bn est pas (?:autorise|validee?|approuvee?)"
)


def app_for_the_portal_must_go(text: str) -> bool:
    """The app the customer uses for the portal has to come off the phone."""
    words = plain(text)
    return bool(_APP_FOR_THE_PORTAL.search(words) and _MUST_GO.search(words))
