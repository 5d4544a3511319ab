"""Agent API (the support console): authentication, handoff list and lookup, completing or
refusing a reset ticket, unlocking an account."""

from __future__ import annotations

import json
import jwt
import pytest
from sqlalchemy import select

from bot.models import AuditEvent, Challenge, RememberedDevice, Ticket
from tests.api._kit import (agent_cookie, cookie_call, AGENT_PASSWORD, AGENT_USER, SECRET, add_agent, agent_call, portal_and_email_code, support_call,
                            totp_code, user_row)
from tests.helpers import last_email_code, last_sms_code, make_user, outbox, utc

T0 = utc(2024, 6, 3, 8, 0, 15)

AGENT_ROUTES = [
    ("GET", "/api/agent/handoffs"),
    ("GET", "/api/agent/handoffs/ACDEFG"),
    ("POST", "/api/agent/handoffs/ACDEFG/take"),
    ("POST", "/api/agent/handoffs/ACDEFG/close"),
    ("GET", "/api/agent/tickets"),
    ("GET", "/api/agent/tickets/T-ACDEFG"),
    ("GET", "/api/agent/handoffs?view=queue"),
    ("GET", "/api/agent/handoffs?email=locked@x.io"),
    ("POST", "/api/agent/tickets/T-ACDEFG/complete"),
    ("POST", "/api/agent/tickets/T-ACDEFG/refuse"),
    ("POST", "/api/agent/accounts/unlock"),
]


@pytest.mark.parametrize("method,path", AGENT_ROUTES)
async def test_agent_auth_required(live_backend, clock, method, path):
    clock.set(T0)
    make_user(live_backend.ctx, "locked@x.io", state="locked")
    body = {"email": "locked@x.io", "reason": "x"}
    s = live_backend.settings
    for token in (None, "", "nope", s.support_token, s.agent_token + "x"):
        st, resp = await agent_call(live_backend, method, path, body, token=token)
        assert st == 401 and resp["error"] == "unauthorized"
    now = int(T0.timestamp())
    forged = jwt.encode({"sub": "mallory", "aud": "m2m-agent", "exp": now + 3600}, "guess", algorithm="HS256")
    customer_like = jwt.encode({"sub": "mallory", "aud": "m2m-support", "exp": now + 3600}, s.signing_key,
                               algorithm="HS256")
    expired = jwt.encode({"sub": "alice", "aud": "m2m-agent", "exp": now}, s.signing_key, algorithm="HS256")
    no_exp = jwt.encode({"sub": "alice", "aud": "m2m-agent"}, s.signing_key, algorithm="HS256")
    for cookie in (forged, customer_like, expired, no_exp, "garbage"):
        st, resp = await cookie_call(live_backend, method, path, cookie, body)
        assert st == 401, cookie
    assert user_row(live_backend.ctx, "locked@x.io").locked_at is not None


async def test_agent_login_cookie_works_and_expires(live_backend, clock):
    clock.set(T0)
    add_agent(live_backend.ctx)
    st, body = await agent_call(live_backend, "POST", "/api/agent/login", {"username": AGENT_USER, "password": "bad"},
                                token=None)
    assert st == 401 and body["error"] == "invalid_credentials"
    st, body = await agent_call(live_backend, "POST", "/api/agent/login", {"username": "nobody", "password": "bad"},
                                token=None)
    assert st == 401 and body["error"] == "invalid_credentials"
    st, body = await agent_call(live_backend, "POST", "/api/agent/login", {"username": ["x"], "password": 1},
                                token=None)
    assert st == 400
    cookie = await agent_cookie(live_backend)
    st, body = await cookie_call(live_backend, "GET", "/api/agent/handoffs", cookie)
    assert st == 200 and body == {"handoffs": []}
    clock.shift(hours=8)
    st, body = await cookie_call(live_backend, "GET", "/api/agent/handoffs", cookie)
    assert st == 401


