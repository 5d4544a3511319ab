"""action_resend_code against the real backend: replies AND state (switching: test_switch.py)."""

from __future__ import annotations

from datetime import timedelta

import re

import pytest
import time_machine

from actions.codes import ActionResendCode
from bot import clock
from bot.models import User
from tests.actions.driver import Conversation, assert_no_secrets
from tests.helpers import make_user, outbox

resend = ActionResendCode()
PHONE = "+33612345678"


async def _login(backend, email):
    browser, view = await backend.portal(email)
    return browser, view, await backend.customer_token(browser)


def _sms_count(backend, to=PHONE):
    return len(outbox(backend.ctx, "sms", to))


# --------------------------------------------------------------------------- resend

async def test_resend_sends_a_new_sms(backend, domain):
    make_user(backend.ctx, "sms@acme.fr", state="sms", phone=PHONE)
    with time_machine.travel(clock.now(), tick=False) as t:
        _, view, token = await _login(backend, "sms@acme.fr")
        assert view["stage"] == "second_factor"
        before = _sms_count(backend)
        t.shift(61)
        conv = Conversation(domain, token=token, locale="en")
        conv.say("/affirm", "affirm")
        turn = await conv.run(resend)
    assert turn.responses == ["utter_resend_done"]
    v = turn.variables("utter_resend_done")
    assert v["retry_after"] == 60 and "•" in v["masked_phone"] and v["masked_phone"].endswith("78")
    assert _sms_count(backend) == before + 1
    assert_no_secrets(turn.messages, PHONE, token)


async def test_ten_resends_in_a_minute(backend, domain):
    make_user(backend.ctx, "rush@acme.fr", state="sms", phone=PHONE)
    _, _, token = await _login(backend, "rush@acme.fr")
    before = _sms_count(backend)
    conv = Conversation(domain, token=token)
    for _ in range(10):
        conv.say("renvoie le code", "affirm")
        turn = await conv.run(resend)
        assert turn.responses == ["utter_resend_wait"]
        assert 1 <= turn.variables("utter_resend_wait")["retry_after"] <= 60
    assert _sms_count(backend) == before  # the login's SMS only


@pytest.mark.parametrize("has_app", [False, True], ids=["sms_only", "sms_and_app"])
async def test_resends_spaced_out_stop_at_the_cap(backend, domain, has_app):
    """One resend every 61 s for nine minutes: the cap (5 SMS in 10 minutes, the login's
    included) holds and the reply says when to try again; once the window has moved on,
    sending works again. At the cap, « Essayer une autre méthode » is suggested only to an
    account that has the app too; an SMS-only one gets the phone line and an agent
    (outsider check of 2026-12-01: told to switch, it could not)."""
    uid = make_user(backend.ctx, "spaced@acme.fr", state="sms", phone=PHONE)
    if has_app:
        with backend.ctx.db.session() as s:
            s.get(User, uid).totp_secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    limit = "utter_resend_limit" if has_app else "utter_resend_limit_no_switch"
    with time_machine.travel(clock.now(), tick=False) as t:
        _, _, token = await _login(backend, "spaced@acme.fr")
        conv = Conversation(domain, token=token)
        replies = []
        for _ in range(9):
            t.shift(61)
            conv.say("renvoie", "affirm")
            turn = await conv.run(resend)
            replies.append(turn)
        assert _sms_count(backend) == 5
        t.shift(replies[-1].variables(limit)["retry_after_minutes"] * 60)
        conv.say("renvoie", "affirm")
        again = await conv.run(resend)
    assert again.responses == ["utter_resend_done"]
    names = [r.responses[0] for r in replies]
    assert names[:4] == ["utter_resend_done"] * 4, names
    assert set(names[4:]) == {limit}, names
    # the first sends leave the cooldown's minute; the window's last leaves the cap's wait,
    # said in minutes, not "dans 381 secondes" (sixty-sixth outside check)
    waits = [r.variables("utter_resend_done")["retry_after_text"] for r in replies[:4]]
    assert waits[:3] == ["60 secondes"] * 3, waits
    assert re.fullmatch(r"([2-9]|10) minutes", waits[3]), waits
    minutes = replies[4].variables(limit)["retry_after_minutes"]
    assert 1 <= minutes <= 10
    assert _sms_count(backend) == 6
    for r in replies:
        assert_no_secrets(r.messages, PHONE, token)


