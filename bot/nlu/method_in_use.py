"""Words that say a method is already on the account, or that a change of method is asked.

Three rules read them: the set-up asked "from the start" (bot/nlu/app_from_the_start.py) and
2FA turned on now with the app (bot/nlu/enable_with.py) step aside when a change is asked,
because that is the switch; the move from the method in use (bot/nlu/sms_to_app.py) fires on
the method said to be in use today. Each had kept its own list. They share these two; each rule
adds only what is its own (the set-up's "je reçois les codes", the activation's "plutôt",
the move's "j'utilise"), and the time words stay out of the activation's, where "right now" is
when it will be done, not the method in use.
"""

from __future__ import annotations

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
