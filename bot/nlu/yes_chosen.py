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


# the yes clicked, then the set-up cut off, with where to go on asked ("I clicked yes on that
# popup yesterday and then my laptop battery died. Not sure where I left off or what I'm
# supposed to do now.": the set-up's steps 0.34 and the status 0.33, a tie; DEV69, written
# blind): the set-up's steps, which say what follows the yes
_YES_CLICKED = re.compile(
    r"\b(?:clicked|clique|cliqué|pressed|picked|chose|said|ticked|appuye) (?:on )?(?:sur )?"
    r"(?:yes|oui|the top one|the first one|the top option)\b"
)
_CUT_OFF = re.compile(
    r"\b(?:battery died|batterie (?:a plat|morte|vide)|plus de batterie|crashed|plante\w*"
    r"|froze|freeze|gele|coupure|cut off|was cut|lost (?:the )?connection|perdu la connexion"
    r"|closed (?:the|my) (?:browser|tab|laptop)|ferme (?:le|mon) (?:navigateur|onglet|ordi)"
    r"|power cut|went dead|s est eteint|shut down|interrupted|interrompu\w*)\b"
)
_WHERE_NOW = re.compile(
    r"\b(?:where i left off|where i was|ou j en etais|ou j en suis|what (?:i m|i am) supposed to"
    r" do|what (?:do|should) i do now|what now|que (?:dois je|faire) (?:faire )?maintenant"
    r"|je fais quoi maintenant|quoi faire maintenant|how do i (?:carry on|continue|pick up)"
    r"|comment (?:je )?(?:continue|reprendre|reprends))\b"
)


def yes_clicked_then_cut_off(text: str) -> bool:
    """The popup's yes clicked, the set-up cut off, and where to go on asked."""
    words = plain(text)
    return bool(_YES_CLICKED.search(words) and _CUT_OFF.search(words) and _WHERE_NOW.search(words))
