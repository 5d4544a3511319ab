"""What the assistant's actions may do for a customer, through the Support API.

Who the customer is comes only from (a) a valid customer session token issued by the
portal, and/or (b) an email one-time code checked here and bound to the chat conversation;
bot.core.assurance says how strong that is and what it allows. Nothing the chat says (slots,
entities, `/intent{...}`) counts. Answers about an email address never tell whether it is
registered.
"""

from __future__ import annotations

import re
import threading
import uuid
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import clock, tokens
from bot.core import handoffs, identity, lockout, tickets
from bot.core.assurance import PASSWORD, Identity
from bot.core.grace import deadline_local_date, deadline_local_time, grace_of
from bot.models import Handoff, IdentityCheck, PortalSession, Ticket, User
from bot.reference_format import TICKET_PREFIX
from bot.rules import audit, business_hours, email_guard, handoff_lifecycle, links, notices
from bot.rules.codes import resend, switch_method
from bot.rules.context import Context, RuleError
from bot.rules.sessions import (
    pending_challenge,
    registered_methods,
    session_by_id,
    sms_state,
    switch_targets,
)
from bot.security import (
    keyed_hash,
    mask_phone,
    normalize_code,
    normalize_email,
    random_code,
    random_reference,
    same,
)

RESET_REASONS = tickets.RESET_REASONS
# Rasa's sender ids: uuid hex (socketio sessions), socket.io sids (base64url), test and REST
# ids like "conv-1a2b". Nothing else: the id ends up in Rasa URLs (/conversations/<id>/tracker)
# and "x/../other" must never name another conversation.
CONVERSATION_ID_RE = re.compile(r"[A-Za-z0-9_-]{1,128}")


def check_conversation_id(value: object) -> str:
    if not isinstance(value, str) or not CONVERSATION_ID_RE.fullmatch(value):
        raise RuleError(
            400,
            "invalid_conversation_id",
            "conversation_id must be 1 to 128 letters, digits, '-' or '_'.",
        )
    return value


def caller(
    ctx: Context, raw_conversation_id: object, customer_token: str | None
) -> tuple[str, Identity]:
    """Unit of work before every Support API call: the conversation, who the customer is,
    and the record that this conversation identified that account (bot/rules/links.py)."""
    conversation_id = check_conversation_id(raw_conversation_id)
    ident = identify(ctx, conversation_id, customer_token)
    links.remember(ctx, conversation_id, ident.user_id)
    return conversation_id, ident


def identify(ctx: Context, conversation_id: str, customer_token: str | None) -> Identity:
    """The customer behind this conversation, as far as the backend can prove it: the widget
    session of this message, and an email code confirmed in this conversation with that same
    session. Without a valid session token nobody is identified, whatever was proven earlier
    in the conversation: the conversation id travels in replies and logs and is no credential
    (outsider check of 2026-12-01: a sender that had passed the email check kept personal
    answers and a "verified" handoff with no token, even after the account's sessions were
    revoked)."""
    claims = tokens.verify(ctx.settings, customer_token) if customer_token else None
    with ctx.db.session() as s:
        ps = _widget_session(s, claims)
        if ps is None:
            return Identity(None, ended=_session_end(s, claims))
        return session_identity(ctx, s, ps, conversation_id)


def session_identity(
    ctx: Context, s: Session, ps: PortalSession, conversation_id: str | None = None
) -> Identity:
    """A portal session's own level: its second factor, or an email code confirmed in a chat
    opened from this session (IdentityCheck.session_id); in that conversation only when one
    is given (the chat), in any of the session's chats for the portal's own pages."""
    where = IdentityCheck.session_id == ps.id
    if conversation_id is not None:
        where = and_(where, IdentityCheck.conversation_id == conversation_id)
    check = _fresh_email_check(s, ctx, where, clock.now())
    return Identity(
        ps.user_id,
        ps.id,
        ps.second_factor_at is not None,
        check is not None and check.user_id == ps.user_id,
    )


def _widget_session(s: Session, claims) -> PortalSession | None:
    if claims is None:
        return None
    try:
        ps, user = session_by_id(s, claims.session_id)
    except RuleError:
        return None
    return ps if user is not None and user.id == claims.user_id else None


def _session_end(s: Session, claims) -> str | None:
    """Why the widget token's own session is over, when it is: "reset" when the completion of
    the account's reset request closed it (bot/rules/agent.py closes every session and the
    ticket at one moment), else "ended". A valid token proves the chat was opened in that
    session: saying it ended tells its holder nothing the reset's email did not."""
    if claims is None:
        return None
    ps = s.get(PortalSession, claims.session_id)
    if ps is None or ps.user_id != claims.user_id:
        return None
    if ps.revoked_at is not None:
        closed_by_reset = s.execute(
            select(Ticket.id).where(
                Ticket.user_id == ps.user_id,
                Ticket.status == "completed",
                Ticket.closed_at == ps.revoked_at,
            )
        ).first()
        if closed_by_reset is not None:
            return "reset"
    return "ended"


