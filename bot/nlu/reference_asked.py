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
