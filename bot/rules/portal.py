"""The customer's 2FA journey on the portal, as the help article describes it: log in, the
offer ("Oui…" / "Non, pas maintenant"), enrollment, "Mes demandes". The stages are described
in bot/rules/sessions.py; the codes (send, switch, verify) in bot/rules/codes.py.

Each use case loads, decides with bot/core, saves in one transaction on the database's
threads (`ctx.unit`), then sends after the commit. The password hash runs on the hashing pool
(`ctx.blocking`), so a burst of logins never stalls the event loop nor queues the other
customers' requests behind it.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import clock, tokens
from bot.core import grace, tickets
from bot.models import Challenge, PortalSession, User
from bot.rules import audit, codes, devices, login_guard, sessions, support
from bot.rules.context import Context, RuleError
from bot.security import (
    MAX_PASSWORD,
    mask_phone,
    normalize_email,
    normalize_phone,
    random_token,
    verify_password,
)

# --------------------------------------------------------------------------- login


async def login(
    ctx: Context, email: object, password: object, device_token: str | None, client_ip: str = ""
) -> tuple[str, dict]:
    """The password step: throttle (recorded before the check), argon2, open the session at
    the stage the 2FA rules say, and send the login SMS if one is due."""
    if not isinstance(password, str) or not password or len(password) > MAX_PASSWORD:
        raise RuleError(400, "invalid_request", "Give your email address and your password.")
    typed = email if isinstance(email, str) else ""
    now = clock.now()
    attempt, user_id, password_hash = await ctx.unit(_begin_login, ctx, typed, client_ip, now)
    if not await ctx.blocking(verify_password, password_hash, password):
        raise RuleError(401, "invalid_credentials", "Wrong email or password.")
    token = random_token()
    session_id, sms_challenge = await ctx.unit(
        _open_session, ctx, attempt, user_id, token, device_token, now
    )
    if sms_challenge is not None:
        try:
            await codes.send_code(ctx, sms_challenge)
        except RuleError:
            pass  # the popup shows when a code can be asked again ("Renvoyer")
    return token, await ctx.unit(sessions.view_of, ctx, session_id)


def _begin_login(
    ctx: Context, typed: str, client_ip: str, now: datetime
) -> tuple[login_guard.Attempt, int | None, str | None]:
    """Record the attempt (committed before any password is checked), find the account.
    An unknown address gets a None hash: argon2 then checks a dummy one (same timing)."""
    email_n = normalize_email(typed)
    attempt = login_guard.subjects(ctx.settings, "customer", email_n or typed, client_ip)
    with ctx.db.session() as s:
        attempt = login_guard.begin(s, ctx.settings, attempt, now)
        user = (
            s.execute(select(User).where(User.email == email_n)).scalar_one_or_none()
            if email_n
            else None
        )
        return attempt, (user.id if user else None), (user.password_hash if user else None)


def _open_session(
    ctx: Context,
    attempt: login_guard.Attempt,
    user_id: int,
    token: str,
    device_token: str | None,
    now: datetime,
) -> tuple[str, str | None]:
    """After a right password: (session id, id of a login challenge waiting for an SMS)."""
    with ctx.db.session() as s:
        login_guard.succeeded(s, ctx.settings, attempt, now)
        user = s.get(User, user_id)
        grace.fix_deadline(user, now, ctx.settings)
        ps = PortalSession(
            id=str(uuid.uuid4()),
            token_hash=sessions.session_hash(ctx, token),
            user_id=user.id,
            stage="complete",
            created_at=now,
            expires_at=now + timedelta(seconds=ctx.settings.portal_session_ttl),
        )
        s.add(ps)
        ch = _first_stage(s, ctx, ps, user, device_token, now)
        audit.record(s, user.id, "customer", "login", stage=ps.stage)
        s.flush()
        return ps.id, (ch.id if ch is not None and ch.method == "sms" else None)


def _first_stage(
    s: Session, ctx: Context, ps: PortalSession, user: User, device_token: str | None, now: datetime
) -> Challenge | None:
    """Locked; a code (unless this browser is remembered); the offer or the choice of a method
    (grace period); or the home page."""
    if user.locked_at is not None:
        ps.stage = "locked"
    elif user.method is not None:
        if not devices.skips_second_factor(s, ctx.settings, user, device_token, now):
            ps.stage = "second_factor"
            return sessions.new_challenge(s, ps, user, "login", user.method, user.phone)
    else:
        g = grace.grace_of(user, now, ctx.settings)
        if g.mandatory:
            ps.stage = "choose" if (user.enroll_requested or g.expired) else "offer"
    return None


def current(ctx: Context, token: str | None) -> dict:
    """Unit of work: the popup's view of the session behind the cookie."""
    with ctx.db.session() as s:
        ps, user = sessions.load_session(s, ctx, token)
        return sessions.view(ctx, s, ps, user)


def logout(ctx: Context, token: str | None) -> None:
    with ctx.db.session() as s:
        try:
            ps, _ = sessions.load_session(s, ctx, token)
        except RuleError:
            return
        ps.revoked_at = clock.now()


def session_id_of(ctx: Context, token: str | None) -> str:
    with ctx.db.session() as s:
        return sessions.load_session(s, ctx, token)[0].id


# --------------------------------------------------------------------------- the offer


