"""The popup's "yes" about to be chosen, what happens next asked: the set-up's steps.

"For three weeks the window with two options has popped up every time I log in, and I always
picked the bottom one. Today I'm ready to go for it. What happens after I pick the top one?"
was the 28 days (0.28; DEV46, written blind), and « Une fenêtre s'est ouverte… avec un choix oui
ou pas maintenant. Si je dis oui, il se passe quoi ensuite ? » the 28 days too (DEV4). The top
choice is « Oui, je veux utiliser la double authentification… », after which the article's
steps follow (« Continuer », log in again, choose a method): the set-up's answer.

Narrow on purpose: the yes or the top choice said as chosen (or about to be), and what comes
next asked, both in the message.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_YES_CHOSEN = re.compile(
    r"\b(?:si je (?:dis|clique sur|choisis|reponds|coche|prends) (?:oui|le premier|la premiere"
    r"|celui du haut|l option du haut)|quand je (?:dis|clique sur|choisis) oui"
    r"|if i (?:say|pick|choose|click|select|go with|tick) (?:yes|oui|the top one|the first one"
    r"|the first option|the top option|the upper one)"
    r"|after i (?:pick|choose|click|select) (?:yes|oui|the top one|the first one|the top option)"
    r"|once i (?:pick|choose|click|say) (?:yes|oui|the top one)"
    r"|ready to go for it|pret a y aller|prete a y aller|pret a l activer|prete a l activer"
    # the option named by its « (recommandé) » ("one of them says 'recommandé'. If I go with that
    # one, what happens after?": the 28 days 0.55; DEV65, written blind)
    r"|(?:recommande|recommended)\b.{0,60}\b(?:if i|si je) (?:go with|pick|choose|click|take"
    r"|select|prends|choisis|clique sur) (?:that|this|it|celle|celui|cette|ce))\b"
)
_NEXT = re.compile(
    r"\b(?:what happens|what will happen|what s next|what comes next|what then|then what"
    r"|il se passe quoi|qu est ce qui se passe|que se passe t il|qu est ce qui va se passer"
    r"|ensuite|apres ca|et apres|next step|happens after|happens next|se passe apres)\b"
)


def asks_what_follows_yes(text: str) -> bool:
    """The popup's yes (the top choice) chosen or about to be, and what follows asked."""
    words = plain(text)
    return bool(_YES_CHOSEN.search(words) and _NEXT.search(words))
