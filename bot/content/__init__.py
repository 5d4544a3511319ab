"""The content catalogue: one YAML file per language (fr.yml, en.yml) for every text a customer
or an agent reads outside the NLU data, with the rules' facts filled from the settings.

Why: the grace period, the remember-device period, the rollout date, the codes' validity and
the support line were written out in pages, emails, SMS, the channel's apologies and the chat
answers (30-odd times) while bot/config.py made them configurable; TWOFA_GRACE_DAYS=14 made the
product contradict itself. Texts now say `{grace_days}`, and `facts()` is the one place that
turns settings into words.

Sections of a catalogue and who reads them:
  pages     the portal, demo phone and console (bot/web/i18n.py)
  methods   names of the second factors in emails
  emails    subject and body of each notification (bot/rules/audit.py)
  sms       the login code SMS of the outbox sender (bot/senders/outbox.py)
  channel   what the chat channels say by themselves (bot/rasa_ext/replies.py)
  chat      the assistant's answers: domain.yml's `responses` are GENERATED from it

How chat answers get the facts (docs/content.md): scripts/gen_domain.py copies the `chat`
sections into domain.yml with the placeholders left in (`{grace_days}`, not 28), and
tests/unit/test_content.py fails while domain.yml is out of date. At run time Rasa's NLG is
bot.rasa_ext.nlg.CatalogueNLG (endpoints.yml): it fills the facts into every response with
the settings of the Rasa process's environment, before Rasa fills slots and the values the
actions send. So changing TWOFA_GRACE_DAYS or the support line needs a restart, not a
retraining, and the model never holds a number. Alternatives set aside: facts in slots
(every conversation would carry them, and stories/trackers would depend on settings), a
remote NLG server (one more service for string substitution), numbers baked into domain.yml
at training (a settings change would need a retraining).

Placeholders: `{name}` with a name from FACTS is a fact; any other `{name}` is a value the code
fills (the customer's deadline, a ticket number, a slot). `fill()` replaces only the names it
is given and leaves every other brace as it is, so a typo in a catalogue shows as a visible
`{typo}` instead of crashing a reply; tests/unit/test_content.py lists the names each text
may use. Fact names are distinct from every slot and action value (tested), so Rasa's own
interpolation can never take one for the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.content.dates import long_date, opening_hours

LANGUAGES = ("fr", "en")
HERE = Path(__file__).resolve().parent

# every fact a text may state, and the setting it comes from (facts() below)
FACTS = (
    "grace_days",
    "remember_days",
    "rollout_date",
    "sms_code_minutes",
    "resend_seconds",
    "email_code_minutes",
    "email_guard_hours",
    "lock_after",
    "support_phone",
    "support_choice",
    "support_email",
    "phone_hours",
)

# a `{name}` that is not part of a doubled brace (`{{"method":"sms"}}` in a button payload)
_PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_][a-z0-9_]*)\}(?!\})")


@cache
def catalogue(lang: str) -> dict[str, Any]:
    """The parsed catalogue of one language (read once per process)."""
    if lang not in LANGUAGES:
        raise KeyError(f"no catalogue for language {lang!r}")
    return yaml.safe_load((HERE / f"{lang}.yml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def settings_from_environment():
    """The settings as the backend reads them, for processes without a Context (Rasa)."""
    from bot.config import Settings

    return Settings()


def _whole(seconds: float, unit: int) -> str:
    """600 s in minutes -> '10'; rounded, never '0' (a limit of 30 s still says '1')."""
    return str(max(1, round(seconds / unit)))


def facts(settings: Any, lang: str) -> dict[str, str]:
    """Every fact of FACTS, as words of `lang`, from the settings."""
    return {
        "grace_days": str(settings.grace_days),
        "remember_days": str(settings.remember_days),
        "rollout_date": long_date(settings.rollout_date, lang),
        "sms_code_minutes": _whole(settings.sms_code_ttl, 60),
        "resend_seconds": str(settings.resend_cooldown),
        "email_code_minutes": _whole(settings.email_code_ttl, 60),
        "email_guard_hours": _whole(settings.email_code_failure_window, 3600),
        "lock_after": str(settings.lock_threshold),
        "support_phone": settings.phone_line,
        "support_choice": str(settings.phone_choice),
        "support_email": settings.support_email,
        "phone_hours": opening_hours(
            tuple(settings.phone_days),
            settings.phone_opens,
            settings.phone_closes,
            settings.phone_timezone,
            bool(settings.phone_holidays),
            lang,
        ),
    }


def placeholders(text: str) -> list[str]:
    """The `{name}` placeholders of a text, in order."""
    return _PLACEHOLDER.findall(text)


def fill(text: str, values: Mapping[str, Any]) -> str:
    """Replace each `{name}` whose name is in `values`; leave every other brace untouched.

    One pass: a value is never read again as a template (a refusal reason typed by an agent
    may contain braces). Unknown names stay visible rather than raising.
    """

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _PLACEHOLDER.sub(one, text)


# ---------------------------------------------------------------- pages


@lru_cache(maxsize=8)
def page_strings(lang: str, settings: Any) -> dict[str, str]:
    """The pages' texts of `lang` with the facts filled (`{date}`, `{n}`… left for the page)."""
    known = facts(settings, lang)
    return {key: fill(value, known) for key, value in catalogue(lang)["pages"].items()}


