"""The one client the assistant's custom actions use to call the backend's Support API.

Why one small module instead of `aiohttp` calls inside each action:

* **Outcomes, not HTTP.** Each Support API call is a method of `SupportApi` that returns a
  typed outcome: a `kind` (a `Literal` per call: `"sent" | "cooldown" | "send_limit" | ...`)
  and the few values the reply needs (seconds to wait, a masked number, a reference). The
  HTTP status/error pairs of docs/contract.md are read here, once, in one table per call;
  an action only maps a kind to a response name (actions/common.py holds the replies every
  action shares). Like rasa-demo's `actions/api/mailchimp.py`, a call never raises:
  `"unavailable"` means the backend gave no usable answer (down, slow, 5xx, not JSON, our
  own credential refused), `"unexpected"` an answer this client has no outcome for; both
  end in "the backend cannot answer this now". The actions never crash, never guess,
  never fail open.
* **One connection pool per event loop.** The action server (Sanic) runs every action on
  one event loop; opening a `ClientSession` per call would pay a TCP handshake each time.
  A session is bound to the loop that created it, and tests run each test on a fresh loop,
  so sessions are kept per loop (weakly: a closed, collected loop takes its session along).
* **No retries.** A resend or a ticket is not idempotent from the customer's point of view:
  retrying blindly could send a second SMS, or a second code by email.
* **Secrets stay out of logs.** Only the path, the status, the error code and the duration
  are logged; never the bodies (codes, email addresses, phone numbers) nor the headers
  (tokens).
* **Light.** The action server imports this module and nothing of the backend: aiohttp's
  client only (tests/actions/test_light_import.py).

Configuration (environment, read when the default client is first built):
`BACKEND_URL` (default http://127.0.0.1:8080), `SUPPORT_SERVICE_TOKEN`,
`BACKEND_TIMEOUT_SECONDS` (default 5). Tests build a `SupportClient` with explicit values
and install it with `set_client`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import aiohttp

from bot.metadata import MAX_CLIENT_KEY_LENGTH, MAX_TOKEN_LENGTH, plausible

log = logging.getLogger(__name__)

CUSTOMER_HEADER = "X-Customer-Session"
DEFAULT_URL = "http://127.0.0.1:8080"
DEFAULT_TIMEOUT = 5.0


class BackendUnavailable(Exception):
    """The Support API could not give a usable answer (down, slow, 5xx, garbage, misconfigured).

    The message names the path and the kind of failure only, never a body or a header.
    """


@dataclass(frozen=True)
class Result:
    """A usable answer of the Support API: HTTP status and the decoded JSON object."""

    status: int
    json: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def error(self) -> str | None:
        """The stable error code of a 4xx answer (`session_required`, `cooldown`, ...)."""
        value = self.json.get("error")
        return value if isinstance(value, str) else None

    def number(self, key: str, default: int = 0) -> int:
        """An integer field of the answer (`retry_after`, `attempts_left`), safely."""
        value = self.json.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return default
        return int(value)


class SupportClient:
    """Async client of `/api/support/*` with the action server's service credential."""

    def __init__(
        self,
        base_url: str | None = None,
        service_token: str | None = None,
        timeout: float | None = None,
    ) -> None:
        self.base_url = (base_url or os.environ.get("BACKEND_URL") or DEFAULT_URL).rstrip("/")
        if service_token is None:
            service_token = os.environ.get("SUPPORT_SERVICE_TOKEN", "")
        self._service_token = service_token
        if timeout is None:
            try:
                timeout = float(os.environ.get("BACKEND_TIMEOUT_SECONDS") or DEFAULT_TIMEOUT)
            except ValueError:
                timeout = DEFAULT_TIMEOUT
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self._sessions: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, aiohttp.ClientSession
        ] = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:  # no token in reprs (tracebacks, debuggers)
        return f"SupportClient(base_url={self.base_url!r})"

    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            session = aiohttp.ClientSession(timeout=self.timeout, raise_for_status=False)
            self._sessions[loop] = session
        return session

    async def post(self, path: str, body: dict, customer_token: str | None = None) -> Result:
        """POST `body` to `/api/support/{path}`; `customer_token` goes in X-Customer-Session.

        Raises `BackendUnavailable` for anything that is not a JSON-object answer below 500,
        and for a 401 `unauthorized` (the action server's own credential was refused: a
        configuration problem, not something the customer can fix).
        """
        url = f"{self.base_url}/api/support/{path.lstrip('/')}"
        headers = {"Authorization": f"Bearer {self._service_token}", "Accept": "application/json"}
        token = plausible(customer_token, MAX_TOKEN_LENGTH)
        if token is not None:
            headers[CUSTOMER_HEADER] = token
        started = time.monotonic()
        try:
            async with self._session().post(url, json=body, headers=headers) as resp:
                status = resp.status
                raw = await resp.read()
        except asyncio.TimeoutError as exc:
            log.warning("support api %s: timeout after %.1f s", path, time.monotonic() - started)
            raise BackendUnavailable(f"{path}: timeout") from exc
        except (aiohttp.ClientError, OSError) as exc:
            log.warning("support api %s: %s", path, type(exc).__name__)
            raise BackendUnavailable(f"{path}: {type(exc).__name__}") from exc
        elapsed_ms = (time.monotonic() - started) * 1000
        log.info("support api %s -> %s (%.0f ms)", path, status, elapsed_ms)
        if status >= 500:
            raise BackendUnavailable(f"{path}: HTTP {status}")
        data = _decode(raw)
        if data is None:
            log.warning("support api %s: answer is not a JSON object", path)
            raise BackendUnavailable(f"{path}: invalid answer")
        result = Result(status, data)
        if status == 401 and result.error == "unauthorized":
            log.error(
                "support api %s: the service token was refused (check SUPPORT_SERVICE_TOKEN)", path
            )
            raise BackendUnavailable(f"{path}: service token refused")
        return result

    async def close(self) -> None:
        """Close the session of the running loop (tests, shutdown)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        session = self._sessions.pop(loop, None)
        if session is not None and not session.closed:
            await session.close()


def _decode(raw: bytes) -> dict | None:
    import json

    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


_default: SupportClient | None = None


def get_client() -> SupportClient:
    """The process-wide client, built from the environment on first use."""
    global _default
    if _default is None:
        _default = SupportClient()
    return _default


def set_client(client: SupportClient | None) -> SupportClient | None:
    """Install `client` as the process-wide client (tests); returns the previous one.
    `None` makes the next `get_client()` read the environment again."""
    global _default
    previous, _default = _default, client
    return previous


# --------------------------------------------------------------------------- outcomes

DEFAULT_RETRY_AFTER = 60  # seconds, when a refusal does not say (the backend's own cooldown)

# every call may end so: no usable answer at all, or an answer this client has no outcome for
Failure = Literal["unavailable", "unexpected"]
# refusals several calls share (who is asking, the account's state, the rate limit)
Refusal = Literal["session_required", "locked", "rate_limited"]

StatusKind = Literal["known", "anonymous", Refusal, Failure]
IdentityKind = Literal["verified", "unverified", "password_missing", Failure]
ResendKind = Literal[
    "sent",
    "cooldown",
    "send_limit",
    "send_limit_no_switch",  # at the cap, and the login has no other method to switch to
    "no_pending",
    "invalid_phone",
    Refusal,
    Failure,
]
SwitchKind = Literal[
    "switched", "same_method", "not_enrolled", "no_pending", "invalid_method", Refusal, Failure
]
EmailCodeKind = Literal[
    "sent",
    "invalid_email",
    "emails_limit",  # the session's own account had its codes for the hour
    "checks_suspended",  # ...or reached its wrong codes: none is emailed for now
    "rate_limited",
    "session_required",
    Failure,
]
CodeCheckKind = Literal[
    "verified",
    "wrong_code",
    "invalid_format",
    "expired",
    "other_session",
    "too_many",
    "session_required",
    Failure,
]
TicketKind = Literal[
    "created", "existing", "identity_required", "invalid_reason", "not_enrolled", Refusal, Failure
]
HandoffKind = Literal[
    "line_open", "line_closed", "line_closed_no_opening", "line_only", "line_only_closed", Failure
]
ForgetKind = Literal["scheduled", "session_required", Failure]
WithdrawKind = Literal["withdrawn", "taken", "none", Failure]

# (HTTP status or None for any, error code or None for any, outcome): the first match wins
Rules = tuple[tuple[int | None, str | None, str], ...]

# no widget session (or it ended): the customer must open the chat from the portal
SESSION_REQUIRED: Rules = ((401, "session_required", "session_required"),)
COMMON_ERRORS: Rules = SESSION_REQUIRED + (
    (423, None, "locked"),
    (429, None, "rate_limited"),
)
RESEND_ERRORS: Rules = (
    (429, "cooldown", "cooldown"),
    (429, "send_limit", "send_limit"),
    (409, None, "no_pending"),
    (400, "invalid_phone", "invalid_phone"),  # the number on file cannot receive SMS
) + COMMON_ERRORS
SWITCH_ERRORS: Rules = (
    (None, "same_method", "same_method"),
    (None, "method_not_enrolled", "not_enrolled"),
    (None, "no_pending_challenge", "no_pending"),
    (None, "invalid_method", "invalid_method"),
) + COMMON_ERRORS
EMAIL_CODE_ERRORS: Rules = SESSION_REQUIRED + (  # an email code proves nothing without one
    (400, None, "invalid_email"),
    (429, "too_many_emails", "emails_limit"),
    (403, "identity_checks_suspended", "checks_suspended"),
    (429, None, "rate_limited"),  # too_many_checks: three emails asked in this conversation
)
CODE_CHECK_ERRORS: Rules = SESSION_REQUIRED + (
    (400, "invalid_code", "wrong_code"),
    (400, None, "invalid_format"),
    (410, "expired", "expired"),
    (410, "no_check", "expired"),  # nothing waiting any more: start again from the address
    (410, "session_changed", "other_session"),  # asked from another account's session
    (410, None, "too_many"),
    (429, None, "too_many"),
)
TICKET_ERRORS: Rules = (
    (403, None, "identity_required"),
    (400, "invalid_reason", "invalid_reason"),
    (409, "not_enrolled", "not_enrolled"),
) + COMMON_ERRORS


@dataclass(frozen=True)
class Outcome:
    """What one call came to: `kind` (each subclass names its own) and, for the kinds that
    say when to try again, `retry_after` in seconds (at least 1)."""

    kind: str
    retry_after: int = DEFAULT_RETRY_AFTER


@dataclass(frozen=True)
class Status(Outcome):
    """The customer's situation; `facts` is /status's answer (docs/contract.md) when answered."""

    kind: StatusKind
    facts: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Identity(Outcome):
    kind: IdentityKind  # password_missing: no portal password step (log in first), whatever else


@dataclass(frozen=True)
class Resend(Outcome):
    kind: ResendKind
    masked_phone: str | None = None  # where the new SMS went


@dataclass(frozen=True)
class Switch(Outcome):
    kind: SwitchKind
    purpose: str = "enroll"  # once switched: the pending "enroll" or "login"
    code_sent: bool = False  # once switched: an SMS code went to the number on file


@dataclass(frozen=True)
class EmailCode(Outcome):
    kind: EmailCodeKind  # "sent" whether or not the address is registered (no enumeration)


@dataclass(frozen=True)
class CodeCheck(Outcome):
    kind: CodeCheckKind
    attempts_left: int = 0  # after a wrong code


@dataclass(frozen=True)
class Ticket(Outcome):
    kind: TicketKind
    number: str | None = None  # created / existing


@dataclass(frozen=True)
class Handoff(Outcome):
    kind: HandoffKind
    reference: str | None = None  # what the customer gives on the phone line
    opens: str | None = None  # line_closed: when it opens, in the handoff's language
    locked: bool = False  # the customer's own account is locked: only an agent unlocks it
    ticket_open: bool = False  # the account has a reset request open, already with an agent
    signed_in: bool = False  # the chat has the customer's portal session
    not_enrolled: bool = False  # signed in, no 2FA method yet: nothing to reset


@dataclass(frozen=True)
class Withdrawal(Outcome):
    """A handoff called off: `withdrawn`, `taken` (an agent has it) or `none` (nothing waiting
    in this conversation); `reference` for the first two."""

    kind: WithdrawKind
    reference: str | None = None


@dataclass(frozen=True)
class Forget(Outcome):
    kind: ForgetKind


def _kind(result: Result | None, rules: Rules) -> Any:
    """The outcome an answer stands for, from `rules`; `unavailable` without an answer."""
    if result is None:
        return "unavailable"
    for status, error, kind in rules:
        if status in (None, result.status) and error in (None, result.error):
            return kind
    log.warning("support api: no outcome for HTTP %s %s", result.status, result.error or "-")
    return "unexpected"


def _retry_after(result: Result | None) -> int:
    if result is None:
        return DEFAULT_RETRY_AFTER
    return max(result.number("retry_after", DEFAULT_RETRY_AFTER), 1)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _line(answer: Mapping[str, Any]) -> str | None:
    """When the phone line opens (text in the conversation's language), if the answer says it
    is closed now; None when it is open, or the answer does not say."""
    line = answer.get("line")
    if not isinstance(line, dict) or line.get("open") is not False:
        return None
    return _text(line.get("opens_text"))


def _answered(result: Result | None, *statuses: int) -> Mapping[str, Any]:
    """The body of an answer with one of `statuses`, else an empty mapping."""
    return result.json if result is not None and result.status in statuses else {}


class SupportApi:
    """The Support API calls of one conversation, each returning its outcome (never raising).

    `customer_token` is the widget's session token of the current message, forwarded as is:
    whether it is valid is the backend's decision. `client_key` is the chat channel's key of
    the client's address (bot/rasa_ext/client_key.py): a handoff sends it (`client`), and the
    backend caps anonymous handoffs per client with it (thirty-sixth outsider check, 10).
    """

    def __init__(
        self,
        conversation_id: str,
        customer_token: str | None = None,
        client: SupportClient | None = None,
        client_key: str | None = None,
    ) -> None:
        self._client = client or get_client()
        self._conversation_id = conversation_id
        self._token = customer_token
        self._client_key = plausible(client_key, MAX_CLIENT_KEY_LENGTH)

    async def _post(self, path: str, **body: Any) -> Result | None:
        """The answer, or None when there is none usable (`BackendUnavailable`, logged there)."""
        try:
            payload = {"conversation_id": self._conversation_id, **body}
            return await self._client.post(path, payload, self._token)
        except BackendUnavailable:
            return None

    async def status(self) -> Status:
        """Without a widget token the backend identifies nobody (docs/contract.md: 200
        `{"known": false}`), so no call is made: an anonymous FAQ answer's personal line
        costs no round trip to the backend (bench/RESULTS.md, FAQ latency)."""
        if self._token is None:
            return Status("anonymous", facts={"known": False})
        result = await self._post("status")
        if result is not None and result.status == 200:
            return Status("known" if result.json.get("known") else "anonymous", facts=result.json)
        return Status(_kind(result, COMMON_ERRORS), _retry_after(result))

    async def identity(self) -> Identity:
        """Is this customer proven enough for a reset ticket (docs/contract.md, /identity)?"""
        result = await self._post("identity")
        if result is None or result.status != 200:
            return Identity(_kind(result, ()))
        if result.json.get("verified") is True:
            return Identity("verified")
        # a reset needs the portal password whatever else is proven: without it, an email code
        # would be spent for nothing (outsider finding 1), so say "log in first" before asking
        missing = result.json.get("missing")
        return Identity(
            "password_missing"
            if isinstance(missing, list) and "password" in missing
            else "unverified"
        )

    async def resend(self) -> Resend:
        result = await self._post("resend")
        if result is not None and result.status == 200 and result.json.get("sent"):
            return Resend("sent", _retry_after(result), _text(result.json.get("masked_phone")))
        kind = _kind(result, RESEND_ERRORS)
        if kind == "send_limit" and result is not None and result.json.get("can_switch") == []:
            kind = "send_limit_no_switch"
        return Resend(kind, _retry_after(result))

    async def switch_method(self, method: str, language: str | None = None) -> Switch:
        """The change of method; the account's notice email in the chat's `language`."""
        result = await self._post("switch-method", method=method, language=language)
        if result is not None and result.status == 200:
            purpose = result.json.get("purpose")
            return Switch(
                "switched",
                purpose=purpose if purpose in ("enroll", "login") else "enroll",
                code_sent=result.json.get("next_step") == "code_sent",
            )
        return Switch(_kind(result, SWITCH_ERRORS), _retry_after(result))

    async def start_identity_check(self, email: str, language: str | None = None) -> EmailCode:
        """The code is emailed in the chat's `language` (the backend checks it)."""
        result = await self._post("identity/start", email=email, language=language)
        if result is not None and result.status == 202:
            return EmailCode("sent")
        if _answered(result, 200).get("status") == "sent_if_registered":
            return EmailCode("sent")
        return EmailCode(_kind(result, EMAIL_CODE_ERRORS), _retry_after(result))

    async def confirm_identity_check(self, code: str, language: str | None = None) -> CodeCheck:
        """The account's alert, when wrong codes reach the limit, goes in the chat's `language`."""
        result = await self._post("identity/confirm", code=code, language=language)
        if _answered(result, 200).get("verified") is True:
            return CodeCheck("verified")
        left = result.number("attempts_left", 0) if result is not None else 0
        return CodeCheck(_kind(result, CODE_CHECK_ERRORS), attempts_left=left)

    async def open_ticket(self, reason: str, language: str | None = None) -> Ticket:
        """The conversation's language goes with it: the agent calls back in that language."""
        result = await self._post("tickets", reason=reason, language=language)
        answer = _answered(result, 200, 201)
        ticket = answer.get("ticket")
        number = ticket.get("number") if isinstance(ticket, dict) else None
        if result is not None and isinstance(number, str):
            created = result.status == 201 or answer.get("created") is True
            return Ticket("created" if created else "existing", number=number)
        return Ticket(_kind(result, TICKET_ERRORS), _retry_after(result))

    async def hand_off(self, language: str, reason: str) -> Handoff:
        """Record the handoff; the kind says whether the phone line is open
        (bot/rules/business_hours.py). Past the anonymous cap, all chats together or this
        client's, the phone line without a reference (429 `handoff_limit`)."""
        extra = {} if self._client_key is None else {"client": self._client_key}
        result = await self._post("handoffs", language=language, reason=reason, **extra)
        answer = _answered(result, 200, 201)
        reference = _text(answer.get("reference"))
        if reference is None:  # past the anonymous cap: the phone line, without a reference
            capped = _kind(result, ((429, "handoff_limit", "line_only"),))
            closed = _line(result.json if result is not None else {})
            if capped == "line_only" and closed is not None:  # and when it opens, if closed now
                return Handoff("line_only_closed", opens=closed)
            return Handoff(capped)
        opens = _line(answer)
        line = answer.get("line")
        kind: HandoffKind = "line_closed" if opens else "line_closed_no_opening"
        if not isinstance(line, dict) or line.get("open") is not False:  # unknown: an older backend
            kind, opens = "line_open", None
        return Handoff(
            kind,
            reference=reference,
            opens=opens,
            locked=answer.get("account_locked") is True,
            ticket_open=answer.get("ticket_open") is True,
            signed_in=answer.get("signed_in") is True,
            not_enrolled=answer.get("two_factor_active") is False,
        )

    async def withdraw_handoff(self) -> Withdrawal:
        """Call off the handoff this conversation waits on (the customer changed their mind)."""
        result = await self._post("handoffs/withdraw")
        answer = _answered(result, 200)
        reference = _text(answer.get("reference"))
        if answer.get("withdrawn") is True and reference:
            return Withdrawal("withdrawn", reference=reference)
        if answer.get("taken") is True and reference:
            return Withdrawal("taken", reference=reference)
        return Withdrawal("none" if answer else _kind(result, ()))

    async def forget_conversation(self) -> Forget:
        result = await self._post("conversation/forget")
        return Forget(
            "scheduled"
            if result is not None and result.status == 202
            else _kind(result, SESSION_REQUIRED)
        )
