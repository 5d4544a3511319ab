"""A person asked for in a given language: the handoff, in that language.

"Can I talk to someone de chez vous en français svp ?" was the language question (0.70): the
language is how the customer wants to be helped, the person is what they ask for (DEV11, a
blind set: the handoff expected, "I can answer in French or in English" given). The reading
moves only the language question; the reply's language is the message's, as always
(bot/nlu/language.py).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_PERSON = re.compile(
    r"\b(?:talk|speak|chat|discuss)\s+(?:to|with)\s+(?:someone|somebody|a person|a human|an agent"
    r"|a real person|an advisor|an adviser|a colleague|a member|one of you|a rep|staff)"
    r"|\b(?:parler|discuter|echanger)\s+(?:a|avec)\s+(?:quelqu un|une personne|un humain"
    r"|un conseiller|une conseillere|un agent|un technicien|une vraie personne|quelqu un de chez)"
    r"|\b(?:un conseiller|une conseillere|un humain|a human|an agent|a real person|quelqu un)"
    r"\s+(?:qui parle|who speaks|speaking|parlant)"
)


def asks_for_a_person(text: str) -> bool:
    """The customer asks to talk to a person (in a language, or not)."""
    return bool(_PERSON.search(plain(text)))
