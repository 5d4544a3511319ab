"""`python -m bot stack` stops on SIGINT even when it was started with SIGINT ignored.

A shell without job control starts `make run &` with SIGINT ignored, and Python then keeps it
ignored: `kill -INT` (what Ctrl-C sends) did nothing and the stack ran on (noted in the
twenty-eighth and twenty-ninth outsider checks, which had to use SIGTERM). The launcher
installs Python's handler itself. Here the launcher runs with its children replaced by a
wait, so that only its signal handling is measured.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# the launcher's main() with nothing started: _start_all and _print_urls do nothing, and
# watch() waits as it does while the stack runs
SCRIPT = """
import signal, sys, time
import bot.launcher as launcher
launcher._start_all = lambda *a, **k: None
launcher._print_urls = lambda *a, **k: print("up", flush=True)
launcher.Children.watch = lambda self: time.sleep(60) or 1
sys.exit(launcher.main())
"""


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def test_sigint_stops_the_stack_started_with_sigint_ignored(tmp_path):
    env = {**os.environ, "RASA_MODEL": str(tmp_path / "model.tar.gz"), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, preexec_fn=_ignore_sigint,
    )
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if line.strip() == "up":
                break
        assert lines and lines[-1].strip() == "up", "".join(lines)
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, out
    assert "stopping" in out and "stopped every process" in out
