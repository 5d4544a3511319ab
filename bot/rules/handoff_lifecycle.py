"""The life of a handoff to the phone line, stored: waiting (`open`) -> taken -> closed.
The rules (outcomes, notes, waiting time, why the queue is oldest first) are
bot/core/handoffs.py; search is by reference or by the customer's exact email address (agents
only: the customer-facing side never says whether an account exists).
"""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from bot import clock
from bot.core import handoffs
from bot.models import Handoff, Ticket, User
from bot.rasa_ext.scrub import mask_pii
from bot.rules import audit
from bot.rules.context import RuleError
from bot.security import normalize_email

OUTCOMES = handoffs.OUTCOMES


def waiting_seconds(h: Handoff) -> int:
    return handoffs.waiting_seconds(h.created_at, h.taken_at, h.closed_at, clock.now())


def lifecycle_json(h: Handoff) -> dict:
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    return {
        "taken_at": iso(h.taken_at),
        "closed_at": iso(h.closed_at),
        "closed_by": h.closed_by,
        "outcome": h.outcome,
        "note": h.note,
        "waiting_seconds": waiting_seconds(h),
    }


def check_close(outcome: object, note: object) -> tuple[str, str | None]:
    decision = handoffs.closing(outcome, note)
    if isinstance(decision, handoffs.Invalid):
        raise RuleError(400, decision.error, decision.message)
    # an agent's note is read by every agent, kept as long as the handoff: a code, password
    # or phone number written down from the call is masked as in the transcripts (eleventh
    # outsider check: stored as typed)
    return decision.outcome, mask_pii(decision.note) if decision.note else None


def take(s, h: Handoff, agent: str) -> None:
    refusal = handoffs.take_refusal(h.status, h.taken_by, agent)
    if refusal is not None:
        raise RuleError(409, h.status, refusal)
    if handoffs.already_theirs(h.status, h.taken_by, agent):
        return  # taken a second time by the same agent: when it was taken stays as it was
    now = clock.now()
    h.status, h.taken_by, h.taken_at, h.updated_at = "taken", agent, now, now
    audit.record(s, h.user_id, f"agent:{agent}", "handoff_taken", reference=h.reference)


def close(s, h: Handoff, agent: str, outcome: str, note: str | None) -> None:
    """Close a waiting or taken handoff. A waiting one closed directly counts as taken by the
    closing agent (someone did handle it)."""
    if h.status == "closed":
        raise RuleError(409, "closed", "This handoff is closed.")
    now = clock.now()
    if h.taken_at is None:
        h.taken_by, h.taken_at = agent, now
    h.status, h.closed_at, h.closed_by, h.updated_at = "closed", now, agent, now
    h.outcome, h.note = outcome, note
    audit.record(
        s, h.user_id, f"agent:{agent}", "handoff_closed", reference=h.reference, outcome=outcome
    )


def withdraw(s, h: Handoff) -> None:
    """The customer called off a handoff no agent has taken: closed as `withdrawn`, by the
    customer. It still counts in the hour's anonymous share (bot/core/handoffs.py): asking and
    withdrawing in a loop must not be a way around the cap."""
    now = clock.now()
    h.status, h.closed_at, h.closed_by, h.updated_at = "closed", now, handoffs.BY_CUSTOMER, now
    h.outcome = handoffs.WITHDRAWN
    audit.record(s, h.user_id, "assistant", "handoff_withdrawn", reference=h.reference)


def close_with_ticket(s, ticket: Ticket, agent: str) -> list[str]:
    """Close the handoffs about this ticket that are still waiting once an agent decides it.
    The tenth outsider check found a completed ticket's handoff still waiting in the queue,
    a call nobody needed to make any more (the customer is emailed the decision). A handoff
    an agent has taken stays theirs to close, with the outcome of their call."""
    # a handoff asked before the ticket existed names no ticket (the console shows the
    # customer's latest one as its ticket): once the reset is done, which also lifts a lock,
    # the same customer's unlinked ones go too (eleventh outsider check: one of two handoffs
    # about the ticket stayed waiting). A refusal solves nothing else: only the linked ones
    about = Handoff.ticket_id == ticket.id
    if ticket.status == "completed":
        unlinked = and_(Handoff.ticket_id.is_(None), Handoff.user_id == ticket.user_id)
        about = or_(about, unlinked)
    waiting = s.execute(select(Handoff).where(about, Handoff.status == "open")).scalars()
    closed = []
    for h in waiting:
        # the call ended in this reset request: `ticket_opened`, which the analytics count as
        # such; "other" mixed them with calls whose outcome nobody recorded (fifty-third outside
        # check, F14)
        close(
            s, h, agent, "ticket_opened", f"Closed with ticket {ticket.number} ({ticket.status})."
        )
        closed.append(h.reference)
    return closed


def queue(s, limit: int) -> list[Handoff]:
    """Waiting and taken handoffs, the one waiting longest first."""
    return list(
        s.execute(
            select(Handoff)
            .where(Handoff.status.in_(handoffs.ACTIVE))
            .order_by(Handoff.created_at.asc(), Handoff.id.asc())
            .limit(limit)
        ).scalars()
    )


def by_email(s, raw: object, limit: int) -> list[Handoff]:
    """Handoffs of the account with exactly this email (case and spaces aside), newest first.
    An address nobody has gives an empty list."""
    email = normalize_email(raw)
    if email is None:
        raise RuleError(400, "invalid_email", "Give the customer's full email address.")
    user = s.execute(select(User).where(User.email == email)).scalar_one_or_none()
    if user is None:
        return []
    return list(
        s.execute(
            select(Handoff)
            .where(Handoff.user_id == user.id)
            .order_by(Handoff.created_at.desc(), Handoff.id.desc())
            .limit(limit)
        ).scalars()
    )
