"""What the backend checks before it listens: production never ships the demo.

* The demo (M2M_DEMO=1: demo accounts seeded, the demo phone showing codes behind DEMO_KEY)
  is for one person's machine: it refuses to listen on anything but loopback.
* Production (M2M_ENV=production, or any non-loopback bind) refuses to start with the demo
  switched on, with demo accounts in the database (`@demo.m2m` customers, or an agent whose
  password is the published demo one), or with a secret that was not set in the environment
  (a random per-process secret would break every token at the next restart, and differ
  between processes).

Every refusal is a SystemExit with a sentence saying what to change.
"""

from __future__ import annotations

import os

from sqlalchemy import func, select

from bot.config import Settings
from bot.db import Database
from bot.models import Agent, User
from bot.security import verify_password

DEMO_DOMAIN = "@demo.m2m"
SECRETS = ("SUPPORT_SERVICE_TOKEN", "AGENT_TOKEN", "SESSION_SIGNING_KEY")


def check_settings(settings: Settings) -> None:
    if settings.demo and settings.production:
        where = (
            "M2M_ENV=production"
            if settings.environment == "production"
            else f"BACKEND_HOST={settings.host}"
        )
        raise SystemExit(
            f"refusing to start: the demo (M2M_DEMO=1) cannot run with {where}. "
            "The demo tools show codes and the demo accounts have published passwords: "
            "use them on 127.0.0.1 only, or unset M2M_DEMO for a real deployment."
        )
    if settings.production:
        missing = [name for name in SECRETS if not os.environ.get(name)]
        if missing:
            raise SystemExit(
                f"refusing to start in production without {', '.join(missing)} "
                "set in the environment "
                "(each a long random value, the same for every process)."
            )


def check_database(settings: Settings, db: Database) -> None:
    """Production with demo accounts present: refuse (they have published passwords)."""
    if not settings.production:
        return
    from bot.seed import AGENT_PASSWORD

    with db.session() as s:
        demo_users = s.execute(
            select(func.count()).select_from(User).where(User.email.like(f"%{DEMO_DOMAIN}"))
        ).scalar_one()
        hashes = s.execute(select(Agent.username, Agent.password_hash)).all()
    demo_agents = [name for name, h in hashes if verify_password(h, AGENT_PASSWORD)]
    if demo_users or demo_agents:
        raise SystemExit(
            f"refusing to start in production: the database holds demo accounts ({demo_users} "
            f"{DEMO_DOMAIN} customers, agents with the demo password: {demo_agents or 'none'}). "
            "Delete them, then start again."
        )
