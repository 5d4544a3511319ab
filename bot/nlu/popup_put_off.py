"""The popup put off, and what now: the steps when the customer is ready, the 28 days when
putting it off is asked to last.

Three kinds of DEV107-108 (written blind) told the popup dismissed without its words:
- "Every time I sign in, a box pops up with two options and I always hit the second one… It's
  a quiet morning at the quarry office today, so what should I do instead?" (remembering the
  device 0.19, under the fallback), « Pendant des semaines j'ai fermé sans la lire la fenêtre…
  Aujourd'hui j'ai le temps de m'en occuper… Je fais quoi, dans l'ordre ? » (the 28 days 0.36):
  ready now, the set-up's steps;
- « On a un intérimaire… Il ferme à chaque fois la fenêtre…, vu qu'il part bientôt. Il peut
  continuer comme ça jusqu'à la fin de sa mission ? » (the steps 0.50): how long putting it off
  lasts, the 28 days;
- "Our depot manager says he 'clicked no for everyone' on the security window, so none of us
  has to bother. Does that mean we're sorted?" (why 0.21 and the 28 days 0.21, a tie): « Non,
  pas maintenant » is each user's and only puts it off, the 28 days.
A popup that no longer lets one past is bot/nlu/skipped_until_now.py's (the delay over).
"""

from __future__ import annotations

import re

from bot.nlu.skipped_until_now import POSTPONING_WORDS, skipped_until_now
from bot.plain_text import plain

_PUT_OFF = re.compile(
    rf"\b(?:{POSTPONING_WORDS})\b"
    # the window closed, whoever closes it, unread (« il ferme à chaque fois la fenêtre », « j'ai
    # fermé sans la lire la fenêtre »)
    r"|\bferm\w* (?:\w+ ){0,4}?(?:la|cette) (?:fenetre|popup|pop up)\b"
    r"|\bclos\w* (?:\w+ ){0,3}?(?:the|that) (?:security )?(?:popup|pop up|window|box|prompt)\b"
    # the second of two options, always taken
    r"|\b(?:hit|hits|click\w*|press\w*|pick\w*|choose|chose|take|took|tap\w*) (?:on )?the second"
    r" (?:one|option|button|choice)\b|\b(?:clique\w*|appuie\w*|pris) (?:toujours |sur )*(?:le|la)"
    r" (?:deuxieme|seconde?) (?:option|bouton|choix|case)\b"
)
# ready now, said so (not "I don't have time now, can I do it later?", the 28 days)
_READY = re.compile(
    r"\b(?:(?:aujourd hui|today|now|maintenant|enfin|finally|this morning|ce matin)"
    r" (?:\w+ ){0,2}?(?:j ai|i have|i ve got|i ve|i got) (?:\w+ ){0,2}?(?:le temps|du temps|time)"
    r"|j ai enfin (?:le|du) temps|quiet (?:morning|day|afternoon|moment)"
    r"|(?:i m|i am|je suis) (?:finally |enfin )?(?:ready|pret|prete)\b"
    r"|what should i do instead|what do i do instead|dans l ordre|in what order"
    r"|where do i start|par quoi je commence|par ou je commence)\b"
)
_NO_TIME = re.compile(
    r"\b(?:n ai pas le temps|n aurai pas le temps|pas le temps|don t have (?:the )?time"
    r"|won t have (?:the )?time|not have (?:the )?time|no time|never have time)\b"
)
_LAST = re.compile(
    r"\b(?:continuer comme ca|continuer ainsi|keep (?:doing|going|on) (?:like )?(?:that|this)"
    r"|carry on like (?:that|this)|go on like (?:that|this)|jusqu a la fin|until the end"
    r"|until (?:he|she|they|i) leaves?|jusqu a (?:son|sa|mon|ma) depart|combien de temps encore"
    r"|how much longer|how long (?:can|could) (?:he|she|i|we|they) (?:keep|go on))\b"
)
_FOR_EVERYONE = re.compile(
    r"\b(?:clicked|click\w*|said|pressed|chose|cliqu\w*|repondu|dit) (?:\w+ ){0,2}?"
    r"(?:no|non|not now|pas maintenant|later|plus tard)"
    r" (?:for|pour|a la place de|on behalf of) (?:everyone"
    r"|everybody|all of us|the whole team|us all|tout le monde|nous tous|toute l equipe|tous)\b"
)


