"""The screen that asks to choose between the app and SMS, described: the set-up's steps.

"Ma stagiaire m'a dit qu'une fenêtre bizarre lui demandait de choisir entre une appli et un
SMS, elle n'a pas osé cliquer" was the SMS set-up (0.47): both methods are named, and the
classifier leant to one of them (DEV11, a blind set). Someone who describes the choice
without having made it needs the whole procedure (the popup, the two methods, the code), as
the blind training lines that describe that screen are filed (`ask_how_enable`). A choice
made or leant to ("I picked SMS", "plutôt l'appli", "lequel choisir") is left to the
classifier and to bot/nlu/preference.py.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_METHOD = (
    r"(?:une |un |l |le |la |the |an |a )?(?:appli|application|app|authenticator|sms|texto|text"
    # "un choix entre téléphone et application" (DEV22, written blind: the SMS told as the phone)
    r"|telephone|phone|portable|mobile)"
)
_CHOICE = re.compile(
    rf"\b(?:choisir|choix|choose|choice|pick|decide|selectionner|select)\s+(?:entre|between)"
    rf"\s+{_METHOD}\s+(?:et|and|ou|or)\s+{_METHOD}\b"
)
# a choice made, leant to, or compared: the classifier's (or the preference rule's) reading
_LEANS = re.compile(
    r"\b(?:j ai choisi|je choisis|i picked|i chose|i choose|picked|chosen|au lieu|instead"
    r"|plutot|rather|prefere|prefer|lequel|laquelle|which one|which is|mieux|better|best)\b"
)


def describes_the_choice_screen(text: str) -> bool:
    """The customer tells of the screen asking to choose a method, without choosing."""
    words = plain(text)
    return bool(_CHOICE.search(words)) and not _LEANS.search(words)
