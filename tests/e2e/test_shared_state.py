"""Production stores: two Rasa servers sharing a PostgreSQL tracker store and the Redis lock
store (bot.rasa_ext.lock_store.AtomicRedisLockStore), one action server, the backend.
Rasa A is the stack's (one process); Rasa B runs SANIC_WORKERS=2, so B's turns are spread
over two more worker processes by the kernel. Conversations whose turns alternate between
the processes, a form in progress included, must continue correctly with no lost or
duplicated event, and the backend's effects (tickets, SMS) must happen once. Bursts of
simultaneous messages of one customer split across the processes must all be answered and
stored once (Rasa's own Redis lock store loses some: see bot/rasa_ext/lock_store.py).

PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) run on the machines and in CI: under
CI=true a missing one fails the test instead of skipping it."""

from __future__ import annotations

import os
import secrets
from concurrent.futures import ThreadPoolExecutor
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.models import Handoff, OutboxMessage, Ticket
from bot.rasa_ext.conversation import public_id
from tests.e2e.stack import IN_CI, _http, find_model, free_port, start_stack, wait_http

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
PG_ADMIN = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _need(what: str, exc: Exception):
    if IN_CI:
        pytest.fail(f"{what} is required in CI: {exc}")
    pytest.skip(f"{what} not reachable ({exc}); CI runs this test")


@pytest.fixture(scope="module")
def two_rasa(tmp_path_factory):
    import psycopg2
    import redis

    try:
        admin = psycopg2.connect(PG_ADMIN, connect_timeout=3)
    except psycopg2.OperationalError as exc:
        _need("PostgreSQL", exc)
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        _need("Redis", exc)
    model = find_model()
    if model is None:
        if IN_CI:
            pytest.fail("no trained model")
        pytest.skip("no trained model: run make train")  # outside CI only (fails above under CI=true)
    admin.autocommit = True
    name = f"m2m_tracker_{os.getpid()}_{secrets.token_hex(3)}"
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    prefix = f"m2m{secrets.token_hex(4)}"
    extra = {"TRACKER_STORE_URL": f"postgresql://postgres@127.0.0.1:5432/{name}", "TRACKER_STORE_DIALECT": "postgresql",
             "LOCK_STORE_TYPE": "bot.rasa_ext.lock_store.AtomicRedisLockStore", "REDIS_HOST": "127.0.0.1", "REDIS_PORT": "6379", "REDIS_DB": "1",
             "LOCK_STORE_PREFIX": prefix, "SMS_RESEND_COOLDOWN_SECONDS": "1"}
    tmp = tmp_path_factory.mktemp("shared")
    stack = start_stack(tmp, extra)  # backend, action server, Rasa A (creates the tracker tables)
    port_b = free_port()
    log = open(tmp / "rasa-b.log", "w")
    rasa_b = subprocess.Popen(
        [str(Path(sys.executable).parent / "rasa"), "run", "--enable-api", "--auth-token", stack.env["RASA_TOKEN"],
         "--model", str(model), "--port", str(port_b), "--interface", "127.0.0.1", "--endpoints", "endpoints.yml",
         "--credentials", "credentials.yml"],
        cwd=ROOT, env=dict(stack.env, ACTION_SERVER_URL=f"{stack.actions_url}/webhook", SANIC_WORKERS="2"), stdout=log,
        stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_http(f"http://127.0.0.1:{port_b}/status?token={stack.env['RASA_TOKEN']}", rasa_b, 300, "Rasa B")
        stack.rasa_b_pid = rasa_b.pid
        yield stack, [stack.rasa_url, f"http://127.0.0.1:{port_b}"]
    finally:
        if rasa_b.poll() is None:
            os.killpg(rasa_b.pid, signal.SIGTERM)
            try:
                rasa_b.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(rasa_b.pid, signal.SIGKILL)
        log.close()
        stack.stop()
        with admin.cursor() as cur:
            cur.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
            cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()


def _say(url: str, sender: str, text: str, metadata: dict) -> list:
    status, body = _http("POST", f"{url}/webhooks/rest/webhook", {"sender": sender, "message": text, "metadata": metadata},
                         timeout=120)
    assert status == 200, body
    return body


def _events(stack, url: str, sender: str) -> list:
    status, body = _http("GET", f"{url}/conversations/{public_id(sender)}/tracker?token={stack.env['RASA_TOKEN']}")
    assert status == 200, body
    return body["events"]


def test_turns_alternating_between_two_rasa_processes(two_rasa):
    stack, urls = two_rasa
    email = f"shared-{secrets.token_hex(4)}@acme.fr"
    uid = stack.make_user(email, state="app")
    browser = stack.portal_past_2fa(email)  # enough for a reset ticket without the email code
    meta = {"locale": "fr", "session_token": browser.widget_token()}
    sender = f"shared-{secrets.token_hex(6)}"
    turns = [
        ("c'est quoi la double authentification ?", None),
        ("je veux réinitialiser ma double authentification", None),  # no reason named: it is asked
        ("/affirm", "utter_ask_reset_reason"),                    # the form starts on one process …
        ("combien de temps ai-je pour activer la 2FA ?", None),     # … a digression on the other …
        ('/inform{"reset_reason":"changed_number"}', "utter_ask_confirm_ticket"),  # … and it continues
        ("/affirm", "utter_ticket_created"),
        ("je veux parler à un humain", "utter_handoff"),
    ]
    user_turns = 0
    for i, (text, expected) in enumerate(turns):
        url = urls[i % 2]
        _say(url, sender, text, meta)
        user_turns += 1
        events = _events(stack, urls[(i + 1) % 2], sender)  # read back through the *other* process
        names = [(e.get("metadata") or {}).get("utter_action") for e in events if e.get("event") == "bot"]
        if expected:
            assert expected in names, (text, names[-4:])
        assert sum(1 for e in events if e["event"] == "user") == user_turns  # none lost, none duplicated
    events = _events(stack, urls[0], sender)
    stamps = [(e["event"], e.get("timestamp"), e.get("name") or e.get("text")) for e in events]
    assert len(stamps) == len(set(stamps)), "an event was stored twice"
    with stack.ctx.db.session() as s:
        tickets = list(s.execute(select(Ticket).where(Ticket.user_id == uid)).scalars())
        handoffs = list(s.execute(select(Handoff).where(Handoff.conversation_id == public_id(sender))).scalars())
        emails = list(s.execute(select(OutboxMessage).where(OutboxMessage.recipient == email)).scalars())
    assert len(tickets) == 1 and tickets[0].status == "open"
    assert len(handoffs) == 1 and handoffs[0].ticket_id == tickets[0].id
    assert sum("T-" in m.subject for m in emails) == 1  # one notification of the ticket


def test_resend_alternating_sends_each_sms_once(two_rasa):
    stack, urls = two_rasa
    email = f"sms-{secrets.token_hex(4)}@acme.fr"
    phone = "+33698765432"
    stack.make_user(email, state="sms", phone=phone)
    browser = stack.portal(email)
    meta = {"locale": "en", "session_token": browser.widget_token()}
    sender = f"resend-{secrets.token_hex(6)}"
    before = len(stack.outbox("sms", phone))
    _say(urls[0], sender, "I didn't receive the SMS", meta)
    time.sleep(1.2)  # the test stack's cooldown is 1 s
    _say(urls[1], sender, "/affirm", meta)
    assert len(stack.outbox("sms", phone)) == before + 1


def test_rasa_b_runs_two_sanic_workers(two_rasa):
    """Rasa accepted SANIC_WORKERS=2 (it falls back to one worker with the in-memory lock
    store): the server process has two worker processes."""
    stack, _ = two_rasa
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(stack.rasa_b_pid)], capture_output=True, text=True).stdout
    assert len(out.split()) >= 2, (tmp_log := (stack.tmp / "rasa-b.log").read_text(errors="replace")[-2000:])


