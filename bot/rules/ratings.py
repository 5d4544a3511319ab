"""Customer ratings: 👍 or 👎, and an optional comment, once per conversation.

The widget knows its conversation's secret (bot/rasa_ext/conversation.py), not its public id;
it sends the secret and the rating is stored under `public_id(secret)`, the id the tracker
store, the handoffs and the console use. So only the browser holding the conversation can
rate it, and a public id read in the console cannot be used to rate someone else's chat.

Refused with a message: a conversation the assistant never had (404), a second rating
(409), more than RATINGS_PER_CLIENT_PER_HOUR from one client address (429). The comment is
stored with emails, phone numbers and codes masked: agents read it.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot import clock
from bot.models import AuthFailure, Rating
from bot.rasa_ext.conversation import public_id, valid_secret
from bot.rasa_ext.scrub import mask_pii
from bot.rules import conversations
from bot.rules.context import Context, RuleError
from bot.security import keyed_hash

VALUES = ("up", "down")
MAX_COMMENT = 500
THROTTLE_KIND = "rating_client"
WINDOW = timedelta(hours=1)


def _checked(
    secret: object, value: object, comment: object, language: object
) -> tuple[str, str, str | None, str]:
    conversation = valid_secret(secret)  # the secret itself when valid
    if conversation is None:
        raise RuleError(
            400, "invalid_conversation", "conversation must be the chat's conversation secret."
        )
    if value not in VALUES:
        raise RuleError(400, "invalid_rating", "rating must be 'up' or 'down'.")
    if comment is not None and not isinstance(comment, str):
        raise RuleError(
            400, "invalid_comment", f"comment must be a text of at most {MAX_COMMENT} characters."
        )
    text = (comment or "").strip()
    if len(text) > MAX_COMMENT or any(not ch.isprintable() and ch not in "\n\t" for ch in text):
        raise RuleError(
            400, "invalid_comment", f"comment must be a text of at most {MAX_COMMENT} characters."
        )
    return (
        conversation,
        value,
        mask_pii(text) or None,
        language if language in ("fr", "en") else "fr",
    )


def _throttle(s, ctx: Context, client_ip: str, now) -> None:
    """Counts this rating for its client address; refuses beyond the hourly limit."""
    subject = keyed_hash(ctx.settings.signing_key, "rating-client", client_ip or "unknown")
    recent = s.execute(
        select(func.count())
        .select_from(AuthFailure)
        .where(
            AuthFailure.kind == THROTTLE_KIND,
            AuthFailure.subject == subject,
            AuthFailure.at > now - WINDOW,
        )
    ).scalar_one()
    if recent >= ctx.settings.ratings_per_client:
        raise RuleError.retry_later(
            "too_many_ratings",
            "Too many ratings from this address: try again later.",
            retry_after=int(WINDOW.total_seconds()),
        )
    s.add(AuthFailure(kind=THROTTLE_KIND, subject=subject, at=now))


def rate(
    ctx: Context, secret: object, value: object, comment: object, language: object, client_ip: str
) -> dict:
    """Store the rating of the conversation this secret holds."""
    secret, value, text, lang = _checked(secret, value, comment, language)
    conversation_id = public_id(secret)
    if not conversations.exists(ctx.settings.tracker_store_url, conversation_id):
        raise RuleError(
            404, "unknown_conversation", "The assistant has no conversation with this id."
        )
    now = clock.now()
    try:
        with ctx.db.session() as s:
            _throttle(s, ctx, client_ip, now)
            s.commit()  # the attempt counts even if the rating is a duplicate
            s.add(
                Rating(
                    conversation_id=conversation_id,
                    value=value,
                    comment=text,
                    language=lang,
                    created_at=now,
                )
            )
    except IntegrityError:
        raise RuleError(
            409, "already_rated", "This conversation was already rated: thank you."
        ) from None
    return {"rated": True, "rating": value}
