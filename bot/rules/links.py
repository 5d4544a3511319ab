"""Which account a chat conversation identified, kept for verified outcomes.

The Support API learns who the customer is on each call (a widget session token, an email
code confirmed in the chat: bot.rules.support.identify) but kept nothing of it when the call
only read the account (status, a resend). Analytics needs it afterwards: "did this customer
log in with 2FA within 24 hours?" (bot/rules/outcomes.py). The first account a conversation
identified is recorded, once; later calls cost one indexed read.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import clock
from bot.models import ConversationLink
from bot.rules.context import Context


def account_of(s: Session, conversation_id: str) -> int | None:
    """The account this conversation identified, if any."""
    return s.execute(
        select(ConversationLink.user_id).where(ConversationLink.conversation_id == conversation_id)
    ).scalar()


def remember(ctx: Context, conversation_id: str, user_id: int | None) -> None:
    """Record that this conversation identified this account (the first one only)."""
    if user_id is None:
        return
    try:
        with ctx.db.session() as s:
            known = s.execute(
                select(ConversationLink.id).where(
                    ConversationLink.conversation_id == conversation_id
                )
            ).first()
            if known is None:
                s.add(
                    ConversationLink(
                        conversation_id=conversation_id, user_id=user_id, created_at=clock.now()
                    )
                )
    except IntegrityError:
        pass  # a parallel call recorded it first
