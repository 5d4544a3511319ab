"""The life of a handoff to the phone line (issue 20): waiting (stored as `open`) -> taken
(by whom, when) -> closed (when, by whom, with the agent's outcome and note).

Why: the console showed handoffs newest first with no idea of how long a customer had been
waiting, who was on it, or what came of the call. The queue here is oldest first with the
waiting time, so the customer who called first is served first; closing asks what happened
(`outcome`) so a "no answer" can be called back and a "ticket opened" followed in the ticket
queue. Search is by reference or by the customer's exact email address (agents only: the
customer-facing side never says whether an account exists).
"""

from __future__ import annotations

from sqlalchemy import select

from bot import clock
from bot.models import Handoff, User
from bot.rules import audit
from bot.rules.context import Context, RuleError
from bot.security import normalize_email

OUTCOMES = ("solved_on_phone", "ticket_opened", "no_answer", "other")
ACTIVE = ("open", "taken")
MAX_NOTE = 2000


def waiting_seconds(h: Handoff) -> int:
    """How long the customer waited: until an agent took it, or until now while nobody has."""
    end = h.taken_at or h.closed_at or clock.now()
    return max(0, int((end - h.created_at).total_seconds()))


def lifecycle_json(h: Handoff) -> dict:
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    return {"taken_at": iso(h.taken_at), "closed_at": iso(h.closed_at), "closed_by": h.closed_by,
            "outcome": h.outcome, "note": h.note, "waiting_seconds": waiting_seconds(h)}


def check_close(outcome: object, note: object) -> tuple[str, str | None]:
    """The outcome is one of OUTCOMES; the note is optional except for `other`, where it is
    the only record of what happened."""
    if outcome not in OUTCOMES:
        raise RuleError(400, "invalid_outcome", f"outcome must be one of {', '.join(OUTCOMES)}.")
    if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE
                             or any(not ch.isprintable() and ch not in "\n\t" for ch in note)):
        raise RuleError(400, "invalid_note", f"The note is text of at most {MAX_NOTE} characters.")
    text = note.strip() if isinstance(note, str) and note.strip() else None
    if outcome == "other" and text is None:
        raise RuleError(400, "invalid_note", "Say in the note what happened (outcome: other).")
    return outcome, text


def take(s, h: Handoff, agent: str) -> None:
    if h.status != "open":
        raise RuleError(409, h.status, f"This handoff is already {h.status}"
                        + (f" by {h.taken_by}." if h.status == "taken" and h.taken_by else "."))
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
    audit.record(s, h.user_id, f"agent:{agent}", "handoff_closed", reference=h.reference, outcome=outcome)


def queue(s, limit: int) -> list[Handoff]:
    """Waiting and taken handoffs, the one waiting longest first."""
    return list(s.execute(select(Handoff).where(Handoff.status.in_(ACTIVE))
                          .order_by(Handoff.created_at.asc(), Handoff.id.asc()).limit(limit)).scalars())


def by_email(s, raw: object, limit: int) -> list[Handoff]:
    """Handoffs of the account with exactly this email (case and spaces aside), newest first.
    An address nobody has gives an empty list."""
    email = normalize_email(raw)
    if email is None:
        raise RuleError(400, "invalid_email", "Give the customer's full email address.")
    user = s.execute(select(User).where(User.email == email)).scalar_one_or_none()
    if user is None:
        return []
    return list(s.execute(select(Handoff).where(Handoff.user_id == user.id)
                          .order_by(Handoff.created_at.desc(), Handoff.id.desc()).limit(limit)).scalars())
