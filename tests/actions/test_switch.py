"""action_switch_method against the real backend: the target is the method the customer
wants to move TO, and every answer of the backend has its own reply (issue 16 item 2)."""

from __future__ import annotations

from typing import Dict, List, Tuple

import pytest
from sqlalchemy import select, update

from actions.switch import ActionSwitchMethod
from actions.target_method import target_method
from bot import clock
from bot.models import Challenge, PortalSession, User
from tests.actions.driver import Conversation, assert_no_secrets
from tests.helpers import make_user, open_ticket_for, outbox

switch = ActionSwitchMethod()
PHONE = "+33612345678"


def entities(text: str, *mentions: Tuple[str, str]) -> List[Dict]:
    """The method entities the NLU gives (lookup tables: position and normalised value)."""
    found = []
    for words, value in mentions:
        start = text.lower().index(words.lower())
        found.append({"entity": "method", "value": value, "start": start, "end": start + len(words)})
    return found


def say(conv: Conversation, text: str, *mentions: Tuple[str, str]) -> None:
    conv.say(text, "request_switch_method", entities(text, *mentions))


async def _login(backend, email):
    browser, view = await backend.portal(email)
    return browser, view, await backend.customer_token(browser)


def _pending(backend, user_id):
    with backend.ctx.db.session() as s:
        ch = s.execute(select(Challenge).where(Challenge.user_id == user_id, Challenge.completed_at.is_(None),
                                               Challenge.cancelled_at.is_(None))
                       .order_by(Challenge.created_at.desc())).scalars().first()
        return (ch.purpose, ch.method) if ch else None


def _sms_count(backend, to=PHONE):
    return len(outbox(backend.ctx, "sms", to))


async def _enrolling_by_sms(backend, email, phone="+33612345679"):
    """A customer in the 28 days who said yes, logged in again, chose SMS and gave a number."""
    uid = make_user(backend.ctx, email, state="grace")
    browser, view = await backend.portal(email)
    assert view["stage"] == "offer"
    async with browser.post(f"{backend.url}/api/portal/accept") as r:
        assert r.status == 200, await r.text()
    browser, view = await backend.portal(email)
    assert view["stage"] == "choose"
    async with browser.post(f"{backend.url}/api/portal/enroll", json={"method": "sms", "phone": phone}) as r:
        assert r.status == 200, await r.text()
    return uid, browser, await backend.customer_token(browser)


async def _moved_to_the_app(backend, domain, email, locale):
    """An SMS activation the customer moved to the app in the chat ("the app please")."""
    uid, _, token = await _enrolling_by_sms(backend, email)
    conv = Conversation(domain, token=token, locale=locale)
    say(conv, "the app please", ("app", "totp"))
    await conv.run(switch)
    return uid, conv


async def _app_account_with_phone(backend, email):
    uid = make_user(backend.ctx, email, state="app")
    with backend.ctx.db.session() as s:
        s.execute(update(User).where(User.id == uid).values(phone=PHONE))
    _, _, token = await _login(backend, email)
    assert _pending(backend, uid) == ("login", "totp")
    return uid, token


# --------------------------------------------------------------------------- the target method

