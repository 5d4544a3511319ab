"""Markup typed or pasted into the chat is not the customer's words.

"<script>alert(1)</script> mon code marche pas" was answered as out of scope: the
classifier read "script alert" and missed the question after it (twenty-fourth outsider
check, A12). The widget shows text, never HTML, and the agent console escapes it; for
understanding, a script or style block is dropped with its content, and any other tag is a
space ("<b>hi</b> how do I turn on 2FA?" keeps "hi"). The message itself is stored as sent.
"""

from __future__ import annotations

import re

_BLOCK = re.compile(r"<\s*(script|style)\b[^>]*>.*?(?:<\s*/\s*\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<!--.*?-->|<\s*/?\s*[a-zA-Z][^<>]*>", re.DOTALL)


def without_markup(text: str) -> str:
    """The text with script/style blocks removed and other tags as spaces."""
    if "<" not in text:
        return text
    return " ".join(_TAG.sub(" ", _BLOCK.sub(" ", text)).split())
