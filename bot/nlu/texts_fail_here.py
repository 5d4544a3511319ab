"""Texts that come late or never where the customer is, and a way out asked: the app, which
makes its codes on the phone without the network.

Written blind (DEV109-110, 2026-12-07), each told without a method named in use:
« Au fond de la galerie il n'y a aucun réseau mobile, mais on doit parfois se connecter depuis
le poste relié en filaire. Les textos n'arrivent jamais là-dessous, y a-t-il une autre façon de
faire ? » (the SMS that never came, 0.59); "hardly any mobile signal, texts sometimes land hours
late. We do have decent Wi-Fi in the office though." (the fallback); « …les textos avec les
chiffres n'arrivent jamais quand je suis à la station supérieure. J'aimerais passer à quelque
chose qui fonctionne hors réseau. » (the fallback: a tie of the missing SMS and the switch);
"texts reach me late, sometimes an hour late. Could I go over to something that doesn't rely on
my carrier?" (the SMS that never came).

The texts are how the codes come today, and where they cannot come, no step of the missing SMS
helps. A move asked ("passer à", "go over to") is the change of method; another way asked, or a
network of the computer's told (Wi-Fi, a wired PC), is the app's set-up.
"""

from __future__ import annotations

import re

from bot.nlu.sms_to_app import LATE, NO_SIGNAL, SET_TO_TEXTS, WIFI, gets_codes_by_text_now
from bot.plain_text import plain

_TEXTS = r"(?:textos?|sms|texts?|messages?|codes?)"
_TEXTS_FAIL = re.compile(
    rf"\b{_TEXTS}(?: \w+){{0,4}}? (?:n arrivent jamais|n arrive jamais|arrivent jamais"
    r"|n arrivent pas|never (?:arrive|arrives|come|comes|get through|reach me|turn up|make it)"
    r"|(?:land|lands|arrive|arrives|reach me|reaches me|come|comes|turn up|turns up)"
    r" (?:\w+ ){0,2}?(?:late|hours late)"
    r"|arrivent (?:\w+ )?(?:en retard|trop tard|avec (?:des heures de )?retard))\b"
)
_MOVE_TO_SOMETHING = re.compile(
    r"\b(?:passer|basculer|changer|go|switch|switched|move|moved|change|changed|put)(?: me| us"
    r"| moi| nous| my account| mon compte)?(?: over)? (?:a|sur|vers|pour|to|on)"
    r" (?:\w+ ){0,2}?(?:quelque chose|un truc|un moyen|une solution|une autre methode|something"
    r"|another (?:method|way|option)|(?:an?|the) (?:app|application|authenticator)|l appli"
    r"|une appli"
    r"|l application|une application)\b"
)
_ANOTHER_WAY = re.compile(
    r"\b(?:une autre facon|un autre moyen|une autre solution|une autre maniere|autrement"
    r"|another way|other way|any other way|another option|something else|a different way)\b"
)


def _texts_fail(words: str) -> bool:
    return bool(_TEXTS_FAIL.search(words) or LATE.search(words))


def texts_fail_here_move_asked(text: str) -> bool:
    """Texts late or never where the customer is, and a move to something else asked."""
    words = plain(text)
    return _texts_fail(words) and bool(_MOVE_TO_SOMETHING.search(words))


def texts_fail_here_another_way(text: str) -> bool:
    """No signal, texts late or never, and another way asked or a computer's network told (not
    the account said to be on texts, whose move is the switch: bot/nlu/sms_to_app.py)."""
    words = plain(text)
    asked = _ANOTHER_WAY.search(words) or WIFI.search(words)
    told = NO_SIGNAL.search(words) and _texts_fail(words) and asked
    on_texts = SET_TO_TEXTS.search(words) or gets_codes_by_text_now(words)
    return bool(told) and not (_MOVE_TO_SOMETHING.search(words) or on_texts)
