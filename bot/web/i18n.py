"""The pages' texts, French and English, from the content catalogues (bot/content/fr.yml and
en.yml, section `pages`), with the rules' facts filled from the settings.

The French popup uses the help article's labels word for word ("Oui, je veux utiliser la
double authentification lors de ma prochaine connexion (recommandé)", "Non, pas maintenant",
"Continuer", "Google Authenticator ou similaire", "SMS", "Code à usage unique", "Saisissez le
code à 6 chiffres", "Se souvenir de cet appareil pendant 30 jours", "Renvoyer", "Essayer une
autre méthode", "Mes demandes"); the English pages carry translations. "30 jours" there is
`{remember_days}`: the label follows TWOFA_REMEMBER_DAYS.

`strings(lang, settings)` feeds the templates; the `js_*` and `err_*` keys also travel to the
page's scripts (in a JSON data block) so that API errors show in the page's language.
`STRINGS`, `FR` and `EN` are the same texts with the settings of the environment, for code
that has no settings at hand.
"""

from __future__ import annotations

from typing import Any

from bot import content
from bot.content.dates import long_date

LANGUAGES = content.LANGUAGES


def strings(lang: str, settings: Any | None = None) -> dict[str, str]:
    """Every page text of `lang`, facts filled from `settings` (the environment's by default)."""
    return content.page_strings(lang, settings or content.settings_from_environment())


STRINGS = {lang: strings(lang) for lang in LANGUAGES}
FR = STRINGS["fr"]
EN = STRINGS["en"]

_JS_PREFIXES = (
    "js_",
    "err_",
    "chat_",
    "reason_",
    "status_",
    "subject_",
    "refused_because",
    "phone_to",
    "resend",
)


def js_strings(lang: str, settings: Any | None = None) -> dict:
    """The texts the page scripts need."""
    return {k: v for k, v in strings(lang, settings).items() if k.startswith(_JS_PREFIXES)}


def format_date(iso: str | None, lang: str) -> str:
    """'2024-05-29' -> '29 mai 2024' (fr) or '29 May 2024' (en): the one date format of every
    text (bot/content/dates.py)."""
    return long_date(iso, lang)