@pytest.mark.parametrize("text,mentions,expected", [
    ("I already use Google Authenticator, is it possible to get the codes by text instead now?",
     [("Google Authenticator", "totp")], "sms"),
    ("j'utilise déjà l'appli, je peux avoir les codes par sms ?", [("appli", "totp"), ("sms", "sms")], "sms"),
    ("j'active par SMS mais est-ce que je pourrais plutot passer par une appli ?",
     [("SMS", "sms"), ("appli", "totp")], "totp"),
    ("Je préfère le SMS à une app, comment je fais ?", [("SMS", "sms"), ("app", "totp")], "sms"),
    ("can I get this login's code by text message instead of the authenticator app",
     [("text message", "sms"), ("authenticator app", "totp")], "sms"),
    ("plus par SMS, avec l'appli", [("SMS", "sms"), ("appli", "totp")], "totp"),
    ("je ne veux plus par SMS, avec l'appli", [("SMS", "sms"), ("appli", "totp")], "totp"),
    ("can I use SMS instead of the app?", [("SMS", "sms"), ("app", "totp")], "sms"),
    ("passer de l'appli au SMS", [("appli", "totp"), ("SMS", "sms")], "sms"),
    ("switch from SMS to the app", [("SMS", "sms"), ("app", "totp")], "totp"),
    ("I'd rather get the code by SMS than use the app", [("SMS", "sms"), ("app", "totp")], "sms"),
    ("je préfère l'application plutôt que les SMS", [("application", "totp"), ("SMS", "sms")], "totp"),
    ("je ne veux plus de SMS", [("SMS", "sms")], "totp"),
    ("I don't want the app", [("app", "totp")], "sms"),
    ("passer à l'appli", [("appli", "totp")], "totp"),
    ("send me an sms", [("sms", "sms")], "sms"),
    # outsider finding 12: the method wanted comes last, "instead" after it
    ("my authenticator app codes dont work, can you send me an sms instead?",
     [("authenticator", "totp"), ("app", "totp"), ("sms", "sms")], "sms"),
    ("les codes de l'appli marchent pas, envoyez-moi un SMS à la place",
     [("appli", "totp"), ("SMS", "sms")], "sms"),
    # fifteenth outsider check, F1: the method that fails is the one to leave
    ("jrecois rien par sms, je prefere passer par l appli google authenticator",
     [("sms", "sms"), ("appli", "totp"), ("google authenticator", "totp")], "totp"),
    ("le sms arrive pas, je veux essayer une autre methode", [("sms", "sms")], "totp"),
    ("the sms never comes, can I switch", [("sms", "sms")], "totp"),
    ("nothing by text, put me on the app", [("text", "sms"), ("app", "totp")], "totp"),
    ("the app doesn't work, switch me", [("app", "totp")], "sms"),
    ("the sms never comes, switch me to the app", [("sms", "sms"), ("app", "totp")], "totp"),
    ("l'appli plante jamais, mais le sms n'arrive plus, je veux l'appli", [("appli", "totp"), ("sms", "sms"), ("appli", "totp")], "totp"),
    # DEV92, DEV94 (written blind): the app used for other tools, the texts left in so many words
    ("Our field techs already use Google Authenticator for the company VPN, so I'd rather everyone used the "
     "same thing for your portal instead of getting texts. How do they set it up?",
     [("Google Authenticator", "totp"), ("texts", "sms")], "totp"),
    ("half our dispatchers already use Google Authenticator for other tools. I'd like to add M2Mmanager to it "
     "rather than getting texts", [("Google Authenticator", "totp"), ("texts", "sms")], "totp"),
    ("my boss refuses one more app on her phone. Can she just get a text instead?",
     [("app", "totp"), ("text", "sms")], "sms"),
    ("SMS ou appli ?", [("SMS", "sms"), ("appli", "totp")], None),
    ("essayer une autre méthode", [], None),
])
def test_target_is_the_method_to_move_to(text, mentions, expected):
    assert target_method(text, entities(text, *mentions)) == expected


def test_button_payload_entities_have_no_position():
    assert target_method('/request_switch_method{"method":"totp"}', [{"entity": "method", "value": "totp"}]) == "totp"
    assert target_method("x", [{"entity": "method", "value": "pigeon"}]) is None
    assert target_method(None, "garbage") is None


# --------------------------------------------------------------------------- switched

async def test_switch_enrollment_to_app(backend, domain):
    uid, _, token = await _enrolling_by_sms(backend, "enr@acme.fr")
    assert _pending(backend, uid) == ("enroll", "sms")
    conv = Conversation(domain, token=token)
    say(conv, "plus par SMS, avec l'appli", ("SMS", "sms"), ("appli", "totp"))
    turn = await conv.run(switch)
    assert turn.responses == ["utter_switch_done_app"]
    assert _pending(backend, uid) == ("enroll", "totp")


async def test_switch_enrollment_back_to_sms_says_it_switched(backend, domain):
    uid, conv = await _moved_to_the_app(backend, domain, "enr2@acme.fr", "en")
    say(conv, "actually by SMS instead of the app", ("SMS", "sms"), ("app", "totp"))
    turn = await conv.run(switch)
    assert turn.responses == ["utter_switch_enter_phone"]
    assert _pending(backend, uid) == ("enroll", "sms")


