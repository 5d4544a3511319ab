""" "Which number did you send it to?": a question about where the SMS code went.

A customer waiting for an SMS code asks where it went ("il est parti sur quel numero le
code ?", "which phone number did you send it to?", "c envoyé a quel num ?"). The answer is the
masked number the login's SMS went to, which only the account backend knows (action_sms_help,
actions/personal.py), and the fact that the code goes to the mobile number registered for
2FA. The classifier heard three things in four such messages: the support contact ("which
phone number" is how people ask for the hotline), the SMS steps, or nothing; only one got the
number (sixteenth outsider check, item 1).

So such a message is read as the SMS that never came whatever the classifier heard
(bot/nlu/labels.py), its first answer is the short "where the code goes" rather than the four
steps (bot/rasa_ext/nlg.py, `_which_number`), and the backend's line with the masked number is
said even when it was said before; a resend is not offered again after one was done.

Shared by the Rasa server and the action server (which does not load Rasa), so that the two
can never disagree on what such a message is.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

# "quel numéro", "which (phone) number", "what number", "à quel num", "quel tel"
_WHICH = re.compile(
    r"\b(?:quel|quelle|lequel|which|what|wich|wat)\s+(?:est\s+le\s+|is\s+the\s+|s\s+the\s+"
    r"|is\s+my\s+|s\s+my\s+|est\s+mon\s+)?(?:full\s+|complete\s+|complet\s+|entier\s+)?"
    r"(?:(?:phone|mobile|cell|tel)\s+)?"
    r"(?:num|numero|numeros|nr|no|n|number|nbr|tel|telephone|portable|mobile|phone)\b"
)
# the code or the SMS being sent, or arriving
_SENT = re.compile(
    r"\b(?:envoy\w*|envoi\w*|parti|partie|part|recu|recoi\w*|arriv\w*|sms|texto|code|codes"
    r"|sent|send\w*|going|go|goes|went|gone|text\w*|txt|receiv\w*|deliver\w*)\b"
)
# a number to call or to type: the support line, or the number to register (other answers)
_OTHER_NUMBER = re.compile(
    r"\b(?:support|hotline|service|assistance|appel\w*|joindre|contact\w*|call\w*|ring|agent"
    r"|conseiller|humain|human|saisir|taper|tape|entrer|enter|type|register\w*|enregistrer"
    # the number someone dialled is the support line's ("can't remember what number he
    # dialled", DEV12)
    r"|dial\w*|compos\w*|phoned|rang"
    r"|mettre|put|use|utiliser|should|dois|faut)\b"
)
# ...or the number on the account ("what is my full phone number on file? all digits please" got
# the SMS set-up's steps before the masked number: fortieth outsider check, F9). The number on
# the account is the one the login's codes go to; only its masked form is ever shown.
_ON_FILE = re.compile(
    r"\b(?:on file|on record|you have (?:for me|on me|on file)?|in your (?:system|records)"
    r"|on my account|linked to my account|associated with my account|que vous avez"
    r"|sur mon compte|dans votre (?:systeme|fichier)|associe a mon compte|lie a mon compte)\b"
)
MAX_WORDS = 25  # a long message that mentions a number somewhere is something else
# "where did it go?" in a few words ("il est parti où ?" right after a resend was out of scope:
# forty-ninth outsider check, F6): where it went is the number it went to
_WHERE_IT_WENT = re.compile(
    r"\b(?:parti|partie|envoye|envoyee|alle|passe)\w* ou\b"
    r"|\bou (?:est ce qu )?(?:il|elle|le code|le sms|vous l avez) (?:est |a ete |s est )?"
    r"(?:parti|partie|envoye|envoyee|alle|passe)\b"
    r"|\bwhere (?:did|has|was|d|s) (?:it|the code|the text|the sms|my code)(?: \w+)?"
    r" (?:go|gone|sent|went)\b"
    r"|\bwhere (?:did you|have you|d you) (?:send|sent) (?:it|the code|the text|the sms)\b"
)
FEW_WORDS = 8


def asks_which_number(text: str) -> bool:
    """The message asks which number the SMS code was (or is being) sent to."""
    words = plain(text)
    if not words or len(words.split()) > MAX_WORDS:
        return False
    if len(words.split()) <= FEW_WORDS and _WHERE_IT_WENT.search(words):
        return True
    about = _SENT.search(words) or _ON_FILE.search(words)
    return bool(_WHICH.search(words) and about and not _OTHER_NUMBER.search(words))
