"""What support agents do from the console: look up handoffs, complete or refuse a 2FA
reset ticket (the only way 2FA is ever reset), unlock an account after a lockout."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot import clock
from bot.config import Settings
from bot.core import handoffs, lockout, tickets
from bot.core.grace import grace_of
from bot.models import Agent, AuditEvent, Challenge, Handoff, PortalSession, Ticket, User
from bot.rules import agent_sessions, audit, devices, login_guard, notices, throttle
from bot.rules import handoff_lifecycle as lifecycle
from bot.rules.caller_check import caller_check
from bot.rules.context import Context, RuleError
from bot.rules.ticket_queue import latest_ticket
from bot.security import mask_email, mask_phone, normalize_email, same, verify_password

BAD_LOGIN = (
    "Wrong username or password, or this agent account is locked (another agent can unlock it)."
)


async def login(
    ctx: Context, username: object, password: object, client_ip: str
) -> tuple[dict, str]:
    """Agent login: (agent, console session token). Throttled per username and per client
    like the portal, and the account locks after AGENT_LOCK_AFTER_FAILURES consecutive wrong
    passwords. One answer for every refusal: no hint that a username exists or is locked."""
    if (
        not isinstance(username, str)
        or not isinstance(password, str)
        or len(username) > 64
        or len(password) > 256
        or "\x00" in username
    ):  # PostgreSQL refuses NUL in text parameters
        raise RuleError(400, "invalid_request", "Give a username and a password.")
    now = clock.now()
    attempt, agent_id, password_hash = await ctx.unit(_begin_login, ctx, username, client_ip, now)
    good = await ctx.blocking(verify_password, password_hash, password)
    return await ctx.unit(_finish_login, ctx, attempt, agent_id, good, now)


def _begin_login(
    ctx: Context, username: str, client_ip: str, now: datetime
) -> tuple[login_guard.Attempt, int | None, str | None]:
    """Record the attempt (committed before the password is checked), find the agent."""
    attempt = login_guard.subjects(ctx.settings, "agent", username, client_ip)
    with ctx.db.session() as s:
        attempt = login_guard.begin(s, ctx.settings, attempt, now)
        agent = s.execute(select(Agent).where(Agent.username == username)).scalar_one_or_none()
        return attempt, (agent.id if agent else None), (agent.password_hash if agent else None)


def _finish_login(
    ctx: Context, attempt: login_guard.Attempt, agent_id: int | None, good: bool, now: datetime
) -> tuple[dict, str]:
    with ctx.db.session() as s:
        agent = s.get(Agent, agent_id) if agent_id is not None else None
        if agent is None or agent.locked_at is not None or not good:
            if agent is not None and not good:
                _count_failure(s, ctx, agent, now)
            s.commit()
            raise RuleError(401, "invalid_credentials", BAD_LOGIN)
        login_guard.succeeded(s, ctx.settings, attempt, now)
        agent.failed_logins = 0
        audit.record(s, None, f"agent:{agent.username}", "agent_login")
        token = agent_sessions.open_session(s, ctx.settings, agent, now)
        return {"username": agent.username, "name": agent.name}, token


def _count_failure(s: Session, ctx: Context, agent: Agent, now: datetime) -> None:
    agent.failed_logins = (agent.failed_logins or 0) + 1
    if (
        lockout.locks_now(agent.failed_logins, ctx.settings.agent_lock_threshold)
        and agent.locked_at is None
    ):
        agent.locked_at = now
        audit.record(
            s, None, "system", "agent_locked", agent=agent.username, failures=agent.failed_logins
        )


def caller(ctx: Context, token: str | None, cookie: str | None) -> str:
    """Unit of work: the agent behind a request ("api" for the AGENT_TOKEN bearer), or 401."""
    if token and same(token, ctx.settings.agent_token):
        return "api"
    if cookie:
        with ctx.db.session() as s:
            username = agent_sessions.agent_of(s, ctx.settings, cookie, clock.now())
        if username is not None:
            return username
    raise RuleError(401, "unauthorized", "Agents only: log in to the console.")


def logout(ctx: Context, cookie: str | None) -> None:
    """Ends the session on the server: the cookie is worthless afterwards, even if kept."""
    with ctx.db.session() as s:
        agent_sessions.revoke(s, ctx.settings, cookie, clock.now())


def unlock_agent(ctx: Context, username: object, by: str) -> dict:
    """Lift an agent's lock (another agent from the console or the API, or the CLI)."""
    with ctx.db.session() as s:
        agent = (
            s.execute(select(Agent).where(Agent.username == username)).scalar_one_or_none()
            if isinstance(username, str) and len(username) <= 64
            else None
        )
        if agent is None:
            raise RuleError(404, "not_found", "No agent has this username.")
        if agent.locked_at is None:
            # as for a customer's account: "unlocked: true" for an agent who was not locked
            # misled (eleventh outsider check, agent check 17)
            raise RuleError(409, "not_locked", "This agent is not locked: nothing to unlock.")
        agent.failed_logins, agent.locked_at = 0, None
        audit.record(s, None, by, "agent_unlocked", agent=agent.username)
        return {"unlocked": True}


