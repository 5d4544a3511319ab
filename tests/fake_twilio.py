"""A local fake of Twilio Verify v2, on loopback, for the real `twilio` client.

It serves the paths the official client (twilio 8.2.2) calls, relative to
`client.verify.base_url` (see twilio/rest/verify/v2/service/verification.py and
verification_check.py):

    POST /v2/Services/{ServiceSid}/Verifications        form: To, Channel, Locale, ...
    POST /v2/Services/{ServiceSid}/Verifications/{Sid}   form: Status=canceled|approved
    POST /v2/Services/{ServiceSid}/VerificationCheck     form: To | VerificationSid, Code

and answers like the real API (JSON bodies with sid, service_sid, account_sid, to, channel,
status, valid, ...; errors as {"code", "message", "more_info", "status"}). Behaviour copied
from Twilio Verify: one pending verification per number for 10 minutes (a new send to the
same number re-sends the same code), at most 5 sends per verification (60203), at most 5
checks (60202), a wrong code is HTTP 200 with status "pending", a used/expired/unknown
verification is 404 with code 20404.

Faults are programmable (`fail_next`) and apply to the next matching request: an HTTP
500, 429 with code 20429, 60203, 60202, 60212, 400 with 60200, 404 with 20404, a 2xx
answer with malformed JSON, or no answer at all ("hang", released when the server closes).

Every request is recorded (`requests`, `sends`, `checks`) so that tests assert how many
SMS were asked and with which parameters.
"""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from aiohttp import web
from aiohttp.test_utils import TestServer

CODE_TTL = 600
MAX_SENDS = 5
MAX_CHECKS = 5

FAULTS = {
    "500": (500, 20500, "Internal Server Error"),
    "20429": (429, 20429, "Too Many Requests"),
    "60203": (429, 60203, "Max send attempts reached"),
    "60202": (429, 60202, "Max check attempts reached"),
    "60212": (429, 60212, "Too many concurrent requests for phone number"),
    "60200": (400, 60200, "Invalid parameter `To`"),
    "20404": (404, 20404, "The requested resource was not found"),
}


def _now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass
class Recorded:
    endpoint: str  # send | check | update | unknown
    method: str
    path: str
    form: dict
    account_sid: str | None
    status: int = 0


@dataclass
class _Verification:
    sid: str
    service_sid: str
    to: str
    channel: str
    code: str
    created: float
    status: str = "pending"
    sends: int = 1
    checks: int = 0
    attempts: list = field(default_factory=list)