def _fresh_email_check(s: Session, ctx: Context, where, now: datetime) -> IdentityCheck | None:
    check = (
        s.execute(
            select(IdentityCheck)
            .where(
                where,
                IdentityCheck.verified_at.is_not(None),
                IdentityCheck.user_id.is_not(None),
            )
            .order_by(IdentityCheck.verified_at.desc())
        )
        .scalars()
        .first()
    )
    if check is not None and identity.still_fresh(check.verified_at, now, ctx.settings):
        return check
    return None


def require_session(ident: Identity) -> str:
    if ident.session_id is None:
        raise RuleError(
            401,
            "session_required",
            "This needs the customer to be logged in on the portal, with the chat open there.",
        )
    return ident.session_id


def identity_answer(ident: Identity) -> dict:
    """/api/support/identity: `verified` means "enough for a reset ticket" (the strongest
    thing the assistant does); `missing` says what to add (docs/contract.md)."""
    return {
        "verified": not ident.missing_for_reset,
        "identified": ident.user_id is not None,
        "via": ident.via,
        "assurance": ident.level,
        "missing": ident.missing_for_reset,
    }


# --------------------------------------------------------------------------- status


def status(ctx: Context, ident: Identity) -> dict:
    if ident.user_id is None:
        return {
            "known": False,
            **({"session_ended": ident.ended} if ident.ended else {}),
            "rule": {
                "rollout_date": ctx.settings.rollout_date.isoformat(),
                "grace_days": ctx.settings.grace_days,
            },
        }
    now = clock.now()
    with ctx.db.session() as s:
        user = s.get(User, ident.user_id)
        g = grace_of(user, now, ctx.settings)
        pending = _pending(ctx, s, user, ident.session_id, now)
        return {
            "known": True,
            "via": ident.via,
            "assurance": ident.level,
            "enrolled": user.method is not None,
            "method": user.method,
            # the factors the account holds: with SMS alone, no popup of its logins offers
            # « Essayer une autre méthode » (fifty-seventh outside check, F8: the chat offered it)
            "methods": registered_methods(user),
            "deadline": deadline_local_date(user, ctx.settings),
            "deadline_time": deadline_local_time(user, ctx.settings),
            "deadline_timezone": ctx.settings.timezone,
            "days_left": g.days_left,
            "grace_expired": g.expired,
            "masked_phone": mask_phone(user.phone),
            "pending": pending,
            # where the widget's portal session stands in the popup ("choose": the method's
            # choice): steps that start at "log in" are not for it (forty-fifth check, F11)
            "stage": _stage(s, ident.session_id),
            **_locks(s, ctx, user, now),
            "request": latest_request(
                s, user.id, ctx.settings.timezone, numbered=ident.level != PASSWORD
            ),
        }


def _locks(s: Session, ctx: Context, user: User, now: datetime) -> dict:
    """What stops the account's codes: the lock, the wrong codes it may still take and the rule
    they are read against ("how many tries?" with none typed yet gets it: sixty-first outside
    check, F2), and whether emailed codes are suspended (said before the address is asked:
    fifty-sixth outside check, F8)."""
    return {
        "locked": user.locked_at is not None,
        "attempts_left": _attempts_left(user, ctx),
        "lock_after": ctx.settings.lock_threshold,
        "identity_checks_suspended": _checks_suspended(s, ctx, user, now),
    }


def _attempts_left(user: User, ctx: Context) -> int | None:
    """The wrong codes the account may still take before it locks, once one was typed (None
    with none typed, or once locked): "how many tries do I have left?" got the rule "after 10
    wrong codes" and not the 9 left; a customer one code from the lock was not warned
    (fifty-ninth outside check, F13). The portal says the same count after each wrong code,
    to the same session: nothing new to someone holding only the password."""
    failures = user.failed_attempts or 0
    if failures == 0 or user.locked_at is not None:
        return None
    return lockout.attempts_left(failures, ctx.settings.lock_threshold)


def _checks_suspended(s: Session, ctx: Context, user: User, now: datetime) -> bool:
    """Whether the account's wrong email codes reached the limit (bot/core/identity.py): no
    code is emailed to it for now."""
    return identity.blocked(email_guard.failures(s, ctx.settings, user.id, now), ctx.settings)


def _stage(s: Session, session_id: str | None) -> str | None:
    """The popup's stage of the widget's portal session, if it is still open."""
    ps = s.get(PortalSession, session_id) if session_id else None
    return None if ps is None or ps.revoked_at is not None else ps.stage


