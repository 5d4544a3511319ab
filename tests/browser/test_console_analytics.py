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
    browser.result_shot(page, "console-analytics")
