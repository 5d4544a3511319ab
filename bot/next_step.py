""" "And then?": a message that asks for what comes next and names no topic of its own.

Its meaning is the step after the assistant's last answer ("et après ?" after what 2FA is:
how to enable it), so the answer comes from the conversation, in action_fallback
(actions/fallback.py, NEXT_STEP), never from the classifier. The classifier used to read it
now as "cancel", now as "affirm", depending on the training: "and then?" got "Okay, I've
stopped here" (twelfth session, after a data change). The NLU therefore always falls back on
it (bot/nlu/fallback.py), and the fallback answers from the last answer, or asks to rephrase.
Shared by both sides so that the two can never disagree on what such a message is.
"""

from __future__ import annotations

import re

# "et après ?", "and then?", "what now?", "ok and next", "la suite ?" (tenth outsider check,
# finding 5: in English such follow-ups fell back every time)
AND_THEN = re.compile(
    r"^\W*(?:(?:ok|okay|d'?accord|right|so|donc|bon)\W+)?(?:and|et)?\W*"
    r"(?:then(?: what)?|after(?: that)?|next|what next|what now|now what|apr[eè]s|ensuite|puis"
    r"|la suite|et maintenant|maintenant)\W*$",
    re.IGNORECASE,
)