class FakeTwilio:
    def __init__(self, account_sid: str = "AC" + "0" * 32, auth_token: str = "fake-auth-token"):
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.requests: list[Recorded] = []
        self._faults: list[tuple[str, str]] = []
        self._by_to: dict[tuple[str, str], _Verification] = {}
        self._by_sid: dict[str, _Verification] = {}
        self._release = asyncio.Event()
        self.hanging = 0
        self._server: TestServer | None = None

    # ------------------------------------------------------------------ control
    def fail_next(self, kind: str, endpoint: str = "any", times: int = 1) -> None:
        """Make the next `times` requests to `endpoint` (send | check | update | any) fail with
        `kind`: one of FAULTS' keys, "malformed" or "hang"."""
        assert kind in FAULTS or kind in ("malformed", "hang"), kind
        for _ in range(times):
            self._faults.append((endpoint, kind))

    @property
    def sends(self) -> list[Recorded]:
        return [r for r in self.requests if r.endpoint == "send"]

    @property
    def checks(self) -> list[Recorded]:
        return [r for r in self.requests if r.endpoint == "check"]

    def code_for(self, to: str) -> str:
        """The code of the pending verification of this number (what the phone received)."""
        v = self._live(self._service_sid_any(to), to)
        assert v is not None, f"no pending verification for {to}"
        return v.code

    @property
    def url(self) -> str:
        assert self._server is not None
        return str(self._server.make_url("")).rstrip("/")

    async def start(self) -> "FakeTwilio":
        app = web.Application()
        app.router.add_post("/v2/Services/{service}/Verifications", self._create)
        app.router.add_post("/v2/Services/{service}/Verifications/{sid}", self._update)
        app.router.add_post("/v2/Services/{service}/VerificationCheck", self._check)
        app.router.add_route("*", "/{tail:.*}", self._unknown)
        self._server = TestServer(app, host="127.0.0.1", port=0)
        await self._server.start_server()
        return self

    async def close(self) -> None:
        self._release.set()
        if self._server is not None:
            await self._server.close()

    # ------------------------------------------------------------------ helpers
    def _service_sid_any(self, to: str) -> str:
        for (service, number) in self._by_to:
            if number == to:
                return service
        return ""

    def _live(self, service: str, to: str) -> _Verification | None:
        v = self._by_to.get((service, to))
        if v is None or v.status != "pending" or time.time() - v.created >= CODE_TTL:
            return None
        return v

    def _auth_account(self, request: web.Request) -> str | None:
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Basic "):
            return None
        try:
            user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
        except Exception:
            return None
        return user if password == self.auth_token else None

    def _error(self, rec: Recorded, status: int, code: int, message: str) -> web.Response:
        rec.status = status
        return web.json_response({"code": code, "message": message,
                                  "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status},
                                 status=status)

    async def _begin(self, request: web.Request, endpoint: str) -> tuple[Recorded, web.Response | None]:
        form = dict(await request.post())
        rec = Recorded(endpoint, request.method, request.path, {k: str(v) for k, v in form.items()},
                       self._auth_account(request))
        self.requests.append(rec)
        if rec.account_sid != self.account_sid:
            return rec, self._error(rec, 401, 20003, "Authenticate")
        for i, (target, kind) in enumerate(self._faults):
            if target in ("any", endpoint):
                del self._faults[i]
                return rec, await self._fault(rec, kind)
        return rec, None

    async def _fault(self, rec: Recorded, kind: str) -> web.Response:
        if kind == "hang":
            self.hanging += 1
            try:
                await asyncio.wait_for(self._release.wait(), timeout=30)
            except asyncio.TimeoutError:
                pass
            rec.status = 504
            return web.Response(status=504, text="gave up")
        if kind == "malformed":
            rec.status = 201 if rec.endpoint == "send" else 200
            return web.Response(status=rec.status, text='{"sid": "VE', content_type="application/json")
        status, code, message = FAULTS[kind]
        return self._error(rec, status, code, message)

    def _verification_json(self, v: _Verification, service: str) -> dict:
        return {
            "sid": v.sid, "service_sid": service, "account_sid": self.account_sid, "to": v.to,
            "channel": v.channel, "status": v.status, "valid": v.status == "approved",
            "lookup": {"carrier": None}, "amount": None, "payee": None,
            "send_code_attempts": v.attempts, "date_created": _now_iso(), "date_updated": _now_iso(),
            "sna": None, "url": f"https://verify.twilio.com/v2/Services/{service}/Verifications/{v.sid}",
        }

    # ------------------------------------------------------------------ endpoints
    async def _create(self, request: web.Request) -> web.Response:
        rec, refused = await self._begin(request, "send")
        if refused is not None:
            return refused
        service = request.match_info["service"]
        to, channel = rec.form.get("To"), rec.form.get("Channel")
        if not to or not to.startswith("+") or not to[1:].isdigit() or not (8 <= len(to) <= 16):
            return self._error(rec, 400, 60200, "Invalid parameter `To`")
        if channel not in ("sms", "call", "email", "whatsapp", "sna", "auto"):
            return self._error(rec, 400, 60200, "Invalid parameter `Channel`")
        v = self._live(service, to)
        if v is None:
            v = _Verification(sid="VE" + secrets.token_hex(16), service_sid=service, to=to, channel=channel,
                              code=f"{secrets.randbelow(10 ** 6):06d}", created=time.time())
            self._by_to[(service, to)] = v
            self._by_sid[v.sid] = v
        else:
            if v.sends >= MAX_SENDS:
                return self._error(rec, 429, 60203, "Max send attempts reached")
            v.sends += 1
        v.attempts.append({"time": _now_iso(), "channel": channel, "attempt_sid": "VL" + secrets.token_hex(16)})
        rec.status = 201
        return web.json_response(self._verification_json(v, service), status=201)

    async def _update(self, request: web.Request) -> web.Response:
        rec, refused = await self._begin(request, "update")
        if refused is not None:
            return refused
        service, sid = request.match_info["service"], request.match_info["sid"]
        v = self._by_sid.get(sid) or self._live(service, sid)
        if v is None or v.status != "pending":
            return self._error(rec, 404, 20404, "The requested resource was not found")
        status = rec.form.get("Status")
        if status not in ("canceled", "approved"):
            return self._error(rec, 400, 60200, "Invalid parameter `Status`")
        v.status = status
        rec.status = 200
        return web.json_response(self._verification_json(v, service))

    async def _check(self, request: web.Request) -> web.Response:
        rec, refused = await self._begin(request, "check")
        if refused is not None:
            return refused
        service = request.match_info["service"]
        code, to, vsid = rec.form.get("Code"), rec.form.get("To"), rec.form.get("VerificationSid")
        if not code or not (to or vsid):
            return self._error(rec, 400, 60200, "Invalid parameter")
        v = self._by_sid.get(vsid) if vsid else self._live(service, to)
        if v is None or v.status != "pending" or time.time() - v.created >= CODE_TTL:
            return self._error(rec, 404, 20404, "The requested resource was not found")
        if v.checks >= MAX_CHECKS:
            return self._error(rec, 429, 60202, "Max check attempts reached")
        v.checks += 1
        if secrets.compare_digest(code, v.code):
            v.status = "approved"
        rec.status = 200
        return web.json_response({
            "sid": v.sid, "service_sid": service, "account_sid": self.account_sid, "to": v.to,
            "channel": v.channel, "status": v.status, "valid": v.status == "approved", "amount": None,
            "payee": None, "date_created": _now_iso(), "date_updated": _now_iso(),
            "sna_attempts_error_codes": [],
        })

    async def _unknown(self, request: web.Request) -> web.Response:
        rec = Recorded("unknown", request.method, request.path, {}, self._auth_account(request))
        self.requests.append(rec)
        return self._error(rec, 404, 20404, "The requested resource was not found")


def dumps(obj) -> str:  # pragma: no cover - debugging aid
    return json.dumps(obj, indent=2)