async def test_handoffs_newest_first_and_lookup(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "h@x.io", state="sms")
    refs = []
    for i in range(3):
        st, body = await support_call(live_backend, "handoffs", {"conversation_id": f"c{i}", "language": "fr"})
        refs.append(body["reference"])
        clock.shift(minutes=1)
    b = browser()
    await b.login("h@x.io")
    tok = await b.widget_token()
    # the password (widget session) and the emailed code: enough for a reset ticket
    await support_call(live_backend, "identity/start", {"conversation_id": "c9"}, tok)
    await ctx.drain()
    await support_call(live_backend, "identity/confirm", {"conversation_id": "c9", "code": last_email_code(ctx, "h@x.io")},
                       tok)
    st, t = await support_call(live_backend, "tickets", {"conversation_id": "c9", "reason": "lost_phone"}, tok)
    st, body = await support_call(live_backend, "handoffs", {"conversation_id": "c9", "language": "en"}, tok)
    refs.append(body["reference"])
    st, body = await agent_call(live_backend, "GET", "/api/agent/handoffs")
    assert st == 200
    assert [h["reference"] for h in body["handoffs"]] == list(reversed(refs))
    newest = body["handoffs"][0]
    assert newest["identity_status"] == "password+email_code" and newest["ticket"]["number"] == t["ticket"]["number"]
    assert newest["customer"]["email"] == "h•••@x.io" and newest["customer"]["masked_phone"].endswith("78")
    assert "+33612345678" not in str(body)
    st, body = await agent_call(live_backend, "GET", "/api/agent/handoffs?limit=2")
    assert len(body["handoffs"]) == 2
    # out of range is refused like a word, never clamped (thirty-fourth outsider check)
    for bad in ("abc", "-1", "0", "201"):
        st, body = await agent_call(live_backend, "GET", f"/api/agent/handoffs?limit={bad}")
        assert st == 400 and body["error"] == "invalid_limit" and "1 to 200" in body["message"], bad

    ref = refs[-1]
    spaced = " " + ref[:3].lower() + " " + ref[3:].lower() + " "
    for variant in (ref, ref.lower(), spaced, ref[:3] + "-" + ref[3:]):
        st, body = await agent_call(live_backend, "GET", f"/api/agent/handoffs/{variant}")
        assert st == 200 and body["reference"] == ref, variant
        assert body["conversation_id"] == "c9" and body["transcript"] is None and body["transcript_error"]
    st, body = await agent_call(live_backend, "GET", "/api/agent/handoffs/ZZZZZZ")
    assert st == 404
    st, body = await agent_call(live_backend, "GET", "/api/agent/handoffs/%C3%A9%C3%A9%C3%A9%C3%A9")
    assert st == 400
    # take and close
    st, body = await agent_call(live_backend, "POST", f"/api/agent/handoffs/{ref.lower()}/take")
    assert st == 200 and body["status"] == "taken" and body["taken_by"] == "api"
    taken_at = body["taken_at"]
    # a double click takes nothing twice: the same handoff, its time unchanged, no 409 about
    # oneself (forty-second outsider check, F10)
    clock.shift(seconds=30)
    st, again = await agent_call(live_backend, "POST", f"/api/agent/handoffs/{ref}/take")
    assert st == 200 and again["taken_by"] == "api" and again["taken_at"] == taken_at
    st, body = await agent_call(live_backend, "POST", f"/api/agent/handoffs/{ref}/close",
                                {"outcome": "solved_on_phone"})
    assert st == 200 and body["status"] == "closed"
    st, body = await agent_call(live_backend, "POST", f"/api/agent/handoffs/{ref}/take")
    assert st == 409


