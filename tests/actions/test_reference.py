"""action_repeat_reference: "what was my reference again?" after a handoff or a ticket
(sixth outsider check: the reference could not be asked for again)."""

from __future__ import annotations

from actions.handoff import ActionHandoff
from actions.reference import ActionRepeatReference
from tests.actions.driver import Conversation
from tests.actions.test_handoff import MONDAY_10H_PARIS

repeat = ActionRepeatReference()


async def test_the_handoff_reference_is_given_again(backend, domain, clock):
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="en")
    conv.say("I want to talk to a person", "request_human")
    reference = (await conv.run(ActionHandoff())).variables("utter_handoff")["reference"]
    conv.say("sorry what was the reference again?", "ask_reference")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_handoff"]
    assert turn.variables("utter_reference_handoff")["reference"] == reference


def _owner_and_other(backend, clock) -> None:
    """owner@acme.fr with the open ticket T-4KQ7ZP, and other@acme.fr (both app accounts)."""
    from tests.helpers import make_user, open_ticket_for, utc

    clock.set(utc(2024, 6, 3, 8, 0, 15))
    open_ticket_for(backend.ctx, make_user(backend.ctx, "owner@acme.fr", state="app"), "T-4KQ7ZP")
    make_user(backend.ctx, "other@acme.fr", state="app")


async def _ticket_chat(backend, domain, clock, token_of: str | None) -> Conversation:
    """A chat that gave T-4KQ7ZP, owner@acme.fr's ticket, continued under `token_of`'s portal
    session (past its second factor), or none."""
    token = await backend.past_second_factor(token_of, clock.now) if token_of else None
    conv = Conversation(domain, token=token, locale="fr")
    conv.events += [{"event": "action", "name": "action_open_ticket"},
                    {"event": "slot", "name": "ticket_number", "value": "T-4KQ7ZP"}]
    conv.say("c'était quoi le numéro du ticket ?", "ask_reference")
    return conv


async def test_the_ticket_number_given_in_this_chat_is_given_again(backend, domain, clock):
    _owner_and_other(backend, clock)
    conv = await _ticket_chat(backend, domain, clock, "owner@acme.fr")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_ticket"]
    assert turn.variables("utter_reference_ticket")["ticket_number"] == "T-4KQ7ZP"


async def test_the_ticket_number_is_not_told_to_another_accounts_session(backend, domain, clock):
    """Sixtieth outside check, F1: the chat that opened one account's ticket, continued with
    another account's portal session (or none), told it that ticket's number. The number said
    again is checked against the session's own account, as a request's number always is."""
    _owner_and_other(backend, clock)
    for token_of in ("other@acme.fr", None):
        conv = await _ticket_chat(backend, domain, clock, token_of)
        turn = await conv.run(repeat)
        assert "T-4KQ7ZP" not in str(turn.messages), (token_of, turn.messages)
        assert "utter_reference_ticket" not in turn.responses


async def test_a_ticket_number_asked_without_a_session_sends_to_the_portal(backend, domain, clock):
    """Sixty-second outside check, F6: the chat that opened a ticket, asked its number once the
    portal session was gone, said "I haven't given you a reference… click Talk to an agent",
    false and about a call. Now: open the chat from the portal, the email, « Mes demandes »;
    the number still never said."""
    _owner_and_other(backend, clock)
    conv = await _ticket_chat(backend, domain, clock, None)
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_request_needs_portal"], turn.responses
    assert "T-4KQ7ZP" not in str(turn.messages)
    conv = Conversation(domain, locale="en")
    conv.say("what's my ticket number again?", "ask_reference")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_request_needs_portal"], turn.responses
    # not « Mes demandes », which needs the second factor such a customer may not have; the
    # support finds the request by the account's email (sixty-fourth outside check, F14)
    texts = [v["text"] for v in domain["responses"]["utter_reference_request_needs_portal"]]
    assert all("Mes demandes" not in t and "{support_phone}" in t for t in texts), texts


