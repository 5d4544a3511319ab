"""TOTP (bot/core/totp.py): RFC 6238 vectors, the ±1 step window, the secret's size, the
replay guard's rule (its atomic UPDATE, with threads racing: tests/api/test_totp_replay_guard.py)."""

from __future__ import annotations

import base64
from datetime import datetime, timezone

import pyotp
import pytest
from bot.core import totp

RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # ASCII "12345678901234567890"
RFC_VECTORS = [  # security.md: Unix time, 8 digits, 6 digits
    (59, "94287082", "287082"),
    (1111111109, "07081804", "081804"),
    (1111111111, "14050471", "050471"),
    (1234567890, "89005924", "005924"),
    (2000000000, "69279037", "279037"),
    (20000000000, "65353130", "353130"),
]


def at(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, tz=timezone.utc)


def test_rfc_secret_is_the_ascii_seed():
    assert base64.b32decode(RFC_SECRET) == b"12345678901234567890"


@pytest.mark.parametrize("ts,eight,six", RFC_VECTORS)
def test_rfc6238_vectors(ts, eight, six):
    assert pyotp.TOTP(RFC_SECRET, digits=8).at(ts) == eight
    assert eight[-6:] == six
    assert pyotp.TOTP(RFC_SECRET).at(ts) == six
    assert totp.matching_step(RFC_SECRET, six, at(ts), window=0) == ts // 30
    assert totp.matching_step(RFC_SECRET, six, at(ts), window=1) == ts // 30


@pytest.mark.parametrize("ts,eight,six", RFC_VECTORS)
def test_rfc6238_wrong_code_does_not_match(ts, eight, six):
    wrong = f"{(int(six) + 1) % 10 ** 6:06d}"
    assert totp.matching_step(RFC_SECRET, wrong, at(ts), window=1) is None
    assert totp.matching_step(RFC_SECRET, eight, at(ts), window=1) is None  # 8 digits are not our format


@pytest.mark.parametrize("offset,ok", [(-2, False), (-1, True), (0, True), (1, True), (2, False), (3, False), (-3, False)])
def test_window_is_one_step_either_side(offset, ok):
    now = at(1_700_000_015)  # middle of a step
    step = 1_700_000_015 // 30
    code = pyotp.TOTP(RFC_SECRET).at(now.timestamp() + 30 * offset)
    found = totp.matching_step(RFC_SECRET, code, now, window=1)
    if ok:
        assert found == step + offset
    else:
        assert found is None


def test_window_zero_accepts_only_the_current_step():
    now = at(1_700_000_015)
    assert totp.matching_step(RFC_SECRET, pyotp.TOTP(RFC_SECRET).at(now), now, window=0) is not None
    assert totp.matching_step(RFC_SECRET, pyotp.TOTP(RFC_SECRET).at(now.timestamp() - 30), now, window=0) is None


def test_step_boundaries():
    # the last second of a step and the first second of the next one
    end = at(1_700_000_009)  # 1_700_000_010 is a multiple of 30
    start = at(1_700_000_010)
    code_end = pyotp.TOTP(RFC_SECRET).at(end)
    assert totp.matching_step(RFC_SECRET, code_end, start, window=0) is None
    assert totp.matching_step(RFC_SECRET, code_end, start, window=1) == 1_700_000_009 // 30


def test_new_secret_has_at_least_160_bits_and_is_random():
    secrets_ = {totp.new_secret() for _ in range(50)}
    assert len(secrets_) == 50
    for s in secrets_:
        assert len(base64.b32decode(s)) * 8 >= 160


def test_provisioning_uri_and_qr():
    uri = totp.provisioning_uri(RFC_SECRET, "a@x.io", "M2Mmanager")
    assert uri.startswith("otpauth://totp/M2Mmanager:a%40x.io?")
    assert f"secret={RFC_SECRET}" in uri and "issuer=M2Mmanager" in uri
    svg = totp.qr_svg(uri)
    assert svg.lstrip().startswith("<?xml") or "<svg" in svg
    assert RFC_SECRET not in svg and "otpauth" not in svg


def test_replay_guard_accepts_only_newer_steps():
    assert totp.is_fresh(100, None)
    assert totp.is_fresh(100, 99)
    assert not totp.is_fresh(100, 100)  # the same step: a replay
    assert not totp.is_fresh(99, 100)  # an older step after a newer one
