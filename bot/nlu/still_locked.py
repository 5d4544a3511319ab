"""Whether the account is still locked, asked: the customer's own status, not "it still fails".

After an agent's unlock, « je suis toujours bloqué ? » was heard as "it still doesn't work"
(0.50, the status 0.39) and got "sorry it still doesn't work… talk to someone", though the
account was no longer locked and the status answer says so (forty-eighth outsider check, F13).

Narrow on purpose: the lock asked about as a question ("?", « est-ce que », "am I", "is my
account"); « c'est toujours bloqué » said flatly stays the still-failing answer.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_STILL_LOCKED = re.compile(
    r"\b(?:(?:je suis|suis je|j suis|chuis|est ce que je suis|mon compte est(?: il)?"
    r"|est ce que mon compte est|le compte est(?: il)?|am i|is my account|is the account"
    r"|is it|are we)) (?:toujours|encore|still) (?:bloque\w*|verrouille\w*|locked(?: out)?"
    r"|blocked)\b"
)
_ASKED = re.compile(r"\?\s*$|\b(?:est ce que|suis je|am i|is my|is the|is it|are we)\b")


def asks_if_still_locked(text: str) -> bool:
    """The customer asks whether they (or their account) are still locked."""
    words = plain(text)
    return bool(_STILL_LOCKED.search(words)) and bool(
        _ASKED.search(text.lower()) or _ASKED.search(words)
    )


# ...or the lock's state asked with no "still": « c'est bon je suis débloqué ? », "can I log in
# now?" after an agent's unlock (the method's line alone came, never that the account is no
# longer locked: sixty-third outside check, F11); not the tries before it ("how many tries
# before it locks?")
_LOCK_STATE = re.compile(
    r"\b(?:debloque\w*|unlocked|still (?:locked|blocked)|am i (?:still )?(?:locked|blocked)"
    r"|is (?:it|my account) (?:still )?(?:locked|blocked)|(?:suis je|je suis|est il|c est)"
    r" (?:encore |toujours )?(?:bloque|verrouille)\w*)\b"
)
_LOG_IN_NOW = re.compile(
    r"\b(?:can i|may i|could i|je peux|puis je|on peut)\b (?:\w+ )?(?:log in|login|sign in"
    r"|me connecter|me reconnecter|acceder|entrer)\b.{0,15}\b(?:now|maintenant|again|de nouveau"
    r"|a nouveau)\b"
)


def asks_about_the_lock_state(text: str) -> bool:
    """Whether the account is (still) locked, or may be logged in to now, asked."""
    words = plain(text)
    return asks_if_still_locked(text) or bool(
        _LOCK_STATE.search(words) or _LOG_IN_NOW.search(words)
    )
