"""The whole stack for end-to-end tests: `python -m bot stack` (backend, action server, Rasa)
on free loopback ports, a SQLite file in a temporary directory, fixed secrets.

`start_stack(tmp, extra_env)` starts it and waits until Rasa answers; `Stack.stop()` stops
the launcher with SIGTERM (it stops its children, each in its own process group) and, if
it does not finish in time, kills what is left by process id. The browser suite
(tests/browser/conftest.py) reuses `start_stack` when this module exists.

Helpers talk to the parts the way their real clients do: the portal API with a cookie jar
(the customer's browser), Rasa's REST channel with the widget's metadata, Rasa's HTTP API
(token) to read which responses the assistant chose, the agent API with the agent token,
and the database file for the outbox and the rows the tests assert on.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Dict, List, Optional, Tuple

from bot.launcher import latest_model
from bot.readiness import free_port, free_ports, wait_http  # re-exported: the tests import them from here

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() == "true"


def find_model() -> Optional[Path]:
    """RASA_MODEL if set, else the newest models/*.tar.gz."""
    if os.environ.get("RASA_MODEL"):
        path = Path(os.environ["RASA_MODEL"])
        return path if path.exists() else None
    return latest_model(ROOT / "models")


def _http(method: str, url: str, body: Any = None, headers: Optional[Dict[str, str]] = None,
          opener: Optional[urllib.request.OpenerDirector] = None, timeout: float = 60) -> Tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with (opener.open(req, timeout=timeout) if opener else urllib.request.urlopen(req, timeout=timeout)) as resp:
            status, raw = resp.status, resp.read()
    except urllib.error.HTTPError as err:
        status, raw = err.code, err.read()
    try:
        return status, json.loads(raw.decode() or "null")
    except ValueError:
        return status, raw.decode(errors="replace")


def _children(pid: int) -> List[int]:
    try:
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    except OSError:
        return []
    return [int(p) for p in out.split()]


class PortalBrowser:
    """A customer's browser on the portal (its own cookie jar)."""

    def __init__(self, backend_url: str):
        self.url = backend_url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.view: Dict[str, Any] = {}

    def call(self, method: str, path: str, body: Any = None) -> Tuple[int, Any]:
        # our own pages' origin: the backend refuses cross-site POSTs (bot/api/csrf.py)
        return _http(method, f"{self.url}{path}", body, headers={"Origin": self.url}, opener=self.opener)

    def widget_token(self) -> str:
        status, body = self.call("GET", "/api/portal/widget-token")
        assert status == 200, body
        return body["token"]


@dataclass
class Stack:
    tmp: Path
    env: Dict[str, str]
    proc: subprocess.Popen
    log_path: Path
    backend_url: str
    rasa_url: str
    actions_url: str
    database_url: str
    _ctx: Any = field(default=None, repr=False)
    _children: List[int] = field(default_factory=list, repr=False)

    # ------------------------------------------------------------------ lifecycle
    def stop(self, timeout: float = 60) -> None:
        if self._ctx is not None:
            self._ctx.db.dispose()
            self._ctx = None
        children = self._children or _children(self.proc.pid)
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                for pid in children:  # the launcher's children run in their own groups
                    try:
                        os.killpg(pid, signal.SIGKILL)
                    except (ProcessLookupError, PermissionError):
                        pass
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    # ------------------------------------------------------------------ database
    @property
    def ctx(self):
        """Enough of a rules context for tests/helpers.py (`ctx.db`)."""
        if self._ctx is None:
            from bot.db import Database

            self._ctx = SimpleNamespace(db=Database(self.database_url))
        return self._ctx

    def make_user(self, email: str, state: str = "new", **kw) -> int:
        from tests.helpers import make_user

        return make_user(self.ctx, email, state=state, **kw)

    def outbox(self, channel: Optional[str] = None, to: Optional[str] = None):
        from tests.helpers import outbox

        return outbox(self.ctx, channel, to)

    def wait_outbox(self, channel: str, to: str, count: int, timeout: float = 15):
        """The outbox once it holds at least `count` messages for `to` (emails go out after
        the answer, in the backend's background)."""
        deadline = time.monotonic() + timeout
        while True:
            msgs = self.outbox(channel, to)
            if len(msgs) >= count or time.monotonic() > deadline:
                return msgs
            time.sleep(0.2)

    def last_code(self, channel: str, to: str) -> str:
        msgs = self.wait_outbox(channel, to, 1)
        assert msgs, f"no {channel} to {to}"
        return re.search(r"\b(\d{6})\b", msgs[-1].body).group(1)

    # ------------------------------------------------------------------ portal, agent
    def portal(self, email: str, password: Optional[str] = None) -> PortalBrowser:
        from tests.helpers import PASSWORD

        browser = PortalBrowser(self.backend_url)
        status, view = browser.call("POST", "/api/portal/login", {"email": email, "password": password or PASSWORD})
        assert status == 200, view
        browser.view = view
        return browser

    def portal_past_2fa(self, email: str, secret: str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP") -> PortalBrowser:
        """Logged in past the authenticator app (an "app" account, tests.helpers.make_user's
        default secret): a session strong enough for a reset ticket (bot/core/assurance.py)."""
        import pyotp

        browser = self.portal(email)
        status, view = browser.call("POST", "/api/portal/verify", {"code": pyotp.TOTP(secret).now()})
        assert status == 200 and view["stage"] == "complete", view
        browser.view = view
        return browser

    def agent(self, method: str, path: str, body: Any = None) -> Tuple[int, Any]:
        return _http(method, f"{self.backend_url}{path}", body,
                     headers={"Authorization": f"Bearer {self.env['AGENT_TOKEN']}"})

    # ------------------------------------------------------------------ Rasa
    def rest(self, sender: str, message: str, metadata: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        """POST /webhooks/rest/webhook, the way the REST channel's clients do."""
        status, body = _http("POST", f"{self.rasa_url}/webhooks/rest/webhook",
                             {"sender": sender, "message": message, "metadata": metadata or {}}, timeout=120)
        assert status == 200, body
        return body

    def tracker(self, sender: str) -> Dict[str, Any]:
        status, body = _http("GET", f"{self.rasa_url}/conversations/{sender}/tracker?token={self.env['RASA_TOKEN']}")
        assert status == 200, body
        return body

    def action_server(self, body: Dict[str, Any], token: Optional[str] = None) -> Tuple[int, Any]:
        """POST straight to the action server's webhook (what an attacker on its network could
        do), with `token` as Rasa sends it (?token=), or none."""
        query = f"?token={token}" if token else ""
        return _http("POST", f"{self.actions_url}/webhook{query}", body)


def start_stack(tmp: Path, extra_env: Optional[Dict[str, str]] = None, model: Optional[Path] = None,
                timeout: float = 600) -> Stack:
    """Start `python -m bot stack` on free ports and wait for Rasa. Raises RuntimeError with
    the end of the log when something does not come up."""
    model = model or find_model()
    if model is None:
        raise RuntimeError("no trained model (models/*.tar.gz or RASA_MODEL)")
    tmp = Path(tmp)
    tmp.mkdir(parents=True, exist_ok=True)
    # distinct ports, none of them one the test chose itself (in extra_env) for a part not started yet
    chosen = [int(v) for k, v in (extra_env or {}).items() if k.endswith("_PORT") and str(v).isdigit()]
    ports = dict(zip(("BACKEND_PORT", "ACTIONS_PORT", "RASA_PORT"), free_ports(3, avoid=chosen), strict=True))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TWILIO_", "SMTP_", "TRACKER_STORE_", "LOCK_STORE_", "REDIS_"))
           and k not in ("BACKEND_URL", "RASA_URL", "ACTION_SERVER_URL", "PUBLIC_RASA_URL")}
    env.update({k: str(v) for k, v in ports.items()})
    env.update({
        "DATABASE_URL": f"sqlite:///{tmp / 'm2m.db'}",
        # Rasa's conversations in the same temporary directory, one process: in-memory locks
        "TRACKER_STORE_URL": f"sqlite:///{tmp / 'tracker.db'}",
        "LOCK_STORE_TYPE": "in_memory",
        "SUPPORT_SERVICE_TOKEN": "e2e-support-" + secrets.token_hex(8),
        "AGENT_TOKEN": "e2e-agent-" + secrets.token_hex(8),
        "SESSION_SIGNING_KEY": "e2e-signing-" + secrets.token_hex(16),
        "RASA_TOKEN": "e2e-rasa-" + secrets.token_hex(8),
        "ACTION_SERVER_TOKEN": "e2e-actions-" + secrets.token_hex(8),
        "DEMO_KEY": "e2e-demo-" + secrets.token_hex(8),
        "RASA_MODEL": str(model),
        "SMS_BACKEND": "outbox",
        "EMAIL_BACKEND": "outbox",
        "BIND_HOST": "127.0.0.1",
        "BACKEND_HOST": "127.0.0.1",
        # the action server (rasa_sdk) binds 0.0.0.0 unless told: loopback only (security.md 13)
        "SANIC_HOST": "127.0.0.1",
        "PYTHONUNBUFFERED": "1",
        # every test and evaluation chat is anonymous on one backend: the anonymous handoff
        # cap and the per-client one (all of them come from this machine's one address) are
        # tested in tests/abuse/test_handoff_flood.py and tests/abuse/test_client_key.py
        "ANONYMOUS_HANDOFFS_PER_HOUR": os.environ.get("ANONYMOUS_HANDOFFS_PER_HOUR", "100000"),
        "ANONYMOUS_HANDOFFS_PER_CLIENT_PER_HOUR": os.environ.get(
            "ANONYMOUS_HANDOFFS_PER_CLIENT_PER_HOUR", "100000"
        ),
        # many e2e customers share one test number (tests/e2e/test_actions_rest.py PHONE): the
        # per-number cap is tested in tests/abuse/test_sms_cooldown.py
        "SMS_MAX_PER_NUMBER_PER_WINDOW": os.environ.get("SMS_MAX_PER_NUMBER_PER_WINDOW", "100000"),
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        # a phone line open around the clock, so that the dialogue tests do not depend on the
        # hour they run at; the opening hours are tested with a frozen clock
        # (tests/actions/test_handoff.py, tests/unit/test_business_hours.py)
        "PHONE_DAYS": "mon,tue,wed,thu,fri,sat,sun",
        "PHONE_OPENS": "00:00",
        "PHONE_CLOSES": "24:00",
        "PHONE_HOLIDAYS": "none",
        # a conversation the customer deleted goes 1 s after the turn (10 s by default)
        "FORGET_DELAY_SECONDS": "1",
    })
    env.update(extra_env or {})
    # a test may choose a port itself (to put a fault proxy in front of a part)
    ports = {k: int(env[k]) for k in ports}
    log_path = tmp / "stack.log"
    log = open(log_path, "w")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "stack"], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    log.close()  # the child keeps its own descriptor
    stack = Stack(tmp=tmp, env=env, proc=proc, log_path=log_path,
                  backend_url=f"http://127.0.0.1:{ports['BACKEND_PORT']}",
                  rasa_url=f"http://127.0.0.1:{ports['RASA_PORT']}",
                  actions_url=f"http://127.0.0.1:{ports['ACTIONS_PORT']}",
                  database_url=env["DATABASE_URL"])
    try:
        wait_http(f"{stack.rasa_url}/status?token={env['RASA_TOKEN']}", proc, timeout, "the stack (Rasa)")
    except RuntimeError as exc:
        stack.stop()
        raise RuntimeError(f"{exc}\n--- stack log ---\n{stack.log_tail()}") from None
    stack._children = _children(proc.pid)
    return stack
