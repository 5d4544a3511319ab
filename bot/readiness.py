"""Starting a child service and knowing when it is ready.

One home for the two helpers that `make run` (bot/launcher.py), the end-to-end tests
(tests/e2e/stack.py) and the benchmark (bench/procs.py) all need: a free loopback port
to start a service on, and a wait until that service answers HTTP 200, failing early
(with the child's exit code) when the child dies instead of waiting for the timeout.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterable


def free_port() -> int:
    """An ephemeral port on 127.0.0.1 that is free right now (the OS picks it)."""
    return free_ports(1)[0]


def free_ports(count: int, avoid: Iterable[int] = ()) -> list[int]:
    """`count` distinct ephemeral ports on 127.0.0.1, free right now, none of them in `avoid`.

    Why not `free_port()` called `count` times: each call releases its port before the
    next one binds, and the OS may hand the same port out again (CI saw the action server
    and Rasa given one port, and Rasa failing with "address already in use"). Holding every
    socket open until all are chosen makes the ports distinct; `avoid` keeps out ports a
    caller chose earlier for a service that has not bound them yet.
    """
    avoid = set(avoid)
    with contextlib.ExitStack() as held:
        ports: list[int] = []
        while len(ports) < count:
            s = held.enter_context(socket.socket())
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
            if port not in avoid:
                ports.append(port)
        return ports


def wait_http(
    url: str,
    proc: subprocess.Popen | None,
    timeout: float,
    name: str,
    progress: bool = False,
    interval: float = 0.5,
) -> None:
    """Return once `url` answers 200; raise RuntimeError if `proc` exits or `timeout` passes.

    `progress` prints a line every five seconds, for a person watching `make run`
    (Rasa takes a minute to load its model and a silent terminal looks hung).
    """
    start = time.monotonic()
    next_note = 5.0
    while (waited := time.monotonic() - start) < timeout:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(
                f"{name} exited with code {proc.returncode} while starting (see its output above)"
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        if progress and waited >= next_note:
            print(f"  … waiting for {name} ({waited:.0f} s)", flush=True)
            next_note += 5
        time.sleep(interval)
    raise RuntimeError(f"{name} did not answer on {url} within {timeout:.0f} s")