def _handoff_json(s, h: Handoff, settings: Settings) -> dict:
    user = s.get(User, h.user_id) if h.user_id else None
    ticket = s.get(Ticket, h.ticket_id) if h.ticket_id else None
    if user is not None and ticket is None:  # a ticket opened after the handoff
        ticket = latest_ticket(s, user.id)
    return {
        "reference": h.reference,
        "conversation_id": h.conversation_id,
        "language": h.language,
        "identity_status": h.identity_status,
        "reason": h.reason,
        "status": h.status,
        "taken_by": h.taken_by,
        "created_at": h.created_at.isoformat(),
        **lifecycle.lifecycle_json(h),
        "customer": None
        if user is None
        else {
            "email": mask_email(user.email),
            "name": user.name,
            "method": user.method,
            "masked_phone": mask_phone(user.phone),
            "locked": user.locked_at is not None,
            **_grace_json(user, settings),
        },
        "ticket": None
        if ticket is None
        else {
            "number": ticket.number,
            "status": ticket.status,
            "reason": ticket.reason,
            "assurance": ticket.assurance,
        },
    }


def _grace_json(user: User, settings: Settings) -> dict:
    """A customer without the second factor: when their 28 days end or ended, so that the agent
    on the phone can say it ("do I still have time?") without asking the chat (sixty-fourth
    outside check, F17: the card said "no method" and nothing of the deadline). Read through
    the 28 days' one rule (`grace_of`), as the chat and the portal read it."""
    if user.method is not None or user.grace_deadline is None:
        return {"deadline_at": None, "grace_expired": None}
    grace = grace_of(user, clock.now(), settings)
    return {"deadline_at": user.grace_deadline.isoformat(), "grace_expired": grace.expired}


def _customer_tickets(s, h: Handoff) -> list[dict]:
    """Every ticket of the handoff's customer, newest first (the handoff page links them)."""
    if not h.user_id:
        return []
    rows = s.execute(
        select(Ticket).where(Ticket.user_id == h.user_id).order_by(Ticket.created_at.desc())
    ).scalars()
    return [
        {
            "number": t.number,
            "status": t.status,
            "reason": t.reason,
            "created_at": t.created_at.isoformat(),
        }
        for t in rows
    ]


def list_handoffs(
    ctx: Context, limit: int = 50, view: str = "recent", email: object = None
) -> list[dict]:
    """`recent`: newest first; `queue`: waiting and taken, longest waiting first; with
    `email`: the handoffs of the account with exactly that address."""
    with ctx.db.session() as s:
        if email is not None:
            rows = lifecycle.by_email(s, email, limit)
        elif view == "queue":
            rows = lifecycle.queue(s, limit)
        else:
            rows = s.execute(
                select(Handoff).order_by(Handoff.created_at.desc(), Handoff.id.desc()).limit(limit)
            ).scalars()
        return [_handoff_json(s, h, ctx.settings) for h in rows]


