"""bot.client: one session per loop, failures mapped to BackendUnavailable, nothing secret logged;
each Support API call's answers mapped to its outcomes (docs/contract.md), once."""

from __future__ import annotations

import asyncio
import logging

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.client import BackendUnavailable, SupportApi, SupportClient


@pytest.fixture
async def fake_backend():
    """A loopback server answering what each test wants (slow, 500, garbage...)."""
    behaviour = {"mode": "ok"}
    seen = []

    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append(dict(request.headers))
        behaviour["body"] = await request.json()
        behaviour["path"] = request.path
        mode = behaviour["mode"]
        if mode == "answer":
            status, body = behaviour["answer"]
            return web.json_response(body, status=status)
        if mode == "slow":
            await asyncio.sleep(3)
        if mode == "500":
            return web.json_response({"error": "internal_error"}, status=500)
        if mode == "garbage":
            return web.Response(text="<html>proxy error</html>", status=200)
        if mode == "list":
            return web.json_response([1, 2, 3])
        if mode == "unauthorized":
            return web.json_response({"error": "unauthorized"}, status=401)
        if mode == "cooldown":
            return web.json_response({"error": "cooldown", "retry_after": 42}, status=429)
        return web.json_response({"known": False})

    app = web.Application()
    app.router.add_post("/api/support/{tail:.*}", handler)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    yield str(server.make_url("")).rstrip("/"), behaviour, seen
    await server.close()


async def test_ok_answer_and_headers(fake_backend):
    url, _, seen = fake_backend
    c = SupportClient(url, "svc-token", timeout=2)
    r = await c.post("status", {"conversation_id": "c"}, "customer-token")
    assert (r.status, r.json, r.ok) == (200, {"known": False}, True)
    assert seen[-1]["Authorization"] == "Bearer svc-token"
    assert seen[-1]["X-Customer-Session"] == "customer-token"
    await c.post("status", {"conversation_id": "c"})
    assert "X-Customer-Session" not in seen[-1]
    await c.close()


async def test_one_session_reused_per_loop(fake_backend):
    url, _, _ = fake_backend
    c = SupportClient(url, "t", timeout=2)
    await c.post("status", {})
    first = c._session()
    await c.post("status", {})
    assert c._session() is first
    await c.close()
    assert first.closed


async def test_business_errors_are_results(fake_backend):
    url, behaviour, _ = fake_backend
    behaviour["mode"] = "cooldown"
    c = SupportClient(url, "t", timeout=2)
    r = await c.post("resend", {})
    assert (r.status, r.error, r.number("retry_after")) == (429, "cooldown", 42)
    await c.close()


@pytest.mark.parametrize("mode", ["slow", "500", "garbage", "list", "unauthorized"])
async def test_failures_raise_backend_unavailable(fake_backend, mode, caplog):
    url, behaviour, _ = fake_backend
    behaviour["mode"] = mode
    c = SupportClient(url, "svc-secret-token", timeout=0.5)
    caplog.set_level(logging.DEBUG, logger="bot.client")
    with pytest.raises(BackendUnavailable):
        await c.post("identity/start", {"email": "jean@acme.fr"}, "customer-secret-token")
    logged = caplog.text
    for secret in ("svc-secret-token", "customer-secret-token", "jean@acme.fr"):
        assert secret not in logged
    await c.close()


async def test_connection_refused():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    c = SupportClient(f"http://127.0.0.1:{port}", "t", timeout=1)
    with pytest.raises(BackendUnavailable):
        await c.post("status", {})
    await c.close()


def test_environment_configuration(monkeypatch):
    monkeypatch.setenv("BACKEND_URL", "http://backend.internal:9000/")
    monkeypatch.setenv("SUPPORT_SERVICE_TOKEN", "from-env")
    monkeypatch.setenv("BACKEND_TIMEOUT_SECONDS", "7")
    c = SupportClient()
    assert c.base_url == "http://backend.internal:9000"
    assert c.timeout.total == 7
    assert "from-env" not in repr(c)


async def test_wrong_service_token_against_real_backend(live_backend):
    c = SupportClient(live_backend.url, "not-the-token", timeout=5)
    with pytest.raises(BackendUnavailable):
        await c.post("status", {"conversation_id": "c"})
    await c.close()


