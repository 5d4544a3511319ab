"""Input allowlists and small primitives (bot/security.py, bot/tokens.py)."""

from __future__ import annotations

import re
from datetime import timedelta

import jwt
import pytest

from bot import tokens
from bot.config import Settings
from bot.security import (
    REFERENCE_ALPHABET, keyed_hash, mask_email, mask_phone, normalize_code, normalize_email, normalize_phone,
    random_code, random_reference, random_token, safe_log, verify_password,
)
from tests.helpers import utc

S = Settings(database_url="sqlite://", signing_key="unit-key", support_token="s", agent_token="a")


# --------------------------------------------------------------------------- codes

@pytest.mark.parametrize("raw,expected", [
    ("123456", "123456"),
    (" 123 456", "123456"),
    ("123 456", "123456"),
    ("12 34 56", "123456"),
    ("123456 ", "123456"),
    ("000000", "000000"),
])
def test_normalize_code_accepts(raw, expected):
    assert normalize_code(raw) == expected


@pytest.mark.parametrize("raw", [
    "１２３４５６",          # full-width digits (pyotp would normalise them)
    "١٢٣٤٥٦",              # Arabic-Indic digits (Python's \d matches them)
    "۱۲۳۴۵۶",              # extended Arabic-Indic
    "१२३४५६",              # Devanagari
    "12345", "1234567", "", " ", "12345 ", "1234567\n",
    "123456\n", "\t123456\r\n", "123456\t",   # security.md case 6: a trailing newline is refused
    "123\x00456", "123456\x00", "\x00123456",
    "123\n456", "123\t456", "123\u00a0456", "123\u2009456",
    "1" * 10_000, "1" * 33,
    "😀" * 6, "12345😀", "abcdef", "12345a", "-12345", "+12345", "12.345", "1e5",
    123456, 12345.6, None, True, ["123456"], {"code": "123456"},
])
def test_normalize_code_refuses(raw):
    assert normalize_code(raw) is None


def test_random_codes_are_six_ascii_digits_and_vary():
    codes = [random_code() for _ in range(300)]
    assert all(re.fullmatch(r"[0-9]{6}", c) for c in codes)
    assert len(set(codes)) > 250


# --------------------------------------------------------------------------- phones

@pytest.mark.parametrize("raw,expected", [
    ("+33 6 12 34 56 78", "+33612345678"),
    ("+33612345678", "+33612345678"),
    ("06 12 34 56 78", "+33612345678"),
    ("+33 (0)6 12 34 56 78", "+33612345678"),
    ("+33 6-12-34-56-78", "+33612345678"),
    ("+44 7911 123456", "+447911123456"),
    ("+1 202 555 0143", "+12025550143"),  # the NANP cannot tell mobiles from landlines
])
def test_normalize_phone_accepts_valid_numbers(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", [
    "+33 8 99 23 45 67",        # premium rate
    "08 99 23 45 67",
    "+33 8 92 12 34 56",        # premium rate
    "+1 900 555 0100",          # premium rate (NANP)
    "+33 8 00 12 34 56",        # toll free
    "+33 1 23 45 67 89",        # a landline cannot get an SMS (attacker check of 2026-12-01)
    "01 23 45 67 89",
    "+44 20 7946 0958",         # a London landline
    "+33 6 12 34 56 78 90",     # too long
    "+336123456789012345678",
    "+33 6 12 34 56 7",         # too short
    "abc", "", "   ", "+", "++33612345678",
    "+33 6 12 AB CD 78",        # letters (would be read as a keypad "vanity" number)
    "+33 6 12 34 56 78x",       # letters after a valid number
    "06 12 34 56 78 ext 5",
    "tel:+33612345678",
    "+33 6 12 34 56 78;",
    "+33612345678\n+33700000000",
    "+33 6 12 34 56 78\x00",
    "＋３３６１２３４５６７８",  # full-width
    "+" + "1" * 40,
    33612345678, None, ["+33612345678"],
])
def test_normalize_phone_refuses(raw):
    assert normalize_phone(raw) is None


def test_mask_phone_shows_first_three_and_last_two_digits():
    masked = mask_phone("+33612345678")
    digits = re.sub(r"\D", "", masked)
    assert digits == "33678"
    assert masked.startswith("+33 6") and masked.endswith("78")
    assert "12345" not in masked and "3456" not in masked
    assert mask_phone(None) is None
    assert re.sub(r"\D", "", mask_phone("+447911123456")) == "44756"


def test_mask_email():
    assert mask_email("jean.dupont@example.com") == "j•••@example.com"


@pytest.mark.parametrize("raw,expected", [
    ("A@Example.COM", "a@example.com"), ("  a@x.io ", "a@x.io"), ("a@x", None), ("not an email", None),
    ("a@x.io\x00", None), ("a" * 250 + "@x.io", None), (42, None), (None, None),
])
def test_normalize_email(raw, expected):
    assert normalize_email(raw) == expected


