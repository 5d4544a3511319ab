"""The content catalogue (bot/content/*.yml): every rule's number in every text comes from the
settings, and the default settings say exactly what the product said before the catalogue.

A customer who reads "28 jours" in the chat and "14 jours" on the portal stops trusting both;
so with TWOFA_GRACE_DAYS=14, TWOFA_REMEMBER_DAYS=7 and another support line, every page text,
email, SMS, channel apology and chat answer (rendered through the NLG Rasa uses) is checked
for the old facts, in both languages.
"""

from __future__ import annotations

import asyncio
import re
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from rasa.core.actions.action import ActionBotResponse, RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActiveLoop, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import content
from bot.content.dates import deadline_of, long_date, long_moment
from bot.rasa_ext import replies
from bot.nlu.app_named import asks_what_the_app_is, scanned_and_nothing_shows
from bot.nlu.app_price import asks_if_the_app_is_free
from bot.nlu.labels import METHODS_COMPARED_HEARD_AS, reading
from bot.nlu.other_script import written_in_another_script
from bot.rasa_ext.nlg import SAID_AGAIN, CatalogueNLG

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import gen_domain  # noqa: E402

DEFAULT = content.settings_from_environment().replace(
    grace_days=28, remember_days=30, rollout_date=date(2024, 5, 1), sms_code_ttl=600, email_code_ttl=600,
    email_code_failure_window=86400, phone_line="+33 (0)4 88 36 07 40", phone_choice=4,
    support_email="helpme@matooma.com", lock_threshold=10)
CHANGED = DEFAULT.replace(
    grace_days=14, remember_days=7, rollout_date=date(2025, 3, 3), sms_code_ttl=300, email_code_ttl=900,
    email_code_failure_window=12 * 3600, phone_line="+33 (0)1 23 45 67 89", phone_choice=2,
    support_email="aide-2fa@example.test", lock_threshold=7, phone_days=("mon", "tue", "wed", "thu"), phone_opens="08:30",
    phone_closes="17:00")
# what a text may no longer say once the settings changed (the TOTP's "30 secondes" stays)
OLD_FACTS = re.compile(r"\b28\b|vendredi|Friday|18 h|18:00|\b30 (jours|days)\b|88 36 07 40|helpme@|1er mai 2024|1 May 2024|"
                       r"\((choix|choice) 4\)|\b10 minutes\b|\b24 (heures|hours)\b")

DOMAIN = Domain.load(str(ROOT / "domain.yml"))
DOMAIN_DICT = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
SLOTS = set(DOMAIN_DICT["slots"])
# the values actions send with a response (actions/*.py): {name} a response may use besides slots
ACTION_VALUES = {"masked_phone": "+33 6 •• •• •• 78", "days_left": "3", "deadline": "3 juin 2025",
                 "retry_after": "42", "retry_after_minutes": "7", "retry_after_text": "42 secondes", "attempts_left": "2", "ticket_number": "T-ABC123",
                 "reference": "K7P2QX", "opens": "demain à 9 h 00", "closes": "16 h 30", "days_left_text": "3 jours",
                 "attempts_left_text": "2 essais", "opened_on": "2 juin 2025", "closed_on": "3 juin 2025"}
EMAIL_VALUES = {"ticket": "T-ABC123", "method": "totp", "reason": "identité non confirmée", "failures": 10,
                "code": "123456"}


# ---------------------------------------------------------------- rendering every text


def every_page_text(settings, lang):
    return list(content.page_strings(lang, settings).values())


def every_email(settings, lang):
    texts = []
    for kind in content.catalogue(lang)["emails"]:
        texts.extend(content.email(kind, lang, settings, **EMAIL_VALUES))
    return texts


def every_channel_text(settings, lang):
    contact = replies.Contact(settings.phone_line, settings.phone_choice, settings.support_email)
    return [replies.text(kind, lang, contact, limit=2000) for kind in replies.KINDS]


def every_chat_answer(settings, lang):
    """Each response through the NLG, as Rasa renders it for a conversation in `lang`."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=settings)
    tracker = DialogueStateTracker.from_events("c", [SlotSet("language", lang)], slots=DOMAIN.slots)

    async def render():
        texts = []
        for name in DOMAIN_DICT["responses"]:
            message = await nlg.generate(name, tracker, "rest", **ACTION_VALUES)
            texts.append(message["text"])
            texts.extend(b["title"] for b in message.get("buttons") or [])
        return texts

    return asyncio.run(render())


def everything(settings, lang):
    return (every_page_text(settings, lang) + every_email(settings, lang)
            + [content.sms_code(lang, settings, "123456")] + every_channel_text(settings, lang)
            + every_chat_answer(settings, lang))


@pytest.mark.parametrize("lang", content.LANGUAGES)
def test_changed_settings_leave_no_old_fact_in_any_text(lang):
    texts = everything(CHANGED, lang)
    stale = [t for t in texts if OLD_FACTS.search(t)]
    assert not stale, stale
    assert not [t for t in texts if re.search(r"\{(" + "|".join(content.FACTS) + r")\}", t)]
    joined = "\n".join(texts)
    words = {"fr": ["14 jours", "7 jours", "3 mars 2025", "+33 (0)1 23 45 67 89", "(choix 2)", "aide-2fa@example.test",
                    "5 minutes", "15 minutes", "12 heures", "du lundi au jeudi de 8 h 30 à 17 h (heure de Paris)"],
             "en": ["14 days", "7 days", "3 March 2025", "+33 (0)1 23 45 67 89", "(choice 2)", "aide-2fa@example.test",
                    "5 minutes", "15 minutes", "12 hours", "14-day", "Monday to Thursday, 8:30 to 17:00 (Paris time)"]}[lang]
    assert [w for w in words if w not in joined] == []


@pytest.mark.parametrize("lang", content.LANGUAGES)
def test_default_settings_state_the_article_facts(lang):
    assert not [t for t in everything(DEFAULT, lang) if "{support_" in t or "{grace_days}" in t]


def test_default_settings_render_the_texts_customers_know():
    """Spot checks, one per surface and fact, word for word as before the catalogue."""
    fr, en = content.page_strings("fr", DEFAULT), content.page_strings("en", DEFAULT)
    assert fr["remember"] == "Se souvenir de cet appareil pendant 30 jours"
    assert en["remember"] == "Remember this device for 30 days"
    assert fr["choose_expired"] == ("Le délai de 28 jours est écoulé : activez la double authentification pour "
                                    "accéder à votre compte.")
    assert en["login_aside_text"] == ("Since 1 May 2024, two-factor authentication is mandatory for every user "
                                      "of the M2Mmanager platform.")
    assert content.sms_code("fr", DEFAULT, "123456") == (
        "M2Mmanager : votre code de vérification est 123456. Il expire dans 10 minutes. Ne le communiquez à personne.")
    assert content.email("locked", "fr", DEFAULT, failures=10) == (
        "Compte bloqué après trop de codes erronés",
        "Après 10 codes erronés, la vérification en deux étapes de votre compte est bloquée. Contactez le support "
        "au +33 (0)4 88 36 07 40 (choix 4) pour la débloquer.")
    assert content.email("identity_alert", "en", DEFAULT, failures=10)[1].count("for 24 hours") == 1
    assert content.email("enrolled", "en", DEFAULT, method="totp")[1] == (
        "Two-factor authentication is now active on your M2Mmanager account (method: authenticator app).\n"
        "If this was not you, call support on +33 (0)4 88 36 07 40 (choice 4).")
    assert replies.text(replies.NOT_ANSWERED, "fr", replies.Contact("+33 (0)4 88 36 07 40", 4, "helpme@matooma.com")) \
        == ("Désolé, je n'ai pas pu répondre à ce message. Vous pouvez le reformuler ou réessayer. Si c'est urgent, "
            "le support clients est joignable au +33 (0)4 88 36 07 40 (choix 4) ou à helpme@matooma.com.")
    chat = content.chat_responses(DEFAULT)
    french_since = (
        "La double authentification est obligatoire pour tous les utilisateurs de M2Mmanager à partir du 1er mai "
        "2024. Lors de votre première connexion à partir de cette date, vous avez 28 jours pour l'activer.")
    assert chat["utter_since_when"][1]["text"] == french_since  # the French variation
    # the language undecided: French then English, each half with its own language's facts
    assert chat["utter_since_when"][0]["text"] == french_since + (
        "\n\nTwo-factor authentication is mandatory for all M2Mmanager users from 1 May 2024. From your first "
        "login on or after that date, you have 28 days to enable it.")
    english = {name: next(v["text"] for v in variations if content.variation_language(v) == "en"
                          and v.get("condition")) for name, variations in chat.items()}
    assert english["utter_topic_ask_deadline"] == "The 28-day period"
    assert english["utter_account_locked"] == (
        "Your account is locked after too many wrong codes. Only support can unlock it: call +33 (0)4 88 36 07 40 "
        "(choice 4).")


# ---------------------------------------------------------------- domain.yml generated from the catalogues


def test_domain_yml_is_generated_from_the_catalogues():
    current = (ROOT / "domain.yml").read_text(encoding="utf-8")
    assert gen_domain.generated(current) == current, \
        "domain.yml is out of date: run .venv/bin/python scripts/gen_domain.py"


def test_domain_yml_keeps_placeholders_not_numbers():
    """The model never holds a rule's number: changing a setting needs no retraining."""
    texts = [v["text"] for vs in DOMAIN_DICT["responses"].values() for v in vs]
    assert not [t for t in texts if OLD_FACTS.search(t)]


def test_the_nlg_renders_what_the_default_domain_said():
    """CatalogueNLG with default settings = Rasa's plain generator over the filled responses
    (in the daytime: from 18:00 the goodbyes have their evening wording, of_the_evening)."""
    import time_machine
    from zoneinfo import ZoneInfo

    filled = content.chat_responses(DEFAULT)
    with time_machine.travel(datetime(2026, 12, 7, 10, 0, tzinfo=ZoneInfo("Europe/Paris")), tick=False):
        answers = {lang: list(every_chat_answer(DEFAULT, lang)) for lang in content.LANGUAGES}
    for lang in content.LANGUAGES:
        rendered = iter(answers[lang])
        for name, variations in filled.items():
            # Rasa's choice: the variation conditioned on the language, else the default one
            conditioned = [v for v in variations if v.get("condition") and content.variation_language(v) == lang]
            wanted = (conditioned or [v for v in variations if not v.get("condition")])[0]
            text = next(rendered)
            assert text == content.fill(wanted["text"], ACTION_VALUES), name
            for button in wanted.get("buttons") or []:
                assert next(rendered) == button["title"]


# ---------------------------------------------------------------- placeholders


def test_fact_names_are_never_slots_or_action_values():
    assert not set(content.FACTS) & SLOTS
    assert not set(content.FACTS) & set(ACTION_VALUES)


@pytest.mark.parametrize("lang", content.LANGUAGES)
def test_every_placeholder_is_a_fact_or_a_value_the_code_fills(lang):
    cat = content.catalogue(lang)
    facts = set(content.FACTS)
    allowed = {
        "chat": facts | SLOTS | set(ACTION_VALUES),
        "emails": facts | set(EMAIL_VALUES),
        "sms": facts | {"code"},
        "channel": facts | {"limit"},
    }
    for name, variations in cat["chat"].items():
        for v in variations:
            texts = [v["text"]] + [b["title"] for b in v.get("buttons") or []]
            for text in texts:
                assert set(content.placeholders(text)) <= allowed["chat"], (name, text)
    for kind, entry in cat["emails"].items():
        for text in entry.values():
            assert set(content.placeholders(text)) <= allowed["emails"], (kind, text)
    assert set(content.placeholders(cat["sms"]["code"])) <= allowed["sms"]
    for kind, text in cat["channel"].items():
        assert set(content.placeholders(text)) <= allowed["channel"], (kind, text)


def test_both_catalogues_have_the_same_texts_with_the_same_placeholders():
    fr, en = content.catalogue("fr"), content.catalogue("en")
    assert fr.keys() == en.keys()
    for section in ("pages", "methods", "emails", "sms", "channel", "chat"):
        assert list(fr[section]) == list(en[section]), section
    for key in fr["pages"]:
        assert sorted(set(content.placeholders(fr["pages"][key]))) == \
            sorted(set(content.placeholders(en["pages"][key]))), key


def test_a_missing_value_never_crashes_a_text():
    assert content.fill("{grace_days} jours, {typo}", content.facts(DEFAULT, "fr")) == "28 jours, {typo}"
    assert content.fill('/inform{{"x":"{grace_days}"}}', {"grace_days": 1}) == '/inform{{"x":"1"}}'
    assert content.fill("{reason}", {"reason": "{grace_days}"}) == "{grace_days}"  # a value is not a template


def test_an_unknown_placeholder_in_a_chat_answer_is_shown_not_raised():
    domain = Domain.from_dict({"responses": {"utter_x": [{"text": "{grace_days} jours {nope}"}]}})
    nlg = CatalogueNLG(domain=domain, settings=CHANGED)
    tracker = DialogueStateTracker.from_events("c", [])
    message = asyncio.run(nlg.generate("utter_x", tracker, "rest"))
    assert message["text"] == "14 jours {nope}"


