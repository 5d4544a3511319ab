"""bot/nlu/filler.py: a closing plea set aside before the classifier reads a message
("i didnt get the sms, can u help plz" was a resend asked, "my code gets rejected, any help
appreciated thanks" a thanks; sixteenth session)."""

from __future__ import annotations

import pytest

from bot.nlu.filler import without_filler
from bot.nlu.texting import written_out


@pytest.mark.parametrize("typed, read", [
    ("i didnt get the sms, can u help plz", "i didn't get the sms"),
    ("slt g pa recu le sms, can u help plz", "salut g pas recu le sms"),
    ("my code gets rejected, any help appreciated thanks", "my code gets rejected"),
    ("Mon SMS n'arrive pas. Vous pouvez m'aider ?", "Mon SMS n'arrive pas."),
    ("J'ai un nouveau téléphone. J'ai besoin d'aide svp", "J'ai un nouveau téléphone."),
    ("Code refusé. Merci d'avance pour votre aide.", "Code refusé."),
    ("pls help, my phone was stolen", "my phone was stolen"),
    ("Can you help me? I changed phones last week.", "I changed phones last week."),
])
def test_a_closing_or_opening_plea_is_set_aside(typed, read):
    assert without_filler(written_out(typed)) == read


@pytest.mark.parametrize("text", [
    # a thanks that closes, not one in advance: the thanks itself
    "that worked, thanks", "ok great, thanks for your help", "parfait, merci beaucoup",
    # nothing, or too little, left: as typed
    "help me please", "super, merci d'avance", "aidez-moi svp", "merci d'avance",
    # a plea with the topic in it, and one sentence without a plea
    "can you help me set up the app?", "vous pouvez m'aider à activer la double authentification ?",
    "le code ne marche pas help",
])
def test_what_is_not_only_a_plea_stays(text):
    assert without_filler(written_out(text)) == written_out(text)
