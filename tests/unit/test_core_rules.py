"""The pure rules of bot/core, with a frozen `now`: no database, milliseconds each.

What a customer or agent would notice: how long "Renvoyer" waits, when the SMS cap bites,
when wrong codes lock the account, when a remembered browser skips the code, when the
identity check by email goes silent, who may open a reset ticket, how a handoff closes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.config import Settings
from bot.core import devices, handoffs, identity, lockout, sms, tickets
from bot.core.assurance import Identity

S = Settings(database_url="sqlite://", signing_key="k", support_token="s", agent_token="a")
NOW = datetime(2024, 6, 3, 10, 0, tzinfo=timezone.utc)


def ago(seconds: float) -> datetime:
    return NOW - timedelta(seconds=seconds)


# --------------------------------------------------------------------------- lockout

def test_wrong_codes_back_off_then_lock():
    assert lockout.code_try(False, 0, None, NOW) == lockout.Allowed()
    assert lockout.code_try(False, 1, ago(0), NOW) == lockout.TooSoon(1)
    assert lockout.code_try(False, 4, ago(3), NOW) == lockout.TooSoon(5)  # 2^3 = 8 s after the 4th
    assert lockout.code_try(False, 4, ago(8), NOW) == lockout.Allowed()
    assert lockout.code_try(True, 0, None, NOW) == lockout.Locked()
    assert not lockout.locks_now(S.lock_threshold - 1, S.lock_threshold)
    assert lockout.locks_now(S.lock_threshold, S.lock_threshold)
    assert lockout.attempts_left(3, 10) == 7 and lockout.attempts_left(12, 10) == 0
    assert [lockout.backoff_seconds(n) for n in (1, 2, 3)] == [1, 2, 4]


def test_login_throttle_free_attempts_then_growing_delays_capped():
    assert lockout.login_wait(4, ago(0), 5, 1200, NOW) == 0  # within the free attempts
    assert lockout.login_wait(5, ago(0), 5, 1200, NOW) == 1
    assert lockout.login_wait(7, ago(1), 5, 1200, NOW) == 3  # 2^2 = 4 s after the last one
    assert lockout.login_wait(40, ago(0), 5, 1200, NOW) == 1200  # capped
    assert lockout.login_wait(9, None, 5, 1200, NOW) == 0


# --------------------------------------------------------------------------- SMS sending

def test_resend_waits_for_the_cooldown():
    assert sms.cooldown_left(None, NOW, S) == 0
    assert sms.cooldown_left(ago(20), NOW, S) == S.resend_cooldown - 20
    assert sms.may_send(ago(20), 1, ago(20), NOW, S) == sms.Cooldown(S.resend_cooldown - 20)
    assert sms.may_send(ago(S.resend_cooldown), 1, ago(60), NOW, S) == sms.Allowed()


def test_send_cap_per_window_frees_with_the_oldest_send():
    oldest = ago(S.sms_window - 30)
    assert sms.may_send(ago(120), S.sms_max_per_window, oldest, NOW, S) == sms.SendCap(30)
    assert sms.may_send(ago(120), S.sms_max_per_window - 1, oldest, NOW, S) == sms.Allowed()
    assert sms.window_start(NOW, S) == ago(S.sms_window)


def test_the_wait_said_is_the_longer_of_the_cooldown_and_the_cap():
    """Sixty-fifth outside check, F11: the fifth SMS of the window just sent, the popup and the
    chat said « Renvoyer » works "in 1 min" (the cooldown), then the cap refused it for 5 more.
    The wait said is the rule that holds the send back the longest."""
    just_now = ago(20)
    oldest = ago(60)  # the window frees in S.sms_window - 60 s, well after the cooldown
    assert sms.may_send(just_now, S.sms_max_per_window, oldest, NOW, S) == sms.SendCap(S.sms_window - 60)
    # a cap that frees before the cooldown ends: the cooldown is the wait
    nearly_free = ago(S.sms_window - 5)
    assert sms.may_send(just_now, S.sms_max_per_window, nearly_free, NOW, S) == sms.Cooldown(
        S.resend_cooldown - 20)


def test_sms_code_expiry():
    assert sms.is_expired(None, NOW)
    assert sms.is_expired(NOW, NOW)
    assert not sms.is_expired(sms.code_expires_at(ago(S.sms_code_ttl - 1), S), NOW)


# --------------------------------------------------------------------------- remembered devices

def test_a_remembered_device_skips_the_code_only_while_valid():
    dev = devices.Device(user_id=1, factor_version=2, expires_at=devices.expires_at(NOW, S), revoked=False)
    assert devices.skips_second_factor(dev, 1, 2, NOW)
    assert not devices.skips_second_factor(dev, 2, 2, NOW)  # another account's cookie
    assert not devices.skips_second_factor(dev, 1, 3, NOW)  # a new factor since
    assert not devices.skips_second_factor(dev, 1, 2, NOW + timedelta(days=S.remember_days))
    assert not devices.skips_second_factor(devices.Device(1, 2, NOW + timedelta(days=1), True), 1, 2, NOW)
    assert not devices.skips_second_factor(None, 1, 2, NOW)
    assert devices.cookie_max_age(S) == S.remember_days * 86400
    assert not devices.plausible_token("x" * 129) and not devices.plausible_token(None)


# --------------------------------------------------------------------------- identity check by email

def test_identity_check_limits():
    assert identity.conversation_may_ask(S.identity_checks_per_conversation - 1, S) == identity.Allowed()
    assert identity.conversation_may_ask(S.identity_checks_per_conversation, S) == identity.TooManyChecks(
        S.email_code_ttl)
    assert identity.account_may_receive(0, 0, S) == identity.Allowed()
    assert identity.account_may_receive(S.email_code_failures_per_account, 0, S) is identity.Silent.BLOCKED
    assert identity.account_may_receive(0, S.identity_emails_per_account, S) is identity.Silent.THROTTLED
    assert identity.alerts(S.email_code_failures_per_account, S)
    assert not identity.alerts(S.email_code_failures_per_account + 1, S)  # told once


def test_the_hourly_email_cap_says_when_the_next_code_may_go():
    # the oldest of the hour's codes leaves the window: then a new one may go, not before
    assert identity.emails_retry_after(NOW - timedelta(minutes=50), NOW) == 600
    assert identity.emails_retry_after(NOW - timedelta(minutes=59, seconds=59.5), NOW) == 1
    assert identity.emails_retry_after(NOW - timedelta(hours=2), NOW) == 1


def test_identity_code_usable():
    fresh = identity.expires_at(NOW, S)
    assert identity.check_usable(True, False, fresh, 0, NOW, S) is None
    assert identity.check_usable(False, False, None, 0, NOW, S) is identity.CheckRefused.NO_CHECK
    assert identity.check_usable(True, True, fresh, 0, NOW, S) is identity.CheckRefused.NO_CHECK
    assert identity.check_usable(True, False, NOW, 0, NOW, S) is identity.CheckRefused.EXPIRED
    assert identity.check_usable(True, False, fresh, S.email_code_max_tries, NOW, S) is \
        identity.CheckRefused.TOO_MANY_ATTEMPTS
    assert identity.still_fresh(ago(S.identity_ttl - 1), NOW, S)
    assert not identity.still_fresh(ago(S.identity_ttl), NOW, S)


# --------------------------------------------------------------------------- tickets

@pytest.mark.parametrize("ident,allowed", [
    (Identity(1, "s", second_factor=True), True),
    (Identity(1, "s", email_code=True), True),
    (Identity(1, "s"), False),
    (Identity(1, email_code=True), False),
    (Identity(None), False),
])
def test_reset_ticket_needs_recovery_level_identity(ident, allowed):
    gate = tickets.may_open(ident)
    assert isinstance(gate, tickets.Allowed) is allowed
    if not allowed:
        assert gate.missing == ident.missing_for_reset


def test_ticket_gates_and_inputs():
    assert tickets.may_list("complete") and tickets.may_list("locked")
    assert not tickets.may_list("second_factor") and not tickets.may_list("offer")
    assert tickets.valid_reason("lost_phone") and not tickets.valid_reason("because")
    assert tickets.refusal_reason("  no proof  ") == "no proof"
    assert tickets.refusal_reason("a\x00b") is None and tickets.refusal_reason(" ") is None
    assert tickets.normalize_number(" t-abc123 ") == "T-ABC123" and tickets.normalize_number(1) is None


# --------------------------------------------------------------------------- handoffs


def test_the_reason_the_queue_shows():
    r = handoffs.reason_for_agent
    # a new handoff: a topic stays; "I asked" gives way to what the account shows
    assert r("sms_limit", True, True) == "sms_limit"
    assert r("customer_request", True, True) == "account_locked"
    assert r("not_understood", False, True) == "reset_ticket_open"
    assert r("customer_request", False, False) == "customer_request"
    # asked again from another chat: a reason that names something stays, a generic one
    # gives way to the new chat's topic, else to the account's state
    assert r("phone_changed", False, False, current="sms_limit") == "sms_limit"
    assert r("phone_changed", False, False, current="customer_request") == "phone_changed"
    assert r("customer_request", True, False, current="not_understood") == "account_locked"
    assert r("other", False, False, current="not_understood") == "not_understood"
    # a topic the lock explains gives way to it (forty-eighth outsider check, F14: a locked
    # customer's handoff read "SMS never received"); one it does not explain stays
    assert r("sms_not_received", True, False) == "account_locked"
    assert r("code_rejected", True, True) == "account_locked"
    assert r("customer_request", True, False, current="sms_not_received") == "account_locked"
    assert r("phone_changed", True, False) == "phone_changed"
    assert r("sms_not_received", False, False) == "sms_not_received"


def test_handoff_inputs_and_closing():
    assert handoffs.language("en") == "en" and handoffs.language("de") == "fr"
    assert handoffs.reason("x" * 65) == "request" and handoffs.reason("locked") == "locked"
    assert handoffs.normalize_reference("ab-c 123") == "ABC123"
    assert handoffs.normalize_reference("../x") is None
    assert handoffs.closing("other", " ") == handoffs.Invalid("invalid_note",
                                                              "Say in the note what happened (outcome: other).")
    assert handoffs.closing("no_answer", None) == handoffs.Closing("no_answer", None)
    assert isinstance(handoffs.closing("lost", None), handoffs.Invalid)
    assert handoffs.take_refusal("open", None, "ana") is None
    assert handoffs.take_refusal("taken", "ana", "bob") == "This handoff is already taken by ana."
    assert handoffs.take_refusal("taken", "ana", "ana") is None  # a double click (F10)
    assert handoffs.take_refusal("closed", "ana", "ana") == "This handoff is already closed."
    assert handoffs.waiting_seconds(ago(90), None, None, NOW) == 90
    assert handoffs.waiting_seconds(ago(90), ago(30), None, NOW) == 60