def test_button_titles_an_action_adds_are_filled_too():
    """action_fallback titles its topic buttons with utter_topic_* texts read from the domain
    Rasa sends it, placeholders included; the message the customer gets has the facts."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=CHANGED)
    tracker = DialogueStateTracker.from_events("c", [SlotSet("language", "en")])
    title = next(v["text"] for v in DOMAIN_DICT["responses"]["utter_topic_ask_deadline"]
                 if content.variation_language(v) == "en")
    sent = [{"response": "utter_please_rephrase", "buttons": [{"title": title, "payload": "/ask_deadline"}]}]
    events = asyncio.run(RemoteAction._utter_responses(sent, CollectingOutputChannel(), nlg, tracker))
    assert [b["title"] for b in events[0].data["buttons"]] == ["The 14-day period"]
    assert "+33 (0)1 23 45 67 89" in events[0].text


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("value, lang, text", [
    (date(2024, 5, 1), "fr", "1er mai 2024"), ("2024-05-29", "fr", "29 mai 2024"),
    (date(2024, 5, 1), "en", "1 May 2024"), ("2024-12-03T10:00:00+01:00", "en", "3 December 2024"),
    (None, "fr", ""),
])
def test_one_date_format_per_language(value, lang, text):
    assert long_date(value, lang) == text


@pytest.mark.parametrize("value, hhmm, lang, text", [
    ("2025-01-04", "14:32", "fr", "4 janvier 2025 à 14 h 32 (heure de Paris)"),
    ("2025-01-04", "09:00", "fr", "4 janvier 2025 à 9 h (heure de Paris)"),
    ("2025-01-04", "09:05", "en", "4 January 2025 at 9:05 (Paris time)"),
    ("2025-01-04", None, "en", "4 January 2025"),  # a status without the time: the date alone
])
def test_a_deadline_says_its_time_of_day(value, hhmm, lang, text):
    """The 28 days end at the first login's moment: "until 4 January" alone left "does the 4th
    itself still count?" to guess (sixty-fourth outside check, F3)."""
    assert long_moment(value, hhmm, "Europe/Paris", lang) == text


@pytest.mark.parametrize("fields, text", [
    ({"deadline": "2025-01-04", "deadline_time": "14:32", "deadline_timezone": "Europe/Paris"},
     "4 janvier 2025 à 14 h 32 (heure de Paris)"),
    ({"deadline": "2025-01-04"}, "4 janvier 2025"),
    ({"deadline": "not a date", "deadline_time": "14:32"}, ""),  # never a 500 or a raw value
    ({}, ""),
])
def test_the_chat_and_the_portal_read_the_deadline_from_the_same_fields(fields, text):
    """The status API's and the portal view's three fields, one reader (`deadline_of`)."""
    assert deadline_of(fields, "fr") == text


def test_a_fact_an_action_wrote_in_one_language_gives_a_reply_in_that_language():
    """Ninth outsider check: in a conversation whose language was not decided, the handoff
    while the line was closed came as French and English halves, the English one saying
    "it opens aujourd'hui à 9 h 00". The action writes {opens} in French then (the default):
    the reply is the French one alone. Catalogue facts keep the bilingual reply."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    undecided = DialogueStateTracker.from_events("c", [], slots=DOMAIN.slots)

    async def render(name, **values):
        return (await nlg.generate(name, undecided, "rest", **values))["text"]

    closed = asyncio.run(render("utter_handoff_closed", opens="aujourd'hui à 9 h 00", reference="K7P2QX"))
    assert "aujourd'hui à 9 h 00" in closed and "Paris time" not in closed and "\n\n" not in closed
    contact = asyncio.run(render("utter_contact"))
    assert "choix 4" in contact and "choice 4" in contact  # French, a blank line, English


# ---------------------------------------------------------------- an answer said again


def _said(*names: str, lang: str = "en") -> DialogueStateTracker:
    events = [SlotSet("language", lang)]
    events += [BotUttered("…", metadata={"utter_action": name}) for name in names]
    return DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)


def _reply_to(name: str, text: str, lang: str, *said: str) -> dict:
    """`name` generated for the customer's `text`, after the responses `said` this session."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    tracker = _said(*said, lang=lang)
    tracker.update(UserUttered(text))
    return asyncio.run(nlg.generate(name, tracker, "rest"))


@pytest.mark.parametrize("lang, text, words", [
    ("fr", "je pense qu'on s'est fait pirater, des cartes SIM ont été suspendues, que faire ?",
     ("changez votre mot de passe", "+33", "@")),
    ("en", "I think our account was hacked, what should I do?", ("change your password", "+33", "@")),
])
def test_an_account_said_hacked_gets_what_to_do_now(lang, text, words):
    """Sixty-eighth outside check, F1: "our account was hacked, what should I do?" got why 2FA is
    mandatory and nothing to do. Change the password, tell support (line and email), 2FA on."""
    reply = _reply_to("utter_why_2fa", text, lang)
    assert reply.get("said_as") == "utter_why_2fa_hacked", reply
    assert all(w in reply["text"] for w in words), reply["text"]
    assert "/request_human" in [b["payload"] for b in reply.get("buttons") or []], reply


@pytest.mark.parametrize("lang, text", [
    ("fr", "c quoi la difference entre oui je veux et non pas maintenant sur la fenetre ?"),
    ("en", "what happens if i click not now? and what does the yes button do exactly"),
])
def test_both_popup_buttons_asked_get_what_each_does(lang, text):
    """Sixty-eighth outside check, F9: both buttons asked in one message, one was explained.
    Each button's effect: « Oui, je veux… » then « Continuer » starts it, « Non, pas
    maintenant » puts it off for the 28 days."""
    reply = _reply_to("utter_how_enable", text, lang)
    assert reply.get("said_as") == "utter_how_enable_both_buttons", reply
    assert "Oui, je veux" in reply["text"] and "Non, pas maintenant" in reply["text"]
    assert "28" in reply["text"], reply["text"]


def test_a_focus_said_before_is_not_the_answer_said_again():
    """Sixty-eighth outside check, F4: "which number did you send it to?" got the SMS answer's
    focus (the number alone); "i didnt get the sms" then got its `_again` ("Still no SMS?… «
    Renvoyer » did not help") before any resend. A focus said one part: the steps come first."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", "en"), BotUttered("…", metadata={
        "utter_action": "utter_sms_not_received", "said_as": "utter_sms_not_received_which_number"})]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    tracker.update(UserUttered("i didnt get the sms"))
    reply = asyncio.run(nlg.generate("utter_sms_not_received", tracker, "rest"))
    assert reply.get("said_as") in (None, "utter_sms_not_received"), reply
    # the whole answer said before: its `_again` stays
    again = _reply_to("utter_sms_not_received", "i didnt get the sms", "en", "utter_sms_not_received")
    assert again.get("said_as") == "utter_sms_not_received_again", again


@pytest.mark.parametrize("name", ["utter_sms_not_received", "utter_sms_still_nothing",
                                  "utter_code_rejected", "utter_deadline"])
def test_an_answer_asked_again_gives_the_next_step_not_the_same_text(name):
    """Ninth outsider check, finding 6: "toujours rien", "still refused", "et si je fais rien ?"
    got the same paragraphs again. Said a second time in a session, such an answer is its
    `_again` response: different words, with a way forward (buttons)."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    first = asyncio.run(nlg.generate(name, _said(), "rest"))
    second = asyncio.run(nlg.generate(name, _said(name), "rest"))
    assert second["text"] != first["text"]
    assert second.get("buttons")
    # another answer said before changes nothing; a new session starts over
    assert asyncio.run(nlg.generate(name, _said("utter_greet"), "rest"))["text"] == first["text"]
    restarted = _said(name)
    restarted.update(SessionStarted())
    restarted.update(SlotSet("language", "en"))
    assert asyncio.run(nlg.generate(name, restarted, "rest"))["text"] == first["text"]


def test_the_again_answer_keeps_the_asked_name_for_rules_and_reports():
    """Rules, actions (times_said) and the field evaluation read `metadata.utter_action`."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=CHANGED)
    tracker = _said("utter_code_rejected")
    event = asyncio.run(ActionBotResponse("utter_code_rejected").run(CollectingOutputChannel(), nlg, tracker, DOMAIN))[0]
    assert event.metadata["utter_action"] == "utter_code_rejected"
    assert "after 7 wrong codes" in event.text  # LOCK_AFTER_FAILURES of CHANGED, the fact filled


@pytest.mark.parametrize("lang,step,words", [
    ("fr", "identity_code", "courriers indésirables"), ("en", "identity_code", "spam folder"),
    ("en", "confirm_ticket", "yes or no"), ("fr", "reset_reason", "Encore une question"),
])
def test_a_thanks_in_a_form_says_what_helps_at_that_step(lang, step, words):
    """Tenth outsider check, finding 9: "merci" or "oui" while the emailed code was awaited
    got "Très bien, reprenons." and the question again. At each step the customer now reads
    what that step needs; outside a form, the plain acknowledgement stays."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", lang), ActiveLoop("identity_form"), SlotSet("requested_slot", step)]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    assert words in asyncio.run(nlg.generate("utter_form_continue", tracker, "rest"))["text"]
    tracker.update(ActiveLoop(None))
    plain = asyncio.run(nlg.generate("utter_form_continue", tracker, "rest"))["text"]
    assert words not in plain and plain in {"Très bien, reprenons.", "All right, let's carry on."}


@pytest.mark.parametrize("lang, step, words, not_words", [
    ("en", "identity_email", "haven't sent anything yet", "can take a few minutes"),
    ("fr", "identity_email", "rien envoyé", "quelques minutes"),
    ("en", "identity_code", "can take a few minutes", "haven't sent anything"),
])
def test_nothing_received_before_the_address_is_given_is_told_nothing_was_sent(lang, step, words, not_words):
    """Twenty-fourth outsider check, L1: "what number does it go to", while the address was
    asked, got "The email can take a few minutes to arrive": nothing had been sent."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", lang), ActiveLoop("identity_form"), SlotSet("requested_slot", step)]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    said = asyncio.run(nlg.generate("utter_identity_email_not_received", tracker, "rest"))["text"]
    assert words in said and not_words not in said


def test_every_step_answer_has_its_first_answer_and_a_real_step():
    names = set(DOMAIN_DICT["responses"])
    steps = {s for form in DOMAIN_DICT["forms"].values() for s in form["required_slots"]}
    forms = set(DOMAIN_DICT["forms"])
    for name in (n for n in names if "_while_" in n):
        first, step = name.split("_while_")
        assert first in names and step in steps | forms | {"form"}, name


@pytest.mark.parametrize("step", ["identity_email", "identity_code", "reset_reason", "confirm_ticket"])
def test_what_now_in_either_form_is_one_answer_about_the_request(step):
    """Review of 2026-12-03: the same "we are opening your reset request" text was written four
    times per language, once per step. One `_while_form` answer now serves every step of both
    forms; a step's own answer (utter_form_continue_while_<step>) still comes first."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    form = "identity_form" if step.startswith("identity") else "reset_ticket_form"
    events = [SlotSet("language", "en"), ActiveLoop(form), SlotSet("requested_slot", step)]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    said = asyncio.run(nlg.generate("utter_how_enable", tracker, "rest"))["text"]
    assert said == asyncio.run(nlg.generate("utter_how_enable_while_form", tracker, "rest"))["text"]
    assert said != asyncio.run(nlg.generate("utter_how_enable", _said(), "rest"))["text"]
    own = asyncio.run(nlg.generate("utter_form_continue", tracker, "rest"))["text"]
    assert own != asyncio.run(nlg.generate("utter_form_continue", _said(), "rest"))["text"]


def test_every_again_answer_has_its_first_answer():
    names = set(DOMAIN_DICT["responses"])
    assert {n[: -len("_again")] for n in names if n.endswith("_again")} <= names


def test_the_again_answers_are_the_ones_the_nlg_names():
    """A response named `<x>_again` is said in `<x>`'s place only when the NLG lists `<x>`
    (SAID_AGAIN): a new response whose name merely ends in "_again" must be listed or renamed,
    never picked up by accident (thirtieth outsider check, finding 2)."""
    names = set(DOMAIN_DICT["responses"])
    assert {n[: -len("_again")] for n in names if n.endswith("_again")} == SAID_AGAIN


def test_every_focus_answer_has_its_first_answer():
    names = set(DOMAIN_DICT["responses"])
    for suffix in ("_which_number", "_other_method", "_open_now", "_closed_now"):
        assert {n[: -len(suffix)] for n in names if n.endswith(suffix)} <= names
    # the line's two states come together: the NLG picks one by the clock
    assert {n for n in names if n.endswith("_open_now")} == {
        n.replace("_closed_now", "_open_now") for n in names if n.endswith("_closed_now")}


