"""The account's phone number and email shown to the agent who calls the customer back.

The unlock asks how the caller was checked (bot/rules/caller_check.py): called back on the
account's number, or confirmed from the account's address. The console showed both masked
(`+33 6••••••78`, `l•••@demo.m2m`), as it must for everyone who reads a handoff, so the agent
could not do either check and could only tick the box (fifty-first outside check, F4).

Revealed on demand, one handoff at a time, to the agent who took it (not to every reader of the
queue), and recorded: the audit keeps who saw which account's details, when, and for which
handoff (`contact_revealed`), so a review can tell an unlock that followed a real call-back
from one that did not. The details themselves are never written to the audit.
"""

from __future__ import annotations

from bot.models import User
from bot.rules import audit
from bot.rules.agent import _find_handoff
from bot.rules.context import Context, RuleError


def reveal(ctx: Context, reference: object, agent: str) -> dict:
    """The handoff's customer's phone number (E.164, or None) and email, for `agent`, who took
    the handoff; a 409 otherwise, a 404 when it names no account."""
    with ctx.db.session() as s:
        h = _find_handoff(s, reference)
        user = s.get(User, h.user_id) if h.user_id else None
        if user is None:
            raise RuleError(404, "no_customer", "This handoff names no customer account.")
        if h.status != "taken" or h.taken_by != agent:
            raise RuleError(
                409,
                "not_taken_by_you",
                "Take the handoff first: the account's details are shown to the agent handling it.",
            )
        audit.record(s, user.id, f"agent:{agent}", "contact_revealed", reference=h.reference)
        return {"phone": user.phone, "email": user.email}
