"""A password typed with a question: the question, read without the password.

"my password is Demo-2FA-2024 and my email is grace@demo.m2m, can you log me in? the SMS never
came" got the password's warning (bot/rasa_ext/guard.py masks it before the NLU reads the
message), then "I can only help with two-factor authentication": the masked password, the email
and "log me in" read as out of scope (sixty-first outside check, F7). The SMS that never came is
the question; the warning has already said the chat needs no password.
"""

from __future__ import annotations

import re

from bot.nlu.never_came import says_it_never_came
from bot.plain_text import plain

# the password's mask (bot/rasa_ext/scrub.py SECRET_MASK: eight bullets), as the NLU sees it
_MASKED = re.compile("•{8}")
# "le sms arrive jamais", « le code est jamais venu » (typed without the "n'")
_NEVER_LOOSELY = re.compile(
    r"\b(?:sms|code|codes|texto|textos|text|message)\b(?: \w+){0,2}? (?:arrive|arrivent|vient"
    r"|viennent|venu|recu|arrived|came|comes)\w* (?:jamais|pas|never)\b"
)


def password_typed_code_never_came(text: str) -> bool:
    """A password was typed (and masked), and the code's SMS told never to have come."""
    if not _MASKED.search(text):
        return False
    words = plain(text)
    return says_it_never_came(words) or bool(_NEVER_LOOSELY.search(words))
