"""bot/nlu/markup.py: markup in a message is not the customer's words (twenty-fourth outsider
check, A12: "<script>alert(1)</script> mon code marche pas" was answered as out of scope)."""

from __future__ import annotations

import pytest

from bot.nlu.markup import without_markup


@pytest.mark.parametrize("text, words", [
    ("<script>alert(1)</script> mon code marche pas", "mon code marche pas"),
    ("<SCRIPT type='text/javascript'>x()</SCRIPT>my code is refused", "my code is refused"),
    ("<style>p{}</style><p>Bonjour</p> comment activer la 2FA ?", "Bonjour comment activer la 2FA ?"),
    ("<b>hi</b> how do I turn on 2FA?", "hi how do I turn on 2FA?"),
    ("<img src=x onerror=alert(document.cookie)>", ""),
    ("<!-- hidden --> le sms arrive pas", "le sms arrive pas"),
    ("<script>never closed, le code", ""),
])
def test_markup_is_set_aside(text, words):
    assert without_markup(text) == words


@pytest.mark.parametrize("text", [
    "le code a 6 chiffres < 10 minutes ?",
    "code <3",
    "2 < 3 and 5 > 4",
    "« Non, pas maintenant »",
])
def test_text_with_angle_brackets_that_is_not_markup_stays(text):
    assert without_markup(text) == text
