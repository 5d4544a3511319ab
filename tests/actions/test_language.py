"""action_language: "and in English please?" after an answer gives that answer in English.

Twenty-second outsider check, F9: after the app's steps in French, "and in English please?" got
"Sure: I can answer in English or in French… What is your question?", and "can you explain in
English what I should do if the code still doesn't arrive?" lost its question."""

from __future__ import annotations

from actions.language import ActionLanguage
from tests.actions.driver import Conversation

action = ActionLanguage()


def _answered(domain, before: str, *responses: str) -> Conversation:
    """A conversation whose last turn, in `before`, said `responses`."""
    conv = Conversation(domain, locale=None)
    conv.say("comment j'active avec l'appli ?", "ask_enable_app")
    conv.events.append({"event": "slot", "name": "language", "value": before})
    for name in responses:
        conv.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": name}})
    return conv


def _asks(conv: Conversation, text: str, now: str, ranking=None) -> None:
    conv.say(text, "ask_language")
    if ranking:
        conv.latest_message["intent_ranking"] = ranking
    conv.events.append({"event": "slot", "name": "language", "value": now})
    conv.slots["language"] = now


async def test_the_last_answer_again_in_the_language_asked(domain):
    conv = _answered(domain, "fr", "utter_enable_app", "utter_personal_anonymous")
    _asks(conv, "and in English please?", "en")
    turn = await conv.run(action)
    # the article's answer again; the account's line is not (an action's, not repeated)
    assert turn.responses == ["utter_same_answer_in_language", "utter_enable_app"]


async def test_the_same_language_asked_gets_the_usual_reply(domain):
    """"vous parlez anglais ?" in a French conversation: nothing to translate."""
    conv = _answered(domain, "fr", "utter_enable_app")
    _asks(conv, "vous parlez anglais ?", "fr")
    assert (await conv.run(action)).responses == ["utter_language"]


async def test_no_answer_before_gets_the_usual_reply(domain):
    conv = Conversation(domain, locale=None)
    _asks(conv, "do you speak English?", "en")
    assert (await conv.run(action)).responses == ["utter_language"]


async def test_an_account_action_is_never_run_again(domain):
    """A code sent or a switch made is an action's reply: asking for English does not redo it."""
    conv = _answered(domain, "fr", "utter_resend_done")
    _asks(conv, "in English please", "en")
    assert (await conv.run(action)).responses == ["utter_language"]


async def test_a_question_asked_with_the_language_gets_its_answer(domain):
    conv = _answered(domain, "fr", "utter_what_is_2fa")
    _asks(conv, "sorry my colleague is English, can you explain in English what I should do if the "
                "code still doesn't arrive?", "en",
          [{"name": "ask_language", "confidence": 0.5}, {"name": "sms_not_received", "confidence": 0.3}])
    assert (await conv.run(action)).responses == ["utter_sms_not_received"]


async def test_a_short_request_is_not_read_as_a_question(domain):
    """"in English, the deadline?" is short: the ranking's second intent is noise there."""
    conv = _answered(domain, "fr", "utter_deadline")
    _asks(conv, "English please", "en",
          [{"name": "ask_language", "confidence": 0.7}, {"name": "ask_contact", "confidence": 0.2}])
    assert (await conv.run(action)).responses == ["utter_same_answer_in_language", "utter_deadline"]


async def test_a_second_questions_answer_is_said_again_too(domain):
    """Twenty-eighth outsider check: after "the support number, and how many days?" answered
    both in French, "and in English?" repeated only the support number."""
    conv = _answered(domain, "fr")
    conv.events.append({"event": "bot", "text": "...", "metadata": {
        "utter_action": "utter_contact", "also_answered": "utter_deadline"}})
    _asks(conv, "and in English?", "en")
    turn = await conv.run(action)
    assert turn.responses == ["utter_same_answer_in_language", "utter_contact", "utter_deadline"]


async def test_a_handoffs_reference_is_said_again_in_the_language_asked(backend, domain, clock):
    """Twenty-ninth outsider check, finding 7: "et en anglais ?" right after a handoff's
    reference got "I can answer in English or in French". The handoff is not run again (no
    second reference): the reference it gave is said in English."""
    from actions.handoff import ActionHandoff
    from tests.actions.test_handoff import MONDAY_10H_PARIS

    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="fr")
    conv.events.append({"event": "slot", "name": "language", "value": "fr"})
    conv.say("je peux parler à un humain ?", "request_human")
    reference = (await conv.run(ActionHandoff())).variables("utter_handoff")["reference"]
    _asks(conv, "et en anglais ?", "en")
    turn = await conv.run(action)
    assert turn.responses == ["utter_same_answer_in_language_values", "utter_reference_handoff"]
    assert turn.variables("utter_reference_handoff")["reference"] == reference


