"""A login code received without trying to log in: someone may have the password.

"jai reçu un sms avec un code de connexion mais j'étais pas en train de me connecter, c
normal ?" and "I received a text message with a login code but I was not trying to log in, is
someone hacking me?" got the steps for an SMS that does not arrive, « Renvoyer » included,
and an offer to resend it (thirty-ninth outsider check, F1). The code is sent after the
password step: a code nobody asked for means someone typed the password. The article's reason
for 2FA is exactly this case; what helps is the opposite of the steps: never give that code
to anyone, change the password, tell support (bot/rasa_ext/nlg.py picks
`utter_sms_not_received_unrequested`; actions/personal.py offers no resend).

Narrow on purpose: a code, an SMS or a text received, and said not asked for or not logging
in at the time ("someone hacking me" counts as saying so).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_RECEIVED = re.compile(
    r"\b(?:recu|recois|recoit|recevoir|arrive|arrivee|got|get|getting|received|receiving"
    r"|came|comes|keep getting)\b(?:\s+\w+){0,6}?\s+(?:sms|texto|textos|text|texts|code|codes"
    r"|message|messages)\b"
    r"|\b(?:sms|texto|text|code|message)\b(?:\s+\w+){0,4}?\s+(?:arrive|arrived|came|recu)\b"
    # "pourquoi vous m'avez envoyé un code alors que j'ai rien demandé ?", "why did you send me a
    # code, I didn't ask for anything" (fortieth outsider check, F3)
    r"|\b(?:envoye|envoyez|envoie|envoyer|sent|send|sending)\b(?:\s+\w+){0,2}?\s+(?:un |a |des"
    r" |the |ce |this )?(?:sms|texto|code|codes|text|message)\b"
    # the phone buzzing with it (« mon portable a vibré : un message avec 6 chiffres pour le
    # portail », "my phone buzzed with a login number for the portal": DEV96, written blind)
    r"|\b(?:vibre|a vibre|buzzed|buzzing|pinged|lit up|a sonne|beeped)\b(?:\s+\w+){0,4}?\s+"
    r"(?:sms|texto|text|code|codes|message|number|numbers|chiffres|digits)\b"
)
_NOT_ASKED = re.compile(
    # the negation said: « je suis en train de me connecter » is a login under way (DEV25's
    # resend asked after a code deleted by mistake)
    r"\b(?:(?:(?:j etais|j etait|je suis|je n etais|je ne suis|i was) (?:pas|not)"
    r"|i wasn t|i was not|i m not|i am not|i wasnt)"
    r" (?:en train de |trying to )?(?:me connecter|connecte|log\w* in|sign\w* in)"
    r"|sans (?:me connecter|etre connecte|rien demander|l avoir demande|avoir demande)"
    r"|(?:je n ai|j ai) (?:rien|pas) demande|pas demande|jamais demande|non demande"
    r"|(?:i )?(?:didn t|did not|never) (?:ask|request|try to log|log in|sign in)\w*"
    r"|not requested|never requested|unrequested|unsolicited|out of (?:nowhere|the blue)"
    r"|(?:someone|somebody|quelqu un) (?:is |est |qui )?(?:\w+ )?(?:hack\w*|pirat\w*"
    r"|trying to (?:get|log|break) in\w*|essaie de (?:se connecter|rentrer|entrer))"
    r"|on me pirate|je me fais pirater|am i being hacked|hacked me"
    # asleep at the time (« alors que je dormais », "I was fast asleep": DEV96)
    r"|je dormais|j etais endormi\w*|i was (?:fast |sound |still )?asleep"
    r"|while i (?:was )?slept?)\b"
)


def received_without_logging_in(text: str) -> bool:
    """A code or SMS received, and said not asked for (or a hacker feared)."""
    words = plain(text)
    return bool(_RECEIVED.search(words) and _NOT_ASKED.search(words))
