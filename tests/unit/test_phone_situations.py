"""bot/nlu/no_smartphone.py, bot/nlu/future_loss.py and bot/nlu/other_channel.py: three
situations the classifier misread.

Twenty-second outsider check: "wat if i dont have a smartphone" got the status rule and "g pa
dapp" the code format (F4; "J'ai un petit téléphone à clapet, pas de smartphone…" fell back in
DEV9); "what if I lose my phone later?" got the 28 days (F3). The catalogue files the first
under the SMS set-up (SMS works on any mobile), the article answers the second with the reset.
"can I get the code by email?" got the code format or the app's steps (F1): the methods there are.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.always_or_new import asks_if_always_or_new
from bot.nlu.app_from_the_start import sets_up_the_app_first
from bot.nlu.app_gone import app_is_gone
from bot.nlu.asked_again import login_asked_again
from bot.nlu.authenticator_too import wants_ours_in_the_app
from bot.nlu.code_alone import is_a_code_alone
from bot.nlu.code_asked import (
    asks_about_the_code_field,
    asks_for_the_code,
    asks_if_a_kept_code_works,
    asks_if_an_old_code_counts,
    asks_to_be_told_the_code,
    asks_which_of_several,
    chose_sms_what_next,
    offers_the_code,
)
from bot.nlu.code_every_time import code_comes_back_every_time
from bot.nlu.code_shared import passes_the_code_around
from bot.nlu.declined_the_popup import declined_the_popup
from bot.nlu.disable import asks_to_disable
from bot.nlu.enable_with import enables_with_the_app
from bot.nlu.extra_code import asks_what_the_extra_code_is, lost_after_the_password
from bot.nlu.future_loss import loses_phone_some_day
from bot.nlu.labels import (
    DISABLE_HEARD_AS,
    NO_SMARTPHONE_HEARD_AS,
    SITUATIONS,
    reading,
    relabel,
)
from bot.nlu.line_open import asks_if_open
from bot.nlu.method_choice import describes_the_choice_screen
from bot.nlu.newcomers import newcomers_meet_the_prompt
from bot.nlu.no_smartphone import lacks_a_smartphone
from bot.nlu.number_changed import number_to_update
from bot.nlu.other_channel import asks_another_channel, asks_it_another_way
from bot.nlu.person_asked import asks_for_a_person
from bot.nlu.phone_lost import phone_is_lost, phone_is_wrecked, phone_lost_for_the_portal
from bot.nlu.required_by_policy import required_by_someone
from bot.nlu.reset_wanted import wants_the_reset_after_all
from bot.nlu.skipped_until_now import skipped_until_now
from bot.nlu.sms_set_up_silent import set_up_code_never_came
from bot.nlu.sms_to_app import moves_from_the_method_in_use, sms_going_away, sms_useless_where_going
from bot.nlu.someone_elses_phone import phone_of_someone_away
from bot.nlu.travel_abroad import asks_about_codes_abroad
from bot.nlu.unlock_asked import asks_who_unlocks
from bot.nlu.what_made_it_change import asks_what_made_it_change
from bot.nlu.what_we_gain import asks_what_is_gained
from bot.nlu.where_to_send import asks_whom_to_send_to
from bot.nlu.why_a_phone import asks_what_a_phone_has_to_do
from bot.which_number import asks_which_number

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import field_eval  # noqa: E402
from dedup_nlu import nlu_examples  # noqa: E402


def _relabelled(text: str, heard: str) -> str:
    ranking = [{"name": heard, "confidence": 0.4}, {"name": "ask_enable_sms", "confidence": 0.1},
               {"name": "phone_changed", "confidence": 0.1}]
    message = Message(data={TEXT: text, INTENT: dict(ranking[0]), INTENT_RANKING_KEY: ranking})
    relabel(message)
    return message.get(INTENT)["name"]


@pytest.mark.parametrize("text, heard", [
    ("u cant log in without the code? wat if i dont have a smartphone", "ask_my_status"),
    ("slt jpeu pa me connecter, on me demande un code a 6 chiffres mais g pa dapp", "ask_code_format"),
    ("J'ai un petit téléphone à clapet. Je pourrai quand même me connecter au portail ?", "ask_what_is_2fa"),
    ("I've only got a dumb phone, what now for the login?", "ask_how_enable"),
    # not wanted (twenty-second check's re-check: the app's steps came)
    ("et je veux pas installer d appli de toute façon", "ask_enable_app"),
    ("i really dont want to install any app on my phone tbh", "ask_enable_app"),
])
def test_no_smartphone_is_the_sms_set_up(text, heard):
    assert lacks_a_smartphone(text)
    assert _relabelled(text, heard) == "ask_enable_sms"


@pytest.mark.parametrize("text", [
    "I don't have the app anymore since I got a new phone",  # gone: a reset
    "j'ai perdu mon téléphone, je n'ai plus l'appli",
    "how do I install the app",
    "the app shows no code",
    "I haven't got any app yet, so what do I do now?",  # about to install one: its steps
])
def test_an_app_that_is_gone_or_there_is_not_a_lack(text):
    assert not lacks_a_smartphone(text)


def test_a_lack_heard_as_the_28_days_or_a_switch_keeps_its_reading():
    """"We don't all have smartphones, do we really have to?" is the delay's question."""
    text = "on n'a pas de smartphone pour tout le monde, on est vraiment obligés ?"
    assert "ask_deadline" not in NO_SMARTPHONE_HEARD_AS
    assert _relabelled(text, "ask_deadline") == "ask_deadline"
    assert _relabelled(text, "request_switch_method") == "request_switch_method"


@pytest.mark.parametrize("text", [
    "what if I lose my phone later?",
    "et si je perds mon téléphone un jour ?",
    "what happens if my phone breaks next year?",
    "au cas où on me volerait mon portable, je fais comment ?",
])
def test_a_phone_lost_some_day_is_the_changed_phone(text):
    assert loses_phone_some_day(text)
    assert _relabelled(text, "ask_deadline") == "phone_changed"


@pytest.mark.parametrize("text", [
    "what if I miss the 28 days?",
    "et si je clique sur non pas maintenant ?",
    "what if I change my mind later?",
    "I lost my phone",  # no hypothetical: the classifier reads it well, nothing to settle
])
def test_other_what_ifs_are_not(text):
    assert not loses_phone_some_day(text)


@pytest.mark.parametrize("text, heard", [
    ("est ce que je peux avoir le code par mail plutot ?", "ask_code_format"),
    ("can i get the code by email instead of sms or app?", "request_switch_method"),
    ("Un envoi du code par courriel, c'est prévu ?", "request_resend"),
    ("Do you support hardware security keys like a YubiKey for 2FA?", "ask_enable_app"),
    # the customer's own address (check 23, not fixed then: read as a switch of method)
    ("Je voudrais recevoir les codes sur mon adresse mail", "request_switch_method"),
    ("could you send the 2FA codes to my email address from now on?", "request_switch_method"),
    ("on peut recevoir le code à mon adresse électronique ?", "ask_code_format"),
])
def test_the_code_by_another_channel_is_the_methods(text, heard):
    assert asks_another_channel(text)
    assert _relabelled(text, heard) == "ask_methods"


@pytest.mark.parametrize("text", [
    "I didn't get the email with the code",  # the identity check's email
    "j'ai reçu le code par mail, je le tape où ?",
    "what email address do I write to about 2FA?",  # the support's address
    "j'ai changé d'adresse mail, je reçois plus le code",  # a changed address, a code missed
    "the code was sent to my email address but never came",
    "your email about 2FA said to activate it",
    "can I forward the code to my colleague on WhatsApp?",  # passing a code on
    "je me connecte toujours depuis mon PC fixe, le code à chaque fois ?",
])
def test_a_mail_or_a_phone_that_is_not_a_channel_question(text):
    assert not asks_another_channel(text)


@pytest.mark.parametrize("text, heard", [
    # the set-up steps or what 2FA is, without the "no" (twenty-fourth outsider check, F1, E1:
    # the 28 days, which keeps it and says "no" first: tests/unit/test_nlg.py)
    ("comment désactiver la double authentification svp", "ask_why_2fa"),
    ("how do I disable two factor authentication?", "ask_how_enable"),
    ("on peut supprimer la double auth ? ca nous gene", "ask_why_2fa"),
    ("is there a way to opt out of 2FA for our account", "ask_what_is_2fa"),
    ("Nos techniciens voudraient s'en passer, on peut désactiver ça pour notre société ?", "ask_my_status"),
    # fifty-second outside check, F6: turning "it" off asked last, after a story of SIM cards
    ("Bonjour, on gère 300 cartes SIM de camions et mes chauffeurs râlent à chaque connexion. Est ce que"
     " je peux desactiver ca ?", "ask_why_2fa"),
    ("We run 80 SIM cards on trackers and the team hates the extra step. Can I turn it off?",
     "ask_what_is_2fa"),
    # sixty-fourth outside check, F11: typed short
    ("mfa off svp", "ask_what_is_2fa"),
])
def test_turning_2fa_off_is_why_it_is_mandatory(text, heard):
    """...said with its "no" first (utter_why_2fa_disable: tests/unit/test_content.py)."""
    assert asks_to_disable(text)
    assert _relabelled(text, heard) == "ask_why_2fa"


def test_turning_2fa_off_heard_as_the_28_days_is_settled_there():
    """Twenty-fifth outsider check, EN15: "can i switch 2fa off entirely" was why 2FA 0.31
    against the 28 days and the status 0.24 + 0.07 (one group for the fallback): a tie, "I
    didn't understand". Both answers say "no" first; the one heard is kept, the other halved."""
    text = "can i switch 2fa off entirely"
    ranking = [{"name": "ask_why_2fa", "confidence": 0.31}, {"name": "ask_deadline", "confidence": 0.24},
               {"name": "ask_my_status", "confidence": 0.07}]
    message = Message(data={TEXT: text, INTENT: dict(ranking[0]), INTENT_RANKING_KEY: ranking})
    relabel(message)
    confidences = {r["name"]: r["confidence"] for r in message.get(INTENT_RANKING_KEY)}
    assert message.get(INTENT)["name"] == "ask_why_2fa"
    assert confidences["ask_deadline"] + confidences["ask_my_status"] < 0.31 - 0.02
    assert _relabelled("est ce que je peux desactiver la 2fa", "ask_deadline") == "ask_deadline"


@pytest.mark.parametrize("text", [
    "supprimer la conversation",
    "how do I turn off « Se souvenir de cet appareil » on a shared PC?",
    "remove my old phone from the account",
    "je veux désactiver mon compte",
    "can I skip it for now?",  # postponing, the classifier's own reading
    "can I delete my account",
    "Is SMS 2FA secure? I've read SIM swap attacks can bypass it.",
    "ma 2fa elle est activée ou desactivée la",
    "Le bouton « Non, pas maintenant », ça désactive le truc for good ?",
    # a SIM card turned off, asked last, is the SIM's
    "on a 300 cartes SIM, je peux désactiver une SIM ?",
])
def test_other_things_turned_off_are_not(text):
    assert not asks_to_disable(text)


@pytest.mark.parametrize("text, heard", [
    ("c etait quoi le code ?", "ask_reference"),  # twenty-fourth outsider check, L4
    ("what was the code again?", "ask_request_status"),
    ("rappelez moi le code svp", "ask_my_status"),
])
def test_the_code_itself_asked_for_is_the_codes_topic(text, heard):
    assert asks_for_the_code(text)
    assert _relabelled(text, heard) == "ask_code_format"


@pytest.mark.parametrize("text", [
    "quel est le format du code",
    "what is the code length",
    "quel est le numero de ma demande",
    "c est quoi le code 123456",  # a code typed: the fallback's warning
    "what's the reference of my request?",
])
def test_other_questions_about_a_code_or_a_number_are_not(text):
    assert not asks_for_the_code(text)


@pytest.mark.parametrize("text, heard", [
    # twenty-fifth outsider check, FR19, EN19, X11: the code format or the refused-code steps
    ("je peux vous donner le code ici dans le chat pour que vous le validiez ?", "ask_code_format"),
    ("can i just paste the code here and you check it", "code_rejected"),
    ("je peux vous envoyer le code recu par sms pour que vous debloquiez mon compte ?", "ask_my_status"),
])
def test_the_code_offered_in_the_chat_is_the_codes_topic(text, heard):
    assert offers_the_code(text)
    assert _relabelled(text, heard) == "ask_code_format"


@pytest.mark.parametrize("text", [
    "vous m'aviez donné un code pour le support téléphonique, je l'ai perdu",
    "can I forward the code to my colleague on WhatsApp?",
    "I entered the code and it says invalid",
])
def test_other_codes_given_are_not_offers(text):
    assert not offers_the_code(text)


@pytest.mark.parametrize("text, heard", [
    ("is the phone line open right now", "phone_changed"),  # twenty-fifth check, EN39
    ("vous etes joignables le samedi ?", "ask_my_status"),
])
def test_whether_the_line_is_open_is_the_contact_question(text, heard):
    assert asks_if_open(text)
    assert _relabelled(text, heard) == "ask_contact"


@pytest.mark.parametrize("text", [
    "yea open the reset request here, the line's closed anyway",
    "the popup window doesn't open",
    "comment ouvrir une ligne sur une nouvelle carte SIM ?",
])
def test_other_things_open_are_not_the_line(text):
    assert not asks_if_open(text)


@pytest.mark.parametrize("text, heard", [
    # twenty-fifth outsider check, X19 (fell back); DEV10's two misses were of this kind
    ("The admin of our company left and nobody knows which phone the codes go to. We can still "
     "log in with the password but then it asks for the code. What should we do?", "ask_why_2fa"),
    ("notre ancien gérant est parti et la 2FA est sur son portable, on fait comment ?", "ask_how_enable"),
    ("my colleague is on sick leave and the codes go to her mobile", "out_of_scope"),
])
def test_the_phone_of_someone_who_left_is_a_reset(text, heard):
    assert phone_of_someone_away(text)
    assert _relabelled(text, heard) == "phone_changed"


@pytest.mark.parametrize("text", [
    "la personne qui remplace notre responsable en arrêt maladie, elle fait comment pour le code ?",
    "comment retirer les droits d'un salarié qui quitte l'entreprise ?",  # no phone: out of scope
    "our account manager has left, who do I contact now?",
])
def test_other_departures_are_not(text):
    assert not phone_of_someone_away(text)


@pytest.mark.parametrize("text, heard", [
    # twenty-sixth outsider check: the SMS that never came
    ("jai recu 2 sms avec 2 codes differents lequel je tape", "sms_not_received"),
    ("I clicked Renvoyer 3 times and got 3 codes, which one do i use", "sms_not_received"),
])
def test_several_codes_which_one_is_the_codes_topic(text, heard):
    assert asks_which_of_several(text)
    assert _relabelled(text, heard) == "ask_code_format"


@pytest.mark.parametrize("text, heard", [
    # twenty-fourth and twenty-sixth outsider checks: the code format came, never "no"
    ("je peux skip l etape du code ?", "ask_code_format"),
    ("can i just bypass the code for today, im in a hurry", "ask_code_format"),
])
def test_skipping_the_code_is_turning_it_off(text, heard):
    assert asks_to_disable(text)
    assert _relabelled(text, heard) == "ask_why_2fa"


@pytest.mark.parametrize("text, heard, topic", [
    # DEV11, a blind set, first scored on 49cd71e's model: each message's kind
    ("Can I talk to someone de chez vous en français svp ?", "ask_language", "request_human"),
    ("could I speak to a person who speaks French please", "ask_language", "request_human"),
    ("Ma stagiaire m'a dit qu'une fenêtre bizarre lui demandait de choisir entre une appli et un "
     "SMS, elle n'a pas osé cliquer.", "ask_enable_sms", "ask_how_enable"),
    ("the popup wants me to choose between the app and a text, what happens next",
     "ask_enable_app", "ask_how_enable"),
    ("By the time I switched from the app to the browser, the numbers had already changed. Do "
     "the old ones still count?", "phone_changed", "ask_code_format"),
    ("C'est quoi exactement le « Code à usage unique », c'est le même que mon password ?",
     "ask_what_is_2fa", "ask_code_format"),
    # twenty-sixth outsider check: the app's set-up came
    ("i accidentally deleted google authenticator", "ask_enable_app", "phone_changed"),
    ("I uninstalled the authenticator app when I cleaned up my phone", "ask_how_enable",
     "phone_changed"),
    # twenty-seventh outsider check, F1 (three times): the SMS set-up came
    ("mon numero de portable a changé, comment je mets a jour pour les sms de la 2fa ?",
     "ask_enable_sms", "phone_changed"),
    ("comment modifier mon numéro de téléphone pour recevoir les sms ?", "ask_enable_sms",
     "phone_changed"),
    ("how do I update my phone number for 2FA", "ask_how_enable", "phone_changed"),
])
def test_dev11_kinds_are_read_as_their_topic(text, heard, topic):
    assert _relabelled(text, heard) == topic


@pytest.mark.parametrize("text, heard, topic", [
    # DEV12, a blind set, first scored on 918a0a1's model: each message's kind, in other words
    # a phone lost or stolen told among a trip or a laptop
    ("on m'a piqué mon portable dans le métro hier, et là le portail veut le code",
     "ask_code_format", "phone_changed"),
    ("Forgot my phone on the train back from Lyon, and now the login wants a code",
     "ask_remember_device", "phone_changed"),
    ("mon téléphone a été volé pendant le salon, je suis sur mon PC et ça bloque au code",
     "code_rejected", "phone_changed"),
    # the portal wanted in an authenticator app used for other accounts
    ("j'utilise déjà Authy pour mes autres comptes, je peux ajouter le portail M2M dedans ?",
     "out_of_scope", "ask_enable_app"),
    ("IT gave us Google Authenticator for Slack and Jira; can the SIM portal go in it as well?",
     "out_of_scope", "ask_enable_app"),
    # the SMS set-up done, then nothing
    ("j'ai mis mon numéro et choisi SMS à l'activation mais aucun code ne vient",
     "ask_enable_sms", "sms_not_received"),
    ("picked text message during setup, typed my mobile, never got the text", "ask_enable_sms",
     "sms_not_received"),
    # stopping putting 2FA off is the set-up, not turning it off
    ("je veux arrêter de repousser la double authentification, je commence par quoi ?",
     "ask_how_enable", "ask_how_enable"),
    # twenty-eighth outsider check, finding 3: how to turn it on, on one's own account
    ("comment est-ce qu'on active la 2FA sur notre compte ?", "ask_my_status", "ask_how_enable"),
    ("how do I turn on two-factor on my account?", "ask_my_status", "ask_how_enable"),
    ("how many days do I have left to enable it on my account", "ask_my_status", "ask_my_status"),
    # twenty-eighth outsider check, finding 7: the key word typed as people type it
    ("so no way in w/o an app?? i dont have a smarphone", "ask_my_status", "ask_enable_sms"),
    ("pas de smartfone chez moi, je fais comment pour le code", "ask_code_format", "ask_enable_sms"),
    # twenty-eighth outsider check, finding 8: where the code is typed, where the QR code is
    ("d'accord, et on le rentre où ce code ?", "affirm", "ask_code_format"),
    ("ok thanks, where do I type it then", "thank", "ask_code_format"),
    ("et le qr code je le trouve où ?", "ask_code_format", "ask_enable_app"),
    ("ok where do I find the QR code", "affirm", "ask_enable_app"),
    # twenty-ninth outsider check, finding 8: "aide" alone is a greeting, not "still failing"
    ("aide", "still_failing", "greet"),
    ("Help me", "still_failing", "greet"),
    ("aide, ça marche toujours pas", "still_failing", "still_failing"),
    # twenty-eighth outsider check, finding 2: an unlock asked after "ok" is not a yes
    ("ok, can you unlock it yourself?", "affirm", "ask_my_status"),
    ("d'accord, et vous pouvez me débloquer le compte ?", "affirm", "ask_my_status"),
    ("ok, can you unlock the SIM in the tracker?", "affirm", "affirm"),
    # the number someone dialled is the support line's, not where the SMS went
    ("my colleague called you last month but nobody knows what number he dialled",
     "ask_contact", "ask_contact"),
    # twenty-eighth outsider check, finding 5: the reset wanted after a cancel is its offer again
    ("finalement je veux bien la réinitialisation", "affirm", "phone_changed"),
    ("en fait si, lancez le reset svp", "deny", "phone_changed"),
    ("actually I do want the reset after all", "phone_changed", "phone_changed"),
    ("ok on second thought open the ticket", "affirm", "phone_changed"),
    ("finalement oui", "affirm", "affirm"),
])
def test_dev12_kinds_are_read_as_their_topic(text, heard, topic):
    assert _relabelled(text, heard) == topic


@pytest.mark.parametrize("text, heard, topic", [
    # DEV13 (eleventh session, written blind): stopped past the password where it used to work
    ("Worked yesterday, today the portal won't let me past the password page", "out_of_scope",
     "ask_my_status"),
    ("I logged in fine last week and now I'm stuck right after my password", "ask_my_status",
     "ask_my_status"),
    ("depuis ce matin impossible de passer l'étape du mot de passe, hier ça allait", "out_of_scope",
     "ask_my_status"),
    ("hier ça marchait, aujourd'hui ça bloque juste après le mdp", "code_rejected", "ask_my_status"),
    ("hier ça allait, aujourd'hui ça bloque juste après le mot de passe", "still_failing",
     "ask_my_status"),
    ("I forgot my password so I can't get past the login page", "out_of_scope", "out_of_scope"),
    # a person at work asked for
    ("same links again and again. is anybody actually working over there?", "out_of_scope",
     "request_human"),
    ("y a quelqu'un de dispo chez vous ou c'est que le robot ?", "bot_challenge", "request_human"),
    ("are you a bot?", "bot_challenge", "bot_challenge"),
    # an authenticator app ready on an account whose codes come by SMS
    ("We get our codes by text today but I already installed Microsoft Authenticator on the new "
     "work phone", "ask_enable_app", "request_switch_method"),
    ("je reçois les codes par sms, j'ai déjà l'appli Authy sur mon portable pro", "sms_not_received",
     "request_switch_method"),
    ("I get my codes by text, how do I set up an authenticator app?", "ask_enable_app",
     "ask_enable_app"),
    # twenty-eighth outsider check, finding 7: back from an absence, the set-up now forced
    ("Back from a month of sick leave and the site won't let me in unless I set up the phone "
     "thing", "code_rejected", "ask_deadline"),
    ("de retour de congé parental, le portail m'oblige à activer un truc avec mon portable",
     "ask_my_status", "ask_deadline"),
    ("back from holiday and the portal won't let me in, what's wrong with my account?",
     "ask_my_status", "ask_my_status"),
    # twenty-ninth outsider check, finding 4: obliged (now)? is the 28 days
    ("Depuis ce matin une fenêtre me demande d'activer un truc de sécurité, je suis obligé ?",
     "ask_how_enable", "ask_deadline"),
    ("On a 300 cartes SIM à suivre. Est-ce qu'on est obligés de le faire maintenant ?",
     "ask_how_enable", "ask_deadline"),
    ("month-end closing here, do we really have to set it up today?", "ask_how_enable",
     "ask_deadline"),
    ("I clicked yes on the popup, what do I do now?", "ask_how_enable", "ask_how_enable"),
    ("pourquoi je suis obligé de faire ça ?", "ask_how_enable", "ask_how_enable"),
    # thirtieth outsider check, finding 5: the phone found again stops the reset
    ("finalement non, j'ai retrouvé mon téléphone", "phone_changed", "cancel"),
    ("ah c'est bon je l'ai retrouvé, il était dans la voiture", "phone_changed", "cancel"),
    ("never mind, found my phone under the seat", "phone_changed", "cancel"),
    ("j'ai retrouvé mon téléphone mais l'appli a été effacée", "phone_changed", "phone_changed"),
    ("comment je récupère l'accès à mon compte ?", "phone_changed", "phone_changed"),
    # thirtieth outsider check, finding 6: another request opened is the reset, not a resend
    ("can you open another one just in case", "request_resend", "phone_changed"),
    ("vous pouvez m'ouvrir une nouvelle demande au cas où ?", "request_resend", "phone_changed"),
    ("can you send me another one", "request_resend", "request_resend"),
])
def test_dev13_kinds_are_read_as_their_topic(text, heard, topic):
    assert _relabelled(text, heard) == topic


@pytest.mark.parametrize("text, heard, topic", [
    # a phone destroyed, told among the day's work
    ("Mon portable est tombé dans la cuve ce matin, il ne s'allume plus et je dois me connecter "
     "au portail pour suspendre une ligne.", "out_of_scope", "phone_changed"),
    ("my phone got crushed under a pallet, screen's gone and it won't turn on", "out_of_scope",
     "phone_changed"),
    # the old number gone, a new SIM named beside it
    ("J'ai pris un abonnement chez un opérateur belge, mon ancien numéro n'existe plus, c'est "
     "celui sur lequel arrivaient les codes.", "sms_not_received", "phone_changed"),
    # an outsider who set the account up and left
    ("Le prestataire qui a installé nos boîtiers a mis son propre portable pour les codes, sa "
     "mission est finie et il ne répond plus. On fait comment ?", "ask_how_enable", "phone_changed"),
    # installing forbidden by the company: the SMS
    ("our IT locks down every app install on company phones, so how can I still secure my "
     "portal login?", "ask_my_status", "ask_enable_sms"),
    # a code kept for later
    ("j'ai noté le code de l'appli sur un post-it hier soir, il sera encore bon demain matin ?",
     "code_rejected", "ask_code_format"),
    # more than a password required by someone else
    ("Our biggest client's security policy now requires MFA on every supplier portal. How do we "
     "get M2Mmanager compliant?", "out_of_scope", "ask_how_enable"),
    # the code at every login, someone else once a month
    ("je tape le code de l'appli à chaque connexion alors que mon collègue ne le fait qu'une fois "
     "par mois, il a un réglage spécial ?", "ask_how_enable", "ask_remember_device"),
    # codes by SMS, no signal where the customer is going, another way wished
    ("my codes come by text but from next month I'm on an offshore rig with no signal, only "
     "wifi. I'd like to get them another way", "sms_not_received", "request_switch_method"),
    # the code, unnamed, asked by a way there is not (thirty-first check, finding 5)
    ("et vous pourriez pas me le renvoyer par email plutôt ?", "ask_contact", "ask_methods"),
    ("could you send it over whatsapp instead", "request_resend", "ask_methods"),
    # what the new code is, typed as typed
    ("c quoi ce nouveau code qu'on me demande apres le mot de passe", "ask_why_2fa",
     "ask_what_is_2fa"),
])
def test_dev14_kinds_are_read_as_their_topic(text, heard, topic):
    """DEV14 (written blind, twelfth session): each kind of its misses, in other words."""
    assert _relabelled(text, heard) == topic


@pytest.mark.parametrize("text, heard, topic", [
    ("on m'a volé mon portable dans le train, comment je vais me connecter au portail lundi ?",
     "out_of_scope", "phone_changed"),
    ("my warehouse manager only has a basic flip phone with no apps, how does she log in now?",
     "phone_changed", "ask_enable_sms"),
    ("we use one code generator on our phones for all our tools, can the portal go on it too?",
     "out_of_scope", "ask_enable_app"),
])
def test_dev15_kinds_are_read_as_their_topic(text, heard, topic):
    """DEV15 (written blind after DEV14's fixes): each kind of its misses, in other words."""
    assert _relabelled(text, heard) == topic


@pytest.mark.parametrize("text, heard, topic", [
    # the code passed around a team, permission asked
    ("on est 4 au bureau avec un seul téléphone pour les codes, est-ce qu'on peut se transmettre "
     "le code entre nous ?", "sms_not_received", "ask_code_format"),
    ("night shift guy reads the six digits out to the rest of the team over the radio, is that ok?",
     "request_resend", "ask_code_format"),
    # a colleague named by their job, gone with the phone
    ("notre technicien qui avait les codes sur son portable a quitté la boîte, comment on "
     "récupère l'accès ?", "ask_how_enable", "phone_changed"),
    ("the driver whose mobile got our login codes resigned last friday", "out_of_scope",
     "phone_changed"),
    # newcomers about to meet the prompt, nothing asked
    ("three new hires start monday and have never seen the 2FA popup", "ask_why_2fa",
     "ask_how_enable"),
    ("nos stagiaires n'ont pas encore fait la double authentification, ils arrivent demain",
     "out_of_scope", "ask_how_enable"),
    # whom to send something to
    ("J'ai un rapport d'incident à vous transmettre, à qui je dois l'adresser ?", "code_rejected",
     "ask_contact"),
    ("who should we send our list of locked users to?", "out_of_scope", "ask_contact"),
    # an app wanted from the start, preferred to SMS, heard as a switch
    ("our company mandates an authenticator app rather than sms, how do we set up google "
     "authenticator with the portal?", "request_switch_method", "ask_enable_app"),
    ("la direction impose une appli plutôt que les textos, comment je relie Authy au portail ?",
     "ask_enable_app", "ask_enable_app"),
    # lost after the password
    ("after the password it now asks me for something else and I have no idea what that is",
     "ask_how_enable", "ask_what_is_2fa"),
    # the code asked to be told, not sent (thirty-first outsider check, finding 9)
    ("tell me the code please, my phone is in the car", "request_resend", "ask_code_format"),
])
def test_dev16_kinds_are_read_as_their_topic(text, heard, topic):
    """DEV16 (written blind, thirteenth session): each kind of its misses, in other words."""
    assert _relabelled(text, heard) == topic


@pytest.mark.parametrize("text, heard, topic", [
    # the method in use named, a move asked
    ("currently on SMS for the login codes, how do I move over to Microsoft Authenticator?",
     "ask_enable_app", "request_switch_method"),
    ("en ce moment je reçois les codes par sms, je voudrais basculer sur l'appli", "ask_enable_sms",
     "request_switch_method"),
    # codes by text, and the line or its signal going
    ("on résilie nos lignes mobiles le mois prochain, mes textos de connexion vont disparaître",
     "ask_enable_sms", "request_switch_method"),
    ("our texts take ages in the basement, a colleague says the authenticator works offline",
     "ask_enable_app", "request_switch_method"),
    # the code dictated by a colleague away, proposed
    ("ma collègue en congé veut que je lui dicte le code de mon téléphone pour qu'elle se connecte",
     "ask_how_enable", "ask_code_format"),
    # a partner with the phone, away
    ("mon associée avait mis la double authentification sur son portable et elle est en congé "
     "maternité, comment j'accède au compte ?", "ask_how_enable", "phone_changed"),
    # no store to install from
    ("just a plain nokia here, no play store at all", "cancel", "ask_enable_sms"),
    # always there or new
    ("my boss thinks the login code was always there, I think it's new, who's right?",
     "ask_why_2fa", "ask_since_when"),
    # postponed until it stopped
    ("j'ai reporté pendant des semaines et là le bouton pour repousser n'apparait plus",
     "ask_why_2fa", "ask_deadline"),
    # the reason for the change asked
    ("our auditor asks what led you to change the login process, can you tell me?",
     "out_of_scope", "ask_why_2fa"),
    # what a phone has to do with a website
    ("quel rapport entre mon portable et le site web ? je ne comprends pas", "ask_why_2fa",
     "ask_what_is_2fa"),
    # a phone washed
    ("mon téléphone est passé à la machine à laver, le nouveau est vide", "sms_not_received",
     "phone_changed"),
])
def test_dev17_kinds_are_read_as_their_topic(text, heard, topic):
    """DEV17 (written blind after DEV16's fixes): each kind of its misses, in other words."""
    assert _relabelled(text, heard) == topic


