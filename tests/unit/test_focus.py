"""The question sentence of a long message gets a second vote (bot/nlu/focus.py)."""

from bot.nlu.focus import focused_text, question_span


def test_the_question_of_a_long_message_is_repeated_after_the_message():
    text = ("We're a two-person business and I handle the IT. My accountant says the portal "
            "needs that login with the phone. Can you take me through it?")
    read = focused_text(text, 8)
    assert read.startswith(text)  # the whole message is read, context included
    assert read[len(text):].strip() == "Can you take me through it?"
    assert read.count("phone") == 1  # the context is there once


def test_the_last_question_counts_even_when_context_follows_it():
    text = "J'ai changé de téléphone hier. Comment je récupère mes codes ? On est une petite équipe de trois."
    start, end = question_span(text)
    assert text[start:end].strip() == "Comment je récupère mes codes ?"


def test_without_a_question_mark_the_last_sentence_is_the_question():
    text = "Mon collègue est parti avec le téléphone du compte partagé. Je dois faire une demande de réinitialisation"
    start, end = question_span(text)
    assert text[start:end].strip().startswith("Je dois faire")


def test_short_and_single_sentence_messages_are_left_as_they_are():
    assert focused_text("sms pas reçu", 8) == "sms pas reçu"
    one = "how do i turn on the two factor thing on the portal for all of my colleagues please"
    assert focused_text(one, 8) == one
    assert question_span("Code pas reçu ?") is None
    # two sentences but too few words to hold context
    assert focused_text("Bonjour. Code pas reçu ?", 8) == "Bonjour. Code pas reçu ?"


def test_the_question_of_a_very_long_story_weighs_about_as_much_as_the_story():
    """Forty-seventh outsider check, F8: the question at the end of a 1,389-character story,
    counted twice, was drowned in it (the out-of-scope answer)."""
    story = " ".join(["On a eu une semaine compliquée avec le déménagement du dépôt et les camions."] * 8)
    question = "Bref : le SMS avec le code n'arrive jamais, que faire ?"
    read = focused_text(f"{story} {question}", 8)
    added = read[len(story) + len(question) + 1 :]
    assert added.count("n'arrive jamais") >= 5
    assert added.count("déménagement") == 0  # the story itself is there once
    context_words = len(story.split())
    assert len(added.split()) <= context_words  # never more than the story's weight


def test_a_long_context_message_of_usual_length_gets_one_copy():
    text = ("Je gère une flotte de traceurs pour une société de transport frigorifique à Lyon. "
            "Hier j'ai activé la double authentification par SMS sans souci. "
            "Aujourd'hui le code arrive mais il est refusé à chaque fois, que se passe-t-il ?")
    assert len(text.split()) < 60
    assert focused_text(text, 8).count("que se passe-t-il") == 2
