"""What a code typed by a customer must look like: six ASCII digits.

One rule, read by two processes: the backend (bot/rules/) checks every code with it before
anything reaches Twilio or the database, and the action server (actions/identity.py) refuses
early, with no backend call and no attempt counted, exactly what the backend would refuse.

It lives apart from bot/security.py on purpose: importing it costs one regular expression.
bot/security.py pulls argon2 and phonenumbers and hashes a password at import; the action
server needs none of that (tests/actions/test_light_import.py keeps it so).
"""

from __future__ import annotations

import re

CODE_RE = re.compile(r"[0-9]{6}")  # ASCII only: Python's \d also matches other scripts' digits
MAX_CODE_INPUT = 32


def normalize_code(raw: object) -> str | None:
    """The 6-digit code a customer typed, or None: ASCII spaces removed, then exactly
    `[0-9]{6}`.

    Full-width or Arabic-Indic digits, 5 or 7 digits, NUL bytes, tabs and newlines (even
    trailing ones), emoji and long inputs are refused: none of them is a code the customer
    read from a screen, and the backend must never pass them to Twilio or a query.
    """
    if not isinstance(raw, str) or len(raw) > MAX_CODE_INPUT:
        return None
    compact = raw.replace(" ", "")
    return compact if CODE_RE.fullmatch(compact) else None


# a code inside a short sentence ("ah pardon c'est 428196", "it's 428 196"): one group of six
# digits, maybe split in two by a space or a dash as it is read from a screen
# ...and not a piece of a longer run of digit groups: "renvoyez-le au +44 7700 900123" is a
# phone number (fortieth session: the warning came after the changed number's answer)
# ...or six digits spaced one by one ("my code is 1 2 3 4 5 6, can you log me in": no warning;
# sixtieth outside check, F11)
_CODE_IN_TEXT = re.compile(
    r"(?<![0-9])(?<![0-9][ .-])(?:([0-9]{3})[ -]?([0-9]{3})|([0-9](?: [0-9]){5}))(?![ .-]?[0-9])"
)
MAX_SENTENCE = 80


def holds_a_code(raw: object) -> bool:
    """Whether a message holds something shaped like a login code (6 digits, maybe cut in
    two): "le code 482913 ne marche pas" gets "never share codes here"."""
    return isinstance(raw, str) and _CODE_IN_TEXT.search(raw) is not None


def code_in_sentence(raw: object) -> str | None:
    """The code of a short message that holds one and no other digit, or None.

    Two outsider checks of 2026-12-01 typed "ah pardon c est 428196" at the code question and
    were told the code must have exactly 6 digits. A message with any other digit (a date, a
    second number) is not read: guessing which number is the code could spend a try on the
    wrong one.
    """
    if not isinstance(raw, str) or len(raw) > MAX_SENTENCE or not raw.isprintable():
        return None
    found = _CODE_IN_TEXT.findall(raw)
    if len(found) != 1 or sum(ch in "0123456789" for ch in raw) != 6:
        return None
    return "".join(found[0]).replace(" ", "")
