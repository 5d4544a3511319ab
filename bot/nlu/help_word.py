""" "aide" or "help" alone, as a first word: a greeting that asks for the question.

"aide" was "it still doesn't work" (« Désolé que cela ne fonctionne toujours pas »), as if
something had failed before, while "help" got the greeting (twenty-ninth outsider check,
finding 8). A call for help with nothing else says nothing of a failure; the greeting asks
what the question is. Only that reading moves.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_HELP_ALONE = re.compile(
    r"^(?:aide|aidez moi|aide moi|help|help me|help pls|help please|sos|au secours"
    r"|besoin d aide|j ai besoin d aide|need help|i need help)$"
)


def only_asks_for_help(text: str) -> bool:
    """The whole message is a call for help."""
    return bool(_HELP_ALONE.match(plain(text).strip()))