@pytest.mark.parametrize("lang, text, at, words", [
    ("en", "are you open now?", (2026, 12, 2, 10, 0), ["open right now, until 18:00", "+33 (0)4 88 36 07 40"]),
    ("fr", "vous êtes ouverts la tout de suite ?", (2026, 12, 2, 10, 0), ["ouvert en ce moment, jusqu'à 18 h 00"]),
    ("en", "is support open right now", (2026, 12, 5, 10, 0), ["closed right now; it opens again Monday 7 December at 9:00"]),
    ("fr", "le support est ouvert maintenant ?", (2026, 12, 2, 19, 0), ["fermé en ce moment ; il rouvre demain à 9 h 00"]),
    ("en", "r u guys open rn", (2026, 12, 2, 10, 0), ["open right now"]),
    ("fr", "vous etes ouvert la ?", (2026, 12, 2, 10, 0), ["ouvert en ce moment"]),
    # eighteenth outsider check: "mtn" (maintenant, as texted) got the weekly hours only
    ("fr", "c ouvert mtn ?", (2026, 12, 2, 19, 0), ["fermé en ce moment"]),
])
def test_open_now_gets_whether_the_line_is_open_at_this_moment(lang, text, at, words):
    """Fifteenth outsider check: "are you open now?" got the weekly hours only. It gets whether
    the line is open at this moment (Paris time, clock frozen), then the hours."""
    import time_machine
    from zoneinfo import ZoneInfo

    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    tracker = _said(lang=lang)
    tracker.update(UserUttered(text))
    with time_machine.travel(datetime(*at, tzinfo=ZoneInfo("Europe/Paris")), tick=False):
        reply = asyncio.run(nlg.generate("utter_contact", tracker, "rest"))["text"]
    assert all(w in reply for w in words), reply
    tracker = _said(lang=lang)
    tracker.update(UserUttered("what's the support phone number?" if lang == "en" else "quel est le numéro du support ?"))
    plain = asyncio.run(nlg.generate("utter_contact", tracker, "rest"))["text"]
    assert "right now" not in plain and "en ce moment" not in plain, plain


@pytest.mark.parametrize("lang, text, focus, words", [
    ("en", "which phone number did you send it to?", "_which_number", "registered on your account"),
    ("fr", "c envoyé a quel num ?", "_which_number", "enregistré sur votre compte"),
    ("fr", "ok mais concretement le bouton essayer une autre methode il fait quoi ?", "_other_method",
     "propose une autre façon"),
    ("en", "what does « Essayer une autre méthode » do exactly?", "_other_method", "offers another way"),
])
def test_a_question_about_one_part_of_the_sms_answer_gets_that_part(lang, text, focus, words):
    """Sixteenth outsider check, items 1 and 3: "which number did you send it to?" and "what
    does « Essayer une autre méthode » do?" got the four SMS steps, which answer neither. Such a
    message gets the part it asks about, even after the steps were said once (before `_again`);
    "the SMS never came" still gets the steps."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    for said in ((), ("utter_sms_not_received",)):
        tracker = _said(*said, lang=lang)
        tracker.update(UserUttered(text))
        reply = asyncio.run(nlg.generate("utter_sms_not_received", tracker, "rest"))["text"]
        assert words in reply, reply
    # after "still nothing" too (seventeenth outsider check: it got "talk to a person")
    tracker = _said("utter_sms_not_received", "utter_sms_still_nothing", lang=lang)
    tracker.update(UserUttered(text))
    reply = asyncio.run(nlg.generate("utter_sms_still_nothing", tracker, "rest"))["text"]
    assert words in reply, reply
    tracker = _said(lang=lang)
    tracker.update(UserUttered("le sms n'arrive pas" if lang == "fr" else "the sms never came"))
    steps = asyncio.run(nlg.generate("utter_sms_not_received", tracker, "rest"))["text"]
    assert words not in steps and ("1." in steps), steps


@pytest.mark.parametrize("lang, text, words", [
    ("en", "dropped my phone in the lake lol, got a new one w/ same number, how do i get my codes back",
     ("by SMS, there is nothing to reset", "authenticator app, the app stayed on the old phone")),
    ("fr", "j'ai racheté un téléphone, j'ai gardé le même numéro, je fais comment pour les codes ?",
     ("par SMS, il n'y a rien à réinitialiser", "l'application est restée sur l'ancien téléphone")),
])
def test_a_new_phone_with_the_same_number_is_told_apart_by_method(lang, text, words):
    """Fifty-ninth outside check, F16: a new phone with the same number got the reset's offer
    alone. With SMS the codes keep coming to the number; only an app left on the old phone needs
    the reset, which is offered (its yes button) for that case."""
    reply = _reply_to("utter_phone_changed", text, lang)
    assert all(w in reply["text"] for w in words), reply["text"]
    assert "/affirm" in [b["payload"] for b in reply.get("buttons") or []]
    lost = "I lost my phone" if lang == "en" else "j'ai perdu mon téléphone"
    plain = _reply_to("utter_phone_changed", lost, lang)["text"]
    assert words[0] not in plain, plain


@pytest.mark.parametrize("lang, text", [
    ("en", "My colleague set up the 2FA with his mobile but we share the account. Can we both receive "
           "the code?"),
    ("fr", "mon collègue est en arrêt, est-ce que le code va partir sur son téléphone ou je peux le "
           "recevoir sur le mien ?"),
    # sixty-second outside check, F2: one who logs in for the holder got the steps or the reset
    ("en", "my boss's account sends the code to his mobile but I'm the one who logs in for him, he's "
           "in a meeting all day. what can we do?"),
    ("fr", "c'est mon assistante qui se connecte pour moi d'habitude mais le code arrive sur mon "
           "portable et je suis en déplacement, comment on fait ?"),
])
def test_whose_phone_gets_the_code_is_answered(lang, text):
    """Sixty-first outside check, F4: "can we both receive the code?" got the code's format,
    which says nothing of whose phone it goes to. The one registered; another phone is a reset."""
    reply = _reply_to("utter_code_format", text, lang)
    assert reply.get("said_as") == "utter_code_format_whose_phone", reply
    assert ("Mes demandes" in reply["text"]) and ("QR code" in reply["text"]), reply["text"]


@pytest.mark.parametrize("lang, text, words", [
    ("en", "left my phone at home this morning, can I still get into the portal?",
     ("Without your phone", "Remember this device", "+33")),
    ("fr", "mon tel est resté chez moi, je peux me connecter aujourd'hui ?",
     ("Sans votre téléphone", "Se souvenir de cet appareil", "+33")),
    # sixty-third outside check, F1: the long story, the place told
    ("fr", "Ce matin je suis parti sur un chantier en laissant mon portable sur le comptoir. Il faut "
           "que je passe une commande depuis l'ordinateur de l'atelier avant 11 h.",
     ("Sans votre téléphone", "Se souvenir de cet appareil", "+33")),
    # sixty-sixth outside check, F2: the phone left at one's office, working from home
    ("en", "I forgot my phone at my desk yesterday and I'm working from home, I need the portal",
     ("Without your phone", "Remember this device", "+33")),
    ("fr", "j'ai oublié mon portable au boulot hier soir, je dois aller sur le portail ce matin",
     ("Sans votre téléphone", "Se souvenir de cet appareil", "+33")),
])
def test_a_phone_left_at_home_gets_no_reset_offer(lang, text, words):
    """Sixty-second outside check, F3: a phone left at home for the day got the 28 days or the
    changed phone's reset offer. No code without it; a remembered computer still gets in; else
    the phone or, if urgent, the support line; no ticket offered."""
    reply = _reply_to("utter_remember_device", text, lang)
    assert reply.get("said_as") == "utter_remember_device_phone_at_home", reply
    assert all(w in reply["text"] for w in words), reply["text"]
    assert not reply.get("buttons"), reply


def test_the_exact_date_asked_in_the_other_language_is_said_in_it():
    """Sixty-eighth outside check, F3: after "…until 1 January 2027 at 15:14 (Paris time)",
    « c'est quelle date exactement ? » got « la date est le 1 January 2027 at 15:14 (Paris
    time) »: the deadline said again in the question's language."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    tracker = _said(lang="en")
    tracker.update(UserUttered("how long do I have?"))
    line = asyncio.run(nlg.generate(
        "utter_status_not_enrolled", tracker, "rest", deadline="1 January 2027 at 15:14 (Paris time)",
        deadline_raw="2027/01/01 15h14 Europe/Paris", days_left_text="25 days", days_left=25))
    tracker.update(BotUttered(line["text"], metadata={**line, "utter_action": "utter_status_not_enrolled"}))
    tracker.update(SlotSet("language", "fr"))
    tracker.update(UserUttered("c'est quelle date exactement ?"))
    reply = asyncio.run(nlg.generate("utter_since_when", tracker, "rest"))
    assert reply.get("said_as") == "utter_since_when_own_deadline", reply
    assert "1er janvier 2027 à 15 h 14 (heure de Paris)" in reply["text"], reply["text"]
    assert "January" not in reply["text"], reply["text"]


@pytest.mark.parametrize("lang, deadline, ask, rollout", [
    ("fr", "4 janvier 2027", "c quoi la date exacte", "1er mai 2024"),
    ("en", "4 January 2027", "what's the exact date?", "1 May 2024"),
])
def test_the_exact_date_after_the_accounts_deadline_is_that_deadline(lang, deadline, ask, rollout):
    """Sixty-first outside check, F3: « c quoi la date exacte » right after "until 4 January 2027"
    got 1 May 2024 alone, which a customer can take for the deadline. Right after a line with the
    account's deadline, both dates come, each named; with none before, since when's answer."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    tracker = _said(lang=lang)
    tracker.update(UserUttered("how long do I have?" if lang == "en" else "il me reste combien ?"))
    line = asyncio.run(nlg.generate("utter_status_not_enrolled", tracker, "rest", deadline=deadline,
                                    days_left_text="28 days", days_left=28))
    assert line["own_deadline"] == deadline
    tracker.update(BotUttered(line["text"], metadata={**line, "utter_action": "utter_status_not_enrolled"}))
    tracker.update(UserUttered(ask))
    reply = asyncio.run(nlg.generate("utter_since_when", tracker, "rest"))
    assert reply.get("said_as") == "utter_since_when_own_deadline", reply
    assert deadline in reply["text"] and rollout in reply["text"], reply["text"]
    assert reply["text"].index(deadline) < reply["text"].index(rollout)
    fresh = _said(lang=lang)
    fresh.update(UserUttered(ask))
    plain = asyncio.run(nlg.generate("utter_since_when", fresh, "rest"))
    assert not plain.get("said_as") and deadline not in plain["text"]
    # read as out of scope, the same ("so what's the exact last day?": sixty-fourth check, F3)
    tracker.update(UserUttered("and the last day exactly?" if lang == "en" else
                               "ok et ça tombe quel jour exactement la date limite ?"))
    reply = asyncio.run(nlg.generate("utter_out_of_scope", tracker, "rest"))
    assert reply.get("said_as") == "utter_since_when_own_deadline", reply
    # a since-when question naming its topic is since when's, whatever came before
    tracker.update(UserUttered("depuis quand la 2FA est obligatoire ?" if lang == "fr"
                               else "since when is 2FA mandatory?"))
    assert not asyncio.run(nlg.generate("utter_since_when", tracker, "rest")).get("said_as")


@pytest.mark.parametrize("lang, text, words", [
    ("fr", "j'ai cliqué oui puis continuer et la il me redemande mon mot de passe, c'est normal ?",
     ("c'est normal", "étape 4")),
    ("en", "clicked yes then Continue and now it asks me to log in again?? is that normal",
     ("that's normal", "step 4")),
])
def test_the_login_asked_again_after_continuer_is_said_normal(lang, text, words):
    """Sixtieth outside check, F7: after « Continuer », "it asks my password again, is that
    normal?" got the five steps with no "yes". Now yes first, step 4, then the method."""
    reply = _reply_to("utter_how_enable", text, lang)
    assert reply.get("said_as") == "utter_how_enable_relogin", reply
    assert all(w in reply["text"] for w in words), reply["text"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "ah je me suis trompé d'un chiffre c'est 78 à la fin pas 79"),
    ("en", "wait, I think I swapped two digits in the number I typed"),
])
def test_a_number_mistyped_during_the_activation_is_typed_again_not_reset(lang, text):
    """Sixtieth outside check, F4: after the SMS's answer, "I got a digit wrong" got the "still
    nothing" steps with a reset's button. The way is to type the number again in the popup."""
    reply = _reply_to("utter_sms_not_received", text, lang, "utter_sms_not_received")
    assert reply.get("said_as") == "utter_sms_not_received_typo", reply
    assert "Essayer une autre méthode" in reply["text"] and not reply.get("buttons"), reply


