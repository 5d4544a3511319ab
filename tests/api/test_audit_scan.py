"""After a full journey, no code, secret, token or full phone number is in the audit log,
tickets, handoffs, notification emails or log lines."""

from __future__ import annotations

import json
import logging
import re

from sqlalchemy import select

from bot.models import AuditEvent, Handoff, Ticket
from tests.api._kit import agent_call, pending_secret, support_call, totp_code
from tests.helpers import last_email_code, last_sms_code, make_user, outbox, utc

T0 = utc(2024, 6, 3, 8, 0, 15)
NEW_PHONE = "+33698765432"
OLD_PHONE = "+33612345678"


def _phone_forms(e164: str) -> list[str]:
    national = "0" + e164[3:]
    return [e164, e164[1:], national, e164[3:], " ".join([national[i:i + 2] for i in range(0, 10, 2)])]


async def test_full_journey_leaves_no_secret_behind(live_backend, clock, browser, caplog):
    caplog.set_level(logging.DEBUG)
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "j@x.io")
    make_user(ctx, "old@x.io", state="sms")
    secrets_seen: list[str] = []

    # first login, "Oui", log in again, SMS enrollment on a new number
    b = browser()
    await b.login("j@x.io")
    await b.accept()
    await b.login("j@x.io")
    secrets_seen.append(b.cookies["m2m_session"])
    await b.enroll("totp")
    secrets_seen.append(pending_secret(ctx, "j@x.io"))  # abandoned TOTP secret
    await b.switch("sms")
    await b.enroll("sms", "06 98 76 54 32")
    code = last_sms_code(ctx, NEW_PHONE)
    secrets_seen.append(code)
    st, body = await b.verify(f"{(int(code) + 1) % 10 ** 6:06d}")  # one wrong code
    clock.shift(seconds=1)
    st, view = await b.verify(code, remember=True)
    assert st == 200 and view["method"] == "sms"
    secrets_seen.append(b.device)

    # the assistant: status, resend on another login, identity by email, ticket, handoff
    b2 = browser()
    await b2.login("j@x.io")
    tok = await b2.widget_token()
    secrets_seen.append(tok)
    secrets_seen.append(b2.cookies["m2m_session"])
    await support_call(live_backend, "status", {"conversation_id": "conv-j"}, tok)
    clock.shift(seconds=61)
    st, _ = await support_call(live_backend, "resend", {"conversation_id": "conv-j"}, tok)
    assert st == 200
    secrets_seen.append(last_sms_code(ctx, NEW_PHONE))
    # the portal password (widget session) and the emailed code: enough for a reset ticket
    await support_call(live_backend, "identity/start", {"conversation_id": "conv-mail", "email": "j@x.io"}, tok)
    await ctx.drain()
    email_code = last_email_code(ctx, "j@x.io")
    secrets_seen.append(email_code)
    await support_call(live_backend, "identity/confirm", {"conversation_id": "conv-mail", "code": email_code}, tok)
    st, t = await support_call(live_backend, "tickets", {"conversation_id": "conv-mail", "reason": "changed_number"},
                               tok)
    assert st == 201
    st, h = await support_call(live_backend, "handoffs", {"conversation_id": "conv-j", "language": "fr",
                                                          "reason": "phone_changed"}, tok)
    # the agent resets; the customer enrolls the app
    await agent_call(live_backend, "POST", f"/api/agent/tickets/{t['ticket']['number']}/complete")
    b3 = browser()
    await b3.login("j@x.io")
    await b3.enroll("totp")
    secret = pending_secret(ctx, "j@x.io")
    secrets_seen.append(secret)
    clock.shift(seconds=30)
    app_code = totp_code(secret, clock.now)
    secrets_seen.append(app_code)
    st, view = await b3.verify(app_code)
    assert st == 200 and view["method"] == "totp"
    # another account's login SMS, and a lock notification path
    await browser().login("old@x.io")
    secrets_seen.append(last_sms_code(ctx, OLD_PHONE))
    await ctx.drain()

    secrets_seen = [s for s in secrets_seen if s]
    forbidden = secrets_seen + _phone_forms(NEW_PHONE) + _phone_forms(OLD_PHONE) + [
        live_backend.settings.signing_key, live_backend.settings.support_token, live_backend.settings.agent_token,
        "otpauth"]

    with ctx.db.session() as s:
        details = [e.detail for e in s.execute(select(AuditEvent)).scalars()]
        tickets = [json.dumps({c.name: str(getattr(t, c.name)) for c in Ticket.__table__.columns})
                   for t in s.execute(select(Ticket)).scalars()]
        handoffs = [json.dumps({c.name: str(getattr(x, c.name)) for c in Handoff.__table__.columns})
                    for x in s.execute(select(Handoff)).scalars()]
    assert len(details) > 15 and tickets and handoffs
    for where, texts in (("audit", details), ("tickets", tickets), ("handoffs", handoffs)):
        for text in texts:
            for secret in forbidden:
                assert secret not in text, (where, secret, text)
            assert not re.search(r"\+\d{8,}", text), (where, text)
    for d in details:
        json.loads(d)  # valid JSON, allowlisted keys only
    # notification emails: no phone number, no code except the identity code email itself
    for m in outbox(ctx, "email"):
        for secret in forbidden:
            if secret == email_code and "vérification" in m.subject:
                continue
            assert secret not in m.body and secret not in m.subject, (m.subject, secret)
    # log lines of the backend
    for rec in caplog.records:
        msg = rec.getMessage()
        for secret in forbidden:
            assert secret not in msg, (rec.name, msg[:200])


async def test_audit_detail_is_allowlisted(live_backend):
    """The audit writer drops keys outside its allowlist, whatever a caller passes."""
    from bot.rules import audit

    with live_backend.ctx.db.session() as s:
        audit.record(s, None, "test", "probe", code="123456", secret="S3CR3T", phone="+33612345678",
                     token="tok", masked_phone="+33 6••••••78", reason="ok")
    with live_backend.ctx.db.session() as s:
        ev = s.execute(select(AuditEvent).where(AuditEvent.event == "probe")).scalar_one()
    assert json.loads(ev.detail) == {"masked_phone": "+33 6••••••78", "reason": "ok"}
