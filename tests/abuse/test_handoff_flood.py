"""Outsider attacker check of 2026-12-01, F2: a script sending "I want to talk to a human" from
a new conversation each time got 15 references in 3 s, and the agents' queue (oldest first)
had 19 fake entries out of 20. Anonymous handoffs are now capped per hour, all conversations
together (ANONYMOUS_HANDOFFS_PER_HOUR); past the cap an anonymous chat gets the phone line
without a reference, and a customer logged in on the portal is never held back. Since the
thirty-sixth outsider check (finding 10), per client too (ANONYMOUS_HANDOFFS_PER_CLIENT_PER_HOUR):
see the second half of this file."""

from __future__ import annotations

import pytest

from tests.api._kit import agent_call
from tests.helpers import make_user, open_ticket_for, utc

T0 = utc(2026, 12, 1, 9, 30, 0)  # a Tuesday, the line open


async def _handoff(lb, conversation: str, token: str | None = None) -> tuple[int, dict]:
    return await lb.support("handoffs", {"conversation_id": conversation, "language": "en",
                                         "reason": "customer_request"}, token)


async def test_new_conversations_cannot_flood_the_queue(backend_with, clock):
    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=5)
    answers = [await _handoff(lb, f"atk-{i:03d}") for i in range(15)]
    assert [st for st, _ in answers[:5]] == [201] * 5
    for st, body in answers[5:]:
        assert st == 429 and body["error"] == "handoff_limit" and "reference" not in body
        # the line's state, for the reply that gives the line instead (open on a Tuesday 10:30)
        assert body["line"]["open"] is True
    st, queue = await agent_call(lb, "GET", "/api/agent/handoffs?view=queue")
    assert st == 200
    assert len(queue["handoffs"]) == 5
    # asked again in a conversation that has its reference: the same one, not refused
    st, again = await _handoff(lb, "atk-000")
    assert st in (200, 201) and again["reference"] == answers[0][1]["reference"]
    # a customer logged in on the portal is not held back by the flood
    make_user(lb.ctx, "real@x.io", state="sms")
    browser, _ = await lb.portal("real@x.io")
    st, mine = await _handoff(lb, "real-customer", await lb.customer_token(browser))
    assert st == 201 and mine["reference"]
    # an hour later, anonymous chats get references again
    clock.shift(seconds=3601)
    assert (await _handoff(lb, "later-anonymous"))[0] == 201


async def test_one_password_cannot_flood_the_queue_from_many_conversations(backend_with, clock):
    """Outsider attacker check of 2026-12-01 (fifth), B1: a widget token from the password step
    alone opened 20 conversations and got 20 references in 0.76 s. A customer waits once in
    the queue, whichever conversation asks."""
    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=5)
    make_user(lb.ctx, "one@x.io", state="sms")
    browser, _ = await lb.portal("one@x.io")
    token = await lb.customer_token(browser)
    answers = [await _handoff(lb, f"conv-{i:02d}", token) for i in range(20)]
    assert {st for st, _ in answers} <= {200, 201}
    assert len({body["reference"] for _, body in answers}) == 1
    st, queue = await agent_call(lb, "GET", "/api/agent/handoffs?view=queue")
    assert st == 200 and len(queue["handoffs"]) == 1


async def test_a_password_alone_does_not_learn_the_open_tickets_number(backend_with, clock):
    """Attacker check B/U1: a handoff asked with the password alone named the account's open
    reset ticket, which could be quoted on the phone to have the owner's request refused. The
    answer says that a request is open; its number comes only with a second proof, as in
    « Mes demandes »."""
    clock.set(T0)
    lb = await backend_with()
    open_ticket_for(lb.ctx, make_user(lb.ctx, "owner@x.io", state="sms"), "T-XY34ZW", "password+2fa")
    browser, _ = await lb.portal("owner@x.io")
    st, body = await _handoff(lb, "thief-chat", await lb.customer_token(browser))
    assert st == 201 and body["ticket_open"] is True and body["ticket"] is None
    assert "T-XY34ZW" not in str(body)


# ------------------------------------------------------------ per client (thirty-sixth, 10)
# Thirty-sixth outsider check, finding 10: 34 posts "je veux parler à un conseiller" from one
# client in about a second spent the remaining 26 of the hour's 30 anonymous handoffs, and
# every anonymous customer then got the phone line without a reference for the rest of the
# hour. The chat channels now key each message with an HMAC of the client's address
# (bot/rasa_ext/client_key.py, tests/abuse/test_client_key.py), the assistant forwards it as
# `client`, and the backend caps anonymous handoffs per key as well as all together.

ATTACKER, NEIGHBOUR = "a" * 32, "b" * 32  # client keys as the channels make them (32 hex)


async def _keyed(lb, conversation: str, client, token: str | None = None) -> tuple[int, dict]:
    body = {"conversation_id": conversation, "language": "fr", "reason": "customer_request"}
    if client is not ...:
        body["client"] = client
    return await lb.support("handoffs", body, token)


def _client_keys(lb) -> dict:
    from sqlalchemy import select

    from bot.models import Handoff

    with lb.ctx.db.session() as s:
        return dict(s.execute(select(Handoff.reference, Handoff.client_key)).all())


def test_the_per_client_cap_is_on_by_default():
    from bot.config import Settings

    assert Settings().anonymous_handoffs_per_client == 3
    assert Settings().anonymous_handoffs_per_hour == 30  # the global cap stays


