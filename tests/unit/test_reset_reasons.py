"""The reset reason in the customer's words (actions/reset_reasons.py): outsider finding 5,
"nouveau tel" at the reason question looped, and the reason said in the request was asked
again."""

from __future__ import annotations

import pytest

from actions.reset_reasons import reason_in_messages, reason_in_text


@pytest.mark.parametrize("text,reason", [
    ("nouveau tel", "new_phone"), ("j'ai un nouveau téléphone", "new_phone"), ("new cell", "new_phone"),
    ("téléphone neuf", "new_phone"), ("I upgraded my iPhone", "new_phone"),
    ("perdu", "lost_phone"), ("mon tel est cassé", "lost_phone"), ("I dropped my phone in the lake", "lost_phone"),
    ("stolen", "lost_phone"), ("changé de numéro", "changed_number"), ("new number", "changed_number"),
    # fifty-ninth outside check, F14: left somewhere, no longer had (asked again after the check)
    ("hmm I think I left my phone on the train yesterday, I don't have it anymore", "lost_phone"),
    ("j'ai oublié mon portable dans le taxi", "lost_phone"), ("je n'ai plus mon téléphone", "lost_phone"),
    # thirteenth outsider check, LE05: the other method, same phone, had no reason to give
    ("i want to use the app instead, and my sms are unreliable", "switch_method"),
    ("je préfère passer à l'application", "switch_method"), ("switch to sms please", "switch_method"),
    ("plutôt les SMS, l'appli à la place non merci", "switch_method"),
    ("j'ai un nouveau téléphone, je veux passer à l'appli", "new_phone"),
    # sixty-second outside check, F8: a new phone, the number kept, is no changed number
    ("nouveau tel meme numero mais l'appli authenticator est restee sur l'ancien", "new_phone"),
    ("got a new iPhone but kept my number, the app is on the old one", "new_phone"),
    ("j'ai changé de portable mais j'ai gardé mon numéro", "new_phone"),
])
def test_short_and_typed_reasons(text, reason):
    assert reason_in_text(text) == reason


@pytest.mark.parametrize("text", [
    "oui vas y", "ok", "je sais pas", "yes please", "x" * 400,
    # the request's own number asked at the reason question (twenty-fifth outsider check, L5:
    # taken as a changed number, the question skipped)
    "what's my request number again", "c est quoi le numero de ma demande ?", "ticket number?",
    "quelle est ma référence",
    # given up with a reason word in the story (forty-fourth outsider check, F4)
    "never mind, I found my old SIM and it works now, thanks",
    "c'est bon finalement, mon nouveau téléphone marche", "ça remarche avec ma puce, merci",
])
def test_no_reason_named(text):
    assert reason_in_text(text) is None


def test_the_newest_message_naming_a_reason_wins():
    assert reason_in_messages(["oui", "j'ai perdu mon téléphone", "nouveau numéro"]) == "lost_phone"
    assert reason_in_messages(["oui", "ok"]) is None
