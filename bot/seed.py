"""Demo accounts, one per state of the 2FA journey (listed in the README).

Created only when asked: `python -m bot run` with M2M_DEMO=1 (what `make run` sets) or
`python -m bot seed`. Production refuses to start while they exist (bot/preflight.py).
Dates are relative to now, so the demo stays meaningful whatever the day: the account
within grace has days left, the expired one is past its deadline.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot import clock
from bot.config import Settings
from bot.db import Database
from bot.models import Agent, User
from bot.security import hash_password

DEMO_PASSWORD = "Demo-2FA-2024"
AGENT_PASSWORD = "Agent-2FA-2024"
# The app account's TOTP secret is fixed so a demo user can add it to an authenticator app;
# `python -m bot demo-code app@demo.m2m` prints its current code (demo tools only).
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
DEMO_PHONE = "+33612345678"

ACCOUNTS = [
    # email, name, state
    ("new@demo.m2m", "Nina Nouvelle", "new"),
    ("grace@demo.m2m", "Gaëlle Grace", "grace"),
    ("expired@demo.m2m", "Éric Expiré", "expired"),
    ("app@demo.m2m", "Alice App", "app"),
    ("sms@demo.m2m", "Sami SMS", "sms"),
    ("locked@demo.m2m", "Léo Locked", "locked"),
]


def seed(db: Database, settings: Settings, only_if_empty: bool = True) -> bool:
    now = clock.now()
    with db.session() as s:
        if only_if_empty and s.execute(select(func.count()).select_from(User)).scalar_one():
            return False
        pw = hash_password(DEMO_PASSWORD)
        for email, name, state in ACCOUNTS:
            u = User(
                email=email,
                name=name,
                password_hash=pw,
                language="fr",
                created_at=now - timedelta(days=400),
            )
            if state == "grace":
                u.first_login_at = now - timedelta(days=3)
                u.grace_deadline = u.first_login_at + timedelta(days=settings.grace_days)
            elif state in ("expired", "app", "sms", "locked"):
                u.first_login_at = now - timedelta(days=40)
                u.grace_deadline = u.first_login_at + timedelta(days=settings.grace_days)
            if state == "app":
                u.method, u.totp_secret, u.enrolled_at = (
                    "totp",
                    DEMO_TOTP_SECRET,
                    now - timedelta(days=20),
                )
            if state in ("sms", "locked"):
                u.method, u.phone, u.enrolled_at = "sms", DEMO_PHONE, now - timedelta(days=20)
            if state == "locked":
                u.failed_attempts, u.locked_at, u.last_failed_at = settings.lock_threshold, now, now
            s.add(u)
        s.add(
            Agent(username="agent", name="Agent Démo", password_hash=hash_password(AGENT_PASSWORD))
        )
    return True
