"""action_handoff: a handoff row with the reference, the conversation and the language."""

from __future__ import annotations

import pytest

from sqlalchemy import select

from actions.handoff import ActionHandoff, ActionWithdrawHandoff
from bot import content
from bot.models import Handoff
from tests.actions.driver import Conversation, assert_no_secrets
from tests.helpers import make_user, open_ticket_for, utc

action = ActionHandoff()
MONDAY_10H_PARIS = utc(2026, 3, 2, 9, 0)  # the line is open: Mon-Fri 9:00-18:00 Paris time


def rendered(domain, response: str, lang: str, **variables) -> str:
    """The text Rasa would show: the domain's variation for the language, filled in."""
    variations = domain["responses"][response]
    for v in variations:
        cond = v.get("condition") or []
        if (lang == "en") == any(c.get("value") == "en" for c in cond):
            facts = content.facts(content.settings_from_environment(), lang)  # filled by the NLG
            return content.fill(v["text"], {**facts, **variables})
    raise AssertionError(f"{response} has no {lang} variation")


def handoff_row(backend, reference):
    with backend.ctx.db.session() as s:
        h = s.execute(select(Handoff).where(Handoff.reference == reference)).scalar_one()
        return h.conversation_id, h.user_id, h.language, h.reason, h.identity_status


async def test_handoff_with_widget_session(backend, domain, clock):
    clock.set(MONDAY_10H_PARIS)
    uid = make_user(backend.ctx, "paul@acme.fr", state="grace", language="en")
    browser, _ = await backend.portal("paul@acme.fr")
    token = await backend.customer_token(browser)
    conv = Conversation(domain, token=token, locale="en")
    conv.say("I want to talk to a person", "request_human")
    turn = await conv.run(action)
    assert turn.responses == ["utter_handoff"]
    reference = turn.variables("utter_handoff")["reference"]
    assert conv.slots["handoff_reference"] == reference
    # how the customer was identified: the portal password (bot/core/assurance.py)
    assert handoff_row(backend, reference) == (conv.sender_id, uid, "en", "customer_request", "password")
    # the agent API finds it and links the conversation
    async with backend.http.get(f"{backend.url}/api/agent/handoffs/{reference}",
                                headers={"Authorization": f"Bearer {backend.settings.agent_token}"}) as r:
        assert r.status == 200
        assert (await r.json())["conversation_id"] == conv.sender_id
    assert_no_secrets(turn.messages, token)


@pytest.mark.parametrize("text, lang, asked", [
    ("je préfère qu'un conseiller m'appelle", "fr", True),
    ("can someone call me back please", "en", True),
    ("je veux parler à quelqu'un", "fr", False),
])
async def test_a_call_back_asked_is_told_the_call_comes_from_the_customer(
    backend, domain, clock, text, lang, asked
):
    """Fiftieth outsider check, F11: « je préfère qu'un conseiller m'appelle » got the reference
    and "call us", never that nobody calls back: the customer could wait for a call. Asked for,
    the call back is declined first, the reference right after; a person asked for alone gets
    the reference alone."""
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale=lang)
    conv.say(text, "request_human")
    turn = await conv.run(action)
    lead = ["utter_handoff_no_call_back"] if asked else []
    assert turn.responses == [*lead, "utter_handoff"]
    reference = turn.variables("utter_handoff")["reference"]
    assert reference in rendered(domain, "utter_handoff", lang, **turn.variables("utter_handoff"))


async def test_a_handoff_asked_again_keeps_the_customers_request_as_reason(backend, domain, clock):
    """Forty-ninth outsider check, F12: a handoff called off, then taken up again with a yes
    ("ah si finalement je veux bien le rappel"), reached the console as "other", the first one
    as "customer_request": the same request, two reasons for the agent."""
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="fr")
    conv.say("je veux parler à quelqu'un", "request_human")
    first = (await conv.run(action)).variables("utter_handoff")["reference"]
    conv.say("ah si finalement je veux bien", "affirm")
    second = (await conv.run(action)).variables("utter_handoff")["reference"]
    assert handoff_row(backend, first)[3] == handoff_row(backend, second)[3] == "customer_request"