async def test_no_reference_yet_says_so_and_offers_the_agent(domain):
    conv = Conversation(domain, locale="fr")
    conv.say("c'est quoi ma référence ?", "ask_reference")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_none"]
    payloads = [b["payload"] for b in domain["responses"]["utter_reference_none"][0]["buttons"]]
    assert payloads == ["/request_human"]


async def test_a_typed_reference_is_never_repeated_as_the_assistants(domain):
    """`/ask_reference{"handoff_reference": "..."}` fills the slot from the message: the
    assistant must not present that value as the reference it gave."""
    conv = Conversation(domain, locale="en")
    conv.say('/ask_reference{"handoff_reference":"HACKED","ticket_number":"T-AAAAAA"}', "ask_reference")
    conv.events += [{"event": "slot", "name": "handoff_reference", "value": "HACKED"},
                    {"event": "slot", "name": "ticket_number", "value": "T-AAAAAA"}]
    conv.slots.update(handoff_reference="HACKED", ticket_number="T-AAAAAA")
    turn = await conv.run(repeat)
    # the typed text names a ticket: with no portal session, where to see one's requests
    assert turn.responses == ["utter_reference_request_needs_portal"]
    assert "HACKED" not in str(turn.messages) and "T-AAAAAA" not in str(turn.messages)


async def test_the_accounts_request_when_none_was_given_here(backend, domain):
    """Eighteenth outsider check: "quel est le numéro de ma demande ?" got "I have not given
    you a reference yet". From the portal, with a request on the account, the answer is that
    request, as "where is my request?" gets it: past the password step only, without its
    number (fifth outsider check, U1)."""
    from tests.helpers import make_user, open_ticket_for

    open_ticket_for(backend.ctx, make_user(backend.ctx, "ref@acme.fr", state="sms"), "T-REF001")
    browser, _ = await backend.portal("ref@acme.fr")
    conv = Conversation(domain, token=await backend.customer_token(browser), locale="fr")
    conv.say("quel est le numéro de ma demande ?", "ask_reference")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_request_status_open_unnumbered"]
    assert "T-REF001" not in str(turn.messages)


async def test_a_call_withdrawn_is_said_before_the_accounts_request(backend, domain, clock):
    """Forty-third outsider check, F6: with a reset request open on the account, "what is my
    reference?" right after "no, forget it" got the request's paragraph alone, as if no call
    had been asked. The withdrawn call comes first, then the request."""
    from actions.handoff import ActionWithdrawHandoff
    from tests.helpers import make_user, open_ticket_for

    clock.set(MONDAY_10H_PARIS)
    open_ticket_for(backend.ctx, make_user(backend.ctx, "wd@acme.fr", state="sms"), "T-WDR001")
    browser, _ = await backend.portal("wd@acme.fr")
    conv = Conversation(domain, token=await backend.customer_token(browser), locale="en")
    conv.say("I want to talk to a person", "request_human")
    handoff = await conv.run(ActionHandoff())
    reference = handoff.slot("handoff_reference")
    conv.say("no, forget it", "deny")
    withdrawn = await conv.run(ActionWithdrawHandoff())
    assert withdrawn.responses == ["utter_handoff_withdrawn"]
    conv.say("what is my reference?", "ask_reference")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_withdrawn", "utter_request_status_open_unnumbered"]
    assert turn.variables("utter_reference_withdrawn")["reference"] == reference


async def test_a_reference_of_their_own_is_kept_for_the_agent_not_replaced(domain):
    """Twenty-ninth outsider check: "my reference is 4WC9UW, can you check where my case is?"
    in a new conversation got "I haven't given you a reference… click Talk to an agent",
    which pushed the customer to a second handoff. The chat cannot look a reference up, and
    says nothing of whether it exists: it tells them to give it to the agent."""
    for text in ("my reference is 4WC9UW, can you check where my case is?",
                 "j'ai le numéro de demande t-r7wv63, vous pouvez voir où ça en est ?",
                 # a reference without a digit, after the word (forty-seventh outsider check, F13)
                 "et la référence HJJMTV, c'était pour quoi ?"):
        conv = Conversation(domain, locale="en")
        conv.say(text, "ask_reference")
        turn = await conv.run(repeat)
        assert turn.responses == ["utter_reference_theirs"], text
        assert not domain["responses"]["utter_reference_theirs"][0].get("buttons")
        assert "4WC9UW" not in str(turn.messages) and "R7WV63" not in str(turn.messages).upper()


