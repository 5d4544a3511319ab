"""The customer's 2FA journey on the portal, as the help article describes it.

Stages of a portal session (what the popup shows):
    offer          not enrolled, within the 28 days: "Oui, je veux utiliser la double
                   authentification lors de ma prochaine connexion (recommandé)" or
                   "Non, pas maintenant"
    choose         choose the method ("Google Authenticator ou similaire" / "SMS"): after
                   "Oui" and a new login (article, step 4), or once the deadline has passed
    second_factor  a pending challenge: a login code, or the first code of an enrollment
    locked         too many wrong codes; only support unlocks
    complete       the home page
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot import clock
from bot.models import Challenge, PortalSession, RememberedDevice, SmsSend, User
from bot.rules import audit, login_guard, totp
from bot.rules.context import Context, RuleError
from bot.rules.grace import deadline_local_date, fix_deadline, grace_of
from bot.rules.throttle import ensure_can_try, record_failure, record_success
from bot.security import (
    MAX_PASSWORD, keyed_hash, mask_phone, normalize_code, normalize_email, normalize_phone,
    random_token, verify_password,
)
from bot.senders.base import SmsError

METHODS = ("sms", "totp")


# --------------------------------------------------------------------------- sessions

def _session_hash(ctx: Context, token: str) -> str:
    return keyed_hash(ctx.settings.signing_key, "portal-session", token)


def load_session(s: Session, ctx: Context, token: str | None) -> tuple[PortalSession, User]:
    if not token or len(token) > 128:
        raise RuleError(401, "not_logged_in", "Log in first.")
    ps = s.execute(select(PortalSession).where(PortalSession.token_hash == _session_hash(ctx, token))).scalar_one_or_none()
    if ps is None or ps.revoked_at is not None or ps.expires_at <= clock.now():
        raise RuleError(401, "not_logged_in", "Your session has ended: log in again.")
    return ps, s.get(User, ps.user_id)


def session_by_id(s: Session, session_id: str) -> tuple[PortalSession, User]:
    ps = s.get(PortalSession, session_id)
    if ps is None or ps.revoked_at is not None or ps.expires_at <= clock.now():
        raise RuleError(401, "session_required", "The portal session has ended: log in again on the portal.")
    return ps, s.get(User, ps.user_id)


def pending_challenge(s: Session, session_id: str) -> Challenge | None:
    return s.execute(
        select(Challenge).where(Challenge.session_id == session_id, Challenge.completed_at.is_(None),
                                Challenge.cancelled_at.is_(None)).order_by(Challenge.created_at.desc())
    ).scalars().first()


def _device_valid(s: Session, ctx: Context, user: User, device_token: str | None, now: datetime) -> bool:
    if not device_token or len(device_token) > 128:
        return False
    dev = s.execute(select(RememberedDevice).where(
        RememberedDevice.token_hash == keyed_hash(ctx.settings.signing_key, "device", device_token))).scalar_one_or_none()
    return (dev is not None and dev.user_id == user.id and dev.revoked_at is None and dev.expires_at > now
            and dev.factor_version == user.factor_version)


def revoke_devices(s: Session, user_id: int, now: datetime) -> None:
    s.execute(update(RememberedDevice).where(RememberedDevice.user_id == user_id, RememberedDevice.revoked_at.is_(None))
              .values(revoked_at=now))


def _new_challenge(s: Session, ps: PortalSession, user: User, purpose: str, method: str | None,
                   phone: str | None = None) -> Challenge:
    now = clock.now()
    s.execute(update(Challenge).where(Challenge.session_id == ps.id, Challenge.completed_at.is_(None),
                                      Challenge.cancelled_at.is_(None)).values(cancelled_at=now))
    ch = Challenge(id=str(uuid.uuid4()), user_id=user.id, session_id=ps.id, purpose=purpose, method=method,
                   phone=phone, created_at=now,
                   pending_secret=totp.new_secret() if (purpose == "enroll" and method == "totp") else None)
    s.add(ch)
    return ch


# --------------------------------------------------------------------------- the view

def view(ctx: Context, s: Session, ps: PortalSession, user: User) -> dict:
    """What the portal popup shows for this session (never a secret, except the QR code of
    an enrollment in progress, which is the point of that step)."""
    now = clock.now()
    g = grace_of(user, now, ctx.settings)
    out = {
        "stage": ps.stage, "email": user.email, "name": user.name, "language": user.language,
        "enrolled": user.method is not None, "method": user.method,
        "deadline": deadline_local_date(user, ctx.settings), "days_left": g.days_left,
        "grace_expired": g.expired, "can_postpone": ps.stage == "offer" and g.can_postpone,
        "locked": user.locked_at is not None, "challenge": None,
    }
    if ps.stage == "second_factor":
        ch = pending_challenge(s, ps.id)
        if ch is not None:
            c = {"purpose": ch.purpose, "method": ch.method, "masked_phone": mask_phone(ch.phone),
                 # False when no SMS could go out (the send cap, the SMS service down): the
                 # popup must not say "a code was sent"
                 "code_sent": ch.method == "sms" and ch.code_hash is not None,
                 "needs_phone": ch.method == "sms" and not ch.phone,
                 "can_switch": _switch_targets(user, ch),
                 "resend_in": _cooldown_left(ctx, ch, now) if ch.method == "sms" and ch.phone else None}
            if ch.purpose == "enroll" and ch.method == "totp":
                uri = totp.provisioning_uri(ch.pending_secret, user.email, ctx.settings.totp_issuer)
                c["qr_svg"] = totp.qr_svg(uri)
            out["challenge"] = c
    return out


def _cooldown_left(ctx: Context, ch: Challenge, now: datetime) -> int:
    if ch.last_sent_at is None:
        return 0
    left = (ch.last_sent_at + timedelta(seconds=ctx.settings.resend_cooldown) - now).total_seconds()
    return max(0, int(left + 0.999))


def _switch_targets(user: User, ch: Challenge) -> list[str]:
    others = [m for m in METHODS if m != ch.method]
    if ch.purpose == "enroll":
        return others
    # at login, only to a factor the account holds already (adding one needs a ticket)
    return [m for m in others if (m == "sms" and user.phone) or (m == "totp" and user.totp_secret)]


# --------------------------------------------------------------------------- login

async def login(ctx: Context, email: object, password: object, device_token: str | None,
                client_ip: str = "") -> tuple[str, dict]:
    """The password step. The throttles, argon2 and the unit of work run on the context's
    thread pool (`ctx.blocking`), so a burst of logins never stalls the event loop."""
    if not isinstance(password, str) or not password or len(password) > MAX_PASSWORD:
        raise RuleError(400, "invalid_request", "Give your email address and your password.")
    typed = email if isinstance(email, str) else ""
    token, session_id, challenge_id = await ctx.blocking(_password_step, ctx, typed, password, device_token,
                                                         client_ip)
    if challenge_id is not None:
        try:
            await send_code(ctx, challenge_id)
        except RuleError:
            pass  # the popup shows when a code can be asked again ("Renvoyer")
    with ctx.db.session() as s:
        ps, user = session_by_id(s, session_id)
        return token, view(ctx, s, ps, user)


def _password_step(ctx: Context, typed: str, password: str, device_token: str | None,
                   client_ip: str) -> tuple[str, str, str | None]:
    """Throttle, check the password, open the session. Returns (cookie token, session id,
    id of a login challenge waiting for an SMS)."""
    email_n = normalize_email(typed)
    now = clock.now()
    attempt = login_guard.subjects(ctx.settings, "customer", email_n or typed, client_ip)
    with ctx.db.session() as s:
        attempt = login_guard.begin(s, ctx.settings, attempt, now)
        user = s.execute(select(User).where(User.email == email_n)).scalar_one_or_none() if email_n else None
        if not verify_password(user.password_hash if user else None, password):
            raise RuleError(401, "invalid_credentials", "Wrong email or password.")
        login_guard.succeeded(s, ctx.settings, attempt, now)
        token = random_token()
        ps, ch = _open_session(s, ctx, user, token, device_token, now)
        return token, ps.id, ch.id if ch is not None and ch.method == "sms" else None


def _open_session(s: Session, ctx: Context, user: User, token: str, device_token: str | None,
                  now: datetime) -> tuple[PortalSession, Challenge | None]:
    """The session after a right password, at the stage the 2FA rules say."""
    fix_deadline(user, now, ctx.settings)
    g = grace_of(user, now, ctx.settings)
    ps = PortalSession(id=str(uuid.uuid4()), token_hash=_session_hash(ctx, token), user_id=user.id, stage="complete",
                       created_at=now, expires_at=now + timedelta(seconds=ctx.settings.portal_session_ttl))
    s.add(ps)
    ch = None
    if user.locked_at is not None:
        ps.stage = "locked"
    elif user.method is not None:
        if not _device_valid(s, ctx, user, device_token, now):
            ps.stage = "second_factor"
            ch = _new_challenge(s, ps, user, "login", user.method, user.phone)
    elif g.mandatory:
        ps.stage = "choose" if (user.enroll_requested or g.expired) else "offer"
    audit.record(s, user.id, "customer", "login", stage=ps.stage)
    s.flush()
    return ps, ch


def current(ctx: Context, token: str | None) -> dict:
    with ctx.db.session() as s:
        ps, user = load_session(s, ctx, token)
        return view(ctx, s, ps, user)


def logout(ctx: Context, token: str | None) -> None:
    with ctx.db.session() as s:
        try:
            ps, _ = load_session(s, ctx, token)
        except RuleError:
            return
        ps.revoked_at = clock.now()


def postpone(ctx: Context, token: str | None) -> dict:
    """"Non, pas maintenant": the home page, the deadline untouched."""
    with ctx.db.session() as s:
        ps, user = load_session(s, ctx, token)
        g = grace_of(user, clock.now(), ctx.settings)
        if ps.stage != "offer" or not g.can_postpone:
            raise RuleError(409, "postpone_unavailable",
                            "The 28 days are over: two-factor authentication must be enabled now.")
        ps.stage = "complete"
        user.postponed_count = (user.postponed_count or 0) + 1
        audit.record(s, user.id, "customer", "postponed")
        return view(ctx, s, ps, user)


def accept_offer(ctx: Context, token: str | None) -> dict:
    """"Oui, je veux utiliser la double authentification…" then "Continuer": as in the
    article, the customer logs in again and then chooses the method."""
    with ctx.db.session() as s:
        ps, user = load_session(s, ctx, token)
        if ps.stage != "offer":
            raise RuleError(409, "wrong_step", "This step is not the enrollment offer.")
        user.enroll_requested = True
        ps.revoked_at = clock.now()
        audit.record(s, user.id, "customer", "enroll_requested")
        return {"stage": "login_again"}


# --------------------------------------------------------------------------- enrollment

async def start_enrollment(ctx: Context, token: str | None, method: object, phone: object = None) -> dict:
    """Choose the method (and, for SMS, give the number), at the `choose` stage or while
    an enrollment is pending (the phone entry after "SMS")."""
    if method not in METHODS:
        raise RuleError(400, "invalid_method", "method must be 'sms' or 'totp'.")
    phone_n = None
    if method == "sms" and phone not in (None, ""):
        phone_n = normalize_phone(phone)
        if phone_n is None:
            raise RuleError(400, "invalid_phone", "Give a valid mobile number in international format, e.g. +33 6 12 34 56 78.")
    with ctx.db.session() as s:
        ps, user = load_session(s, ctx, token)
        ch = pending_challenge(s, ps.id) if ps.stage == "second_factor" else None
        if ps.stage != "choose" and not (ch is not None and ch.purpose == "enroll"):
            raise RuleError(409, "wrong_step", "Enrollment is not the current step.")
        ch = _new_challenge(s, ps, user, "enroll", method, phone_n)
        ps.stage = "second_factor"
        audit.record(s, user.id, "customer", "enroll_started", method=method, masked_phone=mask_phone(phone_n))
        s.flush()
        challenge_id, session_id = ch.id, ps.id
    if method == "sms" and phone_n:
        await send_code(ctx, challenge_id)
    with ctx.db.session() as s:
        ps, user = session_by_id(s, session_id)
        return view(ctx, s, ps, user)


# --------------------------------------------------------------------------- SMS sending

async def send_code(ctx: Context, challenge_id: str) -> dict:
    """Send (or resend) the SMS code of a pending challenge: 60 s cooldown and at most 5 SMS
    per account per 10 minutes, reserved atomically *before* the send so that parallel
    requests cannot both send, and never retried blindly."""
    st = ctx.settings
    now = clock.now()
    with ctx.db.session() as s:
        ch = s.get(Challenge, challenge_id)
        if ch is None or ch.completed_at or ch.cancelled_at or ch.method != "sms" or not ch.phone:
            raise RuleError(409, "no_pending_sms", "There is no SMS code waiting to be sent.")
        user = s.get(User, ch.user_id)
        if user.locked_at is not None:
            raise RuleError(423, "locked", "Too many wrong codes: this account is locked. Only support can unlock it.")
        left = _cooldown_left(ctx, ch, now)
        if left:
            raise RuleError(429, "cooldown", f"A code was sent less than {st.resend_cooldown} s ago.", retry_after=left)
        window_start = now - timedelta(seconds=st.sms_window)
        sent = s.execute(select(func.count(), func.min(SmsSend.sent_at)).where(
            SmsSend.user_id == user.id, SmsSend.sent_at > window_start)).one()
        if sent[0] >= st.sms_max_per_window:
            retry = int((sent[1] + timedelta(seconds=st.sms_window) - now).total_seconds() + 0.999)
            raise RuleError(429, "send_limit", f"At most {st.sms_max_per_window} SMS in {st.sms_window // 60} minutes.",
                            retry_after=max(retry, 1))
        cutoff = now - timedelta(seconds=st.resend_cooldown)
        won = s.execute(update(Challenge).where(
            Challenge.id == ch.id, (Challenge.last_sent_at.is_(None)) | (Challenge.last_sent_at <= cutoff)
        ).values(last_sent_at=now)).rowcount == 1
        if not won:
            raise RuleError(429, "cooldown", "A code was just sent.", retry_after=st.resend_cooldown)
        send_row = SmsSend(user_id=user.id, challenge_id=ch.id, sent_at=now, outcome="pending")
        s.add(send_row)
        s.flush()
        send_id, phone, lang, user_id = send_row.id, ch.phone, user.language, user.id
    try:
        outcome = await ctx.sms.send(challenge_id=challenge_id, phone=phone, language=lang)
    except SmsError as err:
        with ctx.db.session() as s:
            s.get(SmsSend, send_id).outcome = err.kind
            audit.record(s, user_id, "system", "sms_failed", outcome=err.kind)
        if err.kind == "send_limit":
            raise RuleError(429, "send_limit", "Too many SMS were sent to this number: wait before asking again.",
                            retry_after=err.retry_after or st.sms_window)
        if err.kind == "rate_limited":
            raise RuleError(429, "rate_limited", "The SMS service is busy: try again shortly.",
                            retry_after=err.retry_after or 60)
        if err.kind == "invalid_number":
            raise RuleError(400, "invalid_phone", "This phone number cannot receive SMS.")
        raise RuleError(502, "sms_unavailable", "The SMS could not be sent: try again later or use the authenticator app.")
    with ctx.db.session() as s:
        s.get(SmsSend, send_id).outcome = "sent"
        ch = s.get(Challenge, challenge_id)
        ch.code_hash = outcome.code_hash
        ch.code_expires_at = now + timedelta(seconds=st.sms_code_ttl)
        audit.record(s, user_id, "system", "sms_sent", masked_phone=mask_phone(phone), purpose=ch.purpose)
    return {"sent": True, "retry_after": st.resend_cooldown, "masked_phone": mask_phone(phone)}


async def resend(ctx: Context, session_id: str) -> dict:
    with ctx.db.session() as s:
        ps, _ = session_by_id(s, session_id)
        ch = pending_challenge(s, ps.id) if ps.stage == "second_factor" else None
        if ch is None or ch.method != "sms" or not ch.phone:
            raise RuleError(409, "no_pending_sms", "There is no SMS code waiting: nothing to resend.")
        challenge_id = ch.id
    return await send_code(ctx, challenge_id)


# --------------------------------------------------------------------------- switching

async def switch_method(ctx: Context, session_id: str, method: object, actor: str = "customer") -> dict:
    """"Essayer une autre méthode": only for the person who passed the password step of this
    session, only while a challenge is pending. At login, only to a factor already enrolled."""
    if method not in METHODS:
        raise RuleError(400, "invalid_method", "method must be 'sms' or 'totp'.")
    with ctx.db.session() as s:
        ps, user = session_by_id(s, session_id)
        ch = pending_challenge(s, ps.id) if ps.stage == "second_factor" else None
        if ch is None:
            raise RuleError(409, "no_pending_challenge", "There is no pending login or enrollment to switch.")
        if ch.method == method:
            raise RuleError(409, "same_method", "This method is already the one in use.")
        if method not in _switch_targets(user, ch):
            raise RuleError(409, "method_not_enrolled",
                            "This account has no other method: a 2FA reset ticket is needed to change it.")
        phone = user.phone if (ch.purpose == "login" and method == "sms") else None
        new = _new_challenge(s, ps, user, ch.purpose, method, phone)
        audit.record(s, user.id, actor, "method_switched", method=method, purpose=ch.purpose)
        s.flush()
        new_id, purpose = new.id, new.purpose
    sent = None
    if method == "sms" and phone:
        try:
            sent = await send_code(ctx, new_id)
        except RuleError as err:
            sent = err.body()
    with ctx.db.session() as s:
        ps, user = session_by_id(s, session_id)
        await _notify(ctx, user, "method_switched", method=method)
    next_step = "open_portal_popup" if method == "totp" else ("code_sent" if sent and sent.get("sent") else "enter_phone_in_portal")
    return {"method": method, "purpose": purpose, "next_step": next_step}


async def _notify(ctx: Context, user: User, kind: str, **values) -> None:
    coro = audit.notify(ctx, user, kind, **values)
    if coro is not None:
        await coro


# --------------------------------------------------------------------------- verification

async def verify(ctx: Context, token: str | None, raw_code: object, remember: bool) -> tuple[dict, str | None]:
    """Check the code of the pending challenge. Returns the new view and, when asked,
    the remembered-device token ("Se souvenir de cet appareil pendant 30 jours")."""
    code = normalize_code(raw_code)
    now = clock.now()
    with ctx.db.session() as s:
        ps, user = load_session(s, ctx, token)
        ch = pending_challenge(s, ps.id) if ps.stage == "second_factor" else None
        if ch is None or ch.method is None or (ch.method == "sms" and not ch.phone):
            raise RuleError(409, "no_pending_challenge", "There is no code to check now.")
        if code is None:
            raise RuleError(400, "invalid_code_format", "Type the 6 digits of the code.")
        ensure_can_try(user, now)
        session_id, ch_id, user_id = ps.id, ch.id, user.id
        method, purpose, phone, code_hash = ch.method, ch.purpose, ch.phone, ch.code_hash
        secret = ch.pending_secret if purpose == "enroll" else user.totp_secret
        expired = method == "sms" and (ch.code_expires_at is None or ch.code_expires_at <= now)
    ok, step = False, None
    if method == "totp":
        step = totp.matching_step(secret, code, now, ctx.settings.totp_valid_window)
        ok = step is not None
    elif not expired and phone:
        try:
            ok = await ctx.sms.check(challenge_id=ch_id, phone=phone, code=code, code_hash=code_hash)
        except SmsError as err:
            if err.kind == "too_many_checks":
                ok = False
            else:
                raise RuleError(502, "sms_unavailable", "The code could not be checked now: try again in a moment.")
    device_token = None
    with ctx.db.session() as s:
        if ok and method == "totp" and purpose == "login":
            ok = totp.consume_step(s, user_id, step)  # replay guard first: a replay burns nothing
        if ok:
            # single use: the challenge completes once, whoever races for it
            ok = s.execute(update(Challenge).where(Challenge.id == ch_id, Challenge.completed_at.is_(None),
                                                   Challenge.cancelled_at.is_(None))
                           .values(completed_at=now)).rowcount == 1
        if not ok:
            failures, just_locked = record_failure(s, user_id, now, ctx.settings.lock_threshold)
            user = s.get(User, user_id)
            audit.record(s, user_id, "customer", "code_refused", method=method, purpose=purpose, failures=failures)
            if just_locked:
                audit.record(s, user_id, "system", "locked", failures=failures)
                ps = s.get(PortalSession, session_id)
                ps.stage = "locked"
        else:
            record_success(s, user_id)
            user = s.get(User, user_id)
            ps = s.get(PortalSession, session_id)
            if purpose == "enroll":
                user.method, user.enrolled_at, user.enroll_requested = method, now, False
                user.factor_version = (user.factor_version or 1) + 1
                if method == "totp":
                    user.totp_secret, user.totp_last_step = secret, step  # the enrollment code counts as used
                else:
                    user.phone = phone
                revoke_devices(s, user_id, now)
                audit.record(s, user_id, "customer", "enrolled", method=method, masked_phone=mask_phone(phone))
            else:
                ps.second_factor_at = now  # assurance password+2fa (bot/rules/assurance.py)
                audit.record(s, user_id, "customer", "login_verified", method=method)
            ps.stage = "complete"
            if remember:
                device_token = random_token()
                s.add(RememberedDevice(user_id=user_id, token_hash=keyed_hash(ctx.settings.signing_key, "device", device_token),
                                       factor_version=user.factor_version, created_at=now,
                                       expires_at=now + timedelta(days=ctx.settings.remember_days)))
    if not ok:
        if just_locked:
            await _notify(ctx, user, "locked", failures=failures)
            raise RuleError(423, "locked", "Too many wrong codes: this account is locked. Only support can unlock it.")
        left = max(ctx.settings.lock_threshold - failures, 0)
        err = "code_expired" if expired else "invalid_code"
        msg = "This code has expired: ask for a new one with “Renvoyer”." if expired else "This code is not valid."
        raise RuleError(400, err, msg, attempts_left=left, retry_after=2 ** (failures - 1))
    if purpose == "enroll":
        await _notify(ctx, user, "enrolled", method=method)
    with ctx.db.session() as s:
        ps, user = session_by_id(s, session_id)
        return view(ctx, s, ps, user), device_token