def _pending(
    ctx: Context, s: Session, user: User, session_id: str | None, now: datetime
) -> dict | None:
    """The login or activation the widget's portal session is waiting on, if any."""
    ch = pending_challenge(s, session_id) if session_id else None
    if ch is None:
        return None
    return {
        # the chat must not say a code is on its way when none went (thirty-second outsider
        # check, C25), as the popup does not: the same two facts as the popup's
        **sms_state(ctx, s, ch, now),
        "purpose": ch.purpose,
        "method": ch.method,
        # whether the popup offers « Essayer une autre méthode »
        "can_switch": switch_targets(user, ch),
        # an activation's SMS goes to the number typed in the popup, not yet the account's:
        # "which number did you send it to?" (seventeenth outsider check, 11)
        "masked_phone": mask_phone(ch.phone) if ch.method == "sms" else None,
    }


def latest_request(s: Session, user_id: int, timezone: str, numbered: bool = True) -> dict | None:
    """The account's latest reset request: its number, status and (Paris) dates. The chat
    says it to the customer, who cannot open « Mes demandes » while stuck at the second
    factor (ninth and tenth outsider checks). The refusal's reason stays in the email sent
    to the account: a password alone does not show it.

    Nor does it show the number (`numbered` False: `number` is None). The email of a new
    request says "not you? call support with this reference and the request is refused": a
    stolen password that learnt the reference could have the owner's real reset cancelled
    on the phone (fifth outsider check, U1; the handoff reply never gives it either). The
    status and dates are enough to know it is open; the owner has the number in that email."""
    t = (
        s.execute(
            select(Ticket).where(Ticket.user_id == user_id).order_by(Ticket.created_at.desc())
        )
        .scalars()
        .first()
    )
    if t is None:
        return None
    tz = ZoneInfo(timezone)
    return {
        "number": t.number if numbered else None,
        "status": t.status,
        "opened": t.created_at.astimezone(tz).date().isoformat(),
        "closed": t.closed_at.astimezone(tz).date().isoformat() if t.closed_at else None,
    }


async def resend_for(ctx: Context, ident: Identity) -> dict:
    return await resend(ctx, require_session(ident))


async def switch_for(
    ctx: Context, ident: Identity, method: object, language: object = None
) -> dict:
    """The chat's change of method; its notice email in the chat's `language` (sixty-first
    outside check, F11: an English chat's switch was told in French, the account's)."""
    return await switch_method(
        ctx, require_session(ident), method, actor="assistant", language=language
    )


# ------------------------------------------------------------------- identity check by email


async def start_identity_check(
    ctx: Context, conversation_id: str, raw_email: object, ident: Identity, language: object = None
) -> dict:
    """Same answer, same work and similar timing for registered and unknown addresses: a
    check row is written either way and the email goes out after the answer. Only from a
    widget session (401 `session_required` otherwise): an email code counts only with the
    session it was confirmed in (identify), so a code sent to an anonymous chat could prove
    nothing and would only fill a stranger's mailbox. The session may leave the address out:
    the code goes to the session's account, and only to it. The email is in the chat's
    `language`, where the customer waits for it (outsider check of 2026-12-01: an English
    chat got a French email)."""
    require_session(ident)
    code = random_code()
    user, wait = await ctx.unit(_new_identity_check, ctx, conversation_id, raw_email, ident, code)
    if wait == SUSPENDED:
        # the session's own account reached its wrong codes: its owner, logged in, is told no
        # code will come (fifty-first outsider check, F1: "we have just sent it a code" four
        # times, while the account's email said none would for 24 h). Other addresses keep the
        # neutral answer; a guesser holding the password learns only that guessing stopped
        raise RuleError(
            403,
            "identity_checks_suspended",
            "Too many wrong codes were typed for this account: no code is emailed for now.",
        )
    if wait is not None:
        # after the check row and its audit are stored: the session's own account had its
        # codes for the hour; its owner is told when to try again instead of "sent"
        raise RuleError.retry_later(
            "too_many_emails",
            "Enough codes were emailed to this account in the last hour: try again later.",
            retry_after=wait,
        )
    if user is not None:
        notices.tell_later(ctx, user, "identity_code", language=language, code=code)
    return {"status": "sent_if_registered"}


# `_new_identity_check`'s wait when the session's own account gets no code at all (its wrong
# codes reached the limit of bot/core/identity.py)
SUSPENDED = -1