async def test_complete_ticket_resets_2fa(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "r@x.io", state="app")
    b = browser()
    await b.login("r@x.io")
    await b.verify(totp_code(SECRET, T0), remember=True)
    # lock the account too: the reset lifts it
    from tests.api._kit import set_user
    set_user(ctx, "r@x.io", failed_attempts=10, locked_at=T0, phone="+33612345678")
    b2 = browser()
    st, view = await b2.login("r@x.io")
    assert view["stage"] == "locked"
    # the ticket comes from the session that passed the second factor (password+2fa)
    st, body = await b.call("POST", "/api/portal/tickets", {"reason": "lost_phone"})
    number = body["ticket"]["number"]
    version = user_row(ctx, "r@x.io").factor_version
    add_agent(ctx)
    cookie = await agent_cookie(live_backend)
    # the ticket page says what a completion removes: the app here, "no method" after it
    st, page = await cookie_call(live_backend, "GET", f"/api/agent/tickets/{number}", cookie)
    assert st == 200 and page["customer"]["method"] == "totp"
    st, body = await cookie_call(live_backend, "POST", f"/api/agent/tickets/{number}/complete", cookie)
    assert st == 200 and body == {"number": number, "status": "completed", "handoffs_closed": []}
    u = user_row(ctx, "r@x.io")
    assert u.method is None and u.totp_secret is None and u.phone is None and u.totp_last_step == -1
    assert u.locked_at is None and u.failed_attempts == 0 and u.factor_version == version + 1
    assert u.enroll_requested
    with ctx.db.session() as s:
        assert all(d.revoked_at for d in s.execute(select(RememberedDevice)).scalars())
        assert all(c.completed_at or c.cancelled_at for c in s.execute(select(Challenge)).scalars())
        ev = s.execute(select(AuditEvent).where(AuditEvent.event == "reset_completed")).scalar_one()
        assert ev.actor == f"agent:{AGENT_USER}"
    mails = [m for m in outbox(ctx, "email", "r@x.io") if "réinitialisée" in m.subject]
    assert len(mails) == 1 and number in mails[0].body
    st, page = await cookie_call(live_backend, "GET", f"/api/agent/tickets/{number}", cookie)
    assert page["customer"]["method"] is None
    st, body = await agent_call(live_backend, "POST", f"/api/agent/tickets/{number}/complete")
    assert st == 409 and body["error"] == "ticket_closed"
    st, view = await browser().login("r@x.io")
    assert view["stage"] == "choose"
    # the reset signed every open portal session out
    assert (await b.call("GET", "/api/portal/tickets"))[0] == 401 and (await b2.me())[0] == 401
    with ctx.db.session() as s:
        assert s.execute(select(Ticket.status).where(Ticket.number == number)).scalar_one() == "completed"


async def test_refuse_ticket_with_reason(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "f@x.io", state="sms")
    b = browser()
    await b.login("f@x.io")
    await b.verify(last_sms_code(ctx))  # past the second factor: a reset ticket may be opened
    st, body = await b.call("POST", "/api/portal/tickets", {"reason": "changed_number"})
    number = body["ticket"]["number"]
    for bad in (None, "", "   ", "x" * 501, 42):
        st, body = await agent_call(live_backend, "POST", f"/api/agent/tickets/{number}/refuse", {"reason": bad})
        assert st == 400 and body["error"] == "invalid_reason"
    st, body = await agent_call(live_backend, "POST", f"/api/agent/tickets/{number.lower()}/refuse",
                                {"reason": "  Could not confirm the owner.  "})
    assert st == 200 and body == {"number": number, "status": "refused", "handoffs_closed": []}
    u = user_row(ctx, "f@x.io")
    assert u.method == "sms" and u.phone == "+33612345678"
    mails = [m for m in outbox(ctx, "email", "f@x.io") if "refusée" in m.subject]
    assert len(mails) == 1 and "Could not confirm the owner." in mails[0].body
    st, body = await agent_call(live_backend, "POST", f"/api/agent/tickets/{number}/complete")
    assert st == 409
    st, body = await agent_call(live_backend, "POST", "/api/agent/tickets/T-NOPE42/complete")
    assert st == 404
    st, body = await agent_call(live_backend, "POST", f"/api/agent/tickets/{'T' * 40}/complete")
    assert st == 400


