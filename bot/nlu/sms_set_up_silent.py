"""The SMS method chosen and the number typed, then nothing: the SMS that never came.

"J'ai choisi l'option SMS pour la double authentification, saisi mon numéro de portable, et
depuis rien n'arrive sur mon téléphone. Comment je fais pour avoir ce code ?" was the SMS
set-up (0.90: "option SMS", "saisi mon numéro"; DEV12). The customer did the set-up; its
code is what is missing, and the article's answer is the SMS that never arrives (check the
number, wait, « Renvoyer », « Essayer une autre méthode »). Only the set-up's readings move,
and only when the message says nothing arrived.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_NOTHING_CAME = re.compile(
    # "je n'arrive pas à configurer" is "I can't": not followed by "à"
    r"\b(?:rien n arrive|rien ne vient|rien recu|n arrive pas(?! a\b)|n arrive jamais(?! a\b)"
    r"|n arrivent pas|n est jamais arrive|ne vient pas|ne vient jamais|pas recu|jamais recu"
    r"|toujours rien|aucun sms|aucun code|pas de sms|pas de code|nothing arriv\w*|nothing came"
    r"|nothing comes|nothing shows|never arriv\w*|never came|never comes|hasn t arrived"
    r"|has not arrived|isn t arriving|not arriving|still nothing)\b"
    # "je recois pas le sms pour activer la double authentification" (thirty-second outsider
    # check, C01: the set-up's steps)
    r"|\b(?:ne )?(?:recois|recoit|recevons|recoivent) (?:pas|jamais|rien)"
    r"(?: (?:le|les|de|d|mon|mes|aucun))? (?:sms|code|codes|texto|textos)\b"
    # "never got / didn't get / haven't received" said of the code or the text
    r"|\b(?:never got|didn t get|did not get|didn t receive|did not receive|haven t received"
    r"|have not received|haven t got|not received)\s+(?:\w+\s+){0,2}?"
    r"(?:code|codes|sms|text|texts|message|anything)\b"
)


def set_up_code_never_came(text: str) -> bool:
    """The message says the code or SMS never arrived."""
    return bool(_NOTHING_CAME.search(plain(text)))