def _new_identity_check(
    ctx: Context, conversation_id: str, raw_email: object, ident: Identity, code: str
) -> tuple[User | None, int | None]:
    """The check row, written for any address; returns the account to email, if any, and
    the seconds to wait when the session's own account reached its hourly cap (SUSPENDED when
    it reached its wrong codes)."""
    now, check_id = clock.now(), str(uuid.uuid4())
    with ctx.db.session() as s:
        email = _address(s, raw_email, ident)
        _limit_per_conversation(s, ctx, conversation_id, now)
        user = s.execute(select(User).where(User.email == email)).scalar_one_or_none()
        if user is not None and ident.session_id is not None and user.id != ident.user_id:
            # logged in as one account, the code goes to that account only: another
            # customer's mailbox is never written to from this chat (outsider check of
            # 2026-12-01); same answer as for an unknown address
            user = None
        wait = _wait(s, ctx, user, conversation_id, now) if user else None
        if wait is not None:
            user = None  # no email, and a check no code can pass
        s.add(
            IdentityCheck(
                id=check_id,
                conversation_id=conversation_id,
                user_id=user.id if user else None,
                code_hash=keyed_hash(ctx.settings.signing_key, "identity", check_id, code),
                created_at=now,
                expires_at=identity.expires_at(now, ctx.settings),
            )
        )
        audit.record(
            s,
            user.id if user else None,
            "assistant",
            "identity_check_started",
            conversation=conversation_id,
        )
        return user, wait


def _wait(s: Session, ctx: Context, user: User, conversation_id: str, now: datetime) -> int | None:
    """None when the account may get a code; else the seconds until its hourly cap lifts, or
    SUSPENDED when its wrong codes reached the limit."""
    refused = _refused_email(s, ctx, user, conversation_id, now)
    if refused is None:
        return None
    return _hourly_wait(s, user, now) if refused is identity.Silent.THROTTLED else SUSPENDED


def _address(s: Session, raw_email: object, ident: Identity) -> str:
    if raw_email in (None, "") and ident.session_id is not None:
        return s.get(User, ident.user_id).email
    email = normalize_email(raw_email)
    if email is None:
        raise RuleError(400, "invalid_email", "This is not a valid email address.")
    return email


def _limit_per_conversation(s: Session, ctx: Context, conversation_id: str, now: datetime) -> None:
    """Visible, and the same for every address: 3 codes per conversation per 10 minutes."""
    recent = s.execute(
        select(func.count())
        .select_from(IdentityCheck)
        .where(
            IdentityCheck.conversation_id == conversation_id,
            IdentityCheck.created_at > identity.recent_since(now, ctx.settings),
        )
    ).scalar_one()
    decision = identity.conversation_may_ask(recent, ctx.settings)
    if isinstance(decision, identity.TooManyChecks):
        raise RuleError.retry_later(
            "too_many_checks",
            "Too many codes were asked in this conversation: try again later.",
            retry_after=decision.seconds,
        )


def _refused_email(
    s: Session, ctx: Context, user: User, conversation_id: str, now: datetime
) -> identity.Silent | None:
    """Limits per account (bot/core/identity.py): None when the code may go, else why not
    (recorded in the audit): no mailbox flooding (5 codes an hour), and no code at all once
    the account's wrong guesses reached the limit."""
    failures = email_guard.failures(s, ctx.settings, user.id, now)
    sent_last_hour = s.execute(
        select(func.count())
        .select_from(IdentityCheck)
        .where(
            IdentityCheck.user_id == user.id, IdentityCheck.created_at > identity.emails_since(now)
        )
    ).scalar_one()
    decision = identity.account_may_receive(failures, sent_last_hour, ctx.settings)
    if not isinstance(decision, identity.Silent):
        return None
    audit.record(s, user.id, "assistant", decision.value, conversation=conversation_id)
    return decision


def _hourly_wait(s: Session, user: User, now: datetime) -> int:
    oldest = s.execute(
        select(IdentityCheck.created_at)
        .where(
            IdentityCheck.user_id == user.id, IdentityCheck.created_at > identity.emails_since(now)
        )
        .order_by(IdentityCheck.created_at)
        .limit(1)
    ).scalar_one()
    return identity.emails_retry_after(oldest, now)


async def confirm_identity_check(
    ctx: Context, conversation_id: str, raw_code: object, ident: Identity, language: object = None
) -> dict:
    """Check the code of the conversation's latest check. A right code for an account whose
    wrong guesses reached the limit is refused like a wrong one (nothing tells it apart).
    Only from a widget session, like the start. The account's alert goes in the chat's
    `language`, as the codes did (fifty-sixth outside check, F8: a French alert after English
    codes)."""
    require_session(ident)
    code = normalize_code(raw_code)
    if code is None:
        raise RuleError(400, "invalid_code_format", "Type the 6 digits of the code.")
    verified, alert, left = await ctx.unit(_try_identity_code, ctx, conversation_id, code, ident)
    if verified:
        return {"verified": True}
    if alert is not None:
        notices.tell_later(
            ctx,
            alert,
            "identity_alert",
            language=language,
            failures=ctx.settings.email_code_failures_per_account,
        )
    if left <= 0:
        raise RuleError(410, "too_many_attempts", "Too many wrong codes: ask for a new one.")
    raise RuleError(400, "invalid_code", "This code is not valid.", attempts_left=left)


