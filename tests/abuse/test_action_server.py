"""Outsider attacker checks of 2026-12-01: the action server (rasa-sdk, port 5055) ran any
action for any tracker posted to it: forged trackers created handoffs and forgot
conversations by id, and got past the chat's own rules. `python -m bot.action_server`, which
`make run` and docker-compose start, answers only calls carrying ACTION_SERVER_TOKEN, which
Rasa sends from endpoints.yml (the e2e suites run every chat through it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.e2e.stack import ROOT, free_port, wait_http

TOKEN = "abuse-actions-token-0123456789"
CALL = {"next_action": "action_forget_conversation", "sender_id": "victim", "version": "3.6.21",
        "tracker": {"sender_id": "victim", "slots": {}, "latest_message": {}, "events": [],
                    "paused": False, "followup_action": None, "active_loop": {},
                    "latest_action_name": None},
        "domain": {}}


def _post(url: str, body: dict) -> tuple[int, dict]:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"{}")


@pytest.fixture(scope="module")
def action_server(tmp_path_factory):
    port = free_port()
    log = open(tmp_path_factory.mktemp("actions") / "actions.log", "w")
    env = {**os.environ, "ACTION_SERVER_TOKEN": TOKEN, "SANIC_HOST": "127.0.0.1",
           "BACKEND_URL": "http://127.0.0.1:9", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "bot.action_server", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_http(f"http://127.0.0.1:{port}/health", proc, 120, "the action server")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.mark.parametrize("query", ["", "?token=", "?token=wrong", f"?token={TOKEN[:-1]}", f"?other={TOKEN}"])
def test_a_call_without_the_token_is_refused(action_server, query):
    status, body = _post(f"{action_server}/webhook{query}", CALL)
    assert status == 401 and body["error"] == "unauthorized" and "message" in body
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{action_server}/actions{query}", timeout=10)
    assert err.value.code == 401


def test_rasas_call_with_the_token_runs_the_action(action_server):
    status, body = _post(f"{action_server}/webhook?token={TOKEN}", CALL)
    assert status == 200 and "responses" in body  # the backend is down here: its polite reply


def test_the_health_check_stays_open(action_server):
    with urllib.request.urlopen(f"{action_server}/health", timeout=10) as r:
        assert r.status == 200


def test_it_does_not_start_without_a_token():
    env = {k: v for k, v in os.environ.items() if k != "ACTION_SERVER_TOKEN"}
    done = subprocess.run([sys.executable, "-m", "bot.action_server", "--port", str(free_port())], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "ACTION_SERVER_TOKEN must be set" in done.stderr