async def test_a_word_in_capitals_is_not_a_reference(domain):
    conv = Conversation(domain, locale="en")
    conv.say("URGENT what is my reference", "ask_reference")
    assert (await conv.run(repeat)).responses == ["utter_reference_none"]


async def test_inside_the_reset_form_the_request_is_not_open_yet(domain):
    """Twenty-ninth outsider check: mid-form (email code accepted, not yet confirmed), "what's
    my ticket number again?" got "click Talk to an agent" with a handoff button in the form."""
    for form in ("identity_form", "reset_ticket_form"):
        conv = Conversation(domain, locale="en")
        conv.active_loop = form
        conv.say("what's my ticket number again?", "ask_reference")
        turn = await conv.run(repeat)
        assert turn.responses == ["utter_reference_not_yet"], form
        assert not any(v.get("buttons") for v in domain["responses"]["utter_reference_not_yet"])


async def test_the_requests_number_asked_after_a_handoff_is_not_the_calls_reference(backend, domain):
    """Fifty-ninth outside check, F11: after a handoff and no ticket, « quel est le numero de mon
    ticket ? » got « Votre référence est JHJ33P » alone, which reads as the ticket's number. No
    request was opened: said first, then the reference as the call's; "my reference?" keeps
    the reference alone."""
    given = [{"event": "action", "name": "action_handoff"},
             {"event": "slot", "name": "handoff_reference", "value": "JHJ33P"}]
    conv = Conversation(domain, locale="fr")
    conv.events += given
    conv.say("quel est le numero de mon ticket ?", "ask_reference")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_no_request", "utter_reference_handoff"]
    conv = Conversation(domain, locale="fr")
    conv.events += given
    conv.say("c'est quoi ma référence déjà ?", "ask_reference")
    assert (await conv.run(repeat)).responses == ["utter_reference_handoff"]


async def test_inside_the_forms_the_requests_number_is_not_the_calls_reference(domain):
    """Forty-sixth outsider check, F9: inside the identity check, after a handoff earlier in the
    chat, "c est quoi le numéro de ma demande ?" got "Votre référence est PREEEN", which the
    customer took for the reset request's number. The request is not open yet (said first),
    then the call's reference as the call's; "my reference?" there keeps the reference alone."""
    given = [{"event": "action", "name": "action_handoff"},
             {"event": "slot", "name": "handoff_reference", "value": "PREEEN"}]
    conv = Conversation(domain, locale="fr")
    conv.events += given
    conv.active_loop = "identity_form"
    conv.say("c est quoi le numéro de ma demande ?", "ask_reference")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_not_yet", "utter_reference_handoff"]
    conv = Conversation(domain, locale="fr")
    conv.events += given
    conv.active_loop = "identity_form"
    conv.say("c'est quoi ma référence pour l'appel ?", "ask_reference")
    assert (await conv.run(repeat)).responses == ["utter_reference_handoff"]


async def test_the_number_again_with_no_reference_given_is_the_support_line(domain):
    """Thirtieth outsider check, finding 7: "finalement non laissez tomber, je vais appeler",
    then "c quoi le numero deja" got "I haven't given you a reference"; the customer wanted
    the phone number. A reference, a ticket or a request named is still this action's."""
    conv = Conversation(domain, locale="fr")
    conv.say("c quoi le numero deja", "ask_reference")
    assert (await conv.run(repeat)).responses == ["utter_contact"]
    conv = Conversation(domain, locale="fr")
    conv.say("c'est quoi le numéro de ma référence ?", "ask_reference")
    assert (await conv.run(repeat)).responses == ["utter_reference_none"]