@pytest.mark.parametrize("text, heard, topic", [
    # what 2FA brings, asked for someone else
    ("my manager keeps moaning about the phone step, what's the point of it for us?",
     "ask_what_is_2fa", "ask_why_2fa"),
    # company phones locked against installing
    ("le service info a verrouillé nos portables, on ne peut rien installer, comment on fait "
     "pour le code ?", "ask_enable_app", "ask_enable_sms"),
    # a bag stolen with the phone in it
    ("someone snatched my bag at the station yesterday, my phone was in it, now I can't get "
     "into the portal", "ask_my_status", "phone_changed"),
])
def test_dev18_kinds_are_read_as_their_topic(text, heard, topic):
    """DEV18 (written blind after DEV17's fixes): each kind of its misses, in other words."""
    assert _relabelled(text, heard) == topic


@pytest.mark.parametrize("text, heard, topic", [
    # « SMS » chosen, what comes next asked
    ("I picked SMS in the popup, which number do I put and what next?", "ask_how_enable",
     "ask_enable_sms"),
    # no smartphone owned, none to be bought
    ("je n'ai pas de smartphone et je n'en achèterai pas, comment je reçois le code ?",
     "out_of_scope", "ask_enable_sms"),
    ("I don't own a smartphone, what are my options for the login code?", "ask_code_format",
     "ask_enable_sms"),
])
def test_dev19_kinds_are_read_as_their_topic(text, heard, topic):
    """DEV19 (written blind after DEV18's and the thirty-second check's fixes): each kind of
    its misses, in other words."""
    assert _relabelled(text, heard) == topic


@pytest.mark.parametrize("text, heard, topic", [
    # the popup's "no" told in words, what follows asked (finding 1)
    ("j'ai cliqué sur non dans la fenêtre de sécurité, ça va revenir ?", "ask_how_enable",
     "ask_deadline"),
    ("if I just hit no on that security popup, what happens?", "ask_how_enable", "ask_deadline"),
    # the login asked again after « Continuer » (finding 2)
    ("it asked me for my password again right after I clicked Continuer, is something broken?",
     "out_of_scope", "ask_how_enable"),
    # a trip abroad, the codes asked about (finding 3)
    ("going overseas for a month, will the login codes still reach me?", "ask_deadline",
     "ask_methods"),
    # an SMS not received for the set-up, heard as the set-up (C01)
    ("on recoit pas de code pour activer la 2fa", "ask_how_enable", "sms_not_received"),
    # who unlocks the account, no password named (C10)
    ("ok and who can unlock it then?", "out_of_scope", "ask_my_status"),
    # decided: enabling it now with the app (C22)
    ("bon ok je l'active tout de suite avec Google Authenticator", "ask_deadline", "ask_enable_app"),
    ("actually let's just enable it now with the app", "request_switch_method", "ask_enable_app"),
])
def test_thirty_second_check_kinds_are_read_as_their_topic(text, heard, topic):
    """Thirty-second outsider check (README only, fresh database): each kind, in other words."""
    assert _relabelled(text, heard) == topic


@pytest.mark.parametrize("text, heard", [
    ("333333", "out_of_scope"),
    ("444 444", "affirm"),
    (" 482-913 ", "greet"),
])
def test_a_code_typed_alone_is_an_answer_where_none_is_asked(text, heard):
    """Thirtieth outsider check, finding 10: "333333" got the out-of-scope answer, "444444"
    the warning that no code is awaited; both are a code given where none is asked."""
    assert _relabelled(text, heard) == "inform"


@pytest.mark.parametrize("rule, text", [
    # a choice made or leant to: the classifier's reading (or the preference rule's)
    (describes_the_choice_screen,
     "I had to choose between the app and SMS and I picked SMS, now the code never comes"),
    (describes_the_choice_screen, "entre l'appli et le sms, lequel choisir ?"),
    # a phone number changed, not the app's code
    (asks_if_an_old_code_counts, "my phone number changed, does the old one still work for the codes?"),
    # the code's label unquoted, asked what the system is: 2FA itself (a training line's kind)
    (asks_about_the_code_field,
     "On me parle d'un code à usage unique après le mot de passe. C'est quoi ce système ?"),
    # a language asked, no person
    (asks_for_a_person, "can you answer in French please"),
    # a deleted SMS is not the app
    (app_is_gone, "I deleted the SMS with the code by mistake"),
    # another number than the 2FA phone's
    (number_to_update, "Je veux changer le numéro de téléphone du contact facturation"),
    (number_to_update, "what's the number of my request?"),
    # a loss to come, a code or access lost, a phone found again
    (phone_is_lost, "si on me vole mon téléphone, je perds l'accès au portail ?"),
    (phone_is_lost, "j'ai perdu le code que vous m'avez envoyé"),
    (phone_is_lost, "I lost my phone yesterday but found it this morning, all good"),
    # another product's 2FA, nothing of ours named
    (wants_ours_in_the_app, "Can Authy also make the codes for our VPN?"),
    # "je n'arrive pas à" is "I can't", not "nothing arrives"
    (set_up_code_never_came, "je n'arrive pas à configurer le sms"),
    (set_up_code_never_came, "it asks for an app but i haven't got one"),
    # which number the code went to is still that question
    (lambda text: not asks_which_number(text), "which number did you send the code to?"),
    # a change of mind that refuses, a status asked, a plain yes, "actually" as an adverb
    (wants_the_reset_after_all, "finalement non, annulez la réinitialisation"),
    (wants_the_reset_after_all, "I changed my mind, I don't want the reset"),
    (wants_the_reset_after_all, "finalement, où en est ma demande de réinitialisation ?"),
    (wants_the_reset_after_all, "oui ouvrez le ticket"),
    (wants_the_reset_after_all, "Is anyone actually working on my reset ticket?"),
    # a code inside a sentence, too few or too many digits, a phone number
    (is_a_code_alone, "mon code 482913 ne marche pas"),
    (is_a_code_alone, "12345"),
    (is_a_code_alone, "1234567"),
    (is_a_code_alone, "06 12 34 56 78"),
    # a phone silent, not dead; a phone lost by someone else for the SIM's sake
    (phone_is_wrecked, "my phone is right here and it's been dead silent since I typed my number"),
    (phone_is_wrecked, "what if my phone dies one day, will I be locked out?"),
    # a number not the customer's; a code not kept
    (number_to_update, "le numéro de ma demande n'existe plus ?"),
    (asks_if_a_kept_code_works, "the code from the app doesn't work, what now?"),
    # a client's requirement asked about in general, no one requiring
    (required_by_someone, "What is MFA exactly?"),
    # the repetition alone is what 2FA is or why; "why" the new code is
    (code_comes_back_every_time, "my colleague taps a number off his phone every time, what is it?"),
    # a phone lost for its SIM, or for another app: support's
    (phone_lost_for_the_portal, "one of our drivers lost his phone, how do I block the SIM card in it for the portal?"),
    (phone_lost_for_the_portal, "j'ai perdu mon tel, je peux plus me connecter à whatsapp"),
    # writing to support by email is the contact
    (asks_it_another_way, "can I contact you by email instead?"),
    (asks_it_another_way, "je préfère vous écrire par mail plutôt"),
    # no signal today, no wish for another way: the SMS that never came
    (sms_useless_where_going, "mes codes arrivent par sms mais au sous-sol ça capte pas, rien reçu"),
    (asks_what_the_extra_code_is, "what's this new code for?"),
    (asks_what_the_extra_code_is, "pourquoi c quoi ce nouveau code"),
    # a shared workstation, a forwarded code that never came, sharing told and not asked
    (passes_the_code_around, "my team logs in from a shared workstation, can we avoid the OTP each time"),
    (passes_the_code_around, "can my colleague forward me the code? it never arrives on my phone"),
    (passes_the_code_around, "my colleague texts me the code every morning"),
    # newcomers asking why, or how long they have is not this rule's
    (newcomers_meet_the_prompt, "why do our new hires have to use 2FA before they ever log in?"),
    # where the code goes is the code's question; phishing reported is out of scope
    (asks_whom_to_send_to, "where do I send the code?"),
    (asks_whom_to_send_to, "Where do I report phishing?"),
    # a method in use (a switch), SMS preferred to the app
    (sets_up_the_app_first, "I currently get my codes by SMS, how do I set up the app instead?"),
    (sets_up_the_app_first, "I'd rather use SMS than an app, how do I configure that?"),
    # stopped past the password where it used to work, nothing not understood
    (lost_after_the_password, "since this morning it asks for something after my password and won't let me in"),
    # a new code asked for
    (asks_to_be_told_the_code, "can I get the code sent once more"),
    (asks_to_be_told_the_code, "give me a new code"),
    # the method used elsewhere, or passing through a screen
    (moves_from_the_method_in_use, "j'utilise le sms pour ma banque, je dois passer par SMS ici aussi ?"),
    (sms_going_away, "my texts take ages to arrive, what can I do?"),
    (asks_if_always_or_new, "is the code always 6 digits?"),
    (skipped_until_now, "my tracker no longer reports its position"),
    (skipped_until_now, "can I skip it for now?"),
    (asks_what_made_it_change, "why do I need 2FA?"),
    (asks_what_a_phone_has_to_do, "why do I need my phone to log in?"),
    # how it works technically is what 2FA is
    (asks_what_is_gained, "ça sert à quoi techniquement, ce deuxième code ?"),
    # many "no"s, then the steps asked; "no code" is not the popup's "no"
    (declined_the_popup, "I've clicked no ten times, walk me through doing it properly"),
    (declined_the_popup, "I clicked and got no code, what happens now?"),
    # a password forgotten or refused is out of scope
    (login_asked_again, "I forgot my password again, can you reset it?"),
    # an SMS that did not come abroad keeps its own answer
    (asks_about_codes_abroad, "je suis à l'étranger et le sms n'arrive pas"),
    # a lock after wrong passwords is the portal's
    (asks_who_unlocks, "locked out after too many wrong passwords, who can unlock it?"),
    # the app in use, a move asked: a switch
    (enables_with_the_app, "I set it up with the app already, can I move over to SMS?"),
    # « SMS » chosen and the code never came: the SMS's own answer
    (chose_sms_what_next, "j'ai cliqué sur SMS et toujours rien, je fais quoi ?"),
    # a bag stolen, the phone kept
    (phone_is_lost, "on m'a volé mon sac hier mais j'avais mon téléphone dans la poche, je l'ai retrouvé"),
])
def test_what_the_new_rules_leave_alone(rule, text):
    assert not rule(text)


# every situation rule of bot/nlu/labels.py (a new one is measured here without being listed),
# and turning 2FA off, which labels._turned_off reads before them
RULES = [*SITUATIONS, (asks_to_disable, "ask_why_2fa", DISABLE_HEARD_AS)]


@pytest.mark.parametrize("rule, topic, heard_as", RULES, ids=lambda v: getattr(v, "__name__", None))
def test_no_line_of_another_topic_would_be_moved(rule, topic, heard_as):
    """Every training line, both held-out sets and every field set: where a rule fires on a
    line of another topic, that topic is not one the rule moves away from (measured
    2026-12-03: 93 of 101 no-smartphone hits and all 9 future-loss hits are their topic; 33 of
    38 other-channel hits, the 5 others heard as topics the rule leaves alone or the SMS set-up's
    "le code sur un téléphone fixe ou un portable par SMS", which the methods answer too)."""
    moved = [(source, label, text) for source, label, text in every_labelled_line()
             if label != topic and label in heard_as and rule(text)
             and (rule.__name__, label) not in SAME_FACT]
    assert moved == []


# a rule whose answer carries the fact of a topic its lines are labelled with: a login code
# received unasked ("…I was fast asleep. What does this tell me?", DEV96, labelled why 2FA) gets
# the answer for such a code, which says why it came and that this is what 2FA is for
# (scripts/field_eval.py ANSWERS accepts it for why 2FA)
SAME_FACT = {("received_without_logging_in", "ask_why_2fa")}


@functools.lru_cache(maxsize=1)
def every_labelled_line() -> tuple[tuple[str, str, str], ...]:
    """(file or set, topic, text) of every training, held-out and field line, read once for
    all the rules (read again for each rule, the files cost ~9 s a rule: 7 minutes of CPU)."""
    files = sorted((ROOT / "data" / "nlu").rglob("*.yml")) + sorted((ROOT / "tests" / "nlu").glob("*.yml"))
    lines = [(path.name, i, t) for path in files for i, t in nlu_examples(path)]
    for name in field_eval.SETS:
        for path in field_eval.set_files(name).values():
            lines += [(name, m.topic, m.text) for m in field_eval.load_set(path)]
    return tuple(lines)


@pytest.mark.parametrize(
    "rule, text",
    [
        # each rule that steps aside for "it never came" hears every way the others did
        (passes_the_code_around, "can a colleague pass me his code? mine never shows up"),
        (passes_the_code_around, "mon collègue peut me transmettre son code ? le mien n'arrive plus"),
        (asks_about_codes_abroad, "I'm abroad and the login text doesn't come, what now?"),
        (asks_about_codes_abroad, "je suis à l'étranger et les codes n'arrivent jamais"),
        (chose_sms_what_next, "j'ai choisi SMS et toujours rien, je fais quoi ?"),
        (chose_sms_what_next, "I chose SMS, what next? the text never arrived"),
    ],
)
def test_a_code_that_never_came_is_left_to_the_sms_answer(rule, text):
    """One list of the ways to say the code never came (bot/nlu/never_came.py): a trip abroad,
    a colleague's code or the SMS chosen do not take a message that says it never arrived."""
    assert not rule(text)


@pytest.mark.parametrize(
    "text, never_came",
    [
        ("le code n'arrive plus depuis hier", True),
        ("the text doesn't come", True),
        ("I haven't received any code", True),
        ("je n'arrive pas à configurer le SMS", False),
        ("I didn't get what the code is for", False),
    ],
)
def test_never_came_is_read_once(text, never_came):
    assert set_up_code_never_came(text) is never_came












@pytest.mark.parametrize("text", [
    # a phone of one's own that takes texts: the SMS set-up
    "The company tablet has no SIM and my own phone only does calls and texts, what are my options",
    # codes by text today and the lines going: the switch (bot/nlu/sms_to_app.py)
    "we're moving to Wi-Fi-only tablets and at the moment my login codes come to me by text",
])
def test_a_tablet_without_sim_leaves_alone(text):
    from bot.nlu.wifi_tablet import only_a_tablet_without_sim

    assert not only_a_tablet_without_sim(text)


def test_every_reference_line_names_the_reference_or_the_call():
    """bot/nlu/reference_asked.py's gate holds every labelled line of ask_reference (training,
    held-out, field): none would lose its reading."""
    from bot.nlu.reference_asked import mentions_the_reference_or_call

    lost = [(source, text) for source, label, text in every_labelled_line()
            if label == "ask_reference" and not mentions_the_reference_or_call(text)]
    assert lost == []


@pytest.mark.parametrize("text, ranking, expected", [
    # thirty-second outsider check: "sorry" and "what do I do" alone are no reference asked;
    # the next reading is too weak, so the fallback's suggestions answer
    ("sorry. so what do I do?", [("ask_reference", 0.40), ("ask_how_enable", 0.09),
                                 ("affirm", 0.06)], "ask_how_enable"),
    # the reference named keeps its reading
    ("sorry, what was my reference again?", [("ask_reference", 0.40), ("ask_how_enable", 0.09)],
     "ask_reference"),
    ("je dis quoi quand j'appelle demain ?", [("ask_reference", 0.55), ("ask_contact", 0.20)],
     "ask_reference"),
])
def test_the_reference_is_read_only_when_named(text, ranking, expected):
    ranks = [{"name": n, "confidence": c} for n, c in ranking]
    message = Message(data={TEXT: text, INTENT: dict(ranks[0]), INTENT_RANKING_KEY: ranks})
    relabel(message)
    assert message.get(INTENT)["name"] == expected
    if expected != "ask_reference":
        assert message.get(INTENT)["confidence"] < 0.2  # below the fallback's threshold


def test_no_labelled_yes_is_heard_as_a_hesitation():
    """bot/nlu/hesitation.py: every yes of the training, held-out and field lines stays a yes
    ("no wait, yes", "thinking about it, yes", "hmm ok actually do it" end on it)."""
    from bot.nlu.hesitation import hesitates

    assert [t for _, label, t in every_labelled_line() if label == "affirm" and hesitates(t)] == []


@pytest.mark.parametrize("text", ["hmm not sure", "ok wait, let me think", "ok let me check first",
                                  "euh attendez je réfléchis", "peut-être plus tard", "ok not now"])
def test_a_hesitation_heard_as_yes_is_a_no(text):
    from bot.nlu.labels import reading

    assert reading("affirm", text) == ("deny", ("affirm",))


# The fourteenth session's kinds (DEV21, DEV22, DEV20's tablet and the thirty-third outsider
# check): (message, what the classifier heard, the topic the rules settle)
FOURTEENTH_SESSION_KINDS = [
    # DEV21 (written blind): how the second step differs from the password, in a tie with why
    ("c'est quoi la différence avec mon mot de passe, ce truc de code en plus ?", "ask_why_2fa",
     "ask_what_is_2fa"),
    ("how is this different from just having a strong password?", "ask_why_2fa", "ask_what_is_2fa"),
    # the provider asked what pushed it to this, no change named
    ("mon chef veut savoir ce qui vous a amenés à imposer ça", "ask_what_is_2fa", "ask_why_2fa"),
    ("what made you guys force this on everyone?", "out_of_scope", "ask_why_2fa"),
    # a screenshot to hand over, no person asked for
    ("j'ai une capture d'écran de l'erreur mais je ne peux pas la joindre ici", "request_human",
     "ask_contact"),
    ("got a screenshot of the error, can't attach it in this chat", "code_rejected", "ask_contact"),
    # postponing, with a long absence ahead
    ("je clique sur plus tard depuis deux semaines et je pars en congé maternité le mois prochain",
     "ask_since_when", "ask_deadline"),
    ("been skipping the security prompt, and I'm off on holiday for a month from Friday",
     "ask_why_2fa", "ask_deadline"),
    # DEV22 (written blind): "is it active on my account?" after someone gone, heard as the reset
    ("Mon prédécesseur a tout configuré avant de partir, est-ce que la 2FA est activée sur mon "
     "compte ?", "phone_changed", "ask_my_status"),
    ("the guy who set up my login left last year, is it even turned on for my account?",
     "phone_changed", "ask_my_status"),
    # why the new step is needed now, or a password said to have been enough
    ("pourquoi il faut maintenant taper un code en plus ? je comprends pas", "ask_what_is_2fa",
     "ask_why_2fa"),
    ("my boss says a good password was enough before and this is a waste of time",
     "ask_how_enable", "ask_why_2fa"),
    # a resend asked in the imperative after waiting
    ("toujours rien, envoyez-m'en un autre", "sms_not_received", "request_resend"),
    ("still nothing, fire another one over please", "sms_not_received", "request_resend"),
    # an ordinary mobile said to be enough: the SMS set-up
    ("do I need an iPhone for this or will a basic phone do?", "phone_changed", "ask_enable_sms"),
    # the method set up some time ago, a move to the other asked
    ("j'ai activé la 2FA avec une appli, comment je bascule mon compte sur les SMS ?",
     "ask_enable_app", "request_switch_method"),
    # DEV20 (written blind): a Wi-Fi tablet with no SIM as the only device: the app
    ("notre seul appareil au dépôt c'est une tablette wifi sans SIM, on fait comment pour la 2FA ?",
     "ask_remember_device", "ask_enable_app"),
    ("we only have an iPad on wifi, no SIM card, for the login codes", "ask_why_2fa",
     "ask_enable_app"),
    # thirty-third outsider check, finding 3: told it is mandatory, what to do asked
    ("On nous a écrit que la double authentification devient obligatoire, on doit faire quoi ?",
     "ask_why_2fa", "ask_how_enable"),
    ("Our admin got a notice that 2FA is now mandatory. What do we need to do?",
     "ask_what_is_2fa", "ask_how_enable"),
    # finding 6: the term alone
    ("2FA ?", "ask_since_when", "ask_what_is_2fa"),
    ("mfa??", "ask_deadline", "ask_what_is_2fa"),
    # finding 5: a trip, whether the codes will come there
    ("je pars en mission au Brésil, est-ce que je vais recevoir les codes ?",
     "request_switch_method", "ask_methods"),
    ("travelling next month, will I still get the texts?", "sms_not_received", "ask_methods"),
    # finding 4: the French label unquoted in an English question
    ("what does Essayer une autre methode do?", "request_switch_method", "sms_not_received"),
]
# ...and what those rules leave to the classifier: (message, what it heard)
FOURTEENTH_SESSION_LEFT_ALONE = [
    # a person asked for with the screenshot: the handoff it is
    ("I have screenshots, can I talk to an agent?", "request_human"),
    # back from the absence: bot/nlu/back_from_absence.py's side, not this one
    ("I was off for two months on paternity leave, I skipped it before and now it's gone",
     "ask_since_when"),
    # a password without a comparison
    ("j'ai oublié mon mot de passe", "out_of_scope"),
    # the provider's reason for something else than the login
    ("what made you pick this supplier for the SIM cards?", "out_of_scope"),
    # the date asked after the password "worked fine"
    ("my password worked fine until March, when did that change?", "ask_what_is_2fa"),
    # "mon mot de passe ne suffit plus, il faut quoi de plus ?": what the second step is
    ("mon mot de passe ne suffit plus, il faut quoi de plus ?", "ask_what_is_2fa"),
    # the smartphone asked about for the app: its set-up
    ("do i need a smartphone for the app method", "ask_enable_app"),
    # what to do if the delay runs out: the 28 days
    ("it's mandatory now, what do I need to do if I miss the deadline?", "ask_deadline"),
    # a trip with a switch asked: the switch
    ("je pars en voyage, je vais recevoir les sms ? sinon je veux passer à l'appli",
     "request_switch_method"),
    # a trip with the SMS that never came: its answer
    ("I'm travelling and the texts never arrived, will I get the codes at all?",
     "sms_not_received"),
    # a leave is no trip: "will I still get in?" is the 28 days
    ("I'm going on sick leave soon, will I still get in when I come back?", "ask_deadline"),
]


@pytest.mark.parametrize("text, heard, topic", FOURTEENTH_SESSION_KINDS)
def test_fourteenth_session_kinds_are_read(text, heard, topic):
    assert reading(heard, text)[0] == topic


@pytest.mark.parametrize("text, heard", FOURTEENTH_SESSION_LEFT_ALONE)
def test_fourteenth_session_rules_leave_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# Fifteenth session, thirty-fourth outsider check: (message, what the classifier heard, the topic)
FIFTEENTH_SESSION_KINDS = [
    # F1: too many wrong codes asked about, heard as the 28 days: the lock rule
    ("et si je me trompe trop de fois ?", "ask_deadline", "code_rejected"),
    ("que se passe-t-il si je me trompe de code trop de fois ?", "ask_deadline", "code_rejected"),
    ("what if I type the wrong code too many times?", "ask_deadline", "code_rejected"),
    ("combien d'essais j'ai avant que ça bloque ?", "ask_code_format", "code_rejected"),
    ("how many attempts before it locks me out", "still_failing", "code_rejected"),
    # F2: whether the app works without a network, heard as still failing or the set-up
    ("et ça marche sans réseau ?", "still_failing", "ask_methods"),
    ("est-ce que l'appli d'authentification marche sans réseau ?", "ask_enable_app", "ask_methods"),
    ("does the app work offline?", "ask_enable_app", "ask_methods"),
    ("our techs work in basements with no signal, will the app still work there?",
     "ask_enable_app", "ask_methods"),
    # F3: the person asked with a yes, after turning the handoff down
    ("ok fine, yes, put me through", "affirm", "request_human"),
    ("bon d'accord, oui, passez-moi un conseiller", "affirm", "request_human"),
    # DEV25 (written blind): a person rather than the bot, or escalated to one
    ("je veux une vraie personne au lieu du robot svp", "bot_challenge", "request_human"),
    ("can you escalate this to a human, how does that work?", "ask_how_enable", "request_human"),
    # nobody left to ask, or how to reach the people behind the portal
    ("notre contact chez vous est parti, on n'a plus d'interlocuteur pour la connexion",
     "out_of_scope", "ask_contact"),
    ("the guy who handled our login questions retired, who handles our questions now?",
     "phone_changed", "ask_contact"),
    # where to send a list, the question last; a file and "by what means"
    ("je dois vous envoyer la liste des comptes bloqués, où dois-je l'envoyer ?",
     "sms_not_received", "ask_contact"),
    ("we have a report to send you about the setup, by what means?", "out_of_scope", "ask_contact"),
    # a wait before the set-up, and whether there is time
    ("nos nouveaux téléphones arrivent le mois prochain, d'ici là je peux continuer à me "
     "connecter normalement ?", "ask_how_enable", "ask_deadline"),
    ("do we risk losing access if we hold off on the setup until the new phones arrive?",
     "out_of_scope", "ask_deadline"),
    # when it changed, told without "since when"
    ("ça fait longtemps que c'est comme ça, ce code à la connexion ?", "phone_changed",
     "ask_since_when"),
    ("from what date should I say the extra login step applies?", "ask_enable_app",
     "ask_since_when"),
    # "this mechanism" at login asked about; a proof asked besides the password, the customer lost
    ("mon collègue doit valider sur son téléphone maintenant, c'est quoi ce système ?",
     "phone_changed", "ask_what_is_2fa"),
    ("the portal now wants a code on my phone, what is going on with the login?", "ask_why_2fa",
     "ask_what_is_2fa"),
    ("le portail exige un code en plus du mot de passe, je n'y comprends rien", "ask_why_2fa",
     "ask_what_is_2fa"),
    # thirty-fifth outsider check: a reset ticket asked for outright, heard as where one stands
    ("could you open a 2FA reset ticket for me please", "ask_request_status", "phone_changed"),
    ("ouvrez-moi une demande de réinitialisation svp", "ask_request_status", "phone_changed"),
    ("ok, ouvre le ticket", "ask_request_status", "phone_changed"),
    # a QR code that will not scan, or the key asked for (thirty-fourth check, F5)
    ("mon appli n'arrive pas à lire le qr code, ça ne marche pas", "code_rejected",
     "ask_enable_app"),
    ("can you give me the setup key so I can type it into the authenticator by hand?",
     "out_of_scope", "ask_enable_app"),
]
# ...and what those rules leave to the classifier: (message, what it heard)
FIFTEENTH_SESSION_LEFT_ALONE = [
    # a code refused several times today: the refused code's checks, not the rule
    ("mon code est refusé plusieurs fois", "code_rejected"),
    # too many wrong passwords: the portal's lock, out of scope
    ("combien de mots de passe faux avant le blocage ?", "out_of_scope"),
    ("how many digits is the code", "ask_code_format"),
    # a wish to move to something that works without a network: the switch
    ("je voudrais passer à une appli qui marche sans réseau", "request_switch_method"),
    ("I'd like something that works without signal, the texts come late", "request_switch_method"),
    # the portal itself offline: not the app
    ("the portal does not work without internet?", "out_of_scope"),
    # a bare yes, and a yes to a switch: not a person
    ("oui", "affirm"),
    ("yes, put me on the app", "affirm"),
    ("oui passez-moi en SMS", "affirm"),
    # where the QR code is: the app's set-up, not the way out
    ("et le qr code il est où ?", "ask_enable_app"),
    # where a reset request stands, or one closed: not a new one
    ("where is my reset ticket?", "ask_request_status"),
    ("où en est ma demande de réinitialisation ?", "ask_request_status"),
    ("fermez le ticket svp", "cancel"),
    # a request or a ticket about something else: out of scope
    ("can I make a request to change the email on my account?", "out_of_scope"),
    ("I want to open a ticket about a wrong invoice", "out_of_scope"),
    ("I opened a ticket yesterday, any news?", "ask_request_status"),
    # how something else works on the provider's side: out of scope
    ("comment ça marche chez vous la facturation des lignes ?", "out_of_scope"),
    # whether a bot answers: the bot's answer, which names the line
    ("c'est un robot ou une vraie personne qui me répond ?", "bot_challenge"),
    ("are you a real person or a bot?", "bot_challenge"),
    # a colleague gone with the registered phone: the reset, not the contact
    ("our rep left with the phone the codes go to, who handles this now?", "phone_changed"),
    # an SMS awaited while waiting for new phones: its own answer
    ("en attendant les nouveaux téléphones, le sms n'arrive pas, c'est possible ?",
     "sms_not_received"),
]


@pytest.mark.parametrize("text, heard, topic", FIFTEENTH_SESSION_KINDS)
def test_fifteenth_session_kinds_are_read(text, heard, topic):
    assert reading(heard, text)[0] == topic