def postpone(ctx: Context, token: str | None) -> dict:
    """ "Non, pas maintenant": the home page, the deadline untouched."""
    with ctx.db.session() as s:
        ps, user = sessions.load_session(s, ctx, token)
        g = grace.grace_of(user, clock.now(), ctx.settings)
        if not g.can_postpone:
            raise RuleError(
                409,
                "postpone_unavailable",
                f"The {ctx.settings.grace_days} days are over: "
                "two-factor authentication must be enabled now.",
            )
        if ps.stage != "offer":
            # already answered in this session (a second click, another tab): the page is out
            # of date, the 28 days are not over (eleventh outsider check: said they were)
            raise RuleError(409, "wrong_step", "This step is not the enrollment offer.")
        ps.stage = "complete"
        user.postponed_count = (user.postponed_count or 0) + 1
        audit.record(s, user.id, "customer", "postponed")
        return sessions.view(ctx, s, ps, user)


def accept_offer(ctx: Context, token: str | None) -> dict:
    """ "Oui, je veux utiliser la double authentification…" then "Continuer": as in the
    article, the customer logs in again and then chooses the method."""
    with ctx.db.session() as s:
        ps, user = sessions.load_session(s, ctx, token)
        if ps.stage != "offer":
            raise RuleError(409, "wrong_step", "This step is not the enrollment offer.")
        user.enroll_requested = True
        ps.revoked_at = clock.now()
        audit.record(s, user.id, "customer", "enroll_requested")
        return {"stage": "login_again"}


# --------------------------------------------------------------------------- enrollment


async def start_enrollment(
    ctx: Context, token: str | None, method: object, phone: object = None
) -> dict:
    """Choose the method (and, for SMS, give the number), at the `choose` stage or while
    an enrollment is pending (the phone entry after "SMS")."""
    if method not in sessions.METHODS:
        raise RuleError(400, "invalid_method", "method must be 'sms' or 'totp'.")
    phone_n = _enrollment_phone(method, phone)
    challenge_id, session_id = await ctx.unit(_start_enrollment, ctx, token, method, phone_n)
    if method == "sms" and phone_n:
        await codes.send_unless_cooling_down(ctx, challenge_id)
    return await ctx.unit(sessions.view_of, ctx, session_id)


def _enrollment_phone(method: object, phone: object) -> str | None:
    if method != "sms" or phone in (None, ""):
        return None
    phone_n = normalize_phone(phone)
    if phone_n is None:
        raise RuleError(
            400,
            "invalid_phone",
            "Give a valid mobile number in international format, e.g. +33 6 12 34 56 78.",
        )
    return phone_n


def _same_number_again(ch: Challenge, method: str, phone_n: str | None) -> bool:
    """The number of the pending SMS activation given again (« Continuer » clicked twice, or
    back and again): the activation stays as it is, with the code already sent (a new one,
    within the SMS cooldown, had no code at all, and the code received was refused with
    `no_code_sent`: fifty-second outsider check, F1). After the cooldown, the call sends that
    activation a new code, as « Renvoyer » does."""
    return (
        ch.purpose == "enroll"
        and method == "sms"
        and ch.method == "sms"
        and phone_n is not None
        and ch.phone == phone_n
    )


def _start_enrollment(
    ctx: Context, token: str | None, method: str, phone_n: str | None
) -> tuple[str, str]:
    with ctx.db.session() as s:
        ps, user = sessions.load_session(s, ctx, token)
        ch = sessions.pending_in_second_factor(s, ps)
        if ps.stage != "choose" and not (ch is not None and ch.purpose == "enroll"):
            raise RuleError(409, "wrong_step", "Enrollment is not the current step.")
        if ch is not None and _same_number_again(ch, method, phone_n):
            return ch.id, ps.id
        ch = sessions.new_challenge(s, ps, user, "enroll", method, phone_n)
        ps.stage = "second_factor"
        audit.record(
            s,
            user.id,
            "customer",
            "enroll_started",
            method=method,
            masked_phone=mask_phone(phone_n),
        )
        s.flush()
        return ch.id, ps.id


# ------------------------------------------------------------ the chat widget, "Mes demandes"


def widget_token(ctx: Context, token: str | None) -> dict:
    """The signed, short-lived token the support widget sends with each chat message."""
    with ctx.db.session() as s:
        ps, user = sessions.load_session(s, ctx, token)
        return {
            "token": tokens.issue(ctx.settings, user.id, ps.id),
            "expires_in": ctx.settings.customer_token_ttl,
            "language": user.language,
        }


def my_tickets(ctx: Context, token: str | None) -> list[dict]:
    """ "Mes demandes", once the login is finished (bot/core/tickets.py)."""
    with ctx.db.session() as s:
        ps, user = sessions.load_session(s, ctx, token)
        if not tickets.may_list(ps.stage):
            raise RuleError(403, "finish_login", "Finish logging in first.")
        return support.tickets_in(s, user.id)


async def request_reset(ctx: Context, token: str | None, reason: object) -> tuple[dict, bool]:
    """A reset request from the portal: the session must be past the second factor, or have
    an email code confirmed in the chat opened from it (else 403 with `missing`)."""
    ident = await ctx.unit(_session_identity, ctx, token)
    return await support.open_reset_ticket(ctx, ident, reason, None, "customer")


def _session_identity(ctx: Context, token: str | None):
    with ctx.db.session() as s:
        ps, _ = sessions.load_session(s, ctx, token)
        return support.session_identity(ctx, s, ps)
