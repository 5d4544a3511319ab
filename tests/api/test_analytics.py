"""GET /api/agent/analytics: conversations seeded with known outcomes (a login with 2FA after
the chat, a completed ticket, a handoff, an abandoned one rated 👎 with a comment, two
fallbacks, one still inside its 24 hours) under a frozen clock; every figure is checked.

The conversations are written to a real tracker store as the Rasa server writes them; what
happened next goes through the backend's real APIs (portal login with TOTP, Support API
ticket and handoff, agent completing the ticket)."""

from __future__ import annotations

from datetime import timedelta
from html.parser import HTMLParser

import pytest

from tests.api import _tracker as tr
from tests.api._kit import SECRET, agent_call, support_call, totp_code
from tests.helpers import make_user, utc

T0 = utc(2026, 11, 2, 9, 0, 0)  # a Monday, 10:00 in Paris
LATER = utc(2026, 11, 4, 12, 0, 0)  # when the agent looks: more than 24 h after all but one


@pytest.fixture(autouse=True)
def tracker_store(monkeypatch, tmp_path):
    """The backend reads this test's own tracker store (Settings reads TRACKER_STORE_URL)."""
    monkeypatch.setenv("TRACKER_STORE_URL", f"sqlite:///{tmp_path / 'tracker.db'}")


def _path(lb) -> str:
    return lb.settings.tracker_store_url[len("sqlite:///"):]


async def _identified(lb, browser, clock, email, conversation, at):
    """The customer logs in (password step) at `at` - 10 min and the chat's actions read the
    status with the widget token: the conversation now identifies the account."""
    clock.set(at - timedelta(minutes=10))
    b = browser()
    assert (await b.login(email))[0] == 200
    tok = await b.widget_token()
    clock.set(at)
    assert (await support_call(lb, "status", {"conversation_id": conversation}, tok))[0] == 200
    return b, tok


async def _login_with_2fa(browser, email, at):
    b = browser()
    assert (await b.login(email))[0] == 200
    st, view = await b.verify(totp_code(SECRET, at))
    assert st == 200 and view["stage"] == "complete", view


async def _seed(lb, browser, clock):
    """Six conversations with known outcomes, two that do not count; returns their ids."""
    for email in ("a@x.io", "b@x.io", "c@x.io", "d@x.io"):
        make_user(lb.ctx, email, state="app")
    ids = await _seed_resolved(lb, browser, clock, _path(lb))
    ids.update(await _seed_others(lb, browser, clock, _path(lb)))
    return ids


async def _seed_resolved(lb, browser, clock, path):
    ids = {}
    # 1. FR, SMS never came; identified; logs in with 2FA 2 h later -> resolved; rated 👍
    ids["login"] = await tr.write(path, "secret-login", [
        tr.user("/greet", "greet", 1.0, T0), tr.language("fr", T0),
        tr.user("je n'ai pas reçu le code", "sms_not_received", 0.95, T0 + timedelta(seconds=20)),
        tr.bot("Vérifiez le numéro…", T0 + timedelta(seconds=21)),
        tr.user("merci", "thank", 0.9, T0 + timedelta(minutes=2))])
    await _identified(lb, browser, clock, "a@x.io", ids["login"], T0 + timedelta(seconds=20))
    clock.set(T0 + timedelta(hours=2))
    await _login_with_2fa(browser, "a@x.io", clock.now)
    # 2. EN, changed phone; ticket opened in the chat, completed by an agent 5 h later -> resolved
    t2 = T0 + timedelta(hours=3)
    ids["ticket"] = await tr.write(path, "secret-ticket", [
        tr.language("en", t2), tr.user("I changed my phone", "phone_changed", 0.9, t2),
        tr.user("yes", "affirm", 0.99, t2 + timedelta(minutes=1))])
    clock.set(t2 - timedelta(minutes=10))
    b = browser()
    assert (await b.login("b@x.io"))[0] == 200
    assert (await b.verify(totp_code(SECRET, clock.now)))[0] == 200  # before the chat: not evidence
    tok = await b.widget_token()
    clock.set(t2 + timedelta(minutes=1))
    st, body = await support_call(lb, "tickets", {"conversation_id": ids["ticket"], "reason": "new_phone"}, tok)
    assert st == 201, body
    clock.set(t2 + timedelta(minutes=1, hours=5))
    assert (await agent_call(lb, "POST", f"/api/agent/tickets/{body['ticket']['number']}/complete"))[0] == 200
    return ids


