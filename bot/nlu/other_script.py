"""A message written in another alphabet (Arabic, Cyrillic, Chinese…): the assistant reads
French and English only, so it says so, with the support line and email, rather than guess.

« لم أتلق رمز الرسالة القصيرة » ("I did not get the SMS code") was heard as a yes by the
classifier, whose words are all French and English, and got "All right. Can I help you with
something else?" (forty-seventh outsider check, F8). Such a message is settled as out of
scope (bot/nlu/labels.py), and the out-of-scope answer is said in its `_other_language`
wording (bot/rasa_ext/nlg.py, FOCUS): in French and English while the conversation's language
is not decided, which is the case when such a message comes first.

Only letters count: digits, punctuation, emoji and a quoted Latin label ("SMS", « Renvoyer »)
neither make nor unmake it. A message in a Latin alphabet (Spanish, German…) is left to the
classifier and the fallback: its words are often the customer's French or English ones.
"""

from __future__ import annotations

import unicodedata

# at least this many letters outside the Latin alphabet, and this share of all the letters
MIN_LETTERS = 3
MIN_SHARE = 0.6


def written_in_another_script(text: str) -> bool:
    """Most of the message's letters are not Latin ones."""
    letters = [c for c in text if c.isalpha()]
    foreign = [c for c in letters if not unicodedata.name(c, "").startswith("LATIN")]
    return len(foreign) >= MIN_LETTERS and len(foreign) >= MIN_SHARE * len(letters)
