"""What the assistant's actions may do for a customer, through the Support API.

Who the customer is comes only from (a) a valid customer session token issued by the
portal, and/or (b) an email one-time code checked here and bound to the chat conversation;
bot.rules.assurance says how strong that is and what it allows. Nothing the chat says (slots,
entities, `/intent{...}`) counts. Answers about an email address never tell whether it is
registered.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import clock, tokens
from bot.models import Handoff, IdentityCheck, PortalSession, Ticket, User
from bot.rules import audit, business_hours, email_guard
from bot.rules.assurance import Identity, require_reset_level
from bot.rules.context import Context, RuleError
from bot.rules.grace import deadline_local_date, grace_of
from bot.rules.portal import pending_challenge, resend, session_by_id, switch_method
from bot.security import keyed_hash, mask_phone, normalize_code, normalize_email, random_code, random_reference, same

RESET_REASONS = ("changed_number", "lost_phone", "new_phone", "other")
# Rasa's sender ids: uuid hex (socketio sessions), socket.io sids (base64url), test and REST
# ids like "conv-1a2b". Nothing else: the id ends up in Rasa URLs (/conversations/<id>/tracker)
# and "x/../other" must never name another conversation.
CONVERSATION_ID_RE = re.compile(r"[A-Za-z0-9_-]{1,128}")


def check_conversation_id(value: object) -> str:
    if not isinstance(value, str) or not CONVERSATION_ID_RE.fullmatch(value):
        raise RuleError(400, "invalid_conversation_id",
                        "conversation_id must be 1 to 128 letters, digits, '-' or '_'.")
    return value


def identify(ctx: Context, conversation_id: str, customer_token: str | None) -> Identity:
    """The customer behind this conversation, as far as the backend can prove it: the widget
    session and the conversation's email check, both when they are the same account."""
    claims = tokens.verify(ctx.settings, customer_token) if customer_token else None
    now = clock.now()
    with ctx.db.session() as s:
        ps = _widget_session(s, claims)
        check = _fresh_email_check(s, ctx, IdentityCheck.conversation_id == conversation_id, now)
    if ps is not None:
        return Identity(ps.user_id, ps.id, ps.second_factor_at is not None,
                        check is not None and check.user_id == ps.user_id)
    if check is not None:
        return Identity(check.user_id, email_code=True)
    return Identity(None)


def session_identity(ctx: Context, s: Session, ps: PortalSession) -> Identity:
    """A portal session's own level: its second factor, or an email code confirmed in a chat
    opened from this session (IdentityCheck.session_id)."""
    check = _fresh_email_check(s, ctx, IdentityCheck.session_id == ps.id, clock.now())
    return Identity(ps.user_id, ps.id, ps.second_factor_at is not None,
                    check is not None and check.user_id == ps.user_id)


def _widget_session(s: Session, claims) -> PortalSession | None:
    if claims is None:
        return None
    try:
        ps, user = session_by_id(s, claims.session_id)
    except RuleError:
        return None
    return ps if user is not None and user.id == claims.user_id else None


def _fresh_email_check(s: Session, ctx: Context, where, now: datetime) -> IdentityCheck | None:
    check = s.execute(select(IdentityCheck).where(
        where, IdentityCheck.verified_at.is_not(None), IdentityCheck.user_id.is_not(None),
    ).order_by(IdentityCheck.verified_at.desc())).scalars().first()
    if check is not None and check.verified_at + timedelta(seconds=ctx.settings.identity_ttl) > now:
        return check
    return None


def require_session(ident: Identity) -> str:
    if ident.session_id is None:
        raise RuleError(401, "session_required",
                        "This needs the customer to be logged in on the portal, with the chat open there.")
    return ident.session_id