@pytest.mark.parametrize("lang, text, words", [
    ("fr", "on a changé d'opérateur et tous les salariés ont un nouveau numéro, comment on fait pour "
           "la double authentification ?", ("chaque utilisateur", "son propre compte")),
    ("en", "we switched carrier and all our staff got new numbers, how do we handle the 2FA?",
     ("each user", "their own M2Mmanager account")),
    # the sixty-fifth check's kind (F2), in other words: a count of users, the company's phones
    ("en", "we moved to another network provider and all 9 technicians got new numbers",
     ("each user", "their own M2Mmanager account")),
    ("fr", "nouvel opérateur pour tous nos portables, les numéros ont tous changé",
     ("chaque utilisateur", "son propre compte")),
])
def test_a_whole_companys_numbers_changed_is_one_request_each(lang, text, words):
    """Sixty-third outside check, F8: everyone's numbers changed by a new carrier got the one
    ticket's offer. Each user's own request, from their own account; the offer for one's own."""
    reply = _reply_to("utter_phone_changed", text, lang)
    assert reply.get("said_as") == "utter_phone_changed_everyone", reply
    assert all(w in reply["text"] for w in words), reply["text"]
    assert "/affirm" in [b["payload"] for b in reply.get("buttons") or []]


@pytest.mark.parametrize("lang, text, away", [
    ("en", "our accountant set up the 2FA on her mobile and she's on vacation this week, I need to "
           "get into the account", True),
    ("fr", "mon collègue a mis la double authentification sur son portable et il est en vacances, "
           "comment je me connecte ?", True),
    ("en", "the engineer who had 2FA on his mobile left the company, how do we get in?", False),
    # the sixty-fifth check's kinds (F1), in other words: leave, a few days, logging in for the
    # holder, the holder named by what they hold; a phone broken this week stays the reset's
    ("fr", "ma responsable est en congé jusqu'à jeudi et c'est sur son téléphone que partent les "
           "codes", True),
    ("en", "I sign in for our director, the text goes to his mobile and he's off until Friday", True),
    ("fr", "celle qui a le portable avec l'appli est absente deux jours, on fait comment ?", True),
    ("en", "my colleague broke his phone this week and it had our 2FA app on it", False),
    # the sixty-sixth check's kinds (F1), in other words: gone on holiday, off sick for a while
    ("fr", "mon responsable est parti en déplacement lundi et c'est son téléphone qui reçoit les "
           "codes", True),
    ("fr", "ma collègue est en arrêt maladie une semaine, le code arrive sur son portable", True),
])
def test_a_colleague_away_for_a_while_gets_whose_phone_not_a_reset(lang, text, away):
    """Sixty-third outside check, F7: a colleague on holiday with the 2FA phone got the changed
    phone's offer. Away for a while: the code is theirs, not passed on, one's own account; gone
    for good: the reset's offer stays."""
    reply = _reply_to("utter_phone_changed", text, lang)
    if away:
        assert reply.get("said_as") == "utter_phone_changed_colleague_away", reply
        assert not reply.get("buttons")
    else:
        assert "/affirm" in [b["payload"] for b in reply.get("buttons") or []], reply


@pytest.mark.parametrize("lang, text", [
    ("en", "my phone is in for repair until next Thursday and the site wants a code"),
    ("fr", "mon portable est en réparation pour dix jours, je dois me connecter au portail"),
    ("en", "my mobile has been sitting in a drawer at the depot for two weeks and nobody can send "
           "it to me"),
    ("fr", "on a échangé nos portables par erreur avec ma collègue, elle est partie pour la semaine"),
])
def test_a_phone_away_for_a_while_hears_what_works_before_the_reset(lang, text):
    """Sixty-sixth outside check, F2: a phone at the repair shop for a week got the reset's offer
    alone, which removes a second factor that works again once the phone is back. What still
    works comes first (a remembered computer, waiting), then the offer for whoever cannot wait."""
    reply = _reply_to("utter_phone_changed", text, lang)
    assert reply.get("said_as") == "utter_phone_changed_for_a_while", reply
    remember = "Se souvenir de cet appareil pendant"
    assert remember in reply["text"] and "Mes demandes" in reply["text"], reply["text"]
    assert reply["text"].index(remember) < reply["text"].index("Mes demandes")
    assert "/affirm" in [b["payload"] for b in reply.get("buttons") or []], reply


@pytest.mark.parametrize("lang, text", [
    ("en", "I'm getting a new phone next week, what do I have to do so I don't lose access?"),
    ("fr", "je vais recevoir un nouveau portable vendredi, il faut faire quoi pour la double "
           "authentification ?"),
])
def test_a_new_phone_on_its_way_gets_nothing_to_do_now_and_no_ticket(lang, text):
    """Sixty-sixth outside check, F2: "getting a new phone next week" got the reset's offer for a
    phone not there yet. Nothing now; the same number by SMS needs no reset; the app or a new
    number, the reset once the new phone is in hand."""
    reply = _reply_to("utter_phone_changed", text, lang)
    assert reply.get("said_as") == "utter_phone_changed_ahead", reply
    assert "Mes demandes" in reply["text"] and "SIM" in reply["text"], reply["text"]
    assert not reply.get("buttons"), reply


@pytest.mark.parametrize("lang, text", [
    ("fr", "pourquoi je dois me connecter ?"), ("en", "why do I need to log in?"),
])
def test_why_log_in_after_log_in_first_gets_its_reason(lang, text):
    """Sixty-fifth outside check, F7: « pourquoi je dois me connecter ? » right after "log in to
    the portal first" got the status's general text. It is that line's why."""
    reply = _reply_to("utter_why_2fa", text, lang, "utter_reset_login_first")
    assert reply.get("said_as") == "utter_why_2fa_login_first", reply


@pytest.mark.parametrize("lang, text", [
    ("en", "is the final day included or does it stop at midnight the day before?"),
    ("fr", "le dernier jour il est compris ou pas ?"),
    ("en", "till what time can I still click not now?"),
    # the day named, heard as the support line's hours (sixty-sixth outside check, F4)
    ("fr", "jusqu'à quelle heure ça marche le dernier jour ?"),
])
def test_whether_the_last_day_counts_is_answered_with_the_time_of_day(lang, text):
    """Sixty-fifth outside check, F4: "does the last day still count?" fell back, or got the
    general rule again. The 28 days end at the first login's time of day: the last day counts
    until then (the account's own line, with that time, follows for a customer logged in)."""
    reply = _reply_to("utter_deadline", text, lang)
    assert reply.get("said_as") == "utter_deadline_last_day", reply
    assert ("Paris time" if lang == "en" else "heure de Paris") in reply["text"]


@pytest.mark.parametrize("lang, text, no", [
    ("en", "2fa off pls", "No:"), ("fr", "on peut désactiver la double auth ?", "Non :"),
])
def test_turning_it_off_read_as_why_says_no_first(lang, text, no):
    """Sixty-fourth outside check, F11: "2fa off pls" got why 2FA is mandatory, without the
    "no, it cannot be turned off" the README promises."""
    reply = _reply_to("utter_why_2fa", text, lang)
    assert reply.get("said_as") == "utter_why_2fa_disable" and reply["text"].startswith(no), reply


@pytest.mark.parametrize("lang, text", [
    ("fr", "ah oui erreur, le bon c'est le 06 12 34 56 78, renvoyez le code dessus svp"),
    ("en", "oops wrong number, the right one is 07700 900123, send it there"),
])
def test_another_number_during_an_sms_activation_is_typed_again_in_the_popup(lang, text):
    """Sixty-fourth outside check, F8: during an SMS activation, the right number given in the
    chat got "nothing to reset, enable it at your next login". The activation is under way: the
    number is typed again in the popup."""
    reply = _reply_to("utter_phone_changed", text, lang, "utter_status_pending_sms_enroll_number")
    assert reply.get("said_as") == "utter_sms_not_received_typo", reply
    done = _reply_to("utter_phone_changed", text, lang, "utter_status_not_enrolled")
    assert done.get("said_as") != "utter_sms_not_received_typo", done


def test_an_answer_said_in_the_other_language_is_said_whole():
    """The widget's language toggle (tests/browser/test_widget.py): the deadline asked in
    English, then again after switching to French, is the whole answer in French."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    tracker = _said("utter_deadline", lang="en")
    tracker.update(SlotSet("language", "fr"))
    whole = asyncio.run(nlg.generate("utter_deadline", _said(lang="fr"), "rest"))["text"]
    assert asyncio.run(nlg.generate("utter_deadline", tracker, "rest"))["text"] == whole
    tracker.update(BotUttered("…", metadata={"utter_action": "utter_deadline"}))
    assert asyncio.run(nlg.generate("utter_deadline", tracker, "rest"))["text"] != whole  # now read in French


# ---------------------------------------------------------------- a follow-up to an out-of-scope question


def _after(first_answer: str, message: str, lang: str) -> DialogueStateTracker:
    events = [SlotSet("language", lang), UserUttered("…"), BotUttered("…", metadata={"utter_action": first_answer}),
              UserUttered(message)]
    return DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)


@pytest.mark.parametrize("lang,message,answer", [
    ("en", "how do i reset it", "utter_phone_changed"),
    ("fr", "comment je le reinitialise", "utter_phone_changed"),
    ("fr", "et je l'active comment ?", "utter_how_enable"),
    ("en", "ok so how do I activate that", "utter_how_enable"),
])
def test_a_follow_up_to_an_out_of_scope_question_keeps_the_support_line(lang, message, answer):
    """Eleventh outsider check, finding 2: "I forgot my password" got the out-of-scope answer,
    then "how do i reset it" got the 2FA reset offer and the identity check, for a password the
    customer cannot type. Such a follow-up now reads first that the earlier question is support's
    (phone and email), then the 2FA answer, whose buttons and next steps are unchanged."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    plain = asyncio.run(nlg.generate(answer, _after("utter_greet", message, lang), "rest"))
    after = asyncio.run(nlg.generate(answer, _after("utter_out_of_scope", message, lang), "rest"))
    preface = after["text"][: -len(plain["text"])]
    assert after["text"].endswith(plain["text"]) and after.get("buttons") == plain.get("buttons")
    assert "+33 (0)4 88 36 07 40" in preface and "helpme@matooma.com" in preface
    assert ("double authentification" if lang == "fr" else "two-factor authentication") in preface


@pytest.mark.parametrize("lang,message", [
    ("en", "how do i reset the 2fa then"), ("en", "my number changed, how do I reset it"),
    ("fr", "comment je réinitialise la double authentification alors"), ("fr", "et le code sms ?"),
    ("en", "how do I reset"),
])
def test_a_message_naming_2fa_after_an_out_of_scope_answer_gets_the_answer_alone(lang, message):
    """A customer who names 2FA (or refers to nothing) after the out-of-scope answer has moved on."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    plain = asyncio.run(nlg.generate("utter_phone_changed", _after("utter_greet", message, lang), "rest"))
    after = asyncio.run(nlg.generate("utter_phone_changed", _after("utter_out_of_scope", message, lang), "rest"))
    assert after["text"] == plain["text"]


@pytest.mark.parametrize("lang,words", [
    ("en", "does not need your phone: your login on the portal (email and password) and a 6-digit code I send "
           "you by email. If you can't log in at all"),
    ("fr", "ne demande pas votre téléphone : votre connexion au portail (email et mot de passe) et un code à 6 "
           "chiffres que je vous envoie par email. Si vous ne pouvez pas vous connecter du tout"),
])
def test_the_reset_offer_says_what_to_do_for_a_customer_who_cannot_log_in_at_all(lang, words):
    """Eleventh outsider check, finding 4: after the reset offer, "what if I can't log in at
    all?" got the 28-day rule. The offer says what the check needs (not the phone: the portal
    login and a code sent by email; fifteenth check, finding 7: it said "no code needed", then
    asked for the emailed code) and gives the support line for a customer who cannot log in."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    text = asyncio.run(nlg.generate("utter_phone_changed", _said(lang=lang), "rest"))["text"]
    assert words in text and "+33 (0)4 88 36 07 40" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_code_answer_says_which_field_the_code_goes_in(lang):
    """Eleventh outsider check, finding 8: "and where do i type the code" got the refused-code
    checks. The code's answer names the popup's two fields as the article labels them."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    text = asyncio.run(nlg.generate("utter_code_format", _said(lang=lang), "rest"))["text"]
    for label in ("Code à usage unique", "Saisissez le code à 6 chiffres", "Continuer"):
        assert label in text


@pytest.mark.parametrize("lang, words", [
    ("en", "after them, postponing is no longer offered and you must enable it at your next login"),
    ("fr", "passé ce délai, le report n'est plus proposé et vous devrez l'activer à votre prochaine"),
])
def test_the_status_seen_from_outside_says_what_happens_after_the_28_days(lang, words):
    """Thirty-first outsider check, finding 7: "My 28 days are over, what now?" got the status
    an anonymous visitor gets, which gave the 28 days but never what follows them. It now says
    that postponing ends and the set-up is required at the next login."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    text = asyncio.run(nlg.generate("utter_status_unknown", _said(lang=lang), "rest"))["text"]
    assert words in text and "28" in text


# ---------------------------------------------------------------- turning 2FA off