# --------------------------------------------------------------------------- outcomes

LINE_CLOSED = {"open": False, "opens_text": "lundi 30 novembre à 9 h 00"}
OUTCOMES = [  # (call, its arguments, HTTP status, answer, expected outcome fields)
    ("status", (), 200, {"known": True, "locked": False}, {"kind": "known", "facts": {"known": True, "locked": False}}),
    ("status", (), 200, {"known": False}, {"kind": "anonymous"}),
    ("status", (), 401, {"error": "session_required"}, {"kind": "session_required"}),
    ("status", (), 423, {"error": "locked"}, {"kind": "locked"}),
    ("status", (), 429, {"error": "too_many", "retry_after": 42}, {"kind": "rate_limited", "retry_after": 42}),
    ("status", (), 404, {"error": "not_found"}, {"kind": "unexpected"}),
    ("identity", (), 200, {"verified": True}, {"kind": "verified"}),
    ("identity", (), 200, {"verified": False, "missing": ["password"]}, {"kind": "password_missing"}),
    ("identity", (), 200, {"verified": False, "missing": ["email_code"]}, {"kind": "unverified"}),
    # no portal session: "log in first" before any email code is spent (outsider finding 1)
    ("identity", (), 200, {"verified": False, "missing": ["password", "email_code"]}, {"kind": "password_missing"}),
    ("identity", (), 400, {"error": "invalid_conversation_id"}, {"kind": "unexpected"}),
    ("resend", (), 200, {"sent": True, "retry_after": 60, "masked_phone": "+33 6•• ••• •42"},
     {"kind": "sent", "retry_after": 60, "masked_phone": "+33 6•• ••• •42"}),
    ("resend", (), 200, {"sent": False}, {"kind": "unexpected"}),
    ("resend", (), 429, {"error": "cooldown", "retry_after": 0}, {"kind": "cooldown", "retry_after": 1}),
    ("resend", (), 429, {"error": "send_limit", "retry_after": 300}, {"kind": "send_limit", "retry_after": 300}),
    ("resend", (), 429, {"error": "send_limit", "retry_after": 300, "can_switch": ["totp"]},
     {"kind": "send_limit", "retry_after": 300}),
    ("resend", (), 429, {"error": "send_limit", "retry_after": 300, "can_switch": []},
     {"kind": "send_limit_no_switch", "retry_after": 300}),
    ("resend", (), 429, {"error": "too_many"}, {"kind": "rate_limited", "retry_after": 60}),
    ("resend", (), 409, {"error": "no_pending_sms"}, {"kind": "no_pending"}),
    ("resend", (), 400, {"error": "invalid_phone"}, {"kind": "invalid_phone"}),
    ("resend", (), 423, {"error": "locked"}, {"kind": "locked"}),
    ("switch_method", ("totp",), 200, {"method": "totp", "purpose": "login", "next_step": "open_portal_popup"},
     {"kind": "switched", "purpose": "login", "code_sent": False}),
    ("switch_method", ("sms",), 200, {"method": "sms", "next_step": "code_sent"},
     {"kind": "switched", "purpose": "enroll", "code_sent": True}),
    ("switch_method", ("sms",), 409, {"error": "same_method"}, {"kind": "same_method"}),
    ("switch_method", ("sms",), 409, {"error": "method_not_enrolled"}, {"kind": "not_enrolled"}),
    ("switch_method", ("sms",), 409, {"error": "no_pending_challenge"}, {"kind": "no_pending"}),
    ("switch_method", ("sms",), 400, {"error": "invalid_method"}, {"kind": "invalid_method"}),
    ("switch_method", ("sms",), 401, {"error": "session_required"}, {"kind": "session_required"}),
    ("start_identity_check", ("jean@acme.fr",), 202, {"status": "sent_if_registered"}, {"kind": "sent"}),
    ("start_identity_check", ("jean@acme.fr",), 400, {"error": "invalid_email"}, {"kind": "invalid_email"}),
    ("start_identity_check", ("jean@acme.fr",), 429, {"error": "too_many_checks", "retry_after": 600},
     {"kind": "rate_limited", "retry_after": 600}),
    ("start_identity_check", ("jean@acme.fr",), 423, {"error": "locked"}, {"kind": "unexpected"}),
    ("start_identity_check", ("jean@acme.fr",), 401, {"error": "session_required"}, {"kind": "session_required"}),
    ("confirm_identity_check", ("123456",), 401, {"error": "session_required"}, {"kind": "session_required"}),
    ("confirm_identity_check", ("123456",), 200, {"verified": True}, {"kind": "verified"}),
    ("confirm_identity_check", ("123456",), 400, {"error": "invalid_code", "attempts_left": 2},
     {"kind": "wrong_code", "attempts_left": 2}),
    ("confirm_identity_check", ("123456",), 400, {"error": "invalid_code_format"}, {"kind": "invalid_format"}),
    ("confirm_identity_check", ("123456",), 410, {"error": "expired"}, {"kind": "expired"}),
    ("confirm_identity_check", ("123456",), 410, {"error": "no_check"}, {"kind": "expired"}),
    ("confirm_identity_check", ("123456",), 410, {"error": "too_many_attempts"}, {"kind": "too_many"}),
    ("confirm_identity_check", ("123456",), 429, {"error": "too_many"}, {"kind": "too_many"}),
    ("open_ticket", ("lost_phone",), 201, {"ticket": {"number": "T-ACD34F"}, "created": True},
     {"kind": "created", "number": "T-ACD34F"}),
    ("open_ticket", ("lost_phone",), 200, {"ticket": {"number": "T-ACD34F"}, "created": False},
     {"kind": "existing", "number": "T-ACD34F"}),
    ("open_ticket", ("lost_phone",), 200, {"ticket": None}, {"kind": "unexpected", "number": None}),
    ("open_ticket", ("lost_phone",), 403, {"error": "identity_required"}, {"kind": "identity_required"}),
    ("open_ticket", ("lost_phone",), 400, {"error": "invalid_reason"}, {"kind": "invalid_reason"}),
    ("open_ticket", ("lost_phone",), 423, {"error": "locked"}, {"kind": "locked"}),
    ("hand_off", ("fr", "customer_request"), 201, {"reference": "H7K2QX", "line": {"open": True}},
     {"kind": "line_open", "reference": "H7K2QX"}),
    ("hand_off", ("fr", "customer_request"), 201, {"reference": "H7K2QX"}, {"kind": "line_open"}),
    ("hand_off", ("fr", "customer_request"), 201, {"reference": "H7K2QX", "line": LINE_CLOSED},
     {"kind": "line_closed", "reference": "H7K2QX", "opens": LINE_CLOSED["opens_text"]}),
    ("hand_off", ("fr", "customer_request"), 201, {"reference": "H7K2QX", "line": {"open": False}},
     {"kind": "line_closed_no_opening", "opens": None}),
    ("hand_off", ("fr", "customer_request"), 201, {"reference": ""}, {"kind": "unexpected", "reference": None}),
    ("hand_off", ("fr", "customer_request"), 409, {"error": "conflict"}, {"kind": "unexpected"}),
    ("forget_conversation", (), 202, {"forgotten_in_seconds": 10}, {"kind": "scheduled"}),
    ("hand_off", ("fr", "customer_request"), 429, {"error": "handoff_limit", "retry_after": 3600},
     {"kind": "line_only", "reference": None}),
    ("forget_conversation", (), 200, {}, {"kind": "unexpected"}),
    ("forget_conversation", (), 401, {"error": "session_required"}, {"kind": "session_required"}),
]