async def test_unlock(live_backend, clock, browser):
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "u@x.io", state="locked")
    checked = {"caller_check": "called_back_on_file"}
    st, body = await agent_call(live_backend, "POST", "/api/agent/accounts/unlock", {"email": "nobody@x.io", **checked})
    assert st == 404
    # forty-first outsider check, F10: a list is a malformed request, not an unknown address
    st, body = await agent_call(live_backend, "POST", "/api/agent/accounts/unlock", {"email": ["u@x.io"], **checked})
    assert st == 400 and body["error"] == "invalid_request" and "string" in body["message"]
    # twelfth outsider check, finding 10: no unlock without saying how the caller was checked
    for unchecked in ({}, {"caller_check": ""}, {"caller_check": "trust_me"}, {"caller_check": ["called_back_on_file"]}):
        st, body = await agent_call(live_backend, "POST", "/api/agent/accounts/unlock", {"email": "u@x.io", **unchecked})
        assert st == 400 and body["error"] == "invalid_caller_check", unchecked
        assert body["allowed"] == ["called_back_on_file", "confirmed_by_email"]
    assert user_row(ctx, "u@x.io").locked_at is not None and not outbox(ctx, "email", "u@x.io")
    st, body = await agent_call(live_backend, "POST", "/api/agent/accounts/unlock", {"email": " U@X.IO ", **checked})
    assert st == 200 and body == {"unlocked": True}
    with ctx.db.session() as s:
        entry = s.execute(select(AuditEvent).where(AuditEvent.event == "unlocked")).scalar_one()
        assert json.loads(entry.detail) == {"via": "called_back_on_file"} and entry.actor.startswith("agent:")
    u = user_row(ctx, "u@x.io")
    assert u.locked_at is None and u.failed_attempts == 0 and u.method == "sms"
    st, view = await browser().login("u@x.io")
    assert view["stage"] == "second_factor"
    # tenth outsider check: the owner hears of it (and can say it was not them)
    mails = [m for m in outbox(ctx, "email", "u@x.io") if "déverrouillé" in m.subject]
    assert len(mails) == 1 and "+33" in mails[0].body
    # and an account that is not locked is not "unlocked": the agent learns it is something else
    st, body = await agent_call(live_backend, "POST", "/api/agent/accounts/unlock", {"email": "u@x.io", **checked})
    assert st == 409 and body["error"] == "not_locked"
    assert len([m for m in outbox(ctx, "email", "u@x.io") if "déverrouillé" in m.subject]) == 1


def test_transcript_shows_the_button_the_customer_clicked_not_its_payload():
    """A click reaches Rasa as "/deny"; the agent must read “Non merci”, the title the
    customer saw, and what the assistant offered. The latest offer of a payload wins."""
    from bot.api.agent import transcript_lines

    events = [
        {"event": "user", "text": "/greet", "timestamp": 1.0},
        {"event": "bot", "text": "Voulez-vous que je le renvoie ?", "timestamp": 2.0,
         "data": {"buttons": [{"title": "Oui, renvoyer le code", "payload": "/affirm"},
                              {"title": "Non merci", "payload": "/deny"}]}},
        {"event": "user", "text": "/deny", "timestamp": 3.0},
        {"event": "bot", "text": "Ouvrir le ticket ?", "timestamp": 4.0,
         "data": {"buttons": [{"title": "Oui, ouvrir le ticket", "payload": "/affirm"}]}},
        {"event": "bot", "text": "D'accord.", "timestamp": 4.5, "data": {}},
        {"event": "user", "text": "/affirm", "timestamp": 5.0},
        {"event": "user", "text": "/affirm typed by hand", "timestamp": 6.0},
        {"event": "action", "name": "action_listen"},
    ]
    lines = transcript_lines(events)
    assert [(l["from"], l.get("button")) for l in lines] == [
        ("customer", None), ("assistant", None), ("customer", "Non merci"),
        ("assistant", None), ("assistant", None), ("customer", "Oui, ouvrir le ticket"), ("customer", None)]
    assert lines[1]["buttons"] == ["Oui, renvoyer le code", "Non merci"]
    assert "buttons" not in lines[4]
    assert lines[2]["text"] == "/deny"  # the raw payload stays for whoever needs it


