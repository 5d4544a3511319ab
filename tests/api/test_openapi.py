"""/openapi.json: a valid OpenAPI 3.0 document, listing exactly the routes the app serves,
whose documented response schemas match real answers."""

from __future__ import annotations

import copy

import pytest
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from openapi_spec_validator import openapi_v30_spec_validator, validate_spec

from bot.api import create_app
from bot.api.openapi import document
from tests.api._kit import add_agent, agent_call, pending_secret, support_call, totp_code
from tests.helpers import last_email_code, last_sms_code, make_user, utc

T0 = utc(2024, 6, 3, 8, 0, 15)


async def _doc(lb) -> dict:
    async with lb.http.get(f"{lb.url}/openapi.json") as r:
        assert r.status == 200 and r.content_type == "application/json"
        return await r.json()


def app_routes(app) -> set[tuple[str, str]]:
    out = set()
    for route in app.router.routes():
        if route.method in ("HEAD", "OPTIONS", "*"):
            continue
        info = route.resource.get_info() if route.resource is not None else {}
        path = info.get("path") or info.get("formatter")
        if not path or "prefix" in info:  # static files
            continue
        if not (path.startswith("/api/") or path in ("/healthz", "/openapi.json")):
            continue  # web pages
        out.add((route.method.lower(), path))
    return out


def test_the_yaml_only_section_is_not_served_and_each_call_gets_a_copy():
    """bot/api/openapi.yml names its shared pieces under `x-shared` (YAML anchors): the served
    document has them in place, not that section; changing one answer changes no other."""
    doc = document()
    assert "x-shared" not in doc
    refused = doc["paths"]["/api/portal/login"]["post"]["responses"]["401"]
    assert refused["content"]["application/json"]["schema"]["required"] == ["error", "message"]
    doc["paths"].clear()
    assert document()["paths"]


async def test_document_is_valid_openapi_30(live_backend):
    doc = await _doc(live_backend)
    assert doc["openapi"].startswith("3.0")
    validate_spec(copy.deepcopy(doc), validator=openapi_v30_spec_validator)


async def test_document_is_invalid_when_broken(live_backend):
    """The validator used above does catch mistakes (so the test above can fail)."""
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    doc = await _doc(live_backend)
    broken = copy.deepcopy(doc)
    broken["paths"]["/api/agent/handoffs/{reference}"]["get"].pop("parameters")
    with pytest.raises(OpenAPIValidationError):
        validate_spec(broken, validator=openapi_v30_spec_validator)


async def test_document_lists_exactly_the_app_routes(live_backend):
    doc = await _doc(live_backend)
    documented = {(method, path) for path, ops in doc["paths"].items() for method in ops
                  if method in ("get", "post", "put", "patch", "delete")}
    served = app_routes(create_app(live_backend.ctx))
    assert served, "no routes found"
    assert documented == served, {"undocumented": served - documented, "not served": documented - served}


def _validator(doc, path, method, status):
    responses = doc["paths"][path][method]["responses"]
    assert str(status) in responses, f"{method.upper()} {path} answered {status}, not documented"
    content = responses[str(status)].get("content")
    if content is None:
        return None
    return OAS30Validator(content["application/json"]["schema"], format_checker=oas30_format_checker)


class Checker:
    def __init__(self, doc):
        self.doc = doc
        self.checked = []

    def __call__(self, path, method, status, body):
        v = _validator(self.doc, path, method, status)
        if v is not None:
            v.validate(body)
        self.checked.append((method, path, status))


