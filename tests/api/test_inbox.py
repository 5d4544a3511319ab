"""The inbox of misunderstood messages: fallbacks, low confidence, 👎 and "not understood"
handoffs, PII masked, grouped by similarity, newest first; labelled by an agent and exported
as Rasa NLU YAML that Rasa's own reader and `rasa data validate` accept."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from tests.api import _tracker as tr
from tests.api._kit import agent_call, support_call
from tests.helpers import utc

T0 = utc(2026, 11, 2, 9, 0, 0)
PERIOD = {"from": "2026-11-02", "to": "2026-11-02"}
Q = "from=2026-11-02&to=2026-11-02"


@pytest.fixture(autouse=True)
def tracker_store(monkeypatch, tmp_path):
    monkeypatch.setenv("TRACKER_STORE_URL", f"sqlite:///{tmp_path / 'tracker.db'}")


async def _seed(lb, clock):
    path = lb.settings.tracker_store_url[len("sqlite:///"):]
    m = timedelta(minutes=1)
    await tr.write(path, "s-fallbacks", [
        tr.language("en", T0), tr.user("blorf the wibble", "nlu_fallback", 0.3, T0),
        tr.user("my number is 06 12 34 56 78 and nothing", "nlu_fallback", 0.2, T0 + m),
        tr.user("how long do I have", "ask_deadline", 0.97, T0 + 2 * m)])  # understood: not in the inbox
    await tr.write(path, "s-again", [
        tr.language("en", T0 + 10 * m), tr.user("the wibble blorf, please!", "nlu_fallback", 0.25, T0 + 10 * m)])
    await tr.write(path, "s-doubt", [
        tr.language("fr", T0 + 20 * m), tr.user("combien de temps encore", "ask_deadline", 0.5, T0 + 20 * m)])
    await tr.write(path, "s-down", [
        tr.language("fr", T0 + 30 * m), tr.user("c'est pas clair", "thank", 0.9, T0 + 30 * m),
        tr.user("/affirm", "affirm", 1.0, T0 + 31 * m)])  # a button: not the customer's words
    not_understood = await tr.write(path, "s-handoff", [
        tr.language("fr", T0 + 40 * m), tr.user("je comprends rien à votre truc", "request_human", 0.95, T0 + 40 * m)])
    clock.set(T0 + 41 * m)
    assert (await support_call(lb, "handoffs", {"conversation_id": not_understood, "language": "fr",
                                                "reason": "not_understood"}))[0] == 201
    async with lb.http.post(f"{lb.url}/api/chat/rating", json={"conversation": "s-down", "rating": "down"},
                            headers={"Origin": lb.url}) as r:
        assert r.status == 201


async def test_inbox_groups_masks_and_orders(live_backend, clock):
    lb = live_backend
    await _seed(lb, clock)
    st, data = await agent_call(lb, "GET", f"/api/agent/inbox?{Q}")
    assert st == 200, data
    groups = [(g["text"], g["count"], g["reasons"]) for g in data["groups"]]
    assert groups == [
        ("je comprends rien à votre truc", 1, ["handed_off"]),
        ("c'est pas clair", 1, ["rated_down"]),
        ("combien de temps encore", 1, ["low_confidence"]),
        ("the wibble blorf, please!", 2, ["fallback"]),
        ("my number is •• •• •• •• •• and nothing", 1, ["fallback"]),
    ]
    blorf = data["groups"][3]
    assert blorf["examples"] == ["the wibble blorf, please!", "blorf the wibble"]
    assert "06 12" not in str(data) and "out_of_scope" in data["labels"] and "new_topic" in data["labels"]
    st, fr = await agent_call(lb, "GET", f"/api/agent/inbox?{Q}&lang=fr")
    assert [g["text"] for g in fr["groups"]] == ["je comprends rien à votre truc", "c'est pas clair",
                                                  "combien de temps encore"]


async def _label(lb, key, label):
    return await agent_call(lb, "POST", "/api/agent/inbox/label", {"group": key, "label": label, **PERIOD})


async def test_labelled_groups_leave_the_inbox_and_export_as_nlu_yaml(live_backend, clock, tmp_path):
    lb = live_backend
    await _seed(lb, clock)
    groups = {g["text"]: g["key"] for g in (await agent_call(lb, "GET", f"/api/agent/inbox?{Q}"))[1]["groups"]}
    assert (await _label(lb, groups["the wibble blorf, please!"], "out_of_scope"))[0] == 201
    assert (await _label(lb, groups["combien de temps encore"], "ask_deadline"))[0] == 201
    assert (await _label(lb, groups["c'est pas clair"], "new_topic"))[0] == 201
    st, body = await _label(lb, groups["combien de temps encore"], "ask_deadline")
    assert st == 404 and body["error"] == "unknown_group"  # gone from the inbox
    left = [g["text"] for g in (await agent_call(lb, "GET", f"/api/agent/inbox?{Q}"))[1]["groups"]]
    assert left == ["je comprends rien à votre truc", "my number is •• •• •• •• •• and nothing"]
    async with lb.http.get(f"{lb.url}/api/agent/inbox/export",
                           headers={"Authorization": f"Bearer {lb.settings.agent_token}"}) as r:
        assert r.status == 200 and "inbox-nlu.yml" in r.headers["Content-Disposition"]
        text = await r.text()
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    data = RasaYAMLReader().reads(text)
    examples = {(m.get("intent"), m.get("text")) for m in data.intent_examples}
    assert examples == {("out_of_scope", "the wibble blorf, please!"), ("out_of_scope", "blorf the wibble"),
                        ("ask_deadline", "combien de temps encore")}
    assert "#   c'est pas clair" in text  # new_topic: a comment for whoever writes the topic
    (tmp_path / "inbox-nlu.yml").write_text(text, encoding="utf-8")
    _rasa_validates(tmp_path, tmp_path / "inbox-nlu.yml")


def _rasa_validates(tmp: Path, extra: Path) -> None:
    """`rasa data validate` on a copy of the project's data with the exported file added."""
    copy = tmp / "project"
    shutil.copytree(PROJECT_ROOT / "data", copy / "data")
    for name in ("domain.yml", "config.yml"):
        shutil.copy(PROJECT_ROOT / name, copy / name)
    shutil.copy(extra, copy / "data" / "inbox-nlu.yml")
    rasa = Path(sys.executable).with_name("rasa")
    proc = subprocess.run([str(rasa), "data", "validate", "--data", "data", "--domain", "domain.yml",
                           "--config", "config.yml"], cwd=copy, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


@pytest.mark.parametrize("group,label,status,error", [
    ("nothex", "ask_deadline", 400, "invalid_group"),
    (None, "ask_deadline", 400, "invalid_group"),
    ("0123456789abcdef", "not_an_intent", 400, "invalid_label"),
    ("0123456789abcdef", ["ask_deadline"], 400, "invalid_label"),
    ("0123456789abcdef", "ask_deadline", 404, "unknown_group"),
])
async def test_bad_labels_are_4xx_with_a_message(live_backend, clock, group, label, status, error):
    clock.set(T0)
    st, body = await _label(live_backend, group, label)
    assert st == status and body["error"] == error and body["message"]


async def test_agents_only_and_csrf(live_backend):
    lb = live_backend
    for method, path in (("GET", "/api/agent/inbox"), ("POST", "/api/agent/inbox/label"),
                         ("GET", "/api/agent/inbox/export")):
        st, body = await agent_call(lb, method, path, token=None)
        assert st == 401, (path, body)
    async with lb.http.post(f"{lb.url}/api/agent/inbox/label", json={},
                            headers={"Origin": "https://evil.example",
                                     "Authorization": f"Bearer {lb.settings.agent_token}"}) as r:
        assert r.status == 403


async def test_the_console_inbox_page_lists_the_groups(live_backend, clock):
    lb = live_backend
    await _seed(lb, clock)
    async with lb.http.get(f"{lb.url}/console/inbox?{Q}&lang=en",
                           headers={"Authorization": f"Bearer {lb.settings.agent_token}"}) as r:
        assert r.status == 200
        html = await r.text()
    assert html.count('class="card inbox-group"') == 2  # the English conversations' two groups
    assert "“the wibble blorf, please!”" in html and "2 message(s)" in html and "Not understood" in html
    assert "06 12" not in html and '<option value="out_of_scope">' in html
    async with lb.http.get(f"{lb.url}/console/inbox", allow_redirects=False) as r:
        assert r.status == 302  # agents only
    async with lb.http.get(f"{lb.url}/console/inbox?lang=xx",
                           headers={"Authorization": f"Bearer {lb.settings.agent_token}"}) as r:
        assert r.status == 400 and "lang must be fr, en or all." in await r.text()


async def test_a_message_with_unreadable_characters_breaks_no_agent_page(live_backend, clock):
    """Fifty-seventh outside check, F1: an anonymous chat message "a\\u0000b\\ud800" (a NUL and
    a lone surrogate, both valid JSON) made /console/inbox answer 500 for good, and labelling
    its group too. A conversation stored with them is read back with U+FFFD in their place."""
    lb = live_backend
    path = lb.settings.tracker_store_url[len("sqlite:///"):]
    await tr.write(path, "s-unreadable", [
        tr.language("en", T0), tr.user("a\x00b\ud800 blorf", "nlu_fallback", 0.2, T0)])
    headers = {"Authorization": f"Bearer {lb.settings.agent_token}"}
    for lang in ("", "&lang=en", "&lang=fr"):
        async with lb.http.get(f"{lb.url}/console/inbox?{Q}{lang}", headers=headers) as r:
            assert r.status == 200, await r.text()
            if lang != "&lang=fr":
                assert "a\ufffdb\ufffd blorf" in await r.text()
    st, data = await agent_call(lb, "GET", f"/api/agent/inbox?{Q}")
    assert st == 200 and [g["text"] for g in data["groups"]] == ["a\ufffdb\ufffd blorf"]
    st, body = await _label(lb, data["groups"][0]["key"], "out_of_scope")
    assert st == 201, body