async def test_anonymous_handoff_after_fallbacks(backend, domain, clock):
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="fr")
    conv.events.append({"event": "action", "name": "action_fallback"})
    conv.say("/request_human", "request_human")
    turn = await conv.run(action)
    reference = turn.variables("utter_handoff")["reference"]
    assert handoff_row(backend, reference) == (conv.sender_id, None, "fr", "not_understood", "none")


async def test_handoff_backend_down(backend_down, domain):
    conv = Conversation(domain)
    conv.say("un conseiller", "request_human")
    assert (await conv.run(action)).responses == ["utter_handoff_unavailable"]


async def test_inside_hours_the_reply_says_the_line_is_open(backend, domain, clock):
    clock.set(utc(2026, 12, 4, 16, 59))  # Friday 17:59 in Paris
    for lang, words in (("fr", "ouvert en ce moment"), ("en", "open now")):
        conv = Conversation(domain, locale=lang)
        conv.say("/request_human", "request_human")
        turn = await conv.run(action)
        assert turn.responses == ["utter_handoff"]
        text = rendered(domain, "utter_handoff", lang, **turn.variables("utter_handoff"))
        assert words in text and "+33 (0)4 88 36 07 40" in text


async def test_outside_hours_the_reply_says_when_the_line_opens_french(backend, domain, clock):
    clock.set(utc(2026, 11, 28, 22, 0))  # Saturday 23:00 in Paris
    conv = Conversation(domain, locale="fr")
    conv.say("je veux parler à quelqu'un", "request_human")
    turn = await conv.run(action)
    assert turn.responses == ["utter_handoff_closed"]
    values = turn.variables("utter_handoff_closed")
    assert values["opens"] == "lundi 30 novembre à 9 h 00"
    text = rendered(domain, "utter_handoff_closed", "fr", **values)
    assert "fermé en ce moment" in text and "il rouvre lundi 30 novembre à 9 h 00" in text
    assert "helpme@matooma.com" in text and values["reference"] in text
    # the reset request is offered here, not in « Mes demandes », which opens only after the
    # second factor a customer asking for a person is often stuck at (22nd outsider check, F8)
    assert "me demander ici d'ouvrir une demande de réinitialisation" in text
    assert "Mes demandes" not in text
    # the handoff is recorded anyway: agents find it in the queue when the line opens
    assert handoff_row(backend, values["reference"])[0] == conv.sender_id


async def test_outside_hours_english_skips_the_christmas_holiday(backend, domain, clock):
    clock.set(utc(2026, 12, 24, 17, 30))  # Thursday 18:30 in Paris; 25 December is a public holiday
    conv = Conversation(domain, locale="en")
    conv.say("I want to talk to a person", "request_human")
    turn = await conv.run(action)
    values = turn.variables("utter_handoff_closed")
    assert values["opens"] == "Monday 28 December at 9:00"
    text = rendered(domain, "utter_handoff_closed", "en", **values)
    assert "closed right now; it opens Monday 28 December at 9:00 (Paris time)" in text
    assert "ask me here to open a two-factor authentication reset request" in text
    assert "Mes demandes" not in text and "helpme@matooma.com" in text


async def test_early_morning_says_today(backend, domain, clock):
    clock.set(utc(2026, 3, 2, 6, 30))  # Monday 7:30 in Paris
    conv = Conversation(domain, locale="en")
    conv.say("/request_human", "request_human")
    turn = await conv.run(action)
    assert turn.variables("utter_handoff_closed")["opens"] == "today at 9:00"


async def test_asking_for_a_person_in_words_after_a_misunderstanding_is_a_customer_request(backend, domain, clock):
    """Outsider check of 2026-12-01: "je veux un conseiller" after a fallback was recorded as
    `not_understood`; the agent reads the reason before picking up."""
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="fr")
    conv.events.append({"event": "action", "name": "action_fallback"})
    conv.say("je veux un conseiller", "request_human")
    reference = (await conv.run(action)).variables("utter_handoff")["reference"]
    assert handoff_row(backend, reference)[3] == "customer_request"