def ready_after_putting_off(text: str) -> bool:
    """The popup put off until now, the customer ready to do it: the steps."""
    words = plain(text)
    ready = _PUT_OFF.search(words) and _READY.search(words) and not _LAST.search(words)
    ready = ready and not _NO_TIME.search(words)
    return bool(ready) and not skipped_until_now(text)


def asks_how_long_putting_off_lasts(text: str) -> bool:
    """The popup put off every time, and asked to last (until leaving): the 28 days."""
    words = plain(text)
    return bool(_PUT_OFF.search(words) and _LAST.search(words)) and not skipped_until_now(text)


def declined_for_everyone(text: str) -> bool:
    """Someone said « non » to the popup for everyone: each user's, and only a delay."""
    return bool(_FOR_EVERYONE.search(plain(text)))


# what « Non, pas maintenant » does, asked at the end of a long message ("…I logged in and there's
# a popup with yes or not now. what does not now do exactly?": the general steps 0.52; sixty-
# seventh outside check, F2): the 28 days, which say what it does
_NOT_NOW_ASKED = re.compile(
    r"\bwhat (?:does|will|would) (?:the )?(?:non pas maintenant|pas maintenant|not now)"
    r"(?: button| option)? (?:do|mean|change)\b"
    r"|\bwhat happens if (?:i|we) (?:click|press|choose|pick|hit|tap) (?:on )?(?:the )?"
    r"(?:non pas maintenant|pas maintenant|not now)\b"
    r"|\b(?:que fait|a quoi sert|ca fait quoi|qu est ce que fait"
    r"|que se passe t il si je clique sur) (?:le bouton |l option )?(?:non pas maintenant"
    r"|pas maintenant)\b"
    r"|\b(?:non pas maintenant|pas maintenant) (?:ca fait quoi|sert a quoi|c est quoi)\b"
)
# still using the portal today asked, with the popup put off (« ok not now then. can i still use
# the portal today? »: out of scope 0.25; sixty-seventh outside check, F6)
_STILL_USE = re.compile(
    r"\b(?:can|could|may) (?:i|we) still (?:use|access|get into|log into|log in to|work on|work in)"
    r" (?:the portal|the site|it|my account|m2m\w*)\b"
    r"|\b(?:je peux|on peut|puis je) (?:toujours|encore) (?:utiliser|acceder a|aller sur|travailler"
    r" sur) (?:le portail|le site|mon compte|m2m\w*)\b"
)


def asks_what_not_now_does(text: str) -> bool:
    """What the popup's « Non, pas maintenant » does, asked."""
    return bool(_NOT_NOW_ASKED.search(plain(text)))


def still_uses_the_portal_after_putting_off(text: str) -> bool:
    """The popup put off, whether the portal can still be used asked."""
    words = plain(text)
    return bool(_PUT_OFF.search(words) and _STILL_USE.search(words))


# both buttons asked at once (« c quoi la difference entre oui je veux et non pas maintenant sur la
# fenetre ? »: the steps alone; "what happens if i click no not now? and what does the yes button
# do exactly": the 28 days alone; sixty-eighth outside check, F9): what each one does
_YES_BUTTON = re.compile(
    r"\b(?:oui je veux|yes i want|(?:le |the )?(?:bouton |button )?oui(?: button)?"
    r"|(?:the )?yes(?: button| option)|le bouton oui)\b"
)
_NOT_NOW = re.compile(r"\b(?:non pas maintenant|pas maintenant|not now|no not now)\b")
_BOTH_ASKED = re.compile(
    r"\b(?:difference|differences|differ|what (?:does|do|happens)|que (?:fait|font)|ca fait quoi"
    r"|c est quoi|c quoi|a quoi (?:sert|servent)|each (?:one|button|option)|chacun|chaque bouton)\b"
)


def asks_what_both_buttons_do(text: str) -> bool:
    """Both of the popup's buttons named, what they do asked."""
    words = plain(text)
    named = _YES_BUTTON.search(words) and _NOT_NOW.search(_YES_BUTTON.sub(" ", words))
    return bool(named and _BOTH_ASKED.search(words))