def _try_identity_code(
    ctx: Context, conversation_id: str, code: str, ident: Identity
) -> tuple[bool, User | None, int]:
    """One transaction: (verified, the account to alert, tries left)."""
    now = clock.now()
    with ctx.db.session() as s:
        check = _usable_check(s, ctx, conversation_id, now)
        check.attempts += 1
        good = same(
            check.code_hash, keyed_hash(ctx.settings.signing_key, "identity", check.id, code)
        )
        if good and check.user_id is not None and check.user_id != ident.user_id:
            # the code was sent from another account's session (the widget's token changed
            # since): it proves nothing for this one, so "verified" would mislead the chat
            # (seventeenth outsider check, A11); a refusal that asks for a new code
            raise RuleError(410, "session_changed", _SESSION_CHANGED)
        if (
            good
            and check.user_id is not None
            and not email_guard.blocked(s, ctx.settings, check.user_id, now)
        ):
            _verified(s, check, ident, conversation_id, now)
            return True, None, 0
        alert = None
        if (
            not good
            and check.user_id is not None
            and email_guard.record_failure(s, ctx.settings, check.user_id, now, conversation_id)
        ):
            alert = s.get(User, check.user_id)
        return False, alert, identity.tries_left(check.attempts, ctx.settings)


_SESSION_CHANGED = "This code was asked from another portal session: ask for a new one."
_REFUSED_CHECK = {
    identity.CheckRefused.NO_CHECK: "No identity check is waiting: give the email address again.",
    identity.CheckRefused.EXPIRED: "The code has expired: ask for a new one.",
    identity.CheckRefused.TOO_MANY_ATTEMPTS: "Too many wrong codes: ask for a new one.",
}


def _usable_check(s: Session, ctx: Context, conversation_id: str, now: datetime) -> IdentityCheck:
    check = (
        s.execute(
            select(IdentityCheck)
            .where(IdentityCheck.conversation_id == conversation_id)
            .order_by(IdentityCheck.created_at.desc())
            .with_for_update()
        )
        .scalars()
        .first()
    )
    refused = identity.check_usable(
        check is not None,
        check is not None and check.verified_at is not None,
        check.expires_at if check else None,
        check.attempts if check else 0,
        now,
        ctx.settings,
    )
    if refused is not None:
        raise RuleError(410, refused.value, _REFUSED_CHECK[refused])
    return check


def _verified(
    s: Session, check: IdentityCheck, ident: Identity, conversation_id: str, now: datetime
) -> None:
    check.verified_at = now
    if ident.session_id is not None and ident.user_id == check.user_id:
        check.session_id = ident.session_id  # that portal session now has an email code too
    audit.record(
        s,
        check.user_id,
        "assistant",
        "identity_verified",
        conversation=conversation_id,
        via="email_code",
    )


# --------------------------------------------------------------------------- tickets


def ticket_json(t: Ticket) -> dict:
    """What the customer and the agents' queue both show of a ticket (the queue adds the
    customer, its age and who closed it: bot/rules/ticket_queue.py `ticket_row`)."""
    return {
        "number": t.number,
        "status": t.status,
        "reason": t.reason,
        "kind": t.kind,
        "assurance": t.assurance,
        "created_at": t.created_at.isoformat(),
        "closed_at": t.closed_at.isoformat() if t.closed_at else None,
        "refusal_reason": t.refusal_reason,
    }


def _open_ticket_of(s, user_id: int) -> Ticket | None:
    return (
        s.execute(select(Ticket).where(Ticket.user_id == user_id, Ticket.status == "open"))
        .scalars()
        .first()
    )


async def open_reset_ticket(
    ctx: Context,
    ident: Identity,
    reason: object,
    conversation_id: str | None,
    actor: str,
    language: object = None,
) -> tuple[dict, bool]:
    """Open (or return the open) 2FA reset ticket, for an identity strong enough for account
    recovery (bot/core/tickets.py, bot/core/assurance.py). It resets nothing: an agent
    completes it. The account's email is told, with the support line and the ticket number to
    say "this was not me".

    An account with no 2FA is told so first, before what its identity still lacks: a password
    alone may know it (the portal's popup shows it), and "confirm your identity" would send
    the customer through an email check that ends in "nothing to reset" (nineteenth outsider
    check)."""
    if ident.user_id is not None:
        await ctx.unit(_enrolled_or_refused, ctx, ident.user_id)
    level = _ticket_gate(ident, reason)
    lang = tickets.language(language)
    for _ in range(5):
        try:
            result, user = await ctx.unit(
                _new_ticket, ctx, ident.user_id, reason, conversation_id, level, actor, lang
            )
        except IntegrityError:
            continue  # another request opened it first (or a number collided): read it again
        if user is None:
            return result, False
        # in the ticket's language, as the identity code before it (sixth outsider check: an
        # English chat got its code in English and the ticket's notice in French)
        await notices.tell(ctx, user, "ticket_opened", language=lang, ticket=result["number"])
        return result, True
    raise RuleError(409, "conflict", "The ticket could not be opened: try again.")


