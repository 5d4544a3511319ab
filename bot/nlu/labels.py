"""A question about an on-screen label that sounds like a yes or a no.

Two of the popup's labels are themselves a yes and a no: « Non, pas maintenant » and « Oui,
je veux utiliser la double authentification… ». A customer who asks what such a button does
("and non pas maintenant?", "c'est quoi « Oui, je veux » ?") writes the words of a reply,
and the classifier, which has learnt "non, pas maintenant" as the usual way to decline an
offer, read a refusal: "All right. Anything else?" (thirteenth outsider check, LE09). A bag of
n-grams cannot tell the two apart; the question around the label can.

When the classifier's top intent is `affirm` or `deny`, and the message names one of these
labels as the subject of a question (a question mark, a question word, or the label in
quotes), the intent becomes the topic whose answer explains that label, with the same
confidence; the yes or no takes the topic's place and confidence in the ranking. A plain
"non, pas maintenant" or "not now, thanks" to an offer is untouched.

The popup's two other buttons, « Renvoyer » and « Essayer une autre méthode », are verbs the
classifier has learnt as requests ("renvoyez-moi le code", "switch me to the app"). Asked
about ("à quoi sert le lien « Renvoyer » ?", "'Try another method' option?"), they are the
SMS that never came, whose answer explains both buttons (and, asked about « Essayer une autre
méthode », what that one does: bot/rasa_ext/nlg.py): two blind DEV sets were written that
way, and a logged-in customer who asks what a button does must not get a code sent or a
method picker (fourteenth outsider check, finding 6). The other way, a message the classifier
reads as the SMS that never came but that asks for a new code in so many words ("renvoyez le
encore svp jlai tjr pas", "resend it again pls") is the request: asked twice, the second got
"shall I send one?" (finding 2). "Which number did you send it to?" is the SMS that never
came too, whatever the classifier heard (bot/which_number.py), and "put me back on sms" the
change of method. A 2FA topic asked about another product ("codes for our company VPN") is out
of scope (bot/nlu/other_tools.py). No smartphone or no app is the SMS set-up
(bot/nlu/no_smartphone.py), a phone lost some day the changed phone (bot/nlu/future_loss.py),
the code asked by email, a call or a key the methods there are (bot/nlu/other_channel.py).
Every other intent is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.absence_ahead import postpones_with_an_absence_ahead
from bot.nlu.account_hacked import says_own_account_was_hacked
from bot.nlu.active_on_my_account import (
    asked_for_a_code_never_set_up,
    asks_if_active_on_my_account,
    asks_if_done_or_not_started,
    asks_if_it_covers_me,
    not_asked_unlike_others,
    unsure_if_it_was_done,
)
from bot.nlu.always_or_new import (
    asks_if_always_or_new,
    asks_if_it_was_announced,
    asks_when_it_changed,
)
from bot.nlu.another_request import asks_to_open_another
from bot.nlu.anyone_there import asks_if_someone_works_there
from bot.nlu.app_at_home import app_left_at_home
from bot.nlu.app_from_the_start import (
    asks_to_set_one_up,
    sets_up_by_texts_not_an_app,
    sets_up_sms_first,
    sets_up_the_app_first,
    wants_a_colleagues_app_from_the_start,
)
from bot.nlu.app_gone import app_is_gone
from bot.nlu.app_installed import asks_what_to_do_with_the_app
from bot.nlu.asked_again import login_asked_again, login_asked_again_once
from bot.nlu.authenticator_too import (
    app_put_on_my_phone_not_understood,
    keeps_every_code_in_one_app,
    keeps_every_code_in_one_app_no_method_told,
    many_accounts_one_phone,
    moves_every_code_into_one_app,
    wants_ours_in_a_code_maker,
    wants_ours_in_the_app,
    wants_ours_in_the_app_set_up,
)
from bot.nlu.back_from_absence import back_and_kept_out, back_to_a_forced_set_up
from bot.nlu.back_to_a_method import asks_to_move_to_a_method, wants_the_other_method
from bot.nlu.call_back import asks_to_be_called
from bot.nlu.cannot_log_in import says_it_cannot_log_in_anyway
from bot.nlu.change_of_mind import (
    prefers_sms_after_all,
    prefers_the_app_after_all,
    stays_with_a_method,
)
from bot.nlu.code_alone import is_a_code_alone
from bot.nlu.code_asked import (
    asks_about_the_app_timer,
    asks_about_the_code_field,
    asks_about_the_space,
    asks_for_the_code,
    asks_for_the_code_sent,
    asks_how_long_a_code_lasts,
    asks_if_a_code_works_on_another_device,
    asks_if_a_kept_code_works,
    asks_if_a_pasted_code_is_seen,
    asks_if_an_old_code_counts,
    asks_if_the_code_is_permanent,
    asks_if_the_code_stays_the_same,
    asks_if_the_whole_message_is_typed,
    asks_to_be_given_the_code_here,
    asks_to_be_told_the_code,
    asks_to_keep_the_code_in_a_password_manager,
    asks_what_the_field_wants,
    asks_where_the_digits_received_go,
    asks_where_the_qr_code_is,
    asks_where_to_type,
    asks_which_code_after_two_logins,
    asks_which_of_several,
    avoids_a_new_code_each_time,
    checks_a_claim_about_the_code,
    chose_sms_what_next,
    code_changed_while_typing,
    code_refused_at_the_field,
    kept_out_by_a_code_asked,
    offers_the_code,
    picks_the_wrong_entry,
)
from bot.nlu.code_every_time import (
    asks_if_a_code_every_time,
    autofilled_yet_code_daily,
    code_comes_back_every_time,
    code_refused_every_time,
    computer_kept_verified,
    computer_shared_for_the_codes,
    others_go_straight_in,
    same_device_asked_every_time,
)
from bot.nlu.code_shared import (
    forwards_what_the_boss_gets,
    logs_in_for_someone_else,
    passes_the_code_around,
)
from bot.nlu.codes_made_on_the_phone import (
    wants_codes_made_instead,
    wants_codes_made_on_the_phone,
    wants_texts_instead_of_made_codes,
)
from bot.nlu.countdown import (
    asks_for_leeway,
    asks_how_long_before_it_is_forced,
    asks_how_long_to_activate,
    asks_time_for_the_activation,
    asks_to_look_up_the_time_left,
    asks_when_the_countdown_starts,
    asks_which_deadline_is_right,
    days_counting_down_asked_what_at_zero,
)
from bot.nlu.days_quoted import asks_what_after_the_days
from bot.nlu.declined_the_popup import declined_by_mistake, declined_the_popup
from bot.nlu.delay_over import (
    asks_what_befalls_accounts_not_set_up_in_time,
    delay_said_over_what_now,
)
from bot.nlu.device_sms import asks_about_device_sms
from bot.nlu.disable import asks_to_disable, asks_to_disable_for_scripts
from bot.nlu.done_postponing import done_postponing_steps_asked
from bot.nlu.drop_the_app import (
    app_for_the_portal_must_go,
    drops_the_app_for_texts,
    wants_texts_after_the_app,
)
from bot.nlu.enable_with import (
    asks_which_app_to_download,
    chose_the_app_which_to_download,
    enables_with_the_app,
    took_the_google_option_download_asked,
)
from bot.nlu.exact_date import asks_if_the_last_day_counts, asks_until_what_time_that_day
from bot.nlu.extra_code import (
    asks_about_six_digits_wanted,
    asks_how_it_works,
    asks_if_the_phone_step_is_genuine,
    asks_to_explain_what_the_phone_is_asked_for,
    asks_what_more_is_asked,
    asks_what_the_copied_digits_were,
    asks_what_the_extra_code_is,
    asks_what_the_new_screen_does,
    asks_what_this_code_is,
    asks_what_this_mechanism_is,
    lost_after_the_password,
)
from bot.nlu.for_all_users import asks_to_enable_it_for_others
from bot.nlu.fresh_code import needs_a_fresh_code
from bot.nlu.future_loss import loses_phone_some_day
from bot.nlu.help_word import asks_vaguely_for_help, only_asks_for_help
from bot.nlu.hesitation import hesitates
from bot.nlu.how_to_enable import (
    afraid_to_click_wrong,
    asks_for_the_steps,
    asks_how_to_enable,
    asks_if_yes_logs_out,
    asks_to_do_it_oneself,
    asks_what_to_do_to_enable,
    asks_where_to_start,
    looks_for_the_setting,
    the_only_one_not_done,
    unsure_which_choice,
    wants_to_do_as_the_other_did,
)
from bot.nlu.injection import instructs_the_assistant
from bot.nlu.later import asks_if_it_applies_to_them, asks_to_do_it_later
from bot.nlu.line_dependence import wants_off_the_line
from bot.nlu.line_open import asks_for_the_number, asks_if_open
from bot.nlu.login_loop import sent_back_to_the_login
from bot.nlu.markers import strip_accents
from bot.nlu.method_choice import (
    asks_which_method_is_better,
    describes_the_choice_screen,
    picks_a_method_with_an_app_at_hand,
    takes_sms,
    takes_the_app,
)
from bot.nlu.method_in_use import told_method_other_wished
from bot.nlu.never_came import never_came_not_refused
from bot.nlu.newcomers import newcomers_meet_the_prompt
from bot.nlu.no_smartphone import (
    asks_what_if_no_smartphone,
    broken_camera_scan_asked,
    cannot_scan_but_gets_texts,
    lacks_a_smartphone,
    lacks_a_smartphone_is_it_a_problem,
    lacks_a_smartphone_no_resend,
    no_installs_another_way,
    no_installs_but_gets_texts,
    offers_a_landline,
    only_a_landline_asked,
    phone_too_old_for_apps,
)
from bot.nlu.number_changed import (
    codes_go_to_the_old_number,
    number_changed_ticket_to_raise,
    number_given_to_someone_else,
    number_to_update,
)
from bot.nlu.number_format import asks_about_the_number_format
from bot.nlu.number_mistyped import (
    mistyped_the_phone_number,
    suspects_a_mistyped_number,
    tells_a_typo_after_the_number,
)
from bot.nlu.number_withheld import number_withheld_smartphone_at_hand
from bot.nlu.obliged_now import (
    asks_if_obliged_now,
    asks_if_optional,
    told_it_can_be_ignored_for_good,
)
from bot.nlu.offline_app import asks_if_it_works_offline
from bot.nlu.old_code import old_code_refused
from bot.nlu.other_channel import (
    asks_another_channel,
    asks_by_a_channel_alone,
    asks_it_another_way,
    asks_the_code_at_a_typed_address,
)
from bot.nlu.other_line import typed_the_other_line
from bot.nlu.other_route import texts_ruled_out_other_way_asked
from bot.nlu.other_script import written_in_another_script
from bot.nlu.other_tools import names_another_tool, uses_the_app_for_another_tool
from bot.nlu.otp_asked import asks_what_the_otp_is
from bot.nlu.password_difference import asks_how_it_differs_from_the_password
from bot.nlu.password_typed import password_typed_code_never_came
from bot.nlu.past_password import stopped_past_the_password
from bot.nlu.person_asked import asks_for_a_person, fed_up_with_the_bot, wants_the_call_after_all
from bot.nlu.phone_at_home import phone_left_behind_today
from bot.nlu.phone_clock import clock_set_by_hand, codes_refused_after_the_phone_was_off
from bot.nlu.phone_far_away import (
    phone_far_from_the_shared_pc,
    phone_kept_away_at_work,
    phones_swapped,
    registered_phone_out_of_reach,
)
from bot.nlu.phone_found import phone_found_again
from bot.nlu.phone_lost import (
    phone_given_up,
    phone_is_lost,
    phone_is_wrecked,
    phone_lost_for_the_portal,
)
from bot.nlu.phone_switched import (
    phone_at_repair_login_asked,
    repaired_phone_came_back_blank,
    sim_moved_old_phone_gone,
    switched_phones_codes_gone,
)
from bot.nlu.pointless import asks_if_a_breach_is_behind_it, calls_it_pointless
from bot.nlu.popup_put_off import (
    asks_how_long_putting_off_lasts,
    asks_what_both_buttons_do,
    asks_what_not_now_does,
    declined_for_everyone,
    ready_after_putting_off,
    still_uses_the_portal_after_putting_off,
)
from bot.nlu.preference import app_in_use, phone_moved_on, prefers_one_method
from bot.nlu.procedure import asks_the_procedure, wants_instructions_for_users
from bot.nlu.qr_described import describes_the_qr_code
from bot.nlu.qr_fails import button_does_nothing, qr_will_not_scan
from bot.nlu.reason_asked import (
    asks_for_the_real_reason,
    asks_if_this_is_the_reason,
    asks_what_the_step_does,
    asks_why_of_the_answer,
)
from bot.nlu.received_after_all import received_after_all
from bot.nlu.reference_asked import asks_the_requests_number, mentions_the_reference_or_call
from bot.nlu.refused_told import (
    says_the_code_does_not_work,
    says_the_code_is_refused,
    typed_code_fails,
    typed_then_an_error,
)
from bot.nlu.refused_why import asks_why_the_code_is_refused
from bot.nlu.remember_asked import (
    asks_how_long_remembering_lasts,
    computer_reset_code_again,
    describes_the_remember_box,
    public_computer_what_to_tick,
)
from bot.nlu.required_by_policy import (
    date_required_by_someone,
    required_and_what_to_do,
    required_by_someone,
)
from bot.nlu.resend_greyed import resend_greyed
from bot.nlu.reset_wanted import (
    asks_for_the_ticket_number,
    asks_to_open_a_reset,
    asks_what_now_after_the_reset,
    asks_why_a_ticket,
    called_off_as_it_works,
    calls_it_off,
    wants_the_reset_after_all,
)
from bot.nlu.same_number import (
    keeps_the_number,
    new_phone_same_number,
    number_kept_but_nothing_comes,
    phone_only_flat,
)
from bot.nlu.session_length import asks_for_a_longer_session
from bot.nlu.set_up_interrupted import asks_if_the_set_up_went_through
from bot.nlu.shared_phone import wants_the_codes_on_a_shared_phone
from bot.nlu.silent_phone import (
    never_came_to_a_foreign_number,
    nothing_after_making_room,
    phone_stays_silent,
    waits_cut_off_from_the_network,
)
from bot.nlu.sim_lines import (
    asks_about_billing,
    asks_about_data_use,
    asks_about_sim_lines,
    asks_about_sim_lines_beside_2fa,
    asks_about_the_api,
    asks_about_the_interface_language,
    asks_about_the_password_link,
    asks_for_a_new_users_login,
    asks_for_a_portal_app,
    asks_for_login_records,
    asks_for_the_password,
    asks_to_merge_accounts,
    asks_which_identifier,
    asks_which_users_have_it,
    says_the_portal_is_slow_or_down,
    sms_to_devices_not_delivered,
    wants_a_new_password,
    warns_of_the_certificate,
)
from bot.nlu.sim_swap import fears_a_sim_swap
from bot.nlu.skipped_until_now import (
    asks_how_long_it_can_be_put_off,
    asks_to_keep_skipping,
    skipped_and_asks_about_the_account,
    skipped_until_now,
)
from bot.nlu.small_talk import small_talk_to_the_assistant
from bot.nlu.sms_banned import sms_forbidden, sms_forbidden_while_in_use
from bot.nlu.sms_set_up_silent import set_up_code_never_came
from bot.nlu.sms_to_app import (
    app_ready_on_a_new_phone,
    app_ready_while_on_sms,
    moves_from_the_method_in_use,
    no_signal_nothing_set_up,
    no_signal_set_to_texts,
    no_signal_which_way,
    no_signal_wifi_another_way,
    sms_going_away,
    sms_late_while_on_sms,
    sms_useless_where_going,
)
from bot.nlu.someone_elses_phone import (
    code_asked_with_someone_gone,
    codes_only_reach_someone_away,
    colleague_holding_the_codes_away,
    phone_of_someone_away,
)
from bot.nlu.spam_folder import not_in_the_spam_either
from bot.nlu.stateless import StatelessStep
from bot.nlu.steps_order import (
    asks_the_steps_order,
    asks_the_steps_order_naming_no_method,
    walks_through_the_app_set_up,
)
from bot.nlu.still_locked import asks_if_still_locked
from bot.nlu.switch_asked import asks_to_switch
from bot.nlu.takes_long import asks_why_it_takes_long
from bot.nlu.term_alone import is_the_term_alone
from bot.nlu.texting import written_out
from bot.nlu.texts_fail_here import texts_fail_here_another_way, texts_fail_here_move_asked
from bot.nlu.too_many_tries import asks_about_too_many_tries, asks_how_many_tries_before_the_lock
from bot.nlu.travel_abroad import (
    asks_about_codes_abroad,
    asks_before_going_abroad,
    asks_if_codes_come_on_a_trip,
    never_came_abroad,
)
from bot.nlu.typed_number import gives_another_number, sends, wants_the_code_on_a_new_number
from bot.nlu.unlock_asked import asks_to_unlock, asks_who_unlocks
from bot.nlu.unrequested_code import received_without_logging_in
from bot.nlu.voice_call import code_read_by_a_voice_call
from bot.nlu.wait_before_set_up import waits_before_setting_up, waits_until_after_a_change
from bot.nlu.what_made_it_change import (
    asks_what_made_it_change,
    asks_what_pushed_you,
    asks_why_it_is_recommended,
)
from bot.nlu.what_to_do import asks_what_to_do_now_it_is_mandatory
from bot.nlu.what_we_gain import asks_what_is_gained
from bot.nlu.where_i_stand import (
    asks_days_left,
    asks_if_it_is_their_turn,
    asks_if_own_access_lasts_the_absence,
    asks_if_shut_out_now,
    asks_own_days_or_end,
    asks_own_method,
    asks_where_they_stand,
    blames_the_new_step_for_a_lockout,
    everyone_asked_but_me,
    everyone_gets_in_but_me,
    fears_being_out_after_an_absence,
    lost_count_of_postponing,
    on_for_all_but_nothing_seen,
    tells_own_dates_asks_if_still_postponable,
)
from bot.nlu.where_to_send import (
    asks_for_a_line_to_ring,
    asks_the_line_from_abroad,
    asks_what_details_to_pin,
    asks_who_to_turn_to,
    asks_whom_to_call,
    asks_whom_to_send_to,
    has_a_file_to_send,
    has_an_error_capture_to_send,
    someone_else_will_call,
    wants_a_number_to_dial,
    wants_it_in_writing,
    wants_to_write_instead,
)
from bot.nlu.who_is_right import asks_who_is_right_about_when
from bot.nlu.why_a_phone import (
    asks_what_a_phone_has_to_do,
    asks_what_a_phone_has_to_do_with_it_kept,
    asks_what_the_phone_part_is,
    fears_the_phone_is_read,
)
from bot.nlu.why_now import (
    asks_why_it_became_mandatory,
    asks_why_it_is_needed_now,
    asks_why_log_in,
)
from bot.nlu.wifi_tablet import (
    codes_on_a_watch,
    only_a_phone_without_sim,
    only_a_tablet_without_sim,
    texts_on_a_watch,
    wants_a_colleagues_watch_codes,
)
from bot.nlu.yes_chosen import asks_what_follows_yes, yes_clicked_then_cut_off
from bot.plain_text import plain
from bot.which_number import asks_which_number

# the replies whose words the labels share
YES_NO = ("affirm", "deny")
# what "what do « Oui, je veux » and « Non, pas maintenant » do?" was heard as
BOTH_BUTTONS_HEARD_AS = ("ask_deadline", "ask_how_enable", "ask_what_is_2fa", *YES_NO)
# label (lower case, no accents, punctuation as spaces) -> the topic that explains it
LABELS = (
    (r"non pas maintenant|not now|pas maintenant", "ask_deadline"),
    (r"oui je veux|yes i want", "ask_how_enable"),
)
# words that make a question of it; not "when", "after", "if", "do": a real no says them
# too ("pas maintenant, quand je serai au bureau", "not now, I'll do it after lunch")
QUESTION_WORDS = re.compile(
    r"\b(quoi|qu est ce|quel|quelle|veut dire|signifie|sert a|et si|pourquoi|what|whats"
    r"|mean|means|meaning|does|why)\b"
)
QUOTED = re.compile(r"[«“\"'‘]\s*(non|oui|not|yes)\b", re.IGNORECASE)
MAX_WORDS = 20  # a long message with a yes or a no at the top is not this case

# the popup's buttons that the classifier hears as requests, and the topic that explains them
REQUESTS = ("request_resend", "request_switch_method")
BUTTONS_TOPIC = "sms_not_received"
_BUTTON = r"(?:renvoyer|resend|essayer une autre methode|try (?:an)?other method)"
# the button named as a thing: in quotes, beside "bouton"/"lien"/"button"/"option", or "X ="
BUTTON_NAMED = re.compile(
    rf"[«“\"'‘]\s*{_BUTTON}|\b(?:bouton|lien|button|link|option|onglet)\s+[«“\"'‘]?\s*{_BUTTON}"
    rf"|\b{_BUTTON}\s*[»”\"'’]?\s*(?:button|link|option|=)",
    re.IGNORECASE,
)
# the French label unquoted in an English question: "what does Essayer une autre methode do?"
# was the SMS that never came (thirty-third outsider check, finding 4); quoted, it was right
# ...or its English gloss, or the French label asked in French, unquoted ("what does try another
# method do": the SMS 0.33, the switch 0.31, a tie for the fallback; forty-eighth outsider check,
# F15)
LABEL_IN_ENGLISH = re.compile(
    r"\b(?:what|whats)\b.*\b(?:essayer une autre methode|try (?:an|a )?other method)\b"
    r"|\b(?:essayer une autre methode|try (?:an|a )?other method)\b.*\b(?:do|does|mean|means"
    r"|for)\b"
    r"|\b(?:a quoi sert|que fait|ca fait quoi|c est quoi|qu est ce que)\b.*\bessayer une autre"
    r" methode\b|\bessayer une autre methode\b.*\b(?:sert a quoi|fait quoi|ca fait quoi"
    r"|veut dire quoi)\b"
)
# asking what it does (not "can you click it for me")
ABOUT_IT = re.compile(
    r"\b(quoi|qu est ce|a quoi|sert|fait|veut dire|signifie|what|whats|does|do|happens|mean"
    r"|means)\b|=|\?\s*$"
)
ASKS_FOR_IT = re.compile(
    r"\b(pouvez|pourriez|peux|peut|can you|could you|can u|please|pls|plz|svp|stp|for me"
    r"|pour moi)\b"
)
# a new code asked for in so many words
RESEND_ASKED = re.compile(
    r"\b(renvoyez|renvoie[sz]?[- ]moi|renvoyer (?:le|un|moi)|re ?envoyer"
    # (not the phone sent back: « personne ne peut me le renvoyer », DEV119, written blind)
    r"|(?<!\bne peut )(?<!\bne pourra )(?<!\bne peuvent )me (?:le |l )?renvoyer"
    # "…toujours pas arrivé, renvoie le" (twenty-fourth check, L3), not "il me renvoie le même"
    r"|(?<!\bil )(?<!\bon )(?<!\bme )(?<!\bca )(?<!\bca me )(?<!\belle )"
    r"renvoie[sz]? (?:le|la|l|un)\b"
    # ...or again (« toujours rien, renvoie encore »: the steps, nothing sent; fifty-ninth
    # outside check, F7), not « il me renvoie encore sur la page »
    r"|(?<!\bil )(?<!\bon )(?<!\bme )(?<!\bca )(?<!\bca me )(?<!\belle )(?<!\bqui )"
    r"(?:renvoie[sz]?|renvoyez) (?:encore|a nouveau|de nouveau|svp|stp)"
    r"|resend (?:again|pls|plz|please)"
    r"|resend (?:it|me|the|a|another)|(?:can|could) (?:you|u) resend|(?:pls|plz|please) resend"
    r"|send (?:me )?(?:it|another|a new one|a new code|the code|one) again|send me another"
    # "est-ce que vous pouvez m'en envoyer un autre ?" after five minutes of waiting (DEV11)
    r"|m en (?:envoyer|envoyez|envoie|renvoyer|renvoyez) un (?:autre|nouveau)"
    r"|(?:envoyer|envoyez|envoie|renvoyer|renvoyez) (?:moi )?un (?:autre|nouveau) code"
    r"|send (?:me )?a (?:new|fresh) (?:one|code)"
    # "envoyez-m'en un autre tout de suite", "just fire another one over to me now" (DEV22)
    r"|(?:envoyez|envoie|renvoyez|renvoie) m en un (?:autre|nouveau)"
    # « Balancez-m'en un frais, vite » after a code come too late (the SMS that never came 0.22;
    # DEV110, written blind)
    r"|(?:balancez|balance|filez|file|donnez|donne|envoyez|envoie|renvoyez|renvoie) m en un"
    r" (?:frais|tout neuf|neuf|autre|nouveau)"
    r"|(?:fire|shoot|send|ping) (?:me )?(?:another|a new|a fresh) one|send another one"
    # "Would it be at all possible to receive a fresh code?" (the methods 0.37; DEV64)
    r"|(?:receive|get|have) (?:a |another )?(?:fresh|new) (?:code|one)"
    r"|(?:recevoir|avoir|obtenir) un (?:nouveau|autre) code)\b",
    re.IGNORECASE,
)
# what a new code asked for in words was heard as: the SMS that never came, the request, and
# a yes ("ok ça fait une minute, renvoie le stp", affirm 0.41: the resend offer's "yes" and
# the request do the same, action_check_resend sends at once; twenty-seventh check, L1)
# (a refused code with a new one asked in so many words: "it wont take it. just send me a new one
# to the same number": the refused code 0.34, the resend 0.32; DEV94, written blind)
RESEND_HEARD_AS = (BUTTONS_TOPIC, "request_resend", "affirm", "code_rejected")
# the other method wanted, unnamed (bot/nlu/back_to_a_method.py), heard as a set-up
OTHER_METHOD_HEARD_AS = ("ask_enable_sms", "ask_enable_app", "ask_methods")
# no signal, Wi-Fi, the account on texts (bot/nlu/sms_to_app.py), nothing asked
SET_TO_TEXTS_HEARD_AS = (
    # (the app's set-up, the changed phone: "since I set everything up with my number", DEV115)
    "ask_enable_app",
    "phone_changed",
    "sms_not_received",
    "ask_my_status",
    "out_of_scope",
    "request_switch_method",
)
# locked out and the new step blamed (bot/nlu/where_i_stand.py), heard as why 2FA or the SMS
BLAMED_HEARD_AS = ("ask_why_2fa", "sms_not_received", "ask_what_is_2fa")
# ("et si je veux repasser en SMS ?" was the 28 days, 0.46: "et si" is how people ask about
# the delay; nineteenth outsider check's own test)
SWITCH_HEARD_AS = (
    "request_human",
    "sms_not_received",
    "ask_enable_sms",
    "ask_enable_app",
    "ask_deadline",
)
# ...and, said in so many words, whatever else it was heard as: « remettez-moi en SMS » during an
# activation was the status 0.17 under the fallback, « finalement non, remettez-moi en SMS » a
# cancel 0.25 ("Très bien", and the popup stayed on the app; forty-ninth outsider check, F1)
SWITCH_SETTLED = (
    *SWITCH_HEARD_AS,
    "request_switch_method",
    "request_resend",
    "cancel",
    "deny",
    "ask_my_status",
    "out_of_scope",
)
# what a message naming both methods and preferring one was heard as (bot/nlu/preference.py)
METHODS_COMPARED_HEARD_AS = (
    "ask_what_is_2fa",  # "what's the difference between the two?" (fifty-second check, F8)
    "request_switch_method",
    "out_of_scope",
    "ask_enable_app",
    "ask_enable_sms",
    "ask_how_enable",
)
PREFERENCE_HEARD_AS = ("ask_enable_sms", "ask_enable_app", "ask_methods")
# ...and the switch itself, which a preference confirms: "I went with the authenticator app,
# but… would rather just get a text" was the switch 0.33 and the app's set-up 0.32, a tie
# (DEV12's line, after the sixteenth session's retraining)
PREFERENCE_SETTLED = (*PREFERENCE_HEARD_AS, "request_switch_method", "phone_changed")
# what the authenticator app deleted was heard as (bot/nlu/app_gone.py): its set-up
# (and the code's format: "j'ai viré plein d'applis dont celle avec les chiffres qui changent",
# once « dont » was no longer "don't"; the lost-line check of the thirtieth session)
APP_GONE_HEARD_AS = (
    "ask_enable_app",
    "ask_how_enable",
    "phone_changed",
    "code_rejected",
    "ask_code_format",
)
# what "how do I update my number for the SMS?" was heard as (bot/nlu/number_changed.py)
# ...and itself, in a tie with the SMS ("took a new number… it's sent something to a number
# ending 482, which isn't mine anymore": 0.25 / 0.22; DEV28, written blind)
# (and what 2FA is: « …j'ai changé d'opérateur et de numéro de GSM… C'est quoi la démarche ? »
# after a complaint, 0.25; DEV83)
NUMBER_CHANGED_HEARD_AS = (
    "ask_enable_sms",
    "ask_how_enable",
    "sms_not_received",
    "phone_changed",
    "ask_what_is_2fa",
    "out_of_scope",  # "…the UK one has been cancelled. Since then I can't get past…" (DEV85)
)
# what a lost or stolen phone told among other things was heard as (bot/nlu/phone_lost.py)
PHONE_LOST_HEARD_AS = (
    "ask_remember_device",
    "code_rejected",
    "sms_not_received",
    "ask_code_format",
    "ask_my_status",
    "ask_how_enable",
    "ask_enable_app",
    "ask_enable_sms",
    "ask_deadline",
    "ask_contact",
    "ask_what_is_2fa",
)
# what the portal wanted in an authenticator app used elsewhere was heard as
# (bot/nlu/authenticator_too.py)
APP_TOO_HEARD_AS = ("out_of_scope", "ask_how_enable", "ask_what_is_2fa")
# what "how do I turn it on, on my account" was heard as (bot/nlu/how_to_enable.py)
# and settled when the set-up itself came first in a tie with the status ("Comment est-ce que
# j'active la double authentification sur mon compte M2Mmanager ?": 0.48 / 0.46, the fallback;
# DEV37, written blind)
HOW_TO_ENABLE_HEARD_AS = ("ask_my_status", "ask_how_enable")
# what "where do I type it?" and "where is the QR code?" were heard as (bot/nlu/code_asked.py)
WHERE_TYPED_HEARD_AS = ("affirm", "deny", "thank", "goodbye", "greet")
QR_WHERE_HEARD_AS = (
    "ask_code_format",
    "affirm",
    "deny",
    "thank",
    "goodbye",
    "out_of_scope",
    # « Qu'est-ce que je dois faire avec ce QR code sur mon téléphone ? » after a window with a
    # QR code: the SMS that never came 0.33 (DEV113, written blind)
    "sms_not_received",
)
# what "aide" alone was heard as (bot/nlu/help_word.py)
HELP_ALONE_HEARD_AS = ("still_failing",)
# ...and help asked with 2FA named, nothing said of where one is stuck (thirty-ninth check, F8)
VAGUE_HELP_HEARD_AS = (
    "still_failing",
    "ask_why_2fa",
    "ask_what_is_2fa",
    "ask_how_enable",
    "ask_contact",
    "request_human",
    "out_of_scope",
    "ask_deadline",
)
# what an unlock asked after "ok" was heard as (bot/nlu/unlock_asked.py)
UNLOCK_HEARD_AS = ("affirm",)
# DEV13 (eleventh session): stopped past the password, heard as a password problem or not
# understood; a person at work asked for; an app ready on an account on SMS
PAST_PASSWORD_HEARD_AS = (
    "out_of_scope",
    "ask_what_is_2fa",  # DEV115: "can't get into the portal… my password is definitely right"
    "ask_my_status",
    "code_rejected",
    "ask_since_when",
    "still_failing",
)
ANYONE_THERE_HEARD_AS = ("out_of_scope", "bot_challenge", "still_failing", "ask_deadline", "greet")
SMS_TO_APP_HEARD_AS = ("ask_enable_app", "sms_not_received", "ask_enable_sms", "ask_my_status")
# twenty-eighth check, finding 7: back from an absence to a forced set-up
BACK_HEARD_AS = (
    "code_rejected",
    "phone_changed",
    "ask_my_status",
    "ask_how_enable",
    "ask_enable_sms",
)
# twenty-ninth check, finding 4: "je suis obligé (de le faire maintenant) ?" heard as the steps
# (and out of scope: "I only log in… to download invoices. Do I really need this?": 59th, F4)
OBLIGED_HEARD_AS = ("ask_how_enable", "ask_what_is_2fa", "affirm", "out_of_scope")
# thirtieth check, finding 5: the phone found again, heard as the phone changed
FOUND_HEARD_AS = ("phone_changed", "affirm", "thank")
# DEV14 (twelfth session, written blind): a phone destroyed among a day's work, heard as out of
# scope too (a phone lost is not: "one of our drivers lost his company phone, how do I block
# the SIM?" is support's); a code kept for later heard as a refused one; more than a password
# required by an insurer heard as out of scope
# ...and itself under the fallback's threshold ("Mon portable est tombé dans une cuve de lavage
# au boulot, il est mort…": 0.19; DEV26, written blind)
# (and since when: « téléphone qui ne s'allume plus depuis hier soir », 0.18; DEV73)
# (and the request's status: "The handset… damaged beyond repair. How can a reset be requested?",
# DEV88)
WRECKED_HEARD_AS = (
    *PHONE_LOST_HEARD_AS,
    "out_of_scope",
    "phone_changed",
    "ask_since_when",
    "ask_request_status",
)
# (itself under the fallback's threshold: "leave today's numbers on a sticky note for her. Would
# that work?", 0.19; DEV55)
KEPT_CODE_HEARD_AS = (
    "code_rejected",
    "ask_reference",  # "I saved yesterday's number in my notes app… tomorrow?" (DEV83)
    "ask_remember_device",
    "out_of_scope",
    "ask_code_format",
    "ask_deadline",  # « …pour m'en servir toute la journée. Ça va passer ? » (DEV61)
    "ask_how_enable",  # "…Could she send it to me the night before?" (DEV75)
)
POLICY_HEARD_AS = ("out_of_scope",)
# DEV82-83's kinds (written blind): what each was heard as
GENUINE_HEARD_AS = ("ask_code_format", "ask_how_enable", "code_rejected", "out_of_scope")
OFF_THE_LINE_HEARD_AS = (
    "phone_changed",
    "ask_deadline",
    "out_of_scope",
    "ask_my_status",
    "ask_contact",
    "sms_not_received",
)
# (an empty app heard as the code's: fifty-third outside check, F8)
APP_INSTALLED_HEARD_AS = (
    "code_rejected",
    "ask_enable_app",
    "phone_changed",
    "ask_what_is_2fa",
    "ask_code_format",
)
# ... the code at every login heard as the set-up or what 2FA is; "what's this extra code?"
# heard as why 2FA
EVERY_TIME_HEARD_AS = ("ask_how_enable", "ask_what_is_2fa", "ask_why_2fa")
# the phone silent at login (bot/nlu/silent_phone.py): the reset, a set-up, out of scope, and
# itself under the fallback's threshold
# a method taken in a few words (bot/nlu/method_choice.py): a whole message or its first sentence
TAKES_HEARD_AS = ("ask_methods", "affirm", "goodbye", "thank", "deny", "cancel")
SPAM_HEARD_AS = ("phone_changed", "deny", "out_of_scope", "code_rejected", "ask_enable_sms")
SILENT_HEARD_AS = (
    "sms_not_received",
    # « au Maroc… coupé les données et l'itinérance… mon téléphone reste muet » (DEV96)
    "ask_enable_app",
    "phone_changed",
    "ask_how_enable",
    "ask_enable_sms",
    "out_of_scope",
    "ask_my_status",
    "ask_contact",
    "code_rejected",  # "…a phone that refuses to buzz" (DEV54)
    "ask_code_format",  # « …je reste planté sur l'écran qui réclame 6 chiffres ? » (DEV73)
    "ask_remember_device",  # in airplane mode, « j'attends devant l'écran » (DEV73)
)
# "I can't log in, that's the problem" (bot/nlu/cannot_log_in.py): the 28 days or the status
CANNOT_LOG_IN_HEARD_AS = (
    "ask_deadline",
    "ask_my_status",
    "ask_how_enable",
    "ask_what_is_2fa",
    "still_failing",
    "phone_changed",
    "deny",  # « bah je suis pas connecté puisque j'y arrive pas » (forty-eighth check, F5)
)
# the set-up cut off, whether it took (bot/nlu/set_up_interrupted.py): the set-up's steps
INTERRUPTED_HEARD_AS = ("ask_how_enable", "ask_enable_app", "ask_enable_sms", "ask_since_when")
# a code received long before and refused (bot/nlu/old_code.py): the SMS, the code's format
OLD_CODE_HEARD_AS = ("sms_not_received", "ask_code_format", "ask_my_status", "code_rejected")
# a phone with no SIM (bot/nlu/wifi_tablet.py): out of scope, a set-up, under the fallback
NO_SIM_PHONE_HEARD_AS = ("out_of_scope", "ask_enable_sms", "ask_how_enable", "ask_what_is_2fa")
# codes made by the phone itself wished for (bot/nlu/codes_made_on_the_phone.py)
MADE_ON_THE_PHONE_HEARD_AS = (
    "sms_not_received",
    "ask_enable_sms",
    "ask_how_enable",
    "ask_methods",
    "out_of_scope",
    "ask_enable_app",
    "request_switch_method",
    "ask_what_is_2fa",
)
# an operation on SIM cards or lines (bot/nlu/sim_lines.py), heard as a set-up or the 28 days
SIM_LINES_HEARD_AS = (
    "ask_how_enable",
    "ask_enable_sms",
    "ask_enable_app",
    "ask_deadline",
    "request_switch_method",
)
# whether a code must be typed at every login (bot/nlu/code_every_time.py), heard as the code
MUST_EVERY_TIME_HEARD_AS = ("ask_code_format", "ask_how_enable", "ask_what_is_2fa", "ask_deadline")
EXTRA_CODE_HEARD_AS = ("ask_why_2fa",)
# DEV16 (written blind, thirteenth session): the code passed around a team, heard as the SMS
# that never came or under the fallback; newcomers about to meet the prompt, heard as why 2FA
# or under the fallback; whom to send a list to, heard as the refused code; an app wanted
# "rather than SMS", heard as a switch; lost after the password, heard as the set-up
SHARED_HEARD_AS = (
    "ask_code_format",  # itself, under the fallback's threshold
    "sms_not_received",
    "request_resend",
    "out_of_scope",
    "ask_remember_device",
    "ask_how_enable",
    "request_human",  # a caller who asked for the digits (DEV77)
    "ask_methods",  # the code mailed to a provider (DEV81)
    "ask_deadline",  # « elle peut me les transférer par WhatsApp… non ? » (DEV86)
)
# (not the 28 days: newcomers asking how long they have are 9 of its lines)
NEWCOMERS_HEARD_AS = ("ask_how_enable", "ask_why_2fa", "ask_what_is_2fa", "out_of_scope")
WHOM_HEARD_AS = (
    "ask_contact",  # itself, under the fallback's threshold (a screenshot to send: 0.17; DEV25)
    "code_rejected",
    "sms_not_received",
    "out_of_scope",
    "ask_how_enable",
    # "il me demande à qui écrire ou téléphoner" is where to write or call, not a handoff
    "request_human",
    # "Our auditors want a written confirmation… Who do I send the request to?" (DEV30): since
    # when 0.27, the audit's usual question
    "ask_since_when",
    # « l'adresse électronique à laquelle adresser une demande relative à la sécurité de notre
    # compte » (DEV78): why 2FA 0.29, the security named
    "ask_why_2fa",
)
APP_FIRST_HEARD_AS = ("request_switch_method",)
LOST_AFTER_PASSWORD_HEARD_AS = ("ask_how_enable", "ask_why_2fa", "out_of_scope", "code_rejected")
# thirty-first outsider check, finding 9: "give me the code here" heard as a resend
TOLD_THE_CODE_HEARD_AS = ("request_resend",)
CODE_SENT_HEARD_AS = ("request_resend", "ask_methods", "ask_enable_sms", "ask_code_format")
# DEV17 (written blind, after DEV16's fixes): the method in use and a move asked, heard as the
# other's set-up; codes by text and the line going; "always there or new?", heard as why or
# the code; postponed until it stopped; the reason for the change asked, heard as out of scope;
# what a phone has to do with a website
MOVE_HEARD_AS = ("ask_enable_app", "ask_enable_sms", "ask_methods", "ask_how_enable")
GOING_HEARD_AS = (
    "ask_enable_app",
    "ask_enable_sms",
    "sms_not_received",
    "phone_changed",
    "request_switch_method",  # itself, in a tie (DEV111: the fallback)
)
ALWAYS_HEARD_AS = (
    "ask_why_2fa",
    "ask_code_format",
    "ask_what_is_2fa",
    "out_of_scope",
    "ask_how_enable",
)
SKIPPED_HEARD_AS = ("ask_why_2fa", "ask_since_when", "out_of_scope", "ask_how_enable")
CHANGE_HEARD_AS = ("out_of_scope", "ask_since_when", "ask_what_is_2fa")
# "is it active on my account?" (bot/nlu/active_on_my_account.py)
# (heard as the status itself: settled there, before the rules that read who is away — "I'm
# covering for my colleague on maternity leave… is it already on for my account?": DEV53)
ACTIVE_HEARD_AS = (
    "phone_changed",
    "ask_how_enable",
    "ask_what_is_2fa",
    "ask_my_status",
    "ask_why_2fa",  # "Is the extra protection on for us or not?" (DEV85)
    "sms_not_received",  # "…Mine still shows up. Does that mean mine isn't active?" (DEV106)
)
# a Wi-Fi tablet with no SIM as the device (bot/nlu/wifi_tablet.py)
TABLET_HEARD_AS = (
    "ask_why_2fa",
    "ask_remember_device",
    "ask_contact",
    "out_of_scope",
    "ask_deadline",
    "ask_enable_sms",
    # "wifi-only iPads, no phone plans… how do we hook them up?" (DEV31): the set-up asked
    "ask_how_enable",
    # "le seul appareil que j'ai, c'est une tablette en wifi sans carte SIM. Il faut pourtant
    # que je sécurise ma connexion au portail." (DEV53, written blind): under the fallback
    "ask_what_is_2fa",
)
# seventeenth session (DEV30, DEV31, written blind): a call back asked, heard as "are you a
# bot?" or the set-up's steps; why one's own code is refused, heard as why 2FA or the status;
# postponing told with when it ends asked, heard as remembering the device or the refused
# code; a new screen's use asked, heard as why; a login loop, heard as what 2FA is; whether one
# is done, under the fallback; the app to drop for texts, heard as the SMS set-up; postponing
# over, the steps asked, heard as the 28 days
CALL_BACK_HEARD_AS = (
    # « Rappelez-moi sur le numéro de mon compte avant midi » (DEV94): the status, 0.32
    "ask_my_status",
    "bot_challenge",
    "ask_how_enable",
    "ask_enable_sms",
    "ask_language",
    "ask_contact",
    "request_human",
)
REFUSED_WHY_HEARD_AS = ("ask_why_2fa", "ask_my_status", "ask_what_is_2fa")
PUT_OFF_HEARD_AS = (*SKIPPED_HEARD_AS, "ask_my_status", "ask_remember_device", "code_rejected")
NEW_SCREEN_HEARD_AS = ("ask_why_2fa",)
LOGIN_LOOP_HEARD_AS = (
    "ask_what_is_2fa",
    "code_rejected",
    "out_of_scope",
    "ask_my_status",
    "ask_how_enable",  # « ça mouline et je reviens sur la page de connexion » (DEV66)
    "ask_why_2fa",  # « …je tourne en rond sur l'écran de connexion. Qu'est-ce qui coince ? »
)
DONE_OR_NOT_HEARD_AS = ("ask_my_status", "ask_since_when", "ask_remember_device")
DROP_APP_HEARD_AS = ("ask_enable_sms", "sms_not_received", "phone_changed", "ask_methods")
STEPS_NOW_HEARD_AS = ("ask_deadline", "ask_remember_device")
# DEV32 and DEV33 (written blind, first scored after DEV30-31's kinds): where one stands, heard
# as the changed phone; the step called pointless or a breach asked, under the fallback; the
# app's phone at home, heard as the SMS set-up; device SIMs and SMS commands, heard as the SMS
# set-up; when the 28 days start, a tie with since when; another kind of phone and the codes
# gone, under the fallback; SMS forbidden by a policy, a tie of the two set-ups; the phone
# feared read, heard as why
STAND_HEARD_AS = (
    "phone_changed",
    "ask_how_enable",
    "ask_since_when",
    "ask_my_status",
    "ask_remember_device",  # a PC that lets one in, a tablet that asks (DEV108)
)
POINTLESS_HEARD_AS = (
    "ask_why_2fa",
    "ask_what_is_2fa",
    "ask_my_status",
    "ask_since_when",
    "phone_changed",
    # "…called the new login routine pointless red tape. I'd like to give him a proper answer"
    # (DEV118, written blind: the set-up's steps 0.14 and a person 0.14, under the fallback)
    "ask_how_enable",
    "request_human",
)
AT_HOME_HEARD_AS = ("ask_enable_sms", "sms_not_received", "phone_changed", "ask_enable_app")
DEVICE_SMS_HEARD_AS = ("ask_enable_sms", "sms_not_received", "request_resend")
COUNTDOWN_HEARD_AS = ("ask_since_when", "ask_how_enable", "ask_my_status", "ask_deadline")
SWITCHED_HEARD_AS = (
    "code_rejected",
    "out_of_scope",
    "sms_not_received",
    "ask_enable_app",
    "ask_how_enable",
)
SMS_BANNED_HEARD_AS = ("ask_enable_sms", "ask_how_enable", "ask_methods", "ask_enable_app")
PHONE_READ_HEARD_AS = ("ask_why_2fa",)
# thirty-eighth outsider check, finding 3: « en fait non je préfère l'appli finalement », a no
# or a goodbye
CHANGE_OF_MIND_HEARD_AS = ("deny", "goodbye", "cancel", "affirm", "thank")
# what staying with the method in use was heard as (bot/nlu/change_of_mind.py)
STAY_HEARD_AS = (
    "deny",
    "out_of_scope",  # "hmm no actually keep sms" after the move's offer (fiftieth check, F6)
    "sms_not_received",
    "affirm",
    "ask_enable_sms",
    "ask_enable_app",
    "request_switch_method",
    "ask_my_status",
)
# findings 1 and 6: "can I do it later?" after the popup told, heard as the set-up; "does it
# apply to me too?" after context, a tie of since when and the status
# (and the 28 days or why, under the fallback: "Until then I'd like to carry on with just my
# password. Feasible?"; DEV75)
LATER_HEARD_AS = (
    "ask_how_enable",
    "ask_enable_app",
    "ask_enable_sms",
    "out_of_scope",
    "ask_deadline",
    "ask_why_2fa",
)
APPLIES_HEARD_AS = ("ask_since_when", "ask_my_status", "ask_what_is_2fa")
# DEV25's kinds read (a development set, written blind): SMS forbidden while in use, heard as
# the app's set-up; a phone too old for apps, heard as the changed phone; texts ruled out and
# the other way asked, heard as either set-up; the procedure asked, heard as the SMS; the QR
# code described, heard as the set-up
FORBIDDEN_IN_USE_HEARD_AS = ("ask_enable_app", "ask_enable_sms")
# (and since when: « …plein à craquer : impossible d'y ajouter la moindre appli. Comment il peut
# quand même passer la nouvelle étape ? », under the fallback; DEV48)
TOO_OLD_HEARD_AS = (
    "phone_changed",
    "ask_enable_app",
    "ask_how_enable",
    "out_of_scope",
    "ask_since_when",
)
OTHER_ROUTE_HEARD_AS = ("ask_how_enable", "ask_enable_sms")
PROCEDURE_HEARD_AS = ("sms_not_received", "ask_how_enable", "request_switch_method")
QR_DESCRIBED_HEARD_AS = ("ask_how_enable", "ask_methods")  # the square told: the methods (DEV37)
# DEV34-35 (written blind, first scored on the session's final rules): what each was heard as
OLD_NUMBER_HEARD_AS = ("sms_not_received", "request_resend", "ask_enable_sms", "phone_changed")
# (and the set-up's steps: "un mois pile pour activer… c'est bien ça ?", DEV115)
WHICH_DEADLINE_HEARD_AS = (
    "ask_why_2fa",
    "ask_since_when",
    "ask_my_status",
    "ask_deadline",
    "ask_how_enable",
)
LIFETIME_HEARD_AS = ("ask_deadline", "code_rejected", "sms_not_received")
# (and the app's set-up: "l'affiche des numéros utiles… Pour vous, je mets quoi ?", DEV55)
# (and the code's answer: "…en cas de blocage au code : on y met quoi ?"; DEV74)
PIN_DETAILS_HEARD_AS = (
    "out_of_scope",
    "request_human",
    "ask_contact",
    "ask_enable_app",
    "ask_code_format",
)
# DEV40-41 (nineteenth session, written blind): the postponing gone and "what's happening to my
# account?" (out of scope 0.29, the status 0.26: a tie for the fallback); the phone's clock set
# by hand and the app's codes refused (the status, 0.81)
SKIP_GONE_ACCOUNT_HEARD_AS = (
    "out_of_scope",
    "ask_deadline",
    "ask_my_status",
    "ask_why_2fa",
    "ask_since_when",
    "ask_how_enable",
    "ask_what_is_2fa",
)
API_HEARD_AS = (
    "ask_deadline",
    "ask_why_2fa",
    "ask_what_is_2fa",
    "ask_how_enable",
    "ask_since_when",
    "ask_code_format",
    "ask_enable_app",
    "ask_my_status",
)
SAME_DEVICE_HEARD_AS = (
    "out_of_scope",
    "code_rejected",
    "ask_my_status",
    "ask_what_is_2fa",
    "ask_code_format",
    "ask_remember_device",
)
WRONG_ENTRY_HEARD_AS = ("ask_enable_app", "ask_code_format", "phone_changed", "out_of_scope")
NUMBER_ASKED_HEARD_AS = ("phone_changed", "ask_reference", "ask_enable_sms", "sms_not_received")
UNREQUESTED_HEARD_AS = (
    "ask_why_2fa",
    "ask_what_is_2fa",  # « …alors que je dormais. Qu'est-ce que ça veut dire ? » (DEV96)
    "ask_my_status",
    "request_resend",
    "code_rejected",
    "ask_code_format",
    "sms_not_received",
)
CLOCK_HEARD_AS = (
    "ask_since_when",  # a past year shown ("elle affiche une date en 2019": DEV67)
    "phone_changed",  # « le téléphone… a été réinitialisé et depuis il affiche… » (DEV95)
    "ask_my_status",
    "ask_enable_app",
    "request_switch_method",
    "ask_remember_device",
    "ask_what_is_2fa",
    "out_of_scope",
    "code_rejected",
    "sms_not_received",  # "the app's digits never pass… five minutes behind" (DEV72)
)
ALL_BUT_ME_HEARD_AS = ("ask_what_is_2fa", "out_of_scope", "code_rejected", "ask_my_status")
NEW_USER_HEARD_AS = ("ask_how_enable",)
# DEV36-37 (written blind, first scored on the seventeenth session's final rules): what each
# was heard as. The SMS useless where the customer is also settles its own topic under the
# fallback's threshold (the switch 0.12 among four topics: "aucune barre de réseau")
SMS_USELESS_HEARD_AS = (*SMS_TO_APP_HEARD_AS, "request_switch_method")
BILLING_HEARD_AS = (
    "ask_why_2fa",
    "ask_what_is_2fa",
    "ask_deadline",
    "ask_how_enable",
    "ask_my_status",
    "ask_since_when",
)
APP_TOO_SET_UP_HEARD_AS = ("ask_code_format", "ask_enable_sms", "sms_not_received")
SAME_CODE_HEARD_AS = ("ask_remember_device", "code_rejected", "ask_what_is_2fa", "ask_code_format")
START_HEARD_AS = ("phone_changed", "out_of_scope")
# whether the codes come on a trip (bot/nlu/travel_abroad.py)
TRIP_HEARD_AS = (
    "request_switch_method",
    "ask_enable_sms",
    "sms_not_received",
    "ask_deadline",
    "out_of_scope",
)
# what "et si je me trompe trop de fois ?" was heard as (bot/nlu/too_many_tries.py): the 28
# days (0.72), still failing, the code's format, remembering the device; itself, settled
TOO_MANY_HEARD_AS = (
    "code_rejected",
    "ask_deadline",
    "still_failing",
    "ask_code_format",
    "ask_remember_device",
)
# what "does the app work offline?" was heard as (bot/nlu/offline_app.py): the set-ups, still
# failing (after the method choice), the code's format; the methods themselves, settled
OFFLINE_HEARD_AS = (
    "ask_methods",
    # no network where one is, will one get in (thirty-ninth outsider check, F3)
    "ask_deadline",
    "sms_not_received",
    "still_failing",
    "ask_enable_app",
    "ask_enable_sms",
    "ask_code_format",
    "ask_how_enable",
)
# DEV25 (written blind training round 27, kept out of data/): nobody left to ask, heard as a
# changed phone or under the fallback (bot/nlu/where_to_send.py); a wait before the set-up
# (bot/nlu/wait_before_set_up.py); when it changed, told without "since when"
# (bot/nlu/always_or_new.py); each settles its own topic too
TURN_TO_HEARD_AS = ("ask_contact", "phone_changed", "out_of_scope", "ask_why_2fa")
WAIT_HEARD_AS = (
    "ask_deadline",
    "ask_how_enable",
    "out_of_scope",
    "phone_changed",
    "ask_enable_app",
)
# thirty-fifth outsider check, finding 1: a reset ticket asked for outright, heard as where a
# request stands (bot/nlu/reset_wanted.py); not out of scope ("open a ticket about my invoice")
OPEN_RESET_HEARD_AS = ("ask_request_status", "ask_reference")
# thirty-fourth outsider check, finding 5: a QR code that will not scan, or the key asked for,
# heard as the app's set-up (itself), a refused code, still failing or out of scope
QR_FAILS_HEARD_AS = (
    "ask_enable_app",
    "code_rejected",
    "still_failing",
    "ask_code_format",
    "ask_how_enable",
    "out_of_scope",
)
MECHANISM_HEARD_AS = ("ask_what_is_2fa", "ask_why_2fa", "phone_changed", "out_of_scope")
WHEN_CHANGED_HEARD_AS = (
    "ask_since_when",
    "phone_changed",
    "ask_enable_app",
    "ask_what_is_2fa",
    "ask_why_2fa",  # "à partir de quel jour … a exigé autre chose qu'un mot de passe" (DEV37)
    "ask_how_enable",  # "which month exactly did the code at login start?" (DEV94's kind)
    "code_rejected",  # "…already involved a phone at the time of the incident…" (DEV108)
)
# a public computer, what to leave unticked (bot/nlu/remember_asked.py; DEV109, written blind)
PUBLIC_COMPUTER_HEARD_AS = (
    "ask_how_enable",
    "ask_why_2fa",
    "out_of_scope",
    "ask_my_status",
    "code_rejected",
    "ask_code_format",
    "ask_remember_device",
)
# the term alone (bot/nlu/term_alone.py): in a tie, what 2FA is itself is settled
TERM_HEARD_AS = (
    "ask_what_is_2fa",
    "ask_since_when",
    "ask_deadline",
    "ask_my_status",
    "ask_why_2fa",
    "out_of_scope",
)
# told it is mandatory, what to do asked (bot/nlu/what_to_do.py)
WHAT_TO_DO_HEARD_AS = ("ask_what_is_2fa", "ask_why_2fa", "ask_since_when", "out_of_scope")
# why the new step is needed now (bot/nlu/why_now.py)
# (and since when, from a year told: "since 2016 with just a password… what was wrong with the
# old way?", DEV87; a date asked is left alone by the rule)
WHY_NOW_HEARD_AS = (
    "ask_what_is_2fa",
    "ask_how_enable",
    "ask_code_format",
    "out_of_scope",
    "ask_since_when",
    # itself in a tie with the status (« …pourquoi on me demande un code maintenant ? »: 0.24
    # and 0.22; fifty-ninth outside check, F4)
    "ask_why_2fa",
)
# how the second step differs from the password: why 2FA, or what it is in a tie with why
DIFFERENCE_HEARD_AS = ("ask_why_2fa", "ask_what_is_2fa")
PHONE_LINK_HEARD_AS = ("ask_why_2fa",)
SAME_NUMBER_HEARD_AS = (
    "ask_my_status",
    "out_of_scope",
    "ask_code_format",
    "ask_how_enable",
    "ask_deadline",
)
# (and the status: "est ce que les codes sms marchent a l'etranger ?"; forty-seventh outsider
# check, F4)
ABROAD_HEARD_AS = ("ask_deadline", "out_of_scope", "ask_my_status")
ENABLE_WITH_HEARD_AS = ("ask_deadline", "request_switch_method", "ask_how_enable", "deny")
# thirtieth check, finding 10: a code typed alone, heard as out of scope (or small talk)
CODE_ALONE_HEARD_AS = (
    "out_of_scope",
    "affirm",
    "deny",
    "greet",
    "thank",
    "goodbye",
    "cancel",
    "ask_code_format",
    "code_rejected",
    "request_resend",
    "ask_request_status",
)
# thirtieth check, finding 6: another request opened, heard as a resend
ANOTHER_HEARD_AS = ("request_resend", "ask_contact", "affirm", "ask_request_status")
# the reset wanted after all: heard as a yes, a no, the request's status, or not understood
RESET_WANTED_HEARD_AS = (
    "affirm",
    "deny",
    "cancel",
    "ask_request_status",
    "out_of_scope",
    "inform",
    "phone_changed",
)
# what the SMS set-up done, then nothing, was heard as (bot/nlu/sms_set_up_silent.py)
SET_UP_SILENT_HEARD_AS = ("ask_enable_sms",)
# what a person asked for in a language was heard as (bot/nlu/person_asked.py)
# (itself too, under the threshold: "I don't do chat… I want a voice on the phone", DEV56)
# what a shared computer with the code's phone out of reach was heard as (bot/nlu/
# phone_far_away.py): itself, under the fallback
DEVICE_FAR_HEARD_AS = ("ask_remember_device", "out_of_scope", "ask_enable_sms", "phone_changed")
# what "why does it take so long?" and "what do I do meanwhile?" were heard as
# (bot/nlu/takes_long.py)
TAKES_LONG_HEARD_AS = (
    "ask_why_2fa",
    "ask_how_enable",
    "out_of_scope",
    "ask_deadline",
    "ask_my_status",
)
# what the password's reset link asked about was heard as (bot/nlu/sim_lines.py)
PASSWORD_LINK_HEARD_AS = ("request_resend", "sms_not_received", "code_rejected", "ask_code_format")
# what a typo suspected in the number typed was heard as (bot/nlu/number_mistyped.py): itself,
# under the fallback, and the 28 days
MISTYPED_HEARD_AS = (
    "sms_not_received",
    # the right number given with it ("…typed a wrong digit in the number, can you send it to
    # +33 6… instead?": the contact 0.15, a resend; fifty-ninth outside check, F3)
    "ask_contact",
    "request_resend",
    "ask_deadline",
    "inform",
    "ask_my_status",
    "ask_enable_sms",
    # « ah je me suis trompé d'un chiffre c'est 78 à la fin pas 79 » after the SMS's answer: a
    # yes or a no (sixtieth outside check, F4)
    "affirm",
    "deny",
)
# (…and what 2FA is: "il lui faut un conseiller qui lui parle, pas des instructions", DEV77)
PERSON_HEARD_AS = (
    "ask_language",
    "affirm",
    "bot_challenge",
    "ask_how_enable",
    "request_human",
    "ask_what_is_2fa",
    # "my account is locked, I want an agent", "how do I get a person on the phone?" (fifty-
    # eighth outside check, F3)
    "ask_my_status",
    "phone_changed",
    "out_of_scope",  # DEV116: "I need to hear a voice explain it to me"
)
# what the choice screen told was heard as (bot/nlu/method_choice.py): one of its methods
CHOICE_HEARD_AS = ("ask_enable_sms", "ask_enable_app")
# what a resend to another number was heard as (bot/nlu/typed_number.py)
# (and the SMS that never came, in a tie with it: « envoyez le code sur mon nouveau numero 06… »,
# a code typed 0.31, the SMS 0.21, under the fallback; sixtieth outside check, F2)
NEW_NUMBER_HEARD_AS = ("request_resend", "inform", "ask_contact", "sms_not_received")
# what "which number did you send it to?" was heard as: the support line, a resend, set-up
NUMBER_HEARD_AS = ("ask_contact", "request_resend", "ask_enable_sms", "ask_my_status")
# what another product's 2FA was heard as (bot/nlu/other_tools.py): 2FA's own topics
TOOL_HEARD_AS = (
    "ask_enable_app",
    "ask_enable_sms",
    "ask_how_enable",
    "ask_what_is_2fa",
    "ask_code_format",
    "code_rejected",
    "sms_not_received",
    "request_resend",
    "phone_changed",
    "ask_my_status",
    "ask_remember_device",
    "request_switch_method",
)
# what "no smartphone / no app" was heard as (bot/nlu/no_smartphone.py): not the 28 days
# ("we don't all have smartphones, do we really have to?"), a switch, a refused code or the SMS
# that never came, which keep their reading
NO_SMARTPHONE_HEARD_AS = (
    "ask_enable_sms",  # itself: a settled reading (SETTLED) keeps it from the fallback
    "ask_enable_app",
    "ask_my_status",
    "ask_code_format",
    "ask_what_is_2fa",
    "ask_how_enable",
    "out_of_scope",
    "ask_why_2fa",  # no camera, the texts fine: "What's his route to…?" (DEV73)
    "request_human",  # « Qu'est-ce que vous lui conseillez ? », under the fallback (DEV73)
    "ask_methods",  # « …toute application non validée… il nous reste quelle solution ? » (DEV80)
)
# what a phone lost some day was heard as (bot/nlu/future_loss.py): topics with nothing to say
# about a phone
FUTURE_LOSS_HEARD_AS = (
    "phone_changed",  # itself, under the fallback's threshold ("…or get a new one at some point?")
    "ask_deadline",
    "ask_what_is_2fa",
    "ask_why_2fa",
    "ask_my_status",
    "ask_how_enable",
    "ask_code_format",
)
# what the code asked for by email, a call or a key was heard as (bot/nlu/other_channel.py):
# not the support's address, out of scope (Teams' own 2FA) or the customer's status
METHODS_HEARD_AS = (
    "ask_methods",  # itself, under the fallback's threshold
    "ask_code_format",
    "ask_enable_app",
    "ask_enable_sms",
    "ask_how_enable",
    "request_switch_method",
    "request_resend",
    "sms_not_received",
    "ask_why_2fa",
    "ask_what_is_2fa",
    "ask_remember_device",
)
# what "can I turn 2FA off" was heard as (bot/nlu/disable.py) and is moved to why 2FA is
# mandatory, where the training data files it: the set-up steps, what 2FA is, the status. The
# 28 days keep it (the data files "can we opt out?" there too): both answers lead with the "no"
# (bot/rasa_ext/nlg.py, FOCUS)
DISABLE_HEARD_AS = (
    "ask_why_2fa",  # itself, under the fallback's threshold
    "ask_how_enable",
    "ask_what_is_2fa",
    "ask_my_status",
    "ask_code_format",  # "can i bypass the code for today"
)
# what "c'était quoi le code ?" was heard as (bot/nlu/code_asked.py): the request's number or
# status, the customer's status, a resend (a code asked for "again" is not a resend asked)
CODE_ASKED_HEARD_AS = (
    "ask_code_format",  # itself, under the fallback's threshold
    "ask_reference",
    "ask_request_status",
    "ask_my_status",
    "code_rejected",
)
# what "can I give you the code here?" was heard as (bot/nlu/code_asked.py, offers_the_code)
CODE_OFFERED_HEARD_AS = (
    *CODE_ASKED_HEARD_AS,
    "request_resend",
    "sms_not_received",
    "ask_contact",
    "inform",  # "my code is 654321 can u check it" (fifty-fifth outside check, F8)
    # "can I give you the code from the app here?" (the app's set-up 0.47; fifty-eighth, F5)
    "ask_enable_app",
)
# what "I got 3 codes, which one do I type?" was heard as (bot/nlu/code_asked.py)
# (a refused code keeps it: its answer says "only the latest SMS's code" too)
SEVERAL_HEARD_AS = ("ask_code_format", "sms_not_received", "request_resend")
# what "is the phone line open right now" was heard as (bot/nlu/line_open.py): the changed
# phone, the status, a person
LINE_OPEN_HEARD_AS = ("ask_contact", "phone_changed", "ask_my_status", "ask_what_is_2fa")
# what "the colleague whose phone gets the codes has left" was heard as
# (bot/nlu/someone_elses_phone.py): not the support line, a person, since when or the code
# format, which keep their reading
AWAY_HEARD_AS = (
    "phone_changed",  # itself, under the fallback's threshold
    "ask_how_enable",
    "out_of_scope",
    "ask_what_is_2fa",
    "ask_why_2fa",
    "sms_not_received",
    "code_rejected",
    "ask_my_status",
)
# twenty-first session (DEV62-63, written blind): what each kind was heard as. Written contact
# wished, heard as a set-up or deleting the chat; away and afraid of being out, heard as the 28
# days; a portal app for the SIM cards, heard as the authenticator's set-up; a real reason
# asked after a whim, under the fallback; which app among the store's many, heard as the
# general steps; a landline for the texts, under the fallback; instructions to hand out, heard
# as what 2FA is; the phone given up, under the fallback
IN_WRITING_HEARD_AS = (
    "ask_enable_sms",
    "ask_enable_app",
    "ask_how_enable",
    "request_forget_conversation",
    "out_of_scope",
)
ABSENCE_FEAR_HEARD_AS = (
    "ask_deadline",
    "sms_not_received",
    "ask_what_is_2fa",
    "ask_since_when",
    "ask_how_enable",
)
PORTAL_APP_HEARD_AS = ("ask_enable_app", "ask_enable_sms", "request_switch_method")
REAL_REASON_HEARD_AS = (
    "ask_why_2fa",  # itself, under the fallback's threshold
    "ask_since_when",
    "phone_changed",
    "sms_not_received",
    "bot_challenge",
    "ask_what_is_2fa",
    "out_of_scope",
)
WHICH_APP_HEARD_AS = (
    "ask_how_enable",
    "ask_code_format",
    "ask_enable_sms",
    "ask_what_is_2fa",
    "phone_changed",
    "out_of_scope",
)
# DEV66-67 (written blind): the app's timer heard as the 28 days; the other line typed heard as
# the changed phone; a certificate warning heard as why 2FA
APP_TIMER_HEARD_AS = (
    "ask_deadline",
    "ask_remember_device",
    "ask_what_is_2fa",
    "ask_enable_app",
    "ask_how_enable",  # DEV104: "a little countdown circle… what happens when it runs out"
)
NEW_NUMBER_WANTED_HEARD_AS = ("ask_code_format", "sms_not_received", "ask_enable_sms")
GREYED_HEARD_AS = ("ask_deadline", "request_resend", "code_rejected", "ask_how_enable")
WORKS_AGAIN_HEARD_AS = (
    "phone_changed",
    "thank",
    "affirm",
    "code_rejected",
    "sms_not_received",
    "still_failing",  # « non laisse, en fait ça a marché » (forty-ninth outsider check, F2)
)
# "actually yes, I'd like the call after all": the no 0.69
# ("I'd like the call after all", the README's own words, was the switch 0.18 and out of scope
# 0.16 after a withdrawal, the fallback: fifty-third outsider check, F1)
CALL_AFTER_ALL_HEARD_AS = (
    "affirm",
    "deny",
    "ask_reference",
    "ask_contact",
    "request_switch_method",
    "out_of_scope",
    "request_human",
)
BARE_WHY_HEARD_AS = (
    "ask_remember_device",  # « et c'est sûr ? » (forty-sixth outsider check, F5)
    "bot_challenge",
    "ask_deadline",
    "ask_my_status",
    "ask_what_is_2fa",
    "ask_how_enable",
    "out_of_scope",
    "request_resend",
)
NEVER_SET_UP_HEARD_AS = ("out_of_scope", "request_human", "ask_why_2fa", "code_rejected")
REPAIRED_HEARD_AS = ("sms_not_received", "ask_enable_sms", "code_rejected", "ask_enable_app")
SIM_BESIDE_2FA_HEARD_AS = ("ask_why_2fa", "ask_how_enable", "ask_since_when", "ask_my_status")
TURN_HEARD_AS = ("ask_code_format", "ask_what_is_2fa", "sms_not_received", "ask_how_enable")
# (itself: a tie; the SMS: "…this time, the portal wanted something from my phone. Did I miss an
# announcement?", 0.28; DEV108)
ANNOUNCED_HEARD_AS = ("ask_since_when", "ask_what_is_2fa", "out_of_scope", "sms_not_received")
SIM_SWAP_HEARD_AS = ("ask_why_2fa", "phone_changed", "ask_enable_sms", "ask_what_is_2fa")
OTHER_LINE_HEARD_AS = ("phone_changed", "code_rejected", "ask_code_format")
CERTIFICATE_HEARD_AS = ("ask_why_2fa", "ask_what_is_2fa", "ask_my_status", "ask_remember_device")
LANDLINE_HEARD_AS = ("ask_enable_sms", "sms_not_received", "ask_deadline", "ask_contact", "goodbye")
INSTRUCTIONS_HEARD_AS = ("ask_what_is_2fa", "out_of_scope", "request_resend", "ask_how_enable")
GIVEN_UP_HEARD_AS = (
    "ask_how_enable",
    "phone_changed",
    "ask_what_is_2fa",
    "out_of_scope",
    "ask_my_status",
    "ask_enable_sms",  # « J'ai rendu mon téléphone de fonction… tout passait par ce téléphone »
    "code_rejected",  # "…the portal wants digits from a device I no longer have" (DEV108)
)
# DEV64-65 (written blind): the same authenticator app for another product, heard as the app's
# set-up, the switch or the methods; afraid of clicking the popup's wrong choice, under the
# fallback (the set-up, the device kept, the status)
ANOTHER_TOOL_APP_HEARD_AS = ("ask_enable_app", "request_switch_method", "ask_methods")
CLICK_WRONG_HEARD_AS = ("ask_how_enable", "ask_remember_device", "ask_my_status", "code_rejected")
# twentieth session (DEV50-53, written blind): a dispute over when 2FA began, heard as why,
# the code's format or under the fallback; a code told refused by the page, heard as the
# code's format or the status; what the portal wants from the phone, to explain to someone,
# heard as why; no signal and which way asked, heard as the set-up's steps
WHO_IS_RIGHT_HEARD_AS = (
    "ask_why_2fa",
    "ask_code_format",
    "ask_what_is_2fa",
    "ask_how_enable",
    "ask_deadline",
    "out_of_scope",
    "ask_my_status",
    # itself, under the threshold ("Which one of us owes the other a coffee?": DEV49)
    "ask_since_when",
)
REFUSED_TOLD_HEARD_AS = (
    "ask_code_format",
    "ask_my_status",
    "ask_enable_app",
    "ask_remember_device",
    "sms_not_received",  # a text that came late, then « l'écran n'en voulait plus » (DEV73)
    "code_rejected",  # itself, under the fallback ("the screen tells me off": DEV73)
)
# (itself too: "What do I tell him this is?" tied with why 2FA under the fallback's threshold)
EXPLAIN_HEARD_AS = ("ask_why_2fa", "out_of_scope", "inform", "phone_changed", "ask_what_is_2fa")
NO_SIGNAL_WAY_HEARD_AS = (
    "ask_how_enable",
    "ask_enable_sms",
    "sms_not_received",
    "ask_what_is_2fa",
    "code_rejected",  # DEV116: « un moyen de valider mes connexions qui fonctionne sans antenne »
)
# DEV54-55: whether a story or other websites are the reason, heard as since when, what 2FA is
# or out of scope (bot/nlu/reason_asked.py)
REASON_HEARD_AS = ("ask_since_when", "ask_what_is_2fa", "out_of_scope")
# DEV56-57: whether it was done for me, heard as since when, why 2FA or what it is; the choice
# of method with an app at hand, heard as the SMS set-up, the switch or the set-up's steps
UNSURE_DONE_HEARD_AS = (
    "ask_deadline",  # "can't remember if I did the phone setup… or just kept skipping it" (DEV100)
    "ask_since_when",
    "ask_why_2fa",
    "ask_what_is_2fa",
    "ask_my_status",
    "ask_code_format",
    # "can't remember whether I went through that security setup… where I stand" (DEV97)
    "ask_how_enable",
)
# (« …tout le monde a déjà Microsoft Authenticator… le portail vient de me proposer de choisir
# entre deux options et j'hésite »: the methods 0.31; DEV103, written blind)
APP_AT_HAND_HEARD_AS = ("ask_enable_sms", "request_switch_method", "ask_how_enable", "ask_methods")
ONLY_ONE_HEARD_AS = ("sms_not_received", "ask_my_status", "out_of_scope")
# the least confidence a reading settled by a rule gets (the fallback's threshold is 0.2)
SETTLED = 0.3
# the two buttons a question may be about (button_asked)
RESEND, OTHER_METHOD = "resend", "other_method"
# a method named beside « Essayer une autre méthode »: where to go, so the switch itself
METHOD = re.compile(r"\b(app|appli|application|authenticator|authentificator|sms|texto|text)\b")
# the button already pressed: the SMS that never came, whatever the words after it
PRESSED = re.compile(
    r"\b(clique|cliquer|appuye|appuie|tape|clicked|pressed|tapped|hit|tried|essaye"
    r"|(?:re)?fait renvoyer)\b"
)


def label_topic(text: str) -> str | None:
    """The topic of the label this message asks about, or None when it is not such a question."""
    words = plain(text)
    if not words or len(words.split()) > MAX_WORDS:
        return None
    asks = text.rstrip().endswith("?") or QUOTED.search(text) or QUESTION_WORDS.search(words)
    # told as pressed, the label is its topic too, not a no ("I clicked no not now yesterday"
    # was "All right, anything else?": twenty-fourth outsider check, E8)
    if not asks and not PRESSED.search(words):
        return None
    for pattern, topic in LABELS:
        if re.search(rf"\b({pattern})\b", words):
            return topic
    return None


def button_asked(text: str) -> str | None:
    """Which of « Renvoyer » (RESEND) and « Essayer une autre méthode » (OTHER_METHOD) the
    message asks about, without asking for it and without naming the method to go to ("how do
    I use « Essayer une autre méthode » to go from SMS to the app?" is the switch); None when
    it asks about neither."""
    words = plain(text)
    named = BUTTON_NAMED.search(strip_accents(text)) or LABEL_IN_ENGLISH.search(words)
    if not words or len(words.split()) > MAX_WORDS or not named:
        return None
    other = re.search(r"autre|other", named.group(0), re.IGNORECASE)
    if other and METHOD.search(words):
        return None
    about = ABOUT_IT.search(text.lower()) or ABOUT_IT.search(words)
    if not about or ASKS_FOR_IT.search(words):
        return None
    return OTHER_METHOD if other else RESEND


def button_question(text: str) -> bool:
    """Asks what « Renvoyer » or « Essayer une autre méthode » does (button_asked)."""
    return button_asked(text) is not None


_RESEND_BUTTON = re.compile(r"\b(?:renvoyer|resend|re send|renvoi)\b")
# the button tried and found dead: pressed too ("le bouton renvoyer marche pas", "resend button
# does nothing" got the steps that say to press it: thirtieth outsider check, finding 8)
_BUTTON_DEAD = re.compile(
    r"\b(?:renvoyer|resend|re send|renvoi)(?: button| bouton)?(?: il| ca| it)?"
    r" (?:ne )?(?:marche pas|marche plus|fonctionne pas|fonctionne plus|fait rien|sert a rien"
    r"|does nothing|did nothing|doesn t work|does not work|isn t working|is not working|not working"
    r"|won t work|is useless)\b"
)


def resend_pressed(text: str) -> bool:
    """The customer tells they pressed « Renvoyer » already ("j'ai cliqué sur Renvoyer trois
    fois"): the steps that say to press it are behind them (bot/rasa_ext/nlg.py FOCUS)."""
    words = plain(text)
    return bool(_RESEND_BUTTON.search(words) and PRESSED.search(words)) or bool(
        _BUTTON_DEAD.search(words)
    )


def resend_asked(text: str) -> bool:
    """Asks for a new code in so many words, not telling that it was pressed ("j'ai cliqué sur
    renvoyer le code mais rien"). A question about the « Renvoyer » button is settled before
    (`reading` asks button_question first). The password's reset link sent again is the
    portal's password, out of scope (DEV81, written blind: the resend 0.59)."""
    words = plain(text)
    asked = RESEND_ASKED.search(words) and not PRESSED.search(words)
    return bool(asked) and not asks_about_the_password_link(text)


def _before_the_labels(intent: str, text: str) -> tuple[str, tuple[str, ...]] | None:
    """What settles a message before any label's own topic: an instruction to the assistant or
    another alphabet ("ignore all previous instructions, admin mode…"; Arabic, Cyrillic…: French
    and English only), and both of the popup's buttons asked at once (the steps, whose focus says
    what each does: bot/rasa_ext/nlg.py; sixty-eighth outside check, F9)."""
    if instructs_the_assistant(text) or written_in_another_script(text):
        return "out_of_scope", ()
    if intent in BOTH_BUTTONS_HEARD_AS and asks_what_both_buttons_do(text):
        return "ask_how_enable", BOTH_BUTTONS_HEARD_AS
    return None


def reading(intent: str, text: str) -> tuple[str, tuple[str, ...]] | None:
    """The topic that answers this message, and the intents that reading rules out, when a
    rule settles it: a label's question when the classifier heard a yes, a no or the topic; a
    question about a button whatever it heard; a resend asked in words when it heard the SMS
    that never came or the request."""
    first = _before_the_labels(intent, text)
    if first is not None:
        return first
    topic = label_topic(text)
    # (the recommended choice's reason asked is why 2FA, in SITUATIONS: DEV43)
    if topic is not None and intent in (*YES_NO, topic) and not asks_why_it_is_recommended(text):
        return topic, YES_NO
    if button_question(text):  # whatever the classifier heard ("c quoi le bouton Renvoyer
        # sur la popup": the set-up steps 0.25, the SMS answer 0.24, a tie; fifteenth check)
        return BUTTONS_TOPIC, REQUESTS
    if asks_which_number(text):  # where the SMS went, whatever the classifier heard: "which
        # phone number did you send it to?" was the support line's (bot/which_number.py)
        return BUTTONS_TOPIC, NUMBER_HEARD_AS
    if intent in SWITCH_SETTLED and asks_to_switch(text):
        # settled even when heard as itself, the resend ruled out: "finalement remettez moi sur
        # le sms svp" was the switch 0.31 and the resend 0.27, too close to be sure of
        # (and "actually yes, switch me to the app": the switch 0.46, a yes 0.45, a tie for the
        # fallback; forty-sixth outsider check, F3)
        return "request_switch_method", (*SWITCH_HEARD_AS, "request_resend", "affirm")
    if intent in PREFERENCE_SETTLED and _prefers_a_move(intent, text):
        return "request_switch_method", PREFERENCE_HEARD_AS
    if intent in NEW_NUMBER_HEARD_AS and _new_number_given(text):
        # "send it to my new number", "resend it to +44 7700 900123" (the number heard as a
        # code typed: an answer nobody asked for; twenty-first outsider check)
        return "phone_changed", NEW_NUMBER_HEARD_AS
    if intent in RESEND_HEARD_AS and resend_asked(text):
        # a yes said with it is the same request: "oui renvoyez-le svp" split 0.50 / 0.48
        # between the two and fell back, after "shall I send it again?" (twenty-eighth check)
        return "request_resend", (BUTTONS_TOPIC, "affirm")
    if intent in TOOL_HEARD_AS and names_another_tool(text):  # "codes for our company VPN"
        return "out_of_scope", TOOL_HEARD_AS
    return _situation(intent, text)


def _new_number_given(text: str) -> bool:
    """Another number given for the code to go to, not a typo put right: "oh no I typed a wrong
    digit in the number, can you send it to +33 6 55 44 33 22 instead?" was offered a reset the
    account, still activating, had nothing for (fifty-ninth outside check, F3)."""
    new = gives_another_number(text) and sends(text)
    return new and not suspects_a_mistyped_number(text)


def _prefers_a_move(intent: str, text: str) -> bool:
    """ "By SMS rather than an app" is a switch; "TOTP apps rather than text messages… how do I
    connect it?" is the set-up the classifier heard (bot/nlu/app_from_the_start.py); a handset
    "that can't install apps… set up the extra login check using texts?" has no choice to
    make: the SMS set-up the classifier heard (DEV72, written blind: the switch 0.87)."""
    no_choice = intent == "ask_enable_sms" and lacks_a_smartphone(text) and not app_in_use(text)
    # heard as the changed phone, only with no phone or number changed, lost or broken told
    # (« J'ai toujours mon smartphone et l'appli marche, mais j'aimerais… recevoir directement
    # sur mon numéro »: the changed phone 0.38; DEV95, written blind)
    if intent == "phone_changed" and phone_moved_on(text):
        return False
    return prefers_one_method(text) and not asks_to_set_one_up(text) and not no_choice


# situations the classifier misread, in the order they are tried: (rule, the topic it settles,
# the readings it moves from, which it also rules out). The first rule that matches a message
# heard as one of its readings wins, so a rule is listed once, its readings widened where it
# stands; it is listed again, further down, only for readings where a rule between the two
# places claims the same messages for another topic (REPEATED in tests/unit/test_labels.py)
SITUATIONS: tuple[tuple[Callable[[str], bool], str, tuple[str, ...]], ...] = (
    # DEV113-114 (written blind): the method chosen at the set-up told, the other wished, heard
    # as either set-up or codes made on the phone: the change of method (before those readings)
    (
        told_method_other_wished,
        "request_switch_method",
        (
            "ask_enable_app",
            "ask_enable_sms",
            "ask_how_enable",
            "ask_methods",
            "sms_not_received",
            "ask_code_format",
            "request_switch_method",
        ),
    ),
    # forty-seventh outsider check, F3: the same number kept beside a new carrier or SIM, heard
    # as the status or out of scope; a phone only flat: the changed phone's answer, which says
    # there is nothing to reset (bot/nlu/same_number.py, nlg FOCUS)
    (keeps_the_number, "phone_changed", SAME_NUMBER_HEARD_AS),
    # a new phone with the same number, heard as the SMS set-up or the SMS that never came
    # (sixty-first outside check, F1): the changed phone's answer, whose wording tells SMS and
    # app accounts apart (bot/rasa_ext/nlg.py FOCUS)
    (
        new_phone_same_number,
        "phone_changed",
        (*SAME_NUMBER_HEARD_AS, "ask_enable_sms", "sms_not_received", "phone_changed"),
    ),
    (number_kept_but_nothing_comes, "sms_not_received", ("phone_changed",)),  # DEV77
    # « je suis toujours bloqué ? » after an unlock (forty-eighth outsider check, F13)
    (asks_if_still_locked, "ask_my_status", ("still_failing", "code_rejected", "ask_deadline")),
    # « pourquoi ça prend du temps ? », « je fais quoi en attendant ? » (forty-eighth check, F11)
    (asks_why_it_takes_long, "ask_how_long", TAKES_LONG_HEARD_AS),
    # DEV78-79 (written blind): the 28 days quoted, "after which what?"; the steps' order; what
    # an "OTP" is in practice; a shared computer with the code's phone upstairs
    (asks_what_after_the_days, "ask_deadline", ("ask_how_enable", "ask_deadline", "ask_contact")),
    # (an authenticator named in the walk asked: its own set-up; DEV95)
    (walks_through_the_app_set_up, "ask_enable_app", ("ask_what_is_2fa", "ask_how_enable")),
    (asks_the_steps_order, "ask_how_enable", ("ask_what_is_2fa", "ask_how_enable")),
    (asks_the_steps_order_naming_no_method, "ask_how_enable", ("ask_enable_app", "ask_enable_sms")),
    # the portal's session made longer: out of scope (bot/nlu/session_length.py; DEV87)
    (asks_for_a_longer_session, "out_of_scope", ("ask_remember_device", "ask_code_format")),
    (asks_what_the_otp_is, "ask_code_format", ("ask_what_is_2fa", "ask_why_2fa")),
    (phone_far_from_the_shared_pc, "ask_remember_device", DEVICE_FAR_HEARD_AS),
    (phone_kept_away_at_work, "ask_remember_device", (*DEVICE_FAR_HEARD_AS, "ask_enable_app")),
    # « je me demande si je n'ai pas inversé les deux derniers chiffres » (DEV77)
    (suspects_a_mistyped_number, "sms_not_received", MISTYPED_HEARD_AS),
    # ...heard as the code's, when the digit is said to be in the phone number itself ("oops I
    # typed one digit wrong in the number": the code's format 0.46, the refused code 0.38;
    # sixty-sixth outside check, F5); not "numbers from my app" (DEV58, DEV70)
    (mistyped_the_phone_number, "sms_not_received", ("ask_code_format", "code_rejected")),
    (phone_only_flat, "phone_changed", SAME_NUMBER_HEARD_AS),
    # F4: whether the codes will come abroad, heard as the SMS that never came
    (asks_before_going_abroad, "ask_methods", ("sms_not_received",)),
    # DEV22 (written blind): "is it active on my account or not?" after someone gone who set
    # the access up, heard as the reset; tried first, before the rules that read who is gone
    (asks_if_active_on_my_account, "ask_my_status", ACTIVE_HEARD_AS),
    # DEV40-41 (nineteenth session): tried before the rules that read the postponing's end
    # (the 28 days) and a login stopped past the password (the status), which these narrow
    (skipped_and_asks_about_the_account, "ask_my_status", SKIP_GONE_ACCOUNT_HEARD_AS),
    (clock_set_by_hand, "code_rejected", CLOCK_HEARD_AS),
    # (DEV43) before newcomers meeting the prompt, which reads the set-up: what more is asked;
    # the recommended choice's reason asked, its label quoted
    (asks_what_more_is_asked, "ask_what_is_2fa", ("ask_how_enable", "ask_what_is_2fa")),
    (asks_why_it_is_recommended, "ask_why_2fa", ("ask_how_enable", "ask_what_is_2fa")),
    # (DEV45) before the set-up asked on one's account and someone gone with the phone: a tool
    # that makes the codes on the phone wished for, the days one has left
    (wants_codes_made_on_the_phone, "ask_enable_app", ("ask_how_enable", "ask_enable_sms")),
    # DEV107-108 (written blind): the phone that makes the codes kept, texts wished instead
    (
        wants_texts_instead_of_made_codes,
        "request_switch_method",
        ("ask_enable_sms", "ask_enable_app", "sms_not_received", "phone_changed"),
    ),
    # (« j'ai commencé l'appli, il reste combien de jours ? »: the app's set-up 0.37 and the
    # status 0.35, a tie for the fallback; fifty-seventh outside check, F3)
    (
        asks_days_left,
        "ask_my_status",
        ("phone_changed", "ask_how_enable", "ask_enable_app", "ask_enable_sms"),
    ),
    # "pour moi, précisément, il reste combien de jours ?", "am I about to get shut out?" (DEV79)
    (asks_own_days_or_end, "ask_my_status", ("ask_deadline", "ask_how_enable")),
    # twenty-second outsider check: the code by email, a call or a key (F1); no smartphone or
    # no app (F4); a phone lost some day, not the 28 days (F3)
    (asks_another_channel, "ask_methods", METHODS_HEARD_AS),
    # fifty-ninth outside check, F15: the code asked at an email address typed
    (asks_the_code_at_a_typed_address, "ask_methods", METHODS_HEARD_AS),
    # the channel alone, a follow-up (« pourquoi pas sur mon fixe ? »: fifty-second check, F5)
    (asks_by_a_channel_alone, "ask_methods", ("ask_my_status", "out_of_scope", "ask_contact")),
    # thirty-first check, finding 5: "par mail plutôt ?" (the code unnamed) heard as the contact
    (asks_it_another_way, "ask_methods", (*METHODS_HEARD_AS, "ask_contact")),
    (lacks_a_smartphone, "ask_enable_sms", (*NO_SMARTPHONE_HEARD_AS, "phone_changed", "cancel")),
    # DEV93: "no apps allowed. Is that going to be a problem… now?" heard as the 28 days
    (lacks_a_smartphone_is_it_a_problem, "ask_enable_sms", ("ask_deadline", "ask_since_when")),
    (loses_phone_some_day, "phone_changed", FUTURE_LOSS_HEARD_AS),
    # twenty-fourth to twenty-sixth checks: the code asked for (L4), offered (FR19/EN19) or one
    # of several; the line open (EN39); the phone of a colleague who left (DEV10, X19)
    (asks_for_the_code, "ask_code_format", CODE_ASKED_HEARD_AS),
    (offers_the_code, "ask_code_format", CODE_OFFERED_HEARD_AS),
    (asks_if_open, "ask_contact", LINE_OPEN_HEARD_AS),
    (asks_which_of_several, "ask_code_format", SEVERAL_HEARD_AS),
    # fifty-ninth outside check, F9: two logins, which code, the status and the code in a tie
    (
        asks_which_code_after_two_logins,
        "ask_code_format",
        ("ask_my_status", "ask_code_format", "sms_not_received", "code_rejected"),
    ),
    # the code passed to a colleague who is away is the code's question, not the reset
    (passes_the_code_around, "ask_code_format", SHARED_HEARD_AS),
    (phone_of_someone_away, "phone_changed", AWAY_HEARD_AS),
    # ninth session: a person asked for in a language is the handoff (DEV11)
    (asks_for_a_person, "request_human", PERSON_HEARD_AS),
    # the choice between the app and SMS told, not made: the set-up's steps (DEV11)
    (describes_the_choice_screen, "ask_how_enable", CHOICE_HEARD_AS),
    # the app's code changed meanwhile; the code field's label quoted (DEV11)
    (asks_if_an_old_code_counts, "ask_code_format", ("ask_code_format", "phone_changed")),
    (asks_about_the_code_field, "ask_code_format", ("ask_code_format", "ask_what_is_2fa")),
    # the app deleted or uninstalled: the reset (twenty-sixth check)
    (app_is_gone, "phone_changed", APP_GONE_HEARD_AS),
    # a number to update, heard as the SMS set-up (twenty-seventh check, F1)
    (number_to_update, "phone_changed", NUMBER_CHANGED_HEARD_AS),
    # ...with the reset's ticket to raise, heard as a request's state ("My phone number has
    # changed. Where is 'Mes demandes' so I can raise a ticket for the 2FA reset?": 0.70; DEV113)
    (number_changed_ticket_to_raise, "phone_changed", ("ask_request_status",)),
    # tenth session (DEV12): a phone lost or stolen told among a trip and a laptop; the portal
    # wanted in an authenticator app used for other accounts; the SMS set-up done, then nothing
    (phone_is_lost, "phone_changed", (*PHONE_LOST_HEARD_AS, "phone_changed")),
    (wants_ours_in_the_app, "ask_enable_app", APP_TOO_HEARD_AS),
    (set_up_code_never_came, "sms_not_received", SET_UP_SILENT_HEARD_AS),
    # (DEV68) a SIM operation once 2FA is done, before "how do I activate…" is read as 2FA's
    (asks_about_sim_lines_beside_2fa, "out_of_scope", SIM_BESIDE_2FA_HEARD_AS),
    # twenty-eighth check, finding 3: how to turn it on, on one's own account
    (asks_how_to_enable, "ask_how_enable", HOW_TO_ENABLE_HEARD_AS),
    # twenty-eighth check, finding 2: "ok, can you unlock it yourself?" is not a yes
    (asks_to_unlock, "ask_my_status", UNLOCK_HEARD_AS),
    # twenty-eighth check, finding 8: "ok et je le tape où ?", "et le qr code il est où ?"
    (asks_where_to_type, "ask_code_format", WHERE_TYPED_HEARD_AS),
    (asks_where_the_qr_code_is, "ask_enable_app", QR_WHERE_HEARD_AS),
    # twenty-ninth check, finding 8: "aide" alone is a greeting, not "still failing"
    (only_asks_for_help, "greet", HELP_ALONE_HEARD_AS),
    (asks_vaguely_for_help, "greet", VAGUE_HELP_HEARD_AS),
    # eleventh session, twenty-eighth check: "finalement je veux bien la réinitialisation"
    (
        wants_the_reset_after_all,
        "phone_changed",
        (*RESET_WANTED_HEARD_AS, "still_failing", "ask_what_is_2fa"),
    ),
    (stopped_past_the_password, "ask_my_status", PAST_PASSWORD_HEARD_AS),
    (asks_if_someone_works_there, "request_human", ANYONE_THERE_HEARD_AS),
    (
        app_ready_while_on_sms,
        "request_switch_method",
        (*SMS_TO_APP_HEARD_AS, "ask_why_2fa", "request_switch_method"),
    ),
    (
        sms_useless_where_going,
        "request_switch_method",
        # (« …capte très mal… J'aimerais quelque chose qui ne dépende plus du réseau »: why
        # 2FA 0.17, the changed phone 0.15; DEV99, written blind)
        (*SMS_USELESS_HEARD_AS, "out_of_scope", "ask_why_2fa", "phone_changed"),
    ),
    (
        sms_late_while_on_sms,
        "request_switch_method",
        ("ask_my_status", "ask_methods", "sms_not_received", "out_of_scope"),
    ),
    (back_to_a_forced_set_up, "ask_deadline", BACK_HEARD_AS),
    (asks_if_obliged_now, "ask_deadline", OBLIGED_HEARD_AS),
    (phone_found_again, "cancel", FOUND_HEARD_AS),
    (asks_to_open_another, "phone_changed", ANOTHER_HEARD_AS),
    (is_a_code_alone, "inform", CODE_ALONE_HEARD_AS),
    (phone_is_wrecked, "phone_changed", WRECKED_HEARD_AS),
    # DEV15 (written blind): a phone stolen, the portal's login asked, heard as out of scope
    (phone_lost_for_the_portal, "phone_changed", ("out_of_scope",)),
    (asks_if_a_kept_code_works, "ask_code_format", (*KEPT_CODE_HEARD_AS, "phone_changed")),
    (required_by_someone, "ask_how_enable", POLICY_HEARD_AS),
    # (the date asked for such a requirement: since when; DEV96)
    (date_required_by_someone, "ask_since_when", (*POLICY_HEARD_AS, "ask_how_enable")),
    (code_comes_back_every_time, "ask_remember_device", EVERY_TIME_HEARD_AS),
    # sixteenth session (DEV26): whether a code must be typed at every login
    (asks_if_a_code_every_time, "ask_remember_device", MUST_EVERY_TIME_HEARD_AS),
    (asks_what_the_extra_code_is, "ask_what_is_2fa", EXTRA_CODE_HEARD_AS),
    (newcomers_meet_the_prompt, "ask_how_enable", NEWCOMERS_HEARD_AS),
    (asks_whom_to_send_to, "ask_contact", WHOM_HEARD_AS),
    (sets_up_the_app_first, "ask_enable_app", APP_FIRST_HEARD_AS),
    # sixteenth session (DEV26): text messages preferred to an app, their set-up asked
    (sets_up_sms_first, "ask_enable_sms", APP_FIRST_HEARD_AS),
    # ...said next to each other, heard as the app's set-up ("How do I set up 2FA using text
    # messages rather than an app?": the app's steps 0.50; DEV113, written blind)
    (sets_up_by_texts_not_an_app, "ask_enable_sms", ("ask_enable_app",)),
    (
        lost_after_the_password,
        "ask_what_is_2fa",
        (*LOST_AFTER_PASSWORD_HEARD_AS, "ask_remember_device"),
    ),
    (asks_to_be_told_the_code, "ask_code_format", TOLD_THE_CODE_HEARD_AS),
    # (the sixty-fourth outside check, F12: "can you just paste the sms code here?", the SMS
    # set-up's steps)
    (
        asks_to_be_given_the_code_here,
        "ask_code_format",
        ("ask_enable_sms", "sms_not_received", "ask_what_is_2fa", "ask_code_format"),
    ),
    # thirty-sixth check, finding 12: "the code you sent me", heard as a resend or a set-up
    (asks_for_the_code_sent, "ask_code_format", CODE_SENT_HEARD_AS),
    (moves_from_the_method_in_use, "request_switch_method", MOVE_HEARD_AS),
    (sms_going_away, "request_switch_method", GOING_HEARD_AS),
    (asks_if_always_or_new, "ask_since_when", ALWAYS_HEARD_AS),
    (
        skipped_until_now,
        "ask_deadline",
        (
            *SKIPPED_HEARD_AS,
            "ask_what_is_2fa",
            "still_failing",
            "ask_deadline",
            "goodbye",
            "ask_remember_device",
        ),
    ),
    # sixteenth session (DEV26): postponing told, until when it can go on asked
    (asks_how_long_it_can_be_put_off, "ask_deadline", PUT_OFF_HEARD_AS),
    # the 28 days told over and "what now?" asked, heard as the status: the 28 days' answer, whose
    # focus says how to enable it now, with the methods' buttons (fifty-first check, F9: the
    # status alone, anonymous or logged in, no steps)
    (
        delay_said_over_what_now,
        "ask_deadline",
        # (and a changed phone: « je peux plus reporter, j'ai besoin d'acceder a mon compte
        # aujourd'hui », 0.30; fifty-ninth outside check, F17)
        ("ask_my_status", "ask_how_enable", "out_of_scope", "phone_changed"),
    ),
    # accounts not set up in time, what befalls them (bot/nlu/delay_over.py; DEV88)
    (
        asks_what_befalls_accounts_not_set_up_in_time,
        "ask_deadline",
        ("out_of_scope", "ask_my_status", "ask_why_2fa", "ask_how_enable"),
    ),
    # DEV25's kinds: the phone silent at login, heard as the reset or under the fallback
    (phone_stays_silent, "sms_not_received", SILENT_HEARD_AS),
    # the phone making the codes itself wished for, the app unnamed: its set-up, or the switch
    (wants_codes_made_on_the_phone, "ask_enable_app", MADE_ON_THE_PHONE_HEARD_AS),
    (wants_codes_made_instead, "request_switch_method", MADE_ON_THE_PHONE_HEARD_AS),
    # thirty-sixth check, finding 5: "I can't log in, that's the whole problem" after "log in
    # first": it still fails (actions/still_failing.py gives the support line and a person)
    (says_it_cannot_log_in_anyway, "still_failing", CANNOT_LOG_IN_HEARD_AS),
    # DEV28 (written blind): the set-up cut off, whether it took asked; a move to the other
    # method asked, heard as the status
    (asks_if_the_set_up_went_through, "ask_my_status", INTERRUPTED_HEARD_AS),
    # (« revenir à l'envoi sur mon portable… Comment faire ? », the general steps: DEV104)
    (asks_to_move_to_a_method, "request_switch_method", ("ask_my_status", "ask_how_enable")),
    # DEV29 (written blind): a code received the day before, refused this morning
    (old_code_refused, "code_rejected", (*OLD_CODE_HEARD_AS, "phone_changed")),
    # a phone with no SIM, on Wi-Fi only: the app, as for the tablet
    (only_a_phone_without_sim, "ask_enable_app", NO_SIM_PHONE_HEARD_AS),
    # an operation on SIM lines ("put 10 lines on hold"), heard as a set-up
    (asks_about_sim_lines, "out_of_scope", SIM_LINES_HEARD_AS),
    # texts sent from the portal to the customer's devices: out of scope (DEV89)
    (
        sms_to_devices_not_delivered,
        "out_of_scope",
        ("sms_not_received", "code_rejected", "request_resend"),
    ),
    (asks_what_made_it_change, "ask_why_2fa", CHANGE_HEARD_AS),
    (asks_what_a_phone_has_to_do, "ask_what_is_2fa", PHONE_LINK_HEARD_AS),
    # "pourquoi je dois me connecter ?" (after "log in first": its reason; sixty-fifth check, F7)
    (asks_why_log_in, "ask_why_2fa", ("ask_my_status", "out_of_scope")),
    # DEV116 (written blind): heard as the changed phone, none changed, lost or broken told
    (asks_what_a_phone_has_to_do_with_it_kept, "ask_what_is_2fa", ("phone_changed",)),
    # DEV117-118 (written blind): what someone said of the code checked, heard as a refused code;
    # the digits received and where they go asked, heard as the SMS set-up; a colleague's app
    # wanted from the start, heard as the set-up's steps
    (checks_a_claim_about_the_code, "ask_code_format", ("code_rejected",)),
    (asks_where_the_digits_received_go, "ask_code_format", ("ask_enable_sms",)),
    (wants_a_colleagues_app_from_the_start, "ask_enable_app", ("ask_how_enable",)),
    # DEV108 (written blind): what one does at the step asked, heard as why
    (asks_what_the_step_does, "ask_what_is_2fa", ("ask_why_2fa",)),
    # DEV108 (written blind): the phone's part of the login to be explained, under the fallback
    (asks_what_the_phone_part_is, "ask_what_is_2fa", ("ask_what_is_2fa", "out_of_scope")),
    # DEV21 (written blind): how the second step differs from the password, heard as why 2FA
    # or tied with it (settled before what 2FA brings, which moves what it is to why)
    (asks_how_it_differs_from_the_password, "ask_what_is_2fa", DIFFERENCE_HEARD_AS),
    # DEV18 (written blind, after DEV17's fixes): what 2FA brings, heard as what it is
    (asks_what_is_gained, "ask_why_2fa", ("ask_what_is_2fa", "ask_why_2fa")),
    # thirty-second outsider check: the popup's "no" told in words, heard as the set-up; the
    # login asked again (step 4), heard as out of scope; a trip abroad, heard as the 28 days or
    # out of scope (heard as a switch it keeps the switch: 24 switch lines tell of travels); an
    # SMS not received for the set-up, heard as the set-up; "who can unlock it?", no password
    # named, heard as out of scope
    (declined_the_popup, "ask_deadline", ("ask_how_enable",)),
    (login_asked_again, "ask_how_enable", ("out_of_scope",)),
    (login_asked_again_once, "ask_how_enable", ("ask_remember_device", "ask_why_2fa")),
    (asks_about_codes_abroad, "ask_methods", ABROAD_HEARD_AS),
    (set_up_code_never_came, "sms_not_received", ("ask_how_enable",)),
    (
        asks_who_unlocks,
        "ask_my_status",
        ("out_of_scope", "ask_how_enable", "ask_enable_app", "ask_enable_sms", "ask_contact"),
    ),
    # "je vais l'activer maintenant avec l'appli" (C22), heard as the 28 days or a switch
    (enables_with_the_app, "ask_enable_app", ENABLE_WITH_HEARD_AS),
    # DEV19 (written blind): « SMS » chosen in the popup, what next asked, heard as the steps
    (chose_sms_what_next, "ask_enable_sms", ("ask_how_enable",)),
    # DEV21 (written blind): the provider asked what pushed it to this; a screenshot to hand
    # over with no attach button, heard as a person; postponing with a long leave ahead
    # ...and itself in a tie ("ce qui a motivé ça de votre côté": why 0.33, out of scope 0.32)
    # (and the set-up's steps: « Qu'est-ce qui vous a poussés à la mettre en place ? », DEV89)
    (asks_what_pushed_you, "ask_why_2fa", (*CHANGE_HEARD_AS, "ask_why_2fa", "ask_how_enable")),
    (has_a_file_to_send, "ask_contact", WHOM_HEARD_AS),
    # (…and remembering the device: « je clique sur non… Je pars en tournée… tout le mois de
    # juin, sans ordinateur », 0.51; DEV78, written blind)
    (postpones_with_an_absence_ahead, "ask_deadline", (*SKIPPED_HEARD_AS, "ask_remember_device")),
    # DEV22 (written blind): why the new step is needed now, or a password said to be enough
    (asks_why_it_is_needed_now, "ask_why_2fa", WHY_NOW_HEARD_AS),
    # ...and why it became mandatory, asked with "why" first, in a tie with since when (DEV39)
    (asks_why_it_became_mandatory, "ask_why_2fa", ("ask_since_when", "ask_why_2fa")),
    # DEV20 (written blind, scored once on the thirteenth session's final code): a Wi-Fi tablet
    # with no SIM as the only device, under the fallback (why, remembering, the contact)
    (only_a_tablet_without_sim, "ask_enable_app", TABLET_HEARD_AS),
    # the twenty-eighth session's kinds (DEV95-96, written blind): a smartwatch to make the
    # codes; a shared computer to keep people verified
    (
        codes_on_a_watch,
        "ask_enable_app",
        # (and out of scope: "can I approve the login from my apple watch?", sixty-second, F7)
        ("ask_code_format", "ask_enable_sms", "ask_remember_device", "out_of_scope"),
    ),
    (
        computer_kept_verified,
        "ask_remember_device",
        ("ask_remember_device", "ask_code_format", "ask_deadline", "ask_how_long"),
    ),
    # DEV101-102's kinds: no signal, nothing set up yet, a way without the network asked
    (
        no_signal_nothing_set_up,
        "ask_enable_app",
        ("sms_not_received", "ask_enable_sms", "ask_methods", "out_of_scope"),
    ),
    # fifty-sixth outside check, F4: the number of one's request asked
    (
        asks_the_requests_number,
        "ask_reference",
        ("ask_request_status", "ask_reference", "phone_changed", "ask_contact"),
    ),
    # fifty-sixth outside check, F10: a successor asked for a code where to find it; one
    # computer shared by several people, the codes asked
    (code_asked_with_someone_gone, "phone_changed", ("ask_code_format",)),
    (
        computer_shared_for_the_codes,
        "ask_remember_device",
        # (not the code's format: "can one code serve several people?" is its question, DEV25)
        ("ask_how_enable", "phone_changed", "ask_why_2fa"),
    ),
    # thirty-third outsider check, finding 3: told it is mandatory, what to do asked, heard as
    # what 2FA is or why (a tie)
    (asks_what_to_do_now_it_is_mandatory, "ask_how_enable", WHAT_TO_DO_HEARD_AS),
    # finding 6: the term alone ("2FA ?"), a tie of what it is with since when or the 28 days
    (is_the_term_alone, "ask_what_is_2fa", TERM_HEARD_AS),
    # thirty-fourth outsider check: too many wrong codes asked about, heard as the 28 days (F1);
    # whether the app works without a network, heard as still failing or the set-up (F2)
    (asks_about_too_many_tries, "code_rejected", (*TOO_MANY_HEARD_AS, "ask_what_is_2fa")),
    (asks_if_it_works_offline, "ask_methods", OFFLINE_HEARD_AS),
    # DEV25 (written blind): nobody left to ask; a wait before the set-up; when it changed
    (asks_who_to_turn_to, "ask_contact", TURN_TO_HEARD_AS),
    (waits_before_setting_up, "ask_deadline", WAIT_HEARD_AS),
    # a capture of an error to send, heard as the code's question (DEV90)
    (has_an_error_capture_to_send, "ask_contact", ("ask_code_format",)),
    # the code field quoted and the code refused there: the refused code (DEV90)
    (code_refused_at_the_field, "code_rejected", ("ask_code_format",)),
    # several accounts, one phone: the app, one entry per account (DEV91)
    (
        many_accounts_one_phone,
        "ask_enable_app",
        ("ask_how_enable", "ask_code_format", "ask_my_status", "out_of_scope", "ask_enable_sms"),
    ),
    # a password manager fills the login, the code asked every day: remembering the device (DEV91)
    (
        autofilled_yet_code_daily,
        "ask_remember_device",
        ("sms_not_received", "out_of_scope", "code_rejected", "ask_code_format"),
    ),
    # a QR code beyond someone who reads texts, heard as the SMS that never came (DEV91)
    (cannot_scan_but_gets_texts, "ask_enable_sms", ("sms_not_received",)),
    # the countdown's start asked is not the date it became mandatory (« on a combien de temps,
    # et le compteur démarre à partir de quand ? »: DEV91), read first; and "does that set some
    # sort of clock running?", heard as what 2FA is (DEV91)
    (asks_when_the_countdown_starts, "ask_deadline", (*COUNTDOWN_HEARD_AS, "ask_what_is_2fa")),
    (asks_when_it_changed, "ask_since_when", WHEN_CHANGED_HEARD_AS),
    (asks_what_this_mechanism_is, "ask_what_is_2fa", MECHANISM_HEARD_AS),
    # six digits wanted, nothing else said: what the second step is (fifty-first check, F8)
    (asks_about_six_digits_wanted, "ask_what_is_2fa", ("out_of_scope", "ask_why_2fa")),
    # the method or number on one's own account asked: the status (fifty-first check, F5)
    (
        asks_own_method,
        "ask_my_status",
        ("ask_enable_app", "ask_enable_sms", "ask_methods", "ask_how_enable", "ask_contact"),
    ),
    # the request's number asked: the reference's answer (fifty-first check, F10)
    (asks_for_the_ticket_number, "ask_reference", ("ask_contact", "out_of_scope")),
    # why a ticket is needed: the reset's reason (bot/rasa_ext/nlg.py FOCUS; fifty-first, F3)
    (
        asks_why_a_ticket,
        "ask_why_2fa",
        ("ask_request_status", "phone_changed", "out_of_scope", "ask_contact", "ask_why_2fa"),
    ),
    # thirty-fifth outsider check, finding 1: "can you open a reset ticket for me"
    # (and the status, « vous pouvez pas juste réinitialiser mon compte ? »: fiftieth check, F10)
    (
        asks_to_open_a_reset,
        "phone_changed",
        (*OPEN_RESET_HEARD_AS, "still_failing", "ask_my_status"),
    ),
    # a cracked camera with the square to scan, heard as the app's set-up: the texts, before a
    # scan that fails (DEV105, written blind)
    (broken_camera_scan_asked, "ask_enable_sms", ("ask_enable_app", "phone_changed")),
    (qr_will_not_scan, "ask_enable_app", QR_FAILS_HEARD_AS),
    # finding 5: a trip told, whether the codes will come there asked, heard as a switch or
    # the SMS set-up
    (asks_if_codes_come_on_a_trip, "ask_methods", TRIP_HEARD_AS),
    # seventeenth session (DEV30, DEV31, written blind; the constants say what each was heard as)
    # (...with a yes or a no in it: « en fait si je veux bien qu'on m'appelle » tied the person
    # 0.34 and a yes 0.33 under the fallback; sixty-third outside check, F3)
    (asks_to_be_called, "request_human", (*CALL_BACK_HEARD_AS, "out_of_scope", "affirm", "deny")),
    (asks_why_the_code_is_refused, "code_rejected", REFUSED_WHY_HEARD_AS),
    (asks_what_the_new_screen_does, "ask_what_is_2fa", NEW_SCREEN_HEARD_AS),
    (sent_back_to_the_login, "ask_my_status", LOGIN_LOOP_HEARD_AS),
    (asks_if_done_or_not_started, "ask_my_status", DONE_OR_NOT_HEARD_AS),
    (drops_the_app_for_texts, "request_switch_method", DROP_APP_HEARD_AS),
    # DEV108 (written blind): the app used for the portal banned from the phones
    (
        app_for_the_portal_must_go,
        "request_switch_method",
        ("ask_enable_sms", "ask_enable_app", "phone_changed", "code_rejected", "out_of_scope"),
    ),
    (done_postponing_steps_asked, "ask_how_enable", STEPS_NOW_HEARD_AS),
    (app_ready_on_a_new_phone, "request_switch_method", ("phone_changed",)),
    (asks_where_they_stand, "ask_my_status", STAND_HEARD_AS),
    (calls_it_pointless, "ask_why_2fa", POINTLESS_HEARD_AS),
    # one's own account said hacked, heard elsewhere: why 2FA, whose focus says what to do now
    # (bot/nlu/account_hacked.py; sixty-eighth outside check, F1)
    (
        says_own_account_was_hacked,
        "ask_why_2fa",
        # (not what 2FA is: "…il est persuadé qu'on s'est fait pirater. C'est quoi ce machin ?",
        # a fear at the new step, DEV39)
        ("out_of_scope", "ask_my_status", "ask_contact"),
    ),
    # (DEV120; "…Now I'm told I need my mobile every time I log in. Was there a breach or
    # something?": remembering the device 0.20, DEV122; "…someone got hold of his email login. Is
    # that the kind of thing this new login screen is meant to stop?": what 2FA is 0.43, DEV121)
    (
        asks_if_a_breach_is_behind_it,
        "ask_why_2fa",
        ("ask_contact", "ask_remember_device", "ask_what_is_2fa"),
    ),
    (app_left_at_home, "request_switch_method", AT_HOME_HEARD_AS),
    (asks_about_device_sms, "out_of_scope", DEVICE_SMS_HEARD_AS),
    (switched_phones_codes_gone, "phone_changed", SWITCHED_HEARD_AS),
    # the SIM moved to a new phone, the old one sold, no codes on the new one (DEV91)
    (sim_moved_old_phone_gone, "phone_changed", SWITCHED_HEARD_AS),
    (sms_forbidden_while_in_use, "request_switch_method", FORBIDDEN_IN_USE_HEARD_AS),
    (sms_forbidden, "ask_enable_app", SMS_BANNED_HEARD_AS),
    (fears_the_phone_is_read, "ask_what_is_2fa", PHONE_READ_HEARD_AS),
    # DEV32-33 (written blind): the code read out over the radio, heard as a refused code
    # (listed again here, after the rules above that claim such messages for what else they
    # tell); the app of another tool described by what it shows, heard as the code's format
    (passes_the_code_around, "ask_code_format", ("code_rejected",)),
    # (and itself in a tie with the code's: DEV121, written blind)
    (
        wants_ours_in_the_app_set_up,
        "ask_enable_app",
        (*APP_TOO_SET_UP_HEARD_AS, "ask_methods", "ask_enable_app"),
    ),
    # (...each with its own topic, to settle a tie with a no: « ah non en fait je prefere l'appli,
    # comme ça pas besoin de reseau », the app's set-up 0.40 and a no 0.40, fell back; sixty-
    # third outside check, F9)
    (prefers_the_app_after_all, "ask_enable_app", (*CHANGE_OF_MIND_HEARD_AS, "ask_enable_app")),
    (prefers_sms_after_all, "ask_enable_sms", (*CHANGE_OF_MIND_HEARD_AS, "ask_enable_sms")),
    # « en fait non, je reste sur le SMS »: the offer's no (forty-eighth outsider check, F10)
    (stays_with_a_method, "deny", STAY_HEARD_AS),
    (asks_to_do_it_later, "ask_deadline", LATER_HEARD_AS),
    (asks_if_it_applies_to_them, "ask_since_when", APPLIES_HEARD_AS),
    (
        phone_too_old_for_apps,
        "ask_enable_sms",
        (*TOO_OLD_HEARD_AS, "ask_why_2fa", "ask_enable_sms", "code_rejected"),
    ),
    (texts_ruled_out_other_way_asked, "ask_enable_app", OTHER_ROUTE_HEARD_AS),
    (asks_the_procedure, "ask_how_enable", PROCEDURE_HEARD_AS),
    (
        describes_the_qr_code,
        "ask_enable_app",
        (*QR_DESCRIBED_HEARD_AS, "ask_enable_sms", "sms_not_received"),
    ),
    (codes_go_to_the_old_number, "phone_changed", OLD_NUMBER_HEARD_AS),
    (asks_which_deadline_is_right, "ask_deadline", WHICH_DEADLINE_HEARD_AS),
    # the deadline's day itself asked ("does the last day still count?", under the fallback;
    # sixty-fifth outside check, F4): the 28 days, whose answer then says until what time
    (
        asks_if_the_last_day_counts,
        "ask_deadline",
        (
            "ask_my_status",
            "ask_remember_device",
            "still_failing",
            "ask_code_format",
            "ask_since_when",
            "out_of_scope",
            "ask_deadline",
        ),
    ),
    # ...with the day named, heard as the support line's hours (sixty-sixth outside check, F4)
    (asks_until_what_time_that_day, "ask_deadline", ("ask_contact",)),
    (asks_how_long_a_code_lasts, "ask_code_format", (*LIFETIME_HEARD_AS, "ask_remember_device")),
    (
        asks_what_details_to_pin,
        "ask_contact",
        (*PIN_DETAILS_HEARD_AS, "request_forget_conversation"),
    ),
    (everyone_gets_in_but_me, "ask_my_status", ALL_BUT_ME_HEARD_AS),
    (asks_for_a_new_users_login, "out_of_scope", NEW_USER_HEARD_AS),
    (asks_about_billing, "out_of_scope", BILLING_HEARD_AS),
    (asks_if_the_code_stays_the_same, "ask_code_format", (*SAME_CODE_HEARD_AS, "ask_why_2fa")),
    # DEV108 (written blind): a code used on the PC, asked again on the laptop
    (asks_if_a_code_works_on_another_device, "ask_code_format", SAME_CODE_HEARD_AS),
    # (heard as the steps themselves, under the fallback: « dans le portail, je commence où ? »)
    (
        asks_where_to_start,
        "ask_how_enable",
        (*START_HEARD_AS, "ask_contact", "ask_since_when", "ask_how_enable"),
    ),
    # DEV34: "blocked by your administrator" in the store, heard as a refused code (listed
    # again here, after the rules above that read a refused code)
    (lacks_a_smartphone, "ask_enable_sms", ("code_rejected",)),
    # thirty-ninth outsider check, F6: the API asked about, heard as a 2FA topic
    (asks_about_the_api, "out_of_scope", API_HEARD_AS),
    (asks_for_login_records, "out_of_scope", API_HEARD_AS),  # "the access logs?" (DEV76)
    # the password's reset link expired, "send me a new one" (DEV81)
    (asks_about_the_password_link, "out_of_scope", PASSWORD_LINK_HEARD_AS),
    # DEV42-43 (nineteenth session, written blind, first scored on the session's rules above)
    (same_device_asked_every_time, "ask_remember_device", (*SAME_DEVICE_HEARD_AS, "phone_changed")),
    (picks_the_wrong_entry, "code_rejected", WRONG_ENTRY_HEARD_AS),
    # DEV45's kinds (first scored on the rules above)
    # (and the contact or the code's format, the principle asked with where the code comes from:
    # DEV88)
    (
        asks_how_it_works,
        "ask_what_is_2fa",
        # ...and the changed phone, back from a long leave (DEV113)
        ("ask_why_2fa", "ask_how_enable", "ask_contact", "ask_code_format", "phone_changed"),
    ),
    (wants_texts_after_the_app, "request_switch_method", ("ask_enable_sms", "ask_enable_app")),
    (asks_about_the_interface_language, "out_of_scope", ("ask_language",)),
    # fortieth outsider check: "how long do I have to activate?" (F4); a code sent though
    # nothing was asked, heard as why 2FA or the status (F3: the warning, bot/rasa_ext/nlg.py)
    (asks_how_long_to_activate, "ask_deadline", ("ask_how_long", "ask_deadline", "ask_why_2fa")),
    # (…"before it becomes compulsory for my account", the status 0.56: the 28 days' answer
    # gives a logged-in customer their own days too; four blind writers filed it there: DEV101,
    # DEV104; "how many days do I have left… on my account" stays the status's)
    # (...and the code's answer: "how long before I have to turn on the code thing?", 0.52;
    # sixty-fourth outside check, F4)
    (asks_how_long_before_it_is_forced, "ask_deadline", ("ask_my_status", "ask_code_format")),
    (received_without_logging_in, "sms_not_received", UNREQUESTED_HEARD_AS),
    # F2: "ok give me the phone number then" (the support's), heard as a changed phone
    (asks_for_the_number, "ask_contact", NUMBER_ASKED_HEARD_AS),
    # DEV46-47's kinds (first scored on the session's final rules before these)
    (code_refused_every_time, "code_rejected", ("ask_remember_device",)),
    (asks_what_follows_yes, "ask_how_enable", ("ask_deadline", "ask_what_is_2fa", "ask_my_status")),
    # twentieth session: DEV50-53's kinds (written blind, first scored on the rules above)
    (asks_who_is_right_about_when, "ask_since_when", WHO_IS_RIGHT_HEARD_AS),
    (says_the_code_is_refused, "code_rejected", REFUSED_TOLD_HEARD_AS),
    (asks_about_data_use, "out_of_scope", BILLING_HEARD_AS),
    (asks_to_explain_what_the_phone_is_asked_for, "ask_what_is_2fa", EXPLAIN_HEARD_AS),
    (no_signal_which_way, "ask_enable_app", NO_SIGNAL_WAY_HEARD_AS),
    # ...and Wi-Fi there, another way asked (DEV91)
    (
        no_signal_wifi_another_way,
        "ask_enable_app",
        (
            "sms_not_received",
            "ask_enable_sms",
            "ask_methods",
            "out_of_scope",
            # (DEV95: keeping the device; not the change of method, which such lines with the
            # texts in use are: DEV24's)
            "ask_remember_device",
            "ask_what_is_2fa",  # « Qu'est-ce que les officiers doivent installer… ? » (DEV100)
            # "…a mobile dead zone, though the Wi-Fi reaches everywhere. I'm about to choose how
            # to protect my login and I need something that works…": the steps 0.38 (DEV107)
            "ask_how_enable",
        ),
    ),
    # fortieth outsider check, F6: "not now" clicked by mistake, heard as the status
    (declined_by_mistake, "ask_deadline", ("ask_my_status", "ask_how_enable")),
    # DEV54-55's kinds (first scored on the session's rules above)
    (asks_if_this_is_the_reason, "ask_why_2fa", REASON_HEARD_AS),
    (lacks_a_smartphone_no_resend, "ask_enable_sms", ("request_resend",)),
    # forty-first outsider check: « Continuer » pressed and nothing happens, heard as the 28
    # days (F6: support's line, a person); "what is my password?", heard as what 2FA is (F6)
    (button_does_nothing, "still_failing", ("ask_deadline", "ask_how_enable", "sms_not_received")),
    (asks_for_the_password, "out_of_scope", ("ask_what_is_2fa", "ask_code_format")),
    # DEV56-57's kinds (first scored on the session's rules above)
    (unsure_if_it_was_done, "ask_my_status", UNSURE_DONE_HEARD_AS),
    (picks_a_method_with_an_app_at_hand, "ask_enable_app", APP_AT_HAND_HEARD_AS),
    # (and the device kept: « la case devient rouge… même chose sur Chrome et sur Firefox »; DEV75)
    (
        typed_then_an_error,
        "code_rejected",
        ("sms_not_received", "ask_code_format", "ask_remember_device"),
    ),
    (the_only_one_not_done, "ask_how_enable", ONLY_ONE_HEARD_AS),
    (tells_own_dates_asks_if_still_postponable, "ask_my_status", ("ask_deadline",)),
    # DEV58-59's kinds (first scored on the session's rules above)
    (
        others_go_straight_in,
        "ask_remember_device",
        ("ask_how_enable", "ask_what_is_2fa", "ask_code_format"),  # (DEV100: the code's format)
    ),
    (asks_to_move_to_a_method, "request_switch_method", ("ask_enable_sms",)),
    # DEV60-61's kinds (scored once on the rules above, then read)
    (
        everyone_asked_but_me,
        "ask_my_status",
        ("ask_remember_device", "sms_not_received", "ask_since_when", "ask_what_is_2fa"),
    ),
    # DEV70-71 (written blind, scored once on the session's final rules): a number to dial
    # instead of the chat, heard as a person or under the fallback; the bot said to go round in
    # circles, heard as out of scope
    (wants_a_number_to_dial, "ask_contact", ("request_human", "code_rejected", "out_of_scope")),
    # a boss who means to call support himself, what to give him asked (DEV119, written blind)
    (
        someone_else_will_call,
        "ask_contact",
        (
            "ask_why_2fa",
            "ask_reference",
            "ask_how_enable",
            "request_human",
            "out_of_scope",
            "ask_remember_device",
        ),
    ),
    # (and "Typing to a machine isn't working for me… My number is…", heard as a number given:
    # DEV105, written blind)
    (
        fed_up_with_the_bot,
        "request_human",
        ("out_of_scope", "ask_what_is_2fa", "bot_challenge", "inform"),
    ),
    # twenty-first session: DEV62-63's kinds (written blind, first scored on the session's start)
    (codes_only_reach_someone_away, "phone_changed", ("ask_code_format",)),
    (wants_it_in_writing, "ask_contact", (*IN_WRITING_HEARD_AS, "ask_since_when")),
    (fears_being_out_after_an_absence, "ask_my_status", ABSENCE_FEAR_HEARD_AS),
    # one's own access still open on return (DEV91): the status
    (asks_if_own_access_lasts_the_absence, "ask_my_status", ("ask_deadline", "ask_how_enable")),
    (asks_what_this_code_is, "ask_what_is_2fa", ("ask_code_format", "ask_why_2fa")),
    (asks_for_a_portal_app, "out_of_scope", PORTAL_APP_HEARD_AS),
    (asks_for_the_real_reason, "ask_why_2fa", REAL_REASON_HEARD_AS),
    (asks_which_app_to_download, "ask_enable_app", WHICH_APP_HEARD_AS),
    (
        offers_a_landline,
        "ask_enable_sms",
        # (the methods: "Can your codes go to that number?", the landline named before; DEV102)
        (*LANDLINE_HEARD_AS, "out_of_scope", "phone_changed", "ask_reference", "ask_methods"),
    ),
    # "à quoi ça sert, et je les mets où ?": the code's answer, a tie with the refused code
    (asks_where_to_type, "ask_code_format", ("ask_code_format",)),
    (wants_instructions_for_users, "ask_how_enable", INSTRUCTIONS_HEARD_AS),
    (phone_given_up, "phone_changed", GIVEN_UP_HEARD_AS),
    # "make sure 2FA is enabled on my account… Could you list the steps?": the steps
    # (and what 2FA is, for what to click asked: DEV122)
    (asks_for_the_steps, "ask_how_enable", ("ask_my_status", "ask_how_enable", "ask_what_is_2fa")),
    # "where am I on it now?" after the countdown's start asked, heard as the 28 days
    (asks_where_they_stand, "ask_my_status", ("ask_deadline",)),
    # forty-third outsider check: "what if I don't have a smartphone?", heard as the 28 days
    # (F1); a person asked for after the SMS that never came was told, heard as that SMS (F3:
    # listed again here, after the rules above that read a phone lost told with it)
    (asks_what_if_no_smartphone, "ask_enable_sms", ("ask_deadline",)),
    (asks_for_a_person, "request_human", ("sms_not_received",)),
    # F4: follow-ups read alone: "ok et si je veux écrire plutôt ?" (under the fallback), "how
    # many tries do I have before I'm locked?" (the status, no number: the refused code's lock
    # rule first), "c'est mieux l'appli ou le SMS ?" (the switch: the methods compared)
    (wants_to_write_instead, "ask_contact", ("affirm", "ask_deadline", "still_failing")),
    (asks_how_many_tries_before_the_lock, "code_rejected", ("ask_my_status",)),
    # (and "which one do you recommend?", heard as out of scope: fiftieth check, F7)
    (asks_which_method_is_better, "ask_methods", METHODS_COMPARED_HEARD_AS),
    # DEV64-65's kinds (written blind, first scored on the rules above)
    (
        asked_for_a_code_never_set_up,
        "ask_my_status",
        (
            "phone_changed",
            "sms_not_received",
            "out_of_scope",
            "request_human",
            "ask_why_2fa",
            "code_rejected",
            # "Bonjour, sorry my french is bad - quand je me connecte it asks me for a code and I
            # never set that up?": a request's number 0.17, since when 0.14, under the fallback
            # (sixty-third outside check, F4)
            "ask_reference",
            "ask_since_when",
        ),
    ),
    (uses_the_app_for_another_tool, "out_of_scope", ANOTHER_TOOL_APP_HEARD_AS),
    (resend_asked, "request_resend", ("ask_methods",)),
    (afraid_to_click_wrong, "ask_how_enable", CLICK_WRONG_HEARD_AS),
    (
        asks_the_line_from_abroad,
        "ask_contact",
        ("ask_what_is_2fa", "sms_not_received", "ask_code_format"),
    ),
    (codes_refused_after_the_phone_was_off, "code_rejected", ("phone_changed",)),
    (says_the_portal_is_slow_or_down, "out_of_scope", ("ask_my_status", "still_failing")),
    # "bon ok passez moi au SMS" after the switch's offer: its yes, under the fallback (F6)
    (asks_to_switch, "affirm", ("affirm",)),
    # DEV66-67's kinds (written blind at the twenty-first session's end, first scored on the
    # rules above): the app's timer, a text taken back, the other line typed, an app put on the
    # phone by someone else, a certificate warning
    (asks_about_the_app_timer, "ask_code_format", APP_TIMER_HEARD_AS),
    (received_after_all, "code_rejected", ("sms_not_received",)),
    (typed_the_other_line, "sms_not_received", OTHER_LINE_HEARD_AS),
    (app_put_on_my_phone_not_understood, "ask_what_is_2fa", ("ask_why_2fa", "ask_code_format")),
    (warns_of_the_certificate, "out_of_scope", CERTIFICATE_HEARD_AS),
    # DEV68-69's kinds (written blind this session, first scored on the rules above)
    (fears_a_sim_swap, "request_switch_method", SIM_SWAP_HEARD_AS),
    (repaired_phone_came_back_blank, "phone_changed", REPAIRED_HEARD_AS),
    # sixty-seventh outside check: the phone at repair, how to log in meanwhile, a loaner or not
    # (F1; DEV116, heard as the status, had the loaner's own rule, which this one holds); the app
    # chosen, which to download (F4); what « Non, pas maintenant » does at a long message's end
    # (F2); the portal still usable after putting off (F6); the digits asked (F9, code_asked)
    (
        phone_at_repair_login_asked,
        "phone_changed",
        (*REPAIRED_HEARD_AS, "ask_my_status", "phone_changed", "ask_how_enable"),
    ),
    (chose_the_app_which_to_download, "ask_enable_app", ("ask_how_enable", "ask_enable_app")),
    (asks_what_not_now_does, "ask_deadline", ("ask_how_enable", "ask_what_is_2fa")),
    (still_uses_the_portal_after_putting_off, "ask_deadline", ("out_of_scope", "still_failing")),
    (lost_count_of_postponing, "ask_my_status", ("ask_deadline", "code_rejected")),
    (asks_if_it_is_their_turn, "ask_my_status", TURN_HEARD_AS),
    # (heard as since when: "will they still be able to dismiss it… in August?": DEV95)
    (
        asks_to_keep_skipping,
        "ask_deadline",
        ("ask_remember_device", "ask_code_format", "ask_since_when"),
    ),
    (asks_if_it_was_announced, "ask_since_when", ANNOUNCED_HEARD_AS),
    (asks_for_leeway, "ask_deadline", ("ask_how_enable",)),
    (yes_clicked_then_cut_off, "ask_how_enable", ("ask_how_enable", "ask_my_status", "affirm")),
    # the others' texts arrive abroad and ours never, heard as out of scope
    (never_came_abroad, "sms_not_received", ("out_of_scope", "ask_methods")),
    # forty-fifth outsider check: the time left beside an activation asked by the portal,
    # under the fallback (F3)
    (asks_time_for_the_activation, "ask_deadline", ("ask_since_when", "ask_how_long")),
    # a bare why about the answer just read, heard as another topic (F1)
    (asks_why_of_the_answer, "ask_why_2fa", BARE_WHY_HEARD_AS),
    # the call wanted again after its withdrawal, heard as a yes or the reference (F6); what
    # to do now the reset is done, heard as the changed phone (F7)
    (wants_the_call_after_all, "request_human", CALL_AFTER_ALL_HEARD_AS),
    (asks_what_now_after_the_reset, "ask_my_status", ("phone_changed", "ask_request_status")),
    # (the forty-fourth check's F4) called off as it works again, heard as the story or thanks
    (called_off_as_it_works, "cancel", WORKS_AGAIN_HEARD_AS),
    # « Renvoyer » greyed out, heard as the 28 days or a resend asked (F13)
    (resend_greyed, "sms_not_received", GREYED_HEARD_AS),
    # forty-sixth outsider check: "hmm no, back to SMS please" after a switch, heard as a no
    # (F3); "can I turn off 2FA for our API user", heard as out of scope (F12); "no I just want
    # the code on the new number", heard as the code's format (F7)
    (asks_to_switch, "request_switch_method", ("deny",)),
    (asks_to_disable_for_scripts, "ask_why_2fa", ("out_of_scope",)),
    (wants_the_code_on_a_new_number, "phone_changed", NEW_NUMBER_WANTED_HEARD_AS),
    # (DEV69) the boss's numbers by WhatsApp, heard as what 2FA is (listed again here, after
    # the rules above that read someone away with the phone)
    (passes_the_code_around, "ask_code_format", ("ask_what_is_2fa",)),
    # twenty-third session: DEV72-73's kinds (written blind, first scored on the rules above):
    # a code said not to work in three words, heard as "it still doesn't work" in a tie; the
    # phone cut off from the network while the page waits (airplane mode, an outage, no
    # roaming), heard as the SMS set-up, the code's format or the device kept; the popup's two
    # choices told, neither understood, under the fallback; the number given to someone else
    # who gets the texts now, heard as the SMS that never came or the resend
    (says_the_code_does_not_work, "code_rejected", ("still_failing", "code_rejected")),
    (waits_cut_off_from_the_network, "sms_not_received", SILENT_HEARD_AS),
    (
        unsure_which_choice,
        "ask_how_enable",
        (*CLICK_WRONG_HEARD_AS, "sms_not_received", "ask_what_is_2fa"),
    ),
    (number_given_to_someone_else, "phone_changed", (*OLD_NUMBER_HEARD_AS, "ask_since_when")),
    # DEV74-75's kinds (written blind, first scored on the session's rules after the forty-
    # seventh check's fixes): the remembered device told as "a box you tick", under the
    # fallback; a text that never came to a number in another format, heard as the contact;
    # the message memory full and still nothing, heard as "it still doesn't work"; the space in
    # the middle of the code, heard as out of scope
    (
        describes_the_remember_box,
        "ask_remember_device",
        # (and what 2FA is, under the fallback: "…a box you tick so it leaves you alone for about a
        # month. Where is that?"; DEV121, written blind)
        ("out_of_scope", "ask_contact", "ask_request_status", "ask_what_is_2fa"),
    ),
    # DEV116 (written blind): the remembered device named, how long it lasts asked, heard as how
    # long the last answer lasts (none: the 28 days)
    (asks_how_long_remembering_lasts, "ask_remember_device", ("ask_how_long", "ask_deadline")),
    (never_came_to_a_foreign_number, "sms_not_received", ("ask_contact", "ask_enable_sms")),
    (
        nothing_after_making_room,
        "sms_not_received",
        ("still_failing", "request_forget_conversation"),
    ),
    (asks_about_the_space, "ask_code_format", ("out_of_scope", "inform", "ask_how_enable")),
    # ...and whom to call, heard as the code's format ("if the login code ever fails on me, who
    # exactly do I ring or write to?": DEV74)
    # (and a person, "he's asked me to find out who he should ring and when": DEV91)
    # (and "Who do I ring if I get stuck setting up two-factor authentication?", heard as the 28
    # days: DEV105, written blind)
    (asks_whom_to_call, "ask_contact", ("ask_code_format", "request_human", "ask_deadline")),
    # twenty-fifth session: DEV82-83's kinds (written blind, first scored on bfefbce): the step
    # after the password feared a scam, heard as the code's format or the set-up's steps; the
    # line no longer wanted to depend on, heard as the 28 days or the changed phone; small talk
    # to the assistant, heard as "are you a bot?" or the contact; an authenticator app put on
    # the phone by someone, "what do I do with it?", in a tie with the refused code; no app
    # ever to be installed and the texts fine, heard as the SMS that never came
    (asks_if_the_phone_step_is_genuine, "ask_what_is_2fa", GENUINE_HEARD_AS),
    (wants_off_the_line, "request_switch_method", OFF_THE_LINE_HEARD_AS),
    (small_talk_to_the_assistant, "out_of_scope", ("bot_challenge", "ask_contact")),
    (asks_what_to_do_with_the_app, "ask_enable_app", APP_INSTALLED_HEARD_AS),
    (no_installs_but_gets_texts, "ask_enable_sms", ("sms_not_received",)),
    # DEV84-85's kinds (written blind, first scored on 649384f, this session's rules above):
    # digits seen copied at login, "what was that?", heard as the set-up's steps; more than a
    # password required with what to do asked, heard as why 2FA; doing it oneself, and whether
    # a yes now logs one out, heard as the 28 days
    # (and itself under the fallback's threshold: DEV119)
    (
        asks_what_the_copied_digits_were,
        "ask_what_is_2fa",
        ("ask_how_enable", "ask_code_format", "ask_what_is_2fa"),
    ),
    (required_and_what_to_do, "ask_how_enable", ("ask_why_2fa",)),
    (asks_to_do_it_oneself, "ask_how_enable", ("ask_deadline", "ask_contact", "ask_since_when")),
    (asks_if_yes_logs_out, "ask_how_enable", ("ask_deadline", "ask_my_status")),
    # a password manager or a watch that makes codes, the portal wanted in it, heard as the
    # code's format or the status; a colleague's set-up for everyone, "does that cover me?",
    # heard as the set-up; a wait "until after the move", heard as the SMS that never came
    (wants_ours_in_a_code_maker, "ask_enable_app", ("ask_code_format", "ask_my_status")),
    (asks_if_it_covers_me, "ask_my_status", ("ask_how_enable",)),
    (waits_until_after_a_change, "ask_deadline", ("sms_not_received",)),
    # fiftieth outside check, F5: a code typed into the message with a failure, heard as "it
    # still doesn't work"
    (typed_code_fails, "code_rejected", ("still_failing",)),
    # the mobile number's format in the SMS field (a country code), heard as the set-up's steps
    (asks_about_the_number_format, "ask_enable_sms", ("ask_how_enable", "ask_reference")),
    # « le code n'est pas arrivé » heard as the refused code, once every other rule had its say
    # (forty-eighth outsider check, F12)
    (never_came_not_refused, "sms_not_received", ("code_rejected",)),
    # DEV92-94's kinds (scored once on the rules above, then read)
    (wants_the_other_method, "request_switch_method", OTHER_METHOD_HEARD_AS),
    (blames_the_new_step_for_a_lockout, "ask_my_status", BLAMED_HEARD_AS),
    (asks_what_to_do_to_enable, "ask_how_enable", ("ask_deadline", "ask_my_status")),
    (wants_a_new_password, "out_of_scope", ("code_rejected", "ask_how_enable", "phone_changed")),
    (keeps_every_code_in_one_app, "ask_enable_app", ("ask_enable_app", *APP_TOO_HEARD_AS)),
    # (and the switch, no method nor move told: DEV107, written blind)
    (keeps_every_code_in_one_app_no_method_told, "ask_enable_app", ("request_switch_method",)),
    # ...and with the codes said to come by text today, the move (DEV120, written blind)
    (
        moves_every_code_into_one_app,
        "request_switch_method",
        ("ask_enable_app", *APP_TOO_HEARD_AS, "sms_not_received"),  # (DEV122: the SMS 0.28)
    ),
    (no_signal_set_to_texts, "request_switch_method", SET_TO_TEXTS_HEARD_AS),
    # fifty-third outside check, F8: "Is 2FA optional for us?", since when and why in a tie; the
    # training data files "is 2FA optional?" under since when, whose answer says mandatory
    (asks_if_optional, "ask_since_when", ("ask_why_2fa", "ask_since_when")),
    # fifty-fourth outside check, F7: a typo told after the number, heard as a changed phone
    (
        tells_a_typo_after_the_number,
        "sms_not_received",
        (*MISTYPED_HEARD_AS, "phone_changed", "ask_code_format"),
    ),
    # DEV103-104's kinds (scored once on the rules above, then read): the spam folder looked
    # through, a changed phone and the SMS in a tie; switched on "for the whole department" and
    # nothing seen, heard as the set-up; the whole text or its digits, heard as the refused code
    (not_in_the_spam_either, "sms_not_received", SPAM_HEARD_AS),
    (on_for_all_but_nothing_seen, "ask_my_status", ("ask_how_enable", "ask_what_is_2fa")),
    (asks_if_the_whole_message_is_typed, "ask_code_format", ("code_rejected", "sms_not_received")),
    (asks_if_the_code_is_permanent, "ask_code_format", ("out_of_scope", *SAME_CODE_HEARD_AS)),
    # DEV107 (written blind): a password manager offers to keep the code, heard as the refused
    # code or under the fallback (the set-ups, the status in a tie)
    (
        asks_to_keep_the_code_in_a_password_manager,
        "ask_code_format",
        (
            *SAME_CODE_HEARD_AS,
            "ask_how_enable",
            "ask_enable_sms",
            "ask_my_status",
            "request_switch_method",
        ),
    ),
    (asks_to_merge_accounts, "out_of_scope", ("ask_deadline", "ask_how_enable")),
    # the code's field announced by a screen reader, what it wants asked (DEV105, written blind)
    (asks_what_the_field_wants, "ask_code_format", ("sms_not_received", "ask_what_is_2fa")),
    # DEV105-106 (written blind, first scored on this session's rules): the code read aloud by a
    # colleague, heard as a changed phone
    (passes_the_code_around, "ask_code_format", ("phone_changed",)),
    # ...which users have it, an admin's report, heard as the status or the steps; a line to
    # ring, the 28 days and the contact in a tie; shut out now, heard as since when; the Google
    # option taken and a download asked, heard as the steps
    (asks_which_users_have_it, "out_of_scope", ("ask_my_status", "ask_how_enable")),
    # DEV107 (written blind): back from an absence and kept out, no set-up named
    (
        back_and_kept_out,
        "ask_my_status",
        ("out_of_scope", "code_rejected", "ask_what_is_2fa", "ask_my_status"),
    ),
    # DEV107-108 (written blind): the popup put off, now ready (the steps), asked to last or
    # declined for everyone (the 28 days)
    (
        ready_after_putting_off,
        "ask_how_enable",
        ("ask_deadline", "ask_remember_device", "ask_methods", "ask_how_enable"),
    ),
    (asks_how_long_putting_off_lasts, "ask_deadline", ("ask_how_enable", "ask_deadline")),
    (
        declined_for_everyone,
        "ask_deadline",
        ("ask_why_2fa", "ask_how_enable", "ask_what_is_2fa", "ask_deadline"),
    ),
    # DEV108 (written blind): the text deleted or stale, the customer at the screen: a new code
    (
        needs_a_fresh_code,
        "request_resend",
        ("sms_not_received", "phone_changed", "code_rejected", "request_resend"),
    ),
    # DEV108 (written blind): a team's shared phone wanted for the codes, heard as a change
    (
        wants_the_codes_on_a_shared_phone,
        "ask_enable_sms",
        ("phone_changed", "ask_enable_app", "ask_how_enable", "ask_enable_sms"),
    ),
    # fifty-eighth outside check, F4: turning it on for all one's users asked, heard as since
    # when, the 28 days or the status: each user does it (the steps, with who does them)
    (
        asks_to_enable_it_for_others,
        "ask_how_enable",
        ("ask_since_when", "ask_deadline", "ask_my_status", "ask_why_2fa", "ask_how_enable"),
    ),
    # fifty-eighth outside check, F2: only a landline, what can be done, heard as the 28 days or
    # the SMS that never came
    (
        only_a_landline_asked,
        "ask_methods",
        # (not the contact: "a number to reach you? … just a landline here" is its question)
        ("ask_deadline", "sms_not_received", "out_of_scope", "ask_enable_app"),
    ),
    (
        asks_for_a_line_to_ring,
        "ask_contact",
        ("ask_deadline", "ask_methods", "ask_contact", "ask_enable_app"),
    ),
    (asks_if_shut_out_now, "ask_my_status", ("ask_since_when", "goodbye", "ask_deadline")),
    (took_the_google_option_download_asked, "ask_enable_app", ("ask_how_enable",)),
    # thirty-second session: DEV109-110's kinds (written blind, first scored on the rules above)
    # texts late or never where one is: a move asked (the switch), another way asked or the
    # computer's network told (the app's set-up), heard as the SMS that never came
    (
        texts_fail_here_move_asked,
        "request_switch_method",
        (
            "sms_not_received",
            "ask_enable_app",
            "code_rejected",
            "out_of_scope",
            "request_switch_method",
        ),
    ),
    (
        texts_fail_here_another_way,
        "ask_enable_app",
        # (not the switch heard: "…the texts never reach me out there. Can my account be moved to
        # something that works offline?" is one, DEV28)
        # (why 2FA: "…texts never make it down here, but the Wi-Fi is great. What's my best way
        # through the new login security?": DEV112, written blind)
        ("sms_not_received", "ask_enable_sms", "out_of_scope", "ask_enable_app", "ask_why_2fa"),
    ),
    # the menu that turns it on looked for, heard as since when under the fallback
    (
        looks_for_the_setting,
        "ask_how_enable",
        ("ask_since_when", "out_of_scope", "ask_deadline", "ask_my_status", "ask_how_enable"),
    ),
    # a watch that shows the phone's texts, the code wanted on it, heard as the refused code
    (
        texts_on_a_watch,
        "ask_enable_sms",
        (
            "code_rejected",
            "ask_code_format",
            "ask_remember_device",
            "ask_enable_app",
            "ask_enable_sms",
        ),
    ),
    # a hotel lobby's computer, what to leave unticked, under the fallback
    (public_computer_what_to_tick, "ask_remember_device", PUBLIC_COMPUTER_HEARD_AS),
    # a number one will not give, a smartphone at hand, heard as the SMS set-up
    (
        number_withheld_smartphone_at_hand,
        "ask_enable_app",
        (
            "ask_enable_sms",
            "ask_why_2fa",
            "phone_changed",
            "ask_how_enable",
            "out_of_scope",
            "ask_enable_app",
        ),
    ),
    # not asked for a code while everyone else is, heard as why 2FA
    (
        not_asked_unlike_others,
        "ask_my_status",
        (
            "ask_why_2fa",
            "sms_not_received",
            "ask_remember_device",
            "ask_what_is_2fa",
            "ask_my_status",
        ),
    ),
    # the popup's days seen going down, what at zero, under the fallback
    (
        days_counting_down_asked_what_at_zero,
        "ask_deadline",
        (
            "ask_code_format",
            "out_of_scope",
            "ask_since_when",
            "ask_how_enable",
            "ask_my_status",
            "ask_deadline",
        ),
    ),
    # the computer reinstalled, the code asked again at each login, heard as a changed phone
    (
        computer_reset_code_again,
        "ask_remember_device",
        ("phone_changed", "ask_my_status", "code_rejected", "ask_why_2fa", "ask_remember_device"),
    ),
    # someone's time left asked to be looked up, heard as the steps
    (
        asks_to_look_up_the_time_left,
        "ask_my_status",
        ("ask_how_enable", "ask_deadline", "ask_contact", "ask_my_status"),
    ),
    # DEV111-112's kinds (written blind, first scored on the rules above)
    # the registered phone left far away for weeks, heard as the code or the missing SMS
    (
        registered_phone_out_of_reach,
        "phone_changed",
        # (and the resend, the phone sent back asked: « …personne ne peut me le renvoyer »)
        (
            "ask_code_format",
            "sms_not_received",
            "code_rejected",
            "ask_remember_device",
            "request_resend",
        ),
    ),
    # two phones swapped by mistake, the other away with the customer's (DEV119, written blind:
    # the changed phone 0.26 and the set-up 0.26, a tie for the fallback)
    (
        phones_swapped,
        "phone_changed",
        ("phone_changed", "ask_how_enable", "sms_not_received", "code_rejected", "ask_my_status"),
    ),
    # a colleague's watch that shows the codes, the same wished, heard as the code or the SMS
    (
        wants_a_colleagues_watch_codes,
        "ask_enable_app",
        ("ask_code_format", "sms_not_received", "ask_what_is_2fa", "ask_enable_sms"),
    ),
    # the code read out by an automated call, heard as the methods
    (
        code_read_by_a_voice_call,
        "sms_not_received",
        ("ask_methods", "ask_code_format", "request_switch_method", "phone_changed"),
    ),
    # a code about to be pasted here, whether it is seen asked, heard as deleting the chat
    (asks_if_a_pasted_code_is_seen, "ask_code_format", ("request_forget_conversation",)),
    # the boss's codes forwarded to the assistant, heard as why 2FA
    (forwards_what_the_boss_gets, "ask_code_format", ("ask_why_2fa", "ask_since_when")),
    # sixty-second outside check, F4: kept out because a code is asked, heard as remembering the
    # device or the refused code
    # (not the status heard: « j'arrive pas à rentrer…, il me demande un code » is the training
    # data's status)
    (kept_out_by_a_code_asked, "ask_code_format", ("ask_remember_device", "code_rejected")),
    # the app's code changed while typed, heard as a changed phone
    (code_changed_while_typing, "ask_code_format", ("phone_changed", "code_rejected")),
    # a partner's popup gone, one's own still there, the same wished: the steps
    (
        wants_to_do_as_the_other_did,
        "ask_how_enable",
        ("ask_my_status", "still_failing", "out_of_scope", "ask_how_enable"),
    ),
    # told it can be ignored for good, heard as the steps or the switch
    (
        told_it_can_be_ignored_for_good,
        "ask_deadline",
        ("ask_how_enable", "request_switch_method", "ask_deadline", "ask_since_when"),
    ),
    # DEV113-114's kinds (written blind, first scored on the rules above): nothing new to
    # install after an infected phone, another way asked, under the fallback
    (
        no_installs_another_way,
        "ask_enable_sms",
        (
            "ask_enable_app",
            "ask_how_enable",
            "ask_methods",
            "out_of_scope",
            "ask_enable_sms",
            "sms_not_received",  # DEV116: "a way of doing this that needs nothing installed?"
            "ask_what_is_2fa",  # DEV116: « interdit qu'on installe quoi que ce soit… »
        ),
    ),
    # ...a new code each time told as a burden on one computer, a way to avoid it asked, heard
    # as the code's answer
    (
        avoids_a_new_code_each_time,
        "ask_remember_device",
        ("ask_code_format", "code_rejected", "ask_what_is_2fa"),
    ),
    # ...the login's identifier asked (an email or a customer number), heard as the status
    (asks_which_identifier, "out_of_scope", ("ask_my_status", "ask_how_enable", "ask_code_format")),
    # sixty-first outside check, F7: a password typed (masked) with the SMS that never came,
    # heard as out of scope ("can you log me in?")
    (
        password_typed_code_never_came,
        "sms_not_received",
        ("out_of_scope", "request_human", "ask_my_status", "ask_contact", "sms_not_received"),
    ),
    # sixty-second outside check, F2: one who logs in for the holder, the code on the holder's
    # phone, heard as the steps, the reset's offer or the set-ups: whose phone gets the code
    (
        logs_in_for_someone_else,
        "ask_code_format",
        (
            # ...and the support line (sixty-fourth outside check, F2)
            "ask_contact",
            "request_human",
            "ask_how_enable",
            "phone_changed",
            "ask_enable_app",
            "ask_enable_sms",
            "sms_not_received",
            "ask_my_status",
            "out_of_scope",
            "ask_code_format",
            # "…the 2FA is on her phone. Can you send the code to my email instead so I can log in
            # for her?": the methods 0.64 (sixty-eighth outside check, F8)
            "ask_methods",
        ),
    ),
    # sixty-fourth outside check, F2: a colleague away for a while with the 2FA phone, under
    # the fallback (its answer: bot/rasa_ext/nlg.py, utter_phone_changed_colleague_away)
    (
        colleague_holding_the_codes_away,
        "phone_changed",
        (
            "ask_how_enable",
            "ask_enable_app",
            "ask_what_is_2fa",
            "out_of_scope",
            "phone_changed",
            # "…is on holiday this week and I need to log in": since when 0.42 (a fresh clone's
            # check of this session's last commit)
            "ask_since_when",
            "ask_deadline",
            "ask_my_status",
            "ask_code_format",
        ),
    ),
    # sixty-second outside check, F3: the phone left at home for the day, heard as the 28 days,
    # the changed phone's reset or out of scope: the remembered computer, else the phone or support
    (
        phone_left_behind_today,
        "ask_remember_device",
        (
            # ...or the set-ups, under the fallback or not (sixty-fourth outside check, F1)
            "ask_enable_sms",
            "ask_enable_app",
            "ask_what_is_2fa",
            "ask_how_enable",
            "phone_changed",
            "out_of_scope",
            "ask_my_status",
            "ask_deadline",
            "sms_not_received",
            "ask_code_format",
            "still_failing",
            "ask_remember_device",
        ),
    ),
    # fifty-seventh outside check, F4: « je prends le sms » at the popup's choice
    # (an "ok" before it was the yes: "ok I'll go with the app" got "All right, anything else?")
    # ("I'll take SMS" was a goodbye, 0.48: fifty-eighth outside check, F1)
    (takes_sms, "ask_enable_sms", (*TAKES_HEARD_AS, "sms_not_received", "request_resend")),
    (takes_the_app, "ask_enable_app", (*TAKES_HEARD_AS, "code_rejected", "ask_how_enable")),
)


def _situation(intent: str, text: str) -> tuple[str, tuple[str, ...]] | None:
    """A yes that hesitates, a situation the classifier misread (SITUATIONS), or turning 2FA off
    (`_turned_off`)."""
    if intent == "affirm" and hesitates(text):  # "ok wait, let me think" (bot/nlu/hesitation.py)
        return "deny", ("affirm",)
    if intent == "cancel" and calls_it_off(text):
        # "ok no forget it, I'll manage myself" one turn after a handoff: the cancel 0.42 and the
        # no 0.41, a tie for the fallback; the no is ruled out (forty-fourth outsider check, F8)
        return "cancel", ("deny",)
    turned_off = _turned_off(intent, text)
    if turned_off is not None:
        return turned_off
    for rule, topic, heard_as in SITUATIONS:
        if intent in heard_as and rule(text):
            return topic, heard_as
    return None


def _turned_off(intent: str, text: str) -> tuple[str, tuple[str, ...]] | None:
    """Turning 2FA off or skipping its code (twenty-fourth check, F1/E1): why it is mandatory,
    or the 28 days when that was heard, each answered with its "no" (bot/rasa_ext/nlg.py); the
    other ruled out ("can i switch 2fa off entirely": why 0.31, the 28 days and the status
    0.31 together, a tie for the fallback)."""
    if intent not in (*DISABLE_HEARD_AS, "ask_deadline") or not asks_to_disable(text):
        return None
    if intent == "ask_deadline":
        return "ask_deadline", DISABLE_HEARD_AS
    # (and remembering the device, whose grumble came with it: « Est-ce que je peux désactiver
    # la 2FA ? ça me saoule de taper un code à chaque fois », why 0.39 and the device 0.38, a
    # tie for the fallback; fifty-seventh outside check, F7)
    return "ask_why_2fa", (*DISABLE_HEARD_AS, "ask_deadline", "ask_remember_device")


def relabel(message: Message) -> None:
    """Put the settled topic first (`reading`), with the top confidence; what it rules out
    keeps at most RULED_OUT of it. A swap alone left the classifier's gap: with "what does
    « Essayer une autre méthode » do" read as the switch 0.44 and the SMS answer 0.42, the
    fallback (bot/nlu/fallback.py) saw a tie and asked to rephrase a message the rule had
    read; the same tie with the SMS answer on top did too. A rule's reading does not hang on
    how unsure the classifier was: it gets at least SETTLED ("wat if i dont have a smartphone",
    the status rule at 0.19, fell back below the 0.2 threshold once settled: twenty-second
    outsider check)."""
    intent = message.get(INTENT) or {}
    if intent.get(INTENT_NAME_KEY) == "ask_reference" and not mentions_the_reference_or_call(
        message.get(TEXT) or ""
    ):
        intent = _step_aside(message)
    # the rules read what the classifier read: texting spellings written out ("dnt want an app
    # on my fone, cn i do it w txts" is "don't want an app on my phone, can i do it with texts",
    # which the no-smartphone rule reads; DEV84, written blind: a tie of the two set-ups)
    text = written_out(message.get(TEXT) or "")
    settled = reading(intent.get(INTENT_NAME_KEY) or "", text)
    if settled is None:
        return
    topic, ruled_out = settled
    ranking = message.get(INTENT_RANKING_KEY) or [intent]
    before = next((r["confidence"] for r in ranking if r.get(INTENT_NAME_KEY) == topic), 0.0)
    # the classifier's top, which the rule overrides, takes the topic's place, at most RULED_OUT
    put_first(
        message,
        topic,
        max(intent.get("confidence", 0.0), SETTLED),
        ruled_out=ruled_out,
        old_top_at_most=before,
    )


def _step_aside(message: Message) -> dict:
    """The classifier's top reading, which the message gives no ground for, goes below the next
    one, at half its confidence: the next reading answers, or the fallback's suggestions when
    it is too weak (bot/nlu/reference_asked.py)."""
    ranking = list(message.get(INTENT_RANKING_KEY) or [])
    if len(ranking) < 2:
        return message.get(INTENT) or {}
    top, nxt, *rest = ranking
    demoted = {**top, "confidence": min(top.get("confidence", 0.0), nxt.get("confidence", 0.0) / 2)}
    ordered = sorted([nxt, *rest, demoted], key=lambda r: -r.get("confidence", 0.0))
    chosen = {INTENT_NAME_KEY: nxt.get(INTENT_NAME_KEY), "confidence": nxt.get("confidence", 0.0)}
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ordered, add_to_output=True)
    return chosen


# what a reading the rule replaces or rules out keeps of the rule's confidence: under a third,
# so that two of them in one of the fallback's groups (the 28 days and one's own status) never
# tie with it. At a half each, "2FA ?" settled as what 2FA is (0.30) tied with the 28 days and
# the status together (0.15 + 0.15) and fell back (thirty-fourth and thirty-fifth checks)
RULED_OUT = 0.3


def put_first(
    message: Message,
    topic: str,
    confidence: float,
    *,
    ruled_out: tuple[str, ...] = (),
    old_top_at_most: float | None = None,
) -> None:
    """`topic` as the message's intent with `confidence`; the reading it replaces (capped
    further at `old_top_at_most`) and what it rules out keep at most RULED_OUT of it, so that
    the fallback sees no tie. Shared by the reading rules (`relabel`) and the second question's
    first part (bot/nlu/second_question.py)."""
    intent = message.get(INTENT) or {}
    ranking = message.get(INTENT_RANKING_KEY) or [intent]
    old = intent.get(INTENT_NAME_KEY)
    rest = []
    for r in ranking:
        name, kept = r.get(INTENT_NAME_KEY), r.get("confidence", 0.0)
        if name == topic:
            continue
        if name == old:
            kept = min(kept if old_top_at_most is None else old_top_at_most, RULED_OUT * confidence)
        elif name in ruled_out:
            kept = min(kept, RULED_OUT * confidence)
        rest.append({**r, "confidence": kept})
    chosen = {INTENT_NAME_KEY: topic, "confidence": confidence}
    ordered = sorted(rest, key=lambda r: -r.get("confidence", 0.0))
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [chosen, *ordered][: len(ranking)], add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LabelQuestions(StatelessStep, IntentClassifier):
    """After the intent classifier, before the fallback (config.yml)."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text and not text.startswith("/"):  # a button's payload is its own intent
                relabel(message)
        return messages
