"""action_check_status against the real backend."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import time_machine

from actions.status import ActionCheckStatus, format_date
from bot import clock
from tests.actions.driver import Conversation, assert_no_secrets
from tests.helpers import make_user, open_ticket_for

action = ActionCheckStatus()


async def _token(backend, email):
    browser, _ = await backend.portal(email)
    return await backend.customer_token(browser)


@pytest.mark.parametrize("days,lang", [(1, "fr"), (12, "en"), (27, "fr")])
async def test_not_enrolled_days_left(backend, domain, days, lang):
    make_user(backend.ctx, "grace@acme.fr", state="grace", deadline_in_days=days)
    conv = Conversation(domain, token=await _token(backend, "grace@acme.fr"), locale=lang)
    conv.say("combien de jours me reste-t-il ?", "ask_my_status")
    turn = await conv.run(action)
    assert turn.responses == ["utter_status_not_enrolled"]
    v = turn.variables("utter_status_not_enrolled")
    assert v["days_left"] == days
    # the date and the time of day the 28 days end (sixty-fourth outside check, F3: "does the
    # 4th itself still count?"), in Paris time as the backend counts them
    end = (clock.now() + timedelta(days=days)).astimezone(ZoneInfo("Europe/Paris"))
    assert v["deadline"] == format_date(end.date().isoformat(), lang) + _at_time(end, lang)
    assert_no_secrets(turn.messages)


def _at_time(moment: datetime, lang: str) -> str:
    """' à 14 h 05 (heure de Paris)' / ' at 14:05 (Paris time)', written out by hand."""
    if lang == "en":
        return f" at {moment.hour}:{moment.minute:02d} (Paris time)"
    minutes = f" {moment.minute:02d}" if moment.minute else ""
    return f" à {moment.hour} h{minutes} (heure de Paris)"


async def test_enrolled_sms_shows_masked_number_only(backend, domain):
    make_user(backend.ctx, "sms@acme.fr", state="sms", phone="+33612345678")
    conv = Conversation(domain, token=await _token(backend, "sms@acme.fr"), metadata_style="nested")
    conv.say("ma 2FA est-elle active ?", "ask_my_status")
    turn = await conv.run(action)
    # logged in at the code step: the pending login is said too
    assert turn.responses == ["utter_status_enrolled_sms", "utter_status_pending_sms_login_only"]
    assert turn.variables("utter_status_pending_sms_login_only")["masked_phone"].endswith("78")
    masked = turn.variables("utter_status_enrolled_sms")["masked_phone"]
    assert masked.startswith("+33 6") and masked.endswith("78") and "•" in masked
    assert_no_secrets(turn.messages, "612345678")


@pytest.mark.parametrize("state,responses", [("app", ["utter_status_enrolled_app", "utter_status_pending_app"]),
                                             ("expired", ["utter_status_grace_expired"]),
                                             ("locked", ["utter_status_locked"])])
async def test_other_states(backend, domain, state, responses):
    make_user(backend.ctx, "u@acme.fr", state=state)
    conv = Conversation(domain, token=await _token(backend, "u@acme.fr"))
    conv.say("statut", "ask_my_status")
    turn = await conv.run(action)
    assert turn.responses == responses


async def test_without_token_general_rule(backend, domain):
    conv = Conversation(domain, token=None)
    conv.say("statut", "ask_my_status")
    assert (await conv.run(action)).responses == ["utter_status_unknown"]


@pytest.mark.parametrize("text", ["im locked out after too many tries", "je suis bloqué, trop de codes faux",
                                  "compte verrouillé ?", "my account is blocked",
                                  "who can unlock it", "qui peut le debloquer ?", "on peut le déverrouiller ?",
                                  # the tries asked (sixty-second outside check, F1: the 28 days came)
                                  "how many attempts do I have left?"])
async def test_without_token_a_locked_out_customer_hears_who_unlocks_first(backend, domain, text):
    """Outsider check of 2026-12-01: "im locked out after too many tries" got the 28-day rule
    first and the lock sentence last. Twelfth check: "who can unlock it" / « qui peut le
    debloquer ? » got the general rule alone ("unlock" is not "lock" at a word's start)."""
    conv = Conversation(domain, token=None)
    conv.say(text, "ask_my_status")
    assert (await conv.run(action)).responses == ["utter_status_unknown_locked"]


@pytest.mark.parametrize("text", [
    "there's no skip option anymore, it forces me to configure a code. Is my account blocked?",
    "le bouton pour reporter a disparu, mon compte est bloqué ?",
    # sixty-third outside check, F6: back from a long leave, "am I blocked?" got the lock alone
    "back from three months of sick leave and I can't get in any more, am I blocked?",
    "je rentre de six mois de congé parental, mon compte est bloqué ?",
])
async def test_the_postponing_gone_and_blocked_asked_is_the_28_days_end(backend, domain, text):
    """Forty-second outsider check, F5: "no skip option anymore… Is my account blocked?" got
    "after 10 wrong codes the account is locked": the general rule says what happened (the 28
    days are over, enable it at the next login)."""
    conv = Conversation(domain, token=None)
    conv.say(text, "ask_my_status")
    assert (await conv.run(action)).responses == ["utter_status_unknown"]


async def test_forged_token_says_nothing_about_any_account(backend, domain):
    import jwt

    uid = make_user(backend.ctx, "victim@acme.fr", state="grace")
    forged = jwt.encode({"sub": str(uid), "sid": "x", "aud": "m2m-support", "iss": "m2m-portal",
                         "exp": int(datetime.now(timezone.utc).timestamp()) + 600}, "wrong-key", algorithm="HS256")
    conv = Conversation(domain, token=forged)
    conv.say("statut", "ask_my_status")
    assert (await conv.run(action)).responses == ["utter_status_unknown"]


async def test_expired_token(backend, domain):
    make_user(backend.ctx, "late@acme.fr", state="grace", deadline_in_days=10)
    token = await _token(backend, "late@acme.fr")
    conv = Conversation(domain, token=token)
    conv.say("statut", "ask_my_status")
    with time_machine.travel(clock.now() + timedelta(minutes=31), tick=True):
        assert (await conv.run(action)).responses == ["utter_status_unknown"]


async def test_backend_down(backend_down, domain):
    conv = Conversation(domain, token="anything")
    conv.say("statut", "ask_my_status")
    turn = await conv.run(action)
    assert turn.responses == ["utter_backend_unavailable"]


def test_format_date():
    assert format_date("2024-05-01", "fr") == "1er mai 2024"
    assert format_date("2024-05-29", "en") == "29 May 2024"
    assert format_date("garbage", "fr") == ""


async def test_an_open_reset_request_is_said_with_the_status(backend, domain):
    """Eleventh outsider check, LE04: "whats the status of my request?" right after opening
    one (read as the account's status) said the SMS state and nothing of the request."""
    uid = make_user(backend.ctx, "asked@acme.fr", state="sms", phone="+33612345678")
    open_ticket_for(backend.ctx, uid, "T-OPEN01")
    conv = Conversation(domain, token=await _token(backend, "asked@acme.fr"), locale="en")
    conv.say("whats the status of my request?", "ask_my_status")
    turn = await conv.run(action)
    # past the password step only: the request and its date, not its number (fifth check, U1)
    assert turn.responses[-1] == "utter_request_status_open_unnumbered"
    assert "T-OPEN01" not in str(turn.messages)


@pytest.mark.parametrize("wait, response, minutes", [
    (211, "utter_status_pending_sms_login_not_sent", 4),
    (30, "utter_status_pending_sms_login_not_sent", 1),
    (0, "utter_status_pending_sms_login_not_sent_now", None),
])
def test_a_login_whose_sms_was_never_sent_is_not_told_to_wait_for_it(wait, response, minutes):
    """Thirty-second outsider check, C25: at the SMS cap the chat said the login waited for
    "the latest SMS sent to +33 6••••••78", another login's, whose code cannot work. It says
    no SMS went, and when « Renvoyer » can send."""
    from actions.status import pending_line

    body = {"masked_phone": "+33 6••••••78",
            "pending": {"method": "sms", "purpose": "login", "code_sent": False, "resend_in": wait,
                        "can_switch": []}}
    line = pending_line(body)
    assert line is not None and line.response == response
    assert line.variables.get("retry_after_minutes") == minutes
    assert line.variables["masked_phone"] == "+33 6••••••78"
    # a resend is offered only when « Renvoyer » can send now: offered during the wait, the
    # "yes" was refused by it (thirty-fifth outsider check, F2)
    from actions.personal import resend_possible

    assert resend_possible(line) is (wait == 0)


@pytest.mark.parametrize("wait, response", [
    (95, "utter_status_pending_sms_enroll_not_sent"),
    (0, "utter_status_pending_sms_enroll_not_sent_now"),
])
def test_an_activation_whose_sms_was_never_sent_is_not_told_it_was(wait, response):
    """The activation's line said "the code was sent to the number typed in the popup" at the
    SMS cap too (found beside C25): it says none could be sent, to the number typed."""
    from actions.status import pending_line

    body = {"masked_phone": None,
            "pending": {"method": "sms", "purpose": "enroll", "code_sent": False, "resend_in": wait,
                        "masked_phone": "+33 7••••••12", "can_switch": ["totp"]}}
    line = pending_line(body)
    assert line is not None and line.response == response
    assert line.variables["masked_phone"] == "+33 7••••••12"


async def test_locked_during_a_login_the_lock_comes_alone(backend, domain):
    """Fifty-third outside check, F6: an account locked by wrong codes in the middle of an SMS
    login was told the lock, then "your login in progress waits for the code of the latest
    SMS… if this number is no longer yours, a reset is needed": no code is taken while locked."""
    from bot.models import User

    uid = make_user(backend.ctx, "lockedmid@acme.fr", state="sms")
    token = await _token(backend, "lockedmid@acme.fr")  # the login's SMS challenge is pending
    with backend.ctx.db.session() as s:
        user = s.get(User, uid)
        user.failed_attempts, user.locked_at = 10, clock.now()
    conv = Conversation(domain, token=token, locale="en")
    conv.say("why can't I log in now?", "ask_my_status")
    turn = await conv.run(action)
    assert turn.responses == ["utter_status_locked"]


async def test_the_status_says_the_wrong_codes_left_before_the_lock(backend, domain, clock):
    """Fifty-ninth outside check, F13: "how many tries do I have left before it locks?" got
    the rule (10 wrong codes) and not the count; the status now says it after a wrong code."""
    from tests.api._kit import SECRET, totp_code

    clock.set(datetime(2024, 6, 3, 8, 0, 15, tzinfo=timezone.utc))
    make_user(backend.ctx, "tries@acme.fr", state="app")
    browser, _ = await backend.portal("tries@acme.fr")
    wrong = f"{(int(totp_code(SECRET, clock.now)) + 1) % 10 ** 6:06d}"
    async with browser.post(f"{backend.url}/api/portal/verify", json={"code": wrong}) as r:
        assert r.status == 400 and (await r.json())["attempts_left"] == 9
    conv = Conversation(domain, token=await backend.customer_token(browser), locale="en")
    conv.say("how many tries do i have left before it locks?", "ask_my_status")
    turn = await conv.run(action)
    assert turn.responses == ["utter_status_enrolled_app", "utter_status_pending_app", "utter_status_tries_left"]
    assert turn.variables("utter_status_tries_left")["attempts_left_text"] == "9 attempts"
    assert turn.variables("utter_status_tries_left")["lock_after"] == 10  # the rule with it


@pytest.mark.parametrize("text, lang, said", [
    # sixty-first outside check, F2: asked with no wrong code typed, the state alone came
    ("ok can you tell me in english how many attempts I have left", "en", True),
    ("jai encore droit a combien de tentatives", "fr", True),
    ("ma 2FA est-elle active ?", "fr", False),  # not asked: no line about tries
    ("il me reste combien de jours pour activer ?", "fr", False),  # the days, not the tries
])
async def test_the_tries_asked_with_none_typed_get_the_rule(backend, domain, text, lang, said):
    email = f"none-{lang}-{str(said).lower()}@acme.fr"
    make_user(backend.ctx, email, state="app")
    conv = Conversation(domain, token=await _token(backend, email), locale=lang)
    conv.say(text, "ask_my_status")
    turn = await conv.run(action)
    assert ("utter_status_tries_none_yet" in turn.responses) is said, turn.responses
    if said:
        assert turn.variables("utter_status_tries_none_yet")["lock_after"] == 10


@pytest.mark.parametrize("lang, text", [
    ("fr", "c'est bon je suis débloqué ?"),
    ("en", "can I log in now?"),
])
async def test_the_lock_asked_after_an_unlock_is_answered_first(backend, domain, lang, text):
    """Sixty-third outside check, F11: after an agent's unlock, « c'est bon je suis débloqué ? »
    got the method's line alone, never that the account is no longer locked. A locked account
    asking the same still hears the lock."""
    from bot.models import User

    uid = make_user(backend.ctx, f"unlocked-{lang}@acme.fr", state="sms")
    token = await _token(backend, f"unlocked-{lang}@acme.fr")
    conv = Conversation(domain, token=token, locale=lang)
    conv.say(text, "ask_my_status")
    turn = await conv.run(action)
    assert turn.responses[0] == "utter_status_not_locked", turn.responses
    with backend.ctx.db.session() as s:
        user = s.get(User, uid)
        user.failed_attempts, user.locked_at = 10, clock.now()
    conv.say(text, "ask_my_status")
    turn = await conv.run(action)
    assert turn.responses == ["utter_status_locked"]
