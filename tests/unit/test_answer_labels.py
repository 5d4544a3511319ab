"""The assistant's answers quote the portal's buttons and fields exactly as the customer sees them.

French answers use the help article's labels (the French portal shows them word for word).
English answers are read by customers who may be on either portal: each French label they
quote is followed by the English portal's label, in quotes, so both can be found on screen.
The labels come from one place, bot/web/i18n.py, the strings the portal pages render.
"""

from __future__ import annotations

import re

import pytest

from bot import content
from bot.web.i18n import EN, FR

# i18n keys of the labels the article names (buttons, choices, fields, menu entries)
LABEL_KEYS = ("offer_yes", "offer_no", "continue", "method_app", "code_app", "code_sms", "remember",
              "resend", "other_method", "nav_requests")


def _variations():
    # the answers as customers read them: domain.yml's, the facts filled (default settings)
    for name, variations in content.chat_responses().items():
        for variation in variations:
            if content.is_bilingual(variation):  # language undecided: French, blank line, English
                french, _, english = variation["text"].partition("\n\n")
                yield name, "fr", french
                yield name, "en", english
                continue
            conditions = variation.get("condition") or []
            lang = next((c["value"] for c in conditions if c.get("name") == "language"), "fr")
            yield name, lang, variation.get("text", "")


VARIATIONS = list(_variations())


def test_the_article_labels_are_on_the_french_portal():
    """The French pages render the article's labels verbatim (the answers rely on it)."""
    assert FR["offer_no"] == "Non, pas maintenant"
    assert FR["remember"] == "Se souvenir de cet appareil pendant 30 jours"
    assert FR["other_method"] == "Essayer une autre méthode"
    assert FR["nav_requests"] == "Mes demandes"


@pytest.mark.parametrize("key", LABEL_KEYS)
def test_english_answers_name_the_english_portal_label_beside_the_french_one(key):
    fr, en = FR[key], EN[key]
    quoted = 0
    for name, lang, text in VARIATIONS:
        if lang != "en":
            continue
        for match in re.finditer(re.escape(f"“{fr}”"), text):
            quoted += 1
            expected = f" (“{en}”)"
            after = text[match.end():match.end() + len(expected)]
            assert after == expected, f"{name}: “{fr}” is not followed by the English label “{en}”"
    assert quoted, f"no English answer quotes “{fr}”: the label test would prove nothing"


@pytest.mark.parametrize("key", LABEL_KEYS)
def test_french_answers_quote_the_article_label_without_translation(key):
    fr = FR[key]
    quoted = [name for name, lang, text in VARIATIONS if lang == "fr" and f"« {fr} »" in text]
    assert quoted, f"no French answer quotes « {fr} »"
    for name, lang, text in VARIATIONS:
        if lang == "fr":
            assert f"“{fr}”" not in text, f"{name}: French answers use « » like the article"
