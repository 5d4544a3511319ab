"""SIM swapping read about, with the codes coming by text: a move to the app.

« J'ai lu un article sur des escrocs qui se font faire un double de la carte SIM de leur
victime auprès de l'opérateur. Or mes codes M2Mmanager arrivent justement par texto… je
préférerais quelque chose de plus sûr. » was why 2FA (0.41), "Just read a news story about
people whose phone numbers got hijacked by someone who talked the carrier into issuing a new
SIM. My M2Mmanager codes come by text, which makes me nervous." the changed phone (0.23; DEV69,
written blind). A number taken over by a new SIM receives the texts; an authenticator app's
codes stay on the phone. The customer already on SMS is asking for the app: the switch
(action_switch_method offers it logged in and explains it otherwise).

Narrow on purpose: the swap of a SIM or the theft of a number told, and codes said to come by
text today (bot/nlu/sms_to_app.py); a customer's own SIM stolen with the phone is the reset's.
"""

from __future__ import annotations

import re

from bot.nlu.phone_lost import phone_is_lost
from bot.nlu.sms_to_app import gets_codes_by_text_now
from bot.plain_text import plain

_SWAP = re.compile(
    r"\b(?:sim swap\w*|swap\w* (?:the |a |their |my )?sim|sim (?:card )?(?:fraud|hijack\w*)"
    r"|double de (?:la |leur |sa |ma )?carte sim|duplicata de (?:la |leur |sa |ma )?(?:carte )?sim"
    r"|(?:numbers?|lines?) (?:got |were |was |been )?(?:hijack\w*|stolen|taken over|ported)"
    r"|issu\w* (?:them |him |her )?a new sim|(?:numeros?|lignes?) (?:detourne\w*|vole\w*"
    r"|pirate\w*)|detourn\w* (?:de )?(?:la |leur |sa )?(?:ligne|numero)|portabilite frauduleuse"
    r"|nouvelle carte sim (?:a|au) (?:leur|son) nom)\b"
)


def fears_a_sim_swap(text: str) -> bool:
    """SIM swapping told, and the customer's codes come by text today."""
    words = plain(text)
    swap = _SWAP.search(words) and gets_codes_by_text_now(words)
    return bool(swap) and not phone_is_lost(text)
