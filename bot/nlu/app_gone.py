"""The authenticator app deleted, uninstalled or wiped: the reset, like a lost phone.

"i accidentally deleted google authenticator" was the app's set-up (0.59: the app named, the
loss in one word; twenty-sixth outsider check), while its French twin was a reset. The codes
lived in the app: once it is gone, the account's 2FA cannot be used from a new install, and
the article's answer is the reset ticket (« Mes demandes »). The eleven training lines that
tell of a deleted app are all the changed phone's.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_APP = r"(?:app|appli|application|authenticator|authy|google auth|microsoft auth)"
_GONE = (
    r"(?:deleted|uninstalled|removed|wiped|erased|lost|supprime|supprimee|desinstalle"
    r"|desinstallee|efface|effacee|perdu|perdue)"
)
_APP_GONE = re.compile(
    rf"\b{_GONE}\b(?:\s+\w+){{0,3}}?\s+{_APP}\b"
    rf"|\b{_APP}\b(?:\s+\w+){{0,3}}?\s+(?:was |a ete |est )?{_GONE}\b"
)


def app_is_gone(text: str) -> bool:
    """The customer deleted, uninstalled or lost the authenticator app itself."""
    return bool(_APP_GONE.search(plain(text)))