def normalize_reference(raw: object) -> str:
    ref = handoffs.normalize_reference(raw)
    if ref is None:
        raise RuleError(400, "invalid_reference", handoffs.REFERENCE_MESSAGE)
    return ref


def _find_handoff(s, reference: object) -> Handoff:
    ref = normalize_reference(reference)
    h = s.execute(select(Handoff).where(Handoff.reference == ref)).scalar_one_or_none()
    if h is None:
        raise RuleError(404, "not_found", "No handoff has this reference.")
    return h


def get_handoff(ctx: Context, reference: object) -> dict:
    with ctx.db.session() as s:
        h = _find_handoff(s, reference)
        return {
            **_handoff_json(s, h, ctx.settings),
            "customer_tickets": _customer_tickets(s, h),
            "other_handoffs": _other_handoffs(s, h),
            "earlier_conversations": _earlier_conversations(s, h),
        }


def _other_handoffs(s, h: Handoff) -> list[dict]:
    """The same customer's other handoffs still waiting or taken, oldest first. One customer
    can stand twice in the queue: asked at the password step, then again after an email code
    (a weaker proof never gets the stronger one's reference), or before and after a ticket.
    Both outsider checks of the tenth session read the two lines as a defect; each handoff's
    page now names the other, so that one agent takes both calls."""
    if not h.user_id:
        return []  # an anonymous handoff names no customer to match
    rows = s.execute(
        select(Handoff)
        .where(
            Handoff.user_id == h.user_id,
            Handoff.id != h.id,
            Handoff.status.in_(lifecycle.handoffs.ACTIVE),
        )
        .order_by(Handoff.created_at.asc(), Handoff.id.asc())
    ).scalars()
    return [
        {"reference": o.reference, "identity_status": o.identity_status, "status": o.status}
        for o in rows
    ]


def _earlier_conversations(s, h: Handoff) -> list[str]:
    """The chats this handoff followed its customer from, oldest first: asked again from a
    new chat, a handoff moves to it (bot/rules/support._follow_the_customer), and the tenth
    outsider check found the first chat ("qui peut le débloquer ?") only in the audit log.
    The audit names each chat in turn: `handoff_created`, then each `handoff_followed`."""
    if not h.user_id:
        return []  # an anonymous handoff belongs to one chat
    rows = s.execute(
        select(AuditEvent)
        .where(
            AuditEvent.user_id == h.user_id,
            AuditEvent.event.in_(("handoff_created", "handoff_followed")),
        )
        .order_by(AuditEvent.at.asc(), AuditEvent.id.asc())
    ).scalars()
    earlier: list[str] = []
    for event in rows:
        detail = json.loads(event.detail or "{}")
        chat = detail.get("conversation")
        if detail.get("reference") == h.reference and chat not in (*earlier, h.conversation_id):
            earlier.append(chat)
    return earlier


def take_handoff(ctx: Context, reference: object, agent: str) -> dict:
    with ctx.db.session() as s:
        h = _find_handoff(s, reference)
        lifecycle.take(s, h, agent)
        return _handoff_json(s, h, ctx.settings)


def close_handoff(
    ctx: Context, reference: object, agent: str, outcome: object, note: object
) -> dict:
    outcome_s, note_s = lifecycle.check_close(outcome, note)
    with ctx.db.session() as s:
        h = _find_handoff(s, reference)
        if outcome_s == "ticket_opened":
            _tie_the_ticket(s, h)
        lifecycle.close(s, h, agent, outcome_s, note_s)
        return _handoff_json(s, h, ctx.settings)


