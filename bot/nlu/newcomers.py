"""New people about to meet the 2FA prompt for the first time: how to turn it on.

"We've got seasonal workers starting next week with their own portal logins, and none of them
has dealt with the security prompt before." fell back (the set-up 0.26, why 2FA 0.24; DEV16,
written blind): no question is asked, the situation is told. What the customer needs for them
is the set-up's steps, which each newcomer will go through at their first login.

Narrow on purpose: newcomers named (seasonal staff, temps, new hires, interns) and their first
meeting with the prompt or the code ("never", "first time", "before"). Someone who replaces a
person who left with the 2FA phone is bot/nlu/someone_elses_phone.py's.
"""

from __future__ import annotations

import re

from bot.nlu.countdown import asks_for_leeway
from bot.nlu.extra_code import asks_what_more_is_asked
from bot.nlu.why_now import asks_why_it_is_needed_now
from bot.plain_text import plain

_NEWCOMERS = re.compile(
    # (not French « à temps », « dans les temps »: in time, DEV88's kind)
    r"\b(?:seasonal (?:workers|staff|employees|technicians|drivers)|seasonals"
    r"|(?<!a )(?<!les )(?<!de )(?<!du )(?<!le )temps|temp workers"
    r"|temporary (?:workers|staff)|new (?:hires|starters|staff|employees|users|colleagues"
    r"|technicians|drivers|recruits|team members)|interns|trainees|apprentices|newcomers"
    r"|saisonniers|saisonnieres|interimaires|stagiaires|apprentis|alternants|nouvelles recrues"
    r"|nouveaux (?:arrivants|salaries|employes|collaborateurs|utilisateurs|techniciens|collegues"
    r"|chauffeurs)|nouvelles (?:arrivantes|salariees|collaboratrices|utilisatrices))\b"
)
_FIRST_TIME = re.compile(
    r"\b(?:never|not yet|haven t|hasn t|has not|have not|first time|first login|before"
    r"|jamais|pas encore|premiere fois|premiere connexion|n ont pas|n a pas|avant)\b"
)
_PROMPT = re.compile(
    r"\b(?:prompt|popup|pop up|window|screen|security|code|codes|2fa|two factor|double"
    r"|fenetre|ecran|securite|authentification|verification)\b"
)


# why it is imposed on them is why 2FA exists ("avant de leur imposer, j'aimerais comprendre
# pourquoi vous l'avez rendue obligatoire")
_WHY = re.compile(r"\b(?:why|pourquoi|pk|pq|pkoi|reason|raison)\b")


def newcomers_meet_the_prompt(text: str) -> bool:
    """New staff will meet the 2FA prompt for the first time."""
    words = plain(text)
    return bool(
        _NEWCOMERS.search(words) and _FIRST_TIME.search(words) and _PROMPT.search(words)
    ) and not (
        _WHY.search(words)
        or asks_why_it_is_needed_now(text)
        or asks_what_more_is_asked(text)
        or asks_for_leeway(text)  # "How much leeway do they get?": the 28 days (DEV69)
    )