def _ticket_gate(ident: Identity, reason: object) -> str:
    """The identity level a reset ticket is opened at, or the refusal (403 identity, 400 reason)."""
    gate = tickets.may_open(ident)
    if isinstance(gate, tickets.IdentityRequired):
        raise RuleError(
            403,
            "identity_required",
            tickets.IDENTITY_MESSAGE,
            missing=gate.missing,
            assurance=gate.assurance,
        )
    if not tickets.valid_reason(reason):
        raise RuleError.not_one_of("reason", RESET_REASONS)
    return gate.level


def _new_ticket(
    ctx: Context,
    user_id: int,
    reason: str,
    conversation_id: str | None,
    level: str,
    actor: str,
    language: str | None,
) -> tuple[dict, User | None]:
    """(the ticket, the account to tell), or (the open ticket, None) when one is open already."""
    with ctx.db.session() as s:
        existing = _open_ticket_of(s, user_id)
        if existing is not None:
            return ticket_json(existing), None
        t = Ticket(
            number=f"{TICKET_PREFIX}{random_reference()}",
            user_id=user_id,
            reason=reason,
            status="open",
            conversation_id=conversation_id,
            assurance=level,
            language=language,
            created_at=clock.now(),
        )
        s.add(t)
        s.flush()
        audit.record(
            s,
            user_id,
            actor,
            "ticket_opened",
            ticket=t.number,
            reason=reason,
            conversation=conversation_id,
            via=level,
        )
        return ticket_json(t), s.get(User, user_id)


def _enrolled_or_refused(ctx: Context, user_id: int) -> None:
    """No method enrolled (and no request open), nothing to reset: the activation takes the
    new number or app (seventeenth outsider check: the API opened one that an agent would then
    "complete" for nothing, and the ticket page did not say the account had no 2FA)."""
    with ctx.db.session() as s:
        if _open_ticket_of(s, user_id) is None and s.get(User, user_id).method is None:
            raise RuleError(409, "not_enrolled", tickets.NOT_ENROLLED_MESSAGE)


def tickets_in(s: Session, user_id: int) -> list[dict]:
    """The account's tickets, newest first ("Mes demandes")."""
    rows = s.execute(
        select(Ticket).where(Ticket.user_id == user_id).order_by(Ticket.created_at.desc())
    ).scalars()
    return [ticket_json(t) for t in rows]


# --------------------------------------------------------------------------- handoffs


def _waiting_handoff(s, conversation_id: str, ident: Identity):
    """The handoff that no agent closed yet, asked by the same caller with the same proof, if
    any: a customer who asks for a person twice (or a script asking 15 times) gets one
    reference, not a queue of duplicates. For an anonymous caller that is the conversation's;
    for a customer it is the account's, whichever conversation asked (outsider attacker check
    of 2026-12-01: one password opened 20 conversations and put 20 lines in the queue). A
    caller proven otherwise gets its own: the reference of a verified customer's handoff is
    never given to a message without that proof, and a customer who proved more since gets a
    handoff at that level (outsider re-check of 2026-12-01)."""
    whose = (
        and_(Handoff.user_id.is_(None), Handoff.conversation_id == conversation_id)
        if ident.user_id is None
        else Handoff.user_id == ident.user_id
    )
    return (
        s.execute(
            select(Handoff)
            .where(
                whose,
                Handoff.status != "closed",
                Handoff.identity_status == (ident.level or "none"),
            )
            .order_by(Handoff.created_at.desc())
        )
        .scalars()
        .first()
    )


@dataclass(frozen=True)
class _Account:
    """What a handoff needs to know of the customer's account, read once per request."""

    locked: bool = False
    ticket: Ticket | None = None  # the open reset request, if any
    enrolled: bool = True  # a method is active (an anonymous chat: not known, nothing said)


def _account_of(s: Session, ident: Identity) -> _Account:
    if ident.user_id is None:
        return _Account()
    user = s.get(User, ident.user_id)
    return _Account(
        locked=user is not None and user.locked_at is not None,
        ticket=_open_ticket_of(s, ident.user_id),
        enrolled=user is not None and user.method is not None,
    )