@pytest.mark.parametrize("text, heard", FIFTEENTH_SESSION_LEFT_ALONE)
def test_fifteenth_session_rules_leave_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# sixteenth session: DEV26's kinds (written blind), in other words than its lines
SIXTEENTH_SESSION_KINDS = [
    # text messages preferred to an app, their set-up asked: the SMS set-up, not a switch
    ("Apps are not my thing, I'd rather get a text. Could we set it up like that?",
     "request_switch_method", "ask_enable_sms"),
    ("je préfère les SMS à une appli, comment je configure ça ?", "request_switch_method",
     "ask_enable_sms"),
    # the app in use, messages preferred: the switch
    ("Since we set it up with the app my phone is always flat. I'd rather get the codes as messages.",
     "ask_enable_sms", "request_switch_method"),
    # postponing told, until when it can go on asked: the 28 days
    ("I keep hitting skip on that security window, how long can I keep doing that?",
     "ask_how_enable", "ask_deadline"),
    ("je reporte à chaque connexion, jusqu'à quand je peux continuer comme ça ?", "ask_my_status",
     "ask_deadline"),
    # a temp at the front desk gone with the phone: the reset
    ("Our receptionist set up 2FA on her own mobile, her interim contract ended last week.",
     "ask_how_enable", "phone_changed"),
    ("l'intérimaire de l'accueil avait mis son portable pour les codes, elle est partie",
     "ask_how_enable", "phone_changed"),
    # the account named first, whether it is protected asked: the status
    ("Notre compte est-il bien protégé par la double authentification ?", "phone_changed",
     "ask_my_status"),
    ("The admin left last month. Is my account already protected or not?", "phone_changed",
     "ask_my_status"),
    # a person at the other end asked for
    ("same answer again... is there anyone manning the phones today?", "bot_challenge",
     "request_human"),
    ("il y a quelqu'un derrière le bureau ou pas ? vous me répétez la même chose",
     "out_of_scope", "request_human"),
    # an operation on SIM lines: out of scope
    ("how can I suspend 4 SIM cards until spring?", "ask_how_enable", "out_of_scope"),
    ("comment je mets 12 lignes en pause pour l'hiver ?", "ask_enable_sms", "out_of_scope"),
    # a code at every login, whether one must: the remembered device
    ("must i really type a code every single time i log in??", "ask_code_format",
     "ask_remember_device"),
    ("on doit vraiment saisir le code à chaque connexion ?", "ask_what_is_2fa",
     "ask_remember_device"),
    # a phone dead, itself under the fallback's threshold: the reset
    ("my phone fell in the river and it's dead, the new one has none of my apps",
     "phone_changed", "phone_changed"),
    # DEV25's kinds: the phone silent at login
    ("depuis qu'on a changé d'opérateur mon portable reste muet quand je me connecte",
     "phone_changed", "sms_not_received"),
    ("I typed my work number and then total silence on the phone", "ask_enable_sms",
     "sms_not_received"),
    # the phone making the codes itself wished for: the app's set-up, or the switch
    ("le réseau passe mal chez nous, je voudrais que le téléphone fabrique les codes tout seul",
     "sms_not_received", "ask_enable_app"),
    ("getting the texts is a pain, I'd rather my phone generated the codes by itself",
     "sms_not_received", "request_switch_method"),
    # a phone with no SIM, Wi-Fi only: the app
    ("our work phones have no SIM card, they only work on wifi. How do we secure the login?",
     "out_of_scope", "ask_enable_app"),
    # thirty-sixth check, finding 5: "I can't log in, that's the problem" after "log in first"
    ("ben je peux pas me connecter justement !", "ask_deadline", "still_failing"),
    ("I can't even log in, that's the whole issue", "ask_my_status", "still_failing"),
    # DEV28's kinds: the set-up cut off, whether it took asked: the status
    ("the power went out in the middle of the set up, is it done or not?", "ask_how_enable",
     "ask_my_status"),
    ("j'ai commencé l'activation mais on m'a interrompu, c'est passé ou pas ?", "ask_enable_app",
     "ask_my_status"),
    # a move to the other method asked, heard as the status: the switch
    ("mon compte peut-il basculer sur l'appli ?", "ask_my_status", "request_switch_method"),
    # codes by text, an authenticator installed since for other tools: the switch
    ("my codes come by text but I've since installed Microsoft Authenticator for other tools, "
     "can the portal work the same way?", "ask_enable_app", "request_switch_method"),
    # handsets where nothing can be added, texts fine: the SMS set-up
    ("our site phones are managed, we can't install anything on them, but texts work",
     "out_of_scope", "ask_enable_sms"),
    # a new number, the code sent to the old one, in a tie with the SMS: the reset
    ("I took a new number with another carrier and the code goes to my old number",
     "phone_changed", "phone_changed"),
    # DEV29's kinds: a person asked with the language before it: the handoff
    ("my French is poor, could I speak with an English speaking advisor?", "ask_language",
     "request_human"),
    ("je peux parler à un conseiller anglophone ?", "ask_language", "request_human"),
    # a code received the day before, refused at the login: the refused code
    ("got the text yesterday, used it this morning and the site said invalid code",
     "sms_not_received", "code_rejected"),
    # thirty-sixth check, finding 12: the code already sent asked for
    ("c'est quoi le code que vous m'avez envoyé ?", "request_resend", "ask_code_format"),
    ("what is the code you just sent me?", "ask_methods", "ask_code_format"),
]
SIXTEENTH_SESSION_LEFT_ALONE = [
    # a method in use and another wanted: the switch stays
    ("I get my codes by text, I'd rather use an app, can I set it up?", "request_switch_method"),
    # until when 2FA is optional, nothing postponed: the classifier's
    ("how long can I wait before setting it up?", "ask_deadline"),
    # someone who left without a phone named: out of scope
    ("our receptionist left, how do I remove her portal access?", "out_of_scope"),
    # whether a bot answers: the bot question
    ("am I talking to a bot?", "bot_challenge"),
    ("is there someone on the other end or is it automatic?", "bot_challenge"),
    # SIM lines and the login together: the login's question stays
    ("I can't log in to suspend my lines, the code never comes", "sms_not_received"),
    ("how do I activate 2FA for all my lines?", "ask_how_enable"),
    # why a code every time: 2FA's reason stays
    ("why do I have to type a code every time?", "ask_why_2fa"),
    # an email that never shows up: not the SMS
    ("the password reset email never shows up in my inbox", "out_of_scope"),
    # a new number and silence: the reset stays
    ("new number since the operator change and my phone stays silent", "phone_changed"),
    # a code sent that never came: the SMS's answer stays
    ("you sent me a code but it never came, what is it?", "sms_not_received"),
    # a resend asked: the resend stays
    ("can you send me the code again", "request_resend"),
    # not being able to log in, asked: the status stays
    ("je ne peux pas me connecter, pourquoi ?", "ask_my_status"),
    ("I can't log in since this morning", "ask_my_status"),
    # in which languages the assistant answers: the language question stays
    ("do you speak English?", "ask_language"),
    # a code kept for later, asked before it is used: the code's question stays
    ("I got the code yesterday, will it still work this morning?", "ask_code_format"),
    # the set-up's steps asked, nothing interrupted: the set-up stays
    ("is it done in two steps or more?", "ask_how_enable"),
    # a move from a number to another number: not a method
    ("can I move the codes to my new number?", "phone_changed"),
    # a phone's camera: the app's set-up stays (not "no smartphone")
    ("do I scan the QR code with the normal phone camera?", "ask_enable_app"),
]


@pytest.mark.parametrize("text, heard, topic", SIXTEENTH_SESSION_KINDS)
def test_sixteenth_session_kinds_are_read(text, heard, topic):
    assert reading(heard, text)[0] == topic


@pytest.mark.parametrize("text, heard", SIXTEENTH_SESSION_LEFT_ALONE)
def test_sixteenth_session_rules_leave_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


@pytest.mark.parametrize("text, off", [
    # thirty-seventh check, finding 15: staying as before is turning it off: the explicit no
    ("on est une petite boîte, on peut pas rester comme avant ?", True),
    ("can't we just keep things the way they were?", True),
    # keeping a number as before is not
    ("je veux garder mon numéro comme avant", False),
])
def test_keeping_the_login_as_before_is_asking_to_turn_it_off(text, off):
    from bot.nlu.disable import asks_to_disable

    assert asks_to_disable(text) is off


# seventeenth session: DEV30's and DEV31's kinds (written blind), in other words than their lines
SEVENTEENTH_SESSION_KINDS = [
    # a call back asked (bot/nlu/call_back.py), heard as the set-up or "are you a bot?"
    ("I'm hopeless with computers. Could someone ring me and do it with me?", "ask_how_enable",
     "request_human"),
    ("C'est un robot ? J'aimerais qu'on me rappelle demain matin.", "bot_challenge",
     "request_human"),
    ("Pourriez-vous appeler mon associé pour lui expliquer ?", "ask_how_enable", "request_human"),
    # why one's own code is refused (bot/nlu/refused_why.py), heard as why 2FA or the status
    ("why does my code keep getting rejected", "ask_why_2fa", "code_rejected"),
    ("pourquoi mes codes sont toujours refusés ?", "ask_my_status", "code_rejected"),
    # postponing told, when it ends asked (bot/nlu/skipped_until_now.py)
    ("I keep dismissing the popup. When will it stop letting me?", "ask_remember_device",
     "ask_deadline"),
    ("je clique tjs sur pas mtn, combien de fois je peux encore ?", "code_rejected",
     "ask_deadline"),
    ("Je zappe la config à chaque connexion, il va se passer quoi à la longue ?",
     "ask_remember_device", "ask_deadline"),
    # a new screen at login, what it does asked (bot/nlu/extra_code.py)
    ("There's an extra screen after my password now, what is that?", "ask_why_2fa",
     "ask_what_is_2fa"),
    ("une étape en plus après le mot de passe, c'est quoi ?", "ask_why_2fa", "ask_what_is_2fa"),
    # sent back to the login over and over (bot/nlu/login_loop.py)
    ("it keeps sending me back to the login page after my password", "ask_what_is_2fa",
     "ask_my_status"),
    ("ça me ramène à la page de connexion à chaque fois, c'est quoi le souci ?", "code_rejected",
     "ask_my_status"),
    # whether one is done or has not started (bot/nlu/active_on_my_account.py)
    ("my manager did the setup for the team, so am I done? does that mean I'm covered?",
     "ask_since_when", "ask_my_status"),
    # the app dropped for texts (bot/nlu/drop_the_app.py)
    ("I want to uninstall the authenticator, can the codes come by SMS instead from now on?",
     "ask_enable_sms", "request_switch_method"),
    ("je voudrais supprimer l'appli, les codes peuvent arriver par sms ?", "sms_not_received",
     "request_switch_method"),
    # postponing over, the steps asked (bot/nlu/done_postponing.py)
    ("I've been ignoring that popup for weeks. Time to stop ignoring it: what do I do?",
     "ask_deadline", "ask_how_enable"),
    # an app installed since while codes come by text (bot/nlu/sms_to_app.py)
    ("j'avais mis mon numéro pour recevoir les codes, depuis j'ai installé Google Authenticator, "
     "on peut basculer ?", "ask_enable_app", "request_switch_method"),
    ("new phone with the authenticator app preinstalled, my codes go by text today, can the app "
     "take over?", "phone_changed", "request_switch_method"),
    # a flip phone (bot/nlu/no_smartphone.py), a silent mobile, an old phone wiped
    ("j'ai un portable à clapet, c'est possible ?", "ask_how_enable", "ask_enable_sms"),
    ("my mobile has remained totally silent since I typed the number", "ask_enable_sms",
     "sms_not_received"),
    ("got a replacement handset and the old one was factory reset, now I'm stuck at the code",
     "sms_not_received", "phone_changed"),
    # whom to send a request to, heard as since when
    ("our auditor needs a signed statement about your MFA, who should I send the request to?",
     "ask_since_when", "ask_contact"),
    # DEV32's and DEV33's kinds (written blind, scored after the rules above)
    ("si les gardiens sont coincés le soir, ils appellent qui ?", "ask_how_enable", "ask_contact"),
    ("mon collègue a peut-être configuré le téléphone à ma place, vous pouvez voir où j'en suis ?",
     "phone_changed", "ask_my_status"),
    ("back from three months off and my account is probably dead by now, right?",
     "ask_since_when", "ask_my_status"),
    ("my boss says the phone thing at login is pure red tape, what do I tell him?",
     "ask_what_is_2fa", "ask_why_2fa"),
    ("were you hacked? is that why we need codes now?", "ask_my_status", "ask_why_2fa"),
    ("the app I use with your portal lives on a tablet that stays at home, texts would be easier",
     "ask_enable_sms", "request_switch_method"),
    ("nos boîtiers peuvent-ils recevoir des commandes par SMS ?", "ask_enable_sms", "out_of_scope"),
    ("the 28 days, do they start from your announcement or from my first login?",
     "ask_since_when", "ask_deadline"),
    ("switched from an iPhone to a Samsung and the portal codes didn't come across",
     "code_rejected", "phone_changed"),
    ("notre politique interne interdit les SMS pour l'authentification, on fait comment ?",
     "ask_enable_sms", "ask_enable_app"),
    ("some of the guys think the portal will read their personal texts, what's that about?",
     "ask_why_2fa", "ask_what_is_2fa"),
    ("je lui lis les chiffres par radio quand il en a besoin, ça marche ?", "code_rejected",
     "ask_code_format"),
    ("got distracted for ten minutes, then typed the code and it wouldn't take it",
     "phone_changed", "code_rejected"),
    ("j'ai déjà le programme qui affiche des codes pour Office, comment j'ajoute le portail ?",
     "ask_code_format", "ask_enable_app"),
    ("texts never reach me on the rig, something that runs on the phone itself would be better",
     "ask_what_is_2fa", "request_switch_method"),
    ("I won't download anything on my phone, but texts are fine, how do I log in?",
     "ask_how_enable", "ask_enable_sms"),
    ("is the security popup optional or will it become mandatory at some point?",
     "ask_how_enable", "ask_deadline"),
    # thirty-eighth outsider check: a change of mind toward one method said with a "no"
    # (finding 3); "can I do it later?" after the popup told (finding 1); "does it apply to me
    # too?" after context (finding 6)
    ("non finalement je prends l'application", "deny", "ask_enable_app"),
    ("bon en fait je préfère le sms", "goodbye", "ask_enable_sms"),
    ("The portal shows a window asking me to turn on a security step. I'm on leave, could I "
     "do it later?", "ask_how_enable", "ask_deadline"),
    ("une fenêtre me demande de configurer un code, je peux le faire la semaine prochaine ?",
     "ask_enable_sms", "ask_deadline"),
    ("I only log in for the monthly report. Does this apply to me as well?", "ask_my_status",
     "ask_since_when"),
    # DEV25's kinds (a development set), in other words
    ("je change de téléphone demain, d'un Samsung à un iPhone, comment faire pour que l'accès "
     "suive ?", "ask_how_enable", "phone_changed"),
    ("la DSI interdit désormais les SMS pour se connecter, j'ai configuré le portail comme ça, "
     "je dois basculer", "ask_enable_app", "request_switch_method"),
    ("mon gestionnaire de mots de passe génère des codes, je peux l'associer au portail M2M ?",
     "out_of_scope", "ask_enable_app"),
    ("ma mère ne s'en sortira pas avec une appli, elle peut recevoir le code par SMS ?",
     "ask_enable_app", "ask_enable_sms"),
    ("mon Android est trop vieux pour les applis récentes, il y a une autre façon ?",
     "phone_changed", "ask_enable_sms"),
    ("we'd rather not rely on the mobile network at the dam, what's the alternative and how "
     "do I set it up?", "ask_how_enable", "ask_enable_app"),
    ("did something happen at your end, a leak or a breach? the login changed overnight",
     "ask_since_when", "ask_why_2fa"),
    ("there's a square picture on screen and it says to scan it with my phone, now what?",
     "ask_how_enable", "ask_enable_app"),
    ("quelle est la marche à suivre pour activer la vérification par téléphone ?",
     "sms_not_received", "ask_how_enable"),
    # DEV34-35's kinds (written blind, first scored on the session's final rules), in other words
    ("my account is already on SMS, can I switch it to the app?", "ask_enable_app",
     "request_switch_method"),
    ("the store says blocked by your administrator, but texts come through fine",
     "code_rejected", "ask_enable_sms"),
    ("la nouvelle puce est arrivée mais vous continuez d'envoyer sur l'ancien numéro",
     "sms_not_received", "phone_changed"),
    ("mon chef dit trois mois, moi j'ai lu 28 jours, qui a raison ?", "ask_why_2fa",
     "ask_deadline"),
    ("how long do I have before the numbers are no good?", "ask_deadline", "ask_code_format"),
    ("what should I write down so the night shift can reach your support?", "out_of_scope",
     "ask_contact"),
    ("tout le monde arrive à se connecter sauf moi ce matin", "ask_what_is_2fa",
     "ask_my_status"),
    ("how do I create a new user for our new technician?", "ask_how_enable", "out_of_scope"),
    ("my predecessor left a note saying to sort out the login security, where do I even start?",
     "phone_changed", "ask_how_enable"),
]
SEVENTEENTH_SESSION_LEFT_ALONE = [
    # "give me" is not a call: the number asked stays the contact's
    ("Can you give me your hotline number please?", "ask_contact"),
    # calling back oneself, a reminder, a machine that would call
    ("How will the agent find my file when I call back?", "ask_reference"),
    ("vous pouvez me rappeler mon numéro de ticket ?", "ask_reference"),
    ("can an automated voice call read me the code instead of a text?", "ask_methods"),
    # whether it is a bot, no call asked
    ("are you a robot?", "bot_challenge"),
    # why 2FA, no code refused; a locked account after refused codes
    ("why do I need a code at all?", "ask_why_2fa"),
    ("why is my account locked after my codes were refused?", "ask_my_status"),
    # sent back once after « Continuer »: step 4 of the set-up
    ("I clicked Continuer and it sent me back to the login page, is that normal?",
     "ask_how_enable"),
    ("the password reset link takes me back to the login page every time", "out_of_scope"),
    # the customer lost, not the phone
    ("I get lost in the steps, what's the order?", "ask_how_enable"),
    # "stop ignoring" with until when: the 28 days
    ("how many times can I click not now before it's forced?", "ask_deadline"),
    # a 2FA email from the provider is where it was heard of, not a channel asked
    ("j'ai reçu un mail de votre part sur la 2FA, c'est quoi ?", "ask_what_is_2fa"),
    # where the customer stands in the countdown: the status; where to start: the set-up
    ("je ne sais plus où j'en suis dans le compte à rebours", "ask_my_status"),
    # a company that refuses to replace a phone that only texts: no SMS ban
    ("the council refuses to replace my old phone, it only does calls and texts",
     "ask_enable_sms"),
    # a phone dead quiet is not a dead phone
    ("my phone's dead quiet, no text", "sms_not_received"),
    # the customer pulled away is not someone away with the phone
    ("got pulled away by a colleague, now the code on my phone is refused", "code_rejected"),
    # how long a code of the app lasts: the code's question
    ("I use Google Authenticator for the portal too, how long is each code valid?",
     "ask_code_format"),
    # a complaint to send somewhere: the contact
    ("where do I send a complaint about this pointless login step?", "ask_contact"),
    # a plain no, a goodbye: no method preferred
    ("non merci, c'est tout", "deny"),
    ("finally done, bye", "goodbye"),
    # later asked about a code, not the set-up
    ("can I use the code later?", "ask_code_format"),
    # the procedure with a problem told: the problem's answer
    ("j'ai perdu mon téléphone, quelle est la marche à suivre ?", "phone_changed"),
    # the QR code named: the classifier's own
    ("the QR code won't scan", "ask_enable_app"),
    # did it go to the old number, asked: the SMS's question
    ("did the code go to my old number?", "sms_not_received"),
    # a new colleague's 2FA: the set-up
    ("how do I set up 2FA for a new colleague's account?", "ask_how_enable"),
    # a code kept for later and already refused: the refused code's
    ("I wrote the code down for later and now it says invalid", "code_rejected"),
]


@pytest.mark.parametrize("text, heard, topic", SEVENTEENTH_SESSION_KINDS)
def test_seventeenth_session_kinds_are_read(text, heard, topic):
    assert reading(heard, text)[0] == topic


@pytest.mark.parametrize("text, heard", SEVENTEENTH_SESSION_LEFT_ALONE)
def test_seventeenth_session_rules_leave_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# The eighteenth session's readings, made from DEV36-37's first-sight misses (written blind);
# each kind in other words than the set's line, and what each rule leaves alone
EIGHTEENTH_SESSION_KINDS = [
    # the day 2FA became required, asked for a report (bot/nlu/always_or_new.py), heard as why
    ("Pour notre registre de conformité, depuis quelle date faut-il plus qu'un mot de passe ?",
     "ask_why_2fa", "ask_since_when"),
    ("Our insurer asks from which day the portal required a second factor.", "ask_why_2fa",
     "ask_since_when"),
    # an invoice asked about, the login not named (bot/nlu/sim_lines.py): out of scope
    ("Pourquoi la facture de mars est plus élevée que d'habitude ?", "ask_why_2fa", "out_of_scope"),
    ("Why did our invoice go up this quarter?", "ask_why_2fa", "out_of_scope"),
    # the same code every time, like a PIN, or a new one (bot/nlu/code_asked.py)
    ("Est-ce toujours le même code à chaque fois, comme un code PIN ?", "ask_remember_device",
     "ask_code_format"),
    ("do I get a new code each time or is it always the same numbers?", "ask_remember_device",
     "ask_code_format"),
    # the QR code told as a black and white square, the app at hand (bot/nlu/qr_described.py)
    ("I downloaded the app and there's a black and white square on the screen, what now?",
     "ask_methods", "ask_enable_app"),
    # a move from one method to the other said as such (bot/nlu/sms_to_app.py)
    ("je veux basculer de l'appli vers le sms", "ask_enable_sms", "request_switch_method"),
    ("how do I move from text messages to an authenticator", "ask_enable_app",
     "request_switch_method"),
    # no bars where the codes come by message, a way without network asked
    ("Pas une barre de réseau à l'atelier, je sors chercher le texto avec mon code. Je peux"
     " passer à autre chose ?", "request_switch_method", "request_switch_method"),
    # a game account's app with numbers that refresh, wanted for the portal, "how?"
    ("My bank gave me a thing whose digits renew every 30 seconds. Can I use that same thing for"
     " the SIM portal? How?", "ask_code_format", "ask_enable_app"),
    # the texts wished, "to my mobile number", with the app in use (bot/nlu/preference.py)
    ("I use the authenticator app but I'd rather the codes came to my mobile number instead.",
     "ask_enable_app", "request_switch_method"),
    # how to turn it on, on my account, in a tie where the set-up came first
    ("Comment est-ce qu'on active la double authentification sur notre compte ?",
     "ask_how_enable", "ask_how_enable"),
    # the security window closed every day, said not to last forever (skipped_until_now.py)
    ("I close the security popup every morning. My boss says that can't go on forever, is that"
     " right?", "ask_how_enable", "ask_deadline"),
]
EIGHTEENTH_SESSION_LEFT_ALONE = [
    # an invoice with the login in it: the customer's login is the question
    ("I can't log in to download our invoice, the code never comes", "sms_not_received"),
    ("Notre comptable se connecte pour les factures, combien de temps peut-elle reporter ?",
     "ask_deadline"),
    # the code's lifetime is not whether it stays the same
    ("how long is the code valid?", "ask_code_format"),
    # the two methods asked, no move said
    ("what's the difference between the SMS and the app?", "ask_methods"),
    # the day one will be locked out: the 28 days, not since when
    ("à partir de quel jour je ne pourrai plus reporter ?", "ask_deadline"),
    # closing the window during the set-up: the set-up cut off, not the postponing
    ("I closed the window in the middle of the activation, what now?", "ask_how_enable"),
]


@pytest.mark.parametrize("text, heard, topic", EIGHTEENTH_SESSION_KINDS)
def test_eighteenth_session_kinds_are_read(text, heard, topic):
    assert reading(heard, text)[0] == topic


@pytest.mark.parametrize("text, heard", EIGHTEENTH_SESSION_LEFT_ALONE)
def test_eighteenth_session_rules_leave_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# why it became mandatory, asked with "why" first, in a tie with since when (bot/nlu/why_now.py;
# "Why has 2FA been made mandatory on the portal?" fell back, a plain question of DEV39)
@pytest.mark.parametrize("text, heard, topic", [
    ("Why has two-factor been made compulsory for everyone?", "ask_since_when", "ask_why_2fa"),
    ("pourquoi la 2FA a été rendue obligatoire sur le portail ?", "ask_since_when", "ask_why_2fa"),
    ("Why has it been made mandatory?", "ask_why_2fa", "ask_why_2fa"),
])
def test_why_it_became_mandatory_is_the_reason(text, heard, topic):
    assert reading(heard, text)[0] == topic