BURST_QUESTIONS = ["c'est quoi la double authentification", "how long do I have to enable 2FA",
                   "je n'ai pas reçu le SMS", "what is the support phone number"]


def test_bursts_of_one_customer_across_processes_lose_nothing(two_rasa):
    """Each customer sends bursts of 4 messages at the same instant, two to Rasa A and two
    to Rasa B (two workers): every message gets a real answer and is stored exactly once,
    and no two turns of a conversation ran at the same time."""
    from bot.rasa_ext.replies import NOT_ANSWERED, UNAVAILABLE
    from bot.rasa_ext.replies import text as channel_text

    stack, urls = two_rasa
    customers, bursts = 10, 3
    senders = [f"burst-{secrets.token_hex(6)}" for _ in range(customers)]
    sent = {s: [] for s in senders}
    replies = []

    def one(sender, text, url):
        body = _say(url, sender, text, {"locale": "fr"})
        replies.append((sender, text, body))

    with ThreadPoolExecutor(max_workers=customers * 4) as pool:
        for b in range(bursts):
            jobs = []
            for sender in senders:
                for k, question in enumerate(BURST_QUESTIONS):
                    text = f"{question} ({b}.{k})"
                    sent[sender].append(text)
                    jobs.append(pool.submit(one, sender, text, urls[k % 2]))
            for job in jobs:
                job.result()
    apologies = {channel_text(kind, lang) for kind in (UNAVAILABLE, NOT_ANSWERED) for lang in ("fr", "en")}
    for sender, text, body in replies:
        texts = [m.get("text", "") for m in body]
        assert texts and not any(a in t for t in texts for a in apologies), (sender, text, body)
    for sender in senders:
        events = _events(stack, urls[0], sender)
        stored = [e["text"] for e in events if e["event"] == "user"]
        assert sorted(stored) == sorted(sent[sender]), f"{sender}: lost or duplicated messages"
        for i, e in enumerate(events):
            if e["event"] == "user":
                before = [p for p in events[:i] if p["event"] not in ("slot", "user_featurization")]
                assert before and before[-1]["event"] == "action" and before[-1]["name"] == "action_listen", \
                    f"{sender}: a turn started before the previous one finished"
