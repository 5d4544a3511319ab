"""A "yes" that hesitates is not a yes: nothing moves on it.

Thirty-third outsider check, finding 1: logged in with an SMS activation waiting, "what if I
want to use an app instead?" got the offer ("answer 'yes' and I'll make the change"); then
"hmm not sure" (affirm 0.34) and "ok wait, let me think" (affirm 0.88) moved the activation to
the app and sent the "method changed" email. The classifier hears the "ok" and the shape of an
answer; the customer said they had not decided. Every account change the chat makes waits for
a yes (a resend, a switch, a reset ticket), so a hesitation read as one is heard as a "no"
instead: the offer stays open and the customer can say yes when ready.
"""

from __future__ import annotations

import re

from bot.nlu.method_in_use import METHOD_WORDS
from bot.plain_text import plain

_HESITATES = re.compile(
    r"\b(?:not sure|unsure|not certain|pas sur|pas sure|pas certain|pas certaine|je sais pas"
    r"|je ne sais pas|sais pas trop|chais pas|jsp|let me think|let me check|let me see|i ll think"
    r"|need to think|think about it|thinking about it|hold on|wait|waiting|attends|attendez"
    r"|je reflechis|reflechir|je vais voir|on verra|peut etre|maybe|perhaps|hmm+|hum+|euh+|heu+"
    r"|not yet|pas encore|pas tout de suite|later|plus tard|don t know|do not know|dunno"
    r"|no idea|aucune idee|not now|pas maintenant)\b"
)


# decided at the end: "no wait, yes", "thinking about it, yes", "hmm ok actually do it",
# "non attendez, si" (training lines of the yes)
_YES_LAST = re.compile(
    r"\b(?:yes|yeah|yep|yup|oui|ouais|si|do it|go ahead|go for it|vas y|allez y|faites le"
    r"|fais le|d accord|ok)\s*$"
)


# ...or decided in so many words ("hmm actually yes, I'd like the call after all" was heard as a
# hesitation, then a no, and the call stayed withdrawn: forty-fifth outsider check, F6)
_DECIDED = re.compile(
    r"\b(?:actually yes|yes actually|after all|en fait oui|finalement oui|oui finalement"
    r"|si finalement|finalement si)\b"
)


# ...or names the method it takes ("hmm ok sms then" after the two methods compared was read
# as a "no": "All right. Anything else?"; fifty-second outsider check, F3): a choice
_METHOD_TAKEN = re.compile(
    rf"\b(?:{METHOD_WORDS})" r"(?: then| alors| donc| please| svp| stp)?\s*$"
)


def hesitates(text: str) -> bool:
    """The message holds back ("not sure", "wait", "let me think", "peut-être") and does not
    end on a yes, nor say it is decided, nor end on the method taken."""
    words = plain(text)
    held_back = _HESITATES.search(words) and not _YES_LAST.search(words)
    return bool(held_back) and not _DECIDED.search(words) and not _METHOD_TAKEN.search(words)