async def closed_line_reply(backend, domain, browser, lang: str, expected: str):
    """A logged-in customer asks for a person: the one reply, its values and its text."""
    conv = Conversation(domain, token=await backend.customer_token(browser), locale=lang)
    conv.say("/request_human", "request_human")
    turn = await conv.run(action)
    assert turn.responses == [expected]
    values = turn.variables(expected)
    return values, rendered(domain, expected, lang, **values)


async def test_a_locked_account_is_told_only_an_agent_unlocks_it(backend, domain, clock):
    """Outside the line's hours the usual reply suggests a 2FA reset request meanwhile, which
    does not unlock a locked account (outsider check of 2026-12-01): a locked customer is
    told that only an agent unlocks it, with the reference and the email."""
    clock.set(utc(2026, 11, 28, 22, 0))  # Saturday 23:00 in Paris
    make_user(backend.ctx, "locked@acme.fr", state="locked")
    browser, _ = await backend.portal("locked@acme.fr")
    for lang, words, reset in (("fr", "seul un conseiller peut le débloquer", "Mes demandes"),
                               ("en", "only an agent can unlock it", "My requests")):
        values, text = await closed_line_reply(backend, domain, browser, lang, "utter_handoff_closed_locked")
        assert words in text and values["reference"] in text and "helpme@matooma.com" in text
        assert reset not in text
    # an account that is not locked keeps the usual reply, with the reset request meanwhile
    make_user(backend.ctx, "fine@acme.fr", state="sms")
    other, _ = await backend.portal("fine@acme.fr")
    conv = Conversation(domain, token=await backend.customer_token(other), locale="fr")
    conv.say("/request_human", "request_human")
    assert (await conv.run(action)).responses == ["utter_handoff_closed_signed_in"]


async def test_a_logged_in_customer_is_not_told_to_log_in_first(backend, domain, clock):
    """Thirteenth outsider check, LE12: a customer chatting from the portal, logged in, was
    told to ask for the reset request "once logged in to the portal". Logged in, the reply
    offers it here; an anonymous chat is still told where to log in."""
    clock.set(utc(2026, 11, 28, 22, 0))  # Saturday 23:00 in Paris: the line is closed
    make_user(backend.ctx, "in@acme.fr", state="sms")
    browser, _ = await backend.portal("in@acme.fr")
    for lang, here, login in (("fr", "me demander ici d'ouvrir une demande", "après l'étape du mot de passe"),
                              ("en", "ask me here to open a two-factor", "after the password step")):
        values, text = await closed_line_reply(backend, domain, browser, lang, "utter_handoff_closed_signed_in")
        assert here in text and login not in text and values["reference"] in text
        assert "Mes demandes" not in text  # it needs the second factor (22nd outsider check)
        anonymous = Conversation(domain, locale=lang)
        anonymous.say("/request_human", "request_human")
        turn = await anonymous.run(action)
        assert turn.responses == ["utter_handoff_closed"]
        assert login in rendered(domain, "utter_handoff_closed", lang, **turn.variables("utter_handoff_closed"))


async def test_an_account_without_2fa_is_not_offered_a_reset_it_would_be_refused(backend, domain, clock):
    """Thirty-eighth outsider check, finding 9: logged in on an account with no 2FA method yet,
    "I want to talk to a human" got "…you can ask me here to open a two-factor authentication
    reset request", which the same chat then refuses ("nothing to reset"). The reply says the
    account has no 2FA yet and offers the set-up instead."""
    clock.set(utc(2026, 11, 28, 22, 0))  # Saturday 23:00 in Paris: the line is closed
    make_user(backend.ctx, "grace@acme.fr", state="grace")
    browser, _ = await backend.portal("grace@acme.fr")
    for lang, none_yet, reset in (("fr", "n'a pas encore la double authentification", "réinitialisation"),
                                  ("en", "does not have two-factor authentication yet", "reset")):
        values, text = await closed_line_reply(backend, domain, browser, lang, "utter_handoff_closed_not_enrolled")
        assert none_yet in text and values["reference"] in text and reset not in text