async def _seed_others(lb, browser, clock, path):
    ids = {}
    # 3. FR, anonymous, asks for a human -> handed off
    t3 = T0 + timedelta(hours=4)
    ids["handoff"] = await tr.write(path, "secret-handoff", [
        tr.language("fr", t3), tr.user("je veux parler à un humain", "request_human", 0.97, t3)])
    clock.set(t3)
    assert (await support_call(lb, "handoffs", {"conversation_id": ids["handoff"], "language": "fr"}))[0] == 201
    # 4. FR, identified, nothing happens afterwards -> abandoned; rated 👎 with a comment
    t4 = T0 + timedelta(hours=5)
    ids["abandoned"] = await tr.write(path, "secret-abandoned", [
        tr.language("fr", t4), tr.user("combien de jours il me reste", "ask_deadline", 0.8, t4)])
    await _identified(lb, browser, clock, "c@x.io", ids["abandoned"], t4)
    # 5. EN, anonymous, two messages the assistant did not understand -> unknown
    t5 = T0 + timedelta(hours=6)
    ids["fallbacks"] = await tr.write(path, "secret-fallbacks", [
        tr.language("en", t5), tr.user("blorf the wibble", "nlu_fallback", 0.3, t5),
        tr.user("asdf qwer", "nlu_fallback", 0.2, t5 + timedelta(minutes=1))])
    # 6. EN, the next day at 23:30 in Paris, identified, < 24 h ago when the agent looks -> pending
    t6 = utc(2026, 11, 3, 22, 30, 0)
    ids["pending"] = await tr.write(path, "secret-pending", [
        tr.language("en", t6), tr.user("what is my status", "ask_my_status", 0.92, t6)])
    await _identified(lb, browser, clock, "d@x.io", ids["pending"], t6)
    # not counted: a chat opened without a word; a conversation after the period
    await tr.write(path, "secret-silent", [tr.user("/greet", "greet", 1.0, T0)])
    await tr.write(path, "secret-after", [tr.user("hello?", "nlu_fallback", 0.1, utc(2026, 11, 5, 9, 0, 0))])
    return ids


async def _rate(lb, secret, rating, comment=None):
    async with lb.http.post(f"{lb.url}/api/chat/rating", json={"conversation": secret, "rating": rating,
                                                                "comment": comment, "language": "fr"},
                            headers={"Origin": lb.url}) as r:
        return r.status, await r.json()


def _fig(conversations, outcomes, resolution, handoff, messages, fallbacks, fallback_rate, ratings, tickets):
    keys = ("resolved", "handed_off", "abandoned", "pending", "unknown")
    return {"conversations": conversations, "outcomes": dict(zip(keys, outcomes)), "resolution_rate": resolution,
            "handoff_rate": handoff, "messages": messages, "fallbacks": fallbacks, "fallback_rate": fallback_rate,
            "ratings": dict(zip(("up", "down", "count", "mean"), ratings)),
            "tickets": dict(zip(("opened", "completed", "median_hours_to_complete"), tickets))}


NO_RATING, NO_TICKET = (0, 0, 0, None), (0, 0, None)


async def test_every_figure_of_a_seeded_period(live_backend, browser, clock):
    lb = live_backend
    await _seed(lb, browser, clock)
    clock.set(LATER)
    assert (await _rate(lb, "secret-login", "up"))[0] == 201
    assert (await _rate(lb, "secret-abandoned", "down", "pas clair, mon numéro 06 12 34 56 78"))[0] == 201
    st, data = await agent_call(lb, "GET", "/api/agent/analytics?from=2026-11-02&to=2026-11-03")
    assert st == 200, data
    assert data["period"] == {"from": "2026-11-02", "to": "2026-11-03", "lang": "all", "timezone": "Europe/Paris"}
    assert data["totals"] == _fig(6, (2, 1, 1, 1, 1), 0.5, 0.1667, 9, 2, 0.2222, (1, 1, 2, 0.5), (1, 1, 5.0))
    per_intent = {row.pop("intent"): row for row in data["per_intent"]}
    assert per_intent == {
        "sms_not_received": _fig(1, (1, 0, 0, 0, 0), 1.0, 0.0, 2, 0, 0.0, (1, 0, 1, 1.0), NO_TICKET),
        "phone_changed": _fig(1, (1, 0, 0, 0, 0), 1.0, 0.0, 2, 0, 0.0, NO_RATING, (1, 1, 5.0)),
        "request_human": _fig(1, (0, 1, 0, 0, 0), 0.0, 1.0, 1, 0, 0.0, NO_RATING, NO_TICKET),
        "ask_deadline": _fig(1, (0, 0, 1, 0, 0), 0.0, 0.0, 1, 0, 0.0, (0, 1, 1, 0.0), NO_TICKET),
        "none": _fig(1, (0, 0, 0, 0, 1), None, 0.0, 2, 2, 1.0, NO_RATING, NO_TICKET),
        "ask_my_status": _fig(1, (0, 0, 0, 1, 0), None, 0.0, 1, 0, 0.0, NO_RATING, NO_TICKET),
    }
    days = {row.pop("day"): row for row in data["per_day"]}
    assert days == {
        "2026-11-02": _fig(5, (2, 1, 1, 0, 1), 0.5, 0.2, 8, 2, 0.25, (1, 1, 2, 0.5), (1, 1, 5.0)),
        "2026-11-03": _fig(1, (0, 0, 0, 1, 0), None, 0.0, 1, 0, 0.0, NO_RATING, NO_TICKET),
    }


