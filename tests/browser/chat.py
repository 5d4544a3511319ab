"""Driving the support chat (rasa-webchat) in a page: open it, type, wait for an answer,
read what the widget keeps. Shared by the browser tests that need the whole stack.

Waits are polled from Python: the pages' CSP forbids the eval that Playwright's
page.wait_for_function needs, as it should."""

from __future__ import annotations

import json
import re
import time
import urllib.request

from playwright.sync_api import expect

from bot.rasa_ext.conversation import public_id

REPLY_TIMEOUT = 45_000  # ms: the first turns of a freshly loaded model can be slow on 2 cores
BOT = ".rw-from-response .rw-message"  # one per assistant message (the typing dots are not in a group)


def open_chat(page):
    launcher = page.locator(".rw-launcher")
    expect(launcher).to_be_visible(timeout=30_000)
    launcher.click()
    expect(page.locator("html")).to_have_attribute("data-chat", "connected", timeout=30_000)
    # the greeting (initPayload "/greet")
    expect(page.locator(".rw-response").filter(has_text=re.compile(r"\w")).first).to_be_visible(timeout=REPLY_TIMEOUT)


def ensure_open(page):
    """Open the chat unless the tab's stored state already has it open; wait for a message."""
    expect(page.locator("html")).to_have_attribute("data-chat", "connected", timeout=30_000)
    if page.locator(".rw-conversation-container").count() == 0:
        page.locator(".rw-launcher").click()
    expect(page.locator(BOT).first).to_be_visible(timeout=REPLY_TIMEOUT)


def say(page, text: str) -> int:
    """Type a message and send it with Enter; returns how many assistant messages there were
    before, for `reply(..., after=)`."""
    before = page.locator(".rw-client").count()
    answers = page.locator(".rw-response").count()
    box = page.locator(".rw-new-message")
    box.fill(text)
    box.press("Enter")
    expect(page.locator(".rw-client")).to_have_count(before + 1)
    return answers


def reply(page, pattern: str, after: int = 0):
    """The first assistant message matching `pattern` (a regex, case-insensitive) among those
    after the first `after` ones, once it shows."""
    regex = re.compile(pattern, re.I)
    deadline = time.monotonic() + REPLY_TIMEOUT / 1000
    while True:
        texts = page.locator(".rw-response").all_inner_texts()
        for i in range(after, len(texts)):
            if regex.search(texts[i]):
                return page.locator(".rw-response").nth(i)
        if time.monotonic() > deadline:
            raise AssertionError(f"no answer matching {pattern!r}; the assistant said: {texts[after:]}")
        page.wait_for_timeout(300)


def transcript(page) -> list[tuple[str, str]]:
    """What the conversation shows, in order: ("bot" | "customer", text)."""
    return [(("bot" if "rw-from-response" in cls else "customer"), text.strip())
            for cls, text in page.locator(".rw-group-message .rw-message").evaluate_all(
                "els => els.map(e => [e.closest('.rw-group-message').className, e.innerText])")]


def tracker(server, conversation_id: str) -> dict:
    url = f"{server.rasa_url}/conversations/{conversation_id}/tracker?token={server.env['RASA_TOKEN']}"
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


def stored_chat(page) -> dict | None:
    """rasa-webchat's conversation in the tab's sessionStorage (None: none)."""
    raw = page.evaluate("sessionStorage.getItem('chat_session')")
    return json.loads(raw) if raw else None


def conversation_id(page) -> str:
    """The conversation's id in Rasa: the public id of the secret session id the widget keeps
    (bot/rasa_ext/conversation.py)."""
    return public_id(stored_chat(page)["session_id"])
