"""Start and measure the processes a benchmark compares: our stack (`python -m bot stack`)
and a bare `rasa init` assistant, on free loopback ports, each stopped at the end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bot.readiness import free_port, free_ports, wait_http

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total = 0
    pids = [pid]
    seen = set()
    while pids:
        p = pids.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
            pids.extend(int(c) for c in children)
        except OSError:
            continue
    return round(total / 1024, 1)


class Proc:
    def __init__(self, cmd: list, cwd: Path, env: dict, log: Path):
        # open for the child's whole life; closed by stop()
        self.log = open(log, "w")  # noqa: SIM115
        self.p = subprocess.Popen(
            [str(c) for c in cmd],
            cwd=cwd,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.p.pid

    def stop(self) -> None:
        if self.p.poll() is None:
            os.killpg(self.p.pid, signal.SIGTERM)
            try:
                self.p.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.p.pid, signal.SIGKILL)
                self.p.wait()
        self.log.close()


def child_pids(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def stack_env(tmp: Path, *, extra: dict | None = None) -> tuple[dict, dict]:
    ports = dict(zip(("backend", "actions", "rasa"), free_ports(3), strict=True))
    env = dict(os.environ)
    env.update(
        {
            "BACKEND_PORT": str(ports["backend"]),
            "ACTIONS_PORT": str(ports["actions"]),
            "RASA_PORT": str(ports["rasa"]),
            "DATABASE_URL": f"sqlite:///{tmp / 'bench.db'}",
            "TRACKER_STORE_URL": f"sqlite:///{tmp / 'tracker.db'}",
            "TRACKER_STORE_DIALECT": "sqlite",
            "SUPPORT_SERVICE_TOKEN": "bench-support",
            "AGENT_TOKEN": "bench-agent",
            "SESSION_SIGNING_KEY": "bench-key-" + "x" * 24,
            "RASA_TOKEN": "bench-rasa",
            "ACTION_SERVER_TOKEN": "bench-actions",
            "BACKEND_URL": f"http://127.0.0.1:{ports['backend']}",
            "ACTION_SERVER_URL": f"http://127.0.0.1:{ports['actions']}/webhook",
        }
    )
    env.update(extra or {})
    return env, ports


def start_stack(tmp: Path, extra: dict | None = None) -> tuple[Proc, dict, dict]:
    env, ports = stack_env(tmp, extra=extra)
    proc = Proc([BIN / "python", "-m", "bot", "stack"], ROOT, env, tmp / "stack.log")
    wait_http(
        f"http://127.0.0.1:{ports['rasa']}/status?token=bench-rasa", proc.p, 400, "our Rasa server"
    )
    return proc, env, ports


def bare_assistant(tmp: Path) -> tuple[Path, float]:
    """`rasa init --no-prompt` in a temporary folder; returns the folder and its training time."""
    d = tmp / "bare"
    d.mkdir(parents=True, exist_ok=True)  # `rasa init --init-dir` wants an existing folder
    env = dict(os.environ)
    subprocess.run(
        [BIN / "rasa", "init", "--no-prompt", "--init-dir", str(d)],
        cwd=tmp,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    t0 = time.perf_counter()
    subprocess.run(
        [BIN / "rasa", "train", "--force", "--num-threads", "2"],
        cwd=d,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return d, time.perf_counter() - t0


def start_bare(
    d: Path, tmp: Path, extra_env: dict | None = None, args: list | None = None
) -> tuple[Proc, int]:
    port = free_port()
    env = dict(os.environ)
    env.update(extra_env or {})
    proc = Proc(
        [
            BIN / "rasa",
            "run",
            "--enable-api",
            "--port",
            port,
            "--auth-token",
            "bench-rasa",
            *(args or []),
        ],
        d,
        env,
        tmp / f"bare-{port}.log",
    )
    wait_http(
        f"http://127.0.0.1:{port}/status?token=bench-rasa", proc.p, 300, "the bare rasa init server"
    )
    return proc, port
