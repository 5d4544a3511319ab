"""Rasa's response generator with the rules' facts filled from the settings (endpoints.yml).

domain.yml's responses are generated from the content catalogues with placeholders for the
rules' facts (`{grace_days}`, `{support_phone}`…, bot/content/__init__.py). This generator is
Rasa's own TemplatedNaturalLanguageGenerator (variation choice, slots and action values work
as before) over responses whose facts were filled once, when Rasa hands it the model's
responses, in each variation's language, from the settings of this process's environment
(TWOFA_GRACE_DAYS, SUPPORT_PHONE…: the same variables as the backend). A settings change
takes a restart, not a retraining.

Why before Rasa's interpolation rather than as extra values: Rasa fills `{name}` from slots
and from the values an action sends, and leaves the whole text unfilled (an ERROR in the
log) as soon as one name is missing. Facts filled first can never be shadowed by a slot or
an action value, and a fact missing from the settings cannot happen (facts() builds them
all). Fact names are distinct from every slot and action value (tests/unit/test_content.py).

An answer the customer already read in this conversation is not said word for word again:
when the catalogue has `<name>_again` (utter_sms_not_received_again…), that one is said
instead, the next step after the first answer ("toujours rien", "still refused", "and if I do
nothing?": ninth outsider check, finding 6). A message that asks about one part of an answer
gets `<name>_which_number`, `<name>_other_method` or `<name>_open_now` / `_closed_now` when
the catalogue has one (FOCUS). In the same way, while a form asks for a slot,
`<name>_while_<slot>`, else `<name>_while_<form>`, else `<name>_while_form` is said when the
catalogue has one (a thanks while the emailed code is awaited). After the out-of-scope
answer, a 2FA answer to "how do I reset it?" first says that the earlier question is
support's (bot/rasa_ext/still_out_of_scope.py). The event keeps the asked name in
`metadata.utter_action`, so rules, actions and reports see the same answer as before.

Button titles an action adds to a response (action_fallback's topic buttons, read from the
domain Rasa sends to the action server, placeholders included) are filled too: Rasa passes
them to `generate` in `kwargs["buttons"]` and then appends those same dicts to the message
(rasa/core/actions/action.py, RemoteAction._utter_responses), so they are filled in place.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, Restarted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot import clock, content
from bot.answers import ALSO_ANSWERED, ANSWER, OFFERS, PERSONAL_ANSWERED, SAID_AS
from bot.code_format import holds_a_code
from bot.content.dates import deadline_of_token, part_of_the_day
from bot.next_step import BARE_WHY, WHY_REFUSED, why_about_the_answer
from bot.nlu import labels, second_question
from bot.nlu.account_hacked import says_own_account_was_hacked
from bot.nlu.app_named import asks_what_the_app_is, scanned_and_nothing_shows
from bot.nlu.app_price import asks_if_the_app_is_free
from bot.nlu.asked_again import login_asked_again_once
from bot.nlu.cannot_log_in import says_it_cannot_log_in
from bot.nlu.closing import says_goodbye_too
from bot.nlu.code_asked import (
    asks_for_the_code,
    asks_which_code_after_two_logins,
    asks_whose_phone_gets_the_code,
    offers_the_code,
)
from bot.nlu.delay_over import delay_over_what_now
from bot.nlu.disable import asks_to_disable
from bot.nlu.exact_date import asks_if_the_last_day_counts, asks_the_exact_date
from bot.nlu.for_all_users import asks_to_enable_it_for_others
from bot.nlu.future_loss import loses_phone_some_day, new_phone_ahead
from bot.nlu.help_word import asks_to_be_helped_to_set_up, asks_vaguely_for_help
from bot.nlu.hesitation import hesitates
from bot.nlu.language import courtesy_hint, english_first
from bot.nlu.method_choice import asks_which_method_is_better
from bot.nlu.no_smartphone import lacks_a_smartphone
from bot.nlu.number_changed import everyones_number_changed
from bot.nlu.number_mistyped import typo_in_the_number
from bot.nlu.offline_app import asks_if_it_works_offline
from bot.nlu.other_script import written_in_another_script
from bot.nlu.password_difference import asks_if_the_password_is_needed
from bot.nlu.phone_at_home import phone_left_behind_today
from bot.nlu.phone_far_away import phone_away_for_a_while
from bot.nlu.popup_put_off import asks_what_both_buttons_do
from bot.nlu.qr_fails import qr_not_shown, qr_will_not_scan
from bot.nlu.remember_asked import asks_about_a_shared_computer, asks_what_happens_after_the_days
from bot.nlu.resend_greyed import resend_greyed
from bot.nlu.reset_wanted import (
    asks_to_cancel_the_request,
    asks_to_open_a_reset,
    asks_why_a_ticket,
)
from bot.nlu.same_number import keeps_the_number, new_phone_same_number, phone_only_flat
from bot.nlu.sms_expired import sms_code_expired
from bot.nlu.someone_elses_phone import colleague_away_for_a_while
from bot.nlu.texting import written_out
from bot.nlu.too_many_tries import asks_about_too_many_tries
from bot.nlu.travel_abroad import goes_abroad
from bot.nlu.unlock_asked import asks_to_unlock
from bot.nlu.unrequested_code import received_without_logging_in
from bot.plain_text import plain
from bot.rasa_ext import still_out_of_scope
from bot.rasa_ext.scrub import PHONE_RE
from bot.rules.business_hours import hour_text, is_open, opening_text
from bot.which_number import asks_which_number

# facts an action fills in with words of one language (the backend's "lundi à 9 h 00" / "on
# Monday at 9:00"), unlike the catalogue's facts, which the NLG fills in each half's language
ONE_LANGUAGE_FACTS = frozenset({"opens", "closes"})
# the response said instead of `<name>` when `<name>` was said earlier in the session, for the
# answers listed: named, not guessed from the catalogue's names, since a response that merely
# ended in "_again" (utter_language_again, a heading) was once said in its first answer's place
# and left the customer a heading with nothing after it (thirtieth outsider check, finding 2);
# tests/unit/test_content.py keeps this list and the catalogue's `_again` responses the same
AGAIN = "_again"
SAID_AGAIN = frozenset(
    {
        "utter_deadline",
        "utter_sms_not_received",
        "utter_sms_still_nothing",
        "utter_code_rejected",
        "utter_phone_changed",
    }
)
# the response said instead of `<name>` while a form asks for a slot: `<name>_while_<slot>`
# (or `_while_<form>`, or ANY_FORM)
WHILE = "_while_"
# a goodbye of the evening (CatalogueNLG.of_the_evening)
EVENING = "_evening"
# `<name>_while_form`: said while any form asks (both forms are the reset request)
ANY_FORM = "form"
# "are you open now?", "le support est ouvert là ?": the contact answer with whether the line
# is open at this moment (`_open_now` / `_closed_now`), not only its weekly hours (fifteenth
# outsider check)
NOW = re.compile(
    r"\b(maintenant|mtn|mnt|en ce moment|actuellement|tout de suite|aujourd ?hui|ouverts? la"
    r"|dispo la|ce soir|ce matin|now|right now|rn|atm|currently|at the moment|today|tonight"
    r"|still open|encore ouvert)\b",
    re.IGNORECASE,
)
OPEN_NOW, CLOSED_NOW = "_open_now", "_closed_now"
# a hesitation ("euh je sais pas trop", "hmm not sure") answering an offer is heard as its "no"
# (bot/nlu/hesitation.py): nothing is done, and instead of "All right. Anything else?", which
# read as the end of it (thirty-fifth outsider check, finding 4), the reply says so and that
# the offer is made again when the customer says so (actions/fallback.py, affirm_lead)
DECLINED = "utter_anything_else"
HESITANT = "_hesitant"
# the later SMS answers ("toujours rien": utter_sms_still_nothing) answer a question about
# one part with the first SMS answer's (seventeenth outsider check: after "still nothing",
# "what does « Essayer une autre méthode » do?" got "talk to a person")
FOCUS_FAMILY = {"utter_sms_still_nothing": "utter_sms_not_received"}
# the response said instead of `<name>` when the customer's message asks about one part of
# it (`<name><suffix>`, first match): where the SMS went ("which number did you send it to?")
# and what « Essayer une autre méthode » does, both read as the SMS that never came, whose
# four steps answered neither (sixteenth outsider check, items 1 and 3); whether the line is
# open now (line_now picks `_open_now` or `_closed_now`)
FOCUS = (
    # a login code nobody asked for: never give it, change the password, tell support; no
    # resend (bot/nlu/unrequested_code.py; thirty-ninth outsider check, F1)
    ("_unrequested", received_without_logging_in),
    # one's own account said hacked: change the password, tell support, 2FA on (bot/nlu/
    # account_hacked.py; sixty-eighth outside check, F1: why 2FA exists, nothing to do)
    ("_hacked", says_own_account_was_hacked),
    # "is my password needed?": never, here (bot/nlu/password_difference.py; forty-ninth
    # outsider check, F5: the out-of-scope answer came, at the identity check's question)
    ("_password_asked", asks_if_the_password_is_needed),
    ("_which_number", asks_which_number),
    ("_other_method", lambda text: labels.button_asked(text) == labels.OTHER_METHOD),
    (OPEN_NOW, lambda text: bool(NOW.search(plain(text)))),
    # "can I turn 2FA off?": why it is mandatory or the 28 days, with the "no" first
    # (bot/nlu/disable.py)
    ("_disable", asks_to_disable),
    # "does the last day still count?": yes, until the first login's time of day (bot/nlu/
    # exact_date.py; sixty-fifth outside check, F4)
    ("_last_day", asks_if_the_last_day_counts),
    # "je peux vous donner le code ici ?": no, never (bot/nlu/code_asked.py)
    ("_offered", offers_the_code),
    # "c'était quoi le code ?": where the code is, never given here (bot/nlu/code_asked.py)
    ("_asked", asks_for_the_code),
    # "what if I lose my phone one day?": what to do then, no ticket offered now
    # (bot/nlu/future_loss.py; thirty-third outsider check, finding 8)
    ("_some_day", loses_phone_some_day),
    # a new phone on its way: nothing now, what to do once it is there (bot/nlu/future_loss.py;
    # sixty-sixth outside check, F2: a ticket offered for a phone not there yet)
    ("_ahead", new_phone_ahead),
    # "can you unlock it for me?" after the lock: not here, who can, a person (forty-seventh
    # outsider check, F5: the lock's sentence again, word for word)
    ("_unlock_asked", asks_to_unlock),
    # the same number kept, a phone only flat: nothing to reset (bot/nlu/same_number.py); a
    # trip abroad: what works there (bot/nlu/travel_abroad.py; forty-seventh check, F3, F4)
    # a new phone with the same number: nothing by SMS, the reset for an app (fifty-ninth, F16)
    ("_new_phone_same_number", new_phone_same_number),
    ("_same_number", keeps_the_number),
    ("_flat", phone_only_flat),
    ("_abroad", goes_abroad),
    # "et si je me trompe trop de fois ?": the lock rule first (bot/nlu/too_many_tries.py);
    # "does the app work offline?": yes, first (bot/nlu/offline_app.py) (thirty-fourth
    # outsider check, F1 and F2)
    ("_too_many", asks_about_too_many_tries),
    ("_offline", asks_if_it_works_offline),
    # "thanks, that's all for today!": goodbye, not "anything else?" (bot/nlu/closing.py)
    ("_goodbye", says_goodbye_too),
    # "I can't log in at all": the ways out, not "log in to see your situation"
    # (bot/nlu/cannot_log_in.py; thirty-seventh outsider check, finding 3)
    ("_cannot_log_in", says_it_cannot_log_in),
    # "scanned the QR code but the app shows nothing": what should show and what to try, before
    # the scan that fails (bot/nlu/app_named.py; fifty-seventh outside check, F10)
    ("_scanned_nothing", scanned_and_nothing_shows),
    # "the QR code won't scan", "give me the key": no key here, the SMS or a person (F5)
    ("_qr_blank", qr_not_shown),
    ("_qr_fails", qr_will_not_scan),
    # "i need help with the 2fa thing": where the customer is stuck, asked, with the usual
    # places as buttons (bot/nlu/help_word.py; thirty-ninth outsider check, F8)
    ("_help", asks_vaguely_for_help),
    # "can an admin enable it for all our users?": each user on their own account, not from
    # this chat (bot/nlu/for_all_users.py; fifty-eighth outside check, F4)
    ("_for_others", asks_to_enable_it_for_others),
    # "can you help me set it up?": the steps and support's offer to guide (article's answer)
    ("_guided", asks_to_be_helped_to_set_up),
    # "can you cancel the request?" outside its questions: not here, and who can (forty-fourth
    # outsider check, F1: "All right." and the request stayed open)
    ("_request_cancel", asks_to_cancel_the_request),
    # forty-fifth outsider check: « Renvoyer » greyed out (F13); an SMS code told expired (F12);
    # remembering the device on a shared computer, and after its days (F8)
    ("_greyed", resend_greyed),
    ("_sms_expired", sms_code_expired),
    ("_shared", asks_about_a_shared_computer),
    ("_after", asks_what_happens_after_the_days),
    # "she has no smartphone, can she still log in?": yes, a plain mobile, first (forty-sixth
    # outsider check, F14: the SMS steps alone)
    ("_no_smartphone", lacks_a_smartphone),
    # a message in another alphabet: French and English only, and the support line (bot/nlu/
    # other_script.py; forty-seventh outsider check, F8: an Arabic message got "All right.")
    ("_other_language", written_in_another_script),
    # "my grace period ended, what now?": enable it now, how (bot/nlu/delay_over.py; forty-
    # eighth outsider check, F20: the rule alone, no way forward)
    ("_over", delay_over_what_now),
    # "ok open the reset request then": the check and its question, not the whole changed-phone
    # answer again (forty-eighth outsider check, F17)
    ("_open_asked", asks_to_open_a_reset),
    # "is the app or SMS better?", "which one do you recommend?": which suits whom (bot/nlu/
    # method_choice.py; fiftieth outsider check, F7: the methods listed, the question not
    # answered, and its "that's not what I asked" out of scope)
    ("_compared", asks_which_method_is_better),
    # "why do I need a ticket for that?": why the reset goes through one (fifty-first outsider
    # check, F3: read as where a request stands, the offer lost)
    ("_reset", asks_why_a_ticket),
    # "is google authenticator free?": no, first (bot/nlu/app_price.py; fifty-first, F11)
    ("_price", asks_if_the_app_is_free),
    # "c quoi google authenticator ?": what the app is, first (bot/nlu/app_named.py; fifty-
    # seventh outside check, F10: the steps alone)
    ("_what_it_is", asks_what_the_app_is),
    # "I logged in twice, which code?": the last login's own SMS, which a second login within
    # the wait may not have sent (bot/nlu/code_asked.py; fifty-ninth outside check, F9)
    ("_two_logins", asks_which_code_after_two_logins),
    # whose phone gets the code, for a shared account or an absent colleague: the one
    # registered, and the reset for another (bot/nlu/code_asked.py; sixty-first check, F4)
    ("_whose_phone", asks_whose_phone_gets_the_code),
    # the phone left at home for the day: the remembered computer, else the phone or support,
    # no reset (bot/nlu/phone_at_home.py; sixty-second outside check, F3)
    ("_phone_at_home", phone_left_behind_today),
    # one's own phone away for a while (at repair, weeks away, swapped by mistake): what works
    # meanwhile first, the reset for whoever cannot wait (bot/nlu/phone_far_away.py; sixty-sixth
    # outside check, F2)
    ("_for_a_while", phone_away_for_a_while),
    # "I clicked yes then « Continuer » and now it asks me to log in again, is that normal?": yes,
    # step 4, first (bot/nlu/asked_again.py; sixtieth outside check, F7: the five steps alone)
    ("_relogin", login_asked_again_once),
    # both of the popup's buttons asked at once: what each does (bot/nlu/popup_put_off.py;
    # sixty-eighth outside check, F9: one of them explained)
    ("_both_buttons", asks_what_both_buttons_do),
    # a digit of the number typed wrong during the activation: re-type it, no ticket
    # (bot/nlu/number_mistyped.py; sixtieth outside check, F4: "still nothing" and a reset)
    ("_typo", typo_in_the_number),
    # a whole company's numbers changed: each user's own request (bot/nlu/number_changed.py;
    # sixty-third outside check, F8)
    ("_everyone", everyones_number_changed),
    # the phone's holder away for a while (a holiday, a meeting): whose phone gets the code, no
    # reset offered for a phone that did not change (sixty-third outside check, F7)
    ("_colleague_away", colleague_away_for_a_while),
)
FOCUS_SUFFIXES = frozenset(suffix for suffix, _ in FOCUS)
# said instead of a response right after one answer, when the message says so: "I can't log in,
# that's the whole problem" after "log in first" is the password step alone, not a person only
# (fiftieth outsider check, F11)
AFTER_ANSWER = {
    ("utter_still_failing", "utter_reset_login_first"): (
        "utter_still_failing_login_first",
        says_it_cannot_log_in,
    ),
}
# "j'ai cliqué sur Renvoyer trois fois": what comes after « Renvoyer », not "click it"
# (twenty-eighth outsider check, finding 10; labels.resend_pressed)
AFTER_RESEND = {"utter_sms_not_received": "utter_sms_not_received_again"}
# a bare "pourquoi ?" (bot/next_step.BARE_WHY, read as why 2FA) right after one of these
# answers asks the reason for that answer: the response asked -> {answer just read: its why}.
# After the changed-phone offer it got the cyberattacks (fortieth outsider check, F7).
WHY_ASKED = "utter_why_2fa"
# the account's deadline a line said (its `deadline` value, kept in the message's metadata), and
# what a bare "la date exacte ?" right after it gets: that deadline and the rollout's date, each
# named (bot/nlu/exact_date.py; sixty-first outside check, F3: 1 May 2024 alone came)
OWN_DEADLINE = "own_deadline"
# ...and its three fields (date, time, time zone: bot/content/dates.deadline_token), to say it
# again in the language of the question ("c'est quelle date exactement ?" after an English line
# got « la date est le 1 January 2027 at 15:14 »: sixty-eighth outside check, F3)
OWN_DEADLINE_RAW = "own_deadline_raw"
OWN_DEADLINE_ANSWER = "utter_since_when_own_deadline"
RECENT_LINES = 4
DATE_READINGS = frozenset({"utter_since_when", "utter_out_of_scope"})
# the lines that say an account's login popup has no « Essayer une autre méthode » (SMS alone,
# actions/personal.py), and the buttons that would offer it
SMS_ONLY_SAID = frozenset(
    {
        "utter_status_pending_sms_login_only",
        "utter_sms_login_only_after_steps",
        "utter_sms_only_no_pending_after_steps",
    }
)
SWITCH_PAYLOAD = "/request_switch_method"
# the whys of lines that stop the customer: asked right after one, "why?" asks about it, even
# when a general answer came first in the same turn (CatalogueNLG.stopping_why)
STOPPING_WHYS = frozenset({"utter_why_2fa_not_sent", "utter_why_2fa_locked"})
WHY_OF = {
    "utter_phone_changed": "utter_why_2fa_reset",
    "utter_phone_changed_again": "utter_why_2fa_reset",
    # "pourquoi elle a été refusée ?" after the request's refusal: the reason is in the
    # email (forty-first outsider check, F1)
    "utter_request_status_refused": "utter_why_2fa_refused",
    "utter_request_status_refused_unnumbered": "utter_why_2fa_refused",
    # "pourquoi ?" after "no code could be sent for now": the sends are limited
    "utter_status_pending_sms_login_not_sent": "utter_why_2fa_not_sent",
    "utter_status_pending_sms_enroll_not_sent": "utter_why_2fa_not_sent",
    # (and their "now" wording: forty-fourth outsider check, F3)
    "utter_status_pending_sms_login_not_sent_now": "utter_why_2fa_not_sent",
    "utter_status_pending_sms_enroll_not_sent_now": "utter_why_2fa_not_sent",
    "utter_resend_limit": "utter_why_2fa_not_sent",
    "utter_resend_limit_no_switch": "utter_why_2fa_not_sent",
    "utter_resend_wait": "utter_why_2fa_not_sent",
    # "why?" after "log in first" (the reset's identity check) and after a lock (forty-
    # second outsider check, F7 and F8)
    # (after "log in first", without the offer this chat cannot keep: forty-third check, F8)
    "utter_reset_login_first": "utter_why_2fa_login_first",
    "utter_account_locked": "utter_why_2fa_locked",
    # "why?" after "I'm stopping the check here" (fifty-first outsider check, F13)
    "utter_too_many_invalid": "utter_why_2fa_check_stopped",
    # "why does it need a ticket anyway?" after a request opened or open (forty-seventh
    # outsider check, F5: the request's paragraph again)
    "utter_ticket_created": "utter_why_2fa_ticket",
    "utter_ticket_existing": "utter_why_2fa_ticket",
    "utter_request_status_open": "utter_why_2fa_ticket",
    "utter_request_status_open_unnumbered": "utter_why_2fa_ticket",
    "utter_status_locked": "utter_why_2fa_locked",
    "utter_status_unknown_locked": "utter_why_2fa_locked",
    # "why not?" after "SMS is not set up on your account… a reset request is needed"
    # (forty-fifth outsider check, F1: it got why 2FA exists)
    "utter_switch_not_enrolled_sms": "utter_why_2fa_switch_not_enrolled",
    # (the same, a request already open: why an agent does it, and that it is open)
    "utter_switch_not_enrolled_sms_request_open": "utter_why_2fa_ticket",
    "utter_switch_not_enrolled_app_request_open": "utter_why_2fa_ticket",
    "utter_switch_not_enrolled_app": "utter_why_2fa_switch_not_enrolled",
    # "why?" after the SMS steps; "is that safe?" after remembering the device (forty-sixth
    # outsider check, F4: why 2FA exists came)
    # « pourquoi ? » at the reset request's identity questions: why the reset checks who asks
    # (said without the offer there, WITHOUT_THE_OFFER; sixtieth outside check, F9: the
    # cyberattacks came, then the email question again)
    "utter_ask_identity_email": "utter_why_2fa_reset",
    "utter_ask_identity_code": "utter_why_2fa_reset",
    # ...and at its confirmation, « Je confirme ? » (sixty-first outside check, F10)
    "utter_ask_confirm_ticket": "utter_why_2fa_reset",
    "utter_sms_not_received": "utter_why_2fa_sms",
    "utter_sms_not_received_again": "utter_why_2fa_sms",
    "utter_sms_still_nothing": "utter_why_2fa_sms",
    "utter_remember_device": "utter_remember_device_shared",
}


# answers after which a bare "why?" has no reason of its own to give, and is not plainly about
# 2FA either ("comment resilier une ligne sim" → out of scope → « pourquoi ? » got the
# cyberattacks; the same after the support's number, the methods, a resend: fifty-ninth outside
# check, F6; fifty-eighth, F7): asked what it is about, with why 2FA in one sentence
WHY_WHAT_AFTER = (
    "utter_out_of_scope",
    "utter_contact",
    "utter_methods",
    "utter_resend_done",
    "utter_switch_done",
    "utter_code_format",
    "utter_handoff",
    "utter_reference",
)
WHY_WHAT = "utter_why_2fa_what"


# the changed-phone offer, once this session was told the account has no 2FA yet (the reset
# request's own check, or the status): the set-up with the new number instead of the ticket
# the chat had just said was not needed (forty-second outsider check, F3: « je fais comment
# pour l'activer avec mon nouveau numéro » got "shall I open the ticket?" one turn after
# "nothing to reset"). The offer's rules still hear a yes after it: the identity form then
# asks the backend again, so an account enrolled meanwhile still gets its ticket.
NOT_ENROLLED_TOLD = frozenset(
    {"utter_reset_not_enrolled", "utter_status_not_enrolled", "utter_status_grace_expired"}
)
# an activation said in progress: nothing is enrolled yet ("send it to my new number 06…
# instead" during an SMS activation got the ticket's offer; sixty-first check, F5): every
# status line of an enrolment under way (utter_status_pending_{sms,app}_enroll…) and the app's
# steps after the SMS ones
SMS_ENROLLING_PREFIX = "utter_status_pending_sms_enroll"
ENROLMENT_UNDER_WAY = re.compile(
    rf"{SMS_ENROLLING_PREFIX}|utter_status_pending_app_enroll|utter_app_enroll_"
)


RETYPE = "utter_sms_not_received_typo"


def tells_not_enrolled(utter_action: str | None) -> bool:
    """Whether a response said this account has no 2FA yet (or is only enrolling)."""
    name = utter_action or ""
    return name in NOT_ENROLLED_TOLD or bool(ENROLMENT_UNDER_WAY.match(name))


OFFER_NOT_NEEDED = {
    "utter_phone_changed": "utter_phone_changed_not_enrolled",
    "utter_phone_changed_again": "utter_phone_changed_not_enrolled",
    # the reset asked in so many words (« vous pouvez pas juste réinitialiser mon compte ? »):
    # the identity check's question for an account with nothing to reset was no better
    "utter_phone_changed_open_asked": "utter_phone_changed_not_enrolled",
}
NOTHING_TO_RESET = "_nothing"
# the reset's why without « Je vous ouvre le ticket ? » where no offer is open: in the middle of
# the request (its form asks its own question next), or after the answer to a loss "some day",
# which offers nothing (fifty-seventh outside check, F9: two questions open at once; fifty-sixth,
# F9: a ticket offered, then refused to an account with no 2FA)
WITHOUT_THE_OFFER = {"utter_why_2fa_reset": "utter_why_2fa_reset_no_offer"}
OFFERED_NOTHING = frozenset({"utter_phone_changed_some_day"})
# a phone or number said new, lost or changed: the set-up with it
NEW_PHONE_TOLD = re.compile(
    r"\b(?:phone|mobile|number|numero|telephone|portable|tel|sim|iphone|android|smartphone)\b"
)


# a second question in the same message (bot/nlu/second_question.py): the article's answer to
# it after the first answer, under ALSO_PREFACE; a topic whose answer is an action (a reset, a
# person, a switch) gets ALSO_OFFER and its topic's button, so that its action runs in a turn
# of its own. The event's metadata names the second answer (ALSO_KEY: scripts/field_eval.py)
ALSO_PREFACE, ALSO_OFFER = "utter_also_asked", "utter_also_asked_offer"
ALSO_KEY = ALSO_ANSWERED
# conversations whose last turn the generator remembers (_first_of_its_turn): a few hours of
# a busy day's conversations, a few hundred kB
MAX_TURNS_KEPT = 10_000
# the answers said in full as a second one: the article's (but an offer with its buttons, which
# must come in its own turn for its "yes" to be understood) and the honest out-of-scope one
SECOND_ANSWER = {
    **{topic: name for topic, name in ANSWER.items() if name not in OFFERS},
    "out_of_scope": "utter_out_of_scope",
}
TOPIC_TITLE = "utter_topic_"  # a topic's button title (actions/suggestions.py)
# a code typed by a visitor with no portal session (slot portal_login, bot/nlu/login.py)
ANONYMOUS = ("portal_login", "anonymous")
CODE_NOT_HERE = "utter_code_not_here"


class CatalogueNLG(TemplatedNaturalLanguageGenerator):
    """Domain responses, facts filled from the settings; everything else is Rasa's."""

    def __init__(
        self,
        endpoint_config: EndpointConfig | None = None,
        domain: Domain | None = None,
        settings: Any = None,
    ) -> None:
        self.settings = settings or content.settings_from_environment()
        # each conversation's last turn whose first response was made (first_answer_of_turn):
        # an action's responses are all made before any is in the tracker
        self._answered_turns: OrderedDict[str, object] = OrderedDict()
        super().__init__(domain.responses if domain else {})

    @property
    def responses(self) -> dict[str, list[dict[str, Any]]]:
        return self._responses

    @responses.setter
    def responses(self, value: dict[str, list[dict[str, Any]]]) -> None:
        # Rasa assigns the responses again when it loads a model (rasa/core/agent.py)
        self._responses = content.fill_responses(value or {}, self.settings, escape=True)

    async def generate(
        self, utter_action: str, tracker: DialogueStateTracker, output_channel: str, **kwargs: Any
    ) -> dict[str, Any] | None:
        self._fill_action_buttons(kwargs.get("buttons"), tracker)
        asked = utter_action
        utter_action, kwargs = self.chosen(utter_action, tracker, kwargs)
        slots = tracker.current_slot_values()
        if slots.get("language") not in content.LANGUAGES:
            # undecided: a courtesy word alone says which language to thank in
            hint = courtesy_hint(self._latest_text(tracker))
            if hint in content.LANGUAGES:
                slots = {**slots, "language": hint}
        if slots.get("language") not in content.LANGUAGES and ONE_LANGUAGE_FACTS & kwargs.keys():
            # the action wrote this fact in the language it assumed (actions/common.language):
            # the reply is in that language alone, not French and English halves around one
            # French "aujourd'hui à 9 h 00" (ninth outsider check)
            slots = {**slots, "language": content.LANGUAGES[0]}  # fr, as actions/common.language
        message = self.generate_from_slots(utter_action, slots, output_channel, **kwargs)
        if message is not None and utter_action != asked:
            # the variant said (a focus, `_again`, `_while_…`): "and in English?" says it again
            # (actions/language.py; forty-first outsider check, F4: after "Toujours pas de
            # SMS ?", the `_again` answer, it gave the first checklist)
            message[SAID_AS] = utter_action
        if message is not None and kwargs.get("deadline"):
            message[OWN_DEADLINE] = kwargs["deadline"]  # for a bare "the exact date?" after it
            if kwargs.get("deadline_raw"):
                message[OWN_DEADLINE_RAW] = kwargs["deadline_raw"]
        self._english_first(message, tracker, slots)
        self._no_switch_for_sms_only(message, tracker)
        if message and still_out_of_scope.follows_out_of_scope(asked, tracker):
            preface = self.generate_from_slots(still_out_of_scope.PREFACE, slots, output_channel)
            if preface and preface.get("text") and message.get("text"):
                message["text"] = preface["text"] + content.PARAGRAPH + message["text"]
        if message and message.get("text") and self.first_answer_of_turn(tracker):
            # the first response to a topic's message, outside a form: a second question's
            # answer, and "never share codes here" for a visitor who typed one
            self.answer_also(message, tracker, slots, output_channel, made=(asked, utter_action))
            self.warn_code_typed(message, tracker, slots, output_channel)
        return message

    @staticmethod
    def _no_switch_for_sms_only(
        message: dict[str, Any] | None, tracker: DialogueStateTracker
    ) -> None:
        """No « Essayer une autre méthode » button once the conversation said the login's popup
        does not offer it (an account on SMS alone): the button right under that line
        contradicted it (forty-fifth outsider check, F16; forty-seventh, F7)."""
        buttons = (message or {}).get("buttons")
        if not buttons or not any(
            isinstance(e, BotUttered) and (e.metadata or {}).get("utter_action") in SMS_ONLY_SAID
            for e in tracker.events
        ):
            return
        kept = [b for b in buttons if not str(b.get("payload", "")).startswith(SWITCH_PAYLOAD)]
        if message is not None:
            message["buttons"] = kept

    def _english_first(
        self, message: dict[str, Any] | None, tracker: DialogueStateTracker, slots: dict[str, Any]
    ) -> None:
        """A bilingual reply of two halves (French, then English) to an English greeting word
        alone ("hello"), the language undecided: the English half first (bot/nlu/language.py,
        english_first)."""
        text = (message or {}).get("text")
        if slots.get("language") in content.LANGUAGES:
            return
        if not text or not english_first(self._latest_text(tracker)):
            return
        halves = text.split(content.PARAGRAPH)
        if len(halves) == 2 and message is not None:
            message["text"] = halves[1] + content.PARAGRAPH + halves[0]

    def first_answer_of_turn(self, tracker: DialogueStateTracker) -> bool:
        """The response being made is the first to a message read as a topic, and no form asks
        its question (the fallback and a form's question get nothing added)."""
        in_form = bool(tracker.active_loop_name)
        topic = latest_intent(tracker) in second_question.TOPICS
        first = not self.said_this_turn(tracker) and self._first_of_its_turn(tracker)
        return topic and not in_form and first

    def _first_of_its_turn(self, tracker: DialogueStateTracker) -> bool:
        """True once per customer message: an action's responses (the switch's answer and its
        "to change method..." after it) are all made before the first is in the tracker, so
        the tracker alone let each of them carry the second answer (twenty-eighth outsider
        check: the app's steps three times)."""
        latest = next((e for e in reversed(tracker.events) if isinstance(e, UserUttered)), None)
        turn = None if latest is None else (latest.message_id or latest.timestamp)
        if self._answered_turns.get(tracker.sender_id) == turn:
            return False
        self._answered_turns[tracker.sender_id] = turn
        self._answered_turns.move_to_end(tracker.sender_id)
        while len(self._answered_turns) > MAX_TURNS_KEPT:
            self._answered_turns.popitem(last=False)
        return True

    def warn_code_typed(
        self,
        message: dict[str, Any],
        tracker: DialogueStateTracker,
        slots: dict[str, Any],
        output_channel: str,
    ) -> None:
        """ "never share codes here" after the first response of a turn whose message held a
        code ("le code 482913 ne marche pas": twenty-seventh outsider check, F3). Logged in, on
        the topics whose rules run action_personal_answer (bot.answers.PERSONAL_ANSWERED), that
        action says it after the customer's own line; on the others ("my code is 384287, is it
        the right one?", the code's format: fortieth outsider check, F9) it is said here.
        Inside a form a code is the answer to the form's question (the emailed code), and the
        fallback speaks of codes itself (first_answer_of_turn)."""
        logged_in = slots.get(ANONYMOUS[0]) != ANONYMOUS[1]
        if logged_in and latest_intent(tracker) in PERSONAL_ANSWERED:
            return
        if not holds_a_code(self._latest_text(tracker)):
            return
        warning = self.generate_from_slots(CODE_NOT_HERE, slots, output_channel)
        if warning and warning.get("text"):
            message["text"] = message["text"] + content.PARAGRAPH + warning["text"]

    def answer_also(
        self,
        message: dict[str, Any],
        tracker: DialogueStateTracker,
        slots: dict[str, Any],
        output_channel: str,
        made: tuple[str, ...] = (),
    ) -> None:
        """The second question's answer (or offer) added, in place, to the first response of
        the turn to a message of a topic: after it, or before it when it ends with a question
        or buttons (an offer: "shall I open the ticket?" stays last, next to its buttons).
        Never inside a form, whose first response is the form's question (first_answer_of_turn),
        nor when that response is the answer itself (`made`: "does Google Authenticator work,
        and can I switch methods?" is the switch, whose first response is the app's steps)."""
        also, intent = second_question_of(tracker), latest_intent(tracker)
        if also is None or intent is None or also in second_question.family(intent):
            return
        answer = SECOND_ANSWER.get(also)
        if answer is not None and answer in made:
            return
        if answer is not None:
            parts = [ALSO_PREFACE, self.said_again(answer, tracker)]
            buttons: list[dict[str, str]] = []
        else:
            parts, buttons = [ALSO_OFFER], [self.topic_button(also, slots, output_channel)]
        texts = [self.generate_from_slots(name, slots, output_channel) for name in parts]
        said = [t["text"] for t in texts if t and t.get("text")]
        if len(said) != len(parts) or (buttons and message.get("buttons")):
            return  # an offer's buttons already there: the second topic waits for its turn
        if message.get("buttons") or str(message["text"]).rstrip().endswith("?"):
            # the second answer first, the heading over the first response, which ends with its
            # question or offer ("And for your other question:" stood over the second answer,
            # above the first: twenty-ninth outsider check)
            message["text"] = content.PARAGRAPH.join([*said[1:], said[0], str(message["text"])])
        else:
            message["text"] = content.PARAGRAPH.join([str(message["text"]), *said])
        if buttons:
            message["buttons"] = buttons
        message[ALSO_KEY] = answer or also

    def topic_button(self, topic: str, slots: dict[str, Any], output_channel: str) -> dict:
        """A topic's button, titled in the conversation's language, as the fallback's."""
        title = self.generate_from_slots(f"{TOPIC_TITLE}{topic}", slots, output_channel) or {}
        return {"title": title.get("text") or topic, "payload": f"/{topic}"}

    @staticmethod
    def said_this_turn(tracker: DialogueStateTracker) -> bool:
        """Whether the assistant already said something since the customer's last message."""
        for event in reversed(tracker.events):
            if isinstance(event, UserUttered):
                return False
            if isinstance(event, BotUttered):
                return True
        return False

    @staticmethod
    def _latest_text(tracker: DialogueStateTracker) -> str:
        """The customer's last message as typed ('' for none, or for a button's payload)."""
        latest = tracker.latest_message
        text = latest.text if latest is not None else None
        return text if isinstance(text, str) and not text.startswith("/") else ""

    def focused(self, utter_action: str, tracker: DialogueStateTracker) -> str | None:
        """`<utter_action><suffix>` of FOCUS when the catalogue has one and the customer's
        last message asks about that part; it comes before `_again`: asked about one part,
        the customer wants that part, whatever was said before."""
        text = self._latest_text(tracker)
        if not text:
            return None
        # read as the topic's rule read it, texting written out ("can i give u the code here so u
        # can log me in" got the code's answer without its "no, never": fifty-third outside
        # check, F8)
        text = written_out(text)
        if utter_action in AFTER_RESEND and labels.resend_pressed(text) and not resend_greyed(text):
            # (a greyed « Renvoyer » was not pressed: its focus below says why)
            return AFTER_RESEND[utter_action]
        if utter_action == WHY_ASKED:
            why = self.why_of_the_answer(text, tracker)
            if why is not None:
                return why
        if utter_action == DECLINED and hesitates(text) and self.offered_just_before(tracker):
            return DECLINED + HESITANT
        after = AFTER_ANSWER.get((utter_action, self.answered_just_before(tracker) or ""))
        if after is not None and after[0] in self.responses and after[1](text):
            return after[0]
        family = FOCUS_FAMILY.get(utter_action)
        for suffix, asks in FOCUS:
            for base in (utter_action, family):
                name = f"{base}{suffix}"
                if base is not None and name in self.responses and asks(text):
                    return name
        return None

    def chosen(
        self, utter_action: str, tracker: DialogueStateTracker, kwargs: dict[str, Any]
    ) -> tuple[str, dict[str, Any]]:
        """The response said for `utter_action` and its values: the account's deadline asked
        again, a focus, the line open now, `_again`, a step's, the evening's, no offer needed."""
        own = self.own_deadline_asked(utter_action, tracker)
        if own is not None:
            return OWN_DEADLINE_ANSWER, {**kwargs, "deadline": own}
        focus = self.focused(utter_action, tracker) or self.line_by_name(utter_action, kwargs)
        if focus is not None and focus.endswith(OPEN_NOW):
            return self.line_now(focus, tracker, kwargs)
        utter_action = focus or self.at_step(self.said_again(utter_action, tracker), tracker)
        return self.of_the_evening(self.no_offer_needed(utter_action, tracker)), kwargs

    def own_deadline_asked(self, utter_action: str, tracker: DialogueStateTracker) -> str | None:
        """The account's deadline a recent line gave, when a bare date question read as since
        when follows it (bot/nlu/exact_date.py), else None."""
        # ("so what's the exact last day?" was read as out of scope: sixty-fourth check, F3)
        if utter_action not in DATE_READINGS or OWN_DEADLINE_ANSWER not in self.responses:
            return None
        if not asks_the_exact_date(self._latest_text(tracker)):
            return None
        said = [e for e in self.session_events(tracker) if isinstance(e, BotUttered)]
        language = tracker.get_slot("language")
        for event in reversed(said[-RECENT_LINES:]):
            raw = (event.metadata or {}).get(OWN_DEADLINE_RAW)
            if isinstance(raw, str) and raw and language in content.LANGUAGES:
                again = deadline_of_token(raw, language)
                if again:
                    return again
            deadline = (event.metadata or {}).get(OWN_DEADLINE)
            if isinstance(deadline, str) and deadline:
                return deadline
        return None

    @staticmethod
    def line_by_name(utter_action: str, kwargs: dict[str, Any]) -> str | None:
        """The line's state asked by name without its hour (an action saying a variant again:
        "and in French?" after "are you open now?" showed "il rouvre {opens}": forty-second
        outsider check, F1): read again from the clock, as the focus reads it."""
        if not utter_action.endswith((OPEN_NOW, CLOSED_NOW)) or {"opens", "closes"} & set(kwargs):
            return None
        return utter_action.removesuffix(OPEN_NOW).removesuffix(CLOSED_NOW) + OPEN_NOW

    @staticmethod
    def previous_turn(tracker: DialogueStateTracker) -> list[BotUttered]:
        """The assistant's messages between the customer's last two messages, newest first."""
        seen_user, said = False, []
        for event in reversed(tracker.events):
            if isinstance(event, UserUttered):
                if seen_user:
                    break
                seen_user = True
            elif isinstance(event, BotUttered) and seen_user:
                said.append(event)
        return said

    def previous_answers(self, tracker: DialogueStateTracker) -> list[str | None]:
        """The responses of the assistant's messages between the customer's last two, newest
        first (None for a message that names none)."""
        return [(e.metadata or {}).get("utter_action") for e in self.previous_turn(tracker)]

    def why_of_the_answer(self, text: str, tracker: DialogueStateTracker) -> str | None:
        """A why about the answer just read: its own reason (WHY_OF, or a line that stopped the
        customer), or, bare after an answer with none (WHY_WHAT_AFTER), what it is about."""
        if not (BARE_WHY.match(text) or WHY_REFUSED.match(text) or why_about_the_answer(text)):
            return None
        before = self.answered_just_before(tracker) or ""
        why = self.stopping_why(tracker) or WHY_OF.get(before)
        if why in self.responses:
            return why
        if BARE_WHY.match(text) and before.startswith(WHY_WHAT_AFTER):
            return WHY_WHAT
        return None

    def answered_just_before(self, tracker: DialogueStateTracker) -> str | None:
        """The response of the assistant's first message of that turn (what a bare "why?"
        asks about), or None."""
        names = self.previous_answers(tracker)
        return next((name for name in reversed(names) if name), None)

    def stopping_why(self, tracker: DialogueStateTracker) -> str | None:
        """The why of a line that stops the customer (no SMS could go, the account locked), when
        the turn said one after its first answer: « pourquoi ? » right after "no code could be
        sent (too many SMS recently…)", said after the SMS steps, got why an SMS can be late
        (fifty-third outside check, F3)."""
        whys = (WHY_OF.get(name or "") for name in self.previous_answers(tracker))
        return next((why for why in whys if why in STOPPING_WHYS), None)

    def offered_just_before(self, tracker: DialogueStateTracker) -> bool:
        """Whether the assistant's reply before the customer's last message asked a yes or a
        no with its buttons (the reset ticket, a resend, a switch)."""
        said = self.previous_turn(tracker)
        buttons = ((said[0].data or {}).get("buttons") or []) if said else []
        return any(b.get("payload") == "/affirm" for b in buttons if isinstance(b, dict))

    def line_now(
        self, utter_action: str, tracker: DialogueStateTracker, kwargs: dict[str, Any]
    ) -> tuple[str, dict[str, Any]]:
        """`<name>_open_now` with the closing time, or `<name>_closed_now` with the next
        opening, in the conversation's language (French when it is not decided, as the
        other one-language facts)."""
        language = tracker.get_slot("language")
        language = language if language in content.LANGUAGES else content.LANGUAGES[0]
        now = clock.now()
        decision = is_open(now, self.settings)
        base = utter_action[: -len(OPEN_NOW)]
        if decision.open and decision.closes_at is not None:
            return base + OPEN_NOW, {**kwargs, "closes": hour_text(decision.closes_at, language)}
        when = decision.next_opening
        opens = opening_text(when, language, now) if when is not None else ""
        return base + CLOSED_NOW, {**kwargs, "opens": opens}

    def said_again(self, utter_action: str, tracker: DialogueStateTracker) -> str:
        """`<utter_action>_again` when `utter_action` is one of SAID_AGAIN and was said in this
        session (since its start or a restart) in the conversation's current language, else
        `utter_action`. Said in the other language, it was not read: the customer who switched
        the widget to French and asked again wants the whole answer in French."""
        again = utter_action + AGAIN
        if utter_action not in SAID_AGAIN or again not in self.responses:
            return utter_action
        current = tracker.get_slot("language")
        language = None
        for event in self.session_events(tracker):
            if isinstance(event, SlotSet) and event.key == "language":
                language = event.value
            elif isinstance(event, BotUttered) and language == current:
                said = (event.metadata or {}).get("utter_action")
                variant = str((event.metadata or {}).get(SAID_AS) or "")
                # a focus said one part of the answer, not the answer ("which number did you send
                # it to?" got the number alone; "i didnt get the sms" then got "Still no SMS?… «
                # Renvoyer » did not help" before any resend: sixty-eighth outside check, F4)
                if said == utter_action and variant[len(said) :] not in FOCUS_SUFFIXES:
                    return again
        return utter_action

    def of_the_evening(self, utter_action: str) -> str:
        """`<utter_action>_evening` (a good evening wished, not a good day) from 18:00, and
        `_night` after midnight until 05:00, in the platform's time zone, when the catalogue has
        one (the goodbyes)."""
        part = part_of_the_day(clock.now(), self.settings.timezone)
        if part == "day":
            return utter_action
        wished = f"{utter_action}_{part}"
        if wished in self.responses:
            return wished
        evening = f"{utter_action}{EVENING}"
        return evening if evening in self.responses else utter_action

    def no_offer_needed(self, utter_action: str, tracker: DialogueStateTracker) -> str:
        """OFFER_NOT_NEEDED's set-up when this session said the account has no 2FA yet
        (tells_not_enrolled), WITHOUT_THE_OFFER's when no offer is open, else `utter_action`."""
        if utter_action in WITHOUT_THE_OFFER and not self.offer_open(tracker):
            return WITHOUT_THE_OFFER[utter_action]
        instead = OFFER_NOT_NEEDED.get(utter_action)
        if instead is None or instead not in self.responses:
            return utter_action
        said = [
            (event.metadata or {}).get("utter_action") or ""
            for event in self.session_events(tracker)
            if isinstance(event, BotUttered)
        ]
        if not any(tells_not_enrolled(name) for name in said):
            return utter_action
        typed = PHONE_RE.search(self._latest_text(tracker))
        sms_enrolling = any(name.startswith(SMS_ENROLLING_PREFIX) for name in said)
        if typed and sms_enrolling and RETYPE in self.responses:
            # an SMS activation under way, another number given ("le bon c'est le 06…, renvoyez
            # le code dessus" got "nothing to reset, at your next login": sixty-fourth outside
            # check, F8): type the right number in the popup
            return RETYPE
        # a reset asked with no new phone or number told: nothing to reset, without "your new
        # number" (« je veux réinitialiser ma double authentification » got "…configure it with
        # your new number": forty-ninth outsider check, F13)
        nothing = instead + NOTHING_TO_RESET
        no_new_phone = not NEW_PHONE_TOLD.search(plain(self._latest_text(tracker)))
        return nothing if no_new_phone and nothing in self.responses else instead

    def offer_open(self, tracker: DialogueStateTracker) -> bool:
        """Whether a reset could be offered now: no form runs, and the answer just before did
        not say there is nothing to do (OFFERED_NOTHING)."""
        said = {(event.metadata or {}).get(SAID_AS) for event in self.previous_turn(tracker)}
        return tracker.active_loop_name is None and not said & OFFERED_NOTHING

    @staticmethod
    def session_events(tracker: DialogueStateTracker) -> list:
        """The events since the session's start or the last restart, reverted turns included:
        a reply the fallback action made (action_fallback reverts the message it answered, so
        `applied_events` drops that reply too) was read all the same. "et ensuite ?" got the
        SMS's next steps through the fallback, then "ça marche toujours pas" the same text
        word for word instead of its `_again` (thirty-sixth outsider check, finding 1)."""
        events = list(tracker.events)
        start = 0
        for index, event in enumerate(events):
            if isinstance(event, SessionStarted | Restarted):
                start = index + 1
        return events[start:]

    def at_step(self, utter_action: str, tracker: DialogueStateTracker) -> str:
        """While a form asks for a slot: `<utter_action>_while_<requested slot>` when the
        catalogue has one, else `<utter_action>_while_<active form>`, else
        `<utter_action>_while_form` (any form: both are the reset request). "merci", "ok" or
        "oui" while the identity code is awaited got "Très bien, reprenons." and the question
        again (tenth outsider check, finding 9): what helps there is that the email can take a
        minute, and where to look; "what now?" is the same answer at every step."""
        step = tracker.get_slot("requested_slot")
        form = tracker.active_loop_name
        if not form or not isinstance(step, str):
            return utter_action
        for part in (step, form, ANY_FORM):
            name = f"{utter_action}{WHILE}{part}"
            if name in self.responses:
                return name
        return utter_action

    def _fill_action_buttons(self, buttons: Any, tracker: DialogueStateTracker) -> None:
        """The titles of buttons an action sent with the response, filled in place."""
        if not isinstance(buttons, list):
            return
        language = tracker.get_slot("language")
        known = content.facts(self.settings, language if language in content.LANGUAGES else "fr")
        for button in buttons:
            if isinstance(button, dict) and isinstance(button.get("title"), str):
                button["title"] = content.fill(button["title"], known)


def second_question_of(tracker: DialogueStateTracker) -> str | None:
    """The second question the classifier found in the customer's last message, if any."""
    latest = tracker.latest_message
    value = latest.parse_data.get(second_question.KEY) if latest is not None else None
    return value if isinstance(value, str) else None


def latest_intent(tracker: DialogueStateTracker) -> str | None:
    """The intent the customer's last message was read as."""
    latest = tracker.latest_message
    name = (latest.intent or {}).get("name") if latest is not None else None
    return name if isinstance(name, str) else None