async def test_a_handoff_after_a_ticket_names_it_instead_of_suggesting_a_request(backend, domain, clock):
    """Outsider check of 2026-12-01, F8: 30 s after ticket T-AN3Y9P was opened, "je préfère
    parler à un conseiller" got the reference and "Sans attendre, vous pouvez demander la
    réinitialisation…". The reply now names the open request and that an email follows
    (not « Mes demandes », which needs the second factor: sixteenth outsider check)."""
    clock.set(utc(2026, 11, 28, 22, 0))  # Saturday 23:00 in Paris: the line is closed
    open_ticket_for(backend.ctx, make_user(backend.ctx, "ticket@acme.fr", state="sms"), "T-AB12CD")
    browser, _ = await backend.portal("ticket@acme.fr")
    for lang, follow, suggest in (("fr", "vous recevrez un email quand elle sera traitée", "Sans attendre"),
                                  ("en", "you will get an email when it is done", "Without waiting")):
        values, text = await closed_line_reply(backend, domain, browser, lang, "utter_handoff_closed_ticket")
        assert values["reference"] in text and follow in text and suggest not in text
        assert "T-AB12CD" not in text  # a password alone: the number is not given (attacker check)


@pytest.mark.parametrize("last, reason", [("utter_resend_limit_no_switch", "sms_limit"),
                                          ("utter_sms_still_nothing", "sms_not_received"),
                                          ("utter_reset_login_first", "cannot_log_in"),
                                          ("utter_greet", "customer_request")])
async def test_the_button_of_a_reply_tells_the_agent_why(backend, domain, clock, last, reason):
    """Outsider check of 2026-12-01 (agent side): the handoff from the SMS-limit reply's
    button was recorded as `customer_request`; the agent had to read the transcript to learn
    that the SMS limit was hit."""
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="en")
    conv.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": last}})
    conv.say("/request_human", "request_human")
    reference = (await conv.run(action)).variables("utter_handoff")["reference"]
    assert handoff_row(backend, reference)[3] == reason



@pytest.mark.parametrize("earlier, intent, reason", [
    ("je n'ai pas reçu le SMS", "sms_not_received", "sms_not_received"),
    ("le code est refusé", "code_rejected", "code_rejected"),
    ("j'ai perdu mon téléphone", "phone_changed", "phone_changed"),
    ("c'est quoi la 2FA ?", "ask_what_is_2fa", "customer_request"),
])
async def test_asking_in_words_after_a_topic_tells_the_agent_the_topic(backend, domain, clock, earlier, intent, reason):
    """Seventh outsider check (agent side): 8 handoffs out of 8 were `customer_request`, the
    broken phone and the refused code included: the agent had to read every transcript."""
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="fr")
    conv.say(earlier, intent)
    conv.events.append({"event": "action", "name": "utter_sms_not_received"})
    conv.say("je veux parler à quelqu'un", "request_human")
    reference = (await conv.run(action)).variables("utter_handoff")["reference"]
    assert handoff_row(backend, reference)[3] == reason
    for lang in ("fr", "en"):  # the console has a label for it in both languages
        assert content.catalogue(lang)["pages"][f"js_reason_{reason}"]

async def test_only_a_check_that_failed_is_reported_as_one(backend, domain, clock):
    """Outsider check of 2026-12-01 (agent side): anonymous customers who never tried an
    identity check were shown as `identity_check_failed`: the ticket form sets
    identity_verified=False before any check, to send the customer through it."""
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="en")
    conv.slots["identity_verified"] = False
    conv.say("I want to talk to a person", "request_human")
    reference = (await conv.run(action)).variables("utter_handoff")["reference"]
    assert handoff_row(backend, reference)[3] == "customer_request"
    failed = Conversation(domain, locale="en")
    failed.slots["identity_verified"] = False
    failed.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": "utter_too_many_invalid"}})
    failed.say("/request_human", "request_human")
    reference = (await failed.run(action)).variables("utter_handoff")["reference"]
    assert handoff_row(backend, reference)[3] == "identity_check_failed"


