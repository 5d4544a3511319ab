"""Anyone working there? A person asked for, not chit-chat.

"This chat keeps giving me the same links. Is there anyone actually working there today?"
fell back (out of scope 0.18): the customer wants a person (DEV13, written blind). Someone
at work, on duty or available at the company is asked for; "is anybody there?" alone stays
the classifier's (the bot question, whose answer offers an agent), and so does "is a
person answering me?" (whether it is a bot).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_SOMEONE_AT_WORK = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|people|staff)"
    r" (?:actually |really |still )?(?:working|at work|on duty|available|in the office"
    r"|at the office|who works"
    # "Is there anyone actually sitting at a desk over there?" (DEV26, not understood)
    r"|sitting at a desk|at a desk|behind (?:the|a) desk|in the building|manning|staffing)\b"
    r"|\bquelqu un (?:qui (?:travaille|bosse|repond)|de (?:dispo|disponible|present)|au bureau"
    r"|en poste|de vivant|derriere (?:un|le) bureau)\b"
)


def asks_if_someone_works_there(text: str) -> bool:
    """The customer asks whether a person is at work to help."""
    return bool(_SOMEONE_AT_WORK.search(plain(text)))
