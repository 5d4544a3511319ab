"""Small security primitives: password hashing, keyed hashes, random tokens and codes,
references, masking and allowlist validation of what customers type.

Kept pure (no database, no clock) so every rule that needs them stays easy to test.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

import phonenumbers
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# re-exported: the backend's callers keep importing it from here; the rule itself lives in a
# module light enough for the action server (bot/code_format.py says why)
from bot.code_format import CODE_RE, MAX_CODE_INPUT, normalize_code  # noqa: F401
from bot.reference_format import REFERENCE_ALPHABET, REFERENCE_LENGTH

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# A hash of a password nobody has: verifying against it costs the same time as a real one,
# so a login with an unknown email is not faster than one with a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))

PHONE_CHARS_RE = re.compile(r"\+?[0-9 ().-]+")  # ASCII digits and the usual separators only
EMAIL_RE = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+"
)

MAX_EMAIL = 254
MAX_PASSWORD = 256


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant work whether or not the account exists (pass None for an unknown one)."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def keyed_hash(key: str, *parts: str) -> str:
    """HMAC-SHA256 of the parts: how codes and tokens are stored (never in clear)."""
    msg = _bytes("\x1f".join(parts))
    return hmac.new(key.encode(), msg, hashlib.sha256).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(_bytes(a), _bytes(b))


def _bytes(text: str) -> bytes:
    """UTF-8, with the bytes that were not UTF-8 given back as they came: aiohttp keeps a
    header's invalid byte as a lone surrogate ("caf\udce9"), which plain .encode() refuses.
    Such a token then matches nothing (a 401) instead of raising (a 500: tenth outsider
    check, attempt 37)."""
    return text.encode("utf-8", "surrogateescape")


def random_token(nbytes: int = 32) -> str:
    """Opaque token (default 256 bits), for sessions and remembered devices."""
    return secrets.token_urlsafe(nbytes)


def random_code(digits: int = 6) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


def random_reference(length: int = REFERENCE_LENGTH) -> str:
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(length))


def normalize_email(raw: object) -> str | None:
    if not isinstance(raw, str):
        return None
    email = raw.strip()
    if not email or len(email) > MAX_EMAIL or not EMAIL_RE.fullmatch(email):
        return None
    return email.lower()


# numbers that can receive an SMS: mobiles, and the plans where phonenumbers cannot tell a
# mobile from a landline (the US, Canada...). Landlines, premium-rate, shared-cost, toll-free,
# pagers and the like are refused: the popup asks for a mobile, and an SMS to any other number
# is lost or billed (outsider attacker check of 2026-12-01: a French landline was accepted)
_SMS_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


def normalize_phone(raw: object, default_region: str = "FR") -> str | None:
    """A mobile-capable number in E.164, or None (invalid, premium-rate, too long...)."""
    if not isinstance(raw, str) or not raw.strip() or len(raw) > 32:
        return None
    # allowlist first: phonenumbers reads letters as a keypad ("vanity") number, drops
    # extensions and trailing junk, and accepts full-width digits; none of that is a phone
    # number the customer can be trusted to have typed
    if not PHONE_CHARS_RE.fullmatch(raw.strip()):
        return None
    try:
        number = phonenumbers.parse(raw.strip(), default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.number_type(number) not in _SMS_TYPES:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def mask_phone(e164: str | None) -> str | None:
    """First 3 and last 2 digits only: '+33612345642' -> '+33 6•• ••• •42'."""
    if not e164:
        return None
    digits = e164.lstrip("+")
    hidden = len(digits) - 5
    if hidden < 1:
        return "•" * len(digits)
    return f"+{digits[:2]} {digits[2]}{'•' * hidden}{digits[-2:]}"


def mask_email(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    local, _, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}"


def safe_log(text: str, limit: int = 200) -> str:
    """Text safe for a log line: CR/LF and control characters encoded, length capped."""
    cleaned = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text[:limit])
    return cleaned + ("…" if len(text) > limit else "")