def identity_answer(ident: Identity) -> dict:
    """/api/support/identity: `verified` means "enough for a reset ticket" (the strongest
    thing the assistant does); `missing` says what to add (docs/contract.md)."""
    return {"verified": not ident.missing_for_reset, "identified": ident.user_id is not None, "via": ident.via,
            "assurance": ident.level, "missing": ident.missing_for_reset}


# --------------------------------------------------------------------------- status

def status(ctx: Context, ident: Identity) -> dict:
    if ident.user_id is None:
        return {"known": False, "rule": {"rollout_date": ctx.settings.rollout_date.isoformat(),
                                         "grace_days": ctx.settings.grace_days}}
    now = clock.now()
    with ctx.db.session() as s:
        user = s.get(User, ident.user_id)
        g = grace_of(user, now, ctx.settings)
        pending = None
        if ident.session_id:
            ch = pending_challenge(s, ident.session_id)
            if ch is not None:
                pending = {"purpose": ch.purpose, "method": ch.method}
        return {"known": True, "via": ident.via, "assurance": ident.level, "enrolled": user.method is not None,
                "method": user.method,
                "deadline": deadline_local_date(user, ctx.settings), "days_left": g.days_left,
                "grace_expired": g.expired, "masked_phone": mask_phone(user.phone),
                "pending": pending, "locked": user.locked_at is not None}


async def resend_for(ctx: Context, ident: Identity) -> dict:
    return await resend(ctx, require_session(ident))


async def switch_for(ctx: Context, ident: Identity, method: object) -> dict:
    return await switch_method(ctx, require_session(ident), method, actor="assistant")


# --------------------------------------------------------------------------- identity check by email

async def start_identity_check(ctx: Context, conversation_id: str, raw_email: object, ident: Identity) -> dict:
    """Same answer, same work and similar timing for registered and unknown addresses: a
    check row is written either way and the email goes out after the answer. A customer with
    a widget session may leave the address out: the code goes to the session's account."""
    now = clock.now()
    code, check_id = random_code(), str(uuid.uuid4())
    with ctx.db.session() as s:
        email = _address(s, raw_email, ident)
        _limit_per_conversation(s, ctx, conversation_id, now)
        user = s.execute(select(User).where(User.email == email)).scalar_one_or_none()
        if user is not None and not _may_email(s, ctx, user, conversation_id, now):
            user = None  # same answer, no email, and a check no code can pass
        s.add(IdentityCheck(id=check_id, conversation_id=conversation_id, user_id=user.id if user else None,
                            code_hash=keyed_hash(ctx.settings.signing_key, "identity", check_id, code),
                            created_at=now, expires_at=now + timedelta(seconds=ctx.settings.email_code_ttl)))
        audit.record(s, user.id if user else None, "assistant", "identity_check_started", conversation=conversation_id)
    if user is not None:
        audit.notify(ctx, user, "identity_code", background=True, code=code)
    return {"status": "sent_if_registered"}


def _address(s: Session, raw_email: object, ident: Identity) -> str:
    if raw_email in (None, "") and ident.session_id is not None:
        return s.get(User, ident.user_id).email
    email = normalize_email(raw_email)
    if email is None:
        raise RuleError(400, "invalid_email", "This is not a valid email address.")
    return email


def _limit_per_conversation(s: Session, ctx: Context, conversation_id: str, now: datetime) -> None:
    """Visible, and the same for every address: 3 codes per conversation per 10 minutes."""
    recent = s.execute(select(func.count()).select_from(IdentityCheck).where(
        IdentityCheck.conversation_id == conversation_id,
        IdentityCheck.created_at > now - timedelta(seconds=ctx.settings.email_code_ttl))).scalar_one()
    if recent >= ctx.settings.identity_checks_per_conversation:
        raise RuleError(429, "too_many_checks", "Too many codes were asked in this conversation: try again later.",
                        retry_after=ctx.settings.email_code_ttl)


