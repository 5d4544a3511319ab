"""A reset wanted after all: the reset's offer again, not a yes with nothing to say yes to.

Logged in, after a reset request cancelled, "finalement je veux bien la réinitialisation" was
read as a yes (0.27) with nothing pending and got "Très bien. Puis-je vous aider pour autre
chose ?"; "actually I do want the reset after all" fell back (twenty-eighth outsider check).
A change of mind ("finalement", "en fait", "after all", "on second thought"…) asking for the
reset (its name: réinitialisation, reset, ticket; a verb of wanting or opening) is read as
the reset asked for (`phone_changed`, whose answer offers the request again:
rules/actions.yml). A change of mind that says no
("finalement non, annulez la réinitialisation") is left alone, and so is a plain yes with no
change of mind ("oui ouvrez le ticket" answers the form's question as a yes).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_CHANGED_MIND = re.compile(
    r"\b(?:finalement|en fait|apres reflexion|tout compte fait|change d avis|changer d avis"
    r"|after all|on second thought|changed my mind|in the end)\b"
)
# asked for, not asked about ("finalement, où en est ma demande de réinitialisation ?" is its
# status); "actually" is left out: "is anyone actually working on my reset ticket?"
_WANTED = re.compile(
    r"\b(?:veux|voudrais|voudrait|souhait\w*|ouvr\w*|lanc\w*|faites|fais|oui|ok|go|want\w*"
    r"|open|start|yes|do it|please|pls)\b"
)
_RESET = re.compile(r"\b(?:reinitialis\w*|reset\w*|ticket\w*)\b")
# a change of mind that stops or refuses: the cancel's or the no's, not the reset's
_REFUSED = re.compile(
    r"\b(?:pas|plus|jamais|rien|non|not|no|dont|never|annul\w*|cancel\w*|drop|stop\w*"
    r"|arret\w*|laisse\w*|oubli\w*|forget)\b|n t\b"
)


def wants_the_reset_after_all(text: str) -> bool:
    """The customer changes their mind and asks for the reset."""
    words = plain(text)
    asked = _CHANGED_MIND.search(words) and _RESET.search(words) and _WANTED.search(words)
    return bool(asked) and not _REFUSED.search(words)
