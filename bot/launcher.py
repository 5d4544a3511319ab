"""`make run`: the backend, the action server and the Rasa server, in the foreground.

Prints what it starts and where to open the portal; Ctrl-C or SIGTERM stops every process
it started (each in its own process group, so their children go too). If one of them dies,
the others are stopped and the exit code says so. Everything is configurable through the
environment (README, "Configuration"); secrets are generated once and kept in var/secrets.json
so that cookies and tokens survive a restart of the demo. It runs the embedded demo
(M2M_DEMO=1: demo accounts, and the demo phone at an address carrying DEMO_KEY); files it and
its children create are private to the user (umask 077), and the Rasa token never appears on a
command line (bot/rasa_server.py).
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from bot.config import PROJECT_ROOT
from bot.readiness import wait_http

VAR = PROJECT_ROOT / "var"
BIN = Path(sys.executable).parent


def say(msg: str) -> None:
    print(f"[make run] {msg}", flush=True)


SECRET_NAMES = (
    "SUPPORT_SERVICE_TOKEN",
    "AGENT_TOKEN",
    "SESSION_SIGNING_KEY",
    "RASA_TOKEN",
    "ACTION_SERVER_TOKEN",
    "DEMO_KEY",
)


def _secrets(var: Path = VAR) -> dict:
    """The generated secrets (var/secrets.json, 0600 from its creation), minus those the
    environment sets."""
    var.mkdir(mode=0o700, exist_ok=True)
    path = var / "secrets.json"
    stored = json.loads(path.read_text()) if path.exists() else {}
    missing = [name for name in SECRET_NAMES if not os.environ.get(name) and name not in stored]
    for name in missing:
        stored[name] = secrets.token_urlsafe(32)
    if missing or path.exists() and path.stat().st_mode & 0o077:
        _write_private(path, json.dumps(stored, indent=1))
    return {k: v for k, v in stored.items() if not os.environ.get(k)}


def _write_private(path: Path, text: str) -> None:
    """Created 0600 (never readable by others, not even for an instant); an older file with
    wider permissions is narrowed."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        os.fchmod(f.fileno(), 0o600)
        f.write(text)


def latest_model(folder: Path = PROJECT_ROOT / "models") -> Path | None:
    """The newest trained model (what `make run`, `make train`, `make eval` and the tests use)."""
    models = sorted(folder.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def _ports() -> dict[str, int]:
    return {
        "backend": int(os.environ.get("BACKEND_PORT", "8080")),
        "actions": int(os.environ.get("ACTIONS_PORT", "5055")),
        "rasa": int(os.environ.get("RASA_PORT", "5005")),
    }


def _child_env(host: str, ports: dict[str, int]) -> dict[str, str]:
    """The children's environment: the caller's, the generated secrets, and the defaults that
    tie the three services together (each setting can be overridden from outside)."""
    env = dict(os.environ)
    env.update(_secrets())
    env.setdefault("BACKEND_HOST", host)
    env.setdefault("M2M_DEMO", "1")  # the embedded demo; the backend refuses it off loopback
    env["BACKEND_PORT"] = str(ports["backend"])
    env.setdefault("BACKEND_URL", f"http://127.0.0.1:{ports['backend']}")
    env.setdefault("RASA_URL", f"http://127.0.0.1:{ports['rasa']}")
    env.setdefault("PUBLIC_RASA_URL", f"http://{host}:{ports['rasa']}")
    env.setdefault("ACTION_SERVER_URL", f"http://127.0.0.1:{ports['actions']}/webhook")
    env.setdefault("PYTHONUNBUFFERED", "1")
    # Rasa's stores (endpoints.yml): SQLite tracker store and in-memory lock store by default
    env.setdefault("TRACKER_STORE_URL", f"sqlite:///{VAR / 'tracker.db'}")
    env.setdefault(
        "TRACKER_STORE_DIALECT", env["TRACKER_STORE_URL"].split(":", 1)[0].split("+", 1)[0]
    )
    env.setdefault("LOCK_STORE_TYPE", "in_memory")
    env.setdefault("REDIS_HOST", "127.0.0.1")
    env.setdefault("REDIS_PORT", "6379")
    env.setdefault("REDIS_DB", "1")
    env.setdefault("LOCK_STORE_PREFIX", "m2m")
    # the action server trusts any tracker it is sent: keep it on loopback (security.md §13)
    env.setdefault("SANIC_HOST", "127.0.0.1")
    # Sanic closes idle keep-alive connections after 5 s, Rasa's aiohttp client keeps them
    # 15 s: under load Rasa reused a connection the action server was closing ("Cannot write
    # to closing transport") and the turn's events were lost. The server must outlive the client.
    env.setdefault("SANIC_KEEP_ALIVE_TIMEOUT", "75")
    return env


class Children:
    """The processes `make run` started, each in its own process group so that stopping one
    stops what it spawned."""

    def __init__(self, env: dict[str, str]):
        self.env = env
        self.procs: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, cmd: list) -> subprocess.Popen:
        say(f"starting {name}: {' '.join(str(c) for c in cmd[:4])} …")
        p = subprocess.Popen(
            [str(c) for c in cmd], cwd=PROJECT_ROOT, env=self.env, start_new_session=True
        )
        self.procs.append((name, p))
        return p

    def stop_all(self) -> None:
        for _name, p in reversed(self.procs):
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + 15
        for _name, p in self.procs:
            try:
                p.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
        say("stopped every process")

    def watch(self) -> int:
        """Until one child exits: then stop the others."""
        while True:
            for name, p in self.procs:
                if p.poll() is not None:
                    say(f"{name} exited with code {p.returncode}: stopping the others")
                    self.stop_all()
                    return 1
            time.sleep(1)