@pytest.mark.parametrize("first, again, mention, response", [
    ("sms", "actually i'd rather get the codes by text message", ("text message", "sms"),
     "utter_switch_same_method_sms_enroll"),
    ("totp", "put me on the authenticator app", ("authenticator app", "totp"), "utter_switch_same_method_app_enroll"),
])
async def test_asking_for_the_activations_own_method_gives_its_next_step(backend, domain, first, again, mention,
                                                                          response):
    """Nineteenth outsider check: the activation just switched to SMS, no number typed, and
    "I'd rather get the codes by text" got "Your login already uses SMS: type the code you
    received". It is an activation: type the number (or the code, once sent)."""
    uid, conv = await _moved_to_the_app(backend, domain, f"same-{first}@acme.fr", "en")
    if first == "sms":
        say(conv, "back to sms", ("sms", "sms"))
        await conv.run(switch)
    say(conv, again, mention)
    turn = await conv.run(switch)
    assert turn.responses == [response] and _pending(backend, uid) == ("enroll", first)


@pytest.mark.parametrize("locale, asked, mention", [
    ("en", "ok and if I want SMS back?", ("SMS", "sms")),
    ("en", "what if I switch to the app later", ("app", "totp")),
    ("fr", "et si je veux repasser en SMS ?", ("SMS", "sms")),
    ("fr", "je pourrai passer sur l'appli plus tard ?", ("appli", "totp")),
    # moved the activation at once (twenty-second outsider check's re-check)
    ("en", "actually would it be possible to use SMS instead? i have a phone already", ("SMS", "sms")),
])
async def test_a_question_about_switching_changes_nothing(backend, domain, locale, asked, mention):
    """Tenth outsider check, C29: "ok and if I want SMS back?" switched the pending activation
    to SMS (and dropped the number typed) with no confirmation. A question about what is
    possible changes nothing: the other method gets the offer to move, a question with a yes
    button (twenty-second check, F10: it got "it's possible", and a bare "oui" then switched);
    the method the activation already uses gets what is possible."""
    uid, conv = await _moved_to_the_app(backend, domain, f"hypo-{locale}-{mention[1]}@acme.fr", locale)
    before = _pending(backend, uid)
    say(conv, asked, mention)
    turn = await conv.run(switch)
    expected = "utter_switch_offer_sms" if mention[1] == "sms" else "utter_switch_possible"
    assert turn.responses == [expected]
    assert _pending(backend, uid) == before == ("enroll", "totp")


@pytest.mark.parametrize("locale, asked, mention, go", [
    ("fr", "et si je veux repasser en SMS ?", ("SMS", "sms"), "ok faites le changement"),
    ("en", "ok and if I want SMS back?", ("SMS", "sms"), "go ahead, do it"),
])
async def test_do_it_after_what_is_possible_switches_to_the_method_asked(backend, domain, locale, asked,
                                                                         mention, go):
    """Seventeenth outsider check, finding 7: "ok faites le changement" after "Oui, c'est
    possible ... ou en me le demandant ici" got "Très bien" and nothing changed. It is the
    switch, to the method the question named."""
    uid, conv = await _moved_to_the_app(backend, domain, f"go-{locale}@acme.fr", locale)
    say(conv, asked, mention)
    assert (await conv.run(switch)).responses == ["utter_switch_offer_sms"]
    assert _pending(backend, uid) == ("enroll", "totp")
    say(conv, go)
    turn = await conv.run(switch)
    assert turn.responses == ["utter_switch_enter_phone"]
    assert _pending(backend, uid) == ("enroll", "sms")


@pytest.mark.parametrize("locale, asked, intent, go", [
    ("en", "could I do it by SMS instead?", "ask_enable_sms", "ok do it then"),
    ("fr", "et par SMS plutôt, ça marche ?", "ask_enable_sms", "oui"),
])
async def test_the_other_methods_steps_mid_activation_offer_the_move_and_yes_makes_it(
        backend, domain, locale, asked, intent, go):
    """Nineteenth outsider check: "what if I want to use SMS instead?" during an app activation
    got the SMS steps alone, and "ok do it then" switched nothing. The steps now come with the
    offer to move the activation; asking changes nothing, the "yes" (typed, or the offer's
    button, both read by the fallback as the switch request) makes the move."""
    from actions.personal import ActionPersonalAnswer

    uid, conv = await _moved_to_the_app(backend, domain, f"offer-{locale}@acme.fr", locale)
    conv.say(asked, intent)
    turn = await conv.run(ActionPersonalAnswer())
    assert turn.responses == ["utter_switch_offer_sms"]
    assert _pending(backend, uid) == ("enroll", "totp")
    conv.say(go, "request_switch_method")  # what the fallback's yes_clicks hands over
    turn = await conv.run(switch)
    assert turn.responses == ["utter_switch_enter_phone"]
    assert _pending(backend, uid) == ("enroll", "sms")


