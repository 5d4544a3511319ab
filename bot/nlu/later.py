"""Two questions told often after context: "can I do it later?" and "does it apply to me too?".

"Since this morning a popup asks me to set up some extra security step when I log in. I'm
travelling this week, can I do it later?" was the set-up's steps (0.57; the popup's request,
told first, outweighed the question): the answer is « Non, pas maintenant » and the 28 days
(thirty-eighth outsider check, finding 1, French and English). « Je suis comptable, je me
connecte une fois par mois… Est-ce que la double authentification s'applique aussi à moi ? »
fell back (since when and the status 0.21 each; finding 6): the answer is that it is mandatory
for every user since 1 May 2024, which the question alone got.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_LATER = re.compile(
    r"\b(?:can i|could i|can we|could we|may i|is it ok to|est ce que je peux|je peux|puis je"
    r"|on peut|peut on|est ce qu on peut|ai je le droit de)\s+(?:le |la |l |just )?(?:do it|do this"
    r"|do that|set it up|set this up|faire|activer|configurer|mettre en place|deal with it"
    r"|le faire)\s+(?:\w+\s+){0,2}?(?:later|another time|after|next week|when i m back|plus tard"
    r"|apres|la semaine prochaine|a mon retour|un autre jour|more tard)\b"
    r"|\b(?:can (?:it|this|that) wait|ca peut attendre|cela peut attendre|peut il attendre)\b"
    # the password alone kept meanwhile ("Until then I'd like to carry on with just my
    # password. Feasible?": under the fallback; DEV75, written blind)
    r"|\b(?:carry on|continue|keep going|stay|keep logging in|go on) (?:with|on) (?:just|only)"
    r" (?:my|the|our) password\b|\b(?:continuer|rester) (?:avec|sur)"
    r" (?:juste |seulement |uniquement )?(?:mon|le|notre) (?:seul )?mot de passe\b"
)


def asks_to_do_it_later(text: str) -> bool:
    """The customer asks whether the set-up can be done later."""
    return bool(_LATER.search(plain(text)))


_APPLIES_TO_ME = re.compile(
    r"\b(?:s applique|s appliquent|concerne|concernent|applies|apply|concerns|is (?:it|2fa)"
    r" (?:mandatory|compulsory|required) for)\b(?:\s+\w+){0,2}?\s+(?:a moi|moi|to me|me|to us"
    r"|nous|a nous|people like me|les gens comme moi)\b"
)


def asks_if_it_applies_to_them(text: str) -> bool:
    """The customer asks whether 2FA applies to them too."""
    return bool(_APPLIES_TO_ME.search(plain(text)))
