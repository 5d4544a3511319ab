"""Another reset request asked for ("open another one just in case"): the reset, not a resend.

Right after a ticket was opened, "can you open another one just in case" was read as a new
code asked for (0.53) and got "I have not sent a new code: the last one left less than a
minute ago" (thirtieth outsider check, finding 6). Opening is what tickets and requests get;
codes are sent. Read as the reset asked for, whose request the backend keeps to one per
account ("a reset request is already open for your account").
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_OPEN_ANOTHER = re.compile(
    r"\b(?:open|file|create|start|raise|submit)\b(?: \w+)? (?:another|a new|a second|one more)"
    r"(?: one| ticket| request| case| reset)?\b"
    r"|\b(?:ouvr\w*|lanc\w*|fai\w*|cre\w*)\b(?: \w+)? (?:une autre|un autre|une nouvelle|un nouveau"
    r"|une deuxieme|un deuxieme|une seconde|un second)(?: demande| ticket| dossier)\b"
)


def asks_to_open_another(text: str) -> bool:
    """The customer asks to open another reset request or ticket."""
    return bool(_OPEN_ANOTHER.search(plain(text)))