def _handoff_answer(
    ctx: Context, h: Handoff, account: _Account, ident: Identity, now, lang: str
) -> dict:
    """`account_locked`: the customer's own account (widget session) is locked, which only an
    agent undoes; the reply then says so rather than suggesting a 2FA reset request, which
    does not unlock anything (outsider check of 2026-12-01)."""
    ticket = account.ticket
    return {
        "account_locked": account.locked,
        # the chat was opened from the portal by a logged-in customer: the reply offers the
        # reset request "here" without telling them to log in (thirteenth outsider check)
        "signed_in": ident.user_id is not None,
        # no method active yet: the reply does not offer a reset request, which the chat would
        # then refuse ("nothing to reset": thirty-eighth outsider check, finding 9)
        "two_factor_active": account.enrolled,
        "reference": h.reference,
        "phone": ctx.settings.phone_line,
        "choice": ctx.settings.phone_choice,
        # the number only with a second proof, as in "Mes demandes": with a password alone it
        # could be quoted on the phone to have the owner's own request refused (outsider
        # attacker check of 2026-12-01); that a request is open is said either way
        "ticket": ticket.number if ticket and (ident.second_factor or ident.email_code) else None,
        "ticket_open": ticket is not None,
        "line": business_hours.line_status(now, ctx.settings, lang),
    }


def check_client_key(raw: object) -> str | None:
    """The handoff's `client` (the chat channel's key of the client's address), or None when
    absent; 400 `invalid_client` when it is not a short token."""
    key = handoffs.client_key(raw)
    if isinstance(key, handoffs.Invalid):
        raise RuleError(400, key.error, key.message)
    return key


def create_handoff(
    ctx: Context,
    conversation_id: str,
    ident: Identity,
    language: object,
    reason: object,
    client: object = None,
) -> dict:
    """Unit of work: a reference for the phone line (the same one while it waits). `client`:
    the chat channel's key of the client's address, if the assistant sent one."""
    lang, reason_s = handoffs.language(language), handoffs.reason(reason)
    asked = _Asked(lang, reason_s, check_client_key(client))
    now = clock.now()
    for _ in range(5):
        try:
            with _anonymous_turn(ident), ctx.db.session() as s:
                account = _account_of(s, ident)
                h = _handoff_for(s, ctx, conversation_id, ident, asked, now, account)
                return _handoff_answer(ctx, h, account, ident, now, lang)
        except IntegrityError:
            continue  # a reference collided, or a parallel request created it: read again
    raise RuleError(409, "conflict", "The handoff could not be created: try again.")


def withdraw_handoff(ctx: Context, conversation_id: str, ident: Identity) -> dict:
    """Unit of work: the customer calls off the handoff this conversation is waiting on.

    Only this conversation's, only while no agent has taken it, and a customer's only with
    the same account's proof: a conversation id alone never withdraws a logged-in customer's
    call. `withdrawn` false with a `reference`: an agent has it already (`taken`); without
    one: nothing was waiting (said the same way whatever the reason, so the answer tells
    nothing about other conversations)."""
    with ctx.db.session() as s:
        h = (
            s.execute(
                select(Handoff)
                .where(Handoff.conversation_id == conversation_id, Handoff.status != "closed")
                .order_by(Handoff.created_at.desc())
            )
            .scalars()
            .first()
        )
        if h is None or (h.user_id is not None and h.user_id != ident.user_id):
            return {"withdrawn": False, "reference": None, "taken": False}
        if h.status != "open":
            return {"withdrawn": False, "reference": h.reference, "taken": True}
        handoff_lifecycle.withdraw(s, h)
        return {"withdrawn": True, "reference": h.reference, "taken": False}


@dataclass(frozen=True)
class _Asked:
    """What the assistant sent with a handoff, checked."""

    language: str
    reason: str
    client_key: str | None


# Anonymous handoffs are counted, then added: two at once could both see room for one. One
# at a time in this process (the lock is held until the unit's commit), and across backend
# processes on PostgreSQL a transaction lock (`_serialise_anonymous`). They are rare (tens an
# hour), so waiting costs nothing; a customer's own handoff never waits for them.
_ANONYMOUS_LOCK = threading.Lock()
_ANONYMOUS_ADVISORY_KEY = 0x4D324D48  # "M2MH": pg_advisory_xact_lock's key for them


def _anonymous_turn(ident: Identity) -> AbstractContextManager:
    return _ANONYMOUS_LOCK if ident.user_id is None else nullcontext()


def _serialise_anonymous(s: Session) -> None:
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ANONYMOUS_ADVISORY_KEY})