def _asked(text: str, lang: str) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        "c", [SlotSet("language", lang), UserUttered(text, {"name": "ask_deadline"})], slots=DOMAIN.slots
    )


@pytest.mark.parametrize("name", ["utter_why_2fa", "utter_deadline"])
@pytest.mark.parametrize("text, lang, no", [
    ("est ce que je peux desactiver la 2fa", "fr", "Non : "),
    ("can i turn 2fa off", "en", "No: "),
])
def test_asked_to_turn_2fa_off_the_answer_says_no_first(name, text, lang, no):
    """Twenty-fourth outsider check, F1 and E1: "can i turn 2fa off" got the 28 days, "can I
    disable it" why it is mandatory; neither said "no". Either answer now starts with it, says
    it is mandatory and names the only postponement, « Non, pas maintenant »."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate(name, _asked(text, lang), "rest"))["text"]
    assert reply.startswith(no), reply
    assert ("obligatoire" if lang == "fr" else "mandatory") in reply
    assert "Non, pas maintenant" in reply and "28" in reply
    # another question about the same answer keeps the answer as it was
    plain = asyncio.run(nlg.generate(name, _asked("and after 28 days?", lang), "rest"))["text"]
    assert not plain.startswith(no)


@pytest.mark.parametrize("text, lang, words", [
    ("c etait quoi le code ?", "fr", ["ne peux pas vous les donner", "dernier SMS", "jamais dans ce chat"]),
    ("what was the code again?", "en", ["can't give them to you", "latest SMS", "never in this chat"]),
])
def test_the_code_asked_for_is_never_given_and_its_place_is_said(text, lang, words):
    """Twenty-fourth outsider check, L4: "c etait quoi le code ?" got the reset request's status."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_code_format", _asked(text, lang), "rest"))["text"]
    assert all(w in reply for w in words), reply


@pytest.mark.parametrize("text, lang", [("merci", "fr"), ("thx", "en"), ("Bye!", "en"), ("ok", None)])
def test_a_courtesy_word_alone_first_gets_its_own_language(text, lang):
    """Twenty-fourth outsider check, F2 and E2: "merci" and "thx" as a conversation's first
    message got « Avec plaisir ! … / You're welcome! … ». The word does not set the
    conversation's language (a "merci" in an English chat is borrowed, tests/unit/
    test_language.py), but with none set yet the reply to it is in its language."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    tracker = DialogueStateTracker.from_events("c", [UserUttered(text, {"name": "thank"})], slots=DOMAIN.slots)
    reply = asyncio.run(nlg.generate("utter_you_are_welcome", tracker, "rest"))["text"]
    french, english = "Avec plaisir" in reply, "You're welcome" in reply
    assert (french, english) == {"fr": (True, False), "en": (False, True), None: (True, True)}[lang], reply
    # a conversation in English keeps English for "merci"
    tracker.update(SlotSet("language", "en"))
    assert "Avec plaisir" not in asyncio.run(nlg.generate("utter_you_are_welcome", tracker, "rest"))["text"]


@pytest.mark.parametrize("text, lang, no", [
    ("je peux vous donner le code ici dans le chat pour que vous le validiez ?", "fr", "Non : ne donnez jamais"),
    ("can i just paste the code here and you check it", "en", "No: never give your code"),
    # fifty-third outside check, F8: texting read as the rule reads it
    ("can i give u the code here so u can log me in", "en", "No: never give your code"),
])
def test_the_code_offered_in_the_chat_is_refused_first(text, lang, no):
    """Twenty-fifth outsider check, FR19, EN19: where to type the code came, never "no"."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_code_format", _asked(text, lang), "rest"))["text"]
    assert reply.startswith(no), reply


@pytest.mark.parametrize("text, first", [
    ("hello", "Hello!"), ("Hi!", "Hello!"), ("heyyy", "Hello!"), ("salut", "Bonjour !"), ("ok", "Bonjour !"),
])
def test_an_english_greeting_alone_is_greeted_in_english_first(text, first):
    """Thirtieth outsider check, finding 9: "hello" (no widget locale) got « Bonjour ! … »
    first. The word decides no language (French customers say it too): both halves stay,
    English first."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    tracker = DialogueStateTracker.from_events("c", [UserUttered(text, {"name": "greet"})], slots=DOMAIN.slots)
    reply = asyncio.run(nlg.generate("utter_greet", tracker, "rest"))["text"]
    assert reply.startswith(first), reply
    assert "Bonjour !" in reply and "Hello!" in reply
    # once the conversation's language is set, one language only
    tracker.update(SlotSet("language", "fr"))
    assert "Hello!" not in asyncio.run(nlg.generate("utter_greet", tracker, "rest"))["text"]


@pytest.mark.parametrize("text, lang, then", [
    ("et si je perds mon téléphone un jour ?", "fr", "Rien à faire pour l'instant"),
    ("what if i lose my phone one day?", "en", "Nothing to do for now"),
])
def test_a_loss_some_day_gets_what_to_do_then_and_no_ticket_offered(text, lang, then):
    """Thirty-third outsider check, finding 8: "what if i lose my phone one day?" got the reset
    answer ending "Shall I open it?" with its yes button, for someone who had lost nothing."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_phone_changed", _asked(text, lang), "rest"))
    assert then in reply["text"] and "Mes demandes" in reply["text"]
    assert not reply.get("buttons")
    # a phone lost now keeps the offer
    lost = "j'ai perdu mon téléphone" if lang == "fr" else "i lost my phone"
    now = asyncio.run(nlg.generate("utter_phone_changed", _asked(lost, lang), "rest"))
    assert now.get("buttons") and then not in now["text"]


@pytest.mark.parametrize("text, lang, rule", [
    ("et si je me trompe trop de fois ?", "fr", "Après 10 codes erronés de suite"),
    ("what if I get the code wrong too many times?", "en", "After 10 wrong codes in a row"),
])
def test_too_many_wrong_codes_asked_gets_the_lock_rule_first(text, lang, rule):
    """Thirty-fourth outsider check, F1: "et si je me trompe trop de fois ?" got the 28 days, and
    "how many wrong codes before the lock?" never the number. The lock rule, with the number and
    who unlocks, comes first; a refused code told gets the checks as before."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_code_rejected", _asked(text, lang), "rest"))["text"]
    assert reply.startswith(rule) and "+33 (0)4 88 36 07 40" in reply, reply
    told = "mon code est refusé" if lang == "fr" else "my code is rejected"
    checks = asyncio.run(nlg.generate("utter_code_rejected", _asked(told, lang), "rest"))["text"]
    assert not checks.startswith(rule) and "1." in checks, checks
    # the anonymous status of a locked-out visitor says the number too
    locked = asyncio.run(nlg.generate("utter_status_unknown_locked", _asked(text, lang), "rest"))
    assert rule in locked["text"], locked["text"]


@pytest.mark.parametrize("text, lang, first", [
    ("et ça marche sans réseau ?", "fr", "Oui pour l'application"),
    ("does the app work offline?", "en", "Yes for the app"),
])
def test_whether_the_app_works_offline_is_answered_yes_first(text, lang, first):
    """Thirty-fourth outsider check, F2: asked whether the app works without a network, the
    customer got a person's offer or the set-up steps, never a yes or a no."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_methods", _asked(text, lang), "rest"))
    assert reply["text"].startswith(first) and "30" in reply["text"], reply["text"]
    assert [b["payload"] for b in reply["buttons"]] == ["/ask_enable_app", "/ask_enable_sms"]
    plain = "app ou sms ?" if lang == "fr" else "app or sms?"
    assert not asyncio.run(nlg.generate("utter_methods", _asked(plain, lang), "rest"))[
        "text"].startswith(first)


@pytest.mark.parametrize("text, lang, says", [
    ("c'est mieux l'appli ou le SMS ?", "fr", "le choix le plus sûr"),
    ("lequel des deux vous me recommandez ?", "fr", "le choix le plus sûr"),
    ("is the app or text better?", "en", "the safer and handier choice"),
    ("thats not what i asked, i asked which one you recommend", "en", "the safer and handier choice"),
])
def test_which_method_is_better_is_answered(text, lang, says):
    """Fiftieth outsider check, F7: "is it better to use the app or sms?" got the list of the
    two methods and no answer to which is better; "that's not what I asked, which one do you
    recommend" then got the out-of-scope answer. Which suits whom comes, with both set-ups as
    buttons; a choice among apps ("which one, Google or Microsoft?") is not this question."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_methods", _asked(text, lang), "rest"))
    assert says in reply["text"] and "30" in reply["text"], reply["text"]
    assert [b["payload"] for b in reply["buttons"]] == ["/ask_enable_app", "/ask_enable_sms"]
    assert reading("out_of_scope", text) == ("ask_methods", METHODS_COMPARED_HEARD_AS)
    apps = "which one do you recommend, google or microsoft authenticator?"
    assert says not in asyncio.run(nlg.generate("utter_methods", _asked(apps, lang), "rest"))["text"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wait_of_one_minute_reads_right(lang):
    """Thirty-fifth outsider check: "dans 1 minutes", "in 1 minutes". Every text that says when
    to try again gives the minutes as "N min", right for 1 as for 10."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    names = [name for name, texts in DOMAIN.responses.items()
             if any("{retry_after_minutes}" in (t.get("text") or "") for t in texts)]
    assert len(names) >= 5, names
    for name in names:
        reply = asyncio.run(nlg.generate(name, _said(lang=lang), "rest", retry_after_minutes=1,
                                        masked_phone="+33 6••••••78"))
        assert "1 min" in reply["text"] and "1 minutes" not in reply["text"], (name, reply["text"])


@pytest.mark.parametrize("text, lang, way_out", [
    ("le qr code ne se scanne pas, donnez-moi la clé", "fr", "Essayer une autre méthode"),
    ("the QR code won't scan, my camera doesn't pick it up", "en", "Essayer une autre méthode"),
    # fortieth outsider check, F9: no camera to scan with
    ("I'm stuck on the QR code screen, my phone camera is broken", "en", "Essayer une autre méthode"),
    ("bloqué sur l'écran du QR code, l'appareil photo de mon tel est cassé", "fr",
     "Essayer une autre méthode"),
])
def test_a_qr_code_that_will_not_scan_gets_the_way_out_and_no_key(text, lang, way_out):
    """Thirty-fourth outsider check, F5: "the QR code won't scan" and "give me the key" got the
    app's four steps again, "scan the QR code" among them. The way out is another method or a
    person; no key is given in the chat."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_enable_app", _asked(text, lang), "rest"))
    assert way_out in reply["text"] and "+33 (0)4 88 36 07 40" in reply["text"], reply["text"]
    assert [b["payload"] for b in reply["buttons"]] == ["/ask_enable_sms"]
    steps = asyncio.run(nlg.generate("utter_enable_app", _asked(
        "comment activer avec l'appli ?" if lang == "fr" else "how do I set up the app?", lang), "rest"))
    assert "1." in steps["text"] and way_out not in steps["text"].split("\n")[1], steps["text"]


@pytest.mark.parametrize("text, lang, said", [
    ("le qr code s'affiche pas dans la fenetre, juste un carré blanc", "fr", "ne s'affiche pas"),
    ("The QR code doesn't show up, there's just a blank square", "en", "doesn't show"),
])
def test_a_qr_code_that_is_not_shown_gets_no_scanning_advice(text, lang, said):
    """Thirty-ninth outsider check, F6: "the QR code doesn't show, just a white square" got
    the app's steps, which begin "a QR code is displayed". Nothing to scan: the other method
    (the SMS button) or the support line, and no key."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_enable_app", _asked(text, lang), "rest"))
    assert said in reply["text"] and "+33 (0)4 88 36 07 40" in reply["text"], reply["text"]
    assert "Scanner un QR code" not in reply["text"]
    assert [b["payload"] for b in reply["buttons"]] == ["/ask_enable_sms"]
    assert reply["said_as"] == "utter_enable_app_qr_blank"


