"""Portal sessions, their pending challenge, and what the portal popup shows.

Stages of a portal session (what the popup shows):
    offer          not enrolled, within the 28 days: "Oui, je veux utiliser la double
                   authentification lors de ma prochaine connexion (recommandé)" or
                   "Non, pas maintenant"
    choose         choose the method ("Google Authenticator ou similaire" / "SMS"): after
                   "Oui" and a new login (article, step 4), or once the deadline has passed
    second_factor  a pending challenge: a login code, or the first code of an enrollment
    locked         too many wrong codes; only support unlocks
    complete       the home page

Helpers run inside a unit of work (they take the open `Session`).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot import clock
from bot.core import grace, sms, totp
from bot.models import Challenge, PortalSession, SmsSend, User
from bot.rules.context import Context, RuleError
from bot.security import keyed_hash, mask_phone

METHODS = ("sms", "totp")
MAX_TOKEN = 128


def session_hash(ctx: Context, token: str) -> str:
    return keyed_hash(ctx.settings.signing_key, "portal-session", token)


def _alive(ps: PortalSession | None) -> bool:
    return ps is not None and ps.revoked_at is None and ps.expires_at > clock.now()


def load_session(s: Session, ctx: Context, token: str | None) -> tuple[PortalSession, User]:
    """The session behind the portal's cookie, or 401."""
    if not token or len(token) > MAX_TOKEN:
        raise RuleError(401, "not_logged_in", "Log in first.")
    ps = s.execute(
        select(PortalSession).where(PortalSession.token_hash == session_hash(ctx, token))
    ).scalar_one_or_none()
    if not _alive(ps):
        raise RuleError(401, "not_logged_in", "Your session has ended: log in again.")
    return ps, s.get(User, ps.user_id)


def session_by_id(s: Session, session_id: str) -> tuple[PortalSession, User]:
    """The session a widget token names (the chat acts for it), or 401."""
    ps = s.get(PortalSession, session_id)
    if not _alive(ps):
        raise RuleError(
            401, "session_required", "The portal session has ended: log in again on the portal."
        )
    return ps, s.get(User, ps.user_id)


def pending_challenge(s: Session, session_id: str) -> Challenge | None:
    return (
        s.execute(
            select(Challenge)
            .where(
                Challenge.session_id == session_id,
                Challenge.completed_at.is_(None),
                Challenge.cancelled_at.is_(None),
            )
            .order_by(Challenge.created_at.desc())
        )
        .scalars()
        .first()
    )


def pending_in_second_factor(s: Session, ps: PortalSession) -> Challenge | None:
    return pending_challenge(s, ps.id) if ps.stage == "second_factor" else None


def new_challenge(
    s: Session,
    ps: PortalSession,
    user: User,
    purpose: str,
    method: str | None,
    phone: str | None = None,
) -> Challenge:
    """A new login or enrollment challenge; the session's older ones are cancelled."""
    now = clock.now()
    s.execute(
        update(Challenge)
        .where(
            Challenge.session_id == ps.id,
            Challenge.completed_at.is_(None),
            Challenge.cancelled_at.is_(None),
        )
        .values(cancelled_at=now)
    )
    secret = totp.new_secret() if (purpose == "enroll" and method == "totp") else None
    ch = Challenge(
        id=str(uuid.uuid4()),
        user_id=user.id,
        session_id=ps.id,
        purpose=purpose,
        method=method,
        phone=phone,
        created_at=now,
        pending_secret=secret,
    )
    s.add(ch)
    return ch


def registered_methods(user: User) -> list[str]:
    """The second factors the account holds (an enrolled account has one or both)."""
    if user.method is None:
        return []
    return [m for m in METHODS if (m == "sms" and user.phone) or (m == "totp" and user.totp_secret)]


def switch_targets(user: User, ch: Challenge) -> list[str]:
    """ "Essayer une autre méthode": any method while enrolling; at login, only to a factor the
    account holds already (adding one needs a ticket)."""
    others = [m for m in METHODS if m != ch.method]
    if ch.purpose == "enroll":
        return others
    return [m for m in others if (m == "sms" and user.phone) or (m == "totp" and user.totp_secret)]


