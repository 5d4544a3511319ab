"""The interfaces the rules talk to.

SMS is modelled as a *verifier* (start a verification, check a code) rather than a plain
sender, because Twilio Verify generates and checks codes itself: the local outbox verifier
does the same job with a code it generates and stores hashed on the challenge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class SmsError(Exception):
    """A send or check that did not go through. `kind` is what the customer is told.

    kinds: invalid_number (60200), too_many_checks (60202), send_limit (60203),
    not_found (20404: expired or used), rate_limited (20429/60212), unavailable (5xx,
    timeout, malformed answer).
    """

    def __init__(self, kind: str, detail: str = "", retry_after: int | None = None):
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.retry_after = retry_after


@dataclass
class SendOutcome:
    code_hash: str | None = None  # set by the local verifier only


class SmsVerifier(Protocol):
    async def send(self, *, challenge_id: str, phone: str, language: str) -> SendOutcome: ...

    async def check(
        self, *, challenge_id: str, phone: str, code: str, code_hash: str | None
    ) -> bool: ...

    async def close(self) -> None: ...


class EmailSender(Protocol):
    async def send(self, *, to: str, subject: str, body: str) -> None: ...