async def test_a_tickets_number_is_said_again_in_the_language_asked(backend, domain, clock):
    """(to its account's session only: sixtieth outside check, F1)"""
    from tests.actions.test_reference import _owner_and_other

    _owner_and_other(backend, clock)
    conv = _answered(domain, "en", "utter_ticket_created")
    conv.token = await backend.past_second_factor("owner@acme.fr", clock.now)
    conv.events += [{"event": "action", "name": "action_open_ticket"},
                    {"event": "slot", "name": "ticket_number", "value": "T-4KQ7ZP"}]
    _asks(conv, "en français svp", "fr")
    turn = await conv.run(action)
    assert turn.responses == ["utter_same_answer_in_language_values", "utter_reference_ticket"]
    assert turn.variables("utter_reference_ticket")["ticket_number"] == "T-4KQ7ZP"


async def test_the_heading_is_never_said_alone(domain):
    """Thirtieth outsider check, finding 2: a second "in English please" after the generic
    language reply got "Sure, here is the same answer in English:" and nothing after it."""
    conv = _answered(domain, "fr", "utter_language")
    _asks(conv, "in English please", "en")
    assert (await conv.run(action)).responses == ["utter_language"]


async def test_a_reference_said_again_is_said_again_in_the_language_asked(domain):
    """Thirtieth outsider check, finding 1: handoff, "vous pouvez me redonner la référence",
    then "et en anglais ?" got the generic reply."""
    conv = _answered(domain, "fr", "utter_reference_handoff")
    conv.events += [{"event": "action", "name": "action_handoff"},
                    {"event": "slot", "name": "handoff_reference", "value": "GCCFDK"}]
    _asks(conv, "et en anglais ?", "en")
    turn = await conv.run(action)
    assert turn.responses == ["utter_same_answer_in_language", "utter_reference_handoff"]
    assert turn.variables("utter_reference_handoff")["reference"] == "GCCFDK"


async def _in_the_28_days_in_french(backend, domain, email: str) -> Conversation:
    """A chat opened from the portal by a customer within the 28 days, in French so far."""
    from tests.helpers import make_user

    make_user(backend.ctx, email, state="grace")
    browser, _ = await backend.portal(email)
    conv = Conversation(domain, token=await backend.customer_token(browser), locale=None)
    conv.events.append({"event": "slot", "name": "language", "value": "fr"})
    conv.slots["language"] = "fr"
    return conv


async def test_the_customers_own_line_is_said_again_in_the_language_asked(backend, domain):
    """Thirtieth outsider check, finding 3: logged in within the 28 days, "et si je clique sur
    non pas maintenant ?" got the rule and "Il vous reste 25 jours…"; "et en anglais ?" lost
    the customer's own line. It is read again (the action reads, never acts)."""
    from actions.personal import ActionPersonalAnswer

    conv = await _in_the_28_days_in_french(backend, domain, "grace-lang@acme.fr")
    conv.say("et si je clique sur non pas maintenant ?", "ask_deadline")
    conv.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": "utter_deadline"}})
    first = await conv.run(ActionPersonalAnswer())
    assert first.responses, "the customer's own line after the rule"
    _asks(conv, "et en anglais ?", "en")
    turn = await conv.run(action)
    assert turn.responses == ["utter_same_answer_in_language", "utter_deadline", *first.responses]


async def test_the_second_questions_own_line_is_said_again_in_the_language_asked(backend, domain):
    """Fifty-eighth outside check, F8: « c'est quoi le numéro du support et j'ai combien de temps
    pour activer ? » got the contacts, the 28 days and « Il vous reste 25 jours… »; "et en
    anglais ?" then lost the customer's 25 days. The second question's own line is read again."""
    from actions.personal import ActionPersonalAnswer

    conv = await _in_the_28_days_in_french(backend, domain, "grace-two@acme.fr")
    conv.say("c'est quoi le numéro du support et j'ai combien de temps pour activer ?", "ask_contact")
    conv.events.append({"event": "bot", "text": "...",
                        "metadata": {"utter_action": "utter_contact", "also_answered": "utter_deadline"}})
    first = await conv.run(ActionPersonalAnswer())
    assert first.responses, "the customer's own days after the second answer"
    _asks(conv, "ok merci. et en anglais ?", "en")
    turn = await conv.run(action)
    assert turn.responses[-len(first.responses):] == first.responses, turn.responses


