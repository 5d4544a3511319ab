"""A thanks that also closes the conversation: no "anything else?" after "that's all".

"thanks, that's all for today!" and « Merci pour votre aide, bonne journée ! » got "You're
welcome! Anything else about two-factor authentication?" (DEV26, DEV27, written blind): the
customer had just said there was nothing else. The thanks' answer then says goodbye, and where
support is if something comes up later (bot/rasa_ext/nlg.py FOCUS, `_goodbye`).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_CLOSES = re.compile(
    r"\b(?:that s all|thats all|that is all|that s it|all good now|all sorted|i m done|we re done"
    r"|bye|goodbye|good bye|see you|see ya|take care|have a (?:good|nice|great) (?:one|day|evening"
    r"|weekend|week end|afternoon)|c est tout|ce sera tout|ca sera tout|au revoir|bonne journee"
    r"|bonne soiree|bonne fin de journee|bon week end|bon weekend|bonne semaine|a plus|a bientot"
    r"|a la prochaine|ciao|tchao|salut"
    # "thanks, good evening" (fifty-eighth outside check, F6: "anything else?")
    r"|good evening|good night|goodnight|bonne nuit)\s*$"
)


def says_goodbye_too(text: str) -> bool:
    """The message ends on a goodbye or "that's all" (a thanks before it)."""
    words = plain(text)
    for tail in (" for today", " pour aujourd hui", " pour moi", " for now"):
        words = words.removesuffix(tail)
    return bool(_CLOSES.search(words))