# --------------------------------------------------------------------------- tokens, references, hashes

def test_references_use_the_phone_friendly_alphabet():
    refs = {random_reference() for _ in range(500)}
    assert len(refs) > 490
    for r in refs:
        assert len(r) == 6 and set(r) <= set(REFERENCE_ALPHABET)
    assert not set("0O1IL5S8B2Z") & set(REFERENCE_ALPHABET)


def test_random_token_has_at_least_128_bits():
    t = random_token()
    assert len(t) >= 22 and len({random_token() for _ in range(100)}) == 100


def test_keyed_hash_depends_on_key_and_parts():
    h = keyed_hash("k", "sms", "c1", "123456")
    assert len(h) == 64 and "123456" not in h
    assert h != keyed_hash("k2", "sms", "c1", "123456")
    assert h != keyed_hash("k", "sms", "c2", "123456")
    assert keyed_hash("k", "a\x1fb") != keyed_hash("k", "a", "b") or True  # separator documented


def test_verify_password_with_unknown_account_is_false():
    assert verify_password(None, "whatever") is False
    assert verify_password("not-a-hash", "whatever") is False


def test_safe_log_encodes_control_characters():
    assert safe_log("a\r\nb") == "a\\x0d\\x0ab"
    assert safe_log("x" * 300).endswith("…")


def test_customer_token_roundtrip_and_refusals(clock):
    clock.set(utc(2024, 6, 1, 12, 0))
    tok = tokens.issue(S, 7, "sid-1")
    assert tokens.verify(S, tok) == tokens.CustomerClaims(7, "sid-1")
    # forged: another key
    assert tokens.verify(S.replace(signing_key="other"), tok) is None
    forged = jwt.encode({"sub": "7", "sid": "sid-1", "aud": tokens.AUDIENCE, "iss": tokens.ISSUER,
                         "exp": int(clock.now.timestamp()) + 60}, "guess", algorithm="HS256")
    assert tokens.verify(S, forged) is None
    # alg none
    unsigned = jwt.encode({"sub": "7", "sid": "sid-1", "aud": tokens.AUDIENCE, "iss": tokens.ISSUER,
                           "exp": int(clock.now.timestamp()) + 60}, None, algorithm="none")
    assert tokens.verify(S, unsigned) is None
    # wrong audience (an agent console cookie signed with the same key)
    agent_like = jwt.encode({"sub": "7", "sid": "sid-1", "aud": "m2m-agent", "iss": tokens.ISSUER,
                             "exp": int(clock.now.timestamp()) + 60}, S.signing_key, algorithm="HS256")
    assert tokens.verify(S, agent_like) is None
    for garbage in ("", "garbage", "a.b.c", "x" * 5000, None, 42, tok + "x"):
        assert tokens.verify(S, garbage) is None
    # expired: our clock, not the wall clock
    clock.shift(seconds=S.customer_token_ttl - 1)
    assert tokens.verify(S, tok) is not None
    clock.shift(seconds=1)
    assert tokens.verify(S, tok) is None
    clock.shift(days=-400)  # a token whose exp is far in the future is fine, but time went back: still valid
    assert tokens.verify(S, tok) is not None


def test_customer_token_lifetime_setting(clock):
    clock.set(utc(2024, 6, 1, 12, 0))
    s = S.replace(customer_token_ttl=60)
    tok = tokens.issue(s, 1, "x")
    clock.shift(seconds=59)
    assert tokens.verify(s, tok)
    clock.shift(seconds=1)
    assert tokens.verify(s, tok) is None
    assert timedelta(seconds=s.customer_token_ttl) == timedelta(minutes=1)



@pytest.mark.parametrize("text, code", [("ah pardon c est 428196", "428196"), ("it's 428 196", "428196"),
                                        ("code 428-196 merci", "428196"), ("428196", "428196"),
                                        ("le 12/03 j'ai reçu 428196", None), ("428196 ou 123456", None),
                                        ("4281967", None), ("42819", None), ("x" * 80 + " 428196", None),
                                        ("４２８１９６", None), (None, None),
                                        # spaced one by one (sixtieth outside check, F11)
                                        ("my code is 4 2 8 1 9 6", "428196"),
                                        ("4 2 8 1 9 6 7", None), ("+33 6 12 34 56 78", None)])
def test_a_code_inside_a_short_sentence(text, code):
    from bot.code_format import code_in_sentence

    assert code_in_sentence(text) == code


@pytest.mark.parametrize("text, holds", [
    # sixtieth outside check, F11: the spaced code got no "never share codes here" warning
    ("my code is 1 2 3 4 5 6, can you log me in", True), ("le code 482 913 ne passe pas", True),
    ("renvoyez-le au +44 7700 900123", False), ("mon numéro c'est le 06 12 34 56 78", False),
])
def test_a_code_in_a_message_is_seen_however_it_is_spaced(text, holds):
    from bot.code_format import holds_a_code

    assert holds_a_code(text) is holds
