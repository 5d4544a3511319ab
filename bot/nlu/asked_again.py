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
)
_LOGIN = re.compile(
    r"\b(?:email|e mail|mail|identifiant\w*|mot de passe|mdp|password|login|credentials"
    r"|username)\b"
)
_PASSWORD_ITSELF = re.compile(
    r"\b(?:forgot|forgotten|oublie|oubli|reset|reinitialis\w*|wrong password|mauvais mot de passe"
    r"|incorrect|refuse|rejected|expired|expire)\b"
)


def login_asked_again(text: str) -> bool:
    """The portal asks the email and password again (the set-up's step 4)."""
    words = plain(text)
    return bool(
        _AGAIN.search(words) and _LOGIN.search(words) and not _PASSWORD_ITSELF.search(words)
    )
