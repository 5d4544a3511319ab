"""POST /api/chat/rating: the widget's 👍/👎 and comment, once per conversation, stored with
the conversation's public id, PII masked; bad input is a 4xx JSON with a message."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.models import Rating
from bot.rasa_ext.conversation import public_id
from tests.api import _tracker as tr
from tests.helpers import utc

T0 = utc(2026, 11, 2, 9, 0, 0)


@pytest.fixture(autouse=True)
def tracker_store(monkeypatch, tmp_path):
    monkeypatch.setenv("TRACKER_STORE_URL", f"sqlite:///{tmp_path / 'tracker.db'}")
    monkeypatch.setenv("RATINGS_PER_CLIENT_PER_HOUR", "4")


async def _conversation(lb, secret="s3cret-widget-1"):
    path = lb.settings.tracker_store_url[len("sqlite:///"):]
    await tr.write(path, secret, [tr.user("je n'ai pas reçu le code", "sms_not_received", 0.9, T0)])
    return secret


async def _post(lb, body=None, *, raw=None, headers=None):
    h = {"Origin": lb.url, **(headers or {})}
    kwargs = {"data": raw, "headers": {"Content-Type": "application/json", **h}} if raw is not None \
        else {"json": body, "headers": h}
    async with lb.http.post(f"{lb.url}/api/chat/rating", **kwargs) as r:
        return r.status, await r.json()


def _ratings(lb) -> list:
    with lb.ctx.db.session() as s:
        return [(r.conversation_id, r.value, r.comment, r.language) for r in s.execute(select(Rating)).scalars()]


async def test_rating_stored_once_under_the_public_id_with_pii_masked(live_backend, clock):
    lb = live_backend
    clock.set(T0)
    secret = await _conversation(lb)
    comment = "Pas clair. Rappelez-moi au +33 6 12 34 56 78 ou jean.dupont@acme.fr, code 123456"
    st, body = await _post(lb, {"conversation": secret, "rating": "down", "comment": comment, "language": "fr"})
    assert (st, body) == (201, {"rated": True, "rating": "down"})
    [(cid, value, stored, lang)] = _ratings(lb)
    assert cid == public_id(secret) and value == "down" and lang == "fr"
    assert stored.startswith("Pas clair. Rappelez-moi au +") and "j•••@acme.fr" in stored
    assert "12 34" not in stored and "jean.dupont" not in stored and "123456" not in stored
    st, body = await _post(lb, {"conversation": secret, "rating": "up"})
    assert st == 409 and body["error"] == "already_rated" and body["message"]
    assert len(_ratings(lb)) == 1


async def test_unknown_conversation_is_404(live_backend, clock):
    clock.set(T0)
    lb = live_backend
    await _conversation(lb)
    # the public id of a real conversation is not its secret: it names no conversation
    for secret in ("never-chatted", public_id("s3cret-widget-1")):
        st, body = await _post(lb, {"conversation": secret, "rating": "up"})
        assert st == 404 and body["error"] == "unknown_conversation" and body["message"]
    assert _ratings(lb) == []


@pytest.mark.parametrize("body,error", [
    ({"rating": "up"}, "invalid_conversation"),
    ({"conversation": "has spaces", "rating": "up"}, "invalid_conversation"),
    ({"conversation": "x" * 129, "rating": "up"}, "invalid_conversation"),
    ({"conversation": 42, "rating": "up"}, "invalid_conversation"),
    ({"conversation": "s3cret-widget-1", "rating": "5"}, "invalid_rating"),
    ({"conversation": "s3cret-widget-1", "rating": None}, "invalid_rating"),
    ({"conversation": "s3cret-widget-1", "rating": "up", "comment": 3}, "invalid_comment"),
    ({"conversation": "s3cret-widget-1", "rating": "up", "comment": "x" * 501}, "invalid_comment"),
    ({"conversation": "s3cret-widget-1", "rating": "up", "comment": "a\x00b"}, "invalid_comment"),
])
async def test_bad_input_is_400_with_a_message(live_backend, clock, body, error):
    clock.set(T0)
    await _conversation(live_backend)
    st, resp = await _post(live_backend, body)
    assert st == 400 and resp["error"] == error and resp["message"]
    assert _ratings(live_backend) == []


async def test_not_json_and_cross_site_are_refused(live_backend, clock):
    clock.set(T0)
    lb = live_backend
    secret = await _conversation(lb)
    assert (await _post(lb, raw=b"{not json"))[0] == 400
    assert (await _post(lb, raw=b"[1, 2]"))[0] == 400
    st, body = await _post(lb, {"conversation": secret, "rating": "up"}, headers={"Origin": "https://evil.example"})
    assert st == 403 and body["error"] == "cross_site_refused"
    async with lb.http.post(f"{lb.url}/api/chat/rating", data=f"conversation={secret}&rating=up",
                            headers={"Origin": lb.url, "Content-Type": "application/x-www-form-urlencoded"}) as r:
        assert r.status == 403
    assert _ratings(lb) == []


async def test_rate_limited_per_client(live_backend, clock):
    clock.set(T0)
    lb = live_backend
    for i in range(4):
        await _conversation(lb, f"conv-{i}")
        assert (await _post(lb, {"conversation": f"conv-{i}", "rating": "up"}))[0] == 201
    await _conversation(lb, "conv-4")
    st, body = await _post(lb, {"conversation": "conv-4", "rating": "up"})
    assert st == 429 and body["error"] == "too_many_ratings" and body["retry_after"] == 3600
    clock.shift(hours=1, seconds=1)
    assert (await _post(lb, {"conversation": "conv-4", "rating": "up"}))[0] == 201