async def test_language_filter_and_outcome_after_the_window(live_backend, browser, clock):
    lb = live_backend
    await _seed(lb, browser, clock)
    clock.set(LATER)
    st, data = await agent_call(lb, "GET", "/api/agent/analytics?from=2026-11-02&to=2026-11-03&lang=en")
    assert st == 200
    assert data["totals"] == _fig(3, (1, 0, 0, 1, 1), 1.0, 0.0, 5, 2, 0.4, NO_RATING, (1, 1, 5.0))
    # a day later the pending conversation's 24 hours are over: abandoned
    clock.set(LATER + timedelta(days=1))
    st, data = await agent_call(lb, "GET", "/api/agent/analytics?from=2026-11-03&to=2026-11-03")
    assert data["totals"]["outcomes"] == {"resolved": 0, "handed_off": 0, "abandoned": 1, "pending": 0, "unknown": 0}


async def test_default_period_is_the_last_seven_days(live_backend, clock):
    clock.set(LATER)
    st, data = await agent_call(live_backend, "GET", "/api/agent/analytics")
    assert st == 200 and data["period"]["from"] == "2026-10-29" and data["period"]["to"] == "2026-11-04"
    assert len(data["per_day"]) == 7 and data["totals"]["conversations"] == 0
    assert data["totals"]["resolution_rate"] is None


@pytest.mark.parametrize("query", ["from=yesterday", "to=2026-13-01", "from=2026-11-05&to=2026-11-01",
                                   "from=2020-01-01&to=2026-11-01", "lang=de", "from=2026-11-0\u0661"])
async def test_bad_periods_are_400(live_backend, clock, query):
    clock.set(LATER)
    st, data = await agent_call(live_backend, "GET", f"/api/agent/analytics?{query}")
    assert st == 400 and data["error"] in ("invalid_period", "invalid_lang") and data["message"]


async def test_agents_only(live_backend):
    st, data = await agent_call(live_backend, "GET", "/api/agent/analytics", token=None)
    assert st == 401 and data["error"] == "unauthorized"


class _Page(HTMLParser):
    """The analytics page's figures by their data- attributes: tiles, outcomes, table cells."""

    def __init__(self, html: str):
        super().__init__()
        self.tiles, self.outcomes, self.cells, self.bars = {}, {}, {}, {}
        self._stack: list = []
        self._row = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and ("data-day" in a or "data-intent" in a):
            self._row = a.get("data-day") or a.get("data-intent")
        key = None
        if "data-figure" in a:
            key = ("tiles", a["data-figure"])
        elif "data-outcome" in a:
            key = ("outcomes", a["data-outcome"])
        elif "data-col" in a and self._row:
            key = ("cells", (self._row, a["data-col"]))
        elif tag == "g" and "data-day" in a:
            self._bar = a["data-day"]
        elif tag == "rect" and a.get("class") == "an-bar-all":
            self.bars[self._bar] = float(a["height"])
        if tag not in ("rect", "line", "input", "br", "meta", "link"):
            self._stack.append(key)

    def handle_endtag(self, tag):
        if tag not in ("rect", "line", "input", "br", "meta", "link") and self._stack:
            self._stack.pop()

    def handle_data(self, data):
        for key in self._stack:
            if key is not None:
                kind, name = key
                getattr(self, kind)[name] = " ".join((getattr(self, kind).get(name, "") + " " + data).split())


async def _page(lb, query: str) -> tuple[int, str]:
    async with lb.http.get(f"{lb.url}/console/analytics?{query}",
                           headers={"Authorization": f"Bearer {lb.settings.agent_token}"}) as r:
        return r.status, await r.text()


