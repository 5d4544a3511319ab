"""Personal answers (issue 16 items 3 and 4): after the article's answer (a response the
rules say first), a customer the backend knows gets THEIR situation, from the real backend."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pyotp
import pytest

from actions.followups import ActionHowLong
from actions.personal import ActionPersonalAnswer, ActionSmsHelp
from actions.status import format_date
from bot import clock
from bot.models import User
from tests.actions.driver import Conversation, assert_no_secrets
from tests.helpers import make_user

personal = ActionPersonalAnswer()
sms_help = ActionSmsHelp()
PHONE = "+33612345678"


async def _token(backend, email):
    browser, view = await backend.portal(email)
    return await backend.customer_token(browser)


async def _ask(domain, token, intent, text="?", locale="fr"):
    conv = Conversation(domain, token=token, locale=locale)
    conv.say(text, intent)
    return await conv.run(personal)


async def test_locked_customer_asking_why_they_cannot_log_in(backend, domain):
    """Item 3: "why can't I log in" (read as ask_why_2fa) from a locked account: the lock,
    not the speech about cyberattacks."""
    make_user(backend.ctx, "locked@acme.fr", state="locked")
    turn = await _ask(domain, await _token(backend, "locked@acme.fr"), "ask_why_2fa", "why can't I log in", "en")
    assert turn.responses == ["utter_status_locked"]


async def test_why_after_the_lock_is_not_followed_by_the_lock_again(backend, domain):
    """Forty-sixth outsider check, F15: « pourquoi ? » right after the lock got why the account
    locks and who unlocks it (the focus of why 2FA, utter_why_2fa_locked), then "Votre compte
    est verrouillé…" again in the same turn. The variant shown tells the lock: no second line.
    Asked without that variant (why 2FA in general), the lock line still comes."""
    make_user(backend.ctx, "locked3@acme.fr", state="locked")
    conv = Conversation(domain, token=await _token(backend, "locked3@acme.fr"))
    conv.say("pourquoi ?", "ask_why_2fa")
    conv.events.append({"event": "bot", "text": "Parce que 10 codes faux…",
                        "metadata": {"utter_action": "utter_why_2fa", "said_as": "utter_why_2fa_locked"}})
    turn = await conv.run(personal)
    assert "utter_status_locked" not in turn.responses
    turn = await _ask(domain, await _token(backend, "locked3@acme.fr"), "ask_why_2fa", "pourquoi la 2FA ?")
    assert turn.responses == ["utter_status_locked"]


@pytest.mark.parametrize("intent", ["ask_deadline", "code_rejected", "ask_since_when", "ask_how_enable"])
async def test_locked_customer_gets_the_lock_whatever_the_question(backend, domain, intent):
    make_user(backend.ctx, "locked2@acme.fr", state="locked")
    turn = await _ask(domain, await _token(backend, "locked2@acme.fr"), intent)
    assert turn.responses == ["utter_status_locked"]


async def test_expired_customer_asking_how_many_days_are_left(backend, domain):
    """Item 4: the 28 days are over, said with the date they ended, after the general rule."""
    make_user(backend.ctx, "late@acme.fr", state="expired")
    token = await _token(backend, "late@acme.fr")
    turn = await _ask(domain, token, "ask_deadline", "how many days do I still have", "en")
    assert turn.responses == ["utter_status_grace_expired"]
    ended = (clock.now() - timedelta(days=12)).astimezone(ZoneInfo("Europe/Paris"))
    said = turn.variables("utter_status_grace_expired")["deadline"]
    assert said == f"{format_date(ended.date().isoformat(), 'en')} at {ended:%-H:%M} (Paris time)"


async def test_expired_customer_asking_why(backend, domain):
    make_user(backend.ctx, "late2@acme.fr", state="expired")
    turn = await _ask(domain, await _token(backend, "late2@acme.fr"), "ask_why_2fa")
    assert turn.responses == ["utter_status_grace_expired"]


@pytest.mark.parametrize("intent", ["ask_deadline", "ask_since_when", "ask_how_enable"])
async def test_grace_customer_gets_days_left_and_date(backend, domain, intent):
    make_user(backend.ctx, "grace@acme.fr", state="grace", deadline_in_days=9)
    turn = await _ask(domain, await _token(backend, "grace@acme.fr"), intent)
    assert turn.responses == ["utter_status_not_enrolled"]
    assert turn.variables("utter_status_not_enrolled")["days_left"] == 9


async def test_enrolled_customer_asking_the_deadline_is_told_it_is_done(backend, domain):
    make_user(backend.ctx, "sms@acme.fr", state="sms", phone=PHONE)
    turn = await _ask(domain, await _token(backend, "sms@acme.fr"), "ask_deadline")
    assert turn.responses == ["utter_status_enrolled_sms"]
    assert turn.variables("utter_status_enrolled_sms")["masked_phone"].endswith("78")
    assert_no_secrets(turn.messages, PHONE)


@pytest.mark.parametrize("state,intent,line", [("sms", "ask_enable_app", "utter_switch_not_enrolled_app"),
                                               ("app", "ask_enable_sms", "utter_switch_not_enrolled_sms")])
async def test_the_other_methods_steps_say_how_to_move_to_it(backend, domain, state, intent, line):
    """Eleventh outsider check, LF02: "passe moi sur l'appli" from an SMS account (read as the
    app's steps) got the steps and "your 2FA is active by SMS": steps the popup never shows
    that customer. The line now says a reset is the way, with its button."""
    make_user(backend.ctx, f"{state}-other@acme.fr", state=state, phone=PHONE)
    turn = await _ask(domain, await _token(backend, f"{state}-other@acme.fr"), intent)
    assert turn.responses == [line]
    # the same method's steps still get the account's state
    same = "ask_enable_sms" if state == "sms" else "ask_enable_app"
    enrolled = await _ask(domain, await _token(backend, f"{state}-other@acme.fr"), same)
    assert enrolled.responses[0].startswith("utter_status_enrolled")


async def test_code_refused_while_the_login_waits_for_the_app(backend, domain):
    make_user(backend.ctx, "app@acme.fr", state="app")
    turn = await _ask(domain, await _token(backend, "app@acme.fr"), "code_rejected")
    assert turn.responses == ["utter_status_pending_app"]


async def test_general_questions_stay_general_when_nothing_matters(backend, domain):
    make_user(backend.ctx, "grace2@acme.fr", state="grace")
    token = await _token(backend, "grace2@acme.fr")
    assert (await _ask(domain, token, "ask_why_2fa")).responses == []
    assert (await _ask(domain, token, "ask_what_is_2fa")).responses == []  # never personal


@pytest.mark.parametrize("intent,responses", [
    ("ask_deadline", ["utter_personal_anonymous"]),
    ("ask_how_enable", ["utter_personal_anonymous"]),
    ("ask_why_2fa", []),
])
async def test_anonymous_customer_gets_the_rule_and_how_to_see_their_own(backend, domain, intent, responses):
    assert (await _ask(domain, None, intent)).responses == responses


async def test_backend_down_still_answers_the_question(backend_down, domain):
    assert (await _ask(domain, "t", "ask_deadline")).responses == []  # the rule's article answer stays


# --------------------------------------------------------------------------- the SMS never came

@pytest.mark.parametrize("has_app,line", [(False, "utter_sms_login_only_after_steps"),
                                         (True, "utter_status_pending_sms_login")])
async def test_sms_not_received_with_a_pending_login_code(backend, domain, has_app, line):
    """The article's steps end on « Essayer une autre méthode »: an SMS-only account's login
    popup does not offer it, and its line says so (ninth outsider check)."""
    uid = make_user(backend.ctx, "smsu@acme.fr", state="sms", phone=PHONE)
    if has_app:
        with backend.ctx.db.session() as s:
            s.get(User, uid).totp_secret = pyotp.random_base32()
    conv = Conversation(domain, token=await _token(backend, "smsu@acme.fr"))
    conv.say("je n'ai pas reçu le SMS", "sms_not_received")
    turn = await conv.run(sms_help)
    assert turn.responses == [line]
    assert turn.variables(line)["masked_phone"].endswith("78")
    assert turn.slot("sms_pending") is True
    assert_no_secrets(turn.messages, PHONE)


@pytest.mark.parametrize("state,line", [("app", "utter_app_login_after_sms_steps"), ("grace", "utter_resend_no_pending"),
                                        ("locked", "utter_status_locked")])
async def test_sms_not_received_without_a_pending_sms(backend, domain, state, line):
    make_user(backend.ctx, "other@acme.fr", state=state)
    conv = Conversation(domain, token=await _token(backend, "other@acme.fr"))
    conv.say("pas reçu le SMS", "sms_not_received")
    turn = await conv.run(sms_help)
    assert turn.responses == [line] and turn.slot("sms_pending") is False


async def test_sms_not_received_during_an_app_activation_says_no_sms_is_sent(backend, domain):
    """Fifty-sixth outside check, F5: "je n'ai pas reçu le code" during an activation with the
    app got the SMS steps and nothing about the app. After the steps, the customer is told they
    do not apply (no SMS is sent) and where the app's code comes from; nothing to resend."""
    from tests.actions.test_switch import _enrolling_by_sms, say, switch

    _, _, token = await _enrolling_by_sms(backend, "appenrol@acme.fr", phone=PHONE)
    conv = Conversation(domain, token=token)
    say(conv, "plutôt avec l'appli", ("appli", "totp"))
    assert (await conv.run(switch)).responses == ["utter_switch_done_app"]
    conv.say("je n'ai pas reçu le code", "sms_not_received")
    turn = await conv.run(sms_help)
    assert turn.responses == ["utter_app_enroll_after_sms_steps"]
    assert turn.slot("sms_pending") is False


async def test_sms_only_account_with_nothing_pending_is_told_step_4_is_not_for_it(backend, domain):
    """Fifty-seventh outside check, F8: an SMS-only account past its login, "toujours rien" after
    the steps, was offered « Essayer une autre méthode », which its popup never shows. After
    the steps it is told that step 4 is not for it; the NLG then drops that button
    (SMS_ONLY_SAID). An account that also holds the app keeps the plain line."""
    from tests.helpers import last_sms_code

    for email, app_too, line in (("smsonly@acme.fr", False, "utter_sms_only_no_pending_after_steps"),
                                 ("both@acme.fr", True, "utter_resend_no_pending")):
        uid = make_user(backend.ctx, email, state="sms", phone=PHONE)
        if app_too:
            with backend.ctx.db.session() as s:
                s.get(User, uid).totp_secret = pyotp.random_base32()
        browser, _ = await backend.portal(email)
        async with browser.post(f"{backend.url}/api/portal/verify",
                                json={"code": last_sms_code(backend.ctx)}) as r:
            assert r.status == 200, await r.text()
        conv = Conversation(domain, token=await backend.customer_token(browser))
        conv.say("je n'ai pas reçu le SMS", "sms_not_received")
        turn = await conv.run(sms_help)
        assert turn.responses == [line], email
        assert turn.slot("sms_pending") is False


async def test_sms_not_received_anonymous(backend, domain):
    conv = Conversation(domain)
    conv.say("pas reçu le SMS", "sms_not_received")
    turn = await conv.run(sms_help)
    assert turn.responses == ["utter_sms_needs_portal"]
    assert turn.slot("sms_pending") is False


async def test_sms_still_not_received_repeats_nothing(backend, domain):
    """Outsider findings 8 and (ninth) 6: "toujours rien" got the same messages again. Asked
    again, the steps are their `_again` response (the NLG's, next steps); the customer's line
    is not said twice, and a resend already done is not offered again."""
    make_user(backend.ctx, "again@acme.fr", state="sms", phone=PHONE)
    conv = Conversation(domain, token=await _token(backend, "again@acme.fr"))
    turns = []
    for text in ("pas reçu le SMS", "toujours rien", "toujours rien"):
        conv.say(text, "sms_not_received")
        conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": "utter_sms_not_received"}})
        turns.append(await conv.run(sms_help))
        if len(turns) == 2:
            conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": "utter_resend_done"}})
    assert turns[0].responses == ["utter_sms_login_only_after_steps"] and turns[0].slot("sms_pending") is True
    assert turns[1].responses == [] and turns[1].slot("sms_pending") is True  # not resent yet: the offer
    assert turns[2].responses == [] and turns[2].slot("sms_pending") is False  # resent: no offer again


async def test_which_number_after_a_resend_gives_the_number_and_no_offer(backend, domain):
    """Sixteenth outsider check, item 1: after a resend, "il est parti sur quel numero le
    code ?" buried the number and offered yet another resend. Asked which number, the masked
    number is said even when it was said before, and a resend already done is not offered."""
    make_user(backend.ctx, "which@acme.fr", state="sms", phone=PHONE)
    conv = Conversation(domain, token=await _token(backend, "which@acme.fr"))
    conv.say("pas reçu le SMS", "sms_not_received")
    conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": "utter_sms_not_received"}})
    first = await conv.run(sms_help)
    conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": "utter_resend_done"}})
    conv.say("il est parti sur quel numero le code ?", "sms_not_received")
    conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": "utter_sms_not_received"}})
    turn = await conv.run(sms_help)
    # after the steps, step 4 is said not to apply; after "which number?", which has no step
    # 4, the plain line (thirty-ninth outsider check, F5)
    assert first.responses == ["utter_sms_login_only_after_steps"]
    assert turn.responses == ["utter_status_pending_sms_login_only"]
    assert turn.variables(turn.responses[0])["masked_phone"].endswith("78")
    assert turn.slot("sms_pending") is False
    assert_no_secrets(turn.messages, PHONE)


async def test_which_number_during_an_activation_gives_the_number_typed(backend, domain):
    """Seventeenth outsider check: mid-activation, "which number did u send it to??" got the
    general steps; the backend knew the number typed in the popup. It is said, masked."""
    from tests.actions.test_switch import _enrolling_by_sms

    _, _, token = await _enrolling_by_sms(backend, "enrolling@acme.fr", phone="+33798765432")
    conv = Conversation(domain, token=token, locale="en")
    conv.say("which number did u send it to??", "sms_not_received")
    conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": "utter_sms_not_received"}})
    turn = await conv.run(sms_help)
    assert turn.responses == ["utter_status_pending_sms_enroll_number"]
    assert turn.variables(turn.responses[0])["masked_phone"] == "+33 7••••••32"
    assert turn.slot("sms_pending") is False  # the popup's « Renvoyer » resends an activation's SMS
    assert_no_secrets(turn.messages, "+33798765432")


async def test_sms_still_not_received_anonymous(backend, domain):
    conv = Conversation(domain)
    for _ in range(2):
        conv.say("toujours rien", "sms_not_received")
        conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": "utter_sms_not_received"}})
        turn = await conv.run(sms_help)
    assert turn.responses == [] and turn.slot("sms_pending") is False


async def test_the_first_time_only_the_steps(backend, domain):
    conv = Conversation(domain)
    conv.say("pas reçu le SMS", "sms_not_received")
    conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": "utter_sms_not_received"}})
    assert (await conv.run(sms_help)).responses == ["utter_sms_needs_portal"]


async def test_an_activation_moved_back_to_sms_asks_for_the_number_first(backend, domain):
    """Thirty-first outsider check, finding 2: an activation moved to the app and back to SMS
    (no number typed yet) got "check the number you typed, then click Renvoyer" to "I never
    got the text" and to "can you resend the sms code?". No number was typed and no code
    sent: the popup's number field and « Continuer » come first."""
    from tests.actions.test_switch import _moved_to_the_app, say, switch

    _, conv = await _moved_to_the_app(backend, domain, "back-to-sms@acme.fr", "en")
    say(conv, "actually no, switch me back to SMS", ("SMS", "sms"))
    assert (await conv.run(switch)).responses == ["utter_switch_enter_phone"]
    conv.say("I never got the text", "sms_not_received")
    conv.events.append({"event": "bot", "text": "…", "metadata": {"utter_action": "utter_sms_not_received"}})
    turn = await conv.run(sms_help)
    assert turn.responses == ["utter_status_pending_sms_enroll_no_number"]


async def test_a_code_received_without_logging_in_gets_no_line_and_no_resend(backend, domain):
    """Thirty-ninth outsider check, F1: "I received a login code but I was not trying to log
    in" got the steps and a resend offer. The reply is the warning (never give it, change the
    password, tell support: bot/rasa_ext/nlg.py), and the action offers nothing to resend."""
    make_user(backend.ctx, "unasked@acme.fr", state="sms", phone=PHONE)
    conv = Conversation(domain, token=await _token(backend, "unasked@acme.fr"))
    conv.say("I received a login code by text but I wasn't trying to log in, am I being hacked?",
             "sms_not_received")
    turn = await conv.run(sms_help)
    assert turn.responses == [] and turn.slot("sms_pending") is False


async def test_the_days_left_are_said_once_except_to_a_time_question(backend, domain):
    """Forty-third outsider check, F8: a logged-in customer within the 28 days got « Il vous
    reste 28 jours… » after 6 of the 7 replies of one conversation. The standing line is said
    once; "how long do I have?" still gets it (the date is what it asks: forty-second, F8), and
    a lock would still be said every time (test_locked_customer_gets_the_lock...)."""
    make_user(backend.ctx, "once@acme.fr", state="grace")
    conv = Conversation(domain, token=await _token(backend, "once@acme.fr"), locale="fr")
    conv.say("depuis quand c'est obligatoire ?", "ask_since_when")
    assert (await conv.run(personal)).responses == ["utter_status_not_enrolled"]
    conv.say("comment on l'active ?", "ask_how_enable")
    assert (await conv.run(personal)).responses == []
    conv.say("et j'ai jusqu'à quand ?", "ask_deadline")
    assert (await conv.run(personal)).responses == ["utter_status_not_enrolled"]


async def test_how_long_exactly_for_me_after_the_28_days_gives_the_days_again(backend, domain):
    """Fiftieth outsider check, F9: new@, told « 28 days left, until 3 January 2027 » after the
    28 days' rule, asked "how long exactly for me?" and got the rule alone, with no date. The
    follow-up on the 28 days is a time question: the customer's own days come again. An
    anonymous visitor is not told a second time how to see them."""
    make_user(backend.ctx, "exactly@acme.fr", state="grace")
    conv = Conversation(domain, token=await _token(backend, "exactly@acme.fr"), locale="en")
    conv.say("what happens if I click not now?", "ask_deadline")
    assert (await conv.run(personal)).responses == ["utter_status_not_enrolled"]
    conv.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": "utter_deadline"}})
    conv.say("how long exactly for me?", "ask_how_long")
    assert (await conv.run(ActionHowLong())).responses == [
        "utter_how_long_grace", "utter_status_not_enrolled"]
    anonymous = Conversation(domain, locale="en")
    anonymous.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": "utter_deadline"}})
    anonymous.say("how long exactly for me?", "ask_how_long")
    assert (await anonymous.run(ActionHowLong())).responses == ["utter_how_long_grace"]


async def test_how_to_enable_at_the_method_choice_starts_there(backend, domain):
    """Forty-fifth outsider check, F11: expired@demo, logged in, its popup at the choice of
    method, asked "ok how do I enable it then" and got "At your next login, follow the steps in
    the popup" after steps starting with "Log in" and « Oui, je veux… », which that popup no
    longer shows. The line says where the popup stands, with each method's steps as buttons;
    after the five steps, that steps 1 to 3 are behind (fiftieth check, F10: "ok and what do i
    do now" read the five steps, then "already at the choice", as if 1-3 were still to do)."""
    make_user(backend.ctx, "choose@acme.fr", state="expired")
    turn = await _ask(domain, await _token(backend, "choose@acme.fr"), "ask_how_enable", "ok how do I enable it then", "en")
    assert turn.responses == ["utter_status_at_the_choice_after_steps"]
    for said in domain["responses"]["utter_status_at_the_choice_after_steps"]:
        assert [b["payload"] for b in said["buttons"]] == ["/ask_enable_app", "/ask_enable_sms"]
        assert any(w in said["text"] for w in ("steps 1 to 3 are already done", "étapes 1 à 3"))
    # the days question keeps the 28 days' line
    turn = await _ask(domain, await _token(backend, "choose@acme.fr"), "ask_deadline", "how many days left", "en")
    assert turn.responses == ["utter_status_grace_expired"]


async def test_the_28_days_asked_past_the_offer_say_not_now_is_gone(backend, domain):
    """Fifty-sixth outside check, F6: grace@ clicked « Oui, je veux… », logged in again (the
    popup at the choice of method, no « Non, pas maintenant »), asked "can I still click not now
    and do this later?" and was told "you can postpone it by clicking « Non, pas maintenant »…
    25 days left". The line says that button is no longer offered, and where the popup stands."""
    make_user(backend.ctx, "past-offer@acme.fr", state="grace")
    browser, view = await backend.portal("past-offer@acme.fr")
    async with browser.post(f"{backend.url}/api/portal/accept") as r:
        assert r.status == 200, await r.text()
    browser, view = await backend.portal("past-offer@acme.fr")
    assert view["stage"] == "choose"
    token = await backend.customer_token(browser)
    turn = await _ask(domain, token, "ask_deadline", "can I still click not now and do this later?", "en")
    assert turn.responses == ["utter_status_at_the_choice_no_postponing"]
    for said in domain["responses"]["utter_status_at_the_choice_no_postponing"]:
        assert any(w in said["text"] for w in ("is no longer offered", "n'est plus proposé"))
        assert [b["payload"] for b in said["buttons"]] == ["/ask_enable_app", "/ask_enable_sms"]
    # the popup still at its first screen keeps the days left
    make_user(backend.ctx, "at-offer@acme.fr", state="grace")
    turn = await _ask(domain, await _token(backend, "at-offer@acme.fr"), "ask_deadline", "how long do I have?", "en")
    assert turn.responses != ["utter_status_at_the_choice_no_postponing"]


async def test_one_methods_steps_at_the_popups_first_screen_say_what_comes_first(backend, domain):
    """Forty-seventh outsider check, F9: grace@, its popup at its first screen (« Oui, je
    veux… »), said « bon ok je vais l'activer tout de suite, par sms » and got steps starting
    at « SMS », a button that popup does not show yet. The line says what comes first; at the
    choice of method, the steps need nothing more."""
    make_user(backend.ctx, "offer@acme.fr", state="grace")
    turn = await _ask(domain, await _token(backend, "offer@acme.fr"), "ask_enable_sms",
                      "bon ok je vais l'activer tout de suite, par sms", "fr")
    assert turn.responses == ["utter_status_at_the_offer"]
    make_user(backend.ctx, "choice@acme.fr", state="expired")
    turn = await _ask(domain, await _token(backend, "choice@acme.fr"), "ask_enable_app",
                      "how do I set it up with the app", "en")
    assert turn.responses == []


@pytest.mark.parametrize("lang,left", [("en", "1 attempt"), ("fr", "1 essai")])
async def test_a_refused_code_says_how_many_wrong_codes_are_left_before_the_lock(backend, domain, clock, lang, left):
    """Fifty-ninth outside check, F13: nine wrong codes typed in the portal, then "why can't I
    log in?" got the app's line and no warning; the tenth locked the account. After a refused
    code's answer, the wrong codes the account may still take are said; none before a first."""
    from tests.api._kit import SECRET, totp_code

    clock.set(datetime(2024, 6, 3, 8, 0, 15, tzinfo=timezone.utc))
    email = f"tries-{lang}@acme.fr"
    make_user(backend.ctx, email, state="app")
    browser, _ = await backend.portal(email)
    token = await backend.customer_token(browser)
    turn = await _ask(domain, token, "code_rejected", "code refused", lang)
    assert turn.responses == ["utter_status_pending_app"]  # no wrong code yet: no count
    for n in range(9):
        wrong = f"{(int(totp_code(SECRET, clock.now)) + 1) % 10 ** 6:06d}"
        async with browser.post(f"{backend.url}/api/portal/verify", json={"code": wrong}) as r:
            assert r.status == 400, await r.text()
            assert (await r.json())["attempts_left"] == 9 - n
        clock.shift(seconds=2 ** n)  # the growing wait between two tries
    turn = await _ask(domain, token, "code_rejected", "code refused", lang)
    assert turn.responses == ["utter_status_pending_app", "utter_status_tries_left"]
    assert turn.variables("utter_status_tries_left")["attempts_left_text"] == left
    texts = [v["text"] for v in domain["responses"]["utter_status_tries_left"]
             if any(c.get("value") == lang for c in v.get("condition") or [])]
    assert texts and all("{attempts_left_text}" in t for t in texts), texts
    assert all(("locks" in t) if lang == "en" else ("verrouillage" in t) for t in texts), texts
