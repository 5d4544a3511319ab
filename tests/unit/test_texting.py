"""bot/nlu/texting.py: texting spellings written out for the classifier and the language
(thirteenth outsider check, F09: "slt jpeu pa me co le code arriv pa" fell back, and "tjr r1"
was answered in English in a French conversation)."""

from __future__ import annotations

import pytest

from bot.nlu.language import LanguageDetector
from bot.nlu.texting import written_out


@pytest.mark.parametrize("typed, meant", [
    ("slt jpeu pa me co le code arriv pa", "salut je peux pas me connecter le code arrive pas"),
    ("tjr r1", "toujours rien"),
    ("TJR R1 !!", "toujours rien !!"),
    ("u cant get the txt??", "you can't get the text??"),
    ("pls resend b4 9", "please resend before 9"),
    # "y" before an English verb that asks (DEV11: "y do i have to do this 2fa thing")
    ("y do i have to do this 2fa thing", "why do i have to do this 2fa thing"),
    ("Y r u asking me that", "why are you asking me that"),
    # texting without vowels (DEV84, written blind)
    ("dnt want an app on my fone, cn i do it w txts",
     "don't want an app on my phone, can i do it with texts"),
    ("chng frm sms to app?? how", "change from sms to app?? how"),
    ("jms rcu le code, cmnt je fais avc mon nv tel", "jamais reçu le code, comment je fais avec mon nouveau téléphone"),
    # English "dont", French « dont » aside (test_words_and_elisions_are_left_as_typed)
    ("i dont have the app", "i don't have the app"),
    ("dont get the txt", "don't get the text"),
])
def test_texting_spellings_are_written_out(typed, meant):
    assert written_out(typed) == meant


@pytest.mark.parametrize("text", [
    "c'est quoi la double authentification", "I can't log in", "le code à 6 chiffres",
    "mon tél est cassé".replace("tél", "portable"), "Acme's account", "l'appli", "r2d2 co-op",
    "il y a un souci", "ça y est, c'est bon",
    # French « dont » (DEV104, written blind: "dont deux" became "don't deux")
    "mon appli affiche cinq comptes, dont deux qui s'appellent M2Mmanager",
    "les applis dont j'ai besoin", "trois sites, dont le nôtre",
])
def test_words_and_elisions_are_left_as_typed(text):
    assert written_out(text) == text


@pytest.mark.parametrize("text, lang", [("tjr r1", "fr"), ("jpeu pa me co", "fr"),
                                        ("u cant get the txt", "en"), ("pls idk wat 2 do", "en")])
def test_a_texters_language_is_read(text, lang):
    assert LanguageDetector({}).decide(text, {}) == lang
