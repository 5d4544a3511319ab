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
    r"|nouveau numero|new number|se souvenir|remember)\b"
)


def asks_the_procedure(text: str) -> bool:
    """The customer asks for the procedure (the set-up's steps), no problem told."""
    words = plain(text)
    return bool(_PROCEDURE.search(words)) and not _PROBLEM.search(words)
