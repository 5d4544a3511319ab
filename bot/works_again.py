"""It works now: the problem a form was started for is gone, so the form stops.

Inside the reset's identity check, "c'est bon ça marche, merci" and "actually nevermind, my
phone clock was wrong, it works now. thanks!" were read as a thanks (0.85-0.99), whose rule in
a form says "let's carry on" and asks the email again: the customer whose login worked again
looped on the question until a goodbye (thirtieth outsider check, finding 5; "actually I found
it, no need anymore", read as a no, did stop). A thanks that says it works (again, now) stops
the form with "nothing was changed" (actions/form_thanks.py); a plain thanks, or "c'est bon"
alone (which is also "ok, go on"), still carries on.

Shared by the action server (which does not load Rasa) and the tests; a thanks that says it
works outside a form is a thanks (its training lines say so: "thanks, it works now").
"""

from __future__ import annotations

import re

from bot.plain_text import plain

# said working: works, marche, fonctionne, solved, fixed... (not "c'est bon" alone)
_WORKS = re.compile(
    r"\b(?:ca|ça|c|sa|tout|it|everything|all|that|this)? ?(?:re)?(?:marche|fonctionne|works"
    r"|is working|s working|working)\b"
    r"|\b(?:c est |cest |probleme |problem |issue )?(?:regle|resolu|solved|fixed|sorted)\b"
    r"|\b(?:j ai reussi|i managed|i got it working|got it working|all good now|ca y est"
    r"|c est bon maintenant|good now|ok now|fine now)\b"
)
# still failing, or asking about it: not a change of mind
_NOT = re.compile(
    r"\b(?:pas|plus|toujours|encore|jamais|not|no longer|never|still|don t|doesn t|didn t|isn t"
    r"|won t|can t|ne|n|si|if|quand|when|comment|how|why|pourquoi|est ce que)\b|\?"
)

# "never mind, it works now" is no "never"
_NEVER_MIND = re.compile(r"\bnever ?mind\b")


def says_it_works(text: str) -> bool:
    """The message says the problem is gone (it works, solved), with no "not" or question."""
    words = _NEVER_MIND.sub(" ", plain(text or ""))
    if "?" in (text or "") or not _WORKS.search(words):
        return False
    return not _NOT.search(words)
