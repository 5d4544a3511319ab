"""Remembered devices, stored (the rule: bot/core/devices.py). Only the keyed hash of the
cookie's token is kept, so a database leak gives no usable cookie."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.core import devices
from bot.models import RememberedDevice, User
from bot.security import keyed_hash, random_token


def _hash(settings: Settings, token: str) -> str:
    return keyed_hash(settings.signing_key, devices.HASH_PURPOSE, token)


def skips_second_factor(
    s: Session, settings: Settings, user: User, token: str | None, now: datetime
) -> bool:
    """Does this browser's cookie spare the customer the code at this login?"""
    if not devices.plausible_token(token):
        return False
    row = s.execute(
        select(RememberedDevice).where(RememberedDevice.token_hash == _hash(settings, token))
    ).scalar_one_or_none()
    device = (
        None
        if row is None
        else devices.Device(
            row.user_id, row.factor_version, row.expires_at, row.revoked_at is not None
        )
    )
    return devices.skips_second_factor(device, user.id, user.factor_version, now)


def remember(s: Session, settings: Settings, user: User, now: datetime) -> str:
    """Remember this browser after a right code; returns the cookie's token."""
    token = random_token()
    s.add(
        RememberedDevice(
            user_id=user.id,
            token_hash=_hash(settings, token),
            factor_version=user.factor_version,
            created_at=now,
            expires_at=devices.expires_at(now, settings),
        )
    )
    return token


def revoke_all(s: Session, user_id: int, now: datetime) -> None:
    """Forget every browser of the account (a new factor, a 2FA reset)."""
    s.execute(
        update(RememberedDevice)
        .where(RememberedDevice.user_id == user_id, RememberedDevice.revoked_at.is_(None))
        .values(revoked_at=now)
    )