async def test_resend_without_token_or_with_forged_token(backend, domain):
    make_user(backend.ctx, "sms@acme.fr", state="sms", phone=PHONE)
    await _login(backend, "sms@acme.fr")
    before = _sms_count(backend)
    for token in (None, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.forged", "x" * 5000):
        conv = Conversation(domain, token=token)
        conv.say("renvoie", "affirm")
        assert (await conv.run(resend)).responses == ["utter_resend_needs_portal"]
    assert _sms_count(backend) == before


async def test_resend_with_expired_token(backend, domain):
    make_user(backend.ctx, "sms@acme.fr", state="sms", phone=PHONE)
    _, _, token = await _login(backend, "sms@acme.fr")
    before = _sms_count(backend)
    with time_machine.travel(clock.now() + timedelta(minutes=31), tick=True):
        conv = Conversation(domain, token=token)
        conv.say("renvoie", "affirm")
        assert (await conv.run(resend)).responses == ["utter_resend_needs_portal"]
    assert _sms_count(backend) == before


async def test_resend_after_portal_logout(backend, domain):
    make_user(backend.ctx, "sms@acme.fr", state="sms", phone=PHONE)
    browser, _, token = await _login(backend, "sms@acme.fr")
    async with browser.post(f"{backend.url}/api/portal/logout") as r:
        assert r.status in (200, 204)
    conv = Conversation(domain, token=token)
    conv.say("renvoie", "affirm")
    assert (await conv.run(resend)).responses == ["utter_resend_needs_portal"]


async def test_resend_with_another_customers_token_touches_only_that_account(backend, domain):
    make_user(backend.ctx, "a@acme.fr", state="sms", phone="+33611111111")
    make_user(backend.ctx, "b@acme.fr", state="sms", phone="+33622222222")
    with time_machine.travel(clock.now(), tick=False) as t:
        await _login(backend, "a@acme.fr")
        _, _, token_b = await _login(backend, "b@acme.fr")
        a_before, b_before = _sms_count(backend, "+33611111111"), _sms_count(backend, "+33622222222")
        t.shift(61)
        conv = Conversation(domain, token=token_b, sender_id="conversation-of-a")
        conv.say("renvoie", "affirm")
        turn = await conv.run(resend)
    assert turn.responses == ["utter_resend_done"]
    assert turn.variables("utter_resend_done")["masked_phone"].endswith("22")
    assert _sms_count(backend, "+33611111111") == a_before
    assert _sms_count(backend, "+33622222222") == b_before + 1


async def test_resend_no_pending_sms(backend, domain):
    make_user(backend.ctx, "grace@acme.fr", state="grace")
    _, view, token = await _login(backend, "grace@acme.fr")
    assert view["stage"] == "offer"
    conv = Conversation(domain, token=token)
    conv.say("renvoie", "affirm")
    assert (await conv.run(resend)).responses == ["utter_resend_no_pending"]


async def test_resend_while_the_login_waits_for_the_app_says_so(backend, domain):
    """Ninth outsider check: nothing to resend because the login waits for the app's code.
    The customer is told to open the app, not to log in to the portal they are on."""
    make_user(backend.ctx, "app@acme.fr", state="app")
    _, view, token = await _login(backend, "app@acme.fr")
    assert view["stage"] == "second_factor"
    sent = len(outbox(backend.ctx, "sms"))
    conv = Conversation(domain, token=token, locale="en")
    conv.say("resend the code please", "request_resend")
    turn = await conv.run(resend)
    assert turn.responses == ["utter_status_pending_app"]
    assert len(outbox(backend.ctx, "sms")) == sent


async def test_resend_during_an_enrollment_moved_to_the_app_points_to_the_qr_code(backend, domain):
    from tests.actions.test_switch import _enrolling_by_sms, say, switch

    _, _, token = await _enrolling_by_sms(backend, "moved@acme.fr", phone=PHONE)
    conv = Conversation(domain, token=token)
    say(conv, "plus par SMS, avec l'appli", ("SMS", "sms"), ("appli", "totp"))
    assert (await conv.run(switch)).responses == ["utter_switch_done_app"]
    sent = _sms_count(backend)
    conv.say("renvoie moi le code", "request_resend")
    turn = await conv.run(resend)
    assert turn.responses == ["utter_status_pending_app_enroll"]
    assert _sms_count(backend) == sent


async def test_resend_backend_down(backend_down, domain):
    conv = Conversation(domain, token="t")
    conv.say("renvoie", "affirm")
    assert (await conv.run(resend)).responses == ["utter_backend_unavailable"]


# --------------------------------------------------------------------------- before asking

async def test_a_resend_asked_in_words_is_done_at_once_when_a_code_waits(backend, domain):
    """action_check_resend: a login waiting for an SMS code gets the resend at once (the
    fourteenth and fifteenth outsider checks: the yes/no first was a turn for nothing), except
    right after the out-of-scope answer, where "resend it" may be about an email: `sms_pending`
    true, the rules ask first. Otherwise the reason at once (outsider check F3)."""
    from actions.codes import ActionCheckResend

    check = ActionCheckResend()
    make_user(backend.ctx, "wait@acme.fr", state="sms", phone=PHONE)
    _, _, token = await _login(backend, "wait@acme.fr")
    sent = _sms_count(backend)
    conv = Conversation(domain, token=token)
    conv.events.append({"event": "bot", "text": None, "data": {}, "metadata": {"utter_action": "utter_out_of_scope"}})
    conv.say("tu peux me le renvoyer ?", "request_resend")
    turn = await conv.run(check)
    assert turn.responses == [] and conv.slots["sms_pending"] is True
    assert _sms_count(backend) == sent  # nothing sent before the yes
    conv = Conversation(domain, token=token)
    conv.say("renvoie le code", "request_resend")
    turn = await conv.run(check)
    # the login sent one a moment ago: the cooldown answers, and no question was asked
    assert turn.responses == ["utter_resend_wait"] and conv.slots["sms_pending"] is False
    assert _sms_count(backend) == sent
    anonymous = Conversation(domain, locale="en")
    anonymous.say("resend the code", "request_resend")
    turn = await anonymous.run(check)
    assert turn.responses == ["utter_resend_needs_portal"] and anonymous.slots["sms_pending"] is False
    make_user(backend.ctx, "done@acme.fr", state="app")
    _, _, token = await _login(backend, "done@acme.fr")  # waits for the app's code, not an SMS
    conv = Conversation(domain, token=token)
    conv.say("renvoie le code", "request_resend")
    turn = await conv.run(check)
    assert turn.responses == ["utter_status_pending_app"] and conv.slots["sms_pending"] is False


async def test_the_resend_check_with_the_backend_down(backend_down, domain):
    from actions.codes import ActionCheckResend

    conv = Conversation(domain, token="any")
    conv.say("renvoie le code", "request_resend")
    turn = await conv.run(ActionCheckResend())
    assert turn.responses == ["utter_backend_unavailable"] and conv.slots["sms_pending"] is False


@pytest.mark.parametrize("locale, text", [("en", "can you resend it please"), ("fr", "renvoie le")])
async def test_a_resend_asked_during_an_sms_activation_says_the_chat_does_not_send_it(backend, domain,
                                                                                      locale, text):
    """Fifty-sixth outside check, F5: during an SMS activation, "can you resend it please" got
    the activation's line again ("…click « Renvoyer » if the SMS doesn't arrive"): nothing
    sent, nothing refused in words. The chat says plainly it does not resend an activation's
    SMS (the number was typed in the popup, whose « Renvoyer » sends it), then where it stands;
    no SMS goes from the chat."""
    from actions.codes import ActionCheckResend
    from tests.actions.test_switch import _enrolling_by_sms

    _, _, token = await _enrolling_by_sms(backend, f"activating-{locale}@acme.fr", phone=PHONE)
    sent = _sms_count(backend)
    conv = Conversation(domain, token=token, locale=locale)
    conv.say(text, "request_resend")
    turn = await conv.run(ActionCheckResend())
    assert turn.responses[0] == "utter_resend_during_activation", turn.responses
    assert turn.responses[1].startswith("utter_status_pending_sms_enroll"), turn.responses
    assert _sms_count(backend) == sent
