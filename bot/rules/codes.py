"""The second factor's codes on a pending challenge: send or resend an SMS, switch method,
verify a code. Each use case: load, decide (bot/core), save in one transaction on the
database's threads, then call the SMS provider or email the account after the commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot import clock
from bot.core import lockout, sms, totp
from bot.models import Challenge, PortalSession, SmsSend, User
from bot.rules import audit, devices, notices, sessions
from bot.rules.context import Context, RuleError
from bot.rules.throttle import (
    Claim,
    claim_try,
    ensure_can_try,
    locked_error,
    record_failure,
    record_success,
    release_try,
)
from bot.security import mask_phone, normalize_code
from bot.senders.base import SmsError

# --------------------------------------------------------------------------- sending


@dataclass(frozen=True)
class _Reserved:
    send_id: int
    challenge_id: str
    user_id: int
    phone: str
    language: str


async def send_code(ctx: Context, challenge_id: str) -> dict:
    """Send (or resend) the SMS code of a pending challenge: the cooldown and the cap
    (bot/core/sms.py) are checked and the send reserved atomically *before* the provider is
    called, so that parallel requests cannot both send, and a send is never retried blindly."""
    now = clock.now()
    r = await ctx.unit(_reserve_send, ctx, challenge_id, now)
    try:
        outcome = await ctx.sms.send(challenge_id=challenge_id, phone=r.phone, language=r.language)
    except SmsError as err:
        await ctx.unit(_send_failed, ctx, r, err.kind)
        raise _sms_refusal(ctx, err) from err
    wait = await ctx.unit(_send_succeeded, ctx, r, outcome.code_hash, now)
    return {
        "sent": True,
        "retry_after": wait,
        "masked_phone": mask_phone(r.phone),
    }


async def send_unless_cooling_down(ctx: Context, challenge_id: str) -> None:
    """Send the first code of a new challenge (a number typed again at enrollment). Within
    the account's cooldown nothing is sent and the step still succeeds: the popup counts
    down to "Renvoyer" (`resend_in`). Any other refusal (the cap, a number the provider
    rejects) is the customer's to read, so it is raised."""
    try:
        await send_code(ctx, challenge_id)
    except RuleError as err:
        if err.error != "cooldown":
            raise


def _reserve_send(ctx: Context, challenge_id: str, now: datetime) -> _Reserved:
    with ctx.db.session() as s:
        ch = s.get(Challenge, challenge_id)
        if ch is None or ch.completed_at or ch.cancelled_at or ch.method != "sms" or not ch.phone:
            raise RuleError(409, "no_pending_sms", "There is no SMS code waiting to be sent.")
        user = s.get(User, ch.user_id)
        if user.locked_at is not None:
            raise locked_error()
        decision = sessions.send_decision(s, ctx, ch, now)
        _refuse_unless_allowed(ctx, decision, sessions.switch_targets(user, ch))
        _claim(s, ctx, ch, now)
        row = SmsSend(
            user_id=user.id,
            challenge_id=ch.id,
            sent_at=now,
            outcome="pending",
            phone_hash=sessions.phone_hash(ctx, ch.phone),
        )
        s.add(row)
        s.flush()
        return _Reserved(row.id, ch.id, user.id, ch.phone, user.language)


def _refuse_unless_allowed(
    ctx: Context, decision: sms.Allowed | sms.Cooldown | sms.SendCap, can_switch: list[str]
) -> None:
    """At the cap, the refusal says which other methods the login may use: an account with
    the SMS only cannot be told to "try another method" (outsider check of 2026-12-01)."""
    st = ctx.settings
    if isinstance(decision, sms.Cooldown):
        raise RuleError.retry_later(
            "cooldown",
            f"A code was sent less than {st.resend_cooldown} s ago.",
            retry_after=decision.seconds,
        )
    if isinstance(decision, sms.SendCap):
        raise RuleError.retry_later(
            "send_limit",
            f"At most {st.sms_max_per_window} SMS in {st.sms_window // 60} minutes.",
            retry_after=decision.seconds,
            can_switch=can_switch,
        )


