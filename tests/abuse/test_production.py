"""Issue 15, item 3: production must not ship the demo.

The attacker knows the README: the demo accounts' passwords are public. `python -m bot run`
creates nothing unless asked; agents are created by a command that never takes the password
from argv (argv is readable by every local user); production refuses to start with the demo
or its accounts. (docker-compose.yml is checked in tests/unit/test_deploy.py.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db import Database
from bot.models import Agent, User
from bot.readiness import free_port, wait_http
from bot.security import hash_password, verify_password
from bot.seed import AGENT_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
SECRETS = {"SUPPORT_SERVICE_TOKEN": "s" * 32, "AGENT_TOKEN": "a" * 32, "SESSION_SIGNING_KEY": "k" * 32}


def _env(tmp_path: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("M2M_", "DEMO_", "TWILIO_", "SMTP_"))}
    env.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'm2m.db'}", "BACKEND_HOST": "127.0.0.1",
                "BACKEND_PORT": str(free_port()), "PYTHONUNBUFFERED": "1"})
    env.update(extra)
    return env


def _cli(env: dict, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=120, cwd=ROOT, start_new_session=True)


def _counts(env: dict) -> tuple[int, int]:
    db = Database(env["DATABASE_URL"])
    try:
        with db.session() as s:
            return (s.execute(select(func.count()).select_from(User)).scalar_one(),
                    s.execute(select(func.count()).select_from(Agent)).scalar_one())
    finally:
        db.dispose()


def test_run_seeds_nothing_unless_asked(tmp_path):
    env = _env(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_http(f"http://127.0.0.1:{env['BACKEND_PORT']}/healthz", proc, 60, "the backend")
        assert _counts(env) == (0, 0)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_create_agent_takes_the_password_from_the_environment_or_a_prompt(tmp_path):
    env = _env(tmp_path)
    assert _cli(env, "migrate").returncode == 0
    done = _cli({**env, "M2M_AGENT_PASSWORD": "a-long-agent-passphrase"}, "create-agent", "alice", "--name", "Alice")
    assert done.returncode == 0, done.stderr
    # no terminal: getpass reads the standard input (twice: typed, then confirmed)
    done = _cli(env, "create-agent", "bob", stdin="another-long-passphrase\nanother-long-passphrase\n")
    assert done.returncode == 0, done.stderr
    assert "another-long-passphrase" not in done.stdout + done.stderr
    db = Database(env["DATABASE_URL"])
    with db.session() as s:
        agents = {a.username: a.password_hash for a in s.execute(select(Agent)).scalars()}
    db.dispose()
    assert verify_password(agents["alice"], "a-long-agent-passphrase")
    assert verify_password(agents["bob"], "another-long-passphrase")


@pytest.mark.parametrize("args,stdin", [
    (("create-agent", "eve", "--password", "a-long-agent-passphrase"), None),  # argv: refused by the parser
    (("create-agent", "eve"), "short\nshort\n"),  # NIST: 15 characters at least
    (("create-agent", "eve"), "a-long-agent-passphrase\nnot-the-same-passphrase\n"),
])
def test_create_agent_refuses_argv_and_weak_passwords(tmp_path, args, stdin):
    env = _env(tmp_path)
    assert _cli(env, "migrate").returncode == 0
    done = _cli(env, *args, stdin=stdin)
    assert done.returncode != 0
    assert _counts(env) == (0, 0)


def test_production_refuses_demo_accounts(tmp_path):
    env = _env(tmp_path, **SECRETS)
    assert _cli(env, "seed").returncode == 0
    done = _cli({**env, "M2M_ENV": "production"}, "run")
    assert done.returncode != 0 and "demo accounts" in done.stderr, done.stderr[-2000:]
    # a non-loopback bind is production too
    done = _cli({**env, "BACKEND_HOST": "0.0.0.0"}, "run")
    assert done.returncode != 0 and "demo accounts" in done.stderr, done.stderr[-2000:]


def test_production_refuses_a_renamed_demo_agent(tmp_path):
    """The agent with the published password counts, whatever its name."""
    env = _env(tmp_path, **SECRETS)
    assert _cli({**env, "M2M_AGENT_PASSWORD": AGENT_PASSWORD + "x"}, "create-agent", "ok-agent").returncode == 0
    db = Database(env["DATABASE_URL"])
    with db.session() as s:
        s.add(Agent(username="support-lead", name="x", password_hash=hash_password(AGENT_PASSWORD)))
    db.dispose()
    done = _cli({**env, "M2M_ENV": "production"}, "run")
    assert done.returncode != 0 and "support-lead" in done.stderr, done.stderr[-2000:]


@pytest.mark.parametrize("extra,needle", [
    ({"M2M_ENV": "production", "M2M_DEMO": "1", **SECRETS}, "M2M_DEMO"),
    ({"M2M_ENV": "production"}, "SESSION_SIGNING_KEY"),
])
def test_production_refuses_the_demo_switch_and_missing_secrets(tmp_path, extra, needle):
    done = _cli(_env(tmp_path, **extra), "run")
    assert done.returncode != 0 and needle in done.stderr, done.stderr[-2000:]
