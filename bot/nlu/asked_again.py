"""The email and password asked again after the first ones: step 4 of the set-up, not a bug.

"Après avoir tapé mon mot de passe on me redemande encore mon email et mon mot de passe, c'est
un bug ?" was out of scope (0.52; thirty-second outsider check, finding 2). The article's
step 4 says it: after « Continuer », log in again with the email and password, then choose the
method. The set-up's steps answer it.

Narrow on purpose: the login asked *again* ("redemande", "again", "ressaisir"); a password
forgotten or refused is out of scope.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_AGAIN = re.compile(
    r"\b(?:redemande\w*|re demande\w*|demande (?:encore|a nouveau|de nouveau)|ressaisir|resaisir"
    r"|retaper|re taper|asks? (?:me )?(?:for (?:my |the )?\w+ )?again|asked (?:me )?"
    r"(?:for (?:my |the )?\w+ )?again|again for|re enter|reenter|log in again|sign in again)\b"
    # typed twice ("why do I have to enter my email and password twice?": fifty-ninth outside
    # check, F8), not "we use the portal twice a month"
    r"|\b(?:enter|type|put in|give|taper|saisir|entrer|rentrer|donner|asks? for|asked for"
    r"|redemand\w*|demand\w*)\b(?: \w+){0,5}? (?:twice|deux fois|a second time"
    r"|une deuxieme fois|une seconde fois)\b"
)
_LOGIN = re.compile(
    r"\b(?:email|e mail|mail|identifiant\w*|mot de passe|mdp|password|login|credentials"
    r"|username)\b"
)
_LOG_IN_AGAIN = re.compile(r"\b(?:log|sign) in again\b")
# every login, not once: remembering the device's question ("it asks me to log in again every
# time")
_EVERY_TIME = re.compile(
    r"\b(?:every|each|chaque|a chaque|tous les|toutes les|all the time|tout le temps)\b"
)
_PASSWORD_ITSELF = re.compile(
    r"\b(?:forgot|forgotten|oublie|oubli|reset|reinitialis\w*|wrong password|mauvais mot de passe"
    r"|incorrect|refuse|rejected|expired|expire)\b"
)


# the customer's own next login, not one asked for ("…I'm off on a six-week contract abroad and
# won't log in again until I'm back": the 28 days; DEV107, written blind)
_OWN_NEXT_LOGIN = re.compile(
    r"\b(?:won t|will not|wont|don t|do not|not|ll|will|never|until i|before i|ne)"
    r" (?:\w+ )?(?:log|sign) in again\b"
)


def login_asked_again_once(text: str) -> bool:
    """The login asked again once, whether it is normal asked ("it asked me to log in again, is
    that normal?": remembering the device 0.52; "why do I have to enter my email and password
    twice?": why 0.51; fifty-ninth outside check, F8), not at every login."""
    words = plain(text)
    asked = _AGAIN.search(words) and (_LOGIN.search(words) or _LOG_IN_AGAIN.search(words))
    once = asked and not _PASSWORD_ITSELF.search(words) and not _EVERY_TIME.search(words)
    return bool(once) and not _OWN_NEXT_LOGIN.search(words)


def login_asked_again(text: str) -> bool:
    """The portal asks the email and password again (the set-up's step 4)."""
    words = plain(text)
    return bool(
        _AGAIN.search(words) and _LOGIN.search(words) and not _PASSWORD_ITSELF.search(words)
    )