async def test_real_answers_match_their_schemas(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    doc = await _doc(live_backend)
    check = Checker(doc)
    make_user(ctx, "s@x.io", state="sms")
    make_user(ctx, "e@x.io", state="expired")
    make_user(ctx, "a@x.io", state="app")
    add_agent(ctx)

    b = browser()
    st, view = await b.call("POST", "/api/portal/login", {"email": "s@x.io", "password": "nope"})
    check("/api/portal/login", "post", st, view)
    st, view = await b.login("s@x.io")
    check("/api/portal/login", "post", st, view)
    st, body = await b.resend()
    check("/api/portal/resend", "post", st, body)
    st, body = await b.verify("000000" if last_sms_code(ctx) != "000000" else "111111")
    check("/api/portal/verify", "post", st, body)
    st, body = await b.verify("000000")
    check("/api/portal/verify", "post", st, body)  # 429 too_soon
    clock.shift(seconds=61)
    st, body = await b.resend()
    check("/api/portal/resend", "post", st, body)
    st, view = await b.me()
    check("/api/portal/me", "get", st, view)
    tok = await b.widget_token()
    st, body = await b.call("GET", "/api/portal/widget-token")
    check("/api/portal/widget-token", "get", st, body)
    for route, payload in (("status", {"conversation_id": "c1"}), ("identity", {"conversation_id": "c1"}),
                           ("switch-method", {"conversation_id": "c1", "method": "totp"}),
                           ("resend", {"conversation_id": "c1"})):
        st, body = await support_call(live_backend, route, payload, tok)
        check(f"/api/support/{route}", "post", st, body)
    st, body = await support_call(live_backend, "status", {"conversation_id": "c1"})
    check("/api/support/status", "post", st, body)
    st, body = await b.verify(last_sms_code(ctx))
    clock.shift(seconds=2)
    st, view = await b.verify(last_sms_code(ctx), remember=True)
    check("/api/portal/verify", "post", st, view)
    st, body = await b.call("POST", "/api/portal/tickets", {"reason": "lost_phone"})
    check("/api/portal/tickets", "post", st, body)
    st, body = await b.call("GET", "/api/portal/tickets")
    check("/api/portal/tickets", "get", st, body)

    # enrollment view with a QR code, then the choose stage
    be = browser()
    st, view = await be.login("e@x.io")
    check("/api/portal/login", "post", st, view)
    st, view = await be.enroll("totp")
    check("/api/portal/enroll", "post", st, view)
    st, view = await be.switch("sms")
    check("/api/portal/switch-method", "post", st, view)
    st, body = await be.enroll("sms", "+33 8 99 23 45 67")
    check("/api/portal/enroll", "post", st, body)
    st, body = await be.postpone()
    check("/api/portal/postpone", "post", st, body)
    st, body = await be.switch("totp")
    secret = pending_secret(ctx, "e@x.io")
    st, view = await be.verify(totp_code(secret, clock.now))
    check("/api/portal/verify", "post", st, view)

    # support: identity by email (in a chat opened from the portal: password + email code), tickets, handoffs
    ba = browser()
    await ba.login("a@x.io")
    tok_a = await ba.widget_token()
    st, body = await support_call(live_backend, "identity/start", {"conversation_id": "c2", "email": "a@x.io"}, tok_a)
    check("/api/support/identity/start", "post", st, body)
    await ctx.drain()
    st, body = await support_call(live_backend, "identity/confirm", {"conversation_id": "c2", "code": "12"}, tok_a)
    check("/api/support/identity/confirm", "post", st, body)
    st, body = await support_call(live_backend, "tickets", {"conversation_id": "c2", "reason": "lost_phone"}, tok_a)
    check("/api/support/tickets", "post", st, body)  # 403 identity_required, missing email_code
    st, body = await support_call(live_backend, "identity/confirm",
                                  {"conversation_id": "c2", "code": last_email_code(ctx, "a@x.io")}, tok_a)
    check("/api/support/identity/confirm", "post", st, body)
    st, body = await support_call(live_backend, "identity", {"conversation_id": "c2"}, tok_a)
    check("/api/support/identity", "post", st, body)
    st, body = await support_call(live_backend, "tickets", {"conversation_id": "c2", "reason": "lost_phone"}, tok_a)
    check("/api/support/tickets", "post", st, body)
    number = body["ticket"]["number"]
    st, body = await support_call(live_backend, "handoffs", {"conversation_id": "c2", "language": "fr"}, tok_a)
    check("/api/support/handoffs", "post", st, body)
    ref = body["reference"]
    st, body = await support_call(live_backend, "handoffs/withdraw", {"conversation_id": "c2"}, tok_a)
    check("/api/support/handoffs/withdraw", "post", st, body)  # an agent has not taken it: withdrawn
    st, body = await support_call(live_backend, "handoffs", {"conversation_id": "c2", "language": "fr"}, tok_a)
    ref = body["reference"]
    st, body = await support_call(live_backend, "identity/confirm", {"conversation_id": "zz", "code": "123456"})
    check("/api/support/identity/confirm", "post", st, body)

    # agent
    st, body = await agent_call(live_backend, "GET", "/api/agent/handoffs")
    check("/api/agent/handoffs", "get", st, body)
    st, body = await agent_call(live_backend, "GET", f"/api/agent/handoffs/{ref}")
    check("/api/agent/handoffs/{reference}", "get", st, body)
    st, body = await agent_call(live_backend, "POST", f"/api/agent/handoffs/{ref}/take")
    check("/api/agent/handoffs/{reference}/take", "post", st, body)
    st, body = await agent_call(live_backend, "POST", f"/api/agent/handoffs/{ref}/close")
    check("/api/agent/handoffs/{reference}/close", "post", st, body)
    st, body = await agent_call(live_backend, "POST", f"/api/agent/handoffs/{ref}/close")
    check("/api/agent/handoffs/{reference}/close", "post", st, body)
    st, body = await agent_call(live_backend, "POST", f"/api/agent/tickets/{number}/refuse", {"reason": ""})
    check("/api/agent/tickets/{number}/refuse", "post", st, body)
    st, body = await agent_call(live_backend, "POST", f"/api/agent/tickets/{number}/complete")
    check("/api/agent/tickets/{number}/complete", "post", st, body)
    st, body = await agent_call(live_backend, "POST", "/api/agent/accounts/unlock", {"email": "a@x.io", "caller_check": "confirmed_by_email"})
    check("/api/agent/accounts/unlock", "post", st, body)
    st, body = await agent_call(live_backend, "POST", "/api/agent/accounts/unlock", {"email": "zz@x.io"})
    check("/api/agent/accounts/unlock", "post", st, body)
    st, body = await agent_call(live_backend, "POST", "/api/agent/accounts/unlock",
                                {"email": "zz@x.io", "caller_check": "confirmed_by_email"})
    check("/api/agent/accounts/unlock", "post", st, body)
    st, body = await agent_call(live_backend, "GET", "/api/agent/handoffs", token=None)
    check("/api/agent/handoffs", "get", st, body)
    st, body = await agent_call(live_backend, "POST", "/api/agent/login", {"username": "alice", "password": "x"},
                                token=None)
    check("/api/agent/login", "post", st, body)

    # ops
    async with live_backend.http.get(f"{live_backend.url}/healthz") as r:
        check("/healthz", "get", r.status, await r.json())
    async with live_backend.http.get(f"{live_backend.url}/api/demo/outbox") as r:
        check("/api/demo/outbox", "get", r.status, await r.json())
    st, body = await b.logout()
    check("/api/portal/logout", "post", st, body)
    assert len(check.checked) >= 40


async def test_schema_check_can_fail(live_backend):
    doc = await _doc(live_backend)
    v = _validator(doc, "/api/portal/me", "get", 200)
    with pytest.raises(Exception):
        v.validate({"stage": "nowhere", "enrolled": "yes", "can_postpone": False, "locked": False})