@pytest.mark.parametrize("text, lang", [
    ("i need help with the 2fa thing", "en"),
    ("j'ai un souci avec la double authentification", "fr"),
])
def test_a_vague_call_for_help_is_asked_where_the_customer_is_stuck(text, lang):
    """Thirty-ninth outsider check, F8: "i need help with the 2fa thing" got why 2FA is
    mandatory; read as a greeting, the reply asks where the customer is stuck, with the usual
    places as buttons, and gives the support's line."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_greet", _asked(text, lang), "rest"))
    assert [b["payload"] for b in reply["buttons"]] == [
        "/ask_how_enable", "/sms_not_received", "/code_rejected", "/phone_changed"]
    assert "+33 (0)4 88 36 07 40" in reply["text"]
    hello = asyncio.run(nlg.generate("utter_greet", _asked("bonjour" if lang == "fr" else "hello", lang), "rest"))
    assert "buttons" not in hello or not hello["buttons"]


@pytest.mark.parametrize("lang, text, words", [
    ("fr", "jai reçu un sms avec un code de connexion mais j'étais pas en train de me connecter",
     ["Ne communiquez ce code à personne", "Changez votre mot de passe", "+33 (0)4 88 36 07 40"]),
    ("en", "I got a login code by text but I wasn't trying to log in, is someone hacking me?",
     ["Never give that code to anyone", "Change your M2Mmanager password", "choice 4"]),
])
def test_a_login_code_nobody_asked_for_gets_the_warning_not_the_steps(lang, text, words):
    """Thirty-ninth outsider check, F1: a code received without logging in got the steps for
    an SMS that never comes, « Renvoyer » included. It gets the warning, recorded as said for
    that part (`said_as`: "in English please" says it again, F2)."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", lang), UserUttered(text, {"name": "sms_not_received"})]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    message = asyncio.run(nlg.generate("utter_sms_not_received", tracker, "rest"))
    assert all(w in message["text"] for w in words) and "Renvoyer" not in message["text"]
    assert message["said_as"] == "utter_sms_not_received_unrequested"
    after = asyncio.run(nlg.generate("utter_sms_needs_portal", tracker, "rest"))["text"]
    assert ("rien à renvoyer" if lang == "fr" else "nothing to resend") in after
    # the steps stay the steps' when nothing says the code was not asked for
    plain = DialogueStateTracker.from_events("c", [SlotSet("language", lang), UserUttered(
        "je n'ai pas reçu le sms", {"name": "sms_not_received"})], slots=DOMAIN.slots)
    steps = asyncio.run(nlg.generate("utter_sms_not_received", plain, "rest"))
    assert "Renvoyer" in steps["text"] and "said_as" not in steps


def test_the_topics_said_to_run_the_personal_answer_are_the_rules_ones():
    """bot.answers.PERSONAL_ANSWERED tells the NLG which topics get "never share your codes
    here" from action_personal_answer (logged in); it must be exactly the topics whose rules
    in data/rules/faq.yml run that action, or a topic would get the warning twice or never."""
    from bot.answers import PERSONAL_ANSWERED

    rules = yaml.safe_load((ROOT / "data" / "rules" / "faq.yml").read_text())["rules"]
    topics = set()
    for rule in rules:
        steps = rule.get("steps") or []
        intents = [step["intent"] for step in steps[:1] if "intent" in step]
        if intents and any(step.get("action") == "action_personal_answer" for step in steps):
            topics.add(intents[0])
    assert topics == set(PERSONAL_ANSWERED)


@pytest.mark.parametrize("text, lang, words", [
    ("my grace period ended and now I can't get in at all, help", "en",
     ["is no longer offered", "enable it there"]),
    ("mon délai est passé et je n'arrive pas à me connecter du tout", "fr",
     ["n'est plus proposé", "activez-la là"]),
])
def test_cannot_log_in_names_the_window_that_requires_the_set_up(text, lang, words):
    """Fortieth outsider check, F6: "my grace period ended and now I can't get in at all" got
    the ways out of a login that fails (the password step, the code step) but not the article's
    rule: once the 28 days are over, the window after the password requires the set-up."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    tracker = DialogueStateTracker.from_events(
        "c", [SlotSet("language", lang), UserUttered(text, {"name": "ask_my_status"})], slots=DOMAIN.slots)
    reply = asyncio.run(nlg.generate("utter_status_unknown", tracker, "rest"))
    assert reply["said_as"] == "utter_status_unknown_cannot_log_in"
    assert all(w in reply["text"] for w in words) and "28" in reply["text"], reply["text"]


@pytest.mark.parametrize("lang, said", [("en", "carry on in English"), ("fr", "continuons en français")])
def test_the_language_asked_inside_the_reset_request_carries_on(lang, said):
    """Fortieth outsider check, F7: "and in English?" inside the reset form got "I can answer in
    English or in French, just write in the language you prefer. What is your question…?", as if
    nothing were under way. The request goes on in the language asked (the form asks again)."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", lang), ActiveLoop("identity_form"), SlotSet("requested_slot", "identity_email")]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    assert said in asyncio.run(nlg.generate("utter_language", tracker, "rest"))["text"]
    assert said not in asyncio.run(nlg.generate("utter_language", _said(lang=lang), "rest"))["text"]


def _why_after(answer: str, text: str, lang: str) -> DialogueStateTracker:
    """A conversation whose last answer was `answer`, then the customer's `text`, heard as a why."""
    events = [SlotSet("language", lang), UserUttered("…"), BotUttered("…", metadata={"utter_action": answer}),
              UserUttered(text, parse_data={"intent": {"name": "ask_why_2fa", "confidence": 0.9}})]
    return DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)


@pytest.mark.parametrize("text, lang", [
    ("Est ce que je peux desactiver la 2FA, ca me saoule de taper un code a chaque fois", "fr"),
    ("can I switch off 2FA? I'm sick of typing a code every time", "en"),
])
def test_turning_2fa_off_read_as_remembering_the_device_says_no_first(text, lang):
    """Sixtieth outside check, F5: heard as remembering the device (as the blind writers file
    it), turning 2FA off got the box alone, without the "no, it is mandatory"."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_remember_device", _asked(text, lang), "rest"))
    assert reply["said_as"] == "utter_remember_device_disable"
    assert reply["text"].startswith(("Non :", "No:")) and "30" in reply["text"], reply["text"]


@pytest.mark.parametrize("text, lang, words", [
    ("I logged in twice by mistake, which code do I use now?", "en", "Each login asks for its own code"),
    ("je me suis connecté deux fois de suite, quel code je dois utiliser ?", "fr",
     "Chaque connexion demande son propre code"),
])
def test_which_code_after_two_logins_is_the_last_logins_own(text, lang, words):
    """Fifty-ninth outside check, F9: "I logged in twice by mistake, which code?" fell back, and
    the French got "use the code of the latest SMS", which after a second login within the wait
    between two SMS belongs to the first login and is refused."""
    assert reading("ask_my_status", text)[0] == "ask_code_format"
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_code_format", _asked(text, lang), "rest"))
    assert reply["said_as"] == "utter_code_format_two_logins" and reply["text"].startswith(words)
    assert "60" in reply["text"], reply["text"]


@pytest.mark.parametrize("answer, text, lang, said_as", [
    ("utter_out_of_scope", "pourquoi ?", "fr", "utter_why_2fa_what"),
    ("utter_contact", "why?", "en", "utter_why_2fa_what"),
    ("utter_methods", "but why?", "en", "utter_why_2fa_what"),
    ("utter_resend_done", "pk ?", "fr", "utter_why_2fa_what"),
    # after an answer about the rule itself, a bare why stays why 2FA
    ("utter_deadline", "pourquoi ?", "fr", None),
    ("utter_what_is_2fa", "why?", "en", None),
])
def test_a_bare_why_after_an_answer_with_no_reason_asks_what_it_is_about(answer, text, lang, said_as):
    """Fifty-ninth outside check, F6 (fifty-eighth, F7): « pourquoi ? » after the out-of-scope
    reply, the support's number, the methods or a resend got the cyberattacks, as if asked why
    2FA exists. It asks what the why is about, with why 2FA in one sentence and its button."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_why_2fa", _why_after(answer, text, lang), "rest"))
    assert reply.get("said_as") == said_as, reply
    if said_as:
        assert [b["payload"] for b in reply["buttons"]] == ["/ask_why_2fa"]
        assert "2024" in reply["text"]


@pytest.mark.parametrize("answer, text, lang, said", [
    ("utter_request_status_refused", "pourquoi elle a été refusée ?", "fr", "raison dans l'email"),
    ("utter_request_status_refused_unnumbered", "why was it rejected?", "en", "reason in the email"),
    ("utter_status_pending_sms_login_not_sent", "pourquoi ?", "fr", "le nombre de SMS"),
    ("utter_resend_limit", "why?", "en", "number of SMS codes"),
    ("utter_phone_changed", "pourquoi ?", "fr", "liés au téléphone"),
    # forty-second outsider check: after the lock (F7), after "log in first" (F8)
    ("utter_account_locked", "why?", "en", "wrong codes in a row lock the account"),
    ("utter_reset_login_first", "why?", "en", "tied to the phone or number"),
    # fiftieth outsider check, F1: a longer why about the answer just read
    ("utter_switch_not_enrolled_sms", "why would a person need to handle that, cant you just add my number?",
     "en", "someone who has your password cannot add"),
    ("utter_phone_changed", "pourquoi il faut passer par un conseiller pour ça ?", "fr", "liés au téléphone"),
    # fifty-first outside check, F13: after the email check stopped
    ("utter_too_many_invalid", "why?", "en", "after 3 invalid codes I stop the check"),
    ("utter_too_many_invalid", "pourquoi ?", "fr", "après 3 codes invalides"),
])
def test_a_why_right_after_an_answer_gets_that_answers_reason(answer, text, lang, said):
    """Forty-first outsider check, F1: "pourquoi elle a été refusée ?" after the request's
    refusal, and "pourquoi ?" after "no code could be sent", got why 2FA exists. A why right
    after such an answer is that answer's reason; as a first message it is still why 2FA."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_why_2fa", _why_after(answer, text, lang), "rest"))
    assert said in reply["text"], reply["text"]
    first = asyncio.run(nlg.generate("utter_why_2fa", _why_after("utter_greet", text, lang), "rest"))
    assert said not in first["text"] and "2024" in first["text"]


@pytest.mark.parametrize("stopping, text, lang, said", [
    ("utter_status_pending_sms_login_not_sent", "pourquoi ? j'ai juste essayé 2 fois", "fr", "le nombre de SMS"),
    ("utter_status_pending_sms_enroll_not_sent_now", "why?", "en", "number of SMS codes"),
])
def test_a_why_after_a_stopping_line_said_second_is_about_that_line(stopping, text, lang, said):
    """Fifty-third outside check, F3: the SMS steps, then "no code could be sent (too many SMS
    recently…)" in the same turn; « pourquoi ? » got why an SMS can be late (the first answer's
    reason). A line that stops the customer, said after, is what the why asks about."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", lang), UserUttered("…"),
              BotUttered("…", metadata={"utter_action": "utter_sms_not_received"}),
              BotUttered("…", metadata={"utter_action": stopping}),
              UserUttered(text, parse_data={"intent": {"name": "ask_why_2fa", "confidence": 0.9}})]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    reply = asyncio.run(nlg.generate("utter_why_2fa", tracker, "rest"))
    assert said in reply["text"], reply["text"]


def test_an_again_answer_is_recorded_as_said_for_in_english():
    """Forty-first outsider check, F4: "et en anglais ?" after « Toujours pas de SMS ? … »
    (utter_sms_not_received said a second time, its `_again` text) repeated the first
    checklist: the variant said is now kept in the message (`said_as`), as a focus's is."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    second = asyncio.run(nlg.generate("utter_sms_not_received", _said("utter_sms_not_received"), "rest"))
    assert second["said_as"] == "utter_sms_not_received_again"
    first = asyncio.run(nlg.generate("utter_sms_not_received", _said(), "rest"))
    assert "said_as" not in first


@pytest.mark.parametrize("text, lang, said", [
    ("vous pouvez m'aider a mettre en place la double authentification svp je suis perdu", "fr",
     "il vous aidera à mettre en place"),
    ("could you help me set up two factor authentication?", "en", "they will help you set up"),
])
def test_help_asked_to_set_it_up_gets_the_steps_and_supports_offer(text, lang, said):
    """Forty-first outsider check, F5: "vous pouvez m'aider à mettre en place…" got the steps
    without the article's answer to that very question (« Bien sûr. Contactez notre support
    clients… et nous vous aiderons dans la mise en place »): both now, steps after."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_how_enable", _asked(text, lang), "rest"))["text"]
    assert said in reply and "+33 (0)4 88 36 07 40" in reply and "helpme@matooma.com" in reply
    assert "1." in reply and "Continuer" in reply
    plain_steps = asyncio.run(nlg.generate("utter_how_enable", _asked(
        "comment activer la double authentification ?" if lang == "fr" else "how do I enable 2fa?", lang),
        "rest"))["text"]
    assert said not in plain_steps


