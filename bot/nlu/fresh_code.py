"""The code received but lost or gone stale, the customer still at the screen: a new code.

"The text came in during a meeting and I deleted it by accident while tidying up my messages.
I'm still on the page waiting for the digits." (the SMS that never came 0.79), "My phone was
charging in the van… By the time I fetched it, the text was over twenty minutes old. I'm back
at the screen now, phone in hand." (the changed phone 0.35; DEV108, written blind, the same in
French): the text did come, so the missing SMS's steps (check the number, wait) answer nothing;
what is needed is a new code, which the resend gives (how « Renvoyer » works; logged in, the
offer to send one).

Narrow on purpose: the text or code told received and then deleted or too old, and the
customer told to be at the login screen now. A code typed and refused is the refused code's
(bot/nlu/old_code.py).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_LOST_OR_STALE = re.compile(
    # deleted by mistake
    r"\b(?:deleted|erased|removed|swiped away|efface\w*|supprime\w*|vire\w*)\b(?: \w+){0,6}?"
    r" (?:by (?:accident|mistake)|accidentally|sans faire expres|par erreur|par megarde)\b"
    r"|\b(?:accidentally|by mistake) (?:deleted|erased|removed|swiped away)\b"
    # too old: "was over twenty minutes old", « avait plus de vingt minutes »
    r"|\b(?:text|message|sms|texto|code)\b(?: \w+){0,3}? (?:was|is|avait|a)"
    r" (?:over |more than |plus de |deja )?(?:\w+ )?(?:minutes?|hours?|heures?)(?: old)?\b"
    r"|\b(?:text|message|sms|texto|code)\b(?: \w+){0,3}? (?:had|has) gone stale\b"
)
_AT_THE_SCREEN = re.compile(
    r"\b(?:still on the (?:page|screen)|back at the (?:screen|page|pc|computer)|at the screen now"
    r"|(?:je suis|suis) (?:toujours |encore )?(?:sur la page|devant l ecran|sur l ecran)"
    r"|la je suis devant|phone in hand|telephone en main|portable en main"
    r"|(?:page|screen|ecran) (?:is )?(?:still )?waiting for|(?:page|ecran) qui attend)\b"
)


def needs_a_fresh_code(text: str) -> bool:
    """A code received, then deleted or gone stale, and the customer at the screen now."""
    words = plain(text)
    return bool(_LOST_OR_STALE.search(words) and _AT_THE_SCREEN.search(words))
