"""Remembered devices: "Se souvenir de cet appareil pendant 30 jours" (TWOFA_REMEMBER_DAYS).

After a right code the customer may ask the browser to be remembered: a random token in a
cookie, stored as a keyed hash. The next logins from that browser skip the second factor while
the device is valid: the same account, not revoked, not expired, and enrolled with the same
factor as when it was remembered (a new enrollment or a 2FA reset bumps the account's
`factor_version`, which forgets every device at once).

Pure: bot/rules/devices.py stores and revokes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeGuard

from bot.config import Settings

HASH_PURPOSE = "device"  # the keyed hash's domain separation (bot.security.keyed_hash)
MAX_TOKEN = 128  # longer cookies are not ours: no database lookup for them


@dataclass(frozen=True)
class Device:
    """What the rule needs of a stored device."""

    user_id: int
    factor_version: int
    expires_at: datetime
    revoked: bool


def plausible_token(token: str | None) -> TypeGuard[str]:
    return bool(token) and len(token or "") <= MAX_TOKEN


def skips_second_factor(
    device: Device | None, user_id: int, factor_version: int, now: datetime
) -> bool:
    return (
        device is not None
        and device.user_id == user_id
        and not device.revoked
        and device.expires_at > now
        and device.factor_version == factor_version
    )


def expires_at(now: datetime, settings: Settings) -> datetime:
    return now + timedelta(days=settings.remember_days)


def cookie_max_age(settings: Settings) -> int:
    """The cookie lives as long as the device is remembered."""
    return settings.remember_days * 86400
