"""The code read out by a robot's call instead of a text: the SMS's answer (check the number).

« Au lieu d'un texto, c'est une voix de robot qui m'appelle sur le fixe du bureau et égrène des
chiffres trop vite pour que je les note. », "Instead of a message, my desk phone rings and a robot
voice reads out numbers, then hangs up before I've caught them all." were the methods (0.24) and
the fallback (DEV111, written blind): a text sent to a landline is read out by a voice. The
number typed is the office's, not a mobile: the SMS's answer says to check the number, click
« Renvoyer », or take another method.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_VOICE_CALL = re.compile(
    r"\b(?:voix|voice|robot|automate|serveur vocal|automated)\b.{0,60}\b(?:chiffres|numbers|digits"
    r"|code|codes)\b"
    r"|\b(?:appelle|appel|rings|ringing|calls|call)\b.{0,60}\b(?:egrene|dicte|lit|reads?|reading"
    r"|says|recite\w*)\b.{0,30}\b(?:chiffres|numbers|digits|code)\b"
)
_NOT_A_TEXT = re.compile(
    r"\b(?:au lieu d un (?:texto|sms|message)|instead of (?:a |the )?(?:text|message|sms)"
    r"|fixe|landline|desk phone|office phone|standard|switchboard)\b"
)


# such a call asked for ("Can I get a phone call that reads out the code instead of a text?"):
# the methods there are, not a call told
_ASKED_FOR = re.compile(
    r"\b(?:can i|could i|can an?|could an?|can you|could you|can it|est ce qu|est ce que"
    r"|peut (?:il|elle|on)|pourrait|pourriez|pouvez vous|is it possible|is there a way"
    r"|possible de|peut m appeler"
    r"|do you (?:offer|have|do))\b"
)


def code_read_by_a_voice_call(text: str) -> bool:
    """The code comes read out by an automated call, not as a text (told, not asked for)."""
    words = plain(text)
    told = _VOICE_CALL.search(words) and _NOT_A_TEXT.search(words)
    return bool(told) and not _ASKED_FOR.search(words)