async def test_the_customers_own_status_is_said_again_in_the_language_asked(backend, domain):
    """Thirty-first outsider check, finding 4: logged in within the 28 days, "il me reste
    combien de jours pour activer ?" got "Il vous reste 25 jours…"; "et en anglais ?" got "I
    can answer in English or in French…". The status is read again (action_check_status reads,
    never acts)."""
    from actions.status import ActionCheckStatus

    conv = await _in_the_28_days_in_french(backend, domain, "grace-status@acme.fr")
    conv.say("il me reste combien de jours pour activer ?", "ask_my_status")
    first = await conv.run(ActionCheckStatus())
    assert first.responses and "utter_status_unknown" not in first.responses
    _asks(conv, "et en anglais ?", "en")
    turn = await conv.run(action)
    assert turn.responses == ["utter_same_answer_in_language", *first.responses]
    # in English now: the days' sentence, not the French one
    assert turn.messages[1].get("response") == first.responses[0]


async def test_a_variant_said_for_one_part_is_the_one_said_again(domain):
    """Thirty-ninth outsider check, F2: after "can I give you the code here?" («No: never give
    your code…», utter_code_format_offered), "in French please" said "la même réponse" over
    the code's general answer, which drops the "never". The variant the NLG recorded in the
    event's metadata (`said_as`) is the one said again."""
    conv = Conversation(domain, locale=None)
    conv.say("can I give you the code here?", "ask_code_format")
    conv.events.append({"event": "slot", "name": "language", "value": "en"})
    conv.events.append({"event": "bot", "text": "...", "metadata": {
        "utter_action": "utter_code_format", "said_as": "utter_code_format_offered"}})
    _asks(conv, "in french please", "fr")
    turn = await conv.run(action)
    assert turn.responses == ["utter_same_answer_in_language", "utter_code_format_offered"]
    # a variant of another response is not taken for this one
    conv = _answered(domain, "fr", "utter_enable_app")
    conv.events[-1]["metadata"]["said_as"] = "utter_code_format_offered"
    _asks(conv, "in English please", "en")
    assert (await conv.run(action)).responses == ["utter_same_answer_in_language", "utter_enable_app"]


async def test_a_reply_of_fixed_facts_is_said_again_in_the_language_asked(domain):
    """Forty-second outsider check, F2: "and in French?" after "a code by SMS is valid for 10
    minutes" (an action's reply, utter_how_long_code) or "the authenticator app is not set up on
    your account" got the general language note. A reply that states only fixed facts is said
    again; one with a value of its own (a masked number: utter_resend_done) is not."""
    for name in ("utter_how_long_code", "utter_switch_not_enrolled_app", "utter_handoff_phone_only"):
        conv = _answered(domain, "en", name)
        _asks(conv, "and in French?", "fr")
        assert (await conv.run(action)).responses == ["utter_same_answer_in_language", name], name
    conv = _answered(domain, "en", "utter_resend_done")
    _asks(conv, "et en français ?", "fr")
    assert (await conv.run(action)).responses == ["utter_language"]


async def test_a_greeting_is_not_said_again_as_an_answer(domain):
    """"Bonjour" then "can we speak English?": the language note, not the greeting again."""
    conv = _answered(domain, "fr", "utter_greet")
    _asks(conv, "actually can we speak english?", "en")
    assert (await conv.run(action)).responses == ["utter_language"]


async def test_a_requests_status_is_said_again_once(backend, domain):
    """Forty-eighth outsider check, F6: "what's my request number?" got "I can't see any reset
    request on your account…"; "and in French?" said its French twice (a plain response of the
    turn, and the read-only action's reply read again)."""
    from actions.request_status import ActionRequestStatus

    conv = await _in_the_28_days_in_french(backend, domain, "no-request@acme.fr")
    conv.say("quel est le numéro de ma demande ?", "ask_request_status")
    first = await conv.run(ActionRequestStatus())
    assert len(first.responses) == 1
    _asks(conv, "and in English?", "en")
    turn = await conv.run(action)
    assert turn.responses == ["utter_same_answer_in_language", first.responses[0]]


async def test_where_the_sms_went_is_said_again_in_the_language_asked(backend, domain):
    """Forty-ninth outsider check, F10: "vous l'avez envoyé à quel numéro ?" got the general
    text and the customer's own line (where the login's SMS went, or why none came); "et en
    anglais ?" said the general text only. The line is read again (action_sms_help reads the
    account, never sends)."""
    from actions.personal import ActionSmsHelp

    conv = await _in_the_28_days_in_french(backend, domain, "sms-where@acme.fr")
    conv.say("vous l'avez envoyé à quel numéro ?", "sms_not_received")
    first = await conv.run(ActionSmsHelp())
    assert len(first.responses) == 1, "the customer's own line"
    _asks(conv, "et en anglais ?", "en")
    turn = await conv.run(action)
    assert turn.responses == ["utter_same_answer_in_language", *first.responses]