@pytest.mark.parametrize("text, heard", [
    ("why does it say since when it became mandatory?", "ask_since_when"),  # "when" asked
    ("since when is it mandatory?", "ask_since_when"),
    ("depuis quand est-ce obligatoire et pourquoi ?", "ask_since_when"),  # the date first
])
def test_a_date_asked_stays_since_when(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# no network where one is or goes, will one still get in (bot/nlu/offline_app.py; thirty-ninth
# outsider check, F3): whether the app works without a network, the methods' answer
@pytest.mark.parametrize("text, heard", [
    ("et si y a pas de réseau sur le chantier ?", "ask_deadline"),
    ("going to Canada without roaming, can I still log in to the portal?", "sms_not_received"),
    ("sans itinérance à l'étranger, je pourrai quand même me connecter ?", "ask_deadline"),
])
def test_no_network_where_one_goes_is_the_offline_answer(text, heard):
    assert reading(heard, text)[0] == "ask_methods"


@pytest.mark.parametrize("text, heard", [
    ("what if the code does not arrive?", "sms_not_received"),
    ("et si je perds mon téléphone ?", "phone_changed"),
    ("no network in the basement, I'd like to switch to the app", "request_switch_method"),
])
def test_what_if_without_a_network_is_left_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# The nineteenth session's readings, made from DEV40-41's first-sight misses (written blind);
# each kind in other words than the set's line, and what each rule leaves alone
NINETEENTH_SESSION_KINDS = [
    # the code changing all the time is not a code at every login (bot/nlu/code_every_time.py)
    ("Dans l'appli les chiffres changent tout le temps, je dois les taper au bout de combien de"
     " temps ?", "ask_code_format", None),
    # how long the code stays valid, with it named (bot/nlu/code_asked.py)
    ("Une fois reçu, le code reste valable combien de temps ? Enfin, combien de temps reste-t-il"
     " valable ?", "ask_remember_device", "ask_code_format"),
    ("How long does the code stay valid once the app shows it?", "ask_remember_device",
     "ask_code_format"),
    # the postponing gone and the account's fate asked (bot/nlu/skipped_until_now.py)
    ("The 'not now' option has disappeared from the popup. Is my account blocked?", "out_of_scope",
     "ask_my_status"),
    ("Plus de bouton pour reporter depuis ce matin, que se passe-t-il avec mon compte ?",
     "ask_deadline", "ask_my_status"),
    # what this extra thing is, a password said to have been enough (bot/nlu/why_now.py)
    ("My password used to be enough. What's this extra step and how does it work?", "ask_why_2fa",
     "ask_what_is_2fa"),
    # a code typed late and bounced (bot/nlu/old_code.py)
    ("Got the text, typed the numbers in twenty minutes later and it bounced me back to login",
     "sms_not_received", "code_rejected"),
    # the successor to take over the account of someone gone with the phone
    ("Notre directeur est parti avec son portable et la double authentification dessus. Comment"
     " sa remplaçante peut récupérer l'accès au compte ?", "ask_how_enable", "phone_changed"),
    # a number to write down for someone who would rather call (bot/nlu/where_to_send.py)
    ("Mon père ne sait pas utiliser le chat, il préfère téléphoner. Qu'est-ce que je lui note ?",
     "out_of_scope", "ask_contact"),
    # the texts waited for, an authenticator in use elsewhere, used instead (bot/nlu/sms_to_app.py)
    ("J'attends un SMS à chaque connexion. J'ai déjà Google Authenticator, je peux l'utiliser à"
     " la place ?", "sms_not_received", "request_switch_method"),
    ("Our IT now requires an authenticator app for every tool, and my login still sends codes to"
     " my phone. How do I switch it?", "phone_changed", "request_switch_method"),
    # a person demanded after asking whether a machine answers (bot/nlu/person_asked.py)
    ("Is this a robot? I want a real person to handle my case.", "bot_challenge", "request_human"),
    # what the provider was worried about (bot/nlu/what_made_it_change.py)
    ("Can you tell me what you guys were so worried about to add this?", "ask_what_is_2fa",
     "ask_why_2fa"),
    # whether it was already required at a past moment (bot/nlu/always_or_new.py)
    ("Was the code at login already mandatory back in March, or was a password enough?",
     "ask_why_2fa", "ask_since_when"),
    # the phone's clock set by hand, the app's codes refused (bot/nlu/phone_clock.py)
    ("J'ai réglé l'heure de mon téléphone à la main et maintenant les codes de l'appli sont"
     " refusés", "ask_my_status", "code_rejected"),
    # help asked about 2FA as a whole (bot/nlu/help_word.py)
    ("I need help with 2FA", "ask_why_2fa", "greet"),
    ("j'ai un problème avec la double authentification svp", "ask_what_is_2fa", "greet"),
    # the API asked about (bot/nlu/sim_lines.py; thirty-ninth outsider check, F6)
    ("Do our API integrations need the second factor too?", "ask_deadline", "out_of_scope"),
    # DEV42-43's kinds (first scored on the rules above)
    # the same computer that never moves, asked at every session (bot/nlu/code_every_time.py)
    ("I use the same PC every day at the front desk and it still doesn't recognise me each"
     " morning", "out_of_scope", "ask_remember_device"),
    # "lappli" in one word (bot/nlu/sms_to_app.py)
    ("je voudrais basculer de lappli vers le sms", "ask_enable_sms", "request_switch_method"),
    # a full phone, nothing more can be added (bot/nlu/no_smartphone.py)
    ("Mon téléphone a la mémoire pleine, je ne peux rien installer. Il y a une autre solution ?",
     "ask_enable_app", "ask_enable_sms"),
    # someone who did it for everyone, "does that include me?" (active_on_my_account.py)
    ("Our admin says he turned it on for the whole team. Does that include me?", "ask_since_when",
     "ask_my_status"),
    # codes coming by text, an authenticator used by everyone, a move asked
    ("Our codes are coming by text but we already use Authy for everything else, can we move"
     " over?", "ask_why_2fa", "request_switch_method"),
    # what will be asked on top of before (bot/nlu/extra_code.py)
    ("Qu'est-ce qu'on va me demander de plus qu'avant quand je me connecte ?", "ask_how_enable",
     "ask_what_is_2fa"),
    # the same code generator as for another tool, for the portal (authenticator_too.py)
    ("Nous avons un générateur de codes pour la compta ; on veut utiliser le même pour le"
     " portail, quelles sont les manips ?", "ask_methods", "ask_enable_app"),
    # several accounts in the app, the code refused (bot/nlu/code_asked.py)
    ("I have three accounts in Google Authenticator and the portal rejects whatever I type, wrong"
     " entry maybe?", "ask_enable_app", "code_rejected"),
    # the number given at the start, an authenticator now imposed
    ("Au début j'avais donné mon numéro de mobile ; maintenant l'entreprise impose Google"
     " Authenticator partout.", "ask_enable_app", "request_switch_method"),
    # the recommended choice's reason, its label quoted (what_made_it_change.py)
    ("« Oui, je veux utiliser la double authentification… (recommandé) » : recommandé pourquoi,"
     " quel risque ?", "ask_how_enable", "ask_why_2fa"),
    # a pattern of dots after the method that is not the texts (bot/nlu/qr_described.py)
    ("I chose the option that's not SMS and now I see a grid of black dots, what do I do?",
     "ask_enable_sms", "ask_enable_app"),
    # where to write, by email (bot/nlu/where_to_send.py)
    ("Company policy: email only. Where do I write to about the login codes?", "ask_how_enable",
     "ask_contact"),
    # DEV45's kinds (first scored on the rules above)
    # how it is supposed to work, a password said to have been enough (bot/nlu/extra_code.py)
    ("A password used to be enough for me. Explain how this is supposed to work now?",
     "ask_why_2fa", "ask_what_is_2fa"),
    # a tool that runs on the phone, wished for someone without network (codes_made_on_the_phone)
    ("Ma collègue n'a pas de réseau sur le chantier, elle voudrait un outil qui tourne sur son"
     " portable hors ligne. Comment elle le met en place ?", "ask_how_enable", "ask_enable_app"),
    ("I need a way to log in that doesn't depend on texts being delivered, there's no signal"
     " here. How do I set that up?", "ask_enable_sms", "ask_enable_app"),
    # an invoice's line, the question referring back to it (bot/nlu/sim_lines.py)
    ("Il y a une ligne bizarre sur notre facture de mai. Vous pouvez me dire à quoi elle"
     " correspond ?", "ask_what_is_2fa", "out_of_scope"),
    # SIM cards to activate, "how do I do that?"
    ("We just got twenty new SIM cards to activate for our meters. How do I do that?",
     "ask_how_enable", "out_of_scope"),
    # the problem the provider means to solve (bot/nlu/what_made_it_change.py)
    ("Passwords worked fine for years. What problem are you trying to fix with this?",
     "ask_what_is_2fa", "ask_why_2fa"),
    # fixed per user, like a PIN, asked for an auditor, heard as why
    ("Is the number typed after the password fixed for each user, like a PIN?", "ask_why_2fa",
     "ask_code_format"),
    # the days one has left asked (bot/nlu/where_i_stand.py)
    ("I only got my login last week. Do I still have days left before the phone step?",
     "phone_changed", "ask_my_status"),
    # the app set up before, the numbers wished by text from now on (bot/nlu/drop_the_app.py)
    ("I installed the authenticator app in January but I'd rather have the codes sent as a"
     " message from now on.", "ask_enable_sms", "request_switch_method"),
    # the portal's interface language (bot/nlu/sim_lines.py)
    ("Comment changer la langue de l'interface du portail ?", "ask_language", "out_of_scope"),
    # fortieth outsider check: how long one has to turn it on, the thing unnamed (F4); a code
    # sent though nothing was asked (F3; the warning, not the SMS steps: bot/rasa_ext/nlg.py)
    ("how long do we have to enable it?", "ask_how_long", "ask_deadline"),
    ("combien de temps j'ai pour l'activer ?", "ask_how_long", "ask_deadline"),
    ("why did you send me a code? I didn't ask for anything", "ask_why_2fa", "sms_not_received"),
    ("pourquoi vous m'envoyez un code alors que j'ai rien demandé", "ask_my_status",
     "sms_not_received"),
    # F2: the support's number asked for in the imperative
    ("ok give me the phone number then", "phone_changed", "ask_contact"),
    ("bon, donnez-moi le numéro du support svp", "ask_reference", "ask_contact"),
    # DEV46-47's kinds (first scored on the rules above)
    # declining each time, "if he keeps on like this" (bot/nlu/skipped_until_now.py)
    ("Mon collègue décline chaque fois la proposition de sécurité. S'il continue comme ça, il se"
     " passe quoi ?", "ask_how_enable", "ask_deadline"),
    # a code said invalid every time, mistyped (bot/nlu/code_every_time.py)
    ("le code est invlide a chaque fois", "ask_remember_device", "code_rejected"),
    # the new line taken, the portal still texting "the old one" (bot/nlu/number_changed.py)
    ("J'ai une nouvelle ligne, mais le site continue d'envoyer tous ses codes à l'ancienne.",
     "sms_not_received", "phone_changed"),
    # the popup's yes about to be chosen, what follows asked (bot/nlu/yes_chosen.py)
    ("If I click yes on that popup, what happens next?", "ask_deadline", "ask_how_enable"),
    ("Si je dis oui dans la fenêtre, qu'est-ce qui se passe ensuite ?", "ask_deadline",
     "ask_how_enable"),
    # a phone at the bottom of the water, a phone pickpocketed (bot/nlu/phone_lost.py)
    ("My phone fell into the harbour this morning and I can't log in.", "ask_my_status",
     "phone_changed"),
    ("Someone pickpocketed me on the metro and my phone is gone, am I locked out?",
     "ask_my_status", "phone_changed"),
]
NINETEENTH_SESSION_LEFT_ALONE = [
    # a code at every login, the code not said to change: the box
    ("Est-ce que je dois taper le code à chaque fois ?", "ask_remember_device"),
    # the code valid on a computer: the 30 days
    ("combien de temps le code reste valable sur mon ordinateur", "ask_remember_device"),
    # the postponing gone, nothing asked about the account: the 28 days
    ("The skip button is gone, what now?", "ask_deadline"),
    # a clock named without a refused code
    ("Does the app need the phone's time to be right?", "ask_enable_app"),
    # a person asked whether it is one, nothing demanded
    ("Are you a robot or a human?", "bot_challenge"),
    # help with one thing named: that thing
    ("I need help with the SMS code that never arrives", "sms_not_received"),
    # a successor who gets his own login: the set-up
    ("Our manager retired; the new manager has her own login, how does she set up the code?",
     "ask_how_enable"),
    # "does this apply to me as well?" is whether 2FA applies, not whether it was done for me
    ("I only log in for the monthly report. Does this apply to me as well?", "ask_since_when"),
    # an API key asked for is out of scope already; a 2FA question without the API stays
    ("Is 2FA needed for every user of the portal?", "ask_deadline"),
    # several SIM lines, nothing about the app
    ("We have two lines in our account and the portal is slow", "out_of_scope"),
    # a pattern told without choosing the app: left to the classifier
    ("the SMS screen shows a pattern, what is it?", "ask_enable_sms"),
    # the chat's language, not the portal's
    ("Can you answer me in English?", "ask_language"),
    # the question names what it asks: the question sentence alone
    ("On suspend des SIM sur le portail. Pourriez-vous me décrire la procédure d'activation de"
     " la double authentification ?", "ask_how_enable"),
    # a colleague who left, "days left" is not someone leaving
    ("How many days left do I have before the phone step?", "ask_my_status"),
    # a duration after an answer, nothing to turn on named: the answer just read says which
    ("how long is it valid?", "ask_how_long"),
    # a code sent and asked for: the code's question
    ("you sent me a code, how many digits should it have?", "ask_code_format"),
    # a login under way ("je suis en train de me connecter") is no code unasked for
    ("Je suis en train de me connecter, j'ai reçu le code mais je l'ai effacé. Vous pouvez m'en"
     " renvoyer un ?", "request_resend"),
    # « la marche à suivre » for « un réseau de » firms is the steps, not the app offline
    ("Je forme un réseau d'installateurs : quelle est la marche à suivre pour activer la double"
     " authentification ?", "ask_how_enable"),
    # the customer retired, nobody gone with the phone
    ("I'm retired and help a club with its alarms. What is this phone step about?",
     "ask_what_is_2fa"),
    # one's own number, or the request's number, is not the support's
    ("give me my new phone number", "phone_changed"),
    ("donnez-moi le numéro de ma demande", "ask_reference"),
    # a code at every login, nothing refused: the box
    ("je dois taper le code a chaque fois ?", "ask_remember_device"),
    # "yes" said without asking what follows
    ("If I say yes, will it be mandatory for everyone?", "ask_deadline"),
    # a phone found again
    ("I thought my phone was gone but I found it, all good now", "thank"),
    # the mobile network dead, not the phone; enabled with the app before, texts asked now
    ("Pas de réseau mobile à l'atelier, les textos c'est mort. Comment je relie l'appli ?",
     "ask_enable_app"),
    ("J'avais activé la double authentification avec l'appli, comment recevoir désormais les"
     " codes par SMS ?", "request_switch_method"),
]


@pytest.mark.parametrize("text, heard, topic", NINETEENTH_SESSION_KINDS)
def test_nineteenth_session_kinds_are_read(text, heard, topic):
    settled = reading(heard, text)
    if topic is None:  # a rule that misread it no longer does
        assert settled is None or settled[0] == heard
    else:
        assert settled is not None and settled[0] == topic


@pytest.mark.parametrize("text, heard", NINETEENTH_SESSION_LEFT_ALONE)
def test_nineteenth_session_rules_leave_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


def test_every_reading_rule_entry_can_be_reached():
    """An entry whose rule and topic an earlier entry has, with every reading it moves from
    already moved by that earlier entry, is never tried: six such entries had been added
    (review of the nineteenth session's change). Widen the earlier entry instead."""
    unreachable = []
    for k, (rule, topic, heard_as) in enumerate(SITUATIONS):
        earlier = [set(h) for r, t, h in SITUATIONS[:k] if r is rule and t == topic]
        if earlier and set(heard_as) <= set().union(*earlier):
            unreachable.append((k, rule.__name__, topic, heard_as))
    assert unreachable == []


# twentieth session: DEV50-53's kinds (written blind), each in other words than the set's line
TWENTIETH_SESSION_KINDS = [
    # a dispute over when it began (bot/nlu/who_is_right.py)
    ("Mon associé dit qu'on se connectait sans code jusqu'en 2025, moi je dis que non. Qui a"
     " raison ?", "ask_why_2fa", "ask_since_when"),
    ("My boss bets it has always been like this and I say it's recent. Can you settle the bet?",
     "ask_what_is_2fa", "ask_since_when"),
    # a code told refused by the page (bot/nlu/refused_told.py)
    ("Je recopie les chiffres de l'appli et le site les rejette à chaque fois", "ask_code_format",
     "code_rejected"),
    ("Second try and the page keeps rejecting the numbers from my phone", "ask_my_status",
     "code_rejected"),
    # a SIM's data use (bot/nlu/sim_lines.py)
    ("Pourquoi ma carte SIM du tracker a consommé 500 Mo hier ?", "ask_why_2fa", "out_of_scope"),
    ("One of our SIM cards used 3 GB overnight, why?", "ask_why_2fa", "out_of_scope"),
    # what the portal wants from the phone, to explain (bot/nlu/extra_code.py)
    ("Mon père me dit que le site lui demande un truc de son portable, comment lui expliquer ?",
     "ask_why_2fa", "ask_what_is_2fa"),
    ("The portal now asks for something from my colleague's phone and I didn't know what to say",
     "out_of_scope", "ask_what_is_2fa"),
    # no signal, which way asked (bot/nlu/sms_to_app.py)
    ("Je bosse en montagne sans réseau, quelle méthode choisir pour la sécurité du compte ?",
     "ask_how_enable", "ask_enable_app"),
    # codes made on the phone, the passive, while texts come today (codes_made_on_the_phone.py)
    ("I get the digits by text at the moment but I'd like them generated on my phone instead",
     "sms_not_received", "request_switch_method"),
    # installing forbidden, in other words (bot/nlu/no_smartphone.py)
    ("Our handsets are managed by head office, we can't install a single app, how do we do the"
     " new login check?", "ask_how_enable", "ask_enable_sms"),
    # a temp's assignment over, with the number (bot/nlu/someone_elses_phone.py)
    ("The temp who set up the codes on her number finished her assignment last week and now"
     " nobody gets anything", "sms_not_received", "phone_changed"),
    # active on this account (bot/nlu/active_on_my_account.py)
    ("J'ai hérité du compte de l'ancien gérant, la double authentification est-elle active sur"
     " ce compte ?", "ask_how_enable", "ask_my_status"),
    # the code the same every time, with a pronoun (bot/nlu/code_asked.py)
    ("Il me demande un code après le mot de passe, c'est le même à chaque fois ?",
     "ask_what_is_2fa", "ask_code_format"),
    # a person, not a bot (bot/nlu/person_asked.py)
    ("a human not a bot please", "bot_challenge", "request_human"),
    # "not now" clicked by mistake (bot/nlu/declined_the_popup.py; fortieth outsider check, F6)
    ("I hit not now by mistake, am I stuck?", "ask_my_status", "ask_deadline"),
    ("j'ai cliqué sur non par erreur, je peux encore l'activer ?", "ask_my_status", "ask_deadline"),
    # DEV48-49's left kinds, fixed this session (each in other words)
    ("Ma collègue et moi on a parié : elle dit que c'est obligatoire depuis 2023. Qui gagne le"
     " pari ?", "ask_code_format", "ask_since_when"),
    ("Le portable du chef de chantier est plein à craquer, impossible d'y mettre une appli."
     " Comment il fait ?", "ask_since_when", "ask_enable_sms"),
    ("I had set up Microsoft Authenticator but IT has now banned apps on work phones. Can I get"
     " the codes by text from now on?", "ask_enable_sms", "request_switch_method"),
    ("Notre directeur veut vous envoyer un courrier signé sur la sécurité du compte, à quelle"
     " adresse doit-on l'envoyer ?", "ask_how_enable", "ask_contact"),
    ("I recorded a video of the login popup glitching, how can I send it to someone at your end?",
     "request_human", "ask_contact"),
    ("Back from six months at sea. Where do I stand with the new login rule?", "ask_since_when",
     "ask_my_status"),
    # DEV54-55's kinds (first scored on the rules above), each in other words
    ("Mon seul portable est un vieux modèle à touches, je pourrai quand même me connecter ?",
     "request_resend", "ask_enable_sms"),
    ("I typed my number and hit continue, but the phone just won't buzz", "code_rejected",
     "sms_not_received"),
    ("My bank doesn't make me do this, why does a SIM portal need it?", "out_of_scope",
     "ask_why_2fa"),
    ("On s'est fait pirater un compte mail l'an dernier, c'est à cause de ce genre d'histoire que"
     " le portail demande un code ?", "ask_since_when", "ask_why_2fa"),
    ("Our drivers log in from the same computers all day and the extra step drives them mad",
     "ask_remember_device", "ask_remember_device"),
    ("Je prépare la liste des numéros utiles pour l'atelier, pour le support je mets quoi ?",
     "ask_enable_app", "ask_contact"),
    ("I copied the numbers on a post-it for my colleague who logs in tomorrow, will it work?",
     "ask_code_format", "ask_code_format"),
    ("Some of my staff keep brushing off the security popup. Will they end up locked out?",
     "ask_why_2fa", "ask_deadline"),
    # forty-first outsider check (F5, F6), in other words
    ("I used to skip it every morning, now it won't let me in anymore", "still_failing",
     "ask_deadline"),
    ("j'appuie sur le bouton Continuer et il ne se passe rien", "ask_deadline", "still_failing"),
    ("c'est quoi mon mot de passe ?", "ask_what_is_2fa", "out_of_scope"),
    # DEV56-57's kinds, in other words
    ("My manager says she set up the security thing for me on Monday, but nothing has changed"
     " when I log in", "ask_since_when", "ask_my_status"),
    ("Est-ce que j'ai activé la sécurité ou pas ? Je ne m'en souviens plus", "ask_why_2fa",
     "ask_my_status"),
    ("Je suis sur l'écran qui me demande de choisir une méthode, et j'ai déjà Authy pour la banque",
     "ask_enable_sms", "ask_enable_app"),
    ("I typed the numbers and got an error message in red", "sms_not_received", "code_rejected"),
    ("Je suis la seule de l'agence qui ne l'a pas encore fait, les autres ont un truc sur leur"
     " téléphone", "sms_not_received", "ask_how_enable"),
    ("Un collègue m'a transféré par WhatsApp le code de son téléphone, ça marche ?",
     "ask_code_format", "ask_code_format"),
    ("On a préféré attendre avant de l'activer, est-ce que ça pose un problème ?", "ask_why_2fa",
     "ask_deadline"),
    ("Je n'ai pas de smartphone pour ça, l'hôpital interdit toute appli sur nos téléphones",
     "phone_changed", "ask_enable_sms"),
    ("He won't download a thing on his phone, what can he use?", "ask_enable_sms",
     "ask_enable_sms"),
    ("My phone's storage is totally full, is there another way?", "code_rejected",
     "ask_enable_sms"),
    ("I chose SMS at the start, but there's no signal at the farm, is there another way?",
     "ask_enable_app", "request_switch_method"),
    ("Our phones came with Microsoft Authenticator preinstalled, can the portal use it instead of"
     " texting my number?", "ask_enable_app", "request_switch_method"),
    ("Mon portable est tombé au fond de l'étang, je suis bloqué", "ask_my_status", "phone_changed"),
    ("I want a real voice on the phone, not a chat", "request_human", "request_human"),
    ("Première fenêtre le 3 mars, on est le 20 mars : je peux encore reporter ?", "ask_deadline",
     "ask_my_status"),
    # forty-second outsider check, F5: a successor whose code goes to the absent one's phone
    ("I'm replacing our office manager, the code goes to her phone and she isn't answering",
     "ask_how_enable", "phone_changed"),
    # DEV58-59's kinds, in other words
    ("Notre téléphone de service est bloqué par l'informatique, impossible de télécharger quoi"
     " que ce soit. On fait comment ?", "ask_my_status", "ask_enable_sms"),
    ("How does this new verification step work exactly?", "ask_how_enable", "ask_what_is_2fa"),
    ("Yesterday I could still skip it, today there is no more button. What's happened to my"
     " account?", "ask_deadline", "ask_my_status"),
    ("J'utilisais l'appli mais je voudrais revenir aux codes reçus par SMS, c'est possible ?",
     "ask_enable_sms", "request_switch_method"),
    ("J'ai perdu mon portable, faut vraiment faire un ticket ? C'est pas un peu exagéré ?",
     "phone_changed", "phone_changed"),
    ("Mon collègue passe directement après son mot de passe, moi on me demande le code à chaque"
     " fois", "ask_how_enable", "ask_remember_device"),
    ("The popup first showed up on the 5th, today is the 30th. Am I still in time?", "ask_deadline",
     "ask_my_status"),
    # DEV60-61's kinds (read after their single scoring), in other words
    ("Tout le monde au bureau doit saisir un code à la connexion, mais pas moi. C'est normal ?",
     "ask_remember_device", "ask_my_status"),
    ("Mon collègue me dicte les chiffres au téléphone, je les tape et la page me dit non",
     "ask_code_format", "code_rejected"),
    ("My authenticator is on my own phone, which I leave at home on weekends; the work mobile gets"
     " texts fine", "phone_changed", "request_switch_method"),
    ("I log in from the same workstation about twenty times a day, twenty codes a day!",
     "code_rejected", "ask_remember_device"),
    ("J'écris le numéro le matin pour le garder toute la journée, ça marche ?", "ask_deadline",
     "ask_code_format"),
    ("My dad is 80, all he knows is reading his texts, which option for him?", "ask_how_enable",
     "ask_enable_sms"),
    ("Le saisonnier qui avait configuré le compte est rentré chez lui avec son téléphone, et le"
     " site me demande un code", "code_rejected", "phone_changed"),
    ("If nobody calls me back today we cancel our contract", "out_of_scope", "request_human"),
    ("Le site veut « quelque chose que vous possédez » en plus du mot de passe, je n'ai pas su"
     " répondre à mon stagiaire", "ask_why_2fa", "ask_what_is_2fa"),
]
TWENTIETH_SESSION_LEFT_ALONE = [
    # a dispute with no time in it
    ("My colleague says the code goes by SMS, I say it's the app. Who's right?", "ask_how_enable"),
    # the access refused: the status
    ("le site me refuse l'accès depuis ce matin après trois codes", "ask_my_status"),
    # a password refused
    ("the page keeps rejecting my password", "ask_my_status"),
    # data named with the login: not moved
    ("Est-ce que le code SMS consomme de la data sur ma SIM ?", "ask_code_format"),
    ("Are you a bot?", "bot_challenge"),
    # a document named, the code asked about: where the code goes is the code's
    ("where should the code go?", "ask_code_format"),
    # a person asked for, with a video
    ("I've got a video, can a person call me about it?", "request_human"),
    # no app set up before: forbidden apps are the SMS set-up
    ("IT has banned apps on our phones, how do we get the codes by text?", "ask_enable_sms"),
    # no smartphone and a resend asked: the resend
    ("I only have an old flip phone, can you resend the code?", "request_resend"),
    # a cause named with no step of the portal: not moved
    ("Is that why my invoice went up?", "out_of_scope"),
    # "Continuer" named with no fault told: not moved; a password forgotten is left as heard
    ("Je clique sur Continuer et ensuite ?", "ask_how_enable"),
    ("what is my password for, if there is a code as well?", "ask_what_is_2fa"),
    # no dates of one's own: the 28 days' general rule
    ("Can I still skip it?", "ask_deadline"),
    ("Is 2FA still OK to postpone for 28 days from the 1st login?", "ask_deadline"),
    # 2FA itself called overkill, no ticket named: why
    ("Honestly this whole 2FA is overkill for a SIM portal", "ask_why_2fa"),
    # a code received and typed, nothing said of an error: not the refused code
    ("I typed the code from the SMS, what happens next?", "ask_code_format"),
    # a colleague who asks the customer to send a code: not a channel question either way
    ("Can I get the code by WhatsApp instead?", "ask_methods"),
    # everyone asked, the customer too: not the status
    ("Everyone gets asked for a code, me included, why?", "ask_why_2fa"),
    # the same computer, shared around for the code: not the box
    ("On se relaie sur le même poste, celui qui a le téléphone donne les chiffres aux autres",
     "ask_code_format"),
]


@pytest.mark.parametrize("text, heard, topic", TWENTIETH_SESSION_KINDS)
def test_twentieth_session_kinds_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is not None and settled[0] == topic


@pytest.mark.parametrize("text, heard", TWENTIETH_SESSION_LEFT_ALONE)
def test_twentieth_session_rules_leave_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# twenty-first session: DEV62-63's kinds (written blind, first scored on the session's start),
# each in other words than the set's line: (message, what the classifier might hear, the topic)
TWENTY_FIRST_SESSION_KINDS = [
    ("Notre chef de chantier a appuyé sur non quand la fenêtre est apparue, il risque des ennuis ?",
     "ask_how_enable", "ask_deadline"),
    ("J'ai un portable à clapet, rien ne s'installe dessus ; je ne pourrai plus entrer sur le site ?",
     "ask_what_is_2fa", "ask_enable_sms"),
    ("My partner handles our logins and she's off sick, no idea where we stand with the new"
     " security", "ask_how_enable", "ask_my_status"),
    ("Les codes ne partent que sur le téléphone de Karim, en vacances jusqu'à lundi",
     "ask_code_format", "phone_changed"),
    ("Our finance team wants a written record, not a chatbot. How do we reach you?",
     "ask_how_enable", "ask_contact"),
    ("Pas connecté depuis l'été dernier, un collègue dit que je ne pourrai plus me connecter",
     "ask_deadline", "ask_my_status"),
    ("Why are our parking sensors eating so much data?", "ask_why_2fa", "out_of_scope"),
    ("whats that code thing it keeps asking for", "ask_code_format", "ask_what_is_2fa"),
    ("Is there an app to monitor our SIM lines from a phone?", "ask_enable_app", "out_of_scope"),
    ("Ma femme pense que ce truc de code sur le portail, c'est du pur gadget. Il y a une bonne"
     " raison ?", "sms_not_received", "ask_why_2fa"),
    ("They told me to get a code app but the Play Store has hundreds of them, help",
     "ask_how_enable", "ask_enable_app"),
    ("Can I put my desk phone number in that popup? I'm always at my desk", "sms_not_received",
     "ask_enable_sms"),
    ("C'est quoi ces chiffres reçus par texto, et je les tape où ?", "ask_code_format",
     "ask_code_format"),
    ("After my password it asked for six digits and I have no idea what that step even is",
     "ask_remember_device", "ask_what_is_2fa"),
    ("Je dois envoyer un mode d'emploi à mes techniciens pour la nouvelle connexion",
     "out_of_scope", "ask_how_enable"),
    ("My boss dumped the 2FA memo on my desk. Where should I even begin?", "ask_contact",
     "ask_how_enable"),
    ("J'ai résilié mon ancienne ligne, et la connexion était liée à ce numéro", "ask_how_enable",
     "phone_changed"),
    ("Is 2FA on my account yet? Just give me the steps", "ask_my_status", "ask_how_enable"),
    ("I started in March, where am I on the countdown now?", "ask_deadline", "ask_my_status"),
    # DEV64-65's kinds (first scored on the rules above)
    ("My boss will text me the digits from his phone each time I need in. Will that work?",
     "code_rejected", "ask_code_format"),
    ("On m'a dit de pointer mon portable vers un carré noir et blanc, mais je n'ai rien qui fait"
     " ça", "sms_not_received", "ask_enable_app"),
    ("The site wants a code from me but I never set anything up", "phone_changed",
     "ask_my_status"),
    ("Can the same authenticator app also secure my Outlook mailbox?", "ask_enable_app",
     "out_of_scope"),
    ("Could I possibly get a fresh code please?", "ask_methods", "request_resend"),
    ("how long have we actually got before it locks us out?", "ask_why_2fa", "ask_deadline"),
    ("J'ai peur de cliquer sur la mauvaise option dans la fenêtre et de me bloquer",
     "ask_remember_device", "ask_how_enable"),
    ("Au dépôt on n'a qu'un fixe, quel numéro je dois mettre dans la case ?", "out_of_scope",
     "ask_enable_sms"),
    ("I'm in Spain, what's the full international number for your support line?",
     "ask_what_is_2fa", "ask_contact"),
    ("Are you a machine? Because I'd really like someone real", "bot_challenge", "request_human"),
    ("Une des options dit « recommandé », si je prends celle-là, il se passe quoi après ?",
     "ask_deadline", "ask_how_enable"),
    ("My phone battery died for a week and now the app's numbers are rejected", "phone_changed",
     "code_rejected"),
    ("I live in Ireland now and the portal keeps texting my old French number",
     "sms_not_received", "phone_changed"),
    ("le site est super lent aujourd'hui, c'est normal ?", "ask_my_status", "out_of_scope"),
    ("He kept dismissing it until it stopped giving him the option", "out_of_scope",
     "ask_deadline"),
]
TWENTY_FIRST_SESSION_LEFT_ALONE = [
    # a landline typed already and nothing came: the SMS that never came
    ("J'ai mis le fixe du bureau et rien n'arrive", "sms_not_received"),
    # which app alone: the general steps, by the training data
    ("which app do i need to download?", "ask_how_enable"),
    # the code's own details asked with "this code": the code's answer
    ("What is this code exactly and where do I type it?", "ask_code_format"),
    # a reason with no step of the portal, an app for the codes, the steps of a reset
    ("I have a good reason to call you", "request_human"),
    ("quelle application pour les codes ?", "ask_enable_app"),
    # a person on holiday, the customer going there: not someone else's phone
    ("Je pars en vacances, est-ce que le code arrivera ?", "sms_not_received"),
    # the steps in writing: the steps
    ("can I have the steps in writing?", "ask_how_enable"),
    # only Google's apps forbidden: any other app ("ou similaire")
    ("IT bans Google apps on our iPhones, which one do I pick on that screen?", "ask_enable_app"),
    # a phone given up, a hypothetical: not moved
    ("What if I sell my phone one day?", "ask_deadline"),
    # our portal added to an app used for another product: our set-up
    ("I already use Microsoft Authenticator for Outlook, can I add your portal to it too?",
     "ask_enable_app"),
    # a lock told with the site's slowness: the status
    ("is my account blocked or is the site just slow", "ask_my_status"),
    # "what number do I dial" with only a landline: support's line
    ("I only have a landline here, what number do I dial for help?", "ask_contact"),
    # the school's old mobile is no ordinary mobile: the changed phone stays
    ("Our old school mobile was replaced and the number changed, how do we update it?",
     "phone_changed"),
    # a phone flat and lost: the changed phone
    ("my phone died and then I lost it, codes refused", "phone_changed"),
]


@pytest.mark.parametrize("text, heard, topic", TWENTY_FIRST_SESSION_KINDS)
def test_twenty_first_session_kinds_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is not None and settled[0] == topic


@pytest.mark.parametrize("text, heard", TWENTY_FIRST_SESSION_LEFT_ALONE)
def test_twenty_first_session_rules_leave_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# forty-third outsider check: first messages and follow-ups read alone, in other words than the
# check's (message, what the classifier heard, the topic)
FORTY_THIRD_CHECK = [
    ("and if I have no smartphone at all?", "ask_deadline", "ask_enable_sms"),  # F1
    ("si jamais je n'ai pas de smartphone, je fais comment ?", "ask_deadline", "ask_enable_sms"),
    ("non, je voudrais que vous ouvriez une demande de réinitialisation", "ask_request_status",
     "phone_changed"),  # F2
    ("bon ça marche toujours pas, ouvrez le ticket finalement", "still_failing", "phone_changed"),
    ("the text never shows up and I'd rather talk to a real person, what's your number?",
     "sms_not_received", "request_human"),  # F3
    ("et pour le débloquer je fais comment ?", "ask_how_enable", "ask_my_status"),  # F4
    ("can I just write to you instead?", "affirm", "ask_contact"),
    ("combien d'essais avant que le compte soit bloqué ?", "ask_my_status", "code_rejected"),
    ("which is safer, the app or SMS?", "request_switch_method", "ask_methods"),  # F5
]
FORTY_THIRD_CHECK_LEFT_ALONE = [
    # "do we really have to?" after no smartphone: the delay's question (the training data's)
    ("on n'a pas tous un smartphone, et si on refuse, on est obligés ?", "ask_deadline"),
    # a "no" that refuses the ticket
    ("non, n'ouvrez pas le ticket", "deny"),
    # a lock told: the status
    ("account locked after too many tries, when can i retry", "ask_my_status"),
    # a move asked with the comparison: the switch
    ("is it better to switch me to the app or stay on sms?", "request_switch_method"),
]


@pytest.mark.parametrize("text, heard, topic", FORTY_THIRD_CHECK)
def test_forty_third_check_messages_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is not None and settled[0] == topic


@pytest.mark.parametrize("text, heard", FORTY_THIRD_CHECK_LEFT_ALONE)
def test_forty_third_check_rules_leave_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# forty-fourth outsider check (messages in other words than the check's)
FORTY_FOURTH_CHECK = [
    ("actually, could you get that reset going for me after all?", "ask_what_is_2fa",
     "phone_changed"),  # F2
    ("no I mean the reset ticket, I changed my mind, I want it", "cancel", "phone_changed"),
    ("bon d'accord, basculez-moi sur le SMS", "affirm", "affirm"),  # F6: the offer's yes
    ("laissez tomber, je vais me débrouiller", "cancel", "cancel"),  # F8
    ("vous pouvez pas le débloquer vous-même ?", "ask_contact", "ask_my_status"),  # F12
]


@pytest.mark.parametrize("text, heard, topic", FORTY_FOURTH_CHECK)
def test_forty_fourth_check_messages_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is not None and settled[0] == topic


def test_forget_it_rules_out_the_no():
    """F8: "ok no forget it, I'll manage myself" was the cancel 0.42 and the no 0.41, a tie."""
    assert reading("cancel", "ok no forget it, I'll manage myself") == ("cancel", ("deny",))
    assert reading("deny", "no forget it") is None  # heard as the no: left as heard


# twenty-second session: DEV66-67's kinds (written blind at the twenty-first session's end),
# each in other words than the set's line (message, what the classifier heard, the topic)
TWENTY_SECOND_SESSION_KINDS = [
    # codes by text today, an authenticator just installed for other tools, a move asked
    ("Pour le moment ça arrive sur mon numéro, mais on vient d'installer Authy pour la compta."
     " On peut y mettre le portail ?", "ask_enable_app", "request_switch_method"),
    ("At the moment it goes to my mobile each time; I've just installed Microsoft Authenticator"
     " for Teams, can the portal live in there too?", "ask_enable_app", "request_switch_method"),
    ("Tired of digging through my messages for that text. Authy already holds my other logins.",
     "ask_enable_app", "request_switch_method"),
    # the numbers going to a mobile, an app preferred and the swap asked
    ("The codes go to the mobile of our old manager; we'd rather have an app on the shared"
     " tablet, how do we change?", "ask_enable_app", "request_switch_method"),
    # the skip button gone, asked whether it was removed on purpose
    ("Le bouton pour repousser n'est plus là, c'est vous qui l'avez retiré ?", "ask_how_enable",
     "ask_deadline"),
    # the code's sameness asked with the code named first
    ("les chiffres sont les memes a chaque connexion ou ils changent ?", "ask_remember_device",
     "ask_code_format"),
    # the app's timer
    ("Dans l'appli il y a un petit rond à côté du code qui se vide, je dois taper avant qu'il"
     " disparaisse ?", "ask_deadline", "ask_code_format"),
    # a device reset, a past year shown, the app's codes refused
    ("My tablet was factory reset and now shows the date as 2015; the authenticator codes get"
     " rejected", "ask_my_status", "code_rejected"),
    # a language-speaking person asked for without "talk to"
    ("Do you have a French-speaking agent? My English is poor.", "ask_language", "request_human"),
    ("Vous avez un conseiller anglophone ? C'est pour mon collègue.", "ask_language",
     "request_human"),
    # the landline or the mobile asked on the number field, and the 0 or the country code
    ("il me demande un numéro, je tape le fixe ou le portable ?", "ask_enable_sms",
     "ask_enable_sms"),
    ("On the number screen, with the 0 or with +44?", "ask_enable_sms", "ask_enable_sms"),
    # no extra app allowed by company policy
    ("Our phones are locked down by IT, no third-party apps. How else can we log in?",
     "ask_enable_app", "ask_enable_sms"),
    # a mobile app of the portal asked plainly, a certificate warning
    ("Vous avez une application mobile pour le portail ou c'est uniquement sur navigateur ?",
     "ask_enable_app", "out_of_scope"),
    ("Firefox says the connection to your site is not secure, certificate error. Should I go on?",
     "ask_why_2fa", "out_of_scope"),
    # an app put on the phone by someone else, not understood
    ("My nephew put an app on my phone that shows numbers that keep changing, for the SIM site."
     " I don't understand what it's for.", "ask_why_2fa", "ask_what_is_2fa"),
    # sent back to the login page after the password, from the customer's side
    ("après mon mot de passe la page tourne et je me retrouve sur la page de connexion, pourquoi ?",
     "ask_how_enable", "ask_my_status"),
    # a text said not to have come, then taken back, and refused
    ("no text came... actually it did come, but the site says the code is invalid",
     "sms_not_received", "code_rejected"),
    # the time it took to type the code
    ("I took two minutes to type it and now it won't pass, it says invalid", "ask_code_format",
     "code_rejected"),
    # the reason guessed from a story
    ("One of our drivers had his mailbox hacked after a phishing email. Is the new code step"
     " about that kind of attack?", "ask_what_is_2fa", "ask_why_2fa"),
    # the number typed may be the other line
    ("Je crois que le numéro que j'ai saisi c'est peut-être le pro, et le téléphone pro est resté"
     " au bureau", "phone_changed", "sms_not_received"),
]
# DEV68-69's kinds (written blind this session), in other words than the sets'
TWENTY_SECOND_SESSION_KINDS += [
    # no signal where one works, nothing set up yet, which way asked: the app
    ("On bosse dans une cave sans aucun réseau mobile, rien n'est encore activé, je pars sur quoi"
     " ?", "ask_how_enable", "ask_enable_app"),
    ("Our crews sit in tunnels with no mobile signal, none of them set this up yet; we need"
     " something that will work down there", "ask_what_is_2fa", "ask_enable_app"),
    # set up with texts, an authenticator put on every phone since
    ("We set it up with SMS last year; IT has since rolled out Google Authenticator to every"
     " handset and I'm still receiving texts for the portal", "ask_enable_app",
     "request_switch_method"),
    # the line suspended, the app on the same phone
    ("Notre ligne mobile est coupée pour un impayé, j'ai Authy sur le même téléphone, on peut"
     " passer par là ?", "ask_enable_app", "request_switch_method"),
    # the account set to text, Wi-Fi only where one goes
    ("Next month I'm on a ship with wifi but no mobile network, and my account is set to text"
     " me", "ask_my_status", "request_switch_method"),
    # SIM swapping read about, codes by text
    ("Un collègue s'est fait voler sa ligne par un duplicata de SIM ; mes codes arrivent par SMS,"
     " ça m'inquiète", "ask_why_2fa", "request_switch_method"),
    # someone gone with everything on their phone, a successor coming
    ("Our site manager retired last week; everything used to go to his mobile for the shared"
     " account. His successor starts soon.", "ask_how_enable", "phone_changed"),
    # lost count of the postponing
    ("I've lost count of how long I've been saying no to that window, will it lock me one day?",
     "ask_deadline", "ask_my_status"),
    # a SIM's state blamed on 2FA, a SIM operation once 2FA is done
    ("Two of our tracker SIMs have been blocked since Monday, is that because of the new login"
     " security?", "ask_why_2fa", "out_of_scope"),
    ("C'est fait pour la double authentification ; maintenant comment j'active mes nouvelles"
     " cartes SIM ?", "ask_how_enable", "out_of_scope"),
    # a code given to a colleague, the boss's numbers by WhatsApp, a printed list
    ("Can I give my code to a colleague so she can log in while I'm on leave?", "ask_how_enable",
     "ask_code_format"),
    ("Ma patronne va me WhatsApp les chiffres depuis son téléphone, is that going to work ?",
     "ask_what_is_2fa", "ask_code_format"),
    ("On pourrait imprimer une liste de codes pour que les gars n'aient pas besoin de leur"
     " téléphone ?", "phone_changed", "ask_code_format"),
    # skipping the box every time
    ("Can we keep postponing it forever? We barely use the portal.", "ask_remember_device",
     "ask_deadline"),
    # someone else had to do it, am I next
    ("Ma collègue a dû faire le code la semaine dernière, moi rien. Je suis concernée aussi ou"
     " pas encore ?", "ask_code_format", "ask_my_status"),
    # a new screen after an absence, an announcement missed
    ("Back from three months abroad and there's a new step after my password. Was there an"
     " announcement I missed?", "ask_what_is_2fa", "ask_since_when"),
    # a phone back from repair, blank
    ("My phone was swapped under warranty and the new one is completely blank, the portal still"
     " wants the six digits", "sms_not_received", "phone_changed"),
    # abroad, the others' texts arrive, ours never
    ("I'm roaming in Spain, every other text arrives, yours never", "out_of_scope",
     "sms_not_received"),
    # the on-call phone never buzzed
    ("The duty phone hasn't buzzed once since I started the set-up", "code_rejected",
     "sms_not_received"),
    # the same desk, the phone fetched every time
    ("Same desk every day, nobody else uses it, and I spend my time digging out my phone to log"
     " in", "phone_changed", "ask_remember_device"),
    # leeway for newcomers
    ("New drivers start next week and will see the security popup; how much leeway do they"
     " get?", "ask_how_enable", "ask_deadline"),
    # the yes clicked, then cut off
    ("J'ai cliqué sur oui hier puis l'ordi a planté, je fais quoi maintenant ?", "ask_my_status",
     "ask_how_enable"),
    # the new step feared as a hack, the ask told first
    ("My mum thinks she's been hacked because the site asks for a code after her password",
     "ask_why_2fa", "ask_what_is_2fa"),
]
TWENTY_SECOND_SESSION_LEFT_ALONE = [
    # the phone with the other line lost: the reset
    ("the number I typed might be the work one, and that phone was stolen", "phone_changed"),
    # a text that never came, no correction
    ("pas recu le sms, enfin toujours rien apres 10 min", "sms_not_received"),
    # the app wished with no SMS in use: the app's set-up
    ("I've just installed Authy, how do I add the portal?", "ask_enable_app"),
    # an authenticator named for the portal's login: no portal app
    ("Is there an authenticator app for M2Mmanager?", "ask_enable_app"),
    # the popup's button to turn 2FA off asked: the "no"
    ("is there a button to turn 2fa off", "ask_why_2fa"),
    # a SIM suspended alone, no 2FA named: the SIM rule's own, not this one's
    ("my phone line was suspended and now no code comes", "sms_not_received"),
    # a successor with their own login: the set-up
    ("Our site manager retired; his replacement will have her own login, how does she set up"
     " the code?", "ask_how_enable"),
    # a phone repaired with the app kept: the code refused stays
    ("my phone came back from repair with everything restored and the codes are refused",
     "code_rejected"),
    # skipping the code once: turning it off is the "no"
    ("can I skip the code today", "ask_why_2fa"),
]


@pytest.mark.parametrize("text, heard, topic", TWENTY_SECOND_SESSION_KINDS)
def test_twenty_second_session_kinds_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is not None and settled[0] == topic


@pytest.mark.parametrize("text, heard", TWENTY_SECOND_SESSION_LEFT_ALONE)
def test_twenty_second_session_rules_leave_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# forty-fifth outsider check: its messages read, in other words than the check's
FORTY_FIFTH_CHECK = [
    # F1: a bare why about the answer just read, heard as another topic
    ("pourquoi je ne peux pas le faire ici ?", "ask_deadline", "ask_why_2fa"),
    ("why do I have to wait?", "ask_my_status", "ask_why_2fa"),
    ("c'est quoi ce verrouillage exactement ?", "ask_what_is_2fa", "code_rejected"),
    # F2/F3: a code asked of someone who never set anything up
    ("we never set up anything and now the site wants a code", "out_of_scope", "ask_my_status"),
    ("Never enabled anything but it's asking me for six digits, help!", "request_human",
     "ask_my_status"),
    # F3: the time left beside an activation the portal asks for
    ("il me demande d'activer la sécurité, on a combien de temps ?", "ask_since_when",
     "ask_deadline"),
    # F6: the call wanted again after its withdrawal
    ("actually I'd like a new reference after all", "ask_reference", "request_human"),
    ("finalement je veux l'appel", "affirm", "request_human"),
    # fifty-third outsider check, F1: the README's own words, heard as the switch or out of scope
    ("I'd like the call after all", "request_switch_method", "request_human"),
    ("hmm actually I'd like the call after all", "out_of_scope", "request_human"),
    # fifty-fourth outside check, F7: a typo in the number typed at the set-up
    ("the number I typed in the popup has a typo, nothing comes", "phone_changed", "sms_not_received"),
    ("j'ai mis celui du standard au lieu de mon portable", "phone_changed", "sms_not_received"),
    # fifty-fourth outside check, F2
    ("hmm, on second thought I do want the call", "ask_contact", "request_human"),
    ("à la réflexion, je veux bien l'appel", "affirm", "request_human"),
    # F7: what now that the reset is done
    ("the reset is done, what now?", "phone_changed", "ask_my_status"),
    # F9: the time left before it becomes mandatory, read alone as a second question's part
    ("how much time have we got before two factor is compulsory?", "ask_deadline",
     "ask_deadline"),
]


@pytest.mark.parametrize("text, heard, topic", FORTY_FIFTH_CHECK)
def test_forty_fifth_check_messages_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is not None and settled[0] == topic


@pytest.mark.parametrize("text", [
    "pourquoi la double authentification ?",  # why 2FA itself: the classifier's own reading
    "why is 2fa mandatory",
])
def test_a_why_with_its_own_subject_is_no_bare_why(text):
    from bot.nlu.reason_asked import asks_why_of_the_answer

    assert not asks_why_of_the_answer(text)


def test_forty_fifth_check_focus_readers():
    from bot.nlu.remember_asked import (
        asks_about_a_shared_computer,
        asks_what_happens_after_the_days,
    )
    from bot.nlu.resend_greyed import resend_greyed
    from bot.nlu.sms_expired import sms_code_expired

    assert resend_greyed("Renvoyer est en gris, impossible de cliquer")
    assert not resend_greyed("j'ai cliqué sur Renvoyer et rien")
    assert sms_code_expired("my text code says expired")
    assert not sms_code_expired("the authenticator code says expired")
    assert asks_about_a_shared_computer("on a un ordinateur partagé à l'accueil, je coche ?")
    assert not asks_about_a_shared_computer("can I share the code with a colleague?")
    assert asks_what_happens_after_the_days("what happens after the 30 days?")
    assert not asks_what_happens_after_the_days("I have 28 days to set it up")


@pytest.mark.parametrize("text, rest", [
    # F4: the words before the correction are taken back
    ("Je dois activer la 2FA, non en fait c'est pour mon collègue qui a changé de téléphone",
     "c est pour mon collegue qui a change de telephone"),
    ("the app... no sorry I mean the text never came to my phone", "the text never came to my phone"),
    ("I mean, what happens when the 28 days are over?", "what happens when the 28 days are over"),
])
def test_what_follows_a_correction_is_read(text, rest):
    from bot.nlu.correction import after_correction

    assert after_correction(text) == rest


@pytest.mark.parametrize("text", [
    "en fait je n'ai pas reçu le code",  # « en fait » alone corrects nothing
    "non pardon, oui",  # too short to be a question
    "actually the code never came",
    # "how am I meant to…" (DEV18, DEV51, DEV53: read as a correction, the set-up came)
    "Nothing installs on our phones. How am I meant to get through the new login security?",
])
def test_no_correction_is_read_where_there_is_none(text):
    from bot.nlu.correction import after_correction

    assert after_correction(text) is None


# forty-sixth outsider check: its messages read, in other words than the check's
FORTY_SIXTH_CHECK = [
    ("ok actually yes, move me to the text messages", "request_switch_method",
     "request_switch_method"),  # F3 (the yes ruled out below)
    ("non, remettez-moi sur les SMS", "deny", "request_switch_method"),  # F3
    ("could we disable 2fa for the service account our scripts use?", "out_of_scope", "ask_why_2fa"),  # F12
    ("je veux juste recevoir le code sur mon nouveau numéro", "ask_code_format",
     "phone_changed"),  # F7
    ("et c'est vraiment sûr ?", "ask_remember_device", "ask_why_2fa"),  # F5
    ("is it safe?", "bot_challenge", "ask_why_2fa"),  # F4
]


@pytest.mark.parametrize("text, heard, topic", FORTY_SIXTH_CHECK)
def test_forty_sixth_check_messages_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is not None and settled[0] == topic


def test_a_switch_said_with_a_yes_rules_the_yes_out():
    settled = reading("request_switch_method", "actually yes, switch me to the text messages")
    assert settled is not None and "affirm" in settled[1]


# DEV70-71's kinds (written blind, scored once on the session's final rules, then read), in other
# words than the sets'
DEV70_71_KINDS = [
    ("Hier il y avait encore le bouton pour reporter, ce matin il n'est plus là.", "goodbye",
     "ask_deadline"),
    ("All my colleagues got that security window last month; I never did.", "ask_since_when",
     "ask_my_status"),
    ("Notre gérant ne veut pas du chat, il veut un numéro qu'il puisse appeler.", "request_human",
     "ask_contact"),
    ("I'm going round in circles, your bot keeps giving me the same answers", "out_of_scope",
     "request_human"),
    ("The owner's away on a fishing trip and it's his mobile on the account", "ask_how_enable",
     "phone_changed"),
    ("I noted yesterday's SMS code and typed it this morning, the portal won't have it",
     "code_rejected", "code_rejected"),
    ("The site kept counting down the days last week, where am I now?", "ask_my_status",
     "ask_my_status"),
]


@pytest.mark.parametrize("text, heard, topic", DEV70_71_KINDS)
def test_dev70_71_kinds_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is None and heard == topic or settled is not None and settled[0] == topic


# twenty-third session: DEV72-73's kinds (written blind, first scored on the twenty-second
# session's rules), each in other words than the set's line: (text, heard as, topic)
DEV72_73_KINDS = [
    # the phone's clock a few minutes off, the app's numbers never pass
    ("my rugged android is 3 minutes behind and the authenticator numbers never work",
     "sms_not_received", "code_rejected"),
    # no network while the page waits: airplane mode, an outage, no roaming
    ("Mon téléphone est en mode avion dans le train et la page attend toujours le code",
     "ask_remember_device", "sms_not_received"),
    ("There's a carrier outage in our area and I'm stuck on the screen that wants the digits",
     "ask_code_format", "sms_not_received"),
    ("my plan has no roaming and i'm waiting for the login digits i'm supposed to get",
     "ask_enable_sms", "sms_not_received"),
    # the inbox empty after « Renvoyer »
    ("J'ai appuyé trois fois sur Renvoyer, ma messagerie est toujours vide", "ask_enable_sms",
     "sms_not_received"),
    # a phone without Google's services; no camera to scan with, the texts fine
    ("We only have Huawei phones without Google services, how do we secure the login?",
     "ask_enable_app", "ask_enable_sms"),
    ("La caméra de son portable est cassée, mais il reçoit ses SMS sans souci. Il fait comment ?",
     "ask_why_2fa", "ask_enable_sms"),
    ("he can't scan anything with that phone, but his texts come in fine", "ask_enable_app",
     "ask_enable_sms"),
    # set up by texts with a phone that takes no apps: not a switch
    ("My mobile is a cheap one that can't install apps, I'd rather not upgrade. Can I do it with "
     "texts?", "ask_enable_sms", "ask_enable_sms"),
    # an attack told, "is that what this is about?"
    ("Notre concurrent s'est fait pirater et maintenant le portail veut un code. C'est pour ça ?",
     "ask_what_is_2fa", "ask_why_2fa"),
    # the portal's own mobile app asked as a version
    ("Do you have an iPhone app version of M2Mmanager?", "ask_enable_app", "out_of_scope"),
    # a code said not to work, in three words
    ("le code marche pas", "still_failing", "code_rejected"),
    # the popup's two choices told, neither understood
    ("There are two buttons on that box and I don't know which one to press or what comes next",
     "ask_how_enable", "ask_how_enable"),
    # the screen that did not want the code, the portal that disagrees
    ("Le SMS est arrivé tard et quand je l'ai tapé, la page n'en voulait plus", "sms_not_received",
     "code_rejected"),
    ("Typed 5 5 1 2 0 9 twice, the page disagrees every time", "ask_my_status", "code_rejected"),
    # the number given to a new colleague, who gets the texts
    ("Ma ligne a été réattribuée à une stagiaire, c'est elle qui reçoit les SMS maintenant",
     "sms_not_received", "phone_changed"),
    # "is anybody there?" after the same article again
    ("Every reply is a link to the same FAQ page. Is anyone actually reading this?",
     "bot_challenge", "request_human"),
    # the skip's refusal gone, told without "skip"
    ("Plus de bouton « Non, pas maintenant » depuis ce matin, juste le bouton pour continuer",
     "ask_deadline", "ask_deadline"),
]


@pytest.mark.parametrize("text, heard, topic", DEV72_73_KINDS)
def test_dev72_73_kinds_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is None and heard == topic or settled is not None and settled[0] == topic


# ...and what they leave alone: (text, heard as), no rule settles it
DEV72_73_LEFT_ALONE = [
    # a trip ahead with no signal and the app asked: the app's own question
    ("I'll be offshore with no signal next month, does the authenticator still work there?",
     "ask_methods"),
    # the tutor away, the customer's own phone: how it works is what 2FA is
    ("Mon tuteur est en congé et le portail me demande un truc sur mon téléphone. Comment ça "
     "marche, ce machin ?", "ask_what_is_2fa"),
    # a phone that won't turn on is no call to make
    ("Téléphone qui ne s'allume plus, c'est là-dessus qu'était l'appli", "phone_changed"),
    # where to start after putting it off: the steps
    ("I kept postponing but I want to do it today before my holidays, where do I start?",
     "ask_how_enable"),
    # "nothing in my inbox" (an email)
    ("nothing in my inbox", "out_of_scope"),
]


@pytest.mark.parametrize("text, heard", DEV72_73_LEFT_ALONE)
def test_dev72_73_rules_leave_these_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


def test_a_wrecked_phone_told_with_since_when_is_the_reset():
    """DEV73's kind: « …qui ne s'allume plus depuis hier soir » heard as since when (0.18)."""
    text = "Mon portable est tombé dans l'escalier et ne démarre plus depuis lundi, l'appli était dessus"
    assert reading("ask_since_when", text)[0] == "phone_changed"


@pytest.mark.parametrize("text", ["bon ben comment je corrige le numero alors ?", "how can I correct my number?"])
def test_a_number_to_correct_is_the_changed_phones_answer(text):
    """Forty-fifth outsider check, F5: "how do I correct the number then?" after a wrong number
    typed during the activation fell back; the changed phone's answer says what to do while
    activating (check the number in the popup) and after (the reset)."""
    assert reading("ask_enable_sms", text)[0] == "phone_changed"


# forty-seventh outsider check (F3, F4), in other words than the check's: (text, heard, topic)
FORTY_SEVENTH_CHECK = [
    ("We switched the whole company to another operator but kept our numbers, will 2FA still work?",
     "ask_my_status", "phone_changed"),
    ("j'ai pris une nouvelle carte SIM chez SFR en gardant mon numéro, il faut faire quelque chose ?",
     "out_of_scope", "phone_changed"),
    ("my mobile's battery is flat right now, what do I do to log in?", "ask_my_status", "phone_changed"),
    ("going to Canada on a work trip, can I still log in over there?", "ask_deadline", "ask_methods"),
    ("will the SMS code still come when I'm abroad in Spain?", "sms_not_received", "ask_methods"),
]


@pytest.mark.parametrize("text, heard, topic", FORTY_SEVENTH_CHECK)
def test_forty_seventh_check_kinds_are_read(text, heard, topic):
    assert reading(heard, text)[0] == topic


@pytest.mark.parametrize("text, heard", [
    # the SMS that stopped since the move is the SMS's answer
    ("New carrier since Monday, same number, and since then nothing arrives when I log in", "sms_not_received"),
    # abroad and not arriving now
    ("I'm in Spain and the text never arrives", "sms_not_received"),
    # a laptop's battery is no phone's
    ("my laptop battery died during the set-up, where was I?", "ask_my_status"),
])
def test_forty_seventh_check_rules_leave_these_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# twenty-third session: DEV74-75's kinds (written blind, first scored on the session's rules
# after the forty-seventh check's fixes), in other words: (text, heard as, topic)
DEV74_75_KINDS = [
    ("I typed the digits and the box turned red, tried twice with the same ones", "sms_not_received",
     "code_rejected"),
    ("Notre technicien qui avait mis son portable perso sur le compte est parti, et tout va encore chez lui",
     "ask_how_enable", "phone_changed"),
    ("On prépare un panneau pour l'atelier avec le numéro à appeler en cas de blocage au code : on y met quoi ?",
     "ask_code_format", "ask_contact"),
    ("A colleague left last week, how do I remove his user account so he can't get into the portal?",
     "ask_how_enable", "out_of_scope"),
    ("Can you also turn on two-factor on our company mailbox Outlook? IT wants the same thing everywhere",
     "ask_how_enable", "out_of_scope"),
    ("someone said there's a checkbox you tick so it stops asking for a month, where?", "out_of_scope",
     "ask_remember_device"),
    ("if the code ever fails, who exactly should we call?", "ask_code_format", "ask_contact"),
    ("Mon portable ne reçoit strictement rien depuis que j'ai choisi le SMS", "ask_how_enable", "sms_not_received"),
    ("ma boîte de messages était saturée, j'ai fait le ménage, toujours rien", "still_failing", "sms_not_received"),
    ("the burglars took the office phones, can't get past the login", "ask_contact", "phone_changed"),
    ("I'd rather dial myself than wait to be called back: what do I dial?", "request_human", "ask_contact"),
    ("Je veux désinstaller l'appli, elle prend de la place. Je peux repasser aux SMS ?", "ask_enable_sms",
     "request_switch_method"),
    ("our phones are all +32 numbers and the text never lands, is the country code the problem?", "ask_contact",
     "sms_not_received"),
    ("We'd rather continue with just the password until the merger. OK?", "ask_deadline", "ask_deadline"),
    ("The popup stopped showing. Did I say yes to it by mistake?", "ask_why_2fa", "ask_my_status"),
    ("Can the manager text it to me the evening before so I'm ready at 8?", "ask_how_enable", "ask_code_format"),
    ("The app shows 123 456 with a space, do I type the space?", "out_of_scope", "ask_code_format"),
    ("Can I write one down and keep it in my purse just in case?", "ask_code_format", "ask_code_format"),
]


@pytest.mark.parametrize("text, heard, topic", DEV74_75_KINDS)
def test_dev74_75_kinds_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is None and heard == topic or settled is not None and settled[0] == topic


# DEV76-77 (written blind, first scored on the twenty-third session's final rules): each kind
# they missed, in other words than the set's line: (text, what the classifier might hear, topic)
DEV76_77_KINDS = [
    ("Mon grand-père ne sait pas installer d'applis, il lit juste ses SMS. Il fait comment ?",
     "ask_enable_app", "ask_enable_sms"),
    ("My phone is locked down by head office and won't let me install anything. What now?",
     "ask_my_status", "ask_enable_sms"),
    ("Nobody on my crew wants one more app on their phone, how do they get the codes?",
     "out_of_scope", "ask_enable_sms"),
    ("J'ai configuré le SMS le mois dernier mais je voudrais tout centraliser dans Google Authenticator.",
     "ask_enable_app", "request_switch_method"),
    ("I keep closing that popup and saying later. So far it still lets me in.", "ask_how_enable",
     "ask_deadline"),
    ("Je repousse à chaque connexion, et pour l'instant ça passe encore", "ask_how_enable", "ask_deadline"),
    ("Where can I download the login history of our users for the last quarter?", "ask_how_enable",
     "out_of_scope"),
    ("Comment j'exporte l'historique des connexions au portail ?", "ask_my_status", "out_of_scope"),
    ("Mon père a besoin d'aide : il lui faut un conseiller qui lui explique, il ne lira pas de FAQ",
     "ask_what_is_2fa", "request_human"),
    ("Everything is blocked except Microsoft Authenticator on our phones: how do I hook it up?",
     "ask_enable_app", "ask_enable_app"),
    ("Je crois que je me suis trompé de numéro, un chiffre de travers, et le SMS ne vient pas",
     "ask_deadline", "sms_not_received"),
    ("I think I swapped two digits when I typed my number in", "inform", "sms_not_received"),
    ("Nouvel opérateur, même numéro grâce à la portabilité, et rien n'arrive depuis lundi",
     "phone_changed", "sms_not_received"),
    ("The texts stopped coming after the update. My number hasn't changed though.", "sms_not_received",
     "sms_not_received"),
    ("My laptop's SIM is data only so it can't get texts. Is there an alternative?", "ask_enable_sms",
     "ask_enable_app"),
    ("Someone phoned pretending to be your helpdesk and asked me for the six digits. Can I give them out?",
     "request_human", "ask_code_format"),
]


@pytest.mark.parametrize("text, heard, topic", DEV76_77_KINDS)
def test_dev76_77_kinds_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is None and heard == topic or settled is not None and settled[0] == topic


@pytest.mark.parametrize("text, heard", [
    # "yet" that is not "yet another": not set up yet, about to install one
    ("I haven't got any app yet, what do I do now?", "ask_enable_app"),
    # countless times is no "how many times?": the status asked after it stays
    ("J'ai cliqué sur plus tard je sais plus combien de fois, mon compte est-il encore ok ?", "ask_my_status"),
    # the date for an audit log asks since when
    ("When did 2FA become mandatory? I need the date for our audit log.", "ask_since_when"),
    # a device's SIM receiving commands stays the device's question
    ("Can our trackers' SIMs receive SMS commands from the portal?", "out_of_scope"),
])
def test_dev76_77_rules_leave_these_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# the forty-eighth outside check's first messages, in other words: (text, heard, topic)
FORTY_EIGHTH_CHECK = [
    # F12: the code told not arrived, heard as refused
    ("mon code il est toujours pas arrivé", "code_rejected", "sms_not_received"),
    ("the code hasn't arrived", "code_rejected", "sms_not_received"),
    # F15: the button's English gloss, unquoted: what it does (the SMS answer's focus)
    ("what's try another method for?", "request_switch_method", "sms_not_received"),
    ("ça fait quoi essayer une autre méthode ?", "request_switch_method", "sms_not_received"),
]


@pytest.mark.parametrize("text, heard, topic", FORTY_EIGHTH_CHECK)
def test_forty_eighth_check_kinds_are_read(text, heard, topic):
    assert reading(heard, text)[0] == topic


@pytest.mark.parametrize("text, heard", [
    # a code refused and the next one not arrived: the refused code's answer covers both
    ("my code was rejected and the new one hasn't arrived", "code_rejected"),
    # "I couldn't" is no code not arrived
    ("je ne suis pas arrivé à saisir le code, il est refusé", "code_rejected"),
])
def test_forty_eighth_check_rules_leave_these_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


@pytest.mark.parametrize("text, heard, topic", [
    # F10: staying with the method in use, after the offer to move: the offer's no
    ("attends non, je garde le SMS", "sms_not_received", "deny"),
    ("no, I'll stay on texts", "affirm", "deny"),
    # F5: not logged in, since that is what fails, after "log in first"
    ("ben je suis pas connecté vu que ça marche pas", "deny", "still_failing"),
    ("I'm not logged in, because I can't", "deny", "still_failing"),
])
def test_forty_eighth_check_follow_ups_are_read(text, heard, topic):
    assert reading(heard, text)[0] == topic


def test_staying_with_a_method_whose_texts_do_not_come_is_the_sms_answer():
    settled = reading("sms_not_received", "je reste sur le sms mais il arrive jamais")
    assert settled is None or settled[0] == "sms_not_received"


@pytest.mark.parametrize("text, heard, topic", [
    # F13: the lock asked about after an unlock: the status (which says it is lifted)
    ("est-ce que mon compte est encore verrouillé ?", "still_failing", "ask_my_status"),
    ("is my account still blocked?", "code_rejected", "ask_my_status"),
    # said flatly, it still fails
    ("c'est toujours bloqué", "still_failing", "still_failing"),
])
def test_forty_eighth_check_the_lock_asked_again(text, heard, topic):
    settled = reading(heard, text)
    assert settled is None and heard == topic or settled is not None and settled[0] == topic


@pytest.mark.parametrize("text, heard", [
    # F11: the wait asked about, after a request opened: its duration (actions/followups.py)
    ("mais pourquoi ça met autant de temps ?", "ask_why_2fa"),
    ("what should I do in the meantime? I need the portal today", "out_of_scope"),
])
def test_forty_eighth_check_the_wait_asked_about(text, heard):
    assert reading(heard, text)[0] == "ask_how_long"


def test_why_it_takes_a_code_is_no_wait():
    settled = reading("ask_why_2fa", "why does it take a code every time now?")
    assert settled is None or settled[0] != "ask_how_long"


# DEV78-79 (written blind, first scored on this session's rules after DEV76-77 and the
# forty-eighth check): each kind they missed, in other words: (text, heard as, topic)
DEV78_79_KINDS = [
    ("Bonjour, quelle est l'adresse mail à laquelle envoyer un courrier concernant notre compte ?",
     "ask_why_2fa", "ask_contact"),
    ("We have a signed form from our director. Where should I email it?", "ask_how_enable", "ask_contact"),
    ("Ma patronne veut savoir ce que ça doit protéger exactement, cette étape en plus",
     "ask_what_is_2fa", "ask_why_2fa"),
    ("A colleague clicked a fake link last month. Is that what the new security check is meant for?",
     "ask_what_is_2fa", "ask_why_2fa"),
    ("Je clique sur non à chaque fois et je pars trois semaines en mer sans ordinateur",
     "ask_remember_device", "ask_deadline"),
    ("The letter says I have 28 days and then it stops mid-sentence. What happens after that?",
     "ask_how_enable", "ask_deadline"),
    ("Could you walk me through setting up two-factor using an authenticator app?", "ask_how_enable",
     "ask_enable_app"),
    ("Our caretaker has one basic handset, does calls and texts and that's it", "ask_what_is_2fa",
     "ask_enable_sms"),
    ("There's a popup and I don't know in what order to do things", "ask_what_is_2fa", "ask_how_enable"),
    ("The one-time code: do I choose it myself, and how many digits?", "ask_what_is_2fa", "ask_code_format"),
    ("I typed it right as the timer ran out and it bounced me back", "ask_code_format", "code_rejected"),
    ("One shared computer at reception and the phone with the codes is upstairs all day",
     "out_of_scope", "ask_remember_device"),
    ("Pour moi il reste combien de jours exactement ?", "ask_deadline", "ask_my_status"),
    ("I keep clicking past the popup. Am I going to be locked out?", "ask_how_enable", "ask_my_status"),
    ("Right now it's the authenticator app on my old phone. Can it come to my number instead?",
     "ask_enable_sms", "request_switch_method"),
]


@pytest.mark.parametrize("text, heard, topic", DEV78_79_KINDS)
def test_dev78_79_kinds_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is None and heard == topic or settled is not None and settled[0] == topic


@pytest.mark.parametrize("text, heard", [
    # a crew's fate asked about, not one's own (DEV36's line: the 28 days)
    ("We ignored the prompt in June. Are we going to be shut out before August?", "ask_deadline"),
    # the approved list said without the app on it: the SMS stays (DEV40)
    ("Apps not on the approved list are blocked, and Google Authenticator isn't on it. What now?",
     "ask_enable_sms"),
    # where 2FA was heard of is no channel asked for
    ("On m'a parlé de « 2FA » dans un mail, c'est quoi ?", "ask_what_is_2fa"),
])
def test_dev78_79_rules_leave_these_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


# DEV80-81 (written blind, first scored on this session's final rules): kinds read after the
# score, in other words: (text, heard as, topic)
DEV80_81_KINDS = [
    ("The reset link for my password has expired, can you resend it?", "request_resend", "out_of_scope"),
    ("Our new intern needs a view-only login to the account, where do I create it?", "ask_how_enable",
     "out_of_scope"),
    ("We're closing a site, how do we stop paying for those SIM lines?", "ask_deadline", "out_of_scope"),
    ("I think I entered the office landline instead of my mobile, nothing comes", "ask_enable_sms",
     "sms_not_received"),
    ("my work phone went for a swim in the harbour, how do I log in now?", "sms_not_received",
     "phone_changed"),
    ("Our client requires an authenticator app for every supplier access, no longer by text. How do I do it?",
     "ask_how_enable", "ask_enable_app"),
]


DEV80_81_LEFT_ALONE = [
    # the SIM portal is no SIM changed (DEV81's line: a new phone, the app gone)
    ("New phone, same number, but the app didn't come across. How do I get back into the SIM portal?",
     "phone_changed"),
    # the popup closed, not 2FA turned off (DEV80's line)
    ("I clicked the first option to get rid of it and now it asks me to log in again", "ask_how_enable"),
]


# DEV82-83's kinds (written blind at the twenty-fifth session's start, first scored on bfefbce)
# and the forty-ninth outside check's, each in other words than the line it was read from
DEV82_83_KINDS = [
    # the authenticator app thrown out with others to make room, or the phone wiped with it on
    ("Had to clear space on my mobile and got rid of the authenticator along with a load of games",
     "code_rejected", "phone_changed"),
    ("J'ai remis mon portable à zéro (paramètres d'usine) avant de le donner à ma fille, l'appli des codes"
     " était dessus", "ask_enable_app", "phone_changed"),
    # a phone over a boat's side
    ("Mon téléphone est passé par-dessus bord pendant la sortie en mer, je fais comment ?",
     "sms_not_received", "phone_changed"),
    # the step after the password feared a scam
    ("Since this morning the site asks for a code from my mobile after my password, is this legit?",
     "ask_how_enable", "ask_what_is_2fa"),
    ("Le portail exige maintenant un chiffre de mon portable après le mot de passe, c'est du piratage ?",
     "ask_code_format", "ask_what_is_2fa"),
    # the line no longer wanted to depend on
    ("Je ne souhaite plus dépendre de mon numéro de mobile pour me connecter, je voyage sans arrêt",
     "phone_changed", "request_switch_method"),
    ("We're dropping that SIM soon, so I'd rather stop relying on my phone number for logging in",
     "ask_deadline", "request_switch_method"),
    # the postponing button not there today; the offer brushed aside "indefinitely"
    ("Je clique toujours sur plus tard mais ce matin le bouton n'était plus là", "ask_how_enable",
     "ask_deadline"),
    ("Notre stagiaire écarte la fenêtre de sécurité tous les jours, il peut continuer indéfiniment ?",
     "ask_how_enable", "ask_deadline"),
    # nothing will be installed on the phone, its texts come fine
    ("Mon téléphone pro est verrouillé par le service informatique mais je reçois mes SMS normalement,"
     " comment je fais ?", "ask_how_enable", "ask_enable_sms"),
    ("I refuse to install anything on my phone, but texts come through fine. How do I log in?",
     "sms_not_received", "ask_enable_sms"),
    # small talk to the assistant
    ("Are you bored of answering the same questions?", "bot_challenge", "out_of_scope"),
    ("Il fait chaud chez vous aujourd'hui ?", "ask_contact", "out_of_scope"),
    # an authenticator app put on the phone by someone, "what do I do with it?"
    ("My son put Google Authenticator on my phone but I don't know what to do with it", "code_rejected",
     "ask_enable_app"),
    # nothing has come; the calls come and the texts don't, after a new carrier
    ("I picked SMS and no code has arrived yet", "ask_enable_sms", "sms_not_received"),
    ("We switched carrier, my phone still gets calls but your texts never arrive", "phone_changed",
     "sms_not_received"),
    # a number changed with the carrier, after a complaint
    ("Votre facture est illisible. Bref. J'ai changé d'opérateur et de numéro, c'est quoi la marche à suivre ?",
     "ask_what_is_2fa", "phone_changed"),
    # one day's code kept for the next
    ("I noted today's number on a post-it, will it still work tomorrow?", "ask_reference", "ask_code_format"),
    # the line going Wi-Fi only, "that's how I get my codes"
    ("Our phones go wifi-only next month and that's how I get my login codes, what do I switch to?",
     "phone_changed", "request_switch_method"),
    # Wi-Fi and no mobile network where one goes, how to make it work there
    ("Je serai sur un chantier sans réseau mobile mais avec du wifi, comment faire pour que ça marche"
     " sur place ?", "ask_how_enable", "ask_enable_app"),
    # forty-ninth outside check: a switch asked in so many words, whatever it was heard as (F1);
    # "never mind, it worked" (F2)
    ("remets-moi sur l'appli", "ask_my_status", "request_switch_method"),
    ("finalement non, repassez-moi au SMS", "cancel", "request_switch_method"),
    ("non laissez, tout a fonctionné finalement", "still_failing", "cancel"),
    ("forget it, it worked after all", "still_failing", "cancel"),
]


DEV82_83_LEFT_ALONE = [
    # said in the past tense, no "has": the set-up's training line kind (blind25)
    ("my colleague typed her number but no text came through on her first login, what now?",
     "ask_how_enable"),
    # where to send a letter is the contact's, whatever the weather
    ("Where are you based? It's freezing here and I need to post a letter to your office", "ask_contact"),
    # the code refused beside the fear: the refused code's
    ("The portal asks for a code from my phone after the password and says it's wrong, is that a scam?",
     "code_rejected"),
    # it worked once and no more: still failing
    ("ça a marché hier mais plus aujourd'hui, laissez tomber", "still_failing"),
]


# DEV84-85's kinds (written blind in the twenty-fifth session, first scored on 649384f), each in
# other words than the line it was read from
DEV84_85_KINDS = [
    # a password manager or a watch that makes codes, the portal wanted in it
    ("I keep all my logins in 1Password and it can do the rotating codes too, can the portal go in there?",
     "ask_code_format", "ask_enable_app"),
    ("Mon Apple Watch affiche les codes de ma banque, je voudrais la même chose pour le portail M2Mmanager",
     "ask_my_status", "ask_enable_app"),
    # a company phone handed back, everything went through it
    ("I handed back my work phone when my contract ended and everything went through it. How do I get in now?",
     "ask_enable_sms", "phone_changed"),
    # doing it oneself; whether a yes now logs one out
    ("My manager thinks only support can turn 2FA on for us. Can I set it up myself?", "ask_deadline",
     "ask_how_enable"),
    ("If I click yes on that popup right now, will it log me out while I'm presenting?", "ask_deadline",
     "ask_how_enable"),
    # the mobile number's format in the SMS field
    ("Do I type my mobile with the country code or without?", "ask_how_enable", "ask_enable_sms"),
    # the password said right and kept out all the same; "where does my account stand?"
    ("My password is correct, I'm sure of it, but the portal won't let me in after it", "out_of_scope",
     "ask_my_status"),
    ("The skip button has gone since I came back from holiday. Where do I stand?", "ask_how_enable",
     "ask_my_status"),
    # "is it on for us?", "does that cover me?"
    ("My business partner and I use the same login. Is the security code thing on for us?", "ask_why_2fa",
     "ask_my_status"),
    ("Our office manager enabled the new security for the whole team. Does that cover my account too?",
     "ask_how_enable", "ask_my_status"),
    # a phone dropped into water; a number or line cancelled
    ("I dropped my mobile into the river last weekend and I can't get past the login now", "sms_not_received",
     "phone_changed"),
    ("My old French line was cancelled when I moved to Spain and now I can't log in", "out_of_scope",
     "phone_changed"),
    # digits seen copied at login, "what was that?"
    ("Mon collègue a recopié des chiffres de son portable en se connectant, c'était quoi ?", "ask_how_enable",
     "ask_what_is_2fa"),
    # the step after the password, "how does this work now?"
    ("After my password the portal now wants a code from my phone, I'm lost, how does it work?",
     "code_rejected", "ask_what_is_2fa"),
    # more than a password required, what to do asked
    ("Our auditor says the account is protected only by a password. What do we need to do?", "ask_why_2fa",
     "ask_how_enable"),
    # texts said not acceptable by a policy
    ("Our policy says SMS codes are not acceptable for supplier logins. How do we set this up?",
     "ask_enable_sms", "ask_enable_app"),
    # a camera ruled out, another way asked; nothing downloaded, everything by text
    ("I won't use any app that wants my camera. Is there another way to secure the account?", "ask_my_status",
     "ask_enable_sms"),
    ("Can I do this without downloading anything? We do everything by text here.", "ask_how_enable",
     "ask_enable_sms"),
    # texts wished beside apps one has for everything else, at the choice screen
    ("Le portail me demande de choisir une méthode, j'ai déjà une appli pour tout, je veux juste recevoir un"
     " SMS", "ask_enable_sms", "ask_enable_sms"),
    # a wait until after a change, "any problem with waiting?"
    ("We switch phone provider next month, I'd rather set it up after that. Is it ok to wait?",
     "sms_not_received", "ask_deadline"),
    # an error every time is no box to tick
    ("Je tape les chiffres de ma montre sur le PC du bureau mais j'ai une erreur à chaque fois",
     "code_rejected", "code_rejected"),
    # the fiftieth outside check: a code typed with its failure (F5); staying with a method,
    # heard as out of scope (F6)
    ("j'ai mis 481516 et ça marche pas", "still_failing", "code_rejected"),
    ("no thanks, I'll keep the app", "out_of_scope", "deny"),
]


DEV84_85_LEFT_ALONE = [
    # an authenticator named beside a question about its codes: the code's (DEV25, blind9)
    ("I use Google Authenticator for the portal, how long is each code valid?", "ask_code_format"),
    # another tool's 2FA wished the same: out of scope (DEV74's line)
    ("Can you set up two-factor on our Outlook too? Our IT would like the same everywhere.", "out_of_scope"),
    # "how long should I wait before trying something else?" is the SMS's (DEV47's line)
    ("I confirmed my number, nothing has arrived. How long should I wait before trying something else?",
     "sms_not_received"),
]


# the twenty-sixth session's: DEV86-87's kinds (written blind, first scored before these rules),
# each in other words than the set's line, with the classifier's reading of such a message
DEV86_87_KINDS = [
    # a colleague away asked to forward the codes by a messaging app or email
    ("Mon associé est en vacances et les codes arrivent sur son portable. Il pourrait me les envoyer"
     " par SMS chaque matin ?", "ask_deadline", "ask_code_format"),
    ("Could she just forward the codes to me by email while I'm covering her desk?", "ask_methods",
     "ask_code_format"),
    # the code's text "never reached me", in a letter's form
    ("Madame, Monsieur, le SMS d'activation ne nous est toujours pas parvenu. Que faire ? Cordialement",
     "ask_how_enable", "sms_not_received"),
    ("Dear support, the activation text never reached my phone despite three attempts. Regards, Tom",
     "ask_how_enable", "sms_not_received"),
    # thieves made off with the phone
    ("Des voleurs sont partis avec mon téléphone pro hier soir, celui qui sert à me connecter au portail",
     "out_of_scope", "phone_changed"),
    ("Someone broke into the van and made off with the company phone we use for logging in to the"
     " portal", "out_of_scope", "phone_changed"),
    # our contact at the provider gone: whom to go through
    ("Notre interlocutrice chez vous a changé de poste, on passe par qui désormais ?", "phone_changed",
     "ask_contact"),
    # going round in circles on the login screen since today
    ("Since this morning I'm going round in circles on the sign in page, what's up with my account?",
     "ask_why_2fa", "ask_my_status"),
    # codes by text today, late or not at all
    ("Currently my codes come by text and they turn up hours late on the boat, sometimes not at all",
     "ask_my_status", "request_switch_method"),
    # a phone that only makes calls and texts
    ("Ma mère a un vieux portable qui fait seulement téléphone et SMS, elle pourra se connecter ?",
     "ask_how_enable", "ask_enable_sms"),
    # the order of the steps asked, no method named
    ("Une fenêtre avec deux boutons s'affiche, je commence par où et dans quel ordre ?",
     "ask_enable_app", "ask_how_enable"),
    # the portal's session made longer: out of scope
    ("Is there a way to extend the session timeout? It logs me out after 15 minutes idle.",
     "ask_remember_device", "out_of_scope"),
    # the phone kept in a locker during the shift
    ("We're not allowed phones on the hospital ward, mine stays in my locker during my shift. How do I"
     " get into the portal from the ward PC?", "phone_changed", "ask_remember_device"),
    # a stay abroad over, the time left asked
    ("Je rentre de six mois à l'étranger sans m'être connecté, est-ce qu'il est trop tard pour"
     " activer le code ?", "ask_my_status", "ask_my_status"),
    # the numbers going to a number that was a leaver's
    ("The codes still go to a number that was Mike's, and he left in June. How do we change it?",
     "ask_how_enable", "phone_changed"),
    # the phone silent, or "got nothing", while the portal waits
    ("Stuck in a concrete basement, the portal wants the code and my mobile has got nothing",
     "ask_enable_sms", "sms_not_received"),
    # a password that was enough, "what was wrong with it?"
    ("For years I logged in with just a password. What was wrong with the old way?",
     "ask_since_when", "ask_why_2fa"),
    # no authenticator among the apps IT allows
    ("Our phones only take apps from the approved list and no authenticator is on the list. What now?",
     "ask_enable_app", "ask_enable_sms"),
    # the screenshot is of the code, which was then refused
    ("I sent a screenshot of the code to my laptop and by then the portal said it was wrong",
     "code_rejected", "code_rejected"),
    # doing it twice "for nothing" is not calling it pointless
    ("Mon collègue l'a peut-être déjà activé, je ne veux pas le refaire pour rien : vous voyez où en"
     " est mon compte ?", "ask_my_status", "ask_my_status"),
    # the fiftieth check's F7: which method is better, neither named
    ("thats not what i asked, which one would you recommend?", "out_of_scope", "ask_methods"),
]


# DEV88-89's kinds (written blind, first scored on 6fa19a6, after DEV86-87's rules)
DEV88_89_KINDS = [
    # the principle of the second step asked, with where the code comes from
    ("Quel est le principe de la double authentification ? Le code est envoyé par qui ?", "ask_contact",
     "ask_what_is_2fa"),
    # postponing at a first login with a long absence starting
    ("I begin a month of sabbatical leave on Monday and I clicked later on the security popup today",
     "ask_how_enable", "ask_deadline"),
    # a phone wiped by IT, or damaged beyond repair, a reset asked in the passive
    ("Mon portable pro a été réinitialisé par la DSI et je bloque à l'écran du code", "code_rejected",
     "phone_changed"),
    ("Our phone has been damaged beyond repair. How is a reset to be requested?", "ask_request_status",
     "phone_changed"),
    # the account moved "onto it", the app named before
    ("J'ai Google Authenticator pour le boulot, vous pouvez passer mon compte dessus au lieu des SMS ?",
     "ask_my_status", "request_switch_method"),
    # what befalls accounts not set up in time, in general
    ("Que se passe-t-il pour les comptes qui n'ont pas activé la double authentification à temps ?",
     "out_of_scope", "ask_deadline"),
    # what pushed the provider to it, heard as the set-up
    ("Mon patron veut savoir ce qui vous a poussés à mettre en place cette étape", "ask_how_enable",
     "ask_why_2fa"),
    # the month or the year asked
    ("Since what month exactly? I'm writing our yearly change log for the board.", "ask_why_2fa",
     "ask_since_when"),
    # no picture can be aimed at, another way asked; a camera that won't focus with texts fine
    ("I'm blind and use a screen reader, I can't aim at the picture. Is there another way without"
     " the image?", "ask_enable_app", "ask_enable_sms"),
    ("La caméra ne fait plus la mise au point mais les SMS arrivent bien, je ne peux rien scanner",
     "ask_enable_app", "ask_enable_sms"),
    # a password manager that makes the codes, "no more apps"
    ("Bitwarden can generate those six-digit codes and I don't want another app on my phone. Can I use"
     " it for your portal?", "ask_enable_app", "ask_enable_app"),
    # a code passed on by WhatsApp, whether allowed
    ("Mon collègue me fait suivre les codes par WhatsApp quand il est en réunion, on a le droit ?",
     "ask_methods", "ask_code_format"),
    # waiting for the digits and nothing happens after a number ported
    ("Since our numbers were ported to a new carrier I'm waiting for the digits and nothing happens",
     "code_rejected", "sms_not_received"),
    # texts sent from the portal to the devices: out of scope
    ("The SMS commands we send from the portal to our trackers don't arrive, is that a known issue?",
     "sms_not_received", "out_of_scope"),
    # an automated "not now": will it stop working
    ("Our overnight script clicks 'not now' on the security page. Will that keep working?",
     "ask_why_2fa", "ask_deadline"),
    # the fifty-first outside check: why a request is needed (F3), one's own method (F5), six
    # digits wanted and nothing else said (F8), the request's number (F10)
    ("how come it has to go through a request?", "ask_request_status", "ask_why_2fa"),
    ("what method am I using on my account right now?", "ask_enable_app", "ask_my_status"),
    ("le portail me réclame 6 chiffres à chaque fois, c'est quoi ce truc", "out_of_scope",
     "ask_what_is_2fa"),
    ("what's the number of my reset request?", "ask_contact", "ask_reference"),
    # F9: the days told over and what now asked, heard as the status: the 28 days, enable it now
    ("the deadline has passed, what do I do now?", "ask_my_status", "ask_deadline"),
    ("le délai est terminé, on fait quoi ?", "ask_my_status", "ask_deadline"),
    # the fiftieth check's F10, asked in the negative: the reset asked
    ("vous pouvez pas juste réinitialiser ma double authentification ?", "ask_my_status", "phone_changed"),
    ("can't you just reset my 2fa instead?", "ask_my_status", "phone_changed"),
    # the fifty-second check: the methods compared in other words (F8)
    ("quelle est la différence entre les deux ?", "ask_what_is_2fa", "ask_methods"),
    ("what's the difference between app and sms", "ask_what_is_2fa", "ask_methods"),
    # the channel alone as a follow-up (F5)
    ("et sur mon fixe ?", "ask_my_status", "ask_methods"),
    ("what about my landline?", "ask_why_2fa", "ask_methods"),
]


# DEV90-91's kinds (written blind, first scored on 617d437, the session's rules before them)
DEV90_91_KINDS = [
    ("The intern set it up with her own mobile, she left in June and nobody can get past the code screen"
     " now", "ask_how_enable", "phone_changed"),
    ("Notre loueur a remplacé tous nos téléphones par des nouveaux modèles, sortis du carton, et le"
     " portail veut des chiffres qu'on n'a plus", "code_rejected", "phone_changed"),
    ("Put my SIM into a new iPhone and sold the old Samsung, and now nothing on the new phone gives me"
     " the codes", "sms_not_received", "phone_changed"),
    ("I'm off for surgery next week; will my own access still be open when I come back?", "ask_deadline",
     "ask_my_status"),
    ("Si je me connecte une fois en novembre, est-ce que ça déclenche le compteur ?", "ask_what_is_2fa",
     "ask_deadline"),
    ("1Password fills in my login every morning and I still have to type the six digits each morning",
     "code_rejected", "ask_remember_device"),
    ("Ma mère sait à peine lire un SMS, et le carré noir et blanc est trop compliqué pour elle",
     "sms_not_received", "ask_enable_sms"),
    ("My codes currently come by SMS and I'm going to a mine with no mobile signal, but we'll have wifi",
     "request_switch_method", "request_switch_method"),
    ("My phone fell in the river, it won't hold a charge now, I need to get into the portal",
     "ask_what_is_2fa", "phone_changed"),
    ("Our DPO has a signed letter about access rights for you. He has to send it where?", "ask_how_enable",
     "ask_contact"),
    ("Nothing gets installed on our company phones without a ticket to IT. How do we pass this security"
     " step?", "ask_how_enable", "ask_enable_sms"),
    ("the login page keeps looping back to the login page after my password, what's wrong with my"
     " account?", "ask_how_enable", "ask_my_status"),
    ("Je gère les comptes M2Mmanager de six clients et je n'ai qu'un seul téléphone, comment faire ?",
     "ask_code_format", "ask_enable_app"),
    ("Dead zone at the quarry, we only have wifi in the office. I need another way to log in.",
     "sms_not_received", "ask_enable_app"),
    ("Je suis sur les SMS, mais ma direction veut que tout le monde utilise Microsoft Authenticator, vous"
     " pouvez changer ?", "ask_my_status", "request_switch_method"),
    ("I've got a capture of the error screen, who do I send it to?", "ask_code_format", "ask_contact"),
    ("It says 'code invalide' under « Saisissez le code à 6 chiffres », what's wrong?", "ask_code_format",
     "code_rejected"),
]


# DEV92-94's kinds (the twenty-seventh session), in other words than the sets'
DEV92_94_KINDS = [
    # a basic handset with no apps, and whether that will be a problem, heard as the 28 days
    ("Our drivers only have simple phones without any apps. Will that be a problem for the login from"
     " now on?", "ask_deadline", "ask_enable_sms"),
    ("Mes saisonniers n'ont que des portables sans applis, est-ce que ça va poser problème ?",
     "ask_deadline", "ask_enable_sms"),
    # a person demanded after calling the bot useless; a real conversation wanted
    ("this is useless. a human please", "bot_challenge", "request_human"),
    ("Je préférerais une vraie conversation avec quelqu'un de chez vous.", "bot_challenge", "request_human"),
    # the bag named first, then the phone in it; the screen gone black after a fall
    ("My rucksack got stolen on the train last night, my work phone was in the front pocket",
     "sms_not_received", "phone_changed"),
    ("Mon sac a été volé au marché avec mon portable dedans, le site me demande un code",
     "code_rejected", "phone_changed"),
    ("Screen went completely black after I dropped it on the quay, I can't read any code now",
     "ask_enable_app", "phone_changed"),
    # a list or a letter to send, "where does it go?"
    ("Our IT firm has a list of the users who need help activating. Where does it go?", "ask_how_enable",
     "ask_contact"),
    ("J'ai un courrier signé de notre gérant pour vous, on l'envoie où ?", "out_of_scope", "ask_contact"),
    # the official start date asked with the access logs named
    ("Looking at our login logs for the auditors: what is the official start date of the code step?",
     "ask_since_when", "ask_since_when"),
    ("which month exactly did the code at login start?", "ask_how_enable", "ask_since_when"),
    # a new code asked in so many words, heard as the refused code
    ("the code timed out before I typed it, just send me a new one please", "code_rejected", "request_resend"),
    # the other method wanted, unnamed
    ("I'd like to use the other method from now on, how?", "ask_enable_sms", "request_switch_method"),
    ("Je veux passer à l'autre méthode, je fais comment ?", "ask_enable_app", "request_switch_method"),
    # the clocks changed for summer, the app's codes refused
    ("Since the clocks went forward the app's numbers aren't accepted any more", "ask_my_status",
     "code_rejected"),
    ("Depuis le changement d'heure les codes de l'appli sont refusés", "ask_my_status", "code_rejected"),
    # locked out of one's own account, the new step blamed
    ("Back from holiday and I can't log in. Is it because of the new security?", "ask_why_2fa",
     "ask_my_status"),
    ("Je suis bloqué sur la page de connexion depuis hier, qu'est-ce qui m'arrive ?", "sms_not_received",
     "ask_my_status"),
    # new SIM cards not active, "how do I activate them?": the SIMs', not the login's
    ("We got ten new SIM cards for the pumps and they don't show as active. How do we activate them?",
     "ask_how_enable", "out_of_scope"),
    # the text said on its way and never landing, with "what am I doing wrong?"
    ("The screen says the code is on its way but it never arrives. What am I doing wrong?", "code_rejected",
     "sms_not_received"),
    # a call back asked on the account's number
    ("Call me back on my account's number this afternoon please", "ask_my_status", "request_human"),
    # what to do to turn it on, after putting the popup off
    ("I always click the popup away, but now I want to do it: what do I need to do to enable it?",
     "ask_deadline", "ask_how_enable"),
    ("Qu'est-ce que je dois faire pour l'activer, cette sécurité ? J'ai assez repoussé.", "ask_deadline",
     "ask_how_enable"),
    # the password refused, a new one asked, no code named: the portal's password
    ("My dad types his password and the site says it's wrong, how does he get a new password?",
     "code_rejected", "out_of_scope"),
    ("Mon mot de passe est refusé depuis ce matin, comment le changer ?", "code_rejected", "out_of_scope"),
    # no signal, Wi-Fi there, the account on texts, nothing asked
    ("Working a month on a cargo ship, there's wifi on board but no mobile signal, and my login is set up"
     " with texts", "sms_not_received", "request_switch_method"),
    # an authenticator just downloaded and empty: nothing scanned yet (fifty-third outside check)
    ("the popup wants a one-time code, I downloaded Google Authenticator but it's empty",
     "ask_code_format", "ask_enable_app"),
    # the grace period said over in French, what now (fifty-third outside check, F8)
    ("mon délai de grâce est terminé, on fait comment ?", "ask_my_status", "ask_deadline"),
    # whether it is optional (fifty-third outside check, F8)
    ("Is 2FA optional for us?", "ask_why_2fa", "ask_since_when"),
    ("La double authentification est-elle facultative pour notre société ?", "ask_why_2fa",
     "ask_since_when"),
    # what lies behind the change, asked for someone else
    ("My director will want to know what's behind this before we roll it out to the drivers",
     "ask_how_enable", "ask_why_2fa"),
    # every code kept in one authenticator app
    ("We use Authy for email and payroll, I'd like all our codes in one place", "out_of_scope",
     "ask_enable_app"),
]


DEV92_94_LEFT_ALONE = [
    # "real person?" alone asks whether a bot answers
    ("real person?", "bot_challenge"),
    # the code passed to a stand-in by WhatsApp is the code's question, not a channel
    ("Can my stand-in use the codes on my phone if I send them to him on WhatsApp?", "ask_code_format"),
    # the app reinstalled as a remedy, its codes still refused
    ("The app gives me a code but the portal says it's incorrect, I even uninstalled and reinstalled the"
     " app", "code_rejected"),
    # one's paperwork job is no complaint about it
    ("I do the paperwork for our farm. My father asks what this extra step at login is.",
     "ask_what_is_2fa"),
    # an authenticator just downloaded and empty, no set-up named (an enrolled account's lost
    # entry, maybe: fifty-fourth outside check, F5)
    ("je viens de télécharger l'appli d'authentification mais elle affiche rien", "phone_changed"),
    # an authenticator empty on a new phone is the lost entry's
    ("new phone, Google Authenticator is empty and the portal wants a code", "phone_changed"),
    # why it is not optional is the reason's
    ("why is it not optional for us?", "ask_why_2fa"),
    # the code reused during a night shift is the code's question
    ("Can the code on my phone be used several times tonight or do I need a new one each time?",
     "ask_code_format"),
    # a start date of a SIM's billing is not 2FA's
    ("Which month exactly will the new SIM cards be billed?", "out_of_scope"),
    # the code refused after a new password is still the code's
    ("I set a new password yesterday and now the code from the app is refused", "code_rejected"),
    # how long to turn it on is the 28 days' question
    ("How long do I have to enable it, what do I have to do to activate it before then?", "ask_deadline"),
]


DEV90_91_LEFT_ALONE = [
    # today's code sent to a colleague as a screenshot is the code's own question (DEV71)
    ("Can I screenshot today's code and send it to my colleague at the other depot?", "ask_code_format"),
    # "can I skip the code step?" is still turning it off
    ("Can I just skip the code step for my account?", "ask_why_2fa"),
    # the field's label asked about is the field's question
    ("where is « Saisissez le code à 6 chiffres » on the screen?", "ask_code_format"),
    # six digits asked of an account never set up is its state (forty-fifth check's e2e line)
    ("I never set anything up but the site wants a 6 digit code", "ask_my_status"),
]


DEV88_89_LEFT_ALONE = [
    # the camera that can't focus, another way "into the generator": the app's key (blind9)
    ("my phone's camera can't focus on the square, is there another way to get the account into the"
     " generator?", "ask_enable_app"),
    # one's own account locked for not doing it in time: the status (blind.yml)
    ("Am I locked out now because I didn't activate it in time?", "ask_my_status"),
    # the days over and one's own state asked is the status (DEV4)
    ("my 28 days have run out, am I locked out now, what do I do?", "ask_my_status"),
    # which method to choose is no question about one's own
    ("which method should I use, is the app easier?", "ask_methods"),
    # six digits refused are the refused code
    ("the site keeps asking for 6 digits and says they're wrong", "code_rejected"),
    # "we didn't set that up ourselves", since when asked (DEV89's line, the guard)
    ("We didn't set that up ourselves, so from what date was it on your side?", "ask_since_when"),
]


DEV86_87_LEFT_ALONE = [
    # the session expiring with the code asked again is remembering the device (DEV sets)
    ("Je dois retaper le code chaque fois que ma session expire, on peut allonger ça ?",
     "ask_remember_device"),
    # a text late with no method said in use is the SMS that never came (blind19)
    ("Le texto avec le code arrive avec des heures de retard, c'est normal ?", "sms_not_received"),
    # what to install and in what order is the app's set-up (DEV35)
    ("Qu'est-ce que je dois télécharger, et dans quel ordre ?", "ask_enable_app"),
    # a screenshot of an error to send is support's email (DEV21)
    ("I have a screenshot of the error message, where can I send it?", "ask_contact"),
    # Microsoft Authenticator on the approved list: the app (DEV73)
    ("Our phones are locked down but Microsoft Authenticator is on the approved list, how do I set it"
     " up?", "ask_enable_app"),
]


DEV95_96_KINDS = [
    # the app in use, the codes wished on one's number, heard as the changed phone or a set-up
    ("L'appli fonctionne toujours sur mon téléphone, mais j'aimerais ne plus en dépendre et les recevoir"
     " sur mon numéro", "phone_changed", "request_switch_method"),
    ("My authenticator app works fine but I would rather get the codes sent directly to my number",
     "ask_enable_sms", "request_switch_method"),
    ("Our texts never come through at sea, I'd rather have something that works offline, we're set up"
     " with our numbers", "ask_enable_app", "request_switch_method"),
    # no mobile network, the PC online by satellite or Wi-Fi, another way or any way asked
    ("Au chantier il n'y a aucun réseau mobile mais l'ordinateur a internet par satellite, il y a une"
     " autre façon de se connecter ?", "sms_not_received", "ask_enable_app"),
    ("No mobile coverage at the dam, only wifi in the hut. Is there any way to get through the login?",
     "ask_remember_device", "ask_enable_app"),
    # the point of the second factor, in franglais
    ("c'est quoi le point de cette double auth si mon password est déjà solide ?", "ask_what_is_2fa",
     "ask_why_2fa"),
    # a walk through the authenticator's set-up asked
    ("I've never touched an authenticator app, can you walk me through installing one for the portal?",
     "ask_how_enable", "ask_enable_app"),
    ("Pouvez-vous m'accompagner pas à pas pour configurer une appli d'authentification ?",
     "ask_what_is_2fa", "ask_enable_app"),
    # flip phones and push-button phones, in the plural
    ("Our cleaners all have flip phones, how do they get into the portal now?", "phone_changed",
     "ask_enable_sms"),
    ("The night guards carry push-button handsets, what do they use for the login?", "ask_enable_sms",
     "ask_enable_sms"),
    # a phone found but dead is no change of mind
    ("We found my phone in the lake after a week but it won't turn on any more", "phone_changed",
     "phone_changed"),
    # the phone's clock behind after a reset, the app's codes refused: the clock, not a wreck
    ("My tablet was reset and since then the clock is five minutes behind, every code from the app is"
     " rejected", "phone_changed", "code_rejected"),
    # a colleague logs in fine, what differs with mine
    ("Ma collègue se connecte sans problème depuis le même poste, pourquoi moi je reste bloqué ?",
     "ask_what_is_2fa", "ask_my_status"),
    # the postponing told, the times lost count of
    ("I keep postponing it and I've lost count of how many times, am I close to being blocked?",
     "ask_deadline", "ask_my_status"),
    # the phone itself wanted at login, a scam feared
    ("The portal now wants my phone every time I log in, is this a scam?", "code_rejected",
     "ask_what_is_2fa"),
    # still able to dismiss it at a later login
    ("Will our seasonal staff still be able to dismiss the popup when they come back in spring?",
     "ask_since_when", "ask_deadline"),
    # a code received by the phone buzzing while asleep
    ("My phone buzzed at 2am with a code for the portal while I was asleep, what does it mean?",
     "ask_what_is_2fa", "sms_not_received"),
    # a code kept so as not to forget it
    ("J'ai gardé le code dans mes notes pour ne pas l'oublier, c'est bon comme ça ?", "code_rejected",
     "ask_code_format"),
    # the date asked for a requirement of more than a password
    ("Our auditor needs to know from which date your portal required more than a password",
     "out_of_scope", "ask_since_when"),
    # a smartwatch for the codes
    ("Can I use my smartwatch for the codes and set it up there?", "ask_code_format", "ask_enable_app"),
    # a computer to keep people verified
    ("Can the shared PC at reception keep everyone verified, and for how long?", "ask_code_format",
     "ask_remember_device"),
    # a code fetched a coffee before typing, refused
    ("I got the SMS then went for a coffee, when I typed it the portal rejected it. Does it expire?",
     "ask_code_format", "code_rejected"),
    # fifty-fifth outside check: a new request asked after a refusal (F2), a text too late to be
    # typed in time (F7), a code typed with a check asked (F8)
    ("Ma demande a été refusée, je peux déposer une nouvelle demande ?", "ask_request_status",
     "phone_changed"),
    ("I'd like to submit a new request for the reset", "ask_request_status", "phone_changed"),
    ("Le texto arrive trop tard, le code est déjà expiré quand je le saisis", "ask_code_format",
     "code_rejected"),
    ("here is my code 123456, can you verify it?", "ask_my_status", "ask_code_format"),
]
# DEV97-98's kinds (written blind, first scored on the session's final rules), in other words
DEV97_98_KINDS = [
    # an app refused as one more on a full phone, with its battery flat every day: no wreck
    ("I won't put any more apps on my work phone, the battery is dead by noon already. Can I just use"
     " my number?", "phone_changed", "ask_enable_sms"),
    ("Our pickers have basic button phones, can they use them for the login?", "ask_enable_app",
     "ask_enable_sms"),
    # a new number for everyone, the portal texting the old one
    ("We all got new numbers when we changed operator and the site texts my old number",
     "sms_not_received", "phone_changed"),
    # a keeper gone who had tied everything to his phone
    ("Le gardien qui gérait le compte a laissé sa place, il avait tout relié à son portable",
     "ask_how_enable", "phone_changed"),
    # several client companies kept on one phone
    ("I handle logins for six client companies, can I have all of them on one phone?",
     "ask_enable_sms", "ask_enable_app"),
    # one method taken on the choice screen
    ("They told me to pick between the app and SMS, I'm going with the app, what next?",
     "ask_enable_app", "ask_enable_app"),
    # a boss who wants everyone's codes, "is that how it's meant to work?"
    ("Our manager wants all our codes forwarded to him, is that how it's meant to work?",
     "ask_what_is_2fa", "ask_code_format"),
    # a code typed twenty minutes later, refused
    ("J'ai reçu le code, je l'ai tapé vingt minutes plus tard et le site m'a dit non",
     "sms_not_received", "code_rejected"),
    # pressing "later" every time, one day the door won't open
    ("I keep clicking later on that popup, will one day the portal just won't open for me?",
     "code_rejected", "ask_deadline"),
    # the line cut abroad while the codes come to it, same phone on Wi-Fi
    ("Je coupe ma ligne pendant mon séjour à l'étranger, c'est sur ce numéro que je reçois les codes",
     "sms_not_received", "request_switch_method"),
]
DEV97_98_LEFT_ALONE = [
    # the button said greyed with a new code asked of the assistant is the resend
    ("Can you send me a new code? Renvoyer is greyed out", "request_resend"),
    # a phone reset whose date is wrong, the app's codes refused: the clock
    ("Mon téléphone affiche une date en 2000 depuis une mise à jour, les codes de l'appli sont"
     " refusés", "code_rejected"),
]


DEV95_96_LEFT_ALONE = [
    # a new phone with the codes wished by text is the changed phone's reset
    ("I have a new phone and would rather get the codes on my number instead of the app",
     "phone_changed"),
    # a date asked without anyone's requirement stays with the classifier
    ("Which month exactly will the new SIM cards be billed?", "out_of_scope"),
    # a watch without a set-up asked
    ("my watch broke yesterday", "out_of_scope"),
    # a request of another kind is no reset request
    ("je fais une demande de quoi pour mes cartes SIM ?", "out_of_scope"),
]


# DEV99-100's kinds (written blind, first scored on the twenty-eighth session's final code), each in
# other words than the set's: (text, what the classifier heard, the topic)
DEV99_100_KINDS = [
    # a kept code said refused in so many words: the classifier's refused code stays
    ("I saved the code from last night to use this morning and the page says it's not valid",
     "code_rejected", "code_rejected"),
    ("Le code de la veille que j'avais mis de côté, le portail dit qu'il n'est plus valide",
     "code_rejected", "code_rejected"),
    # where one's account stands, asked after taking a login over from someone who left
    ("Our site manager left in June and I inherited his login, no clue if he did the phone step."
     " Could you see where our account stands?", "phone_changed", "ask_my_status"),
    # the app's codes in use, texts wished instead before a basic phone comes
    ("IT is swapping my iPhone for a simple phone next week; my codes are generated by an app."
     " Can I get them as texts instead?", "ask_enable_sms", "request_switch_method"),
    ("On me reprend mon smartphone, mes codes viennent de l'appli. Je peux les recevoir par SMS"
     " à la place ?", "ask_enable_sms", "request_switch_method"),
    # a camera that can't read the square, another route asked: the texts
    ("My phone's camera won't read the QR code since I dropped it, is there another route?",
     "ask_enable_app", "ask_enable_sms"),
    ("L'appareil photo de mon portable est cassé depuis hier. Il y a un autre chemin pour"
     " terminer ?", "ask_enable_app", "ask_enable_sms"),
    # no mobile network, Wi-Fi there, what to install asked: the app
    ("No mobile coverage in our cold store but the wifi works fine. What should the pickers"
     " install to log in from there?", "ask_what_is_2fa", "ask_enable_app"),
    # the codes by text today, a poor signal where one goes, something else wished
    ("J'ai donné mon numéro au départ mais là où je vis mon portable capte très mal, je voudrais"
     " une solution qui marche sans réseau", "ask_why_2fa", "request_switch_method"),
    # everything by text today, only Wi-Fi ahead: the move to the app
    ("Next month I'm on an oil platform with wifi only, and right now everything for the portal"
     " comes to me by text", "sms_not_received", "request_switch_method"),
    ("Le siège impose Microsoft Authenticator pour tout, et chez moi tout arrive par SMS depuis"
     " le début. Je fais quoi ?", "ask_enable_app", "request_switch_method"),
    # a number to be cancelled, a new one coming
    ("I'm relocating to Spain and my Irish mobile will be cancelled at the end of the month, the"
     " codes go there now", "sms_not_received", "phone_changed"),
    # not sure it was done, the days possibly skipped: the status
    ("I don't remember if I set the thing up or kept pressing later, can you check?",
     "ask_deadline", "ask_my_status"),
    # the devices' configuration texts: out of scope
    ("Les boîtiers ne reçoivent plus les SMS de configuration que j'envoie depuis le portail",
     "sms_not_received", "out_of_scope"),
    # a colleague who never types the digits, the customer every time: the 30 days' box
    ("My coworker never types any code when he logs in but I'm asked each time, what did he"
     " change?", "ask_code_format", "ask_remember_device"),
    # a text received and feared to be phishing, its deletion asked: no 2FA turned off
    ("J'ai reçu un SMS avec un code M2Mmanager pendant que je me connectais, mon fils dit que"
     " c'est une arnaque, je le supprime ?", "sms_not_received", "sms_not_received"),
    # a reset phone's clock off, the app's six digits met by an error: the refused code
    ("Since my phone was reset the time is a few minutes behind and the app's code gets an"
     " error every time", "code_rejected", "code_rejected"),
    # a solution asked for where there is no network: the classifier's set-up, not the
    # offline question
    ("Au chantier il n'y a presque pas de réseau. Y a-t-il un moyen qui fonctionne sans réseau"
     " pour me connecter ?", "ask_enable_app", "ask_enable_app"),
    # fifty-sixth outside check, F10: one computer shared by several people, the codes asked
    ("Four of us use the same PC in the workshop, how do the codes work for us?",
     "ask_how_enable", "ask_remember_device"),
    ("On est plusieurs à partager un ordinateur au dépôt, comment ça se passe pour les codes ?",
     "phone_changed", "ask_remember_device"),
    # ...a successor asked for a code, where to find it
    ("La comptable qui gérait le compte est partie en juin, je la remplace. Le portail me"
     " demande un code, je le récupère où ?", "ask_code_format", "phone_changed"),
    # ...which method to choose, both named
    ("je choisis quoi moi, sms ou application ?", "ask_enable_sms", "ask_methods"),
    # ...a reset request asked about before making it
    ("et si je demande la réinitialisation, ça prend combien de temps ?", "ask_request_status",
     "phone_changed"),
    # F4: the number of one's request asked
    ("can you give me the reference of my reset request?", "ask_request_status", "ask_reference"),
    ("c'est quoi déjà le numéro de mon dossier ?", "ask_contact", "ask_reference"),
    # DEV101-102's kinds: no signal, nothing set up yet, a way without the network asked
    ("Au fond de la carrière ça ne capte pas du tout, je n'ai encore rien configuré : il existe"
     " une solution sans réseau ?", "sms_not_received", "ask_enable_app"),
    ("No signal at all on the dam site and I haven't set anything up yet, I need something that"
     " doesn't depend on the network", "ask_enable_sms", "ask_enable_app"),
    # ...a code offered to be pasted in the chat, "it" for the code
    ("Do you want my code? I can paste it here in the chat", "ask_contact", "ask_code_format"),
    # ...no store on the phone, another option asked: the texts
    ("My phone has no Google Play so none of those apps. What other option do I have?",
     "ask_how_enable", "ask_enable_sms"),
    # ...a temp whose contract ends, his phone on the account
    ("Le stagiaire a mis son portable sur notre compte et son contrat se termine demain, on fait"
     " comment ?", "ask_how_enable", "phone_changed"),
    # ...a black screen after a fall, the phone that gets the codes
    ("After a fall my screen stays black, it still rings but I can't see the codes", "sms_not_received",
     "phone_changed"),
    # ...a landline offered for the codes, named before
    ("We only use the desk phone here, no mobiles. Can the codes go to that number?", "ask_methods",
     "ask_enable_sms"),
    # ...a method picked at the start, the other wanted now, how to change it asked
    ("J'ai choisi le SMS au début et maintenant je veux l'appli, comment le changer ?",
     "ask_enable_app", "request_switch_method"),
]

DEV99_100_LEFT_ALONE = [
    # turning the texts' 2FA off is still turning 2FA off
    ("je veux désactiver la double authentification par SMS", "ask_why_2fa"),
    # texts not received at login, the portal named: the SMS that never came
    ("I'm not receiving the login SMS from the portal", "sms_not_received"),
    # "is it still valid tomorrow?" is the kept code's question
    ("If I write down today's code, will it still be valid tomorrow?", "ask_code_format"),
    # one code for several people is the code's question
    ("On partage un seul poste à plusieurs, un même code peut servir à tout le monde ?",
     "ask_code_format"),
    # the two methods with what comes next asked: the set-up's steps
    ("Il y a l'appli ou le SMS, je choisis quoi et comment ça se passe après ?", "ask_how_enable"),
    # a request someone made, whether it is done: its status
    ("ma collègue a demandé la réinitialisation hier, c'est bon ?", "ask_request_status"),
    # a number one has, where it stands asked: the status
    ("We have a ticket number already, any update on it?", "ask_request_status"),
    # DEV102: whether it can wait is the 28 days; nothing done before a trip, the 28 days;
    # "every website's gone phone plus password" is no phone lost
    ("Can this wait until after the holidays or will I get shut out?", "ask_deadline"),
    ("Si je ne fais rien avant mon départ en mer, je pourrai me connecter au retour ?", "ask_deadline"),
    ("Everyone says all the sites have gone phone plus password, what does that mean?",
     "ask_what_is_2fa"),
    # a code pasted by mistake, deletion asked, stays the deletion
    ("I pasted my code here by mistake, please delete all this", "request_forget_conversation"),
]


# DEV103-104's kinds and the fifty-seventh check's, in other words than theirs: (text, what the
# classifier might hear, the topic)
DEV103_104_KINDS = [
    # a store locked by IT and nothing can be added, the QR code asked for: the texts
    ("Our phones are locked down by IT, the Play Store is blocked. Now the portal shows me a QR"
     " code to scan.", "ask_enable_app", "ask_enable_sms"),
    ("Sur nos portables l'App Store est bloqué par la DSI, impossible d'installer quoi que ce soit."
     " Le portail veut que je scanne un code.", "ask_enable_app", "ask_enable_sms"),
    # the spam folder looked through, the text not there: the SMS that never came
    ("My phone puts texts from short numbers in a junk folder. I looked there, the code isn't there"
     " either.", "phone_changed", "sms_not_received"),
    ("J'ai regardé dans les SMS indésirables, rien non plus.", "deny", "sms_not_received"),
    # switched on for the whole team, nothing seen by the customer: their own status
    ("IT says they turned it on for the whole office on Monday, but I haven't noticed anything"
     " different when I log in.", "ask_how_enable", "ask_my_status"),
    # texts ruled out by a policy, said as "no SMS-based" or "everything through an app"
    ("Company rule: no SMS-based verification, it all has to go through an authenticator app."
     " What do I do on your portal?", "ask_how_enable", "ask_enable_app"),
    ("Chez nous tout doit passer par une appli d'authentification, aucune sécurité par SMS. Comment"
     " je fais sur votre portail ?", "ask_how_enable", "ask_enable_app"),
    # the app set up some time ago, a text each time wished
    ("I configured the codes with Google Authenticator last year but my phone is full. Receiving"
     " a text each time would be easier.", "ask_enable_sms", "request_switch_method"),
    # back to the sending on one's mobile
    ("Je voudrais revenir à l'envoi par SMS, l'appli m'embrouille. Comment faire ?",
     "ask_how_enable", "request_switch_method"),
    # two accounts to merge: accounts, out of scope
    ("We bought another firm that has its own M2Mmanager account, can you merge the two accounts?",
     "ask_deadline", "out_of_scope"),
    # someone about to leave whose number is the one on file
    ("Notre apprentie part lundi et c'est son portable qui reçoit les codes. On fait comment pour"
     " mettre le mien ?", "ask_how_enable", "phone_changed"),
    # the app's countdown asked about, heard as the general steps
    ("There's a timer ring next to the code in my authenticator, what happens when it runs out?",
     "ask_how_enable", "ask_code_format"),
    # digits kept and whether they are permanent
    ("I wrote the six digits in our password manager, today they don't match. Are the digits not"
     " permanent?", "out_of_scope", "ask_code_format"),
    # the whole text or only its digits
    ("Do I copy the full SMS or only the code into the box?", "code_rejected", "ask_code_format"),
    # how long before it is forced, for one's account: the 28 days
    ("How much time do I have before 2FA becomes mandatory on my account?", "ask_my_status",
     "ask_deadline"),
    # the choice offered, an app already at hand
    ("On a déjà tous Microsoft Authenticator. Le portail me propose de choisir une méthode, je"
     " prends quoi ?", "ask_methods", "ask_enable_app"),
    # fifty-seventh check: the days left asked after starting the app (F3), a method taken in a
    # few words (F4), turning 2FA off with a grumble (F7)
    ("I've begun setting up the authenticator, how many days are left?", "ask_enable_app",
     "ask_my_status"),
    ("ok je prends le SMS", "sms_not_received", "ask_enable_sms"),
    ("I'll go with the app", "ask_methods", "ask_enable_app"),
    ("can I switch off 2FA? I'm sick of typing a code every time", "ask_remember_device",
     "ask_remember_device"),
]

DEV103_104_LEFT_ALONE = [
    # the password's reset email looked for in the spam: out of scope
    ("The password reset email isn't in my spam folder either", "out_of_scope"),
    # a code found in the spam after all is no SMS that never came
    ("I found the code in my junk messages after all, but it's refused", "code_rejected"),
    # the days "left" before it is forced stay the status's
    ("How long do I have left before it becomes mandatory for me?", "ask_my_status"),
    # a language said, not asked for
    ("I'm going with the app. Which one should I download?", "ask_enable_app"),
    # a will to enable now with the app stays the app's set-up
    ("je vais l'activer avec l'appli maintenant", "ask_enable_app"),
    # a phone number wanted instead, nobody leaving
    ("comment mettre mon nouveau numéro à la place de l'ancien ?", "phone_changed"),
]


# DEV105-106's kinds, in other words than theirs
DEV105_106_KINDS = [
    # a lost phone some day, asked with « que se passe-t-il si »
    ("Qu'est-ce qui se passe si je casse mon portable avec l'appli dessus ?", "ask_deadline",
     "phone_changed"),
    # the code read aloud by a colleague
    ("My foreman reads me the six digits over the phone when I'm on site, is that allowed?",
     "phone_changed", "ask_code_format"),
    # who to ring when stuck, heard as the 28 days
    ("Who should I call if the setup goes wrong?", "ask_deadline", "ask_contact"),
    # where to start in the portal
    ("On m'a dit qu'il fallait sécuriser le compte. Je commence où ?", "ask_how_enable",
     "ask_how_enable"),
    # a set-up cut off by a frozen screen, whether it took
    ("The page froze after I clicked Continue, did my activation go through?", "ask_how_enable",
     "ask_my_status"),
    # fed up with the app, a plain text wished
    ("J'en ai marre de l'appli, je peux revenir aux SMS ?", "ask_enable_sms",
     "request_switch_method"),
    # nobody allowed to install anything
    ("It's a shared handset and nobody is allowed to install apps on it. Can it still get the"
     " login codes?", "ask_enable_app", "ask_enable_sms"),
    # what was clicked on the popup forgotten
    ("I can't remember what I clicked on the security popup last week.", "ask_how_enable",
     "ask_my_status"),
    ("J'ai vu la fenêtre de sécurité mais je ne sais plus ce que j'ai cliqué.", "ask_how_enable",
     "ask_my_status"),
    # a cracked camera and the square to scan
    ("My phone's camera is broken and the portal wants me to scan a QR code.", "ask_enable_app",
     "ask_enable_sms"),
    # an admin's report of which users have it
    ("Can I see which of our employees have activated two-factor?", "ask_how_enable",
     "out_of_scope"),
    # a line to ring
    ("Is there a number I can call from the office phone?", "ask_deadline", "ask_contact"),
    # shut out now
    ("Yesterday it worked, today nothing. Am I locked out?", "ask_since_when", "ask_my_status"),
    # the Google option taken, what to download
    ("I clicked the Google option and there's a QR code. What do I download?", "ask_how_enable",
     "ask_enable_app"),
    # typing to a machine refused
    ("Writing to a machine is not for me, call me on my mobile please", "inform", "request_human"),
    # someone away at sea with the phone
    ("Notre comptable est en mer pour trois semaines et tout arrive sur son portable.",
     "ask_how_enable", "phone_changed"),
    # fifty-eighth outside check: a method taken, heard as a goodbye or a yes, a question after
    # it (F1); only a landline (F2); a person wanted, heard as the status or a changed phone (F3);
    # the code offered, heard as the app's set-up (F5)
    ("I'll use SMS", "goodbye", "ask_enable_sms"),
    ("bon je vais choisir l'appli. elle est gratuite ?", "affirm", "ask_enable_app"),
    ("We've only got a desk phone here, how do we get the codes?", "ask_deadline", "ask_methods"),
    ("mon collègue n'a qu'une ligne fixe, il peut faire comment ?", "sms_not_received",
     "ask_methods"),
    ("my login is blocked, I need an agent", "ask_my_status", "request_human"),
    ("how can I reach a human on the phone?", "phone_changed", "request_human"),
    ("may I give you the code shown in my app here?", "ask_enable_app", "ask_code_format"),
    # ...postponing no longer offered and access needed now (F9): the 28 days, with what now
    ("Je ne peux plus reporter et j'ai besoin d'accéder au portail ce matin, je fais quoi ?",
     "ask_deadline", "ask_deadline"),
    # DEV105-106's last kinds: the code's field named by a screen reader, what it wants; a
    # colleague's popup gone, one's own still there
    ("The screen reader says « Code à usage unique », edit field. What goes there?",
     "sms_not_received", "ask_code_format"),
    ("Her popup is gone since she set up her phone, mine is still there. So mine isn't active?",
     "sms_not_received", "ask_my_status"),
]

DEV105_106_LEFT_ALONE = [
    # a scan that fails, no camera named
    ("je n'arrive pas à scanner le qr code", "ask_enable_app"),
    # one's own account asked beside the list
    ("Our auditor wants to know which users have 2FA; is it on for my account?", "ask_my_status"),
    # the bot asked about
    ("am I talking to a bot?", "bot_challenge"),
    # a colleague who reads the code off his own phone for himself
    ("Mon collègue lit le code sur son téléphone et le tape, c'est normal ?", "ask_code_format"),
]


# DEV107-108 (thirty-first session, written blind, first scored on the previous session's final
# code): each kind of their misses in other words, and what the new rules leave alone
DEV107_108_KINDS = [
    # an authenticator used for the bank, every code wanted in one place
    ("J'ai déjà une appli qui me donne des codes pour ma banque, je voudrais tout avoir au même "
     "endroit.", "ask_enable_app", "ask_enable_app"),
    ("I have an app that shows me codes for my email, can the portal go in one place with it?",
     "request_switch_method", "ask_enable_app"),
    # no mobile network up there, internet by satellite, advice asked
    ("Le refuge n'a aucun réseau, seulement internet par satellite. Vous me conseillez quoi pour "
     "me connecter ?", "out_of_scope", "ask_enable_app"),
    # a password manager offers to keep the digits
    ("Bitwarden wants to store the code with my login for next time, is that OK?",
     "code_rejected", "ask_code_format"),
    ("Mon trousseau propose de garder le code avec mon mot de passe, j'accepte ?",
     "ask_how_enable", "ask_code_format"),
    # the carrier's new SIM with a new number
    ("My carrier gave me a new SIM card and a new number, now I can't log in to the portal.",
     "out_of_scope", "phone_changed"),
    # back from leave, kept out, no set-up named
    ("Je rentre de trois semaines de vacances et je n'arrive plus à me connecter au portail.",
     "out_of_scope", "ask_my_status"),
    ("Back from sick leave and the portal won't let me in any more.", "code_rejected",
     "ask_my_status"),
    # the popup put off until today, ready now
    ("I've been dismissing that popup for a month. Today I finally have time, where do I start?",
     "ask_deadline", "ask_how_enable"),
    ("J'ai toujours reporté la fenêtre. Ce matin j'ai le temps, je fais quoi dans l'ordre ?",
     "ask_deadline", "ask_how_enable"),
    # ...asked to last until leaving
    ("Notre saisonnier ferme la fenêtre à chaque fois, il peut continuer comme ça jusqu'à la fin "
     "de son contrat ?", "ask_how_enable", "ask_deadline"),
    # ...declined for everyone
    ("Le chef a cliqué non pour tout le monde sur la fenêtre de sécurité, on est tranquilles ?",
     "ask_why_2fa", "ask_deadline"),
    # the popup brushed off, away abroad for weeks
    ("I keep skipping the security prompt and I'm heading abroad for a two-month job. Will that "
     "be a problem?", "ask_why_2fa", "ask_deadline"),
    # the phone's owner offshore, off sick
    ("Our manager has the codes on his phone and he's offshore for six weeks.", "ask_how_enable",
     "phone_changed"),
    ("Mon collègue est en arrêt et les codes du compte arrivent sur son portable.", "ask_why_2fa",
     "phone_changed"),
    # a login loop with the password accepted
    ("Password accepted, then the page sends me back to the login screen every time. What's "
     "wrong?", "ask_how_enable", "ask_my_status"),
    # a code typed slowly and refused in red: the refused code, not the loop
    ("Je tape le code lentement et au moment de valider, message rouge et retour au début.",
     "code_rejected", "code_rejected"),
    # a parent who reads texts but installs nothing
    ("Mon père reçoit ses SMS sans problème mais installer une appli, c'est hors de question. "
     "Que choisir ?", "ask_enable_app", "ask_enable_sms"),
    # the same code on another device
    ("I logged in on my desktop with a code, will that same code work on my tablet?",
     "ask_remember_device", "ask_code_format"),
    ("J'ai utilisé un code sur le PC du bureau, est-ce que ce code marche aussi sur mon "
     "portable ?", "ask_remember_device", "ask_code_format"),
    # a phone handed back, the digits asked from a device no longer had
    ("J'ai rendu mon téléphone pro et le portail me demande des chiffres d'un appareil que je "
     "n'ai plus.", "code_rejected", "phone_changed"),
    # lost track of where one stands
    ("The laptop lets me in but the tablet asks for a code, I've lost track of where I stand.",
     "ask_remember_device", "ask_my_status"),
    # texts in a basement, Wi-Fi fine; texts late, something better asked
    ("My login codes come by text but there's no signal in the workshop, only Wi-Fi.",
     "sms_not_received", "request_switch_method"),
    ("Les textos arrivent en retard, on capte presque rien ici. Je suis configuré comme ça, il "
     "n'y a pas mieux ?", "sms_not_received", "request_switch_method"),
    # the app for the portal banned by IT
    ("IT says the app I use for the portal is not on the approved list, it has to go by Monday.",
     "ask_enable_app", "request_switch_method"),
    # the phone that makes the codes kept, texts wished
    ("My old phone is the one that generates the codes, I'd rather get a text on my new one.",
     "ask_enable_sms", "request_switch_method"),
    # a breach elsewhere, a link asked
    ("Un fournisseur s'est fait pirater le mois dernier et maintenant vous me demandez mon "
     "téléphone. Il y a un lien ?", "out_of_scope", "ask_why_2fa"),
    # an announcement missed, told today
    ("Last time I logged in there was nothing, today it wants my phone. Did I miss an email?",
     "sms_not_received", "ask_since_when"),
    # old notes, out of date
    ("Les fiches de mon prédécesseur ne parlent que du mot de passe, elles sont périmées ?",
     "ask_what_is_2fa", "ask_since_when"),
    # already a phone at the time, in 2024
    ("Did the portal already require a phone back in March 2024?", "code_rejected",
     "ask_since_when"),
    # a text deleted, still on the page
    ("I accidentally deleted the text with the code and I'm still on the page.",
     "sms_not_received", "request_resend"),
    # someone on the phone to go through it
    ("Is there someone from your team who can do the setup with me by phone?", "ask_how_enable",
     "request_human"),
    # who he can call
    ("Mon patron ne veut pas du chat, il demande qui il peut appeler.", "request_human",
     "ask_contact"),
    # the phone's part of the login
    ("The notes say login = password + phone. Can you explain the phone part?", "out_of_scope",
     "ask_what_is_2fa"),
    # what one does at the step, heard as why
    ("My team asks why I pick up my phone at each login. What am I actually doing at that step?",
     "ask_why_2fa", "ask_what_is_2fa"),
    # a shared on-call phone for the codes
    ("We have one duty phone passed between the night staff. Can the codes go to it? How do we "
     "set it up?", "phone_changed", "ask_enable_sms"),
    # the codes forwarded to a boss for when people are off sick: passing the code on, not a
    # phone of someone away (the session's lost-line check, after "off sick" was read as away)
    ("The boss wants our codes forwarded to his phone so he can get into our accounts when we're "
     "off sick. Is that allowed?", "ask_what_is_2fa", "ask_code_format"),
    # a customer's own next login, not one asked again: the 28 days
    ("I skipped the security popup and I'm going abroad for two months and won't log in again "
     "until I'm back, is that ok?", "ask_why_2fa", "ask_deadline"),
    # the fifty-ninth outside check's messages, in other words: why a code now (F4), not the
    # reset's reason; whether it is needed at all, heard as out of scope
    ("pourquoi vous me demandez un code maintenant pour voir mes factures ?", "ask_why_2fa",
     "ask_why_2fa"),
    ("I just log in to check the invoices, do we really need this?", "out_of_scope",
     "ask_deadline"),
    # a typo told with the right number (F3): the SMS steps, not a changed phone
    ("oops I mistyped my number, can you send the code to 07700 900123 instead?", "ask_contact",
     "sms_not_received"),
    # a resend asked again (F7)
    ("toujours pas, renvoyez encore svp", "sms_not_received", "request_resend"),
    # the login asked again once (F8): the set-up's step 4
    ("it made me sign in again after Continue, is that normal?", "ask_remember_device",
     "ask_how_enable"),
    # postponing gone, « ne » dropped, access needed (F17)
    ("je peux plus repousser, j'ai besoin de me connecter aujourd'hui", "phone_changed",
     "ask_deadline"),
    # the SMS still awaited with the procedure asked (F5): the SMS's answer, not the steps
    ("j'ai toujours pas recu le texto, c'est quoi la marche a suivre ?", "sms_not_received",
     "sms_not_received"),
    # the code asked at an email address typed (F15): the methods there are
    ("here's my address: ops@example.org, can you send the code to that address?",
     "request_resend", "ask_methods"),
    # a resend to a new number, the SMS in a tie (sixtieth check, F2)
    ("renvoyez le code sur mon nouveau numéro svp 07 12 34 56 78", "sms_not_received",
     "phone_changed"),
    # turning it on for all one's users (fifty-eighth check, F4; fifty-ninth, F2)
    ("i'm the admin, can you enable 2fa for all our 12 users at once?", "ask_since_when",
     "ask_how_enable"),
    ("As the admin, can I activate 2FA for all my users in one go?", "ask_since_when",
     "ask_how_enable"),
    ("Est-ce que je peux mettre en place la double authentification pour toute l'équipe ?",
     "ask_deadline", "ask_how_enable"),
]
# DEV109-110 (thirty-second session, written blind): the kinds their misses showed, in other
# words than the sets' lines (what the classifier heard, the topic that answers)
DEV109_110_KINDS = [
    # texts late or never where one is, another way asked or the computer's network told
    ("Dans la cave il n'y a pas de réseau mobile et les SMS n'arrivent jamais, mais le PC est "
     "branché en filaire. Il existe un autre moyen ?", "sms_not_received", "ask_enable_app"),
    ("No mobile signal at the dam, texts arrive hours late. We have wifi in the control room.",
     "sms_not_received", "ask_enable_app"),
    # ...or a move to something else asked
    ("Les textos arrivent toujours en retard chez moi à la montagne, je voudrais passer à une "
     "appli.", "sms_not_received", "request_switch_method"),
    ("Texts reach me late on the boat, can I switch to something that works offline?",
     "ask_enable_app", "request_switch_method"),
    # the menu that turns it on looked for
    ("I can't find anything in the settings to enable 2FA, which menu is it?", "ask_since_when",
     "ask_how_enable"),
    # the day it became unavoidable asked for a report
    ("Pour mon registre, j'ai besoin du jour où la connexion par code est devenue obligatoire.",
     "phone_changed", "ask_since_when"),
    # a watch that shows texts, the code wanted on it
    ("My smartwatch shows my text messages, could the login code show up on my wrist?",
     "code_rejected", "ask_enable_sms"),
    # a public computer, what to tick
    ("Je dois me connecter depuis l'ordinateur de la bibliothèque, je dois décocher quelque "
     "chose ?", "ask_how_enable", "ask_remember_device"),
    # a number one will not give, a smartphone at hand
    ("She won't give her mobile number to websites, but she has an Android phone. What can she "
     "use?", "ask_enable_sms", "ask_enable_app"),
    # not asked for a code while everyone else is
    ("Mes collègues doivent tous taper un code, moi on ne m'a rien demandé ce matin. C'est "
     "normal ?", "ask_why_2fa", "ask_my_status"),
    # the popup's days going down, what at zero
    ("The popup shows a number that drops every day, yesterday 5 today 4. What happens when it "
     "reaches zero?", "ask_code_format", "ask_deadline"),
    # the computer reinstalled, the code asked again
    ("Since IT reformatted my PC the portal asks me for the code every time again.",
     "phone_changed", "ask_remember_device"),
    # someone's time left asked to be looked up
    ("Combien de jours il reste à mon patron avant d'être obligé ? Vous pouvez regarder pour lui ?",
     "ask_how_enable", "ask_my_status"),
    # a new one asked in slang
    ("Le code est arrivé trop tard, envoyez-m'en un tout neuf svp", "sms_not_received",
     "request_resend"),
    # sixty-first outside check, F1: a new phone with the same number, heard as the SMS set-up
    # (the changed phone's answer tells SMS and app accounts apart: bot/rasa_ext/nlg.py)
    ("codes par sms chez moi, j'ai changé de portable mais gardé mon numéro, il faut refaire "
     "quelque chose ?", "ask_enable_sms", "phone_changed"),
    ("switched phones last week, kept my number, will the texts still come?", "sms_not_received",
     "phone_changed"),
    # sixty-first outside check, F2: one more mistake after the lock's rule, heard as the 28 days
    ("et si je me trompe encore une fois ?", "ask_deadline", "code_rejected"),
    ("what if I get it wrong again?", "ask_deadline", "code_rejected"),
]
# DEV111-112 (written blind, first scored on the rules above): their kinds in other words
DEV111_112_KINDS = [
    # the registered phone far away for weeks
    ("My phone is sitting in a drawer at my parents' holiday house 500 km away until next month, "
     "and the portal wants the digits.", "sms_not_received", "phone_changed"),
    # a colleague's watch, the same wished
    ("Mon chef valide sa connexion depuis sa montre, je voudrais le même système que lui.",
     "ask_code_format", "ask_enable_app"),
    # the code read out by a call on a landline
    ("A robot voice calls the office landline and reads out the code instead of a text.",
     "ask_methods", "sms_not_received"),
    # a person preferred after "who is this?"
    ("C'est un robot ? Je préfère parler à quelqu'un, c'est compliqué.", "bot_challenge",
     "request_human"),
    # told it can be ignored for good
    ("Someone said we can just dismiss the prompt forever, is that right?", "ask_how_enable",
     "ask_deadline"),
    # what the boss gets, forwarded
    ("Mon directeur peut me faire suivre ce qu'il reçoit sur son portable ?", "ask_why_2fa",
     "ask_code_format"),
    # a code about to be pasted here, seen or not
    ("If I type the code here, can you see it?", "request_forget_conversation", "ask_code_format"),
    # on texts now, no signal half the week, an app said to work without network
    ("I'm registered with my number for the codes, but the warehouse basement has no signal and "
     "a colleague says an app works offline.", "ask_enable_app", "request_switch_method"),
    # a password alone enough at a past moment
    ("For the audit: back in March 2024, was the account protected by more than a password on the "
     "night of the 12th?", "ask_why_2fa", "ask_since_when"),
    # the app's code changed while typed
    ("Les chiffres de l'appli ont changé pendant que je les tapais, je recommence ?",
     "phone_changed", "ask_code_format"),
    # back from leave, the portal refuses to let one in
    ("Back from paternity leave and the portal refuses to let me in with my usual password.",
     "code_rejected", "ask_my_status"),
    # a partner's popup gone, mine still there, the same wished
    ("My partner did it yesterday and the popup is gone for him; for me it's still there, I want "
     "to do the same.", "ask_my_status", "ask_how_enable"),
    # one's own among a team's
    ("Deux de mes gars n'ont jamais vu la fenêtre, moi je voudrais savoir où en est le mien.",
     "ask_since_when", "ask_my_status"),
    # the 'effective from' date of a printed sheet
    ("I'm updating our login instructions and need the effective from date for the extra code.",
     "ask_how_enable", "ask_since_when"),
    # sixty-second outside check, F4 and F7: kept out because a code is asked; a watch to approve
    ("je peux pas me connecter, ça me demande un code", "ask_remember_device", "ask_code_format"),
    ("can I confirm the login from my smartwatch?", "out_of_scope", "ask_enable_app"),
    # sixty-fourth outside check (each in other words than the finding's): a phone left in the
    # car or at a friend's, heard as the SMS set-up; a colleague in a meeting with the app, under
    # the fallback; someone logging in for the boss, heard as the contact; "how long before I have
    # to turn it on", heard as the code; the text come after all with "forget it", heard as the
    # SMS; the reset wanted after a no taken back, heard as a yes; a team's new numbers
    ("Mon portable est resté dans la voiture au parking, il y a un autre moyen d'entrer juste "
     "pour ce matin ?", "ask_enable_sms", "ask_remember_device"),
    ("left my mobile at a friend's place yesterday, I need to log in before I get it back",
     "ask_my_status", "ask_remember_device"),
    ("the colleague who has the authenticator on her phone is in a meeting all morning, I need to "
     "log in", "ask_how_enable", "phone_changed"),
    ("the teammate who holds the app on his phone is away on holiday, and I have to log in today",
     "ask_since_when", "phone_changed"),
    ("je me connecte à la place de ma directrice mais c'est sur son portable que le code arrive",
     "ask_contact", "ask_code_format"),
    ("how long before we have to enable this two factor thing?", "ask_code_format", "ask_deadline"),
    ("laissez tomber, le sms vient d'arriver", "sms_not_received", "cancel"),
    ("non en fait si, je veux bien qu'on lance la réinitialisation", "affirm", "phone_changed"),
    ("Our sales team all changed numbers after the carrier switch, what should we do about the "
     "codes?", "sms_not_received", "phone_changed"),
    # sixty-third outside check, F4: a code asked though never set up, in mixed French and English
    ("hello, desolee mon anglais - when I log in ça me demande un code but I never activated that",
     "ask_reference", "ask_my_status"),
    # sixty-third outside check, F3: the call wanted after all, heard as a yes or a no
    ("ah si finalement je veux bien qu'on me rappelle", "affirm", "request_human"),
    ("actually wait, I'd like someone to call me after all", "deny", "request_human"),
    # sixtieth outside check, F4: a digit of the number typed wrong, heard as a refused code
    ("I typed one digit wrong in my mobile number, it ends in 41 not 14", "deny",
     "sms_not_received"),
    ("je me suis trompé d'un chiffre dans le numéro, c'est 41 pas 14", "affirm", "sms_not_received"),
    # sixty-first outside check, F7: a password typed (masked by the guard) with the SMS never come
    ("mon mot de passe c'est •••••••• et mon mail x@y.fr, vous pouvez me connecter ? le sms arrive "
     "jamais", "out_of_scope", "sms_not_received"),
    ("password: •••••••• - please just log me in, the text with the code never arrived",
     "out_of_scope", "sms_not_received"),
    # sixty-second outside check, F2: one who logs in for the holder, heard as the steps or the
    # reset (other words than the finding's)
    ("Ma secrétaire se connecte à ma place sur le portail mais les codes arrivent sur mon "
     "mobile, on fait comment quand je suis en réunion ?", "ask_how_enable", "ask_code_format"),
    ("I sign in on my director's behalf, but the digits go to her mobile. What's the right way?",
     "phone_changed", "ask_code_format"),
    # sixty-second outside check, F3: the phone left at home for the day, heard as the reset, the
    # 28 days or out of scope (other words than the finding's)
    ("Mon portable est resté à la maison ce matin, comment je fais pour entrer sur le portail ?",
     "phone_changed", "ask_remember_device"),
    ("I forgot my phone at home today and the portal wants the code, any way in?", "out_of_scope",
     "ask_remember_device"),
    ("j'ai laissé mon tel dans la voiture au parking, je peux me connecter quand même ?",
     "ask_my_status", "ask_remember_device"),
    # a tool named beside one's own account's lock asked
    ("Since IT added a VPN I'm stuck after my password, I can't tell if my account is blocked.",
     "ask_my_status", "ask_my_status"),
]
# DEV113-114's kinds (written blind; first sight in results/field-dev113-first.md and
# -dev114-first.md), each in other words than the set's line
DEV113_114_KINDS = [
    # the method chosen at the set-up told, the other wished
    ("I picked texts when I first set it up, but now I work offshore I'd like to use an "
     "authenticator.", "ask_enable_app", "request_switch_method"),
    ("We went with the app at the start but I'd rather get the code as a text now.",
     "ask_enable_sms", "request_switch_method"),
    ("J'avais choisi les SMS au départ ; maintenant je voudrais l'appli, comme mon collègue qui "
     "génère ses codes hors réseau.", "ask_enable_app", "request_switch_method"),
    # back from a long absence, how it works explained
    ("Back from a year abroad, the portal mentions a second factor now. Can you explain simply how "
     "it works?", "phone_changed", "ask_what_is_2fa"),
    # back from leave, only the set-up shown, the account asked
    ("Rentrée de six semaines d'arrêt, le portail ne me montre que la configuration de la double "
     "authentification. Mon compte est bloqué ?", "ask_deadline", "ask_my_status"),
    # a new code each time on the same computer, a way to avoid it
    ("Un nouveau code à chaque fois sur mon poste fixe, il y a un moyen de ne plus avoir ça ?",
     "ask_code_format", "ask_remember_device"),
    # a retired holder with the phone; everyone's new numbers after a carrier change
    ("Notre chef d'atelier est parti à la retraite avec son portable, et le portail attend un code "
     "qui arrive chez lui.", "sms_not_received", "phone_changed"),
    ("We moved operator and all staff got new numbers; the login texts go who knows where.",
     "sms_not_received", "phone_changed"),
    # the number changed and a ticket to raise
    ("J'ai changé de numéro, comment je fais pour ouvrir une demande de réinitialisation ?",
     "ask_request_status", "phone_changed"),
    # the code field's label and "the code is wrong"
    ("In the 'Code à usage unique' field it says the code is wrong every time, what now?",
     "ask_code_format", "code_rejected"),
    # texts rather than an app, its set-up
    ("Comment configurer la double authentification par SMS plutôt qu'avec une application ?",
     "ask_enable_app", "ask_enable_sms"),
    # a QR code shown, what to do with it
    ("A window with a QR code just popped up, what am I supposed to do with this QR code?",
     "sms_not_received", "ask_enable_app"),
    # changed during one's absence; since when required, a label quoted
    ("Has this extra step changed while I was away, or was it already there before?",
     "ask_why_2fa", "ask_since_when"),
    ("The portal wants me to turn on this double authentication thing - since when is this "
     "required?", "ask_how_enable", "ask_since_when"),
    # nothing new installed, another way asked
    ("Je n'installe plus rien sur mon téléphone depuis un virus, il y a une autre solution ?",
     "ask_enable_app", "ask_enable_sms"),
    # the postponing's count lost, one's own time asked
    ("I've dismissed that popup loads of times, no idea how many. How long do I have left?",
     "ask_deadline", "ask_my_status"),
    # the login's identifier
    ("What's my username for the portal, my email or my customer number?", "ask_my_status",
     "out_of_scope"),
]
DEV113_114_LEFT_ALONE = [
    # an app in use, nothing else wished: the app's question stays
    ("I went with the app at the start, how do I add the portal to it?", "ask_enable_app"),
    # a new code each time asked, no wish to avoid it: the code's answer
    ("Is it a new code each time or always the same one?", "ask_code_format"),
    # the number changed, a request's state asked: the request's state
    ("I changed my number last week; what's the status of my request?", "ask_request_status"),
]

# DEV115-116 (written blind), each kind in other words than the set's line
DEV115_116_KINDS = [
    # a delay to turn it on believed, and checked
    ("Quelqu'un m'a dit qu'on avait deux semaines pour activer la double authentification, "
     "je me trompe ?", "ask_how_enable", "ask_deadline"),
    ("My manager says we have six weeks to enable it. Is that correct?", "ask_my_status",
     "ask_deadline"),
    # set up with one's number, no signal where one works, Wi-Fi there: the move to the app
    ("Our pumping station has no mobile signal. I set it up with my mobile number in June, and "
     "the control room only has wifi.", "phone_changed", "request_switch_method"),
    ("Pas de réseau mobile au chantier ; j'ai tout configuré avec mon numéro mais on a le wifi "
     "dans le bungalow.", "ask_enable_app", "request_switch_method"),
    # codes by text now, no network ahead, the phone said to work offline
    ("Six weeks on an oil platform coming up, no mobile network there, though my phone works "
     "perfectly offline. Right now my codes come by text.", "ask_enable_sms",
     "request_switch_method"),
    ("Je pars en expédition, aucun réseau mobile là-bas mais mon téléphone fonctionne hors "
     "ligne. Mes codes me arrivent par SMS pour l'instant.", "sms_not_received",
     "request_switch_method"),
    # the app said to give the codes, texts needed now
    ("Our authenticator app gives us the codes, but IT is removing all apps from work phones; "
     "we need them by text instead.", "ask_enable_sms", "request_switch_method"),
    # kept out with the password said right, after
    ("I can't log into the portal since lunch, and my password is correct, I typed it three "
     "times.", "out_of_scope", "ask_my_status"),
    # a voice wanted
    ("Honestly I just want to hear a real voice, the written answers lose me.", "out_of_scope",
     "request_human"),
    # nothing to be installed, a way asked
    ("The council bans us from installing anything on the work phones. Is there a way to do "
     "this?", "sms_not_received", "ask_enable_sms"),
    # no antenna, a way that works asked, a smartphone at hand
    ("À la cabane on capte une fois par semaine. Il me faut un système pour me connecter qui "
     "fonctionne sans réseau, j'ai un iPhone.", "code_rejected", "ask_enable_app"),
    # how long remembering lasts
    ("How long does the remember this device thing last?", "ask_how_long",
     "ask_remember_device"),
    # what changed between two periods
    ("What changed between January and June 2024 in the way we log in to the portal?",
     "ask_why_2fa", "ask_since_when"),
    # a text that came, the way to the computer, refused
    ("The SMS arrived while I was in the cold room, and by the time I reached my desk it said "
     "invalid.", "sms_not_received", "code_rejected"),
    # a phone fallen from a height
    ("Mon portable a glissé du toit de l'entrepôt, il est en mille morceaux.", "code_rejected",
     "phone_changed"),
    # the phone at repair, a loaner
    ("Mon téléphone est en réparation pour deux semaines, on m'a prêté un téléphone de prêt. "
     "Comment je me connecte ?", "ask_my_status", "phone_changed"),
    # the code asked to be put in the chat (sixty-fourth outside check, F12), in other words
    ("Could you write my verification code here in the chat? My phone is upstairs.",
     "ask_enable_sms", "ask_code_format"),
    ("Vous pouvez m'afficher le code ici, j'ai pas mon tel sous la main", "sms_not_received",
     "ask_code_format"),
    # what a phone has to do with the site, no phone changed
    ("My colleague says the SIM website needs my phone now. What has a phone got to do with a "
     "website?", "phone_changed", "ask_what_is_2fa"),
    # the deadline's day itself (sixty-fifth outside check, F4) asked: the 28 days
    ("le jour de la date limite, il compte encore ?", "ask_my_status", "ask_deadline"),
    ("Until what time on the last day can I still postpone?", "ask_remember_device",
     "ask_deadline"),
    # why one must log in, asked short (sixty-fifth outside check, F7): why, whose answer after
    # "log in first" is its own reason
    ("why do I need to sign in?", "ask_my_status", "ask_why_2fa"),
    # a phone lost or broken that got one past the password: the reset, not the status (DEV91's
    # line, moved by this session's widening: the lost-line check)
    ("Dropped my mobile off the ladder, it won't switch on. It's the only thing that gets me "
     "past the password page.", "ask_what_is_2fa", "phone_changed"),
]
# DEV117-118 (written blind), each kind in other words than the set's line
DEV117_118_KINDS = [
    ("My phone went into the canal on Sunday; the new one has nothing on it and the site wants "
     "the numbers.", "code_rejected", "phone_changed"),
    ("Our team leader walked out after a row on Friday and the login codes go to his mobile.",
     "sms_not_received", "phone_changed"),
    ("Vous êtes un robot ? Il me faut quelqu'un qui comprend, mon cas est compliqué.",
     "bot_challenge", "request_human"),
    ("Ma mère a un portable basique sans internet, elle doit se connecter au portail.",
     "ask_enable_app", "ask_enable_sms"),
    ("Scanning is too much for my uncle but he gets his texts fine, what do we set up?",
     "sms_not_received", "ask_enable_sms"),
    ("The text came at 8 and I only typed it in at about half nine, it says no.",
     "sms_not_received", "code_rejected"),
    ("Our chairman says the login routine is pointless red tape; I want a good answer for him.",
     "ask_how_enable", "ask_why_2fa"),
    ("La page ne me propose plus de passer l'étape après mon mot de passe, que se passe-t-il sur "
     "mon compte ?", "ask_how_enable", "ask_my_status"),
    ("L'an passé un mot de passe suffisait, cet été il a fallu le téléphone. Ça a basculé à un "
     "moment précis ?", "ask_why_2fa", "ask_since_when"),
    ("Can we forward the texts he gets to the whole crew so anyone can log in?",
     "ask_code_format", "ask_code_format"),
    ("Mon collègue dit qu'une fois tapé le code ne resservira pas, il a raison ?",
     "code_rejected", "ask_code_format"),
    ("J'ai reçu un SMS avec des chiffres, je les mets où sur l'ordinateur ?", "ask_enable_sms",
     "ask_code_format"),
    ("My neighbour uses Authy and loves it; I want to go the same way from the start.",
     "ask_how_enable", "ask_enable_app"),
    ("The popup has a sentence ending in (recommended) and two buttons: which one do I click?",
     "ask_how_enable", "ask_how_enable"),

    # the deadline's day named, until what time asked, heard as the line's hours (sixty-sixth
    # outside check, F4)
    ("et le dernier jour, à quelle heure ça s'arrête ?", "ask_contact", "ask_deadline"),
]
# DEV119-120 (written blind, first scored on 81e46c9's rules): each kind in other words
DEV119_120_KINDS = [
    # a relative who set it up on their own phone, moved far away
    ("Mon neveu avait tout installé avec son téléphone à lui, il s'est installé au Canada. Je "
     "fais comment maintenant ?", "ask_how_enable", "phone_changed"),
    ("My granddaughter linked the account to her own mobile and then emigrated. What now?",
     "ask_how_enable", "phone_changed"),
    # the phone left at a closed site for weeks, nobody to send it back
    ("My work phone is stuck in a locker at the plant and I'm on a course for three weeks; nobody "
     "can send it to me.", "sms_not_received", "phone_changed"),
    ("Mon téléphone est resté dans un tiroir au dépôt, je suis en formation pour trois semaines "
     "et personne ne peut me le renvoyer.", "request_resend", "phone_changed"),
    # two phones swapped by mistake
    ("On a échangé nos téléphones par erreur avec mon collègue et il est parti en déplacement.",
     "ask_how_enable", "phone_changed"),
    # a boss who will call himself, what to give him asked
    ("Ma directrice veut vous joindre elle-même cet après-midi, quel numéro je lui donne ?",
     "ask_how_enable", "ask_contact"),
    ("Our owner wants to phone you personally tomorrow; what number should I give him?",
     "ask_why_2fa", "ask_contact"),
    # a breach asked, with the lines at risk
    ("Avez-vous été piratés ? Je veux savoir si nos cartes SIM risquent quelque chose.",
     "ask_contact", "ask_why_2fa"),
    # an authenticator installed and empty, what to do on the portal's side
    ("J'ai dû installer Google Authenticator, c'est fait, mais il est vide. Je fais quoi côté "
     "portail ?", "ask_what_is_2fa", "ask_enable_app"),
    # an app whose digits turn, the portal wanted in it too
    ("On a une appli où des chiffres tournent pour la banque, je peux y ajouter votre portail ?",
     "out_of_scope", "ask_enable_app"),
    # codes by message today, every code wanted in one authenticator
    ("We use Microsoft Authenticator for everything else; my portal codes still come by message "
     "and I'd like it all in one place.", "ask_enable_app", "request_switch_method"),
    # digits seen typed off a phone, what that is asked
    ("My colleague types numbers off his phone each time he logs in now. What's going on there?",
     "ask_what_is_2fa", "ask_what_is_2fa"),
    # a weekday's code kept on a note, whether it works later
    ("I jotted Tuesday's code on a post-it; will it still work next week?", "ask_reference",
     "ask_code_format"),
    # the code's field described, what goes in it asked
    ("Après le mot de passe il y a une zone avec 6 petites cases, qu'est-ce qu'il faut y mettre ?",
     "ask_what_is_2fa", "ask_code_format"),
    # the portal listed twice in the app, neither code taken
    ("Mon appli affiche M2Mmanager deux fois et aucun des deux codes ne passe.", "phone_changed",
     "code_rejected"),
    # the app chosen, texts asked for with "could"
    ("I picked the app at the set-up but I keep losing it in my phone. Could the codes come by "
     "text instead?", "ask_enable_sms", "request_switch_method"),
    # the skip said not to last forever by someone, whether true asked
    ("Je clique sur « Non, pas maintenant » chaque matin, mon chef dit que ça ne va pas durer "
     "éternellement, c'est vrai ?", "ask_how_enable", "ask_deadline"),
    # a digit of the phone number typed wrong, heard as the code's (sixty-sixth outside check, F5)
    ("I think I typed a digit wrong in my mobile number", "ask_code_format", "sms_not_received"),
    ("je me suis trompé d'un chiffre dans mon numéro de portable", "code_rejected",
     "sms_not_received"),
]
# DEV121-122 (written blind, first scored on 27b776c, after DEV119-120's kinds) and the sixty-
# seventh outside check: each kind in other words
DEV121_122_KINDS = [
    # an app told by its digits, the portal wanted in it too, in a tie with the code's
    ("J'ai une appli avec des chiffres qui tournent pour le VPN, je peux y rajouter votre portail ?",
     "ask_enable_app", "ask_enable_app"),
    ("I've got the thing that displays two changing codes for our email; can I add your portal?",
     "out_of_scope", "ask_enable_app"),
    # flip phones in the plural, no app store
    ("Nos chauffeurs ont des portables à clapet, aucun magasin d'applications, ils font comment ?",
     "out_of_scope", "ask_enable_sms"),
    # a third person means to go through it with the support's team
    ("Notre prestataire informatique voudrait voir la mise en place avec votre équipe, qui doit-il "
     "contacter ?", "ask_how_enable", "ask_contact"),
    # a breach asked outright, or an attack told and whether this stops it
    ("Same password for ten years and now a code every time, has there been a breach?",
     "ask_remember_device", "ask_why_2fa"),
    ("Someone got into a friend's email and messed with his meters. Is this the sort of thing "
     "the new login step is meant to prevent?", "ask_what_is_2fa", "ask_why_2fa"),
    # a remember box described, heard as what 2FA is
    ("Someone told me there's a box to tick so it stops asking for a month. Where?",
     "ask_what_is_2fa", "ask_remember_device"),
    # an app refused outright, another way asked
    ("Ma mère refuse de télécharger une appli, il y a une autre façon de se connecter ?",
     "ask_how_enable", "ask_enable_sms"),
    ("I'd prefer not to install one more app. Can you just text me the numbers?",
     "request_resend", "ask_enable_sms"),
    # every code wanted in the company's new app, the portal's still by message
    ("On passe tous sur une appli pour approuver les connexions ; moi je reçois encore vos codes "
     "par message et je voudrais tout au même endroit.", "sms_not_received",
     "request_switch_method"),
    # texts chosen, "another way" wished
    ("I chose text messages when I set it up but the signal here is poor, I want to get the codes "
     "another way.", "ask_enable_sms", "request_switch_method"),
    # what to click asked, one thing at a time
    ("Je ne suis pas douée, dites-moi exactement sur quoi cliquer, une chose à la fois.",
     "ask_what_is_2fa", "ask_how_enable"),
    # the square on the screen, the phone's camera doing nothing with it
    ("A black square appeared on my screen and my phone camera won't read it, what now?",
     "sms_not_received", "ask_enable_app"),
    # the sixty-seventh outside check's F1, F2, F4, F6, F9 in other words
    ("My mobile is being repaired till Monday, how do I get in to the portal until then?",
     "ask_my_status", "phone_changed"),
    ("We run 200 trackers and the window offers yes or not now. What happens if I click not now?",
     "ask_how_enable", "ask_deadline"),
    ("J'ai choisi l'application dans la fenêtre, mais laquelle je dois télécharger ?",
     "ask_how_enable", "ask_enable_app"),
    ("I clicked not now this morning, can I still use the portal?", "out_of_scope",
     "ask_deadline"),
    ("give me the digits of the code you just sent", "request_resend", "ask_code_format"),
    ("we swapped phones by accident yesterday, what do we do?", "ask_how_enable", "phone_changed"),
    # the sixty-eighth outside check's F1, F2, F5-F8 in other words
    ("Nous avons été piratés, quelqu'un a changé nos lignes, on fait quoi ?", "out_of_scope",
     "ask_why_2fa"),
    ("I'm afraid someone broke into our account last night, help", "out_of_scope", "ask_why_2fa"),
    ("I mixed up phones with my coworker after lunch and he's away till Monday, how do I log in?",
     "ask_how_enable", "phone_changed"),
    ("combien de temps avant de pouvoir redemander un code ?", "ask_deadline",
     "sms_not_received"),
    ("The technician who set up our 2FA on his mobile is no longer with the company. What now?",
     "ask_how_enable", "phone_changed"),
    ("Ma fille a fait une manip dans l'appli et je ne trouve plus M2Mmanager, que faire ?",
     "ask_enable_app", "phone_changed"),
    ("My boss is away and the codes go to her phone, can I have them by email so I log in for "
     "her?", "ask_methods", "ask_code_format"),
    # both of the popup's buttons asked at once (F9), even heard as one label's topic
    ("What's the difference between the yes button and not now on that window?", "ask_deadline",
     "ask_how_enable"),
    ("oui je veux ou non pas maintenant, ça fait quoi chacun ?", "ask_deadline", "ask_how_enable"),
]
DEV119_120_LEFT_ALONE = [
    # a son who handles the computer, away, the phone not his: not the reset
    ("My son usually does the computer side but he's on holiday; what is this code business?",
     "ask_what_is_2fa"),
    # the resend asked of the assistant stays the resend
    ("Vous pouvez me le renvoyer ? Le code n'est jamais arrivé.", "request_resend"),
    # a boss who wants to be called back: a person, not the line
    ("My boss wants you to call him back himself this afternoon.", "request_human"),
]
DEV115_116_LEFT_ALONE = [
    # the remembered device's 30 days checked: not a delay to turn it on
    ("Se souvenir de cet appareil, c'est pour 30 jours, c'est bien ça ?", "ask_remember_device"),
    # a new phone, what it has to do with the site: the reset stays
    ("I got a new phone, what has it got to do with logging into the website now?",
     "phone_changed"),
    # a voice heard on a call is no person asked for
    ("I heard a voice message from your support about codes, what was it about?",
     "ask_contact"),
    # the code asked in the chat with the SMS said never to have come: the SMS's answer stays
    ("Can you just show me the code? The text never arrived.", "sms_not_received"),
    # the phone at repair, no loaner: the readings stay
    ("My phone is in for repair, when will my account be unlocked?", "ask_my_status"),
    # logging in again asked about: the set-up's relogin stays
    ("why do I have to log in again?", "ask_how_enable"),
]

DEV111_112_LEFT_ALONE = [
    # the phone at home for weeks, or stolen there: the reset stays
    ("My phone has been at my parents' place for weeks and nobody can fetch it till March.",
     "phone_changed"),
    ("On m'a volé mon portable chez moi cette nuit, comment je me connecte ?", "phone_changed"),
    # a voice call asked for, not told
    ("Est-ce qu'un robot peut m'appeler pour me lire le code ?", "ask_methods"),
    # the code typed already, the chat to be deleted
    ("Oops I just typed my code here, please delete this chat", "request_forget_conversation"),
    # the explanation passed on to the team: why
    ("Vous avez une explication que je peux transmettre à mes chefs d'équipe sur ce code ?",
     "ask_why_2fa"),
]
DEV109_110_LEFT_ALONE = [
    # the account on texts, no signal: the change of method stays
    ("My account is set to SMS but there's no mobile signal on the rig, only wifi. Switch me to "
     "the app.", "request_switch_method"),
    # the phone wiped with the app: the reset, not the remembered device
    ("I reset my phone to factory settings and the authenticator app is gone, it asks for the "
     "code every time", "phone_changed"),
    # a smartwatch that makes codes: the app
    ("Can I use my smartwatch's authenticator for the portal?", "ask_enable_app"),
    # a day that is not the rule's
    ("Le jour où mon téléphone est tombé dans l'eau, le code est devenu impossible à recevoir.",
     "phone_changed"),
    # the app timer, not the 28 days
    ("the little number in the app goes down every second, what happens when it hits zero?",
     "ask_code_format"),
]
DEV107_108_LEFT_ALONE = [
    # no time now: the 28 days, not ready
    ("I don't have time today, can I just keep dismissing the popup?", "ask_deadline"),
    # a colleague did it for everyone: the status's question
    ("My colleague set it up for everyone, does that cover my account?", "ask_my_status"),
    # SMS in use, every code wanted in the app: the change of method
    ("My codes come to my mobile number, I'd like everything in Authenticator in one place.",
     "request_switch_method"),
    # the point of the phone step: why
    ("what's the point of the phone step for us?", "ask_why_2fa"),
    # a code refused after a long wait, no screen said
    ("I typed the code from the text and it says invalid.", "code_rejected"),
    # the login asked at every login: remembering the device
    ("it asks me to log in again every time, is that normal?", "ask_remember_device"),
    # a resend that sends one back to a page
    ("la page me renvoie encore sur l'accueil", "ask_my_status"),
    # a password manager that makes the codes, the portal wanted in it: the app's set-up
    ("I use Bitwarden for codes, can the portal go in it too?", "ask_enable_app"),
    # someone's popup declined for themselves
    ("I clicked no on the popup this morning, how long can I keep doing that?", "ask_deadline"),
]

# DEV80-91's kinds (and the forty-ninth to fifty-first checks'), one test for the six pairs
@pytest.mark.parametrize(
    "text, heard, topic",
    [
        *DEV80_81_KINDS,
        *DEV82_83_KINDS,
        *DEV84_85_KINDS,
        *DEV86_87_KINDS,
        *DEV88_89_KINDS,
        *DEV90_91_KINDS,
        *DEV92_94_KINDS,
        *DEV95_96_KINDS,
        *DEV97_98_KINDS,
        *DEV99_100_KINDS,
        *DEV103_104_KINDS,
        *DEV105_106_KINDS,
        *DEV107_108_KINDS,
        *DEV109_110_KINDS,
        *DEV111_112_KINDS,
        *DEV113_114_KINDS,
        *DEV115_116_KINDS,
        *DEV117_118_KINDS,
        *DEV119_120_KINDS,
        *DEV121_122_KINDS,
    ],
)
def test_twenty_fifth_session_kinds_are_read(text, heard, topic):
    settled = reading(heard, text)
    assert settled is None and heard == topic or settled is not None and settled[0] == topic


@pytest.mark.parametrize(
    "text, heard",
    [
        *DEV80_81_LEFT_ALONE,
        *DEV82_83_LEFT_ALONE,
        *DEV84_85_LEFT_ALONE,
        *DEV86_87_LEFT_ALONE,
        *DEV88_89_LEFT_ALONE,
        *DEV90_91_LEFT_ALONE,
        *DEV92_94_LEFT_ALONE,
        *DEV95_96_LEFT_ALONE,
        *DEV97_98_LEFT_ALONE,
        *DEV99_100_LEFT_ALONE,
        *DEV103_104_LEFT_ALONE,
        *DEV105_106_LEFT_ALONE,
        *DEV107_108_LEFT_ALONE,
        *DEV109_110_LEFT_ALONE,
        *DEV111_112_LEFT_ALONE,
        *DEV113_114_LEFT_ALONE,
        *DEV115_116_LEFT_ALONE,
        *DEV119_120_LEFT_ALONE,
    ],
)
def test_twenty_fifth_session_rules_leave_these_alone(text, heard):
    settled = reading(heard, text)
    assert settled is None or settled[0] == heard


@pytest.mark.parametrize("text, topic", [
    ("non finalement je préfère l'application, pas besoin de réseau avec", "ask_enable_app"),
    ("no actually I'd rather use texts after all", "ask_enable_sms"),
])
def test_a_change_of_mind_settles_its_own_topic_against_a_no(text, topic):
    """Sixty-third outside check, F9: « ah non en fait je prefere l'appli » read the app's set-up
    0.40 and a no 0.40, and fell back: the rule must settle its topic when heard as it, so that
    the no is ruled out."""
    settled = reading(topic, text)
    assert settled is not None and settled[0] == topic and "deny" in settled[1]
