"""The procedure asked for in so many words: the set-up's steps.

« Je suis la seule du bureau à ne pas encore être passée au système avec le téléphone ; mes
collègues l'ont fait mais aucun ne se souvient de la marche à suivre. » was the SMS that never
came (0.31), « …que chacun configure sa vérification par téléphone dès aujourd'hui ; quel est
le déroulé ? » under the fallback (DEV25, written blind). "La marche à suivre", "le déroulé"
name the set-up's steps. A problem told with them (a lost phone, a refused code) is not this.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_PROCEDURE = re.compile(
    r"\b(?:la marche a suivre|le deroule|quel est le deroule|la procedure a suivre"
    r"|the procedure to follow|what s the procedure|what is the procedure)\b"
)
_PROBLEM = re.compile(
    r"\b(?:perdu|vole|casse|lost|stolen|broken|refuse|rejected|invalid|n arrive pas|never came"
    r"|nouveau numero|new number|se souvenir|remember"
    # the SMS still awaited (« …j'ai toujours pas le sms avec le code alors que j'ai bien mis mon
    # numero, vous pouvez m'expliquer la marche a suivre »: the SMS that never came 0.55, moved
    # to the set-up's steps; fifty-ninth outside check, F5)
    r"|toujours pas|pas (?:recu|eu|le sms|de sms|le texto|de texto|le code|de code)"
    r"|not (?:received|got|getting)|no (?:sms|text|code) (?:yet|came|arrived))\b"
    # a method in use, a move asked (« mon compte M2Mmanager est resté sur les textos. Je veux
    # tout centraliser dans l'appli, c'est quoi la marche à suivre ? »: the switch; DEV94)
    r"|\b(?:reste|restee|toujours|still|stayed|stuck) (?:sur|on|en) (?:les |le |the )?(?:textos"
    r"|sms|texts|appli|app|application)\b"
)


def asks_the_procedure(text: str) -> bool:
    """The customer asks for the procedure (the set-up's steps), no problem told."""
    words = plain(text)
    return bool(_PROCEDURE.search(words)) and not _PROBLEM.search(words)


# instructions to hand out to one's users ("They keep phoning me about a new window at login. I
# need to send them something they can follow without me.": under the fallback; DEV63, written
# blind): the set-up's steps
_TO_FOLLOW = re.compile(
    r"\b(?:something (?:they|he|she|people|users|everyone) can follow|(?:simple |clear |written"
    r" |step by step )?(?:instructions|guide|how to|walkthrough|cheat sheet|tutorial|tuto)"
    r"|(?:un |une )?(?:mode d emploi|tuto|tutoriel|notice|guide|fiche|pas a pas)"
    r"|quelque chose (?:qu ils|qu elles|qu il|qu elle|que les gens) (?:puissent|peuvent) suivre)\b"
)
_HAND_OUT = re.compile(
    r"\b(?:send|share|forward|give|hand out|circulate|distribute|pass on|post|envoyer|transmettre"
    r"|diffuser|donner|faire passer|partager|afficher|imprimer|print)\b"
)
_USERS = re.compile(
    r"\b(?:them|users|my users|staff|team|managers|colleagues|everyone|leur|leurs|les utilisateurs"
    r"|mes utilisateurs|l equipe|mes collegues|les gerants|les equipes|tout le monde|mes gars"
    r"|(?:a|aux) (?:mes|nos|tous les|toutes les) \w+|to (?:my|our|all|all the|all our) \w+)\b"
)


def wants_instructions_for_users(text: str) -> bool:
    """Instructions the customer can hand out to their users, asked: the set-up's steps."""
    words = plain(text)
    said = _TO_FOLLOW.search(words) and _HAND_OUT.search(words) and _USERS.search(words)
    return bool(said) and not _PROBLEM.search(words)
