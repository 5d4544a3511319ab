"""PostgreSQL restarted in the middle of a conversation.

A private PostgreSQL cluster (initdb in a temporary directory, on a free loopback port)
holds both the backend's database and Rasa's tracker store, so that this test can really
stop and restart the server (`pg_ctl stop -m fast`, `pg_ctl start`) without touching the
machine's shared PostgreSQL. A customer is in the middle of a 2FA reset request (a form)
when the database goes away:
- while it is down, every message gets a useful answer (Rasa carries on with a blank
  in-memory conversation; the channel adds that the assistant cannot see the conversation
  for now, to try again in a few minutes or call the line), never silence, never a success;
- once it is back, the same conversation continues where it was (nothing the customer said
  before is lost) and the ticket is created exactly once.

The binaries come from Debian's PostgreSQL package, which CI machines have (they run the
shared server from it): under CI=true a missing binary fails the test."""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from bot.models import Ticket
from bot.rasa_ext import replies
from bot.rasa_ext import payload_locale
from bot.rasa_ext.conversation import public_id
from tests.e2e.stack import IN_CI, find_model, free_port, start_stack

pytestmark = pytest.mark.slow
_DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[2] / "domain.yml").read_text(encoding="utf-8"))
UNAVAILABLE = {
    ("en" if any(c.get("value") == "en" for c in (v.get("condition") or [])) else "fr"): v["text"]
    for v in _DOMAIN["responses"]["utter_backend_unavailable"]
}
# what the channel says by itself (bot/rasa_ext/replies.py): the note that the assistant cannot
# see the conversation, or an apology for a turn without a reply
CHANNEL_NOTES = {lang: [replies.text(kind, lang) for kind in (replies.MEMORY_NOTE, replies.UNAVAILABLE,
                                                               replies.NOT_ANSWERED)] for lang in ("fr", "en")}


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


class PrivatePostgres:
    """One PostgreSQL server of our own: initdb, start, stop, restart, remove."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="m2m-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0  # PostgreSQL refuses to run as root

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=120)

    def init(self) -> None:
        if self.as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.dir / "server.log"), "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)

    def url(self, db: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def create_database(self, name: str) -> None:
        import psycopg2

        conn = psycopg2.connect(self.url("postgres"))
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
        conn.close()

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_stack(tmp_path_factory):
    bindir = _pg_bin()
    if bindir is None:
        if IN_CI:
            pytest.fail("PostgreSQL server binaries (/usr/lib/postgresql/*/bin) are required in CI")
        pytest.skip("no PostgreSQL server binaries here; CI runs this test")
    if find_model() is None:
        if IN_CI:
            pytest.fail("no trained model")
        pytest.skip("no trained model: run make train")  # outside CI only
    pg = PrivatePostgres(bindir)
    try:
        pg.init()
        pg.start()
        pg.create_database("m2m")
        pg.create_database("tracker")
        stack = start_stack(tmp_path_factory.mktemp("pgrestart"), {
            "DATABASE_URL": pg.url("m2m").replace("postgresql://", "postgresql+psycopg2://"),
            "TRACKER_STORE_URL": pg.url("tracker"), "TRACKER_STORE_DIALECT": "postgresql",
        })
    except BaseException:
        pg.remove()
        raise
    try:
        yield stack, pg
    finally:
        stack.stop()
        pg.remove()


def _texts(body) -> list[str]:
    return [m.get("text", "") for m in body]


def _bot_actions(stack, sender) -> list[str]:
    return [(e.get("metadata") or {}).get("utter_action") for e in stack.tracker(public_id(sender))["events"]
            if e["event"] == "bot"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_reset_request_survives_a_postgresql_restart(pg_stack, lang):
    stack, pg = pg_stack
    email = f"pg-{lang}-{secrets.token_hex(4)}@acme.fr"
    uid = stack.make_user(email, state="app")
    # past the second factor: enough for a reset ticket without the email code
    meta = {"locale": lang, "session_token": stack.portal_past_2fa(email).widget_token()}
    sender = f"pg-{secrets.token_hex(8)}"
    # a request that names no reason: the form then asks it (a reason in it would be taken)
    changed = {"fr": "je veux réinitialiser ma double authentification",
               "en": "I want to reset my two-factor authentication"}[lang]
    assert _texts(stack.rest(sender, changed, meta))
    stack.rest(sender, "/affirm", meta)
    assert "utter_ask_reset_reason" in _bot_actions(stack, sender)  # the form is in progress

    pg.stop()
    try:
        for text in ('/inform{"reset_reason":"changed_number"}', {"fr": "vous êtes là ?", "en": "are you there?"}[lang]):
            body = stack.rest(sender, text, meta)
            said = " ".join(_texts(body))
            assert said, f"silence while PostgreSQL is down ({text})"
            # an answer that says what to do: the apology, the note that the assistant cannot
            # see the conversation for now, or the actions' "service unavailable"; all name the line
            assert "+33 (0)4 88 36 07 40" in said, said
            assert any(note in said for note in CHANNEL_NOTES[lang]) or UNAVAILABLE[lang] in said, said
            assert not any(w in said.lower() for w in ("ticket t-", "ticket n°", "a été créé", "is open")), said
    finally:
        pg.start()

    with stack.ctx.db.session() as s:
        assert not list(s.execute(select(Ticket).where(Ticket.user_id == uid)).scalars())
    # back: the very next message continues the form where it was (both connection pools
    # check their connections before use, so the restart costs no turn)
    body = stack.rest(sender, '/inform{"reset_reason":"changed_number"}', meta)
    assert not any(t in CHANNEL_NOTES["fr"] + CHANNEL_NOTES["en"] for t in _texts(body)), _texts(body)
    assert "utter_ask_confirm_ticket" in _bot_actions(stack, sender), _texts(body)
    stack.rest(sender, "/affirm", meta)
    assert "utter_ticket_created" in _bot_actions(stack, sender)
    events = stack.tracker(public_id(sender))["events"]
    user_texts = [e["text"] for e in events if e["event"] == "user"]
    # (a payload is stored with the widget's locale: bot/rasa_ext/payload_locale.py)
    assert [payload_locale.as_clicked(t) for t in user_texts[:2]] == [changed, "/affirm"]  # what was said before the restart is still there
    with stack.ctx.db.session() as s:
        tickets = list(s.execute(select(Ticket).where(Ticket.user_id == uid)).scalars())
    assert len(tickets) == 1 and tickets[0].status == "open"
