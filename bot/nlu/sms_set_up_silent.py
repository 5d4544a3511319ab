"""The SMS method chosen and the number typed, then nothing: the SMS that never came.

"J'ai choisi l'option SMS pour la double authentification, saisi mon numéro de portable, et
depuis rien n'arrive sur mon téléphone. Comment je fais pour avoir ce code ?" was the SMS
set-up (0.90: "option SMS", "saisi mon numéro"; DEV12). The customer did the set-up; its
code is what is missing, and the article's answer is the SMS that never arrives (check the
number, wait, « Renvoyer », « Essayer une autre méthode »). Only the set-up's readings move,
and only when the message says nothing arrived.
"""

from __future__ import annotations

from bot.nlu.never_came import says_it_never_came
from bot.plain_text import plain


def set_up_code_never_came(text: str) -> bool:
    """The message says the code or SMS never arrived."""
    return says_it_never_came(plain(text))
