"""How the second step differs from the password: what 2FA is.

"Quelle différence entre cette vérification en deux étapes et mon mot de passe habituel ? Je
ne vois pas ce que ça ajoute." fell back (what 2FA is and why it exists, 0.38 each: a tie;
DEV21, written blind). The difference with the password is what the article's first answer
says: something you know, then a code from something you have.

Narrow on purpose: a difference or a comparison asked ("différence", "en quoi c'est
différent", "compared to", "vs") with the password named; heard as why 2FA, or as what it is
in a tie, which this settles.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_DIFFERENCE = re.compile(
    r"\b(?:difference|differences|different|differe|differ|differs|compare\w*|comparaison"
    r"|par rapport (?:a|au)|versus|vs|en quoi c est|how is it (?:any )?(?:different|better)"
    r"|what does it add|ce que ca ajoute|ca ajoute quoi)\b"
)
# the password named, in either language (bot/nlu/unlock_asked.py and too_many_tries.py read it
# too: a lock after wrong passwords is the portal's, out of scope)
PASSWORD = re.compile(r"\b(?:mot de passe|mots de passe|mdp|password|passwords|pwd|passcode)\b")


def asks_how_it_differs_from_the_password(text: str) -> bool:
    """The customer asks how the second step differs from the password."""
    words = plain(text)
    return bool(_DIFFERENCE.search(words) and PASSWORD.search(words))


# whether the password is needed or asked for ("wait, is my password needed?" at the identity
# check's email question got "Sorry, I can only help with two-factor authentication…": forty-
# ninth outsider check, F5). The answer is that it is never asked here (bot/rasa_ext/nlg.py FOCUS)
_NEEDED = re.compile(
    r"\b(?:is|are|will) (?:my |the )?(?:password|passwords) (?:be )?(?:needed|required|necessary"
    r"|asked)\b"
    r"|\b(?:do|will|would) you (?:need|want|require) (?:my|the) password\b"
    r"|\b(?:should|do|must) i (?:give|type|send|tell|enter) (?:you )?(?:my|the) password"
    r"(?: here)?\b"
    r"|\b(?:vous avez|tu as|t as|vous aurez) besoin (?:de|du) (?:mon )?mot de passe\b"
    r"|\b(?:faut il|il (?:vous )?faut|vous faut il|je dois vous donner|dois je (?:vous )?donner)"
    r" (?:mon|le) mot de passe\b"
    r"|\bmot de passe (?:est |sera )?(?:necessaire|requis|demande|obligatoire)\b"
)


def asks_if_the_password_is_needed(text: str) -> bool:
    """The customer asks whether their password is needed or to be given."""
    return bool(_NEEDED.search(plain(text)))
