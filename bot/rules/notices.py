"""Emails about account events, sent after the transaction that recorded them committed (so
an email never announces what a rollback undid). One wrapper for every service: the text is
bot/rules/audit.py's `notify`."""

from __future__ import annotations

from bot.models import User
from bot.rules import audit
from bot.rules.context import Context


async def tell(ctx: Context, user: User, kind: str, language: object = None, **values) -> None:
    """Email the account now and wait for the sender (the answer says it was sent); in
    `language` when given (the chat's), else the account's."""
    coro = audit.notify(ctx, user, kind, language=language, **values)
    if coro is not None:
        await coro


def tell_later(ctx: Context, user: User, kind: str, language: object = None, **values) -> None:
    """Email the account after the answer left: its timing must not tell whether it went out."""
    audit.notify(ctx, user, kind, background=True, language=language, **values)
