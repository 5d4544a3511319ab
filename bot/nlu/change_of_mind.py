"""A change of mind toward one method, said with a "no": that method's set-up.

« en fait non je préfère l'appli finalement » after the SMS steps was a "no" (« Très bien.
Puis-je vous aider pour autre chose ? ») or a goodbye (« Au revoir et bonne journée ! »): the
opening « en fait non » outweighed the wish after it (thirty-eighth outsider check, finding 3;
the English "actually no, I'd rather use the app" was read right). The method preferred in the
end is what the customer asks for: its set-up's steps (logged in with the other method active,
the set-up's answer says how to change: actions/personal.py).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_CHANGED_MIND = re.compile(
    r"\b(?:finalement|en fait|apres reflexion|tout compte fait|plutot|actually|after all"
    r"|on second thought|in the end|instead|rather)\b"
)
_PREFERS = (
    r"(?:je prefere|je prefererais|je prends|je choisis|je vais prendre|je veux|je voudrais"
    r"|i d rather|i would rather|i prefer|i ll take|i ll go with|let s go with|i want|i d like)"
)
_APP = r"(?:l appli|l application|une appli|une application|the app|an app|authenticator|l app)"
_SMS = r"(?:le sms|les sms|par sms|sms|le texto|par texto|texts?|text messages?|by text)"
_WANTS_APP = re.compile(rf"\b{_PREFERS} (?:(?:use|utiliser|plutot|passer par) )?{_APP}\b")
_WANTS_SMS = re.compile(rf"\b{_PREFERS} (?:(?:use|utiliser|plutot|passer par) )?{_SMS}\b")


def prefers_the_app_after_all(text: str) -> bool:
    """The customer changes their mind and prefers the app."""
    words = plain(text)
    return bool(_CHANGED_MIND.search(words) and _WANTS_APP.search(words)) and not (
        _WANTS_SMS.search(words)
    )


def prefers_sms_after_all(text: str) -> bool:
    """The customer changes their mind and prefers text messages."""
    words = plain(text)
    return bool(_CHANGED_MIND.search(words) and _WANTS_SMS.search(words)) and not (
        _WANTS_APP.search(words)
    )


# staying with the method in use, said with or without a "no" (« attendez, en fait non, je reste
# sur le SMS » right after the offer to move to the app got "Toujours pas de SMS ?", the SMS
# 0.33; forty-eighth outsider check, F10): the offer's "no"; the texts that do not come keep
# their own answer
_STAYS = re.compile(
    rf"\b(?:je reste|on reste|je vais rester|on va rester|je prefere rester|restons|je garde"
    rf"|on garde|je vais garder|laissez moi|laisse moi|gardez moi|i ll stay|i will stay|i m staying"
    rf"|i d rather stay|let me stay|i ll keep|i will keep|keep me|leave me|we ll stay|we ll keep"
    rf"|stay|keep|garde|gardez|on reste)\b (?:(?:sur|en|au|avec|a|on|with|using|as is with"
    rf"|the|le|les|l) )?(?:{_SMS}|{_APP})\b"
)
_TROUBLE = re.compile(
    r"\b(?:arrive|arrivent|recu|recois|received|receive|get|getting|come|comes|coming|refus\w*"
    r"|rejected|invalid\w*|marche|works?|working|fonctionne|bloque\w*|blocked|stuck)\b"
)


def stays_with_a_method(text: str) -> bool:
    """The customer keeps the method in use (the move offered declined), no trouble told."""
    words = plain(text)
    return bool(_STAYS.search(words)) and not _TROUBLE.search(words)
