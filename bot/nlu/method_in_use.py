"""Words that say a method is already on the account, or that a change of method is asked.

Three rules read them: the set-up asked "from the start" (bot/nlu/app_from_the_start.py) and
2FA turned on now with the app (bot/nlu/enable_with.py) step aside when a change is asked,
because that is the switch; the move from the method in use (bot/nlu/sms_to_app.py) fires on
the method said to be in use today. Each had kept its own list. They share these two; each rule
adds only what is its own (the set-up's "je reçois les codes", the activation's "plutôt",
the move's "j'utilise"), and the time words stay out of the activation's, where "right now" is
when it will be done, not the method in use.

Beside the words, the one rule of its own here (`told_method_other_wished`): the method chosen
at the set-up told in the past, the other one wished now, is the switch. "I chose messages when
I set it up, but I spend half the year on a supply ship… A crewmate generates his numbers
offline on his phone and I want to do the same" (the app's set-up, by a rule for codes made on
the phone), "I went with the phone program at the start… I'd rather just get the numbers as a
message on my mobile" (the SMS set-up), « J'avais installé le programme à chiffres sur ma
tablette… Je préférerais recevoir ça directement par message » (the SMS set-up), "When I first
set things up I gave my mobile number… I've since installed an authenticator that works
offline. Can the portal use that from now on?" and "…only generator apps. I'm still on the old
way - how do I move over?" (the app's set-up; DEV113-114, written blind): an account already on
one method, the other wished, is the change of method, not a first set-up.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

# a method named: the words for SMS and for the app, as customers write them. Five rules read
# them (the switch's "onto it" and "move me to", the hesitation's choice taken, the steps asked
# with a method named, the steps' order with none); each had kept its own copy, a word or two
# apart ("lappli" in one, "authy" in another)
METHOD_WORDS = r"sms|texto|textos|text|texts|app|appli|lappli|application|authenticator|authy"

# a change of method asked: the switch
SWITCH_ASKED = (
    r"instead|a la place|switch\w*|chang\w*|move|moving|passer de|passer du|repasser|go from"
    r"|bascul\w*"
)
# said of today: a method is on the account now
IN_USE_TODAY = (
    r"currently|right now|at the moment|for now|these days|today|nowadays"
    r"|actuellement|en ce moment|pour l instant|aujourd hui"
)


# texts told chosen at the set-up, or still in use
_ON_TEXTS = re.compile(
    r"\b(?:i|we) (?:chose|picked|went with|opted for|selected|signed up with) (?:the )?(?:text"
    r" messages|messages|texts|sms|text option|sms option)\b"
    r"|\bwhen (?:i|we) (?:first )?set (?:things|it|this|everything) up,? (?:i|we) (?:gave|typed"
    r"|entered|put in) (?:my|our|a) (?:\w+ )?number\b"
    r"|\b(?:i m|i am|we re|we are) still on (?:the )?(?:old way|texts|sms|messages|text messages)\b"
    r"|\bj (?:ai|avais) choisi (?:les |l option )?(?:sms|messages|textos)\b"
    r"|\b(?:je suis|on est|nous sommes) (?:encore|toujours) (?:sur|aux|a) (?:les |l )?(?:sms"
    r"|textos|messages|ancienne methode|ancienne facon)\b"
)
# an app told installed or chosen at the set-up
_ON_THE_APP = re.compile(
    r"\b(?:i|we) (?:went with|chose|picked|opted for|installed) (?:the |a |an )?(?:phone"
    r" )?(?:program|programme|app|application|authenticator|generator)\b"
    r"|\bj (?:ai|avais) (?:installe|choisi|pris) (?:le |l |une |un )?(?:programme|appli"
    r"|application|authenticator)\b"
    # ...or said to give the codes ("My phone app has been giving me the codes since June",
    # « Mon appli me donne les codes depuis juin »: the SMS set-up; DEV116, written blind)
    r"|\b(?:my|our|mon|ma|notre) (?:phone |telephone )?(?:app|appli|application|authenticator)"
    r" (?:has been giving|has given|gives|generates|makes|me donne|nous donne|donne|genere|fait)"
    r" (?:me |us )?(?:the |my |les |mes )?(?:codes?|numbers|digits|chiffres)\b"
)
# the other wished: the app (made offline, a generator, "do the same", "move over")
_APP_WISHED = re.compile(
    r"\b(?:authenticator|generator apps?|generates? (?:his|her|their|the) (?:numbers|codes)"
    r"|(?:numbers|codes) offline|works offline|do the same|use that from now on|move over"
    r"|l appli|une appli|application d authentification|genere ses codes|faire pareil"
    # ...or only "another way" after texts told chosen (« j'ai choisi les textos… je veux juste
    # recevoir les codes autrement »: the SMS set-up 0.60; DEV122, written blind)
    r"|autrement|d une autre (?:facon|maniere)|another way|some other way|differently)\b"
)
# ...or texts (the numbers or codes as a message, by SMS)
_TEXTS_WISHED = re.compile(
    r"\b(?:as a (?:plain |simple |normal )?(?:text|message|sms)|by (?:text|sms|message)|in a text"
    r"|par (?:un )?(?:simple )?(?:message|sms|texto)"
    r"|en (?:sms|texto)|recevoir (?:ca|les codes|le code) (?:\w+ )?par)\b"
)
_WISH = re.compile(
    r"\b(?:rather|prefer|want|wish|would like|like to|can the portal|how do i|how can i"
    r"|prefererais|prefere|voudrais|veux|souhaite|aimerais|comment"
    # a need ("I need something that just arrives as a plain message", « Il me faut quelque
    # chose qui arrive par simple message »: DEV116, written blind)
    r"|i need|we need|il me faut|il nous faut|j ai besoin"
    # asked ("Could my digits just come by message to my mobile, like my bank does?": the SMS
    # set-up 0.39, the switch 0.33; DEV119, written blind)
    r"|could (?:my|the|you|it|they)|can (?:my|you)|pourriez vous|pouvez vous"
    r"|est ce que (?:mes|les) (?:codes|chiffres))\b"
)


def told_method_other_wished(text: str) -> bool:
    """One method told chosen at the set-up (or still in use), the other wished now."""
    words = plain(text)
    if not _WISH.search(words):
        return False
    texts_to_app = _ON_TEXTS.search(words) and _APP_WISHED.search(words)
    app_to_texts = _ON_THE_APP.search(words) and _TEXTS_WISHED.search(words)
    return bool(texts_to_app or app_to_texts)