async def test_the_other_methods_steps_at_a_login_offer_only_a_registered_method(backend, domain):
    """At login the popup offers only the methods the account holds: an app account with a
    number on file is offered SMS; one without is told a reset is needed (LF02, above)."""
    from actions.personal import ActionPersonalAnswer

    uid, token = await _app_account_with_phone(backend, "offer-login@acme.fr")
    conv = Conversation(domain, token=token, locale="en")
    conv.say("can I get it by text instead?", "ask_enable_sms")
    assert (await conv.run(ActionPersonalAnswer())).responses == ["utter_switch_offer_sms"]
    make_user(backend.ctx, "offer-nophone@acme.fr", state="app")
    _, _, token = await _login(backend, "offer-nophone@acme.fr")
    conv = Conversation(domain, token=token, locale="en")
    conv.say("can I get it by text instead?", "ask_enable_sms")
    assert (await conv.run(ActionPersonalAnswer())).responses == ["utter_switch_not_enrolled_sms"]
    # the same method's steps offer nothing: the popup already waits for it
    conv.say("how do I set up the app?", "ask_enable_app")
    assert "utter_switch_offer_app" not in (await conv.run(ActionPersonalAnswer())).responses


async def test_a_method_named_long_before_is_not_switched_to(backend, domain):
    """Only the question just answered counts: "which one?" is asked otherwise."""
    uid, conv = await _moved_to_the_app(backend, domain, "go-old@acme.fr", "en")
    say(conv, "change my method")
    turn = await conv.run(switch)
    assert turn.responses == ["utter_ask_method"] and _pending(backend, uid) == ("enroll", "totp")


async def test_switch_login_to_sms_sends_a_code(backend, domain):
    """The issue's message: an app account at the code step, with a number on file. Asked as
    a question, the move is offered first and nothing is sent (twentieth outsider check,
    finding 1); the "yes" moves the login and sends the code."""
    uid, token = await _app_account_with_phone(backend, "both@acme.fr")
    before = _sms_count(backend)
    conv = Conversation(domain, token=token, locale="en")
    text = "can I get this login's code by text message instead of the authenticator app"
    say(conv, text, ("text message", "sms"), ("authenticator app", "totp"))
    assert (await conv.run(switch)).responses == ["utter_switch_offer_sms"]
    assert _pending(backend, uid) == ("login", "totp") and _sms_count(backend) == before
    say(conv, "yes")
    turn = await conv.run(switch)
    assert turn.responses == ["utter_switch_done_sms"]
    assert turn.variables("utter_switch_done_sms")["masked_phone"].endswith("78")
    assert _pending(backend, uid) == ("login", "sms")
    assert _sms_count(backend) == before + 1
    assert_no_secrets(turn.messages, PHONE, token)


async def test_switch_login_back_to_the_app(backend, domain):
    uid, token = await _app_account_with_phone(backend, "both2@acme.fr")
    conv = Conversation(domain, token=token)
    say(conv, "par SMS", ("SMS", "sms"))
    await conv.run(switch)
    say(conv, "finalement avec l'application", ("application", "totp"))
    turn = await conv.run(switch)
    assert turn.responses == ["utter_switch_done_app_login"]
    assert _pending(backend, uid) == ("login", "totp")


# --------------------------------------------------------------------------- not switched

async def test_already_that_method(backend, domain):
    uid = make_user(backend.ctx, "smsuser@acme.fr", state="sms", phone=PHONE)
    _, _, token = await _login(backend, "smsuser@acme.fr")
    conv = Conversation(domain, token=token)
    say(conv, "je veux recevoir le code par SMS", ("SMS", "sms"))
    assert (await conv.run(switch)).responses == ["utter_switch_same_method_sms"]
    assert _pending(backend, uid) == ("login", "sms")


async def test_app_only_account_asking_for_sms_gets_the_reset_path(backend, domain):
    uid = make_user(backend.ctx, "apponly@acme.fr", state="app")
    _, _, token = await _login(backend, "apponly@acme.fr")
    before = len(outbox(backend.ctx, "sms"))
    conv = Conversation(domain, token=token, locale="en")
    say(conv, "can I use SMS instead of the app?", ("SMS", "sms"), ("app", "totp"))
    turn = await conv.run(switch)
    assert turn.responses == ["utter_switch_not_enrolled_sms"]
    assert _pending(backend, uid) == ("login", "totp") and len(outbox(backend.ctx, "sms")) == before


