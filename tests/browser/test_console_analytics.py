"""The console's analytics and inbox pages in a real browser (backend alone: the
conversations are written to its tracker store as Rasa writes them): an agent labels a group
of misunderstood messages, downloads the export, and Rasa's own reader and `rasa data
validate` (on a copy of the project's data) accept it; axe finds nothing serious."""

from __future__ import annotations

import asyncio
import secrets
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
from playwright.sync_api import expect

from tests.api import _tracker as tr
from tests.api.test_inbox import _rasa_validates
from tests.browser.a11y import axe, explain
from tests.browser.test_console import agent_login

pytestmark = pytest.mark.slow


def _seed(server) -> str:
    """Two similar messages the assistant did not understand, an hour ago; returns a word they share."""
    word = "zorglub" + secrets.token_hex(2)
    at = datetime.now(timezone.utc) - timedelta(hours=1)
    path = server.env["TRACKER_STORE_URL"][len("sqlite:///"):]
    for i, text in enumerate((f"{word} marche pas", f"mon {word} marche pas du tout")):
        events = [tr.language("fr", at), tr.user(text, "nlu_fallback", 0.2, at + timedelta(seconds=i))]
        # Playwright's sync API keeps an event loop running in this thread: write from another
        with ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, tr.write(path, f"inbox-{word}-{i}", events)).result()
    return word


def test_an_agent_labels_a_group_and_exports_rasa_nlu_yaml(backend, browser, tmp_path):
    word = _seed(backend)
    page = browser.page()
    agent_login(page, backend)
    page.get_by_role("link", name="Messages non compris").click()
    group = page.locator(".inbox-group").filter(has_text=f"« mon {word} marche pas du tout »")
    expect(group).to_contain_text("2 message(s)")
    expect(group).to_contain_text("Non compris")
    violations = axe(page)
    assert not violations, explain(violations)
    group.get_by_role("button", name="Étiqueter le groupe").click()
    expect(group.get_by_role("alert")).to_have_text("Choisissez une intention.")  # nothing chosen yet
    group.get_by_label("Intention attendue").select_option("sms_not_received")
    group.get_by_role("button", name="Étiqueter le groupe").click()
    expect(page.get_by_role("status")).to_contain_text("Groupe étiqueté « sms_not_received »")
    expect(page.locator(".inbox-group").filter(has_text=word)).to_have_count(0)
    with page.expect_download() as download:
        page.get_by_role("link", name="Exporter les messages étiquetés (YAML Rasa NLU)").click()
    exported = tmp_path / "inbox-nlu.yml"
    download.value.save_as(exported)
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    examples = {(m.get("intent"), m.get("text")) for m in RasaYAMLReader().read(str(exported)).intent_examples}
    assert {("sms_not_received", f"{word} marche pas"), ("sms_not_received", f"mon {word} marche pas du tout")} <= examples
    _rasa_validates(tmp_path, exported)


def test_the_analytics_page_has_its_figures_and_no_serious_violation(backend, browser):
    _seed(backend)
    page = browser.page()
    agent_login(page, backend)
    page.get_by_role("link", name="Statistiques").click()
    expect(page.get_by_role("heading", name="Statistiques de l'assistant")).to_be_visible()
    conversations = page.locator("[data-figure=conversations] dd")
    assert int(conversations.inner_text()) >= 2
    expect(page.get_by_role("img", name="Conversations par jour ; en vert, les résolues")).to_be_visible()
    violations = axe(page)
    assert not violations, explain(violations)


TOPICS = ["sms_not_received", "phone_changed", "ask_deadline", "request_human", "ask_how_enable", "code_rejected"]


def _week(server) -> int:
    """A week of conversations with every outcome, for the README's picture; returns how many."""
    from sqlalchemy import select

    from bot.models import AuditEvent, ConversationLink, Handoff, Rating, Ticket, User

    now = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    path = server.env["TRACKER_STORE_URL"][len("sqlite:///"):]
    tag, n = secrets.token_hex(3), 0
    email = server.make_user(f"week-{tag}@test.m2m", "app")
    with server.db.session() as s:
        user_id = s.execute(select(User.id).where(User.email == email)).scalar_one()
    for day in range(6, -1, -1):
        for j in range(2 + (day * 5 + 3) % 4):
            at = now - timedelta(days=day, hours=3 + 2 * j)
            topic, kind, n = TOPICS[(day + j) % len(TOPICS)], (day * 3 + j) % 6, n + 1
            events = [tr.language("fr" if j % 3 else "en", at), tr.user(f"message {n}", topic, 0.9, at)]
            if kind == 5:
                events.append(tr.user("blorf", "nlu_fallback", 0.2, at + timedelta(minutes=1)))
            with ThreadPoolExecutor(1) as pool:
                cid = pool.submit(asyncio.run, tr.write(path, f"week-{tag}-{n}", events)).result()
            with server.db.session() as s:
                if kind in (0, 1, 2, 4):
                    s.add(ConversationLink(conversation_id=cid, user_id=user_id, created_at=at))
                if kind == 0:
                    s.add(AuditEvent(at=at + timedelta(hours=1), user_id=user_id, actor="customer",
                                     event="login_verified", detail="{}"))
                if kind == 1:
                    s.add(Ticket(number=f"T-W{tag[:3]}{n:02d}".upper(), user_id=user_id, reason="new_phone",
                                 status="completed", conversation_id=cid, created_at=at,
                                 closed_at=at + timedelta(hours=2 + n % 5), closed_by="agent"))
                if kind == 3:
                    s.add(Handoff(reference=f"W{tag[:3]}{n:02d}".upper(), conversation_id=cid, language="fr",
                                  created_at=at))
                if j % 2 == 0:
                    s.add(Rating(conversation_id=cid, value="down" if kind in (3, 4) else "up", language="fr",
                                 created_at=at))
    return n


def test_readme_picture_of_a_week(backend, browser):
    n = _week(backend)
    page = browser.page(viewport=(1280, 1500))
    agent_login(page, backend)
    page.goto(backend.url + "/console/analytics")
    assert int(page.locator("[data-figure=conversations] dd").inner_text()) >= n
    expect(page.locator("[data-figure=resolution] dd").first).to_contain_text("%")
    expect(page.locator("#an-per-day tbody tr")).to_have_count(7)
    browser.result_shot(page, "console-analytics")
