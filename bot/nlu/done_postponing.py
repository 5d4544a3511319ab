"""Told to stop putting it off, the steps asked: the set-up's steps, not the 28 days.

« La fenêtre qui s'ouvre quand j'arrive sur le portail, je l'ai toujours fermée sans la lire.
Aujourd'hui mon chef me dit d'arrêter de l'ignorer et de faire le nécessaire. Je fais quoi,
dans l'ordre ? » was the 28 days (0.30; DEV31, written blind): the customer has postponed and
now wants to do it; the set-up's steps answer, in order. Postponing told with "until when?"
or "what happens then?" stays the 28 days (bot/nlu/skipped_until_now.py).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_NOW_DO_IT = re.compile(
    r"\b(?:arreter de (?:l |la |le )?(?:ignorer|repousser|reporter|zapper|fermer)"
    r"|faire le necessaire"
    r"|m y mettre|s y mettre|le faire (?:maintenant|enfin|aujourd hui)|passer a l acte"
    r"|stop (?:ignoring|skipping|postponing|dismissing|putting (?:it|this|that) off|closing)"
    r"|get (?:it|this) done|do (?:it|this) (?:now|properly|today|for real)|finally do (?:it|this)"
    r"|deal with (?:it|this) (?:now|today|properly)|sort (?:it|this) out (?:now|today))\b"
)
_STEPS_ASKED = re.compile(
    r"\b(?:je fais quoi|que dois je faire|qu est ce que je dois faire|quoi faire|dans l ordre"
    r"|quelles etapes|les etapes|par ou commencer|comment (?:je fais|faire|proceder|m y prendre)"
    r"|what do i (?:do|need to do)|what are the steps|where do i start|in what order|step by step"
    r"|how do i (?:do|go about|start)|what s the process|walk me through)\b"
)


def done_postponing_steps_asked(text: str) -> bool:
    """The customer has postponed the set-up, will now do it, and asks the steps."""
    words = plain(text)
    return bool(_NOW_DO_IT.search(words) and _STEPS_ASKED.search(words))
