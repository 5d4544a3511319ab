"""The question sentence of a long message gets a second vote (bot/nlu/focus.py)."""

from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.focus import QuestionFocusTokenizer, question_span


def _tokens(text: str) -> list:
    tokenizer = QuestionFocusTokenizer(QuestionFocusTokenizer.get_default_config())
    return [t.text for t in tokenizer.tokenize(Message(data={TEXT: text}), TEXT)]


def test_the_question_of_a_long_message_is_repeated_after_the_message():
    text = ("We're a two-person business and I handle the IT. My accountant says the portal "
            "needs that login with the phone. Can you take me through it?")
    words = _tokens(text)
    question = ["Can", "you", "take", "me", "through", "it"]
    assert words[-12:] == question + question
    assert words.count("phone") == 1  # the context is there once


def test_the_last_question_counts_even_when_context_follows_it():
    text = "J'ai changé de téléphone hier. Comment je récupère mes codes ? On est une petite équipe de trois."
    start, end = question_span(text)
    assert text[start:end].strip() == "Comment je récupère mes codes ?"


def test_without_a_question_mark_the_last_sentence_is_the_question():
    text = "Mon collègue est parti avec le téléphone du compte partagé. Je dois faire une demande de réinitialisation"
    start, end = question_span(text)
    assert text[start:end].strip().startswith("Je dois faire")


def test_short_and_single_sentence_messages_are_left_as_they_are():
    assert _tokens("sms pas reçu") == ["sms", "pas", "reçu"]
    one = "how do i turn on the two factor thing on the portal for all of my colleagues please"
    assert _tokens(one) == one.split()
    assert question_span("Code pas reçu ?") is None


def test_the_text_itself_is_unchanged():
    tokenizer = QuestionFocusTokenizer(QuestionFocusTokenizer.get_default_config())
    text = "I moved to a new phone last week. The old one is gone. Where do I ask for a reset?"
    message = Message(data={TEXT: text})
    tokens = tokenizer.tokenize(message, TEXT)
    assert message.get(TEXT) == text
    assert all(text[t.start:t.end] == t.text for t in tokens)