@pytest.mark.parametrize("state, text, entities, said", [
    ("app", "can I use SMS instead of the app?", (("SMS", "sms"), ("app", "totp")),
     "utter_switch_not_enrolled_sms_request_open"),
    ("sms", "switch me to the authenticator app", (("app", "totp"),),
     "utter_switch_not_enrolled_app_request_open"),
])
async def test_the_reset_path_with_a_request_already_open_says_it_is(backend, domain, state, text, entities, said):
    """The twenty-fifth session, reproducing the forty-ninth outsider check's F3: an account with
    a reset request open asked for the other method got "…a reset request is needed, I can open
    it for you [Request a reset]", and the yes then said a request was already open. It says so
    at once, with no offer."""
    email = f"open-{state}@acme.fr"
    uid = make_user(backend.ctx, email, state=state, phone=PHONE if state == "sms" else None)
    open_ticket_for(backend.ctx, uid, "T-OP3N12")
    _, _, token = await _login(backend, email)
    conv = Conversation(domain, token=token, locale="en")
    say(conv, text, *entities)
    turn = await conv.run(switch)
    assert turn.responses == [said]
    assert not any(m.get("buttons") for m in turn.messages)


async def test_sms_only_account_asking_for_the_app(backend, domain):
    uid = make_user(backend.ctx, "smsonly@acme.fr", state="sms", phone=PHONE)
    _, _, token = await _login(backend, "smsonly@acme.fr")
    conv = Conversation(domain, token=token)
    say(conv, "je veux l'application", ("application", "totp"))
    assert (await conv.run(switch)).responses == ["utter_switch_not_enrolled_app"]
    assert _pending(backend, uid) == ("login", "sms")


@pytest.mark.parametrize("locale, asked, mention", [
    ("fr", "et si je veux utiliser l'appli plutôt que le sms ?", ("appli", "totp")),
    ("en", "and what if I want to use the app rather than sms?", ("app", "totp")),
])
async def test_a_question_about_a_method_the_account_lacks_gets_the_reset_path(
        backend, domain, locale, asked, mention):
    """Thirty-first outsider check, finding 1: an SMS-only account waiting for its SMS code
    asked "what if I want the app instead?" and was told "yes, it's possible, click « Essayer
    une autre méthode »", which its popup does not show. It gets what the request gets (the
    app is not set up: a reset), and nothing changes."""
    uid = make_user(backend.ctx, f"whatif-{locale}@acme.fr", state="sms", phone=PHONE)
    _, _, token = await _login(backend, f"whatif-{locale}@acme.fr")
    conv = Conversation(domain, token=token, locale=locale)
    say(conv, asked, mention)
    turn = await conv.run(switch)
    assert turn.responses == ["utter_switch_not_enrolled_app"]
    assert _pending(backend, uid) == ("login", "sms")


@pytest.mark.parametrize("state,text,mentions,response", [
    ("grace", "je veux l'appli", [("appli", "totp")], "utter_switch_choose_at_enrollment"),
    ("app", "I want SMS", [("SMS", "sms")], "utter_switch_not_enrolled_sms"),
    ("app", "I want the app", [("app", "totp")], "utter_switch_account_uses_app"),
    ("locked", "I want the app", [("app", "totp")], "utter_status_locked"),
])
async def test_nothing_pending_answers_from_the_customer_situation(backend, domain, state, text, mentions, response):
    uid = make_user(backend.ctx, "idle@acme.fr", state=state)
    browser, _, token = await _login(backend, "idle@acme.fr")
    if _pending(backend, uid) is not None:  # an enrolled account logs in at the code step: sign it off
        with backend.ctx.db.session() as s:
            s.execute(update(Challenge).where(Challenge.user_id == uid).values(cancelled_at=clock.now()))
    conv = Conversation(domain, token=token)
    say(conv, text, *mentions)
    # not active yet: the method's set-up steps come before "you will choose it then"
    steps = ["utter_enable_app"] if response == "utter_switch_choose_at_enrollment" else []
    assert (await conv.run(switch)).responses == steps + [response]


async def test_switch_without_method_asks_which(backend, domain):
    _, _, token = await _enrolling_by_sms(backend, "which@acme.fr")
    conv = Conversation(domain, token=token)
    conv.say("autre méthode", "request_switch_method")
    assert (await conv.run(switch)).responses == ["utter_ask_method"]
    conv.say("x", "request_switch_method", [{"entity": "method", "value": "carrier-pigeon"}])
    assert (await conv.run(switch)).responses == ["utter_ask_method"]