def _tie_the_ticket(s: Session, h: Handoff) -> None:
    """`ticket_opened` records a reset request that exists: the handoff's own, or one its
    customer opened since it was asked (in « Mes demandes » or the chat, during the call),
    which the handoff then names. The forty-sixth outsider check closed a handoff as
    `ticket_opened` with no ticket anywhere: the record said something nobody had checked.
    An anonymous caller's handoff names no account to look in: "other", with the ticket's
    number in the note."""
    if h.ticket_id is not None:
        return
    ticket = latest_ticket(s, h.user_id) if h.user_id is not None else None
    if ticket is None or ticket.created_at < h.created_at:
        raise RuleError(
            409,
            "no_ticket",
            "No reset request was opened for this customer since the call was asked: have them"
            " open one in « Mes demandes » (or the chat), or close with another outcome.",
        )
    h.ticket_id = ticket.id


def _open_ticket(s, number: object) -> Ticket:
    normalized = tickets.normalize_number(number)
    if normalized is None:
        raise RuleError(400, "invalid_ticket", "A ticket number looks like T-XXXXXX.")
    t = s.execute(select(Ticket).where(Ticket.number == normalized)).scalar_one_or_none()
    if t is None:
        raise RuleError(404, "not_found", "No ticket has this number.")
    if t.status != "open":
        raise RuleError(409, "ticket_closed", f"This ticket is already {t.status}.")
    return t


async def complete_ticket(ctx: Context, number: object, agent: str) -> dict:
    """Reset the account's 2FA: factor removed, remembered devices and open portal sessions
    revoked, pending challenges cancelled, lock lifted; the customer sets 2FA up again at the
    next login, and the account's email is told (with the way to say "this was not me")."""
    result, user, language = await ctx.unit(_complete_ticket, ctx, number, agent)
    # in the language of the chat the request came from (null: the account's), as the email
    # that confirmed it; ninth outsider check: an English request was completed in French
    await notices.tell(ctx, user, "reset_completed", language=language, ticket=result["number"])
    return result


def _complete_ticket(ctx: Context, number: object, agent: str) -> tuple[dict, User, str | None]:
    now = clock.now()
    with ctx.db.session() as s:
        t = _open_ticket(s, number)
        user = s.get(User, t.user_id)
        _reset_factor(s, user, now)
        t.status, t.closed_at, t.closed_by = "completed", now, agent
        audit.record(s, user.id, f"agent:{agent}", "reset_completed", ticket=t.number)
        return _decided(s, t, agent), user, t.language


