"""The embedded default: SMS and emails written to the `outbox` table, which the demo phone
page shows. Behaves like a real verifier: a fresh random code per send, stored hashed."""

from __future__ import annotations

from bot import clock
from bot.db import Database
from bot.models import OutboxMessage
from bot.security import keyed_hash, random_code, same
from bot.senders.base import SendOutcome

SMS_TEXT = {
    "fr": "M2Mmanager : votre code de vérification est {code}. Il expire dans 10 minutes. Ne le communiquez à personne.",
    "en": "M2Mmanager: your verification code is {code}. It expires in 10 minutes. Never share it.",
}


class OutboxSmsVerifier:
    def __init__(self, db: Database, key: str):
        self.db = db
        self.key = key

    async def send(self, *, challenge_id: str, phone: str, language: str) -> SendOutcome:
        code = random_code()
        with self.db.session() as s:
            s.add(OutboxMessage(channel="sms", recipient=phone, body=SMS_TEXT.get(language, SMS_TEXT["fr"]).format(code=code),
                                created_at=clock.now()))
        return SendOutcome(code_hash=keyed_hash(self.key, "sms", challenge_id, code))

    async def check(self, *, challenge_id: str, phone: str, code: str, code_hash: str | None) -> bool:
        return code_hash is not None and same(code_hash, keyed_hash(self.key, "sms", challenge_id, code))

    async def close(self) -> None:
        return None


class OutboxEmailSender:
    def __init__(self, db: Database):
        self.db = db

    async def send(self, *, to: str, subject: str, body: str) -> None:
        with self.db.session() as s:
            s.add(OutboxMessage(channel="email", recipient=to, subject=subject[:200], body=body, created_at=clock.now()))