async def test_another_reference_after_this_chats_handoff_is_theirs_not_this_one(backend, domain, clock):
    """Thirty-first outsider check, finding 8: after this chat's handoff (DTARR4), "I called
    yesterday and got reference K3VARJ, is it still open?" got "Your reference is DTARR4". The
    customer's own reference is for the agent; this chat's is said again only when asked."""
    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="en")
    conv.say("I want to talk to a person", "request_human")
    reference = (await conv.run(ActionHandoff())).variables("utter_handoff")["reference"]
    other = "K3VAR7" if reference != "K3VAR7" else "K4VAR7"
    conv.say(f"I called yesterday and got reference {other}, is it still open?", "ask_reference")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_theirs"]
    # this chat's own reference, typed back, is this chat's
    conv.say(f"is {reference.lower()} my reference?", "ask_reference")
    assert (await conv.run(repeat)).responses == ["utter_reference_handoff"]


async def test_a_reference_called_off_is_not_given_again(backend, domain, clock):
    """Fortieth outsider check, F5: after « non laissez tomber » had withdrawn PPYGWH, "c'est
    quoi le numéro de ma demande ?" got "Votre référence est PPYGWH". A withdrawn reference is
    not given again as if it were waiting."""
    from actions.handoff import ActionWithdrawHandoff

    clock.set(MONDAY_10H_PARIS)
    conv = Conversation(domain, locale="fr")
    conv.say("je veux parler à quelqu'un", "request_human")
    reference = (await conv.run(ActionHandoff())).variables("utter_handoff")["reference"]
    conv.say("non laissez tomber", "deny")
    assert (await conv.run(ActionWithdrawHandoff())).responses == ["utter_handoff_withdrawn"]
    conv.say("c'est quoi ma référence ?", "ask_reference")
    turn = await conv.run(repeat)
    # forty-first outsider check, F3: not "no reference was given" either, but that it was
    # withdrawn (no agent waits for it)
    assert turn.responses == ["utter_reference_withdrawn"]
    assert turn.variables("utter_reference_withdrawn")["reference"] == reference
    # asked for again after that, a new reference is the one given
    conv.say("finalement je veux bien parler à quelqu'un", "request_human")
    again = (await conv.run(ActionHandoff())).variables("utter_handoff")["reference"]
    conv.say("c'est quoi ma référence ?", "ask_reference")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_handoff"]
    assert turn.variables("utter_reference_handoff")["reference"] == again != reference


async def test_past_the_anonymous_cap_the_reference_asked_is_not_a_button_that_loops(backend, domain, clock):
    """Fortieth outsider check, F8: past the hour's share of anonymous handoffs, "what is my
    reference?" said "click Talk to an agent", whose answer cannot give one, and round again.
    The reply says no reference is needed to call, with the line, and offers no such button."""
    clock.set(MONDAY_10H_PARIS)
    key = "a" * 32
    for _ in range(3):
        conv = Conversation(domain, locale="en", client_key=key)
        conv.say("I want to talk to a human", "request_human")
        assert (await conv.run(ActionHandoff())).responses == ["utter_handoff"]
    conv = Conversation(domain, locale="en", client_key=key)
    conv.say("I want to talk to a human", "request_human")
    assert (await conv.run(ActionHandoff())).responses == ["utter_handoff_phone_only"]
    conv.say("what is my reference?", "ask_reference")
    turn = await conv.run(repeat)
    assert turn.responses == ["utter_reference_phone_only"]
    assert "buttons" not in domain["responses"]["utter_reference_phone_only"][0]
    # a conversation that never asked for a person still gets the agent button
    fresh = Conversation(domain, locale="en", client_key=key)
    fresh.say("what is my reference?", "ask_reference")
    assert (await fresh.run(repeat)).responses == ["utter_reference_none"]