def test_a_message_entered_again_by_the_assistant_is_listed_once():
    """Thirteenth outsider check: a "yes" the fallback reverted and entered again as the
    offer's answer (actions/fallback.py as_clicked) showed twice in the console. A reverted
    message the customer followed with another one stays: they did write it."""
    from bot.api.agent import transcript_lines

    events = [
        {"event": "bot", "text": "Je peux l'ouvrir pour vous.", "timestamp": 1.0, "data": {}},
        {"event": "user", "text": "oui", "timestamp": 2.0},
        {"event": "action", "name": "action_fallback"},
        {"event": "rewind"},
        {"event": "action", "name": "utter_offer"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "oui", "timestamp": 2.1},
        {"event": "bot", "text": "Quelle est la raison ?", "timestamp": 3.0, "data": {}},
        {"event": "user", "text": "bof", "timestamp": 4.0},
        {"event": "bot", "text": "Je n'ai pas compris.", "timestamp": 5.0, "data": {}},
        {"event": "rewind"},
        {"event": "user", "text": "j'ai perdu mon téléphone", "timestamp": 6.0},
    ]
    said = [l["text"] for l in transcript_lines(events) if l["from"] == "customer"]
    assert said == ["oui", "bof", "j'ai perdu mon téléphone"]


def test_a_second_password_typed_after_a_reverted_one_is_listed_with_its_warning():
    """Fifty-first outside check, F12: a password typed at the identity check's question, the
    message reverted by the form, then a second password after the assistant's answer: both
    are stored as the same mask, and the second was taken for the first entered again, so it
    and its warning were missing from the agent's transcript."""
    from bot.api.agent import transcript_lines
    from bot.rasa_ext import replies
    from bot.rasa_ext.scrub import SECRET_MASK

    events = [
        {"event": "slot", "name": "language", "value": "fr"},
        {"event": "user", "text": SECRET_MASK, "timestamp": 1.0},
        {"event": "rewind"},
        {"event": "bot", "text": "Quelle est l'adresse email de votre compte ?", "timestamp": 2.0, "data": {}},
        {"event": "user", "text": SECRET_MASK, "timestamp": 3.0},
        {"event": "rewind"},
        {"event": "bot", "text": "Quelle est l'adresse email de votre compte ?", "timestamp": 4.0, "data": {}},
    ]
    lines = transcript_lines(events)
    note = replies.say(replies.PASSWORD_NOTE, "fr")
    assert [(l["from"], l["text"]) for l in lines] == [
        ("customer", SECRET_MASK), ("assistant", note), ("assistant", "Quelle est l'adresse email de votre compte ?"),
        ("customer", SECRET_MASK), ("assistant", note), ("assistant", "Quelle est l'adresse email de votre compte ?")]


@pytest.mark.parametrize("decision", ["complete", "refuse"])
async def test_the_decision_on_a_request_is_emailed_in_the_chats_language(live_backend, clock, browser, decision):
    """Ninth outsider check: a reset request opened in an English chat was completed with a
    French email (the account's language); the request's confirmation had come in English."""
    clock.set(T0)
    ctx = live_backend.ctx
    make_user(ctx, "lang@x.io", state="sms")
    _, tok = await portal_and_email_code(live_backend, browser, "lang@x.io", "c-en")
    st, t = await support_call(live_backend, "tickets",
                               {"conversation_id": "c-en", "reason": "lost_phone", "language": "en"}, tok)
    assert st == 201
    number = t["ticket"]["number"]
    body = {"reason": "We could not confirm it was you."} if decision == "refuse" else None
    st, _ = await agent_call(live_backend, "POST", f"/api/agent/tickets/{number}/{decision}", body)
    assert st == 200
    await ctx.drain()
    last = outbox(ctx, "email", "lang@x.io")[-1]
    wanted = "Two-factor authentication reset" if decision == "complete" else f"Request {number} refused"
    assert last.subject == wanted


