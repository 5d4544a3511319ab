"""The spam folder looked through, the code's text not there either: the SMS that never came.

« Mon Android range tout ce qui vient de numéros courts dans un dossier « spam », et je viens d'y
découvrir d'anciens messages de chez vous. Celui d'aujourd'hui n'y est pas, et pas non plus dans
ma boîte normale. » was a tie of a changed phone and the SMS's answer (0.19 each, under the
fallback; DEV103, written blind). The phone's filters are a reason an SMS seems not to come; the
article's steps (check the number, wait, « Renvoyer », « Essayer une autre méthode ») answer it.
Found there after all is a code that came: not read here.
"""

from __future__ import annotations

import re

from bot.nlu.never_came import says_it_never_came
from bot.plain_text import plain

_FILTERED = re.compile(
    r"\b(?:spam|spams|junk|indesirables?|filtered|filtre|filtres|filtrage|blocked messages"
    r"|messages bloques|unknown senders|expediteurs inconnus)\b"
)
_NOT_THERE = re.compile(
    r"\b(?:n y est pas|n y etait pas|n y sont pas|pas non plus|rien non plus|rien dedans"
    r"|isn t there|is not there|isn t in (?:there|it|either)|wasn t there|not there either"
    r"|not in there|nothing there|nothing in (?:there|it)|neither)\b"
)


# the text messages named (not the password's reset email looked for in the spam: out of scope)
_TEXTS = re.compile(
    r"\b(?:sms|texto|textos|text|texts|text message|text messages|message|messages|numeros courts"
    r"|short codes?|short numbers?)\b"
)
_EMAIL = re.compile(r"\b(?:email|emails|e mail|mail|mails|courriel|password|mot de passe|mdp)\b")


def not_in_the_spam_either(text: str) -> bool:
    """The spam or filtered text messages looked through, and the code's text not found."""
    words = plain(text)
    not_found = _NOT_THERE.search(words) or says_it_never_came(words)
    said = _FILTERED.search(words) and _TEXTS.search(words) and not_found
    return bool(said) and not _EMAIL.search(words)