@pytest.mark.parametrize("call, args, status, answer, expected", OUTCOMES,
                         ids=[f"{c[0]}-{c[2]}-{c[4]['kind']}" for c in OUTCOMES])
async def test_answers_become_outcomes(fake_backend, call, args, status, answer, expected):
    url, behaviour, seen = fake_backend
    behaviour.update(mode="answer", answer=(status, answer))
    c = SupportClient(url, "t", timeout=2)
    outcome = await getattr(SupportApi("conv-1", "customer-token", client=c), call)(*args)
    await c.close()
    assert {name: getattr(outcome, name) for name in expected} == expected
    assert behaviour["body"]["conversation_id"] == "conv-1"
    assert seen[-1]["X-Customer-Session"] == "customer-token"


@pytest.mark.parametrize("mode", ["500", "garbage", "unauthorized"])
async def test_no_usable_answer_is_an_outcome_not_an_exception(fake_backend, mode):
    url, behaviour, _ = fake_backend
    behaviour["mode"] = mode
    c = SupportClient(url, "t", timeout=2)
    api = SupportApi("conv-1", "customer-token", client=c)
    outcomes = [await api.status(), await api.resend(), await api.switch_method("sms"),
                await api.identity(), await api.start_identity_check("jean@acme.fr"),
                await api.confirm_identity_check("123456"), await api.open_ticket("lost_phone"),
                await api.hand_off("fr", "other"), await api.forget_conversation()]
    await c.close()
    assert {o.kind for o in outcomes} == {"unavailable"}