def _may_email(s: Session, ctx: Context, user: User, conversation_id: str, now: datetime) -> bool:
    """Silent limits per account (the answer stays the same): no mailbox flooding (5 codes an
    hour), and no code at all once the account's wrong guesses reached the limit."""
    if email_guard.blocked(s, ctx.settings, user.id, now):
        audit.record(s, user.id, "assistant", "identity_check_blocked", conversation=conversation_id)
        return False
    sent_last_hour = s.execute(select(func.count()).select_from(IdentityCheck).where(
        IdentityCheck.user_id == user.id, IdentityCheck.created_at > now - timedelta(hours=1))).scalar_one()
    if sent_last_hour >= ctx.settings.identity_emails_per_account:
        audit.record(s, user.id, "assistant", "identity_check_throttled", conversation=conversation_id)
        return False
    return True


def confirm_identity_check(ctx: Context, conversation_id: str, raw_code: object, ident: Identity) -> dict:
    """Check the code of the conversation's latest check. A right code for an account whose
    wrong guesses reached the limit is refused like a wrong one (nothing tells it apart)."""
    code = normalize_code(raw_code)
    if code is None:
        raise RuleError(400, "invalid_code_format", "Type the 6 digits of the code.")
    now = clock.now()
    alert = None
    with ctx.db.session() as s:
        check = _usable_check(s, ctx, conversation_id, now)
        check.attempts += 1
        good = same(check.code_hash, keyed_hash(ctx.settings.signing_key, "identity", check.id, code))
        if good and check.user_id is not None and not email_guard.blocked(s, ctx.settings, check.user_id, now):
            _verified(s, check, ident, conversation_id, now)
            return {"verified": True}
        if not good and check.user_id is not None and email_guard.record_failure(
                s, ctx.settings, check.user_id, now, conversation_id):
            alert = s.get(User, check.user_id)
        left = ctx.settings.email_code_max_tries - check.attempts
    if alert is not None:
        audit.notify(ctx, alert, "identity_alert", background=True,
                     failures=ctx.settings.email_code_failures_per_account)
    if left <= 0:
        raise RuleError(410, "too_many_attempts", "Too many wrong codes: ask for a new one.")
    raise RuleError(400, "invalid_code", "This code is not valid.", attempts_left=left)


def _usable_check(s: Session, ctx: Context, conversation_id: str, now: datetime) -> IdentityCheck:
    check = s.execute(select(IdentityCheck).where(IdentityCheck.conversation_id == conversation_id)
                      .order_by(IdentityCheck.created_at.desc()).with_for_update()).scalars().first()
    if check is None or check.verified_at is not None:
        raise RuleError(410, "no_check", "No identity check is waiting: give the email address again.")
    if check.expires_at <= now:
        raise RuleError(410, "expired", "The code has expired: ask for a new one.")
    if check.attempts >= ctx.settings.email_code_max_tries:
        raise RuleError(410, "too_many_attempts", "Too many wrong codes: ask for a new one.")
    return check


def _verified(s: Session, check: IdentityCheck, ident: Identity, conversation_id: str, now: datetime) -> None:
    check.verified_at = now
    if ident.session_id is not None and ident.user_id == check.user_id:
        check.session_id = ident.session_id  # that portal session now has an email code too
    audit.record(s, check.user_id, "assistant", "identity_verified", conversation=conversation_id, via="email_code")


# --------------------------------------------------------------------------- tickets

def _ticket_json(t: Ticket) -> dict:
    return {"number": t.number, "status": t.status, "reason": t.reason, "kind": t.kind, "assurance": t.assurance,
            "created_at": t.created_at.isoformat(), "closed_at": t.closed_at.isoformat() if t.closed_at else None,
            "refusal_reason": t.refusal_reason}


def _open_ticket_of(s, user_id: int) -> Ticket | None:
    return s.execute(select(Ticket).where(Ticket.user_id == user_id, Ticket.status == "open")).scalars().first()


