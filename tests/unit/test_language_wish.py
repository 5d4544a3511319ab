"""A language wish with a question in the same message (bot/nlu/language_wish.py and the
second-question step's `beyond_the_wish`): the question is read without the wish, answered in
the language wished; a wish alone, or with only its reason, stays the wish. The trained model
through the stack: tests/e2e/test_understanding_rest.py."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.language_wish import KEY, beyond_wish, wished_language
from bot.nlu.second_question import SecondQuestion


@pytest.mark.parametrize("text, language, rest", [
    ("je comprends mal l'anglais, vous pouvez m'expliquer en français comment scanner le QR ?",
     "fr", "comment scanner le qr"),
    ("reply in english pls, le texto avec le code arrive jamais", "en",
     "le texto avec le code arrive jamais"),
    ("my english is poor, répondez en français : combien de temps j'ai pour activer ?", "fr",
     "combien de temps j ai pour activer"),
    ("Can you answer in French please? How do I tick the box to skip the code on my PC?", "fr",
     "how do i tick the box to skip the code on my pc"),
    # a preference said before the wish is no part of the question (fifty-fourth outside
    # check, F4: « je préfère » kept the rest under the bar, and the question was dropped)
    ("je préfère en français svp, combien de temps j'avais en tout ?", "fr",
     "combien de temps j avais en tout"),
    ("I'd rather in English please: is the code the same every time?", "en",
     "is the code the same every time"),
    # a preference to speak it, after a change of mind's words (fifty-fifth outside check, F1)
    ("ok en fait je préfère parler français, c'est quoi le support ?", "fr", "c est quoi le support"),
    ("well actually I'd rather speak English, how many days do I have left?", "en",
     "how many days do i have left"),
    # "…? and in English?" closing the question (fifty-seventh outside check, F2)
    ("c'est quoi mon numéro de demande déjà ? et en anglais ?", "en",
     "c est quoi mon numero de demande deja"),
    ("where do I type the code from the app? and in French?", "fr",
     "where do i type the code from the app"),
    # whether the chat takes a language, asked with a question (sixtieth outside check, F3)
    ("is this chat english too? where do i enter the code", "en", "where do i enter the code"),
    ("tu parles français ? je trouve pas où taper le code", "fr", "je trouve pas ou taper le code"),
    ("Do you speak English? The text with the code never arrived", "en",
     "the text with the code never arrived"),
])
def test_the_question_beyond_the_wish_is_what_is_left(text, language, rest):
    assert wished_language(text) == language
    assert beyond_wish(text) == rest


@pytest.mark.parametrize("text", [
    "en français svp",
    "can you answer in English please?",
    "Can we continue in French? It's easier for me.",
    # the reason of the wish is not a question (a TEST line was read as a person)
    "Est-ce que vous pouvez me répondre en anglais pour que je puisse transférer vos réponses",
])
def test_a_wish_alone_or_with_its_reason_leaves_no_question(text):
    assert beyond_wish(text) is None


@pytest.mark.parametrize("text", [
    "le portail est en anglais, comment je change la langue ?",
    "Is the QR code screen in English or in French?",
    "my colleague only speaks french, can he use the app?",
    "is the popup in french only? my staff are english",
])
def test_a_language_named_without_a_wish_is_no_wish(text):
    assert wished_language(text) is None
    assert beyond_wish(text) is None


def test_two_languages_wished_are_no_wish():
    assert wished_language("répondez en anglais ou en français svp, peu importe") is None


def message(text, read_as, confidence, rest_read_as, rest_confidence, language):
    ranking = [{"name": read_as, "confidence": confidence},
               {"name": "ask_enable_app", "confidence": 0.1}]
    rest = beyond_wish(text)
    assert rest is not None
    return Message(data={
        "text": text, "intent": dict(ranking[0]), "intent_ranking": ranking,
        "entities": [{"entity": "language", "value": language}],
        KEY: (rest, rest_read_as, rest_confidence),
    })


def language_of(msg):
    return next(e["value"] for e in msg.get("entities") if e["entity"] == "language")


def test_a_wish_read_whole_gets_the_question_it_carries_in_the_language_wished():
    # French words, English wished: the set-up's answer, in English
    msg = message("pouvez-vous me répondre en anglais, comment on met le code de l'appli ?",
                  "ask_language", 0.77, "ask_enable_app", 0.8, "fr")
    SecondQuestion().process([msg])
    assert msg.get("intent") == {"name": "ask_enable_app", "confidence": 0.8}
    assert language_of(msg) == "en"
    # the wish stays in the ranking, below the question (under a third of it: labels.RULED_OUT)
    assert {"name": "ask_language", "confidence": pytest.approx(0.3 * 0.8)} in msg.get("intent_ranking")


def test_a_duration_asked_with_the_wish_is_the_follow_up():
    """Fifty-fourth outside check, F4: « je préfère en français svp, combien de temps j'avais en
    tout ? » after an English answer got that answer again in French, the question dropped: the
    rest reads as a duration with no topic (ask_how_long), which the answer just read settles."""
    msg = message("je préfère en français svp, combien de temps j'avais en tout ?",
                  "ask_language", 0.85, "ask_how_long", 0.8, "en")
    SecondQuestion().process([msg])
    assert msg.get("intent") == {"name": "ask_how_long", "confidence": 0.8}
    assert language_of(msg) == "fr"


def test_a_rest_read_unsurely_or_out_of_scope_leaves_the_wish():
    for rest_read_as, rest_confidence in (("ask_enable_app", 0.45), ("out_of_scope", 0.9)):
        msg = message("answer in french please, my invoice for the sims doubled",
                      "ask_language", 0.9, rest_read_as, rest_confidence, "en")
        SecondQuestion().process([msg])
        assert msg.get("intent")["name"] == "ask_language"
        assert language_of(msg) == "en"


def test_a_message_read_as_another_topic_than_its_rest_keeps_its_reading():
    msg = message("in english please, can I talk to someone about the app", "request_human", 0.9,
                  "ask_enable_app", 0.7, "fr")
    SecondQuestion().process([msg])
    assert msg.get("intent") == {"name": "request_human", "confidence": 0.9}
    assert language_of(msg) == "fr"


def test_a_language_asked_in_words_outlives_the_pages_locale():
    """Forty-fifth outsider check, F14 (bot/rasa_ext/asked_language.py)."""
    from bot.rasa_ext.asked_language import (
        asked_in,
        locale_overridden,
        locale_to_weigh,
        without_locale,
    )

    texts = ["I lost my phone", "yes", "me@acme.com", "et en français ?"]
    assert asked_in(texts) == "fr"
    assert asked_in(texts + ["in english please"]) == "en"
    assert asked_in(["je parle mal anglais"]) is None  # a language declined is not asked
    meta = {"locale": "en", "customData": {"locale": "en", "session_token": "t"}}
    assert locale_to_weigh(meta, says_its_language=False) == "en"
    assert locale_to_weigh(meta, says_its_language=True) is None  # its words decide
    assert locale_to_weigh({}, says_its_language=False) is None  # no locale to give way
    assert locale_overridden("en", texts)
    assert not locale_overridden("fr", texts)  # the locale is the language asked
    assert not locale_overridden("en", ["hello"])  # nothing asked in words
    stripped = without_locale(meta)
    assert "locale" not in stripped and "locale" not in stripped["customData"]
    assert stripped["customData"]["session_token"] == "t" and meta["locale"] == "en"


def test_the_portals_own_language_is_no_wish_for_the_reply():
    """« Est-ce qu'on peut passer l'interface du portail en anglais… ? » asks the portal's
    language (out of scope), in French: not a reply wished in English (DEV47's line, lost when
    the field scorer took a wish's language as the right one)."""
    assert wished_language("Est-ce qu'on peut passer l'interface du portail en anglais pour notre "
                           "filiale à Dublin ?") is None
    assert wished_language("Can you explain the app in French please?") == "fr"