def _ensure_anonymous_room(s: Session, ctx: Context, now, asked: _Asked) -> None:
    """Anonymous handoffs are capped per hour, per client and all chats together
    (bot/core/handoffs.py): past either cap, the same 429 `handoff_limit`, which the assistant
    turns into the phone line without a reference. A handoff without a client key (an older
    assistant, a direct API caller) meets the global cap only. The refusal still says whether
    the line is open now and when it opens, as the handoff's answer does: a customer told the
    weekly hours on a Saturday would call a closed line (thirty-eighth outsider check, 8)."""
    client_key = asked.client_key
    _serialise_anonymous(s)
    since = now - timedelta(seconds=handoffs.ANONYMOUS_WINDOW_SECONDS)
    anonymous = and_(Handoff.user_id.is_(None), Handoff.created_at > since)
    by_client = 0
    if client_key is not None:
        by_client = s.execute(
            select(func.count()).where(anonymous, Handoff.client_key == client_key)
        ).scalar_one()
    created = s.execute(select(func.count()).where(anonymous)).scalar_one()
    settings = ctx.settings
    if handoffs.client_spent_its_share(
        by_client, settings.anonymous_handoffs_per_client
    ) or handoffs.anonymous_queue_full(created, settings.anonymous_handoffs_per_hour):
        raise RuleError.retry_later(
            "handoff_limit",
            "Too many requests for an agent from anonymous chats: call the support line.",
            retry_after=handoffs.ANONYMOUS_WINDOW_SECONDS,
            line=business_hours.line_status(now, ctx.settings, asked.language),
        )


def _follow_the_customer(
    s: Session,
    h: Handoff,
    conversation_id: str,
    ident: Identity,
    asked: _Asked,
    account: _Account,
) -> None:
    """A customer who asks again from a new chat keeps the reference, and the agent who takes
    the call reads that chat: the handoff moves to it (the audit names each chat in turn, and
    the agent's view shows the earlier ones too: bot/rules/agent._earlier_conversations), with
    its reason if the new one says more. Ninth outsider check: the console showed
    only the first chat, and the second's details ("tried Renvoyer 3 times") were lost.
    Asked again, in the same chat or another, the language is the latest one: the agent calls
    in the language the customer last wrote (eleventh outsider check: an English chat's
    handoff still said French)."""
    reason_s, h.language = asked.reason, asked.language
    if h.conversation_id == conversation_id:
        return
    audit.record(
        s,
        ident.user_id,
        "assistant",
        "handoff_followed",
        reference=h.reference,
        conversation=conversation_id,
    )
    h.conversation_id = conversation_id
    h.reason = handoffs.reason_for_agent(
        reason_s, account.locked, account.ticket is not None, current=h.reason
    )


def _withdrawn_reason(s, conversation_id: str, ident: Identity) -> str | None:
    """The reason of the latest handoff this conversation called off, for the same caller (a
    customer's only with the same account; an anonymous caller's only if it was anonymous)."""
    whose = Handoff.user_id.is_(None) if ident.user_id is None else Handoff.user_id == ident.user_id
    return (
        s.execute(
            select(Handoff.reason)
            .where(
                whose,
                Handoff.conversation_id == conversation_id,
                Handoff.outcome == handoffs.WITHDRAWN,
            )
            .order_by(Handoff.created_at.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )


def _new_reason(
    s: Session, conversation_id: str, ident: Identity, asked: _Asked, account: _Account
) -> str:
    """The queue's reason for a new handoff (bot/core/handoffs.reason_for_agent)."""
    withdrawn = _withdrawn_reason(s, conversation_id, ident)
    ticket_open = account.ticket is not None
    return handoffs.reason_for_agent(asked.reason, account.locked, ticket_open, withdrawn=withdrawn)


def _handoff_for(
    s: Session,
    ctx: Context,
    conversation_id: str,
    ident: Identity,
    asked: _Asked,
    now,
    account: _Account,
) -> Handoff:
    waiting = _waiting_handoff(s, conversation_id, ident)
    if waiting is not None:  # asked again: the same reference, one line in the queue
        _follow_the_customer(s, waiting, conversation_id, ident, asked, account)
        return waiting
    if ident.user_id is None:
        _ensure_anonymous_room(s, ctx, now, asked)
    reason_s = _new_reason(s, conversation_id, ident, asked, account)
    h = Handoff(
        reference=random_reference(6),
        conversation_id=conversation_id,
        user_id=ident.user_id,
        language=asked.language,
        identity_status=ident.level or "none",
        ticket_id=account.ticket.id if account.ticket else None,
        reason=reason_s,
        status="open",
        created_at=now,
        client_key=asked.client_key,
    )
    s.add(h)
    s.flush()
    audit.record(
        s,
        ident.user_id,
        "assistant",
        "handoff_created",
        reference=h.reference,
        conversation=conversation_id,
        reason=reason_s,
    )
    return h