async def test_without_a_session_and_a_method_the_button_is_explained(backend, domain):
    """DEV5: "« Essayer une autre méthode » ?" from a chat that is not logged in was asked
    which method, then told to log in: the how-to of the popup's button comes at once."""
    conv = Conversation(domain, token=None)
    conv.say("« Essayer une autre méthode » ?", "request_switch_method")
    assert (await conv.run(switch)).responses == ["utter_switch_howto"]


async def test_without_a_session_the_howto_with_the_portal_labels(backend, domain):
    """An anonymous "can I use SMS instead of the app?": how to do it on screen, and nothing changes."""
    uid, _, token = await _enrolling_by_sms(backend, "enr3@acme.fr")
    for bad in (None, token[:-4] + "AAAA"):
        conv = Conversation(domain, token=bad)
        conv.say('/request_switch_method{"method":"totp"}', "request_switch_method",
                 [{"entity": "method", "value": "totp"}])
        # the app's set-up steps first: the assistant cannot see whether they activated yet
        assert (await conv.run(switch)).responses == ["utter_enable_app", "utter_switch_howto"]
    assert _pending(backend, uid) == ("enroll", "sms")
    howto = {v.get("text") for v in domain["responses"]["utter_switch_howto"]}
    assert all("Essayer une autre méthode" in t for t in howto)


@pytest.mark.parametrize("text, method, mentions, first", [
    ("Est-ce que je peux recevoir le code par SMS plutôt qu'avec une application ?", "sms",
     (("SMS", "sms"), ("application", "totp")), "utter_enable_sms"),
    ("is it possible to use an authenticator app rather than texts?", "totp",
     (("authenticator app", "totp"), ("texts", "sms")), "utter_enable_app"),
    ("I'd like the app instead of SMS, how do I do that?", "totp",
     (("app", "totp"), ("SMS", "sms")), "utter_enable_app"),
])
async def test_without_a_session_can_i_have_the_other_method_gets_its_steps_and_the_howto(
        backend, domain, text, method, mentions, first):
    """Blind DEV writers (three sets) file "can I get the code by SMS rather than with an app?"
    under the SMS set-up; the classifier hears a switch. From a visitor the assistant cannot
    see, both help: the method's steps, then how to change method on screen."""
    conv = Conversation(domain, token=None)
    conv.say(text, "request_switch_method", entities(text, *mentions))
    assert (await conv.run(switch)).responses == [first, "utter_switch_howto"]


async def test_a_question_about_moving_gets_the_offer_and_nothing_moves_before_yes(backend, domain):
    """Twentieth outsider check, finding 1: "is it possible to get the code by SMS instead of
    Google Authenticator?" moved the activation at once (and emailed "method changed"). A
    question gets the offer; the yes moves it. A request still acts at once (below)."""
    uid, conv = await _moved_to_the_app(backend, domain, "ask-first@acme.fr", "en")
    text = "is it possible to get the code by SMS instead of Google Authenticator?"
    say(conv, text, ("SMS", "sms"), ("Google Authenticator", "totp"))
    assert (await conv.run(switch)).responses == ["utter_switch_offer_sms"]
    assert _pending(backend, uid) == ("enroll", "totp")
    say(conv, "/affirm")  # the offer's button, as the fallback hands it over
    assert (await conv.run(switch)).responses == ["utter_switch_enter_phone"]
    assert _pending(backend, uid) == ("enroll", "sms")
    say(conv, "switch me back to the app please", ("app", "totp"))
    assert (await conv.run(switch)).responses == ["utter_switch_done_app"]
    assert _pending(backend, uid) == ("enroll", "totp")


async def test_switch_with_a_stale_session(backend, domain):
    uid, _, token = await _enrolling_by_sms(backend, "enr4@acme.fr")
    with backend.ctx.db.session() as s:
        s.execute(update(PortalSession).where(PortalSession.user_id == uid).values(revoked_at=clock.now()))
    conv = Conversation(domain, token=token)
    say(conv, "app", ("app", "totp"))
    assert (await conv.run(switch)).responses == ["utter_enable_app", "utter_switch_howto"]
    assert _pending(backend, uid) == ("enroll", "sms")


async def test_switch_backend_down(backend_down, domain):
    conv = Conversation(domain, token="t")
    say(conv, "app", ("app", "totp"))
    assert (await conv.run(switch)).responses == ["utter_backend_unavailable"]