@pytest.mark.parametrize("name", ["utter_contact_closed_now", "utter_contact_open_now"])
def test_the_lines_state_said_again_by_name_fills_its_hour(name):
    """Forty-second outsider check, F1: "are you open now?" then "and in French?" showed "il
    rouvre {opens}": the action said the variant again by name, without its hour. Asked by
    name, the line's state is read from the clock again and its hour filled."""
    import time_machine
    from zoneinfo import ZoneInfo

    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    for at, said in (((2026, 12, 5, 16, 0), "rouvre"), ((2026, 12, 7, 10, 0), "ouvert")):
        with time_machine.travel(datetime(*at, tzinfo=ZoneInfo("Europe/Paris")), tick=False):
            text = asyncio.run(nlg.generate(name, _said(lang="fr"), "rest"))["text"]
        assert "{" not in text and "}" not in text and said in text, text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_why_after_log_in_first_offers_no_ticket(lang):
    """Forty-third outsider check, F8: "pourquoi ?" after "log in to the portal first, then ask
    me again" said why and ended with « Je vous ouvre le ticket ? » and its buttons, the ticket
    the turn before had said this chat could not open. The reason comes without the offer."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    why = {"fr": "pourquoi ?", "en": "why?"}[lang]
    reply = asyncio.run(nlg.generate("utter_why_2fa", _why_after("utter_reset_login_first", why, lang), "rest"))
    assert not reply.get("buttons")
    assert ("Je vous ouvre le ticket" not in reply["text"]) and ("Shall I open" not in reply["text"])
    assert {"fr": "ouvrez ce chat depuis le portail", "en": "open this chat from the portal"}[lang] in reply["text"]


@pytest.mark.parametrize("lang, said", [("fr", "envoyé par email est valable"), ("en", "sent you by email is valid")])
def test_the_codes_lifetime_asked_while_the_emailed_code_is_awaited_is_the_emails(lang, said):
    """Forty-third outsider check, F9: "how long is that code valid?" at the identity check's
    code question got the popup codes' answer (the app's 30 seconds, the SMS's 10 minutes).
    There, the code is the one just emailed."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", lang), ActiveLoop("identity_form"), SlotSet("requested_slot", "identity_code"),
              UserUttered("how long is that code valid?")]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    reply = asyncio.run(nlg.generate("utter_code_format", tracker, "rest"))
    assert said in reply["text"], reply["text"]
    outside = asyncio.run(nlg.generate("utter_code_format", _why_after("utter_greet", "?", lang), "rest"))
    assert said not in outside["text"]


@pytest.mark.parametrize("lang, text, said", [
    ("en", "actually I found my old phone, can you cancel the request?", "can't cancel a reset request"),
    ("fr", "annulez ma demande de réinitialisation svp", "ne peux pas annuler une demande"),
])
def test_a_request_asked_to_be_cancelled_is_told_who_can(lang, text, said):
    """Forty-fourth outsider check, F1: "can you cancel the request?" got "All right." and the
    request stayed open, then was completed by an agent. The chat says it cannot, and who can."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", lang), UserUttered(text, parse_data={"intent": {"name": "cancel"}})]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    reply = asyncio.run(nlg.generate("utter_anything_else", tracker, "rest"))
    assert said in reply["text"] and "+33" in reply["text"]
    plain_no = [SlotSet("language", lang), UserUttered("no thanks", parse_data={"intent": {"name": "cancel"}})]
    other = asyncio.run(nlg.generate("utter_anything_else",
                                     DialogueStateTracker.from_events("c", plain_no, slots=DOMAIN.slots), "rest"))
    assert said not in other["text"]


@pytest.mark.parametrize("answer, text, lang", [
    ("utter_status_pending_sms_login_not_sent_now", "pourquoi ?", "fr"),
    ("utter_resend_wait", "pourquoi ça n'arrive pas ?", "fr"),
    ("utter_resend_wait", "why isn't it coming?", "en"),
])
def test_why_after_no_code_sent_says_why_sends_are_limited(answer, text, lang):
    """Forty-fourth outsider check, F3: "pourquoi ?" after "no code could be sent for now" (its
    "now" wording) and "pourquoi ça n'arrive pas ?" after "I did not send a new code" got why
    2FA is mandatory."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_why_2fa", _why_after(answer, text, lang), "rest"))
    assert "SMS" in reply["text"] and "2024" not in reply["text"], reply["text"]


@pytest.mark.parametrize("text, lang, yes", [
    ("elle a pas de smartphone, elle peut quand meme se connecter ?", "fr", "Pas besoin de smartphone : un simple téléphone mobile"),
    ("my dad only has a flip phone, can he still log in?", "en", "No smartphone needed: a plain mobile phone"),
])
def test_no_smartphone_gets_the_yes_before_the_sms_steps(text, lang, yes):
    """Forty-sixth outsider check, F14: "elle a pas de smartphone, elle peut quand même se
    connecter ?" got the SMS steps without saying that a plain mobile is enough. The yes comes
    first; "how do I set up SMS?" keeps the steps alone."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_enable_sms", _asked(text, lang), "rest"))["text"]
    assert reply.startswith(yes), reply
    assert ("« SMS »" if lang == "fr" else "“SMS”") in reply  # the steps follow
    plain_steps = asyncio.run(nlg.generate("utter_enable_sms", _asked("how do I set up SMS?", "en"), "rest"))
    assert plain_steps["text"].startswith("By SMS:")


@pytest.mark.parametrize("response, text, lang, start", [
    # forty-seventh outsider check, F3: the same number kept, a phone only flat: no reset offer
    ("utter_phone_changed", "j'ai changé d'opérateur mais gardé mon numéro, je dois refaire la double auth ?",
     "fr", "Si vous gardez le même numéro"),
    ("utter_phone_changed", "new SIM card, same number: do I need to do anything for 2FA?", "en",
     "If you keep the same number"),
    ("utter_phone_changed", "la batterie de mon portable est à plat et je dois me connecter", "fr",
     "Un téléphone déchargé"),
    # F4: a trip abroad gets what works there
    ("utter_methods", "we're flying to Japan next week, will I still be able to log in from there?", "en",
     "Abroad, it depends on the method"),
    ("utter_methods", "est ce que je vais recevoir les codes à l'étranger avec le roaming ?", "fr",
     "À l'étranger, tout dépend"),
])
def test_a_number_kept_a_flat_phone_and_a_trip_get_their_own_answer(response, text, lang, start):
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate(response, _asked(text, lang), "rest"))
    assert reply["text"].startswith(start), reply["text"]
    assert not reply.get("buttons")  # no "open the ticket" offer
    lost = "j'ai perdu mon téléphone" if lang == "fr" else "i lost my phone"
    if response == "utter_phone_changed":
        assert asyncio.run(nlg.generate(response, _asked(lost, lang), "rest")).get("buttons")


def test_no_switch_button_after_the_chat_said_the_popup_has_none():
    """Forty-fifth check, F16; forty-seventh, F7: right after "the popup does not offer
    « Essayer une autre méthode »" (an account on SMS alone), the next reply's buttons offered
    it. Once said, the button goes; the others stay. Without that line, it is there."""

    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", "fr"), UserUttered("toujours pas de sms", {"name": "sms_not_received"}),
              BotUttered("…", metadata={"utter_action": "utter_sms_login_only_after_steps"}),
              UserUttered("toujours rien", {"name": "affirm"})]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    reply = asyncio.run(nlg.generate("utter_sms_still_nothing", tracker, "rest"))
    payloads = [b["payload"] for b in reply["buttons"]]
    assert payloads and not any(p.startswith("/request_switch_method") for p in payloads), payloads
    assert "/request_human" in payloads
    plain = asyncio.run(nlg.generate("utter_sms_still_nothing", _asked("toujours rien", "fr"), "rest"))
    assert any(b["payload"].startswith("/request_switch_method") for b in plain["buttons"])


@pytest.mark.parametrize("before, text, response, said", [
    # forty-seventh outsider check, F5: the request's paragraph again, word for word
    ("utter_ticket_existing", "why does it need a ticket anyway?", "utter_why_2fa", "utter_why_2fa_ticket"),
    ("utter_request_status_open", "pourquoi il faut un ticket ?", "utter_why_2fa", "utter_why_2fa_ticket"),
])
def test_why_after_a_request_is_why_a_reset_needs_one(before, text, response, said):
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", "en"), UserUttered("?", {"name": "ask_request_status"}),
              BotUttered("…", metadata={"utter_action": before}), UserUttered(text, {"name": "ask_why_2fa"})]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    reply = asyncio.run(nlg.generate(response, tracker, "rest"))
    assert reply.get("said_as") == said, reply
    assert not reply.get("buttons")  # no second ticket offered


def test_unlock_asked_after_the_lock_says_who_can():
    """Forty-seventh outsider check, F5: "can you unlock it for me" after the lock got the
    lock's sentence again, word for word."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_status_locked", _asked("can you unlock it for me", "en"), "rest"))
    assert reply["text"].startswith("I can't unlock your account myself")
    assert [b["payload"] for b in reply["buttons"]] == ["/request_human"]


@pytest.mark.parametrize("text", [
    "لم أتلق رمز الرسالة القصيرة",  # Arabic: "I did not get the SMS code"
    "Я не получил SMS с кодом, что делать?",  # Russian
    "验证码短信没有收到 SMS",  # Chinese, with a Latin word quoted
])
def test_a_message_in_another_alphabet_is_told_french_or_english_with_the_support_line(text):
    """Forty-seventh outsider check, F8: an Arabic message was heard as a yes and got "All
    right. Can I help you with something else?"; it is out of scope, said as "French and
    English only", in both languages while the conversation's language is undecided."""
    assert reading("affirm", text) == ("out_of_scope", ())
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [UserUttered(text, {"name": "out_of_scope"})]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    reply = asyncio.run(nlg.generate("utter_out_of_scope", tracker, "rest"))
    assert reply["said_as"] == "utter_out_of_scope_other_language"
    assert "que le français et l'anglais" in reply["text"] and "only understand French and English" in reply["text"]
    assert "(choix 4)" in reply["text"] and "(choice 4)" in reply["text"]


@pytest.mark.parametrize("text", [
    "« Renvoyer » ne marche pas 😡",  # emoji and quotes are no letters
    "Mon code 482913 est refusé",
    "¿Dónde recibo el código SMS?",  # a Latin alphabet: left to the classifier
    "code ok 👍",
])
def test_latin_messages_are_not_another_alphabet(text):
    assert not written_in_another_script(text)


@pytest.mark.parametrize("text, lang, words", [
    ("the popup says my grace period ended, what now", "en", "Once the 28 days are over"),
    ("mon délai est dépassé, je fais quoi ?", "fr", "Une fois les 28 jours écoulés"),
    # fiftieth outsider check, F8
    ("le délai est fini et je ne peux plus reporter, c'est grave ?", "fr", "Une fois les 28 jours écoulés"),
    # fifty-ninth outside check, F17: « ne » dropped, access needed today
    ("je peux plus reporter, j'ai besoin d'acceder a mon compte aujourd'hui", "fr",
     "Une fois les 28 jours écoulés"),
])
def test_the_delay_told_over_with_what_now_gets_how_to_enable_it_now(text, lang, words):
    """Forty-eighth outsider check, F20: the 28 days' rule alone ended on "you can no longer
    access your account", with no way forward; now how to enable it, the methods as buttons."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_deadline", _asked(text, lang), "rest"))
    assert reply["said_as"] == "utter_deadline_over" and reply["text"].startswith(words)
    assert [b["payload"] for b in reply["buttons"]] == ["/ask_enable_app", "/ask_enable_sms"]


@pytest.mark.parametrize("text, lang", [
    ("ok open the reset request then", "en"),
    ("oui ouvrez le ticket", "fr"),
    # forty-ninth outsider check, F3 ("ok let's do the reset then" after the switch's offer)
    ("alright, go ahead with the reset", "en"),
])
def test_the_request_asked_to_be_opened_gets_the_check_and_its_question_only(text, lang):
    """Forty-eighth outsider check, F17: "ok open the reset request then" got the whole
    changed-phone answer again, then "Shall I open it?"; the check and its question come
    instead, with the offer's buttons (a yes still opens it: actions/identity.py)."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_phone_changed", _asked(text, lang), "rest"))
    assert reply["said_as"] == "utter_phone_changed_open_asked"
    assert [b["payload"] for b in reply["buttons"]] == ["/affirm", "/deny"]
    assert len(reply["text"]) < 300


def test_out_of_scope_while_the_emailed_code_is_awaited_says_take_your_time_first():
    """Forty-eighth outsider check, F9: "hmm let me check my inbox" while the emailed code was
    awaited got "Sorry, I can only help with 2FA" (read as out of scope). At that step the
    reply first says to take one's time, then the honest out-of-scope line."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    events = [SlotSet("language", "en"), ActiveLoop("identity_form"), SlotSet("requested_slot", "identity_code"),
              UserUttered("hmm let me check my inbox", {"name": "out_of_scope"})]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    reply = asyncio.run(nlg.generate("utter_out_of_scope", tracker, "rest"))
    assert reply["text"].startswith("Take your time") and "(choice 4)" in reply["text"]


@pytest.mark.parametrize("text, lang", [
    ("wait, is my password needed?", "en"),
    ("il faut mon mot de passe pour ça ?", "fr"),
    ("do you need my password to check it's me?", "en"),
])
def test_is_my_password_needed_gets_never_not_out_of_scope(text, lang):
    """Forty-ninth outsider check, F5: "wait, is my password needed?" at the identity check's
    email question got "Sorry, I can only help with two-factor authentication…". It gets "No:
    I will never ask for your password" and what the check relies on instead."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_out_of_scope", _asked(text, lang), "rest"))
    assert reply["said_as"] == "utter_out_of_scope_password_asked"
    assert reply["text"].startswith("No:" if lang == "en" else "Non :")


def test_a_forgotten_password_is_still_out_of_scope():
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_out_of_scope", _asked("i forgot my password", "en"), "rest"))
    assert reply.get("said_as") in (None, "utter_out_of_scope")


