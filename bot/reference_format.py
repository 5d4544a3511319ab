"""What a handoff reference and a ticket number look like, for whoever must recognise one.

The backend makes them (bot/security.random_reference: six characters of REFERENCE_ALPHABET;
a ticket number is "T-" and six); the action server recognises one a customer types
("my reference is 4WC9UW", actions/reference.py). The action server must not import the
backend's modules (tests/actions/test_light_import.py), so the format lives here, alone.
"""

from __future__ import annotations

import re

# References read aloud on the phone: no 0/O, 1/I/L, 5/S, 8/B, 2/Z.
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
REFERENCE_LENGTH = 6
TICKET_PREFIX = "T-"

# a reference needs a digit, so that a word in capitals ("URGENT") is not one
_TYPED = re.compile(
    rf"(?<![\w-])(?:{TICKET_PREFIX}[{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}}"
    rf"|(?=[A-Z]*[0-9])[{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}})(?![\w-])",
    re.IGNORECASE,
)


# ...or six capitals of the alphabet right after the word "reference" ("et la référence HJJMTV,
# c'était pour quoi ?" was told no reference had been given: forty-seventh outsider check, F13;
# a sixth of references have no digit)
_NAMED = re.compile(
    rf"(?i:\b(?:r[ée]f[ée]rence|reference|r[ée]f)\b)\W+(?:(?i:de|d'|du|number|num[ée]ro|no)\W+)?"
    rf"[{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}}(?![\w-])"
)


def holds_a_reference(text: str) -> bool:
    """Whether the text carries something shaped like a reference or a ticket number."""
    return _TYPED.search(text) is not None or _NAMED.search(text) is not None


def typed_ticket_numbers(text: str) -> set[str]:
    """The ticket numbers ("T-" and six) the text carries, in capitals."""
    return {
        m.group(0).upper()
        for m in _TYPED.finditer(text)
        if m.group(0).upper().startswith(TICKET_PREFIX)
    }
