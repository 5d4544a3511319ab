"""Browser tests: Debian's Chromium (/usr/bin/chromium) driven by Playwright for Python.

No browser download: `executable_path` points at the system Chromium, headless, with the
network-quiet flags. Every page a test opens records each request it makes; a test fails if
any URL is not on 127.0.0.1/localhost, if the page throws, or if the Content-Security-Policy
refuses something. Screenshots go to results/screenshots/.

Two servers:
  * `backend`: the backend alone (`python -m bot run`) on an ephemeral port with its own
    SQLite file: the pages need no Rasa. Its PUBLIC_RASA_URL is a closed port, so the widget
    shows its "assistant unreachable" notice, which is tested too.
  * `stack`: the whole stack (`python -m bot stack`: backend, action server, Rasa) for the
    chat tests, started by tests/e2e/stack.py. It needs a trained model in models/ (or
    RASA_MODEL): without one the chat tests are skipped (under CI=true they fail).
    `with stack.outage():` stops the whole stack and starts it again on the same ports, with
    the same secrets and files (database, Rasa's tracker store): what a customer's open page
    sees of a restart of the Rasa server.

Screenshots of each step go to results/screenshots/; `Browser.result_shot` writes the few
the README shows straight into results/ (kept in git).
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.e2e.stack import free_ports, wait_http  # one home for the stack helpers

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
# The README's screenshots and the widget latency report live in results/ (kept in git); a test
# run refreshes them only when asked (UPDATE_RESULTS=1), so that `make test` leaves the working
# tree as it found it. Otherwise they go to results/latest/ (ignored), for a look after a run.
RESULTS = ROOT / "results" if os.environ.get("UPDATE_RESULTS") == "1" else ROOT / "results" / "latest"
SHOTS = ROOT / "results" / "screenshots"
WEBCHAT_BUNDLE = ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js"
IN_CI = os.environ.get("CI", "").lower() == "true"
DEMO_PASSWORD = "Demo-2FA-2024"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


_REPORTS: list[tuple[str, str]] = []


def report(title: str, text: str) -> None:
    """A measure to print at the end of the run (pytest's terminal summary)."""
    _REPORTS.append((title, text))


def pytest_terminal_summary(terminalreporter):
    for title, text in _REPORTS:
        terminalreporter.write_sep("=", title)
        terminalreporter.write(text)


def missing(reason: str):
    """Skip outside CI, fail in CI: CI must run everything."""
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)  # outside CI only: under CI=true the line above fails instead


def stop(proc: subprocess.Popen, timeout: float = 20) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


# --------------------------------------------------------------------------- servers

@dataclass
class Server:
    """A running backend (alone or inside the stack) and shortcuts to its database."""

    url: str
    database_url: str
    env: dict
    agent_token: str = ""
    rasa_url: str | None = None
    _db: object = field(default=None, repr=False)
    _handle: object = field(default=None, repr=False)  # tests.e2e.stack.Stack when the whole stack runs

    # the secrets and ports a restart keeps, so that open pages, cookies and tokens stay valid;
    # DEMO_KEY too: the tests that run after the restart read the outbox with it (on two
    # pytest-xdist workers the restart test can run before test_chat.py: 403 Forbidden)
    _KEPT = ("BACKEND_PORT", "ACTIONS_PORT", "RASA_PORT", "SUPPORT_SERVICE_TOKEN", "AGENT_TOKEN",
             "SESSION_SIGNING_KEY", "RASA_TOKEN", "DEMO_KEY", "SMS_RESEND_COOLDOWN_SECONDS",
             "TRACKER_STORE_URL", "TRACKER_STORE_DIALECT")

    @contextmanager
    def outage(self):
        """The whole stack (backend, action server, Rasa) stopped inside the block, started
        again after it on the same ports, with the same secrets and files: open pages lose
        their socket, then find the same server again."""
        from tests.e2e.stack import start_stack

        env = self._handle.env
        self._handle.stop()
        try:
            yield
        finally:
            self._handle = start_stack(self._handle.tmp, {k: env[k] for k in self._KEPT})

    @property
    def db(self):
        if self._db is None:
            from bot.db import Database

            self._db = Database(self.database_url)
        return self._db

    def make_user(self, email: str, state: str, **kw) -> str:
        """A fresh account (tests.helpers.make_user) in the server's database; password
        tests.helpers.PASSWORD."""
        from tests.helpers import make_user

        make_user(_DbCtx(self.db), email, state=state, **kw)
        return email

    def pending_secret(self, email: str) -> str | None:
        from sqlalchemy import select

        from bot.models import Challenge, User

        with self.db.session() as s:
            uid = s.execute(select(User.id).where(User.email == email)).scalar_one()
            ch = s.execute(select(Challenge).where(Challenge.user_id == uid, Challenge.completed_at.is_(None),
                                                   Challenge.cancelled_at.is_(None))
                           .order_by(Challenge.created_at.desc())).scalars().first()
            return ch.pending_secret if ch else None

    def rename(self, email: str, name: str) -> None:
        from sqlalchemy import update

        from bot.models import User

        with self.db.session() as s:
            s.execute(update(User).where(User.email == email).values(name=name))

    def user(self, email: str) -> dict:
        from sqlalchemy import select

        from bot.models import User

        with self.db.session() as s:
            u = s.execute(select(User).where(User.email == email)).scalar_one()
            return {"method": u.method, "phone": u.phone, "totp_secret": u.totp_secret, "locked": u.locked_at is not None}

    def outbox(self, channel: str | None = None, to: str | None = None) -> list[dict]:
        import json

        url = f"{self.url}/api/demo/outbox" + (f"?channel={channel}" if channel else "")
        req = urllib.request.Request(url, headers={"X-Demo-Key": self.env["DEMO_KEY"]})
        with urllib.request.urlopen(req, timeout=5) as r:
            msgs = json.loads(r.read())["messages"]
        return [m for m in msgs if to is None or m["to"] == to]

    @property
    def phone_url(self) -> str:
        """The demo phone at the address `make run` prints (with the demo key)."""
        return f"{self.url}/demo/phone?key={self.env['DEMO_KEY']}"

    def last_code(self, channel: str, to: str) -> str:
        msgs = self.outbox(channel, to)
        assert msgs, f"no {channel} to {to} in the outbox"
        return re.search(r"\b(\d{6})\b", msgs[0]["body"]).group(1)  # newest first