@pytest.mark.parametrize("text, lang, said_as", [
    ("je veux réinitialiser ma double authentification", "fr", "utter_phone_changed_not_enrolled_nothing"),
    ("can you reset my two-factor please", "en", "utter_phone_changed_not_enrolled_nothing"),
    # (the fiftieth check's F10: the reset asked in so many words, whose focus is the check)
    ("sinon vous pouvez pas juste réinitialiser mon compte ?", "fr",
     "utter_phone_changed_not_enrolled_nothing"),
    # a new number told: the set-up with it
    ("mais j'ai changé de numéro de téléphone", "fr", "utter_phone_changed_not_enrolled"),
])
@pytest.mark.parametrize("told", [
    "utter_status_not_enrolled",
    # an SMS activation said in progress (sixty-first outside check, F5: "send it to my new number
    # 06 11 22 33 44 instead" got the ticket's offer)
    "utter_status_pending_sms_enroll_number",
])
def test_a_reset_asked_once_told_there_is_no_2fa_assumes_no_new_number(text, lang, said_as, told):
    """Forty-ninth outsider check, F13: an account without 2FA, already told so, asked "je veux
    réinitialiser ma double authentification" and got "…configure it directly with your new
    number", a number it never mentioned. Without a new phone or number told: nothing to reset,
    and how it is enabled."""
    tracker = DialogueStateTracker.from_events("c", [
        SlotSet("language", lang),
        BotUttered("…", metadata={"utter_action": told}),
        UserUttered(text, {"name": "phone_changed"}),
    ], slots=DOMAIN.slots)
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_phone_changed", tracker, "rest"))
    assert reply["said_as"] == said_as
    assert not reply.get("buttons")


def test_a_why_that_names_2fa_after_an_answer_is_still_why_2fa():
    """A why about 2FA itself right after another answer asks why 2FA exists."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    text = "but why is two-factor mandatory anyway?"
    reply = asyncio.run(nlg.generate("utter_why_2fa", _why_after("utter_switch_not_enrolled_sms", text, "en"), "rest"))
    assert "2024" in reply["text"]


@pytest.mark.parametrize("text, lang, says", [
    ("je comprends pas, je peux pas me connecter justement", "fr", "seule l'étape du mot de passe"),
    ("I don't get it, I can't log in, that's the whole problem", "en", "only the password step"),
])
def test_cannot_log_in_after_log_in_first_says_only_the_password_is_needed(text, lang, says):
    """Fiftieth outsider check, F11: told "log in to the portal first… when the window asks
    for the code, open this chat", a customer said they could not log in, and got "sorry it
    still doesn't work, talk to someone", never that the password step alone is needed (the
    code that never comes is what the reset is for). Elsewhere, still failing keeps its reply."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_still_failing", _why_after("utter_reset_login_first", text, lang), "rest"))
    assert says in reply["text"] and "+33 (0)4 88 36 07 40" in reply["text"], reply["text"]
    assert [b["payload"] for b in reply["buttons"]] == ["/request_human"]
    other = asyncio.run(nlg.generate("utter_still_failing", _why_after("utter_code_rejected", text, lang), "rest"))
    assert says not in other["text"]


@pytest.mark.parametrize("text, lang, answer", [
    ("why do I need a ticket for that?", "en", "utter_phone_changed"),
    ("pourquoi il faut passer par une demande ?", "fr", "utter_phone_changed"),
    ("why does it have to go through a ticket", "en", "utter_greet"),
])
def test_why_a_ticket_is_the_resets_reason(text, lang, answer):
    """Fifty-first outside check, F3: "why do I need a ticket for that?" after the changed-phone
    answer was read as where a request stands ("I can't see any reset request…", the offer
    lost); a bare "why?" got the reason. Asked in words, with or without that answer before,
    it is the reset's reason; where a request stands, or why it was refused, keeps its own."""
    assert reading("ask_request_status", text)[0] == "ask_why_2fa"
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_why_2fa", _why_after(answer, text, lang), "rest"))
    assert reply["said_as"] == "utter_why_2fa_reset", reply
    for status in ("why hasn't anyone answered my reset ticket", "why was my reset request declined?",
                   "pourquoi ma demande est toujours ouverte ?"):
        assert reading("ask_request_status", status) is None


@pytest.mark.parametrize("text, lang, first", [
    ("google authenticator c'est payant ?", "fr", "Non : Google Authenticator"),
    ("is google authenticator free?", "en", "It's free"),
])
def test_whether_the_app_is_free_is_answered_first(text, lang, first):
    """Fifty-first outside check, F11: "is google authenticator free?" got the steps alone."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_enable_app", _asked(text, lang), "rest"))
    assert reply["text"].startswith(first) and "QR" in reply["text"], reply["text"]
    plain = "how do I set up the app?" if lang == "en" else "comment installer l'appli ?"
    assert not asyncio.run(nlg.generate("utter_enable_app", _asked(plain, lang), "rest"))["text"].startswith(first)
    assert not asks_if_the_app_is_free("combien coûte une ligne SIM avec l'appli ?")


@pytest.mark.parametrize("text, lang, said_as, first", [
    ("c quoi google authenticator ?", "fr", "utter_enable_app_what_it_is", "Google Authenticator est une"),
    ("what's an authenticator app exactly?", "en", "utter_enable_app_what_it_is",
     "Google Authenticator is a"),
    ("j'ai scanné le qr code mais l'appli dit rien", "fr", "utter_enable_app_scanned_nothing",
     "Une fois le QR code scanné"),
    ("I scanned the QR code and nothing happens in the app", "en", "utter_enable_app_scanned_nothing",
     "Once the QR code is scanned"),
])
def test_what_the_app_is_and_a_scan_that_shows_nothing_are_answered_first(text, lang, said_as, first):
    """Fifty-seventh outside check, F10: both got the app's steps alone."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_enable_app", _asked(text, lang), "rest"))
    assert reply["said_as"] == said_as and reply["text"].startswith(first), reply
    assert not asks_what_the_app_is("what is the code of the authenticator app for?")
    assert not scanned_and_nothing_shows("I scanned the QR code, what do I type now?")
    assert not asks_what_the_app_is("how do I set up the authenticator app?")


@pytest.mark.parametrize("text, lang, first", [
    ("Can an admin enable 2FA for all our users at once?", "en", "Each user turns on"),
    ("je suis admin, est-ce que je peux activer la double authentification pour tous mes "
     "utilisateurs d'un coup ?", "fr", "Chaque utilisateur active"),
])
def test_turning_it_on_for_all_users_says_each_user_does_it(text, lang, first):
    """Fifty-eighth outside check, F4: "Can an admin enable 2FA for all our users at once?" got
    the 28 days. It is read as how to enable it, said with who does it (each user, on their own
    account, with their own phone), that the chat cannot do it for others, and support's line
    for users' accounts; one's own set-up keeps the plain steps."""
    assert reading("ask_since_when", text)[0] == "ask_how_enable"
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_how_enable", _asked(text, lang), "rest"))
    assert reply["said_as"] == "utter_how_enable_for_others" and reply["text"].startswith(first)
    assert "+33" in reply["text"] and "Continuer" in reply["text"], reply["text"]
    own = "how do I enable 2FA on my account?" if lang == "en" else "comment j'active la 2FA ?"
    assert not asyncio.run(nlg.generate("utter_how_enable", _asked(own, lang), "rest"))[
        "text"].startswith(first)


@pytest.mark.parametrize("name, text, lang, at, wish", [
    ("utter_you_are_welcome", "merci, bonne soirée", "fr", (2026, 12, 6, 20, 27), "bonne soirée"),
    ("utter_you_are_welcome", "merci, bonne journée", "fr", (2026, 12, 7, 10, 0), "bonne journée"),
    ("utter_goodbye", "bye", "en", (2026, 12, 6, 23, 50), "nice evening"),
    # after midnight, a good night (sixtieth outside check, F10: "nice evening" at 03:33)
    ("utter_goodbye", "bye", "en", (2026, 12, 7, 4, 59), "good night"),
    ("utter_goodbye", "thanks bye", "en", (2026, 12, 7, 3, 33), "good night"),
    ("utter_anything_else", "non merci c'est tout", "fr", (2026, 12, 7, 0, 30), "bonne nuit"),
    ("utter_goodbye", "bye", "en", (2026, 12, 7, 5, 0), "nice day"),
    ("utter_anything_else", "non merci c'est tout", "fr", (2026, 12, 6, 18, 0), "bonne soirée"),
    # "thanks, good evening" is a goodbye too (fifty-eighth outside check, F6: "anything else?")
    ("utter_you_are_welcome", "thanks, good evening", "en", (2026, 12, 6, 21, 0), "good evening"),
])
def test_a_goodbye_wishes_a_good_evening_after_six(name, text, lang, at, wish):
    """Fifty-sixth outside check, F12: « merci, bonne soirée » at 20:27 (Paris) got « Au revoir et
    bonne journée ! ». From 18:00 to 05:00, the goodbyes wish a good evening."""
    import time_machine
    from zoneinfo import ZoneInfo

    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    tracker = _said(lang=lang)
    tracker.update(UserUttered(text))
    with time_machine.travel(datetime(*at, tzinfo=ZoneInfo("Europe/Paris")), tick=False):
        reply = asyncio.run(nlg.generate(name, tracker, "rest"))["text"]
    assert wish in reply, reply


@pytest.mark.parametrize("before, said_as, form, text, why", [
    # at the identity check's questions (sixtieth outside check, F9): why the reset checks
    ("utter_ask_identity_email", None, "identity_form", "pourquoi ?", "utter_why_2fa_reset_no_offer"),
    ("utter_ask_identity_code", None, "identity_form", "why?", "utter_why_2fa_reset_no_offer"),
    # ...and at the request's confirmation (sixty-first outside check, F10: the cyberattacks)
    ("utter_ask_confirm_ticket", None, "reset_ticket_form", "pourquoi ?", "utter_why_2fa_reset_no_offer"),
    # the changed-phone answer with its offer: the why ends on the offer
    ("utter_phone_changed", None, None, "pourquoi ?", "utter_why_2fa_reset"),
    # a loss "some day", nothing offered (fifty-sixth outside check, F9)
    ("utter_phone_changed", "utter_phone_changed_some_day", None, "pourquoi ?", "utter_why_2fa_reset_no_offer"),
    # in the middle of the request, at its reason question (fifty-seventh outside check, F9b)
    ("utter_ask_reset_reason", None, "reset_ticket_form", "pourquoi ça passe par un ticket ?",
     "utter_why_2fa_reset_no_offer"),
])
def test_the_resets_why_offers_the_ticket_only_where_an_offer_is_open(before, said_as, form, text, why):
    """Fifty-seventh outside check, F9 (b): at the reason question, « pourquoi ça passe par un
    ticket ? » got the explanation ending « Je vous ouvre le ticket ? » with its buttons, then the
    reason question: two questions open at once. Fifty-sixth, F9: after "what if I lose my phone
    one day? … nothing to do for now", « pourquoi ? » offered a ticket the account was refused."""
    events = [SlotSet("language", "fr"), UserUttered("…"),
              BotUttered("…", metadata={"utter_action": before, **({"said_as": said_as} if said_as else {})})]
    events += [ActiveLoop(form)] if form else []
    events += [UserUttered(text, parse_data={"intent": {"name": "ask_why_2fa", "confidence": 0.9}})]
    tracker = DialogueStateTracker.from_events("c", events, slots=DOMAIN.slots)
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_why_2fa", tracker, "rest"))
    assert reply.get("said_as") == why, reply
    assert bool(reply.get("buttons")) == (why == "utter_why_2fa_reset")
    assert ("Je vous ouvre le ticket ?" in reply["text"]) == (why == "utter_why_2fa_reset")


@pytest.mark.parametrize("text", [
    "The popup says I can't postpone anymore. I need to access the platform today!",
    "je ne peux plus cliquer sur plus tard, j'ai besoin d'accéder au portail, je fais quoi ?",
])
def test_postponing_gone_and_access_needed_gets_how_to_enable_now(text):
    """Fifty-eighth outside check, F9: "I can't postpone anymore. I need to access the platform
    today" got the general rule: the 28 days' answer for a delay over, how to enable it now."""
    nlg = CatalogueNLG(domain=DOMAIN, settings=DEFAULT)
    reply = asyncio.run(nlg.generate("utter_deadline", _asked(text, "en"), "rest"))
    assert reply.get("said_as") == "utter_deadline_over", reply


def test_the_short_deadline_answer_says_the_popup_comes_back_at_each_login():
    """Sixty-second outside check, F5: « si je clique sur non pas maintenant ça me le redemande ? »
    got the short 28 days' answer, which did not say what the article does: « Celle-ci vous sera
    reproposée à chacune de vos connexions »."""
    said = " ".join(v["text"] for v in DOMAIN.responses["utter_deadline_again"])
    assert "reproposée à chacune de vos connexions" in said
    assert "offered again at each of your logins" in said