def view(ctx: Context, s: Session, ps: PortalSession, user: User) -> dict:
    """What the portal popup shows for this session (never a secret, except the QR code of
    an enrollment in progress, which is the point of that step)."""
    now = clock.now()
    g = grace.grace_of(user, now, ctx.settings)
    ch = pending_in_second_factor(s, ps)
    return {
        "stage": ps.stage,
        "email": user.email,
        "name": user.name,
        "language": user.language,
        "enrolled": user.method is not None,
        "method": user.method,
        "deadline": grace.deadline_local_date(user, ctx.settings),
        "deadline_time": grace.deadline_local_time(user, ctx.settings),
        "deadline_timezone": ctx.settings.timezone,
        "days_left": g.days_left,
        "grace_expired": g.expired,
        "can_postpone": ps.stage == "offer" and g.can_postpone,
        "locked": user.locked_at is not None,
        "challenge": None if ch is None else _challenge_view(ctx, s, user, ch, now),
    }


def send_decision(
    s: Session, ctx: Context, ch: Challenge, now: datetime
) -> sms.Allowed | sms.Cooldown | sms.SendCap:
    """What "Renvoyer" would get now: the account's cooldown, then its SMS cap. One query for
    the resend itself (bot/rules/codes.py) and for the popup's countdown (`resend_in`), so the
    page never offers a resend the backend then refuses (outsider check of 2026-12-01).
    The cooldown counts from the account's last SMS, not this challenge's: a new enrollment
    or a switch back to SMS is a new challenge, and must not send again at once. The cap holds
    per account and per number: N accounts typing one number must not send it 5 x N SMS
    (outsider attacker check of 2026-12-01, fifth, B2)."""
    st = ctx.settings
    since = sms.window_start(now, st)
    windows = [(*_sends_since(s, SmsSend.user_id == ch.user_id, since), st.sms_max_per_window)]
    if ch.phone:
        number = SmsSend.phone_hash == phone_hash(ctx, ch.phone)
        windows.append((*_sends_since(s, number, since), st.sms_max_per_number))
    user = s.get(User, ch.user_id)
    last = max((t for t in (ch.last_sent_at, user.last_sms_at) if t is not None), default=None)
    decisions = [sms.may_send(last, n, oldest, now, st, cap) for n, oldest, cap in windows]
    return max(decisions, key=sms.wait_seconds)


def _sends_since(s: Session, whose, since: datetime) -> tuple[int, datetime | None]:
    """How many SMS went out since `since` (to an account, or to a number), the oldest first."""
    count, oldest = s.execute(
        select(func.count(), func.min(SmsSend.sent_at)).where(whose, SmsSend.sent_at > since)
    ).one()
    return count, oldest


def phone_hash(ctx: Context, phone: str) -> str:
    """How a number is recorded with its sends: a keyed hash, never the number."""
    return keyed_hash(ctx.settings.signing_key, "sms-phone", phone)


def sms_code_sent(ch: Challenge) -> bool:
    """Whether an SMS code went out for this challenge. Its expiry is set by every successful
    send, ours or Twilio Verify's (which keeps the code itself: no hash here); a challenge
    whose every send was refused (the cap, the SMS service down) has none."""
    return ch.method == "sms" and ch.code_expires_at is not None


def sms_state(ctx: Context, s: Session, ch: Challenge, now: datetime) -> dict:
    """What the popup and the chat both say of a challenge's SMS: `code_sent`, False when no
    SMS could go out (the send cap, the SMS service down: neither may say "a code was sent"),
    and `resend_in`, the seconds before "Renvoyer" can send (the cooldown or the SMS cap,
    whichever applies; None with no number to send to)."""
    sms_ready = ch.method == "sms" and bool(ch.phone)
    wait = send_decision(s, ctx, ch, now) if sms_ready else None
    return {
        "code_sent": sms_code_sent(ch),
        "resend_in": None if wait is None else sms.wait_seconds(wait),
    }


def _challenge_view(ctx: Context, s: Session, user: User, ch: Challenge, now: datetime) -> dict:
    c = {
        "purpose": ch.purpose,
        "method": ch.method,
        "masked_phone": mask_phone(ch.phone),
        "needs_phone": ch.method == "sms" and not ch.phone,
        "can_switch": switch_targets(user, ch),
        **sms_state(ctx, s, ch, now),
    }
    if ch.purpose == "enroll" and ch.method == "totp":
        uri = totp.provisioning_uri(ch.pending_secret, user.email, ctx.settings.totp_issuer)
        c["qr_svg"] = totp.qr_svg(uri)
    return c


def view_of(ctx: Context, session_id: str) -> dict:
    """Unit of work: the view of a session after a use case changed it."""
    with ctx.db.session() as s:
        ps, user = session_by_id(s, session_id)
        return view(ctx, s, ps, user)


def user_of(ctx: Context, session_id: str) -> User:
    """Unit of work: the account of a live session (to email it after a change)."""
    with ctx.db.session() as s:
        return session_by_id(s, session_id)[1]