def _claim(s: Session, ctx: Context, ch: Challenge, now: datetime) -> None:
    """The atomic half of the cooldown, on the account's row: of two parallel requests, even
    on two challenges (enrolling twice at once), one updates it; the other waits."""
    cutoff = now - timedelta(seconds=ctx.settings.resend_cooldown)
    won = (
        s.execute(
            update(User)
            .where(
                User.id == ch.user_id,
                (User.last_sms_at.is_(None)) | (User.last_sms_at <= cutoff),
            )
            .values(last_sms_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount
        == 1
    )
    if not won:
        raise RuleError.retry_later(
            "cooldown", "A code was just sent.", retry_after=ctx.settings.resend_cooldown
        )
    ch.last_sent_at = now


def _send_failed(ctx: Context, r: _Reserved, kind: str) -> None:
    with ctx.db.session() as s:
        s.get(SmsSend, r.send_id).outcome = kind
        audit.record(s, r.user_id, "system", "sms_failed", outcome=kind)


def _sms_refusal(ctx: Context, err: SmsError) -> RuleError:
    """What the customer is told when the provider refused the send."""
    if err.kind == "send_limit":
        return RuleError.retry_later(
            "send_limit",
            "Too many SMS were sent to this number: wait before asking again.",
            retry_after=err.retry_after or ctx.settings.sms_window,
        )
    if err.kind == "rate_limited":
        return RuleError.retry_later(
            "rate_limited",
            "The SMS service is busy: try again shortly.",
            retry_after=err.retry_after or 60,
        )
    if err.kind == "invalid_number":
        return RuleError(400, "invalid_phone", "This phone number cannot receive SMS.")
    return RuleError(
        502,
        "sms_unavailable",
        "The SMS could not be sent: try again later or use the authenticator app.",
    )


def _send_succeeded(ctx: Context, r: _Reserved, code_hash: str | None, now: datetime) -> int:
    """Records the send; the seconds before « Renvoyer » can send again, the cooldown's or the
    cap's, whichever is longer: "you can ask for another in 60 seconds" after the window's
    fifth SMS was a promise the cap then broke for 6 minutes (sixty-sixth outside check, F3)."""
    with ctx.db.session() as s:
        s.get(SmsSend, r.send_id).outcome = "sent"
        ch = s.get(Challenge, r.challenge_id)
        ch.code_hash = code_hash
        ch.code_expires_at = sms.code_expires_at(now, ctx.settings)
        audit.record(
            s, r.user_id, "system", "sms_sent", masked_phone=mask_phone(r.phone), purpose=ch.purpose
        )
        s.flush()
        wait = sms.wait_seconds(sessions.send_decision(s, ctx, ch, now))
        return max(wait, ctx.settings.resend_cooldown)


async def resend(ctx: Context, session_id: str) -> dict:
    """ "Renvoyer"."""
    return await send_code(ctx, await ctx.unit(_pending_sms, ctx, session_id))


def _pending_sms(ctx: Context, session_id: str) -> str:
    with ctx.db.session() as s:
        ps, _ = sessions.session_by_id(s, session_id)
        ch = sessions.pending_in_second_factor(s, ps)
        if ch is None or ch.method != "sms" or not ch.phone:
            raise RuleError(
                409, "no_pending_sms", "There is no SMS code waiting: nothing to resend."
            )
        return ch.id


# --------------------------------------------------------------------------- switching


async def switch_method(
    ctx: Context,
    session_id: str,
    method: object,
    actor: str = "customer",
    language: object = None,
) -> dict:
    """ "Essayer une autre méthode": only for the person who passed the password step of this
    session, only while a challenge is pending. At login, only to a factor already enrolled."""
    if method not in sessions.METHODS:
        raise RuleError(400, "invalid_method", "method must be 'sms' or 'totp'.")
    new_id, purpose, phone, notify = await ctx.unit(_switch, ctx, session_id, method, actor)
    sent = await _send_quietly(ctx, new_id) if (method == "sms" and phone) else None
    if notify:
        user = await ctx.unit(sessions.user_of, ctx, session_id)
        await notices.tell(ctx, user, "method_switched", language=language, method=method)
    next_step = (
        "open_portal_popup"
        if method == "totp"
        else "code_sent"
        if sent and sent.get("sent")
        else "enter_phone_in_portal"
    )
    return {"method": method, "purpose": purpose, "next_step": next_step}


def _switch(
    ctx: Context, session_id: str, method: str, actor: str
) -> tuple[str, str, str | None, bool]:
    """The new challenge, and whether to email the owner: once per METHOD_NOTICE_WINDOW
    (outsider check of 2026-12-01: 30 switches with a stolen password sent 36 emails)."""
    with ctx.db.session() as s:
        ps, user = sessions.session_by_id(s, session_id)
        ch = sessions.pending_in_second_factor(s, ps)
        if ch is None:
            raise RuleError(
                409, "no_pending_challenge", "There is no pending login or enrollment to switch."
            )
        if ch.method == method:
            raise RuleError(409, "same_method", "This method is already the one in use.")
        if method not in sessions.switch_targets(user, ch):
            raise RuleError(
                409,
                "method_not_enrolled",
                "This account has no other method: a 2FA reset ticket is needed to change it.",
            )
        phone = user.phone if (ch.purpose == "login" and method == "sms") else None
        since = clock.now() - timedelta(seconds=ctx.settings.method_notice_window)
        notify = not audit.recorded_since(s, user.id, "method_switched", since)
        new = sessions.new_challenge(s, ps, user, ch.purpose, method, phone)
        audit.record(s, user.id, actor, "method_switched", method=method, purpose=ch.purpose)
        s.flush()
        return new.id, new.purpose, phone, notify


async def _send_quietly(ctx: Context, challenge_id: str) -> dict:
    """Send, and report a refusal as data: the switch itself happened."""
    try:
        return await send_code(ctx, challenge_id)
    except RuleError as err:
        return err.body()


# --------------------------------------------------------------------------- verification


@dataclass(frozen=True)
class _Pending:
    session_id: str
    challenge_id: str
    user_id: int
    method: str
    purpose: str
    phone: str | None
    code_hash: str | None
    secret: str | None
    expired: bool
    claim: Claim


@dataclass(frozen=True)
class _Settled:
    ok: bool
    user: User
    failures: int = 0
    just_locked: bool = False
    device_token: str | None = None


async def verify(
    ctx: Context, token: str | None, raw_code: object, remember: bool
) -> tuple[dict, str | None]:
    """Check the code of the pending challenge. Returns the new view and, when asked,
    the remembered-device token ("Se souvenir de cet appareil pendant 30 jours")."""
    code = normalize_code(raw_code)
    now = clock.now()
    p = await ctx.unit(_load_pending, ctx, token, code, now)
    assert code is not None  # _load_pending refused a missing code (400 invalid_code_format)
    try:
        ok, step = await _matches(ctx, p, code, now)
    except RuleError:
        await ctx.unit(_release, ctx, p)
        raise
    settled = await ctx.unit(_settle, ctx, p, ok, step, remember, now)
    if not settled.ok:
        await _refuse(ctx, p, settled)
    if p.purpose == "enroll":
        await notices.tell(ctx, settled.user, "enrolled", method=p.method)
    return await ctx.unit(sessions.view_of, ctx, p.session_id), settled.device_token


def _release(ctx: Context, p: _Pending) -> None:
    with ctx.db.session() as s:
        release_try(s, p.user_id, p.claim)


def _load_pending(ctx: Context, token: str | None, code: str | None, now: datetime) -> _Pending:
    with ctx.db.session() as s:
        ps, user = sessions.load_session(s, ctx, token)
        ch = sessions.pending_in_second_factor(s, ps)
        if ch is None or ch.method is None or (ch.method == "sms" and not ch.phone):
            raise RuleError(409, "no_pending_challenge", "There is no code to check now.")
        if code is None:
            raise RuleError(400, "invalid_code_format", "Type the 6 digits of the code.")
        if ch.method == "sms" and not sessions.sms_code_sent(ch):
            # no SMS left for this login (the send cap, the SMS service down): no code can be
            # right, so none counts as a wrong try; "expired" would send the customer looking
            # for an SMS that never came (thirty-second outsider check, C25)
            raise RuleError(
                409,
                "no_code_sent",
                "No code has been sent for this login yet: click “Resend” when the popup"
                " allows it.",
            )
        ensure_can_try(user, now)
        claim = claim_try(s, user, now)
        secret = ch.pending_secret if ch.purpose == "enroll" else user.totp_secret
        expired = ch.method == "sms" and sms.is_expired(ch.code_expires_at, now)
        return _Pending(
            ps.id,
            ch.id,
            user.id,
            ch.method,
            ch.purpose,
            ch.phone,
            ch.code_hash,
            secret,
            expired,
            claim,
        )


async def _matches(ctx: Context, p: _Pending, code: str, now: datetime) -> tuple[bool, int | None]:
    """(right code, its TOTP step). SMS codes are checked by the provider (or the outbox)."""
    if p.method == "totp":
        assert p.secret is not None  # a totp challenge has its secret (pending or the user's)
        step = totp.matching_step(p.secret, code, now, ctx.settings.totp_valid_window)
        return step is not None, step
    if p.expired or not p.phone:
        return False, None
    try:
        return await ctx.sms.check(
            challenge_id=p.challenge_id, phone=p.phone, code=code, code_hash=p.code_hash
        ), None
    except SmsError as err:
        if err.kind == "too_many_checks":
            return False, None
        raise RuleError(
            502, "sms_unavailable", "The code could not be checked now: try again in a moment."
        ) from err


def consume_step(s: Session, user_id: int, step: int) -> bool:
    """The TOTP replay guard, atomic: record `step` as used; False if it or a newer one was
    used already (bot/core/totp.py `is_fresh`, done as `UPDATE … WHERE totp_last_step < :step`)."""
    result = s.execute(
        update(User)
        .where(User.id == user_id, User.totp_last_step < step)
        .values(totp_last_step=step)
    )
    return result.rowcount == 1


def _complete(s: Session, p: _Pending, step: int | None, now: datetime) -> bool:
    # replay guard first: a replay burns nothing (a right TOTP code always has its step)
    if (
        p.method == "totp"
        and p.purpose == "login"
        and (step is None or not consume_step(s, p.user_id, step))
    ):
        return False
    # single use: the challenge completes once, whoever races for it
    return (
        s.execute(
            update(Challenge)
            .where(
                Challenge.id == p.challenge_id,
                Challenge.completed_at.is_(None),
                Challenge.cancelled_at.is_(None),
            )
            .values(completed_at=now)
        ).rowcount
        == 1
    )


def _settle(
    ctx: Context, p: _Pending, ok: bool, step: int | None, remember: bool, now: datetime
) -> _Settled:
    """One transaction: the challenge completes and the session moves on, or the failure counts."""
    with ctx.db.session() as s:
        if ok and _complete(s, p, step, now):
            return _accepted(ctx, s, p, step, remember, now)
        return _failed(ctx, s, p, now)


def _failed(ctx: Context, s: Session, p: _Pending, now: datetime) -> _Settled:
    failures, just_locked = record_failure(s, p.user_id, now, ctx.settings.lock_threshold)
    audit.record(
        s,
        p.user_id,
        "customer",
        "code_refused",
        method=p.method,
        purpose=p.purpose,
        failures=failures,
    )
    if just_locked:
        audit.record(s, p.user_id, "system", "locked", failures=failures)
        s.get(PortalSession, p.session_id).stage = "locked"
    return _Settled(False, s.get(User, p.user_id), failures, just_locked)


def _accepted(
    ctx: Context, s: Session, p: _Pending, step: int | None, remember: bool, now: datetime
) -> _Settled:
    record_success(s, p.user_id)
    user = s.get(User, p.user_id)
    ps = s.get(PortalSession, p.session_id)
    if p.purpose == "enroll":
        _enroll(s, user, p, step, now)
    else:
        ps.second_factor_at = now  # assurance password+2fa (bot/core/assurance.py)
        audit.record(s, user.id, "customer", "login_verified", method=p.method)
    ps.stage = "complete"
    token = devices.remember(s, ctx.settings, user, now) if remember else None
    return _Settled(True, user, device_token=token)


def _enroll(s: Session, user: User, p: _Pending, step: int | None, now: datetime) -> None:
    """The first right code binds the factor; a new factor forgets every remembered device."""
    user.method, user.enrolled_at, user.enroll_requested = p.method, now, False
    user.factor_version = (user.factor_version or 1) + 1
    if p.method == "totp":
        user.totp_secret, user.totp_last_step = p.secret, step  # the enrollment code counts as used
    else:
        user.phone = p.phone
    devices.revoke_all(s, user.id, now)
    audit.record(
        s, user.id, "customer", "enrolled", method=p.method, masked_phone=mask_phone(p.phone)
    )


async def _refuse(ctx: Context, p: _Pending, settled: _Settled) -> None:
    """A wrong (or expired, or replayed) code: the lock, or how many tries are left."""
    if settled.just_locked:
        await notices.tell(ctx, settled.user, "locked", failures=settled.failures)
        raise locked_error()
    left = lockout.attempts_left(settled.failures, ctx.settings.lock_threshold)
    err = "code_expired" if p.expired else "invalid_code"
    msg = (
        "This code has expired: ask for a new one with “Renvoyer”."
        if p.expired
        else "This code is not valid."
    )
    raise RuleError(
        400, err, msg, attempts_left=left, retry_after=lockout.backoff_seconds(settled.failures)
    )
