""" "I can't log in, that's the whole problem": it still fails, told in answer to "log in first".

"mais je peux pas me connecter justement, c'est tout le problème", right after "to open the
request, log in on the portal first (or call support if you can't pass the password)", was the
28 days (0.35) and got "log in on the portal" again (thirty-sixth outsider check, finding 5).
The customer says the way given is closed to them: it still fails, and what comes next is the
answer's own way out, the support line and a person (actions/still_failing.py).

Narrow on purpose: not being able to log in, with a word that answers what was just said
(justement, c'est (tout) le problème, that's the (whole) problem, exactly, I told you); "je ne
peux pas me connecter" alone is a question about one's own access, the status.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_CANNOT_LOG_IN = re.compile(
    r"\b(?:je (?:ne |n )?(?:peux|peut|pe|arrive) (?:pas|plus) (?:a )?(?:me )?(?:connecter|co|log)"
    r"|impossible de me connecter|j arrive pas a me connecter|pas moyen de me connecter"
    r"|(?:i|we) (?:can t|cannot|can not|couldn t|am unable to|m unable to) (?:even )?"
    r"(?:log ?in|login|sign in|get in|connect)|unable to log ?in"
    # no access to the portal at all ("et si j'ai pas accès au portail du tout ?" after "log in
    # first" got the 28 days: forty-first outsider check, F2)
    r"|(?:j ai|jai|je n ai|on n a|on a) (?:pas|plus|aucun) (?:d )?acces (?:au portail|au site"
    r"|a mon compte|a m2mmanager)|(?:i have|i ve got|i ve|we have) no access (?:to the portal"
    r"|to my account|at all)|(?:can t|cannot|can not) (?:get into|access) (?:the portal|my account"
    r"|m2mmanager)"
    # not logged in, since that is what fails (« bah je suis pas connecté puisque j'y arrive pas »
    # after "log in first": the fallback; forty-eighth outsider check, F5)
    r"|(?:je (?:ne )?suis pas|j suis pas|chuis pas|jsuis pas|i m not|i am not|im not)"
    r" (?:connecte|connectee|logged in|log in|connected|signed in))\b"
)
_THAT_IS_THE_POINT = re.compile(
    r"\b(?:justement|c est (?:bien |tout |justement )?(?:le|ca le) (?:probleme|souci|soucis)"
    r"|c est ca le probleme|that s (?:the |my |exactly the )?(?:whole )?(?:problem|issue|point)"
    r"|that is (?:the |my )?(?:whole )?(?:problem|issue|point)|exactly|precisement|je vous l ai dit"
    r"|i told you|i just said|je viens de (?:le )?dire|as i said|comme je (?:l ai|vous l ai) dit"
    # the same asked as a "what if" right after "log in first" (F2 above)
    r"|et si|what if|and if|mais si"
    # « puisque j'y arrive pas », "since I can't" (F5 above)
    r"|puisque|vu que|since i can t|because i can t|as i can t)\b"
)


def says_it_cannot_log_in_anyway(text: str) -> bool:
    """The customer answers that they cannot log in, which is the problem."""
    words = plain(text)
    return bool(_CANNOT_LOG_IN.search(words) and _THAT_IS_THE_POINT.search(words))


def says_it_cannot_log_in(text: str) -> bool:
    """The customer says they cannot log in (the status's answer then gives the ways out, not
    "log in to see your situation")."""
    return bool(_CANNOT_LOG_IN.search(plain(text)))
