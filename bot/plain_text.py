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