async def test_the_console_page_draws_every_figure(live_backend, browser, clock):
    lb = live_backend
    await _seed(lb, browser, clock)
    clock.set(LATER)
    assert (await _rate(lb, "secret-login", "up"))[0] == 201
    assert (await _rate(lb, "secret-abandoned", "down", "pas clair"))[0] == 201
    st, html = await _page(lb, "from=2026-11-02&to=2026-11-03&lang=all")
    assert st == 200
    page = _Page(html)
    assert page.tiles == {
        "conversations": "Conversations 6", "resolution": "Résolution vérifiée 50 % 2 sur 4 au résultat connu",
        "handoff": "Transferts au téléphone 16,7 %", "rating": "Avis positifs 50 % 1 positif(s) · 1 négatif(s)",
        "fallback": "Messages non compris 22,2 % 2 sur 9 messages",
        "tickets": "Demandes de réinitialisation 1 ouvertes · 1 traitées", "median": "Délai médian de traitement 5 h"}
    assert page.outcomes == {"resolved": "Résolues 2", "handed_off": "Transférées 1", "abandoned": "Abandonnées 1",
                             "pending": "En attente (moins de 24 h) 1", "unknown": "Inconnues (client non identifié) 1"}
    assert page.cells[("sms_not_received", "resolution")] == "100 %"
    assert page.cells[("request_human", "handoff")] == "100 %"
    assert page.cells[("none", "fallback")] == "100 %" and page.cells[("none", "resolution")] == "—"
    assert page.cells[("phone_changed", "tickets")] == "1 / 1" and page.cells[("phone_changed", "median")] == "5 h"
    assert page.cells[("ask_deadline", "rating")] == "0 %"
    assert page.cells[("2026-11-02", "conversations")] == "5" and page.cells[("2026-11-03", "conversations")] == "1"
    assert page.cells[("2026-11-02", "fallback")] == "25 %"
    # the chart: one bar per day, heights in proportion
    assert page.bars["2026-11-02"] == pytest.approx(5 * page.bars["2026-11-03"], rel=0.01)
    st, html = await _page(lb, "from=2026-11-02&to=2026-11-03&lang=en")
    assert _Page(html).tiles["conversations"] == "Conversations 3"


async def test_the_console_page_in_english_and_its_refusals(live_backend, clock):
    lb = live_backend
    clock.set(LATER)
    async with lb.http.get(f"{lb.url}/console/analytics?lang=en", allow_redirects=False) as r:
        assert r.status == 302 and r.headers["Location"] == "/console"  # agents only
    st, html = await _page(lb, "from=2026-11-02&to=2026-11-03&lang=en")
    assert st == 200 and "Verified resolution" in html and "Conversations 0" in " ".join(_Page(html).tiles.values())
    st, html = await _page(lb, "from=2026-11-05&to=2026-11-01")
    assert st == 400 and "from must not be after to." in html


@pytest.fixture
def pg_tracker_url():
    """A fresh PostgreSQL database for a tracker store, dropped afterwards."""
    from bot.rules import conversations
    from tests.conftest import scratch_pg_database

    with scratch_pg_database("m2m_tracker") as url:
        yield url
        for engine in conversations._ENGINES.values():  # the analytics' pooled connections
            engine.dispose()


@pytest.mark.postgres
async def test_conversations_read_from_a_postgresql_tracker_store(pg_tracker_url):
    """Production keeps Rasa's conversations in PostgreSQL (docker-compose.yml)."""
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.rasa_ext.tracker_store import ObservedSQLTrackerStore
    from bot.rules import conversations

    url = pg_tracker_url
    store = ObservedSQLTrackerStore(dialect="postgresql", host=url.host, port=url.port, db=url.database,
                                    username=url.username)
    for secret, at in (("pg-1", T0), ("pg-2", T0 + timedelta(days=3))):
        events = [tr.language("en", at), tr.user("blorf", "nlu_fallback", 0.2, at), tr.user("ok", "affirm", 0.9, at)]
        await store.save(DialogueStateTracker.from_events(tr.public_id(secret), events))
    store.engine.dispose()
    read = conversations.started_between(str(url), T0 - timedelta(hours=1), T0 + timedelta(days=1))
    assert [(c.conversation_id, c.language, c.fallbacks, len(c.messages)) for c in read] == [
        (tr.public_id("pg-1"), "en", 1, 2)]
    assert conversations.exists(str(url), tr.public_id("pg-2")) and not conversations.exists(str(url), "cnope")


async def test_a_handoff_called_off_in_the_chat_is_not_counted_as_handed_off(live_backend, clock):
    """A handoff the customer withdrew in the next message (thirty-ninth outsider check, F9)
    reached nobody on the phone line: the conversation is not "handed off"."""
    lb = live_backend
    path = _path(lb)
    conversations = {}
    for name in ("kept", "called-off"):
        conversations[name] = await tr.write(path, f"secret-{name}", [
            tr.language("fr", T0), tr.user("je veux parler à un humain", "request_human", 0.97, T0)])
        clock.set(T0)
        assert (await support_call(lb, "handoffs", {"conversation_id": conversations[name], "language": "fr"}))[0] == 201
    st, off = await support_call(lb, "handoffs/withdraw", {"conversation_id": conversations["called-off"]})
    assert st == 200 and off["withdrawn"] is True
    clock.set(LATER)
    st, data = await agent_call(lb, "GET", "/api/agent/analytics?from=2026-11-02&to=2026-11-02")
    assert st == 200
    assert data["totals"]["outcomes"] == {"resolved": 0, "handed_off": 1, "abandoned": 0, "pending": 0, "unknown": 1}