@dataclass
class _DbCtx:
    db: object


def _base_env(tmp: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "SMTP_"))}
    env.update({
        "DATABASE_URL": f"sqlite:///{tmp / 'm2m.db'}",
        "SUPPORT_SERVICE_TOKEN": "browser-support-" + secrets.token_hex(8),
        "AGENT_TOKEN": "browser-agent-" + secrets.token_hex(8),
        "SESSION_SIGNING_KEY": "browser-signing-" + secrets.token_hex(16),
        "RASA_TOKEN": "browser-rasa-" + secrets.token_hex(8),
        # the embedded demo, as `make run` runs it: demo accounts, the demo phone behind its key
        "M2M_DEMO": "1",
        "DEMO_KEY": "browser-demo-" + secrets.token_hex(8),
        "SMS_BACKEND": "outbox",
        "EMAIL_BACKEND": "outbox",
        "BIND_HOST": "127.0.0.1",
        "BACKEND_HOST": "127.0.0.1",
        "PYTHONUNBUFFERED": "1",
        # a short cooldown so that "Renvoyer" can be tested without waiting a minute
        "SMS_RESEND_COOLDOWN_SECONDS": "3",
    })
    return env


@pytest.fixture(scope="session")
def backend(tmp_path_factory):
    """The backend alone, seeded with the demo accounts; Rasa unreachable on purpose."""
    tmp = tmp_path_factory.mktemp("browser-backend")
    port, closed = free_ports(2)  # distinct: Rasa's address must not be the backend's own
    env = _base_env(tmp)
    env.update({"BACKEND_PORT": str(port), "PUBLIC_RASA_URL": f"http://127.0.0.1:{closed}",
                "RASA_URL": f"http://127.0.0.1:{closed}",
                # the tracker store the analytics and the inbox read: the test's, not var/'s
                "TRACKER_STORE_URL": f"sqlite:///{tmp / 'tracker.db'}"})
    log = open(tmp / "backend.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz", proc, 60, "the backend")
    except RuntimeError as exc:
        stop(proc)
        log.close()
        pytest.fail(f"{exc}:\n{(tmp / 'backend.log').read_text()[-3000:]}")
    yield Server(url=f"http://127.0.0.1:{port}", database_url=env["DATABASE_URL"], env=env,
                 agent_token=env["AGENT_TOKEN"])
    stop(proc)
    log.close()


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    """Backend + action server + Rasa with the trained model, for the chat tests: started by
    tests/e2e/stack.py's start_stack (`python -m bot stack` on free ports, SQLite in tmp)."""
    from tests.e2e.stack import find_model, start_stack

    if find_model() is None:
        missing("no trained Rasa model (models/*.tar.gz or RASA_MODEL): run `make train`")
    if not Path(sys.executable).with_name("rasa").exists():
        missing("rasa is not installed next to this Python")
    try:
        # PUBLIC_RASA_URL: the launcher's default, http://127.0.0.1:<rasa port>
        tmp = tmp_path_factory.mktemp("browser-stack")
        handle = start_stack(tmp, {"SMS_RESEND_COOLDOWN_SECONDS": "3",
                                   # Rasa's conversations in the test's directory, not var/
                                   "TRACKER_STORE_URL": f"sqlite:///{tmp / 'tracker.db'}",
                                   "TRACKER_STORE_DIALECT": "sqlite"})
    except RuntimeError as exc:
        pytest.fail(str(exc))
    server = Server(url=handle.backend_url, database_url=handle.database_url, env=handle.env,
                    agent_token=handle.env["AGENT_TOKEN"], rasa_url=handle.rasa_url, _handle=handle)
    try:
        yield server
    finally:
        server._handle.stop()


