"""The widget's rating, in headless Chromium against the whole stack: after the assistant
answered, 👍/👎 and an optional comment, in the page's language, named for screen readers,
once per conversation; the backend keeps it under the conversation's public id, with the
phone number of the comment masked."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from bot.models import Rating
from tests.browser.a11y import axe, explain
from tests.browser.chat import REPLY_TIMEOUT, conversation_id, open_chat, reply, say

pytestmark = pytest.mark.slow


def _ratings(server, conversation: str) -> list:
    with server.db.session() as s:
        return [(r.value, r.comment, r.language) for r in
                s.execute(select(Rating).where(Rating.conversation_id == conversation)).scalars()]


def test_rating_after_an_answer_once_per_conversation(stack, browser):
    page = browser.page()
    page.goto(stack.url + "/")
    open_chat(page)
    form = page.get_by_role("form", name="Cette réponse vous a-t-elle aidé ?")
    expect(form).to_have_count(0)  # the greeting is not an answer
    n = say(page, "je n'ai pas reçu le SMS")
    reply(page, "SMS", after=n)
    expect(form).to_be_visible(timeout=REPLY_TIMEOUT)
    violations = axe(page)
    assert not violations, explain(violations)
    down = form.get_by_role("button", name="Non, pas utile")
    down.click()
    expect(down).to_have_attribute("aria-pressed", "true")
    comment = form.get_by_label("Un commentaire ? (facultatif, sans données personnelles)")
    expect(comment).to_be_focused()
    comment.fill("Rien reçu, rappelez-moi au 06 12 34 56 78")
    form.get_by_role("button", name="Envoyer mon avis").click()
    expect(form.get_by_role("status")).to_have_text("Merci pour votre avis.")
    expect(form.get_by_role("button", name="Non, pas utile")).to_be_hidden()
    conversation = conversation_id(page)
    [(value, stored, lang)] = _ratings(stack, conversation)
    assert value == "down" and lang == "fr" and "12 34" not in stored and stored.startswith("Rien reçu, rappelez-moi au ")
    # the same conversation after a reload: no second offer
    page.reload()
    expect(page.locator(".rw-client").first).to_be_visible(timeout=30_000)
    page.wait_for_timeout(500)
    expect(page.locator("#chat-rating")).to_have_count(0)


def test_the_rating_speaks_english_on_an_english_page(stack, browser):
    page = browser.page(lang="en-GB")
    page.goto(stack.url + "/?lang=en")
    open_chat(page)
    n = say(page, "how long do I have to enable 2FA?")
    reply(page, r"\w", after=n)
    form = page.get_by_role("form", name="Did this answer help you?")
    expect(form).to_be_visible(timeout=REPLY_TIMEOUT)
    form.get_by_role("button", name="Yes, helpful").click()
    form.get_by_role("button", name="Send my feedback").click()
    expect(form.get_by_role("status")).to_have_text("Thank you for your feedback.")
    assert [v for v, _, _ in _ratings(stack, conversation_id(page))] == ["up"]
