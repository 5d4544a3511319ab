"""The authenticator app deleted, uninstalled or wiped: the reset, like a lost phone.

"i accidentally deleted google authenticator" was the app's set-up (0.59: the app named, the
loss in one word; twenty-sixth outsider check), while its French twin was a reset. The codes
lived in the app: once it is gone, the account's 2FA cannot be used from a new install, and
the article's answer is the reset ticket (« Mes demandes »). The eleven training lines that
tell of a deleted app are all the changed phone's.
"""

from __future__ import annotations

import re

from bot.nlu.old_code import REFUSED
from bot.nlu.phone_clock import clock_set_by_hand
from bot.plain_text import plain

_APP = r"(?:apps?|applis?|applications?|authenticator|authy|google auth|microsoft auth)"
_GONE = (
    r"(?:deleted|uninstalled|removed|wiped|erased|lost|supprime|supprimee|desinstalle"
    r"|desinstallee|efface|effacee|perdu|perdue"
    # "got rid of the little app with the six numbers", « j'ai viré plein d'applis dont celle
    # avec les chiffres » to free space (DEV82, written blind: the status, the fallback)
    r"|got rid of|get rid of|vire|virer|viree|degage|degagee)"
)
_APP_GONE = re.compile(
    rf"\b{_GONE}\b(?:\s+\w+){{0,3}}?\s+{_APP}\b"
    rf"|\b{_APP}\b(?:\s+\w+){{0,3}}?\s+(?:was |a ete |est )?{_GONE}\b"
)


# the phone wiped back to factory settings with the app on it (« J'ai remis mon téléphone aux
# paramètres d'usine pour le revendre, sans penser à l'appli qui me servait à entrer sur votre
# site »: the app's set-up and the reset in a tie, under the fallback; DEV83, written blind)
_PHONE_WIPED = re.compile(
    r"\b(?:parametres d usine|reglages d usine|etat d usine|factory (?:reset|settings|default\w*)"
    r"|remis a zero|wiped (?:my|the|his|her) (?:phone|mobile)|formate (?:mon|le|son) (?:telephone"
    r"|portable|tel))\b"
)
_APP_NAMED = re.compile(rf"\b{_APP}\b")
# taken off and put back as a remedy, its codes still refused (« L'appli me donne un code… le
# portail me répond systématiquement qu'il est incorrect. J'ai même désinstallé et réinstallé
# l'appli. »: the refused code's, by the guard; DEV94, written blind)
_PUT_BACK = re.compile(r"\b(?:reinstall\w*|re install\w*|installed it again|reinstalle\w*)\b")


# ...or the portal's entry gone from it (« il a fait une manip et maintenant je ne vois plus
# M2Mmanager dedans »: the app's set-up 0.49; sixty-eighth outside check, F7)
_ENTRY_GONE = re.compile(
    r"\b(?:ne vois plus|ne trouve plus|n y a plus|n apparait plus|don t see|can t see|can t find"
    r"|no longer see|no longer shows?|doesn t show) (?:\w+ )?m2m\w*\b"
    r"|\bm2m\w* (?:a disparu|n apparait plus|n y est plus|is gone|has gone|has disappeared"
    r"|disappeared|isn t there any ?more|is no longer there|vanished)\b"
)


def app_is_gone(text: str) -> bool:
    """The customer deleted, uninstalled or lost the authenticator app itself, or wiped the
    phone it was on."""
    words = plain(text)
    wiped = _PHONE_WIPED.search(words) and _APP_NAMED.search(words)
    refused_anyway = _PUT_BACK.search(words) and REFUSED.search(words)
    # a phone reset whose date is wrong since, the app's codes refused: the clock (« remis à zéro
    # côté date et heure… il affiche le 1er janvier 2000… rejeté à chaque essai »: DEV98)
    entry_gone = _ENTRY_GONE.search(words) and _APP_NAMED.search(words)
    gone = (_APP_GONE.search(words) or wiped or entry_gone) and not clock_set_by_hand(text)
    return bool(gone) and not refused_anyway