def _reset_factor(s: Session, user: User, now: datetime) -> None:
    user.method = user.totp_secret = user.phone = None
    user.totp_last_step = -1
    user.enrolled_at = None
    user.enroll_requested = True
    user.factor_version = (user.factor_version or 1) + 1
    throttle.unlock(user)
    devices.revoke_all(s, user.id, now)
    s.execute(
        update(PortalSession)
        .where(PortalSession.user_id == user.id, PortalSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    s.execute(
        update(Challenge)
        .where(
            Challenge.user_id == user.id,
            Challenge.completed_at.is_(None),
            Challenge.cancelled_at.is_(None),
        )
        .values(cancelled_at=now)
    )


async def refuse_ticket(ctx: Context, number: object, reason: object, agent: str) -> dict:
    why = tickets.refusal_reason(reason)
    if why is None:
        raise RuleError(
            400, "invalid_reason", "Give the reason for refusing (at most 500 characters)."
        )
    result, user, language = await ctx.unit(_refuse_ticket, ctx, number, why, agent)
    await notices.tell(
        ctx, user, "reset_refused", language=language, ticket=result["number"], reason=why
    )
    return result


def _refuse_ticket(
    ctx: Context, number: object, why: str, agent: str
) -> tuple[dict, User, str | None]:
    with ctx.db.session() as s:
        t = _open_ticket(s, number)
        user = s.get(User, t.user_id)
        t.status, t.closed_at, t.closed_by, t.refusal_reason = "refused", clock.now(), agent, why
        audit.record(s, user.id, f"agent:{agent}", "reset_refused", ticket=t.number)
        return _decided(s, t, agent), user, t.language


def _decided(s: Session, t: Ticket, agent: str) -> dict:
    """A decided ticket, with the references of the handoffs closed with it."""
    closed = lifecycle.close_with_ticket(s, t, agent)
    return {"number": t.number, "status": t.status, "handoffs_closed": closed}


async def unlock(ctx: Context, email: object, agent: str, check: object) -> dict:
    """Lift the lock of the account with this email (the API's unlock by address)."""
    return await _unlock_and_tell(ctx, _unlock_by_email, email, agent, caller_check(check))


def _unlock_by_email(
    ctx: Context, email: object, agent: str, check: str
) -> tuple[dict, User, str | None]:
    if not isinstance(email, str) or not email.strip():
        # a list, a number or nothing is a malformed request, not an unknown address (forty-
        # first outsider check, F10: `{"email": ["a"]}` got 404 not_found)
        raise RuleError(400, "invalid_request", "Give the account's email address as a string.")
    e = normalize_email(email)
    with ctx.db.session() as s:
        user = s.execute(select(User).where(User.email == e)).scalar_one_or_none() if e else None
        if user is None:
            raise RuleError(404, "not_found", "No account has this email address.")
        return (*_unlock_user(s, user, agent, check), None)  # the account's language


async def unlock_handoff_customer(
    ctx: Context, reference: object, agent: str, check: object
) -> dict:
    """The console's "unlock" on a handoff: the customer the chat identified, once the agent
    checked on the phone who is calling, and said how (the masked email is all the console
    shows; bot/rules/caller_check.py)."""
    return await _unlock_and_tell(
        ctx, _unlock_handoff_customer, reference, agent, caller_check(check)
    )


def _unlock_handoff_customer(
    ctx: Context, reference: object, agent: str, check: str
) -> tuple[dict, User, str | None]:
    with ctx.db.session() as s:
        h = _find_handoff(s, reference)
        if h.status not in handoffs.ACTIVE:
            # a call withdrawn or closed is no call to act on: the unlock would be tied in the
            # audit to a conversation that ended (fifty-fifth outside check, F6)
            raise RuleError(
                409,
                "handoff_closed",
                "This handoff is closed: unlock by email, after checking who is calling.",
            )
        user = s.get(User, h.user_id) if h.user_id else None
        if user is None:
            raise RuleError(
                404,
                "no_customer",
                "This handoff names no customer account: unlock by email instead.",
            )
        if h.status != "taken" or h.taken_by != agent:
            # the check it rests on (a call back to the number on file, or the address's
            # confirmation) needs the account's details, shown only to the agent who took the
            # call (bot/rules/contact_on_file.py): an untaken handoff unlocked on "called back on
            # file" was an unchecked unlock (fifty-ninth outside check, F12)
            raise RuleError(
                409,
                "take_before_unlock",
                "Take the handoff first: the unlock follows a check of the caller that only the "
                "agent handling the call can make.",
            )
        # the email in the language the customer last wrote in the chat, as the tickets' are
        # (forty-seventh outsider check, F12: an English chat's unlock was told in French)
        return (*_unlock_user(s, user, agent, check), h.language)


async def _unlock_and_tell(
    ctx: Context,
    find_and_unlock: Callable[[Context, object, str, str], tuple[dict, User, str | None]],
    key: object,
    agent: str,
    check: str,
) -> dict:
    """Unlock, then email the account once it is committed: an unlock is a change of the
    account's security, its owner hears of it like of a reset (and can say it was not them).
    Tenth outsider check: the customer heard nothing, and any account "was unlocked"."""
    result, user, language = await ctx.unit(find_and_unlock, ctx, key, agent, check)
    await notices.tell(ctx, user, "unlocked", language=language)
    return result


def _unlock_user(s, user: User, agent: str, check: str) -> tuple[dict, User]:
    if user.locked_at is None:
        # the agent must not believe they solved the caller's problem: it is something else
        raise RuleError(409, "not_locked", "This account is not locked: nothing to unlock.")
    throttle.unlock(user)
    audit.record(s, user.id, f"agent:{agent}", "unlocked", via=check)
    return {"unlocked": True}, user