async def test_after_a_reset_request_in_the_chat_the_call_is_about_it(backend, domain, clock):
    """Tenth outsider check (agent side): a customer who wrote about the SMS, then opened a
    changed-number request in the chat and asked for a person, was queued "SMS never
    received". The request opened in the chat is what the call is about."""
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="fr")
    conv.say("le sms n'arrive pas", "sms_not_received")
    conv.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": "utter_ticket_created"}})
    conv.say("je peux parler à quelqu'un ?", "request_human")
    reference = (await conv.run(action)).variables("utter_handoff")["reference"]
    assert handoff_row(backend, reference)[3] == "reset_ticket_open"


@pytest.mark.parametrize("style", ["rest", "nested"])
async def test_the_channels_client_key_travels_with_the_handoff(backend, domain, clock, style):
    """Thirty-sixth outsider check, finding 10: one client spent the hour's anonymous handoffs
    of everyone. The chat channel's client key (bot/rasa_ext/client_key.py) reaches the backend
    with the handoff, which gives one client 3 anonymous references an hour
    (ANONYMOUS_HANDOFFS_PER_CLIENT_PER_HOUR) and then the phone line without a reference."""
    clock.set(MONDAY_10H_PARIS)
    key, other = "c" * 32, "d" * 32
    references = []
    for i in range(3):
        conv = Conversation(domain, locale="fr", client_key=key, metadata_style=style)
        conv.say("je veux parler à un conseiller", "request_human")
        turn = await conv.run(action)
        assert turn.responses == ["utter_handoff"]
        references.append(turn.variables("utter_handoff")["reference"])
    with backend.ctx.db.session() as s:
        stored = s.execute(select(Handoff.client_key).where(Handoff.reference.in_(references))).scalars().all()
    assert stored == [key] * 3
    conv = Conversation(domain, locale="fr", client_key=key, metadata_style=style)
    conv.say("je veux parler à un conseiller", "request_human")
    turn = await conv.run(action)
    assert turn.responses == ["utter_handoff_phone_only"]
    assert conv.slots.get("handoff_reference") is None
    # another client is not held back by that one
    conv = Conversation(domain, locale="fr", client_key=other, metadata_style=style)
    conv.say("je veux parler à un conseiller", "request_human")
    assert (await conv.run(action)).responses == ["utter_handoff"]


async def test_past_the_cap_on_a_closed_line_the_reply_says_when_it_opens(backend, domain, clock):
    """Thirty-eighth outsider check, finding 8: past the per-client cap on a Saturday, the
    reply gave the weekly hours only, and a customer reading it would call a closed line."""
    clock.set(utc(2026, 11, 28, 9, 41))  # Saturday 10:41 in Paris
    key = "e" * 32
    for _ in range(3):
        conv = Conversation(domain, locale="en", client_key=key)
        conv.say("I want to talk to a human", "request_human")
        assert (await conv.run(action)).responses == ["utter_handoff_closed"]
    conv = Conversation(domain, locale="en", client_key=key)
    conv.say("I want to talk to a human", "request_human")
    turn = await conv.run(action)
    assert turn.responses == ["utter_handoff_phone_only_closed"]
    values = turn.variables("utter_handoff_phone_only_closed")
    assert values["opens"] == "Monday 30 November at 9:00"
    text = rendered(domain, "utter_handoff_phone_only_closed", "en", **values)
    assert "closed right now; it opens Monday 30 November at 9:00 (Paris time)" in text
    assert "+33 (0)4 88 36 07 40" in text and "choice 4" in text and "helpme@matooma.com" in text
    assert conv.slots.get("handoff_reference") is None
    # inside the hours the same cap gives the line as open, with its hours
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="fr", client_key="f" * 32)
    for _ in range(4):
        conv = Conversation(domain, locale="fr", client_key="f" * 32)
        conv.say("je veux parler à un conseiller", "request_human")
        turn = await conv.run(action)
    assert turn.responses == ["utter_handoff_phone_only"]