async def open_reset_ticket(ctx: Context, ident: Identity, reason: object, conversation_id: str | None,
                            actor: str) -> tuple[dict, bool]:
    """Open (or return the open) 2FA reset ticket, for an identity strong enough for account
    recovery (bot.rules.assurance). It resets nothing: an agent completes it. The account's
    email is told, with the support line and the ticket number to say "this was not me"."""
    level = require_reset_level(ident)
    if reason not in RESET_REASONS:
        raise RuleError(400, "invalid_reason", f"reason must be one of {', '.join(RESET_REASONS)}.")
    user_id = ident.user_id
    now = clock.now()
    for _ in range(5):
        try:
            with ctx.db.session() as s:
                existing = _open_ticket_of(s, user_id)
                if existing is not None:
                    return _ticket_json(existing), False
                t = Ticket(number=f"T-{random_reference(6)}", user_id=user_id, reason=reason, status="open",
                           conversation_id=conversation_id, assurance=level, created_at=now)
                s.add(t)
                s.flush()
                audit.record(s, user_id, actor, "ticket_opened", ticket=t.number, reason=reason,
                             conversation=conversation_id, via=level)
                result = _ticket_json(t)
                user = s.get(User, user_id)
            await _send(ctx, user, "ticket_opened", ticket=result["number"])
            return result, True
        except IntegrityError:
            continue  # another request opened it first (or a number collided): read it again
    raise RuleError(409, "conflict", "The ticket could not be opened: try again.")


async def _send(ctx: Context, user: User, kind: str, **values) -> None:
    coro = audit.notify(ctx, user, kind, **values)
    if coro is not None:
        await coro


def tickets_of(ctx: Context, user_id: int) -> list[dict]:
    with ctx.db.session() as s:
        rows = s.execute(select(Ticket).where(Ticket.user_id == user_id).order_by(Ticket.created_at.desc())).scalars()
        return [_ticket_json(t) for t in rows]


# --------------------------------------------------------------------------- handoffs

def _waiting_handoff(s, conversation_id: str):
    """The conversation's handoff that no agent closed yet, if any: a customer who asks for a
    person twice (or a script asking 15 times) gets one reference, not a queue of duplicates."""
    return s.execute(select(Handoff).where(Handoff.conversation_id == conversation_id, Handoff.status != "closed")
                     .order_by(Handoff.created_at.desc())).scalars().first()


def _handoff_answer(ctx: Context, h: Handoff, ticket, now, lang: str) -> dict:
    return {"reference": h.reference, "phone": ctx.settings.phone_line, "choice": ctx.settings.phone_choice,
            "ticket": ticket.number if ticket else None, "line": business_hours.line_status(now, ctx.settings, lang)}


def create_handoff(ctx: Context, conversation_id: str, ident: Identity, language: object, reason: object) -> dict:
    lang = language if language in ("fr", "en") else "fr"
    reason_s = reason if isinstance(reason, str) and 0 < len(reason) <= 64 and reason.isprintable() else "request"
    now = clock.now()
    for _ in range(5):
        try:
            with ctx.db.session() as s:
                ticket = _open_ticket_of(s, ident.user_id) if ident.user_id else None
                waiting = _waiting_handoff(s, conversation_id)
                if waiting is not None:  # asked again: the same reference, one line in the queue
                    return _handoff_answer(ctx, waiting, ticket, now, lang)
                h = Handoff(reference=random_reference(6), conversation_id=conversation_id, user_id=ident.user_id,
                            language=lang, identity_status=ident.level or "none", ticket_id=ticket.id if ticket else None,
                            reason=reason_s, status="open", created_at=now)
                s.add(h)
                s.flush()
                audit.record(s, ident.user_id, "assistant", "handoff_created", reference=h.reference,
                             conversation=conversation_id, reason=reason_s)
                return _handoff_answer(ctx, h, ticket, now, lang)
        except IntegrityError:
            continue
    raise RuleError(409, "conflict", "The handoff could not be created: try again.")
