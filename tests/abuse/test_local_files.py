"""Issue 15, item 15: local files readable by other users of the machine, and the Rasa token
on a command line.

The attacker is another account on the same machine: `ps` shows every process's arguments,
and files created with the usual umask (022) are world-readable. var/secrets.json holds every
secret; var/m2m.db holds the outbox (codes) and the TOTP secrets; var/tracker.db the chats.
All are created 0600; the Rasa token reaches Rasa through its environment, not its arguments.
(The running stack is checked in test_stack_topology.py.)
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot import launcher, rasa_server
from bot.readiness import free_port, wait_http

ROOT = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The usual umask of a shell (022) while the test runs."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_secrets_file_is_private_from_creation(tmp_path, monkeypatch, open_umask):
    for name in launcher.SECRET_NAMES:
        monkeypatch.delenv(name, raising=False)
    var = tmp_path / "var"
    made = launcher._secrets(var)
    path = var / "secrets.json"
    assert _mode(path) == 0o600 and _mode(var) == 0o700
    assert set(json.loads(path.read_text())) == set(launcher.SECRET_NAMES) == set(made)
    # an older file left readable by others is narrowed on the next start
    path.chmod(0o644)
    assert launcher._secrets(var) == made
    assert _mode(path) == 0o600


def test_secrets_file_is_created_with_mode_0600_by_open(tmp_path, monkeypatch, open_umask):
    """Not written then chmod-ed (a window where another user could read it): os.open's mode."""
    calls = []
    real_open = os.open

    def spy(path, flags, mode=0o777, *args, **kwargs):
        calls.append((str(path), mode))
        return real_open(path, flags, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    for name in launcher.SECRET_NAMES:
        monkeypatch.delenv(name, raising=False)
    launcher._secrets(tmp_path / "var")
    assert (str(tmp_path / "var" / "secrets.json"), 0o600) in calls


def test_backend_database_is_private(tmp_path, open_umask):
    port = free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'm2m.db'}", "BACKEND_PORT": str(port),
           "BACKEND_HOST": "127.0.0.1", "M2M_DEMO": "1", "DEMO_KEY": "k" * 24}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz", proc, 60, "the backend")
        files = [p for p in tmp_path.iterdir() if p.name.startswith("m2m.db")]
        assert files and all(_mode(p) == 0o600 for p in files), {p.name: oct(_mode(p)) for p in files}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_rasa_entry_point_keeps_the_token_off_argv(monkeypatch):
    assert rasa_server.rasa_argv(["--port", "1"], "tok") == ["rasa", "run", "--enable-api", "--auth-token=tok",
                                                             "--port", "1"]
    monkeypatch.delenv("RASA_TOKEN", raising=False)
    monkeypatch.setattr(sys, "argv", ["bot.rasa_server"])
    with pytest.raises(SystemExit, match="RASA_TOKEN"):
        rasa_server.main()
    monkeypatch.setenv("RASA_TOKEN", "tok")
    monkeypatch.setattr(sys, "argv", ["bot.rasa_server", "--auth-token", "visible"])
    with pytest.raises(SystemExit, match="not on the command line"):
        rasa_server.main()


@pytest.mark.parametrize("token", ["-3zAbc_d", "--looks-like-an-option", "plain"])
def test_rasa_reads_any_generated_token(token):
    """secrets.token_urlsafe starts one token in 64 with "-": on a machine whose var/secrets.json
    held "-3z…", `make run` stopped with "argument -t/--auth-token: expected one argument"."""
    from rasa.__main__ import create_argument_parser

    argv = rasa_server.rasa_argv(["--port", "5005"], token)
    parsed = create_argument_parser().parse_args(argv[1:])
    assert parsed.auth_token == token and parsed.port == 5005
