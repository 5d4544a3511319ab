"""Small talk to the assistant itself: out of scope, with the support line.

"Do you ever get tired of answering questions all day?" got the support line's answer as
ask_contact (0.24), « Vous êtes basés où en fait ? Il fait un froid de canard au dépôt ce
matin » the "I am an assistant" answer (DEV82, written blind: both filed out of scope). Neither
asks anything of 2FA nor of support: the honest "I only handle 2FA" answer, which gives the
line and the email, is the one that helps.

Narrow on purpose: the assistant's feelings asked, or the weather told.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_SMALL_TALK = re.compile(
    r"\b(?:do|don t|does) you (?:ever )?(?:get|feel) (?:tired|bored|lonely|sleepy|fed up)"
    r"|\bare you (?:ever )?(?:tired|bored|lonely|happy|sad) (?:of|with|today)?"
    r"|\b(?:vous|tu) (?:ne )?(?:vous |te )?(?:lassez|lasses|ennuyez|ennuies|fatiguez|fatigues)"
    r"|\b(?:vous etes|tu es) (?:pas )?(?:fatigue|lasse)\w*"
    r"|\b(?:froid de canard|il fait (?:un )?(?:froid|chaud|beau|moche)|quel temps"
    r"|what s the weather|how s the weather|weather (?:like|is) (?:there|over there"
    r"|where you are))\b"
)
# whom to write to or how to reach someone is the contact's question, whatever else is said
_CONTACT = re.compile(
    r"\b(?:adresse|address|courrier|letter|envoyer|send|post|appeler|call|phone number|email"
    r"|mail|numero)\b"
)


def small_talk_to_the_assistant(text: str) -> bool:
    """The message is small talk (the assistant's feelings, the weather), no contact asked."""
    words = plain(text)
    return bool(_SMALL_TALK.search(words)) and not _CONTACT.search(words)
