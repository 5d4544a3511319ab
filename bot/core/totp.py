"""Authenticator-app codes (RFC 6238 with pyotp): 6 digits, 30 s steps, one step of
tolerance, and a replay guard pyotp does not have.

The replay guard stores the last accepted time step per user and accepts a code only when
its step is newer: `is_fresh` says it here; the store does it with one atomic
`UPDATE … WHERE totp_last_step < :step` (bot/rules/codes.py) so two requests racing with the
same code cannot both win, on SQLite or PostgreSQL.
"""

from __future__ import annotations

import io
from datetime import datetime

import pyotp
import qrcode
import qrcode.image.svg

from bot.security import same

DIGITS = 6
INTERVAL = 30


def new_secret() -> str:
    """160 bits, base32 (pyotp.random_base32 draws from `secrets`)."""
    return pyotp.random_base32(length=32)


def provisioning_uri(secret: str, account: str, issuer: str) -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=INTERVAL).provisioning_uri(
        name=account, issuer_name=issuer
    )


def qr_svg(uri: str) -> str:
    """The QR code of the otpauth URI as inline SVG, drawn on the server (no CDN, no JS)."""
    img = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    buf = io.BytesIO()
    img.save(buf)
    return buf.getvalue().decode()


def matching_step(secret: str, code: str, now: datetime, window: int = 1) -> int | None:
    """The time step (T) whose code is `code`, within ±window steps of now, else None.

    `code` must already be normalised to 6 ASCII digits (bot.security.normalize_code).
    """
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=INTERVAL)
    current = int(now.timestamp()) // INTERVAL
    found = None
    for step in range(current - window, current + window + 1):
        # compare every candidate (no early exit) to keep timing independent of the match
        if same(totp.generate_otp(step), code) and found is None:
            found = step
    return found


def is_fresh(step: int, last_used_step: int | None) -> bool:
    """The replay guard's rule: a step is accepted once, and only if newer than the last one."""
    return last_used_step is None or step > last_used_step
