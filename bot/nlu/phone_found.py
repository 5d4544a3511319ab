"""A phone found again: nothing to reset any more, the request stops.

Logged in, inside the reset's identity check, "finalement non, j'ai retrouvé mon téléphone"
was read as a phone changed (0.52), whose rule in the form asks the email again; the customer
who had found the phone looped on the question (thirtieth outsider check, finding 5; "actually
I found it, no need anymore", read as a no, did stop). A phone said found (or back) is a
cancel: in a form it stops with "nothing was changed", elsewhere it gets "anything else?".
Not when something is still wrong with it (the app gone, a code refused, "but"), which is
still the reset's or the classifier's.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_PHONE = r"(?:phone|smartphone|mobile|iphone|telephone|portable|tel)"
# found again, said of the phone or of "it" ("je l'ai retrouvé"): not access recovered
# ("comment je récupère l'accès ?" is the reset)
_FOUND = re.compile(
    rf"\b(?:(?:ai|a) retrouve (?:mon |le |son )?{_PHONE}|l ai retrouve|l a retrouve"
    rf"|{_PHONE} (?:est |a ete )?retrouve"
    rf"|found (?:it|my {_PHONE}|the {_PHONE})|got (?:it|my {_PHONE}) back|{_PHONE} is back)\b"
)
# still something wrong: not a change of mind
_STILL_WRONG = re.compile(
    r"\b(?:mais|but|however|sauf|except|plus (?:l appli|d appli|rien)|n y a plus|vide|empty"
    r"|efface\w*|supprim\w*|deleted|gone|wiped|reset|reinitialis\w*|casse\w*|broken|refuse\w*"
    r"|rejected|ne marche|doesn t work|not working|no longer"
    # found, but dead ("we only found it after the thaw. It won't switch on any more": DEV95)
    r"|won t|wont|will not|doesn t|does not|any ?more|dead|ne s allume|ne demarre|ne fonctionne"
    r"|hs|mort)\b"
)


def phone_found_again(text: str) -> bool:
    """The customer says the phone was found again, and nothing else is wrong."""
    words = plain(text)
    return bool(_FOUND.search(words)) and not _STILL_WRONG.search(words)