async def test_arguments_reach_the_backend(fake_backend):
    url, behaviour, _ = fake_backend
    behaviour.update(mode="answer", answer=(201, {"reference": "H7K2QX"}))
    c = SupportClient(url, "t", timeout=2)
    await SupportApi("conv-2", None, client=c).hand_off("en", "not_understood")
    await c.close()
    assert behaviour["path"] == "/api/support/handoffs"
    assert behaviour["body"] == {"conversation_id": "conv-2", "language": "en", "reason": "not_understood"}


async def test_the_client_key_reaches_the_backend_with_a_handoff(fake_backend):
    """The chat channel's client key (bot/rasa_ext/client_key.py) goes with the handoff as
    `client`: the backend caps anonymous handoffs per client (thirty-sixth outsider check, 10)."""
    url, behaviour, _ = fake_backend
    behaviour.update(mode="answer", answer=(201, {"reference": "H7K2QX"}))
    c = SupportClient(url, "t", timeout=2)
    key = "0123456789abcdef" * 2
    await SupportApi("conv-3", None, client=c, client_key=key).hand_off("fr", "customer_request")
    assert behaviour["body"] == {"conversation_id": "conv-3", "language": "fr", "reason": "customer_request",
                                 "client": key}
    # only with a handoff: the other calls do not carry it
    await SupportApi("conv-3", "customer-token", client=c, client_key=key).resend()
    assert "client" not in behaviour["body"]
    # nothing implausible is forwarded (the backend would refuse it with a 400)
    for junk in ("", "k" * 65, 42):
        await SupportApi("conv-3", None, client=c, client_key=junk).hand_off("fr", "customer_request")
        assert "client" not in behaviour["body"]
    # past the client's cap: the phone line without a reference, as past the global one
    behaviour.update(answer=(429, {"error": "handoff_limit", "retry_after": 3600}))
    outcome = await SupportApi("conv-3", None, client=c, client_key=key).hand_off("fr", "customer_request")
    await c.close()
    assert (outcome.kind, outcome.reference) == ("line_only", None)


@pytest.mark.parametrize("metadata, expected", [
    ({"client_key": "a" * 32}, "a" * 32),
    ({"customData": {"client_key": "b" * 32, "locale": "fr"}}, "b" * 32),
    ({"locale": "fr"}, None),
    ({"client_key": "k" * 65}, None),
    ({"client_key": 42}, None),
    (None, None),
])
def test_the_actions_read_the_client_key_of_the_latest_message(metadata, expected):
    from rasa_sdk import Tracker

    from actions.common import client_key, support_api

    tracker = Tracker("conv-4", {}, {"text": "un conseiller", "metadata": metadata}, [], False, None, None, "")
    assert client_key(tracker) == expected
    assert support_api(tracker)._client_key == expected


async def test_an_anonymous_status_costs_no_call(fake_backend):
    """Without a widget token the backend identifies nobody: the client answers "anonymous"
    itself, and the anonymous FAQ turn's personal line needs no round trip."""
    url, behaviour, seen = fake_backend
    behaviour.update(mode="answer", answer=(200, {"known": True}))
    c = SupportClient(url, "t", timeout=2)
    outcome = await SupportApi("conv-1", None, client=c).status()
    await c.close()
    assert outcome.kind == "anonymous" and outcome.facts == {"known": False}
    assert seen == []
