"""The embedded default: SMS and emails written to the `outbox` table, which the demo phone
page shows. Behaves like a real verifier: a fresh random code per send, stored hashed."""

from __future__ import annotations

from typing import Any

from bot import clock, content
from bot.db import Database
from bot.models import OutboxMessage
from bot.security import keyed_hash, random_code, same
from bot.senders.base import SendOutcome


class OutboxSmsVerifier:
    """The SMS text is the catalogue's (bot/content/*.yml, `sms.code`): its validity follows
    SMS_CODE_TTL_SECONDS."""

    def __init__(self, db: Database, key: str, settings: Any = None):
        self.db = db
        self.key = key
        self.settings = settings or content.settings_from_environment()

    async def send(self, *, challenge_id: str, phone: str, language: str) -> SendOutcome:
        code = random_code()
        with self.db.session() as s:
            s.add(
                OutboxMessage(
                    channel="sms",
                    recipient=phone,
                    body=content.sms_code(language, self.settings, code),
                    created_at=clock.now(),
                )
            )
        return SendOutcome(code_hash=keyed_hash(self.key, "sms", challenge_id, code))

    async def check(
        self, *, challenge_id: str, phone: str, code: str, code_hash: str | None
    ) -> bool:
        return code_hash is not None and same(
            code_hash, keyed_hash(self.key, "sms", challenge_id, code)
        )

    async def close(self) -> None:
        return None


class OutboxEmailSender:
    def __init__(self, db: Database):
        self.db = db

    async def send(self, *, to: str, subject: str, body: str) -> None:
        with self.db.session() as s:
            s.add(
                OutboxMessage(
                    channel="email",
                    recipient=to,
                    subject=subject[:200],
                    body=body,
                    created_at=clock.now(),
                )
            )