# ---------------------------------------------------------------- emails and SMS


def email(kind: str, lang: str, settings: Any, **values: Any) -> tuple[str, str]:
    """(subject, body) of the notification `kind`, in `lang`, with the facts and `values`.

    `method` ("sms" / "totp") is replaced by its name in `lang`.
    """
    lang = lang if lang in LANGUAGES else "fr"
    texts = catalogue(lang)
    if "method" in values:
        values["method"] = texts["methods"].get(values["method"], values["method"])
    known = {**facts(settings, lang), **values}
    entry = texts["emails"][kind]
    return fill(entry["subject"], known), fill(entry["body"], known)


def sms_code(lang: str, settings: Any, code: str) -> str:
    """The SMS carrying a login code."""
    lang = lang if lang in LANGUAGES else "fr"
    return fill(catalogue(lang)["sms"]["code"], {**facts(settings, lang), "code": code})


# ---------------------------------------------------------------- chat channel


def channel_text(kind: str, lang: str, values: Mapping[str, Any]) -> str:
    """One of the channel's own texts (bot/rasa_ext/replies.py decides which and the values)."""
    return fill(catalogue(lang)["channel"][kind], values)


# ---------------------------------------------------------------- chat answers (domain.yml)


def variation_language(variation: Mapping[str, Any]) -> str:
    """'en' for a domain variation conditioned on language en, else 'fr' (the default)."""
    for condition in variation.get("condition") or []:
        if condition.get("name") == "language" and condition.get("value") in LANGUAGES:
            return condition["value"]
    return "fr"


def _fill_deep(value: Any, known: Mapping[str, Any]) -> Any:
    if isinstance(value, str):
        return fill(value, known)
    if isinstance(value, list):
        return [_fill_deep(item, known) for item in value]
    if isinstance(value, dict):
        return {
            key: (item if key in ("condition", "payload") else _fill_deep(item, known))
            for key, item in value.items()
        }
    return value


def fill_responses(
    responses: Mapping[str, Iterable[Mapping[str, Any]]], settings: Any, escape: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """Domain responses with the facts filled in each variation's language.

    Texts and button titles only: payloads and conditions are never touched. With `escape`
    (what the NLG uses) braces inside a fact's value are doubled, so that Rasa's own
    interpolation that follows reads them as text.
    """
    by_lang = {}
    for lang in LANGUAGES:
        known = facts(settings, lang)
        if escape:
            known = {k: v.replace("{", "{{").replace("}", "}}") for k, v in known.items()}
        by_lang[lang] = known
    return {
        name: [_fill_variation(v, by_lang) for v in variations]
        for name, variations in responses.items()
    }


# the halves of a bilingual text, in order, split at its first blank line
BILINGUAL = ("fr", "en")
# the blank line between two paragraphs of one chat message: a bilingual text's French and
# English halves (the catalogues write it so), and answers the NLG says together
PARAGRAPH = "\n\n"


def is_bilingual(variation: Mapping[str, Any]) -> bool:
    """A variation for a conversation whose language is undecided, written by
    scripts/gen_domain.py: the French text, a blank line, the English text."""
    metadata = variation.get("metadata")
    languages = metadata.get("languages") if isinstance(metadata, Mapping) else None
    return tuple(languages or ()) == BILINGUAL


def _fill_variation(
    variation: Mapping[str, Any], by_lang: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    if is_bilingual(variation) and isinstance(variation.get("text"), str):
        # each half in its own language: the English half says "Monday to Friday", not "du
        # lundi au vendredi"
        french, blank, english = variation["text"].partition(PARAGRAPH)
        filled = dict(variation)
        filled["text"] = fill(french, by_lang["fr"]) + blank + fill(english, by_lang["en"])
        return filled
    return _fill_deep(dict(variation), by_lang[variation_language(variation)])


def chat_responses(settings: Any | None = None) -> dict[str, list[dict[str, Any]]]:
    """domain.yml's responses as the customer reads them with `settings` (tests, tools)."""
    root = HERE.parent.parent
    domain = yaml.safe_load((root / "domain.yml").read_text(encoding="utf-8"))
    return fill_responses(domain["responses"], settings or settings_from_environment())
