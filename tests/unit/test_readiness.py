"""`make run` and the test stacks wait for each service with bot.readiness.wait_http.

What a person notices: a service that dies while starting is named with its exit code at
once (not after a five-minute timeout), and a service that answers lets the start go on.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from bot.readiness import free_port, free_ports, wait_http


def test_a_service_that_dies_while_starting_is_reported_at_once():
    proc = subprocess.Popen([sys.executable, "-c", "import sys; sys.exit(3)"])
    try:
        with pytest.raises(RuntimeError, match=r"the action server exited with code 3"):
            wait_http(f"http://127.0.0.1:{free_port()}/health", proc, 60, "the action server")
    finally:
        proc.wait()


def test_a_service_that_answers_lets_the_start_go_on(tmp_path):
    port = free_port()
    (tmp_path / "health").write_text("ok")
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
                            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_http(f"http://127.0.0.1:{port}/health", proc, 30, "the backend")
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait()


def test_a_silent_port_times_out_with_the_service_named():
    with pytest.raises(RuntimeError, match=r"the backend did not answer on .* within 1 s"):
        wait_http(f"http://127.0.0.1:{free_port()}/healthz", None, 1, "the backend", interval=0.2)


def test_the_ports_given_to_one_stack_are_distinct_and_avoid_the_ports_already_chosen():
    # CI once gave the action server and Rasa the same port (three free_port() calls, each
    # releasing its port before the next): Rasa then failed with "address already in use"
    taken = free_port()
    for _ in range(300):
        ports = free_ports(3, avoid=[taken])
        assert len(set(ports)) == 3, ports
        assert taken not in ports
