"""« Renvoyer » greyed out: the wait between two sends, not a send that failed.

"le bouton Renvoyer est grisé, je peux pas cliquer dessus" got "Toujours pas de SMS ? Si…
« Renvoyer » n'a rien donné, voici la suite…" (forty-fifth outsider check, F13): the button
is greyed for SMS_RESEND_COOLDOWN_SECONDS after each send (bot/core/sms.py), and the answer is
to wait for it (`utter_sms_not_received_greyed`, bot/rasa_ext/nlg.py FOCUS).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_RESEND = re.compile(r"\b(?:renvoyer|resend|renvoi|send again)\b")
_GREYED = re.compile(
    r"\b(?:grise|grisee|gris|en gris|greyed|grayed|grey|gray|disabled|inactif|inactive"
    r"|desactive|pas cliquable|not clickable|unclickable|can t click|cannot click|peux pas cliquer"
    r"|peut pas cliquer|impossible de cliquer|won t let me click|ne (?:se )?clique pas)\b"
)


def resend_greyed(text: str) -> bool:
    """« Renvoyer » told greyed out or not clickable."""
    words = plain(text)
    return bool(_RESEND.search(words) and _GREYED.search(words))
