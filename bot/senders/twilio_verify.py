"""SMS codes through Twilio Verify, with the official client's async HTTP client.

- A timeout on every request (the client has none by default).
- No retry of a send: each retry could be another SMS on the customer's phone
  (the client's aiohttp-retry wrapper is not enabled).
- Twilio error codes mapped to the outcomes the rules and the customer understand.
- `TWILIO_VERIFY_BASE_URL` points the real client at a fake Verify server in tests.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

from bot.senders.base import SendOutcome, SmsError

log = logging.getLogger(__name__)

# Twilio error code -> outcome (security.md, "Twilio Verify v2")
ERROR_KINDS = {
    60200: "invalid_number",
    60202: "too_many_checks",
    60203: "send_limit",
    60212: "rate_limited",
    20404: "not_found",
    20429: "rate_limited",
}


def _map_error(exc: Exception) -> SmsError:
    if isinstance(exc, TwilioRestException):
        kind = ERROR_KINDS.get(exc.code or 0)
        if kind is None:
            kind = "unavailable" if (exc.status or 500) >= 500 else "rejected"
        retry = 600 if kind == "send_limit" else (60 if kind == "rate_limited" else None)
        return SmsError(kind, f"twilio {exc.status} {exc.code}", retry_after=retry)
    if isinstance(exc, asyncio.TimeoutError):
        return SmsError("unavailable", "timeout")
    return SmsError("unavailable", type(exc).__name__)


class TwilioVerifySmsVerifier:
    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        service_sid: str,
        *,
        timeout: float = 10.0,
        base_url: str = "",
    ):
        # twilio 8.2.2's AsyncTwilioHttpClient stores `timeout` but never passes it to aiohttp
        # (every request goes out with timeout=None): the bound is enforced here instead
        self.timeout = timeout
        self._account = (account_sid, auth_token, service_sid)
        self._base_url = base_url.rstrip("/")
        # the client's aiohttp session is bound to the loop that creates it: build it in the
        # serving loop (bot/server.py builds the context before web.run_app's loop exists)
        self.http: AsyncTwilioHttpClient | None = None
        self._service: Any = None  # twilio's ServiceContext (the twilio package is untyped)
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def service(self):
        loop = asyncio.get_running_loop()
        if self._service is None or self._loop is not loop:
            account_sid, auth_token, service_sid = self._account
            self.http = AsyncTwilioHttpClient(timeout=self.timeout)
            client = Client(account_sid, auth_token, http_client=self.http)
            if self._base_url:
                client.verify.base_url = self._base_url
            self._service, self._loop = client.verify.v2.services(service_sid), loop
        return self._service

    async def send(self, *, challenge_id: str, phone: str, language: str) -> SendOutcome:
        try:
            await asyncio.wait_for(
                self.service.verifications.create_async(to=phone, channel="sms", locale=language),
                self.timeout,
            )
        except (TwilioException, asyncio.TimeoutError, OSError, ValueError, KeyError) as exc:
            raise _map_error(exc) from None
        # malformed JSON and the like: never fail open, never crash
        except Exception as exc:  # noqa: BLE001 - any other failure is a send error, not a 500
            raise _map_error(exc) from None
        return SendOutcome()

    async def check(
        self, *, challenge_id: str, phone: str, code: str, code_hash: str | None
    ) -> bool:
        try:
            result = await asyncio.wait_for(
                self.service.verification_checks.create_async(to=phone, code=code), self.timeout
            )
        except TwilioRestException as exc:
            err = _map_error(exc)
            if err.kind == "not_found":  # expired, already used or never sent: a refused code
                return False
            raise err from None
        except Exception as exc:  # noqa: BLE001 - as in send(): never fail open, never crash
            raise _map_error(exc) from None
        return getattr(result, "status", None) == "approved"

    async def close(self) -> None:
        if self.http is not None:
            await self.http.close()
