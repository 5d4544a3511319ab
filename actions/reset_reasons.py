"""The reason of a reset request said in the customer's own words ("j'ai perdu mon
téléphone", "I've got a new phone") at the reason question, besides the buttons.

Only the three reasons the backend accepts; a sentence naming none of them gives None and
the form asks again. Checked in this order because a lost phone often comes with a new one,
and "nouveau numéro" is a changed number, not a new phone.
"""

from __future__ import annotations

import re
import unicodedata

PATTERNS = (
    ("lost_phone", r"\b(perdu|perte|vole|vol|egare|lost|stolen|missing|broke|broken|casse)\b"),
    ("changed_number", r"\b(numero|number|num|sim)\b"),
    (
        "new_phone",
        r"\b(nouveau|nouvel|new|change|changed|remplace|replaced|autre|another)\b"
        r".{0,20}\b(telephone|portable|smartphone|mobile|phone|iphone|android|appareil|device)\b",
    ),
)
MAX_TEXT = 300


def _plain(text: str) -> str:
    """Lower case without accents: "Téléphone" -> "telephone"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def reason_in_text(text: object) -> str | None:
    """changed_number / lost_phone / new_phone named in `text`, or None."""
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        return None
    plain = _plain(text)
    for reason, pattern in PATTERNS:
        if re.search(pattern, plain):
            return reason
    return None
