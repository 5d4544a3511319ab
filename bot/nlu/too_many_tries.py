"""What happens after too many wrong codes, or how many are allowed: the lock, not the 28 days.

"et si je me trompe trop de fois ?" was the 28 days (0.72): "et si" and "trop de fois" are how
people ask about the delay (thirty-fourth outsider check, F1). The customer asks about the one
mistake they cannot undo alone, and the assistant knows the rule: after LOCK_AFTER_FAILURES
wrong codes in a row the account is locked and only support unlocks it
(utter_code_rejected_too_many, through bot/rasa_ext/nlg.py's FOCUS).

Only a question about too many (or how many) wrong codes or tries; a code refused "several
times" today is the refused code's checks, which the classifier already gives.
"""

from __future__ import annotations

import re

from bot.nlu.password_difference import PASSWORD
from bot.nlu.skipped_until_now import POSTPONING_WORDS
from bot.plain_text import plain

_TOO_MANY = re.compile(
    # one more mistake after the lock's rule ("et si je me trompe encore une fois ?": the 28
    # days; sixty-first outside check, F2)
    r"\b(?:(?:si|if) (?:je|j|on|i|we) (?:me |m )?(?:trompe|get it wrong|make a mistake|mess up"
    r"|type (?:it |the code )?wrong)(?: \w+){0,2}? (?:encore|une fois de plus|de nouveau|again"
    r"|one more time|once more)"
    r"|trop de (?:fois|codes?|essais|tentatives|erreurs)|trop souvent"
    r"|too many (?:times|codes?|tries|attempts|wrong|bad|incorrect|mistakes|errors|failed)"
    r"|too often)\b"
)
_HOW_MANY = re.compile(
    r"\b(?:combien (?:de|d) (?:fois|codes?|essais|tentatives|erreurs|chances|mauvais)"
    r"|how many (?:times|tries|attempts|wrong|bad|incorrect|codes?|mistakes|goes|chances|failed)"
    r"|nombre (?:d essais|de tentatives|d erreurs|maximum)"
    r"|max(?:imum)? (?:number of )?(?:tries|attempts|essais|tentatives))\b"
)
_MISTAKE = re.compile(
    r"\b(?:trompe\w*|erron\w*|faux|fausses?|mauvais\w*|incorrect\w*|erreurs?|wrong|bad"
    r"|mistakes?|errors?|mess(?:ed)? up|mistyp\w*|fail\w*|invalid\w*)\b"
)
_LOCK = re.compile(r"\b(?:bloqu\w*|blocage|verrouill\w*|lock\w*|block\w*|suspend\w*)\b")
_CODE = re.compile(r"\b(?:code|codes|essais?|tentatives?|tries|attempts?|otp)\b")
# the popup's "not now" pressed too often: the 28 days ("le bouton « Non, pas maintenant »
# marche combien de fois ? après c'est bloqué ?", "si on refuse trop souvent l'écran")
_POSTPONE = re.compile(
    rf"\b(?:{POSTPONING_WORDS}|popup|pop up|ecran|fenetre|screen|window|bouton|button|prompt)\b"
)


def asks_about_too_many_tries(text: str) -> bool:
    """Asks what too many wrong codes lead to, or how many tries there are before the lock."""
    words = plain(text)
    # wrong passwords lock the portal's login, not the second step: out of scope
    if PASSWORD.search(words) or _POSTPONE.search(words):
        return False
    if asks_what_the_lock_is(text):
        return True
    if _TOO_MANY.search(words):
        return bool(_MISTAKE.search(words) or (_LOCK.search(words) and _CODE.search(words)))
    if _HOW_MANY.search(words):
        return bool(_LOCK.search(words) or (_MISTAKE.search(words) and _CODE.search(words)))
    return False


# the number of tries before the lock asked, not a lock told ("how many tries do I have before
# I'm locked?": the status 0.91, which gave the account's state and no number; forty-third
# outsider check, F4). "account locked after too many tries" is the status (the training data's)
_HOW_MANY_BEFORE = re.compile(
    r"\b(?:how many (?:tries|attempts|goes|chances|wrong codes|mistakes|errors|times)"
    r"|combien (?:d essais|de tentatives|de fois|d erreurs|de codes faux|de mauvais codes"
    r"|de chances))\b.{0,40}\b(?:before|avant|until|jusqu)\b"
)


def asks_how_many_tries_before_the_lock(text: str) -> bool:
    """The customer asks how many tries they have before the account is locked."""
    return bool(_HOW_MANY_BEFORE.search(plain(text)))


# the lock itself asked about ("c'est quoi le verrouillage ?" after the refused code's answer,
# which names it: what 2FA is; forty-fifth outsider check, F1): the lock rule, which the
# refused code's `_too_many` answer gives first (bot/rasa_ext/nlg.py FOCUS)
_WHAT_LOCK = re.compile(
    r"\b(?:c est quoi|qu est ce que|ca veut dire quoi|what is|what s|what does|whats)"
    r" (?:le |la |l |un |the |a |this |that |ce |cette )?(?:verrouillage|blocage|lock|lockout"
    r"|lock out|locking|compte (?:verrouille|bloque)|locked account)\b"
    r"|\b(?:verrouillage|blocage|lockout)\b (?:c est quoi|ca veut dire quoi|means what)\b"
)


def asks_what_the_lock_is(text: str) -> bool:
    """The lock (after wrong codes) asked about: what it is."""
    return bool(_WHAT_LOCK.search(plain(text)))


# the tries left asked, in any words ("how many attempts I have left", « j'ai encore droit à
# combien de tentatives »): the status says the account's own count and the rule, wrong codes
# typed or not (actions/status.py tries_left_line; sixty-first outside check, F2)
_TRIES_LEFT = re.compile(
    r"\b(?:tries|attempts|goes|chances|essais|tentatives|chances) (?:\w+ )?(?:left|remaining"
    r"|restants?|restantes?|qui (?:me |nous )?rest\w*)\b"
    r"|\b(?:il me reste|il nous reste|reste t il|encore droit a|j ai encore) combien"
    r" (?:d essais|de tentatives|de chances|de fois|de codes|d erreurs)\b"
    r"|\bencore droit a combien\b"
    r"|\bcombien (?:d essais|de tentatives|de chances|de fois) (?:il me reste|me reste|restant"
    r"|encore|j ai encore|avant)\b|\bhow many (?:more )?(?:tries|attempts|goes|chances|times)\b"
)


def asks_how_many_tries_left(text: str) -> bool:
    """The tries left before the lock asked, or how many there are."""
    words = plain(text)
    return bool(_TRIES_LEFT.search(words) or _HOW_MANY_BEFORE.search(words)) and not (
        PASSWORD.search(words) or _POSTPONE.search(words)
    )