class Service(NamedTuple):
    """One of the three processes: how `make run` names it, its command, the URL that
    answers 200 once it serves, and how long it may take to get there (Rasa loads a model)."""

    name: str
    what: str  # as the waiting messages say it: "waiting for the backend (5 s)"
    cmd: list
    health_url: str
    timeout: int


def _start_ready(kids: Children, service: Service) -> None:
    """Start one service and return once it answers: the next one relies on it (the actions
    call the backend, Rasa calls the action server)."""
    proc = kids.start(service.name, service.cmd)
    wait_http(service.health_url, proc, service.timeout, service.what, progress=True)


def portal_origins(host: str, backend_port: int, env: dict[str, str]) -> list[str]:
    """The web origins allowed to call Rasa from a browser: the portal's, where the widget
    lives, on the addresses `make run` serves it (and PUBLIC_URL's; RASA_CORS_ORIGINS adds
    others, separated by commas). Rasa ran with `--cors "*"`, which reflected any origin with
    credentials allowed: any web site could drive chats and handoffs from its visitors'
    browsers (ninth outsider check, A38)."""
    hosts = dict.fromkeys([host, "127.0.0.1", "localhost"])
    origins = [f"http://{h}:{backend_port}" for h in hosts if h not in ("0.0.0.0", "::")]
    public = urlsplit(env.get("PUBLIC_URL", "").strip())
    if public.scheme in ("http", "https") and public.netloc:
        origins.append(f"{public.scheme}://{public.netloc}")
    origins += [
        o.strip().rstrip("/") for o in env.get("RASA_CORS_ORIGINS", "").split(",") if o.strip()
    ]
    return list(dict.fromkeys(origins))


def _rasa_command(host: str, port: int, model, origins: list[str]) -> list:
    """Rasa's command line. The token reaches Rasa through the environment, never the command
    line (ps shows it to every user)."""
    return [
        BIN / "python",
        "-m",
        "bot.rasa_server",
        "--model",
        model,
        "--port",
        port,
        "--interface",
        host,
        "--endpoints",
        "endpoints.yml",
        "--credentials",
        "credentials.yml",
        "--cors",
        *origins,
    ]


def _start_all(kids: Children, host: str, ports: dict[str, int], model) -> None:
    """The backend, then the action server, then Rasa, each once the previous one answers."""
    backend, actions, rasa = ports["backend"], ports["actions"], ports["rasa"]
    _start_ready(
        kids,
        Service(
            "backend (portal, APIs)",
            "the backend",
            [BIN / "python", "-m", "bot", "run"],
            f"http://127.0.0.1:{backend}/healthz",
            60,
        ),
    )
    say(f"backend ready on http://{host}:{backend}")
    _start_ready(
        kids,
        Service(
            "action server",
            "the action server",
            [BIN / "python", "-m", "bot.action_server", "--port", actions],
            f"http://127.0.0.1:{actions}/health",
            120,
        ),
    )
    say(f"action server ready on http://127.0.0.1:{actions}")
    _start_ready(
        kids,
        Service(
            "Rasa server (REST + socketio)",
            "the Rasa server",
            _rasa_command(host, rasa, model, portal_origins(host, backend, kids.env)),
            f"http://127.0.0.1:{rasa}/status?token={kids.env['RASA_TOKEN']}",
            300,
        ),
    )
    say(f"Rasa server ready on http://{host}:{rasa} (model {Path(model).name})")


def _print_urls(env: dict[str, str], host: str, ports: dict[str, int]) -> None:
    backend = f"http://{host}:{ports['backend']}"
    print(flush=True)
    say("everything is up. Open:")
    say(f"  portal (log in with a demo account):  {backend}/")
    if env["M2M_DEMO"].lower() in ("1", "true", "yes"):
        say(f"  demo phone (SMS and emails):          {backend}/demo/phone?key={env['DEMO_KEY']}")
        say(f"  agent console (agent / Agent-2FA-2024): {backend}/console")
    else:
        say(f"  agent console (`python -m bot create-agent NAME`): {backend}/console")
    say(f"  REST channel:  POST http://{host}:{ports['rasa']}/webhooks/rest/webhook")
    say("Ctrl-C stops everything.")
    sys.stdout.flush()


def _on_sigterm(_signum, _frame):
    raise KeyboardInterrupt


def main() -> int:
    os.umask(0o077)  # the SQLite files (m2m.db, tracker.db) and logs of every child: 0600
    host = os.environ.get("BIND_HOST", "127.0.0.1")
    ports = _ports()
    model = os.environ.get("RASA_MODEL") or latest_model()
    if not model:
        say("no trained model in models/: run `make train` (make run does it for you)")
        return 2
    kids = Children(_child_env(host, ports))
    signal.signal(signal.SIGTERM, _on_sigterm)
    # Python leaves SIGINT ignored when it starts ignored, as for a job started with `&` by a
    # shell without job control: `kill -INT` then did nothing (earlier sessions' note). Ctrl-C
    # and SIGINT stop everything however the stack was started.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        _start_all(kids, host, ports, model)
        _print_urls(kids.env, host, ports)
        return kids.watch()
    except KeyboardInterrupt:
        say("stopping …")
        kids.stop_all()
        return 0
    except RuntimeError as exc:
        say(f"error: {exc}")
        kids.stop_all()
        return 1
