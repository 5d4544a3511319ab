"""A customer asks the assistant to delete their conversation (issue 20, retention).

What goes: the conversation's transcript in Rasa's tracker store (everything typed and
answered), its rating and comment, and its link to the account (so analytics count it as
"unknown"). What stays: tickets and handoffs it opened, which are the support team's work and
the customer's own requests (they name the conversation by its public id, whose transcript
is then gone: the console says so), and one audit entry that records the request, never
its content.

Why later and not now: the request arrives while Rasa is still inside the turn that asked
for it, and Rasa 3.6's SQL tracker store saves a turn by appending the events it does not
find stored: rows deleted during the turn would be written back at its end. The deletion
therefore runs `forget_delay` seconds after the answer (setting FORGET_DELAY_SECONDS,
default 10), when the turn has been saved; messages sent in between go with it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import datetime

from sqlalchemy import delete, select

from bot.core.assurance import Identity
from bot.models import AuditEvent, ConversationLink, Rating
from bot.rules import audit, links, retention
from bot.rules.context import Context, RuleError

log = logging.getLogger("bot.retention")


def forget_now(ctx: Context, conversation_id: str) -> int:
    """Delete the conversation's transcript, rating and account link; returns the number of
    transcript events deleted."""
    with ctx.db.session() as s:
        user_id = links.account_of(s, conversation_id)
        s.execute(delete(Rating).where(Rating.conversation_id == conversation_id))
        s.execute(
            delete(ConversationLink).where(ConversationLink.conversation_id == conversation_id)
        )
        audit.record(s, user_id, "customer", "conversation_forgotten", conversation=conversation_id)
    events = retention.delete_transcript(ctx.settings.tracker_store_url, conversation_id)
    log.info(
        "conversation %s forgotten at the customer's request (%d events)", conversation_id, events
    )
    return events


def forgotten_at(ctx: Context, conversation_id: str) -> datetime | None:
    """When the customer had this conversation deleted (its audit entry), if they did."""
    mark = json.dumps({"conversation": conversation_id}, ensure_ascii=False)[1:-1]
    with ctx.db.session() as s:
        return s.execute(
            select(AuditEvent.at)
            .where(
                AuditEvent.event == "conversation_forgotten",
                AuditEvent.detail.contains(mark, autoescape=True),
            )
            .order_by(AuditEvent.at.desc())
            .limit(1)
        ).scalar_one_or_none()


def ensure_may_forget(ctx: Context, conversation_id: str, ident: Identity) -> None:
    """A conversation that identified an account (ConversationLink) is that account's: only
    its portal session may delete it. The transcript is what agents read behind a reset
    ticket or a handoff, and the conversation id alone is no credential (outsider attacker
    check of 2026-12-01, F4: a message without a token deleted the transcript of a verified
    conversation that had opened a ticket). An anonymous conversation holds only the words
    of whoever typed them: anyone in it may delete it."""
    with ctx.db.session() as s:
        owner = links.account_of(s, conversation_id)
    if owner is not None and ident.user_id != owner:
        raise RuleError(
            401,
            "session_required",
            "This conversation belongs to an account: delete it from the chat opened on the "
            "portal while logged in to that account.",
        )


def schedule(ctx: Context, conversation_id: str) -> None:
    """Forget the conversation once the turn that asked for it has been saved (see above)."""

    async def after_the_turn() -> None:
        await asyncio.sleep(ctx.settings.forget_delay)
        try:
            await ctx.unit(forget_now, ctx, conversation_id)
        except Exception as exc:  # noqa: BLE001 - logged for the operator; the daily pass stays
            log.error("forgetting conversation %s failed: %s", conversation_id, type(exc).__name__)

    ctx.later(after_the_turn())
