"""A message as the reading rules match it: lower case, no accents, punctuation as spaces.

"Non, pas maintenant ?" -> "non pas maintenant"; "C'est envoyé à quel n° ?" -> "c est envoye a
quel n". Pure (no Rasa): the Rasa server's readings (bot/nlu/labels.py, bot/rasa_ext/nlg.py)
and the action server's (bot/which_number.py, used by actions/personal.py) share it, so a
rule matches the same words on both sides.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


# cached: the reading rules (bot/nlu/labels.py, ~80 of them) and the answer's focus
# (bot/rasa_ext/nlg.py) each ask for the same message's plain form, once per rule tried
@lru_cache(maxsize=1024)
def plain(text: str) -> str:
    """Lower case, no accents, every run of punctuation and spaces as one space."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", letters).split())


# characters no page, database or log line can take: C0 controls but tab and line breaks, DEL,
# and UTF-16 surrogates (a JSON body may carry "\\ud800" alone: Python keeps it in the str, and
# UTF-8 cannot encode it; a pair is joined by the JSON parser, so any left is unpaired); and the
# bidirectional overrides, embeddings and isolates, which turn the text after them around on an
# agent's screen ("ROUGE \\u202e gnp.exe" shows "exe.png": fifty-eighth outside check, F11)
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def readable(text: str) -> str:
    """`text` with each character that cannot be stored or shown (see _UNREADABLE) replaced by
    U+FFFD, the mark a reader knows as "something unreadable was here".

    Why: a chat message "a\\u0000b\\ud800" was stored as such in the conversation; every agent
    page that showed it (the inbox of misunderstood messages) answered 500, and labelling it
    too (fifty-seventh outside check, F1). Messages are made readable where they come in
    (bot/rasa_ext/guard.py) and where stored ones are read back (bot/rules/conversations.py)."""
    return _UNREADABLE.sub("\ufffd", text)