async def test_no_forget_it_right_after_the_reference_takes_the_call_off_the_queue(backend, domain, clock):
    """Thirty-ninth outsider check, F9: « je veux parler a un conseiller » got 6DXGDJ, then « non
    en fait laisse tomber » got "anything else?" and 6DXGDJ stayed waiting in the agents' queue.
    Now the reply says the request is withdrawn, with its reference, and the queue drops it; a
    second "no" has nothing left to withdraw."""
    clock.set(MONDAY_10H_PARIS)
    for lang, said in (("fr", "retiré votre demande d'appel"), ("en", "withdrawn your request for a call")):
        conv = Conversation(domain, locale=lang)
        conv.say("je veux parler a un conseiller", "request_human")
        reference = (await conv.run(action)).variables("utter_handoff")["reference"]
        conv.say("non en fait laisse tomber", "deny")
        turn = await conv.run(ActionWithdrawHandoff())
        assert turn.responses == ["utter_handoff_withdrawn"]
        text = rendered(domain, "utter_handoff_withdrawn", lang, **turn.variables("utter_handoff_withdrawn"))
        assert said in text and reference in text
        assert conv.slots["handoff_reference"] is None  # "what was my reference?" no longer gives it
        with backend.ctx.db.session() as s:
            h = s.execute(select(Handoff).where(Handoff.reference == reference)).scalar_one()
            assert (h.status, h.outcome, h.closed_by) == ("closed", "withdrawn", "customer")
        conv.say("non", "deny")
        assert (await conv.run(ActionWithdrawHandoff())).responses == ["utter_anything_else"]


async def test_a_call_an_agent_has_taken_is_not_withdrawn_from_the_chat(backend, domain, clock):
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="en")
    conv.say("a human please", "request_human")
    reference = (await conv.run(action)).variables("utter_handoff")["reference"]
    async with backend.http.post(f"{backend.url}/api/agent/handoffs/{reference}/take",
                                 headers={"Authorization": f"Bearer {backend.settings.agent_token}",
                                          "Origin": backend.url}, json={}) as r:
        assert r.status == 200
    conv.say("never mind", "cancel")
    turn = await conv.run(ActionWithdrawHandoff())
    assert turn.responses == ["utter_handoff_already_taken"]
    assert turn.variables("utter_handoff_already_taken")["reference"] == reference
    assert handoff_row(backend, reference)[0] == conv.sender_id
    with backend.ctx.db.session() as s:
        assert s.execute(select(Handoff.status).where(Handoff.reference == reference)).scalar_one() == "taken"


async def test_calling_off_with_the_backend_down_is_the_plain_no(backend_down, domain):
    conv = Conversation(domain)
    conv.say("laisse tomber", "cancel")
    assert (await conv.run(ActionWithdrawHandoff())).responses == ["utter_anything_else"]


async def test_no_forget_it_after_the_reference_was_said_again_calls_it_off(backend, domain, clock):
    """Fortieth outsider check, F1: "what's my reference again?", "and in french?", then "no
    forget it" got "anything else?" and the handoff stayed waiting. Right after the reference
    was said again, the "no" calls it off too; after another answer, it is a plain "no"."""
    from actions.reference import ActionRepeatReference

    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="en")
    conv.say("I need to talk to a human", "request_human")
    reference = (await conv.run(action)).variables("utter_handoff")["reference"]
    conv.say("what's my reference again?", "ask_reference")
    assert (await conv.run(ActionRepeatReference())).responses == ["utter_reference_handoff"]
    conv.say("no forget it", "deny")
    assert (await conv.run(ActionWithdrawHandoff())).responses == ["utter_handoff_withdrawn"]
    with backend.ctx.db.session() as s:
        assert s.execute(select(Handoff.outcome).where(Handoff.reference == reference)).scalar_one() == "withdrawn"

    other = Conversation(domain, locale="en")
    other.say("I need to talk to a human", "request_human")
    kept = (await other.run(action)).variables("utter_handoff")["reference"]
    other.say("what is 2fa exactly?", "ask_what_is_2fa")
    other.events += [{"event": "action", "name": "utter_what_is_2fa"},
                     {"event": "bot", "text": None, "data": {}, "metadata": {"utter_action": "utter_what_is_2fa"}}]
    other.say("no", "deny")
    assert (await other.run(ActionWithdrawHandoff())).responses == ["utter_anything_else"]
    with backend.ctx.db.session() as s:
        assert s.execute(select(Handoff.status).where(Handoff.reference == kept)).scalar_one() == "open"