def test_the_password_warning_the_channel_sent_is_in_the_transcript():
    """Fifteenth outsider check, finding 10: the channel's « ne tapez jamais votre mot de passe…
    changez-le » is not a tracker event, so the agent never saw that the customer was told to
    change it. It comes right after the customer's message, before the answer, as the channel
    sends it (sixteenth outsider check, item 5), in the conversation's language, once."""
    from bot.api.agent import transcript_lines
    from bot.rasa_ext import replies
    from bot.rasa_ext.scrub import SECRET_MASK

    events = [
        {"event": "slot", "name": "language", "value": "fr"},
        {"event": "user", "text": f"je veux un conseiller, mon mdp c'est {SECRET_MASK}", "timestamp": 1.0},
        {"event": "bot", "text": "Un conseiller peut reprendre : référence ABC123.", "timestamp": 2.0, "data": {}},
        {"event": "user", "text": "merci", "timestamp": 3.0},
        {"event": "bot", "text": "Avec plaisir.", "timestamp": 4.0, "data": {}},
        {"event": "user", "text": f"et en anglais {SECRET_MASK}", "timestamp": 5.0},
    ]
    lines = transcript_lines(events)
    note = replies.say(replies.PASSWORD_NOTE, "fr")
    assert [(l["from"], l["text"] == note) for l in lines] == [
        ("customer", False), ("assistant", True), ("assistant", False), ("customer", False),
        ("assistant", False), ("customer", False), ("assistant", True)]
    assert lines[1]["note"] is True and lines[1]["at"] == 1.0
    # a code (6 dots) or an email is not a password: no note
    plain = transcript_lines([{"event": "user", "text": "mon code ••••••", "timestamp": 1.0}])
    assert [l["from"] for l in plain] == ["customer"]


async def test_a_ticket_page_lists_the_handoff_made_before_it(live_backend, clock):
    """Thirty-seventh outsider check, finding 8: a handoff made before the customer's ticket
    showed the ticket on its page, and the ticket's page listed no handoff. Both pages now
    say the same; an older ticket of the customer lists none of the later ones."""
    clock.set(T0)
    ctx = live_backend.ctx
    uid = make_user(ctx, "h@x.io", state="sms")
    from bot.models import Handoff
    with ctx.db.session() as s:
        s.add(Ticket(number="T-OLDERA", user_id=uid, reason="lost_phone", status="refused",
                     created_at=utc(2024, 5, 20)))
        s.add(Handoff(reference="HANDOF", conversation_id="c1", user_id=uid, created_at=T0))
        s.add(Ticket(number="T-NEWERA", user_id=uid, reason="lost_phone", created_at=T0))
        s.commit()
    st, handoff = await agent_call(live_backend, "GET", "/api/agent/handoffs/HANDOF")
    assert st == 200 and handoff["ticket"]["number"] == "T-NEWERA"
    st, page = await agent_call(live_backend, "GET", "/api/agent/tickets/T-NEWERA")
    assert st == 200 and page["handoffs"] == ["HANDOF"]
    st, page = await agent_call(live_backend, "GET", "/api/agent/tickets/T-OLDERA")
    assert st == 200 and page["handoffs"] == []


async def test_the_agent_card_says_when_a_non_enrolled_customers_28_days_end(live_backend, clock, browser):
    """A customer without the second factor calls "do I still have time?": the handoff's card
    gives the end of their 28 days (the first login's moment), then that they are over
    (sixty-fourth outside check, F17: it said "no method" and nothing of the deadline)."""
    clock.set(T0)  # the first login fixes the deadline: T0 + 28 days
    b = browser()
    make_user(live_backend.ctx, "late@x.io")
    await b.login("late@x.io")
    tok = await b.widget_token()
    st, body = await support_call(live_backend, "handoffs", {"conversation_id": "c-late", "language": "fr"}, tok)
    reference = body["reference"]
    st, page = await agent_call(live_backend, "GET", f"/api/agent/handoffs/{reference}")
    assert st == 200 and page["customer"]["method"] is None
    assert page["customer"]["deadline_at"] == "2024-07-01T08:00:15+00:00"
    assert page["customer"]["grace_expired"] is False
    clock.shift(days=28)
    st, page = await agent_call(live_backend, "GET", f"/api/agent/handoffs/{reference}")
    assert page["customer"]["grace_expired"] is True
    # an enrolled customer's card has no deadline to give
    make_user(live_backend.ctx, "done@x.io", state="app")
    b2 = browser()
    await b2.login("done@x.io")
    st, body = await support_call(live_backend, "handoffs", {"conversation_id": "c-done", "language": "fr"},
                                  await b2.widget_token())
    st, page = await agent_call(live_backend, "GET", f"/api/agent/handoffs/{body['reference']}")
    assert page["customer"]["method"] == "totp" and page["customer"]["deadline_at"] is None
