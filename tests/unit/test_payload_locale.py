"""A quick reply's payload carries the widget's locale to Rasa (bot/rasa_ext/payload_locale.py):
Rasa reads payloads without the NLU pipeline, so without it a customer who switched the page
to English and clicked a topic button was answered in French."""

import json

import pytest

from bot.rasa_ext.payload_locale import with_locale

# the page's language chosen by the visitor (the toggle): the widget says so
EN = {"customData": {"locale": "en", "locale_chosen": True}}


def entities(text: str) -> dict:
    return json.loads(text[text.index("{"):])


def test_a_topic_button_gets_the_locale():
    assert with_locale("/ask_deadline", EN) == '/ask_deadline{"language": "en"}'
    assert with_locale("/affirm", {"locale": "fr-FR", "locale_chosen": True}) == '/affirm{"language": "fr"}'


def test_the_payload_keeps_its_own_entities_and_confidence():
    out = with_locale('/inform{"reset_reason": "lost_phone"}', EN)
    assert out.startswith("/inform{") and entities(out) == {"reset_reason": "lost_phone", "language": "en"}
    assert with_locale("/affirm@0.9", EN) == '/affirm@0.9{"language": "en"}'


def test_the_locale_wins_over_a_typed_language():
    assert entities(with_locale('/ask_deadline{"language": "xx"}', EN)) == {"language": "en"}


@pytest.mark.parametrize("text,metadata", [
    ("what is 2FA?", EN),                      # words: the NLU decides
    ("/ask_deadline", {}),                     # no locale: the conversation's language stays
    ("/ask_deadline", {"locale": "de", "locale_chosen": True}),  # not a language of ours
    # the default page's locale, not chosen: an English conversation on the French page stays
    # English when a button is clicked (twenty-eighth outsider check, finding 1)
    ("/phone_changed", {"customData": {"locale": "fr"}}),
    ("/phone_changed", {"customData": {"locale": "fr", "locale_chosen": False}}),
    ("/phone_changed", {"customData": {"locale": "fr", "locale_chosen": "true"}}),
    ('/inform{"reset_reason": ', EN),          # unreadable JSON: Rasa answers it as before
    ('/inform["x"]', EN),
    (None, EN),
])
def test_anything_else_is_left_as_it_came(text, metadata):
    assert with_locale(text, metadata) == text


@pytest.mark.parametrize("stored,offered", [
    ('/deny{"language": "fr"}', "/deny"),
    ('/inform{"reset_reason": "lost_phone", "language": "en"}', '/inform{"reset_reason":"lost_phone"}'),
])
def test_a_stored_click_matches_the_button_offered(stored, offered):
    from bot.rasa_ext.payload_locale import as_clicked

    assert as_clicked(stored) == as_clicked(offered)
    assert as_clicked("merci") == "merci"
