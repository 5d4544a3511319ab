"""The handoff's reference asked about: only when the message speaks of it or of the call.

"sorry. so what do I do?", a first message, got "I haven't given you a reference in this
conversation yet…" (ask_reference 0.40; thirty-second outsider check): "sorry" and "what do I
do" are words of the training lines that ask what to say on the phone. Every training and
held-out line of that intent names the reference (or its six characters), the call, the
agent, the hotline or the email's subject; a message that names none of them is not asking
for it, and the classifier's next reading (or the fallback's suggestions) answers instead.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_REFERENCE_OR_CALL = re.compile(
    r"\b(?:ref|refs|reference|references|refrence|referance|refernce|dossier|ticket|numero"
    r"|number|code|id|identifiant|case|file|caracteres|characters?|call|calls|calling|ring|phone|telephone|tel|appel\w*|rappel\w*"
    r"|telephone\w*|agent|agents|conseiller|conseillere|hotline|helpline|support|objet|subject"
    r"|email|mail|helpme|demande|request|cas)\b"
)


def mentions_the_reference_or_call(text: str) -> bool:
    """The message names the reference, the call, an agent or support: ask_reference may be it."""
    return bool(_REFERENCE_OR_CALL.search(plain(text)))


# the number of one's request asked ("what's the number of my request", « quel est le numéro
# de ma demande ? », "what's my ticket number?": under the fallback, or the request's status
# with no number said; fifty-sixth outside check, F4): the reference's answer, which says the
# number given in this chat, or the account's latest request's (actions/reference.py)
_REQUESTS_NUMBER = re.compile(
    r"\b(?:number|numero|reference|ref|no)\b (?:\w+ ){0,2}?(?:of|de|du|for|pour) (?:my|the|our|ma"
    r"|la|notre|mon|le) (?:reset |2fa )?(?:request|demande|ticket|case|dossier)\b"
    r"|\b(?:my|our|the|ma|mon|notre) (?:reset |2fa )?(?:request|ticket|case) (?:number|no|ref"
    r"|reference)\b|\bticket (?:number|no|ref)\b|\bnumero (?:de|du) (?:ticket|dossier)\b"
)
# ...not where it stands ("where is request number T-…?") nor a number typed of one's own
_WHERE_IT_STANDS = re.compile(
    r"\b(?:where|status|ou en est|statut|avancement|still|toujours|done|fini|termine|news"
    r"|nouvelles?|consulte\w*|suivre|follow)\b"
    # ...nor a number one has ("I got a ticket number but no news since")
    r"|\b(?:i got|i have|i ve got|j ai|on a|we have|we got|nous avons) (?:a|un|the|le|my|mon)"
    r" (?:ticket |request )?(?:number|numero|reference)\b"
)


def asks_the_requests_number(text: str) -> bool:
    """The customer asks for the number of their reset request, not where it stands."""
    words = plain(text)
    return bool(_REQUESTS_NUMBER.search(words)) and not _WHERE_IT_STANDS.search(words)