async def test_one_client_gets_three_anonymous_references_then_the_phone_line(backend_with, clock):
    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=30, anonymous_handoffs_per_client=3)
    answers = [await _keyed(lb, f"atk-{i:02d}", ATTACKER) for i in range(34)]
    assert [st for st, _ in answers[:3]] == [201] * 3
    for st, body in answers[3:]:
        # the same answer as the global cap: the assistant gives the phone line, no reference
        assert st == 429 and body["error"] == "handoff_limit" and "reference" not in body
        assert body["retry_after"] == 3600
    # the key is stored with each handoff, never anything else
    keys = _client_keys(lb)
    assert sorted(keys.values()) == [ATTACKER] * 3
    # the queue has the attacker's 3, not 30
    st, queue = await agent_call(lb, "GET", "/api/agent/handoffs?view=queue")
    assert st == 200 and len(queue["handoffs"]) == 3
    # another client still gets a reference: the flood did not spend everyone's share
    st, body = await _keyed(lb, "neighbour", NEIGHBOUR)
    assert st == 201 and body["reference"]
    # a conversation that has its reference gets it again, even past the client's cap
    st, again = await _keyed(lb, "atk-00", ATTACKER)
    assert st in (200, 201) and again["reference"] == answers[0][1]["reference"]
    # an hour later the client has its share again
    clock.shift(seconds=3601)
    assert (await _keyed(lb, "atk-later", ATTACKER))[0] == 201


async def test_the_global_cap_still_holds_against_many_clients(backend_with, clock):
    """A flood from many addresses: each client under its own cap, the hour's total capped."""
    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=5, anonymous_handoffs_per_client=3)
    answers = [await _keyed(lb, f"c-{i:02d}", f"client-{i:02d}") for i in range(8)]
    assert [st for st, _ in answers] == [201] * 5 + [429] * 3
    assert all(body["error"] == "handoff_limit" for _, body in answers[5:])


async def test_without_a_client_key_only_the_global_cap(backend_with, clock):
    """Older assistants and direct API callers send no key: they meet the global cap only,
    and handoffs without a key never count against a client's share."""
    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=6, anonymous_handoffs_per_client=2)
    for client in (..., None):  # absent, or null
        answers = [await _keyed(lb, f"nokey-{client}-{i}", client) for i in range(2)]
        assert [st for st, _ in answers] == [201, 201]
    assert set(_client_keys(lb).values()) == {None}
    # 4 without a key: a keyed client still has its 2
    assert [(await _keyed(lb, f"k-{i}", ATTACKER))[0] for i in range(3)] == [201, 201, 429]
    # 6 in the hour: the global cap, with or without a key
    assert (await _keyed(lb, "nokey-last", ...))[0] == 429
    assert (await _keyed(lb, "other-last", NEIGHBOUR))[0] == 429


async def test_a_logged_in_customer_is_never_capped_even_from_a_spent_client(backend_with, clock):
    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=30, anonymous_handoffs_per_client=1)
    assert (await _keyed(lb, "anon-1", ATTACKER))[0] == 201
    assert (await _keyed(lb, "anon-2", ATTACKER))[0] == 429
    for i, email in enumerate(("one@x.io", "two@x.io")):
        make_user(lb.ctx, email, state="sms")
        browser, _ = await lb.portal(email)
        st, mine = await _keyed(lb, f"portal-{i}", ATTACKER, await lb.customer_token(browser))
        assert st == 201 and mine["reference"]
    # a customer's handoff does not spend the anonymous share of their address either
    make_user(lb.ctx, "three@x.io", state="sms")
    browser, _ = await lb.portal("three@x.io")
    assert (await _keyed(lb, "portal-3", NEIGHBOUR, await lb.customer_token(browser)))[0] == 201
    assert (await _keyed(lb, "anon-3", NEIGHBOUR))[0] == 201


async def test_zero_turns_the_per_client_cap_off(backend_with, clock):
    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=5, anonymous_handoffs_per_client=0)
    answers = [await _keyed(lb, f"z-{i}", ATTACKER) for i in range(6)]
    assert [st for st, _ in answers] == [201] * 5 + [429]


async def test_a_parallel_burst_from_one_client_gets_its_share_only(backend_with, clock):
    """The 34 posts came in about a second: requests counted at the same time must not each
    see room for one more (SQLite and PostgreSQL)."""
    import asyncio

    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=30, anonymous_handoffs_per_client=3)
    answers = await asyncio.gather(*(_keyed(lb, f"burst-{i:02d}", ATTACKER) for i in range(24)))
    assert sorted(st for st, _ in answers) == [201] * 3 + [429] * 21
    assert sorted(_client_keys(lb).values()) == [ATTACKER] * 3


@pytest.mark.parametrize("client", [
    "x" * 65,                 # longer than any key
    "k" * 5000,               # a forged oversized key
    "",                       # empty
    "has space", "new\nline", "a/../b", "clé",
    42, True, ["a" * 32], {"key": "a"},
])
async def test_a_malformed_client_key_is_a_400(backend_with, clock, client):
    clock.set(T0)
    lb = await backend_with()
    st, body = await _keyed(lb, "bad-client", client)
    assert st == 400 and body["error"] == "invalid_client" and body["message"]
    assert _client_keys(lb) == {}  # nothing created
    # the longest key is accepted
    assert (await _keyed(lb, "good-client", "k" * 64))[0] == 201


async def test_withdrawing_does_not_give_the_share_back(backend_with, clock):
    """A handoff called off in the chat (thirty-ninth outsider check, F9) leaves the queue but
    still counts in the hour's anonymous share: asking and withdrawing in a loop is no way
    around the cap."""
    clock.set(T0)
    lb = await backend_with(anonymous_handoffs_per_hour=3)
    for i in range(3):
        st, body = await _handoff(lb, f"loop-{i}")
        assert st == 201
        st, off = await lb.support("handoffs/withdraw", {"conversation_id": f"loop-{i}"})
        assert st == 200 and off["withdrawn"] is True
    st, body = await _handoff(lb, "loop-3")
    assert st == 429 and body["error"] == "handoff_limit"
