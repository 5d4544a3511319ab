"""The set-up started and interrupted, whether it went through asked: one's own status.

"I started setting this up on Tuesday but the fire alarm went off halfway through and we all
had to leave the building. Did it go through or not?" got the set-up's steps (0.28; DEV28,
written blind). The customer asks about their own account's state, which the status answers
(logged in: what the backend says, a set-up waiting included; otherwise how to see it).

Narrow on purpose: a set-up begun or cut off (started setting up, halfway, interrupted,
commencé l'activation, en plein milieu) and whether it took (did it go through, is it done,
est-ce que c'est passé / pris en compte) both said.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_BEGUN = re.compile(
    r"\b(?:started (?:setting|to set) (?:it |this |that |2fa |the \w+ )?up|began (?:setting|to set)"
    r"|started the set ?up|halfway|half way|midway|in the middle of|interrupted|cut off|got cut"
    r"|j ai commence (?:a |l )?(?:activ\w*|configur\w*|la configuration|l activation"
    r"|la mise en place)|commence (?:l activation|la configuration)|a moitie|en plein milieu"
    r"|au milieu de|interromp\w*|coupe en plein|coupure"
    # a frozen screen, a tab closed ("Did my activation actually go through? The screen froze
    # right after I hit Continue and I closed the tab.": the set-up's steps 0.57; DEV106)
    r"|froze|frozen|freezes|crashed|closed the (?:tab|window|browser)|a fige|fige|plante"
    r"|ferme l onglet|ferme la fenetre)\b"
)
_DID_IT_TAKE = re.compile(
    r"\b(?:did it (?:go through|work|save|take|stick|register|get saved|finish)|is it (?:done|saved"
    r"|active|activated|on|set up) (?:or not|now)?|has it been (?:saved|activated|set up|done)"
    r"|did that (?:go through|work|save)|est ce que (?:c est|ca a|ca s est|c a) (?:passe|marche"
    r"|ete pris en compte|ete enregistre|enregistre|fonctionne|abouti)|c est passe ou pas"
    r"|ca a ete pris en compte|c est (?:active|enregistre|valide) ou pas|c est bon ou pas"
    r"|ca a marche ou pas"
    r"|did (?:my|the) (?:activation|set ?up|setup|registration) (?:actually |really )?(?:go through"
    r"|work|take|finish)|mon activation (?:est|a) (?:bien )?(?:passe\w*|marche|abouti))\b"
)


def asks_if_the_set_up_went_through(text: str) -> bool:
    """The customer began the set-up, was cut off, and asks whether it took."""
    words = plain(text)
    return bool(_BEGUN.search(words) and _DID_IT_TAKE.search(words))