# --------------------------------------------------------------------------- the browser

@pytest.fixture(scope="module")
def chromium():
    """One Chromium per test module: Playwright's sync API keeps an asyncio loop running
    while it lives, which the async (pytest-asyncio) tests of other modules cannot share."""
    if not Path(CHROMIUM).exists():
        missing(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()
    pw.stop()


@pytest.fixture(scope="session")
def webchat_bundle():
    if not WEBCHAT_BUNDLE.exists():
        missing("node_modules/rasa-webchat is missing: run `npm ci` at the project root")
    return WEBCHAT_BUNDLE


def offsite(urls) -> list[str]:
    bad = []
    for u in urls:
        parts = urlsplit(u)
        if parts.scheme in ("data", "blob", "about"):
            continue
        if parts.hostname not in LOCAL_HOSTS:
            bad.append(u)
    return bad


class Browser:
    """Opens pages that record their requests, errors and CSP violations."""

    def __init__(self, chromium, request):
        self.chromium = chromium
        self.contexts = []
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.name = re.sub(r"[^a-zA-Z0-9_]+", "_", request.node.name)

    def context(self, lang: str = "fr-FR", viewport: tuple[int, int] = (1280, 860)):
        ctx = self.chromium.new_context(viewport={"width": viewport[0], "height": viewport[1]}, locale=lang,
                                        timezone_id="Europe/Paris")
        ctx.set_default_timeout(15000)
        ctx.on("request", lambda r: self.requests.append(r.url))
        ctx.on("page", self._watch)
        self.contexts.append(ctx)
        return ctx

    def page(self, lang: str = "fr-FR", viewport: tuple[int, int] = (1280, 860)):
        return self.context(lang, viewport).new_page()

    def _watch(self, page) -> None:
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))

        def on_console(msg):
            if "Content Security Policy" in msg.text or "Refused to" in msg.text:
                self.problems.append(f"CSP: {msg.text[:300]}")
        page.on("console", on_console)

    def shot(self, page, step: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{self.name}__{step}.png"
        page.bring_to_front()  # a background tab renders no frame to capture (headless Chromium 156)
        if page.locator(".rw-widget-container").count():
            page.wait_for_timeout(700)  # let the widget's slide-in animation end
        page.screenshot(path=str(path), full_page=True)
        return path

    def result_shot(self, page, name: str) -> Path:
        """A screenshot of the viewport for the README: results/<name>.png (see RESULTS)."""
        RESULTS.mkdir(parents=True, exist_ok=True)
        path = RESULTS / f"{name}.png"
        page.bring_to_front()
        page.wait_for_timeout(700)  # the widget's slide-in animation
        page.screenshot(path=str(path))
        return path

    def close(self) -> None:
        for ctx in self.contexts:
            ctx.close()


@pytest.fixture
def browser(chromium, request):
    b = Browser(chromium, request)
    yield b
    b.close()
    bad = offsite(b.requests)
    assert not bad, f"requests left localhost: {bad}"
    assert not b.problems, "\n".join(b.problems)


def login(page, server: Server, email: str, password: str, lang: str | None = None) -> None:
    page.goto(server.url + "/" + (f"?lang={lang}" if lang else ""))
    page.get_by_label("Adresse email" if lang != "en" else "Email address").fill(email)
    page.get_by_label("Mot de passe" if lang != "en" else "Password", exact=True).fill(password)
    page.get_by_role("button", name="Se connecter" if lang != "en" else "Log in").click()


class ApiClient:
    """A cookie-keeping HTTP client for setting up a scene through the JSON APIs."""

    def __init__(self, server: Server):
        import http.cookiejar

        self.server = server
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def call(self, method: str, path: str, body: dict | None = None, headers: dict | None = None) -> tuple[int, dict]:
        import json
        import urllib.error

        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.server.url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json", "Origin": self.server.url,
                                              **(headers or {})})
        try:
            with self.opener.open(req, timeout=10) as r:
                return r.status, json.loads(r.read() or b"{}")
        except urllib.error.HTTPError as err:
            return err.code, json.loads(err.read() or b"{}")

    def login(self, email: str, password: str) -> dict:
        status, view = self.call("POST", "/api/portal/login", {"email": email, "password": password})
        assert status == 200, view
        return view

    def support(self, path: str, body: dict, customer_token: str | None = None) -> tuple[int, dict]:
        headers = {"Authorization": f"Bearer {self.server.env['SUPPORT_SERVICE_TOKEN']}"}
        if customer_token:
            headers["X-Customer-Session"] = customer_token
        return self.call("POST", f"/api/support/{path}", body, headers)
