"""Tables. Nothing here stores a code in clear: SMS and email codes and remembered-device
tokens are kept as keyed hashes; the TOTP secret is stored because the server needs it to
check codes, and no API ever returns it after enrollment."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, ForeignKey, Index, Integer, String, Text, text

from bot.db import Base, UTCDateTime


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, unique=True)
    name = Column(String(120), nullable=False, default="")
    password_hash = Column(String(255), nullable=False)
    language = Column(String(2), nullable=False, default="fr")
    created_at = Column(UTCDateTime, nullable=False)
    # grace period: fixed once, at the first login on or after the rollout date
    first_login_at = Column(UTCDateTime)
    grace_deadline = Column(UTCDateTime)
    enroll_requested = Column(Boolean, nullable=False, default=False)
    postponed_count = Column(Integer, nullable=False, default=0)
    # enrolled factor(s)
    method = Column(String(8))  # 'sms' | 'totp' | None (not enrolled)
    enrolled_at = Column(UTCDateTime)
    totp_secret = Column(String(64))
    totp_last_step = Column(BigInteger, nullable=False, default=-1)
    phone = Column(String(20))  # E.164; shown masked only
    factor_version = Column(Integer, nullable=False, default=1)
    # throttling across factors
    failed_attempts = Column(Integer, nullable=False, default=0)
    last_failed_at = Column(UTCDateTime)
    locked_at = Column(UTCDateTime)
    # the last SMS code sent to the account, whatever the challenge: the resend cooldown is
    # claimed on this row (bot/rules/codes.py), so enrolling again cannot skip it
    last_sms_at = Column(UTCDateTime)


class PortalSession(Base):
    """A browser session on the portal; `stage` says how far the customer got."""

    __tablename__ = "portal_sessions"
    id = Column(String(36), primary_key=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    stage = Column(String(16), nullable=False)  # offer | choose | second_factor | complete
    created_at = Column(UTCDateTime, nullable=False)
    expires_at = Column(UTCDateTime, nullable=False)
    revoked_at = Column(UTCDateTime)
    # when this session's login passed a second factor the account already held (assurance
    # `password+2fa`); NULL after the password step only, a remembered device or an enrollment
    second_factor_at = Column(UTCDateTime)


class Challenge(Base):
    """A pending second-factor check: a login, or an enrollment waiting for its first code."""

    __tablename__ = "challenges"
    id = Column(String(36), primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    session_id = Column(
        String(36), ForeignKey("portal_sessions.id", ondelete="CASCADE"), nullable=False
    )
    purpose = Column(String(8), nullable=False)  # login | enroll
    method = Column(String(8))  # sms | totp | None (enrollment, method not chosen yet)
    phone = Column(String(20))  # where the SMS goes (the new number during enrollment)
    pending_secret = Column(String(64))  # TOTP secret being enrolled
    code_hash = Column(String(64))  # local SMS code, keyed hash
    code_expires_at = Column(UTCDateTime)
    last_sent_at = Column(UTCDateTime)
    created_at = Column(UTCDateTime, nullable=False)
    completed_at = Column(UTCDateTime)
    cancelled_at = Column(UTCDateTime)


class SmsSend(Base):
    """One SMS asked of a sender, for the per-account limit (kept even if the send failed)."""

    __tablename__ = "sms_sends"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    challenge_id = Column(String(36))
    sent_at = Column(UTCDateTime, nullable=False)
    outcome = Column(String(32), nullable=False, default="sent")
    # keyed hash of the number it went to: the cap holds per number too, across accounts
    phone_hash = Column(String(64))


Index("ix_sms_sends_user_time", SmsSend.user_id, SmsSend.sent_at)
Index("ix_sms_sends_phone_time", SmsSend.phone_hash, SmsSend.sent_at)


class RememberedDevice(Base):
    __tablename__ = "remembered_devices"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    token_hash = Column(String(64), nullable=False, unique=True)
    factor_version = Column(Integer, nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    expires_at = Column(UTCDateTime, nullable=False)
    revoked_at = Column(UTCDateTime)


class IdentityCheck(Base):
    """An email one-time code asked from the chat. user_id is NULL for unknown addresses:
    the row exists anyway so that known and unknown addresses take the same path."""

    __tablename__ = "identity_checks"
    id = Column(String(36), primary_key=True)
    conversation_id = Column(String(128), nullable=False, index=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"))
    code_hash = Column(String(64), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    expires_at = Column(UTCDateTime, nullable=False)
    attempts = Column(Integer, nullable=False, default=0)
    verified_at = Column(UTCDateTime)
    # the portal session of the same account that was open in the chat when the code was
    # confirmed: that session then counts as `password+email_code` (bot/core/assurance.py)
    session_id = Column(String(36))


class Ticket(Base):
    __tablename__ = "tickets"
    id = Column(Integer, primary_key=True)
    number = Column(String(12), nullable=False, unique=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    kind = Column(String(16), nullable=False, default="reset_2fa")
    reason = Column(String(32), nullable=False)
    status = Column(String(12), nullable=False, default="open")  # open | completed | refused
    refusal_reason = Column(String(500))
    conversation_id = Column(String(128))
    assurance = Column(String(24))  # how the customer was identified (bot/core/assurance.py)
    # the language of the conversation it was opened in (fr/en); null: the account's
    language = Column(String(2))
    created_at = Column(UTCDateTime, nullable=False)
    closed_at = Column(UTCDateTime)
    closed_by = Column(String(64))


# the ticket queue reads by status, oldest first
Index("ix_tickets_status_created", Ticket.status, Ticket.created_at)

# One open reset ticket per account, enforced by the database (race-safe idempotency).
Index(
    "uq_open_reset_ticket",
    Ticket.user_id,
    unique=True,
    sqlite_where=text("status = 'open'"),
    postgresql_where=text("status = 'open'"),
)


class Handoff(Base):
    __tablename__ = "handoffs"
    id = Column(Integer, primary_key=True)
    reference = Column(String(8), nullable=False, unique=True)
    conversation_id = Column(String(128), nullable=False, index=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="SET NULL"))
    language = Column(String(2), nullable=False, default="fr")
    # none | password | password+2fa | email_code | password+email_code (bot/core/assurance.py)
    identity_status = Column(String(24), nullable=False, default="none")
    ticket_id = Column(Integer, ForeignKey("tickets.id", ondelete="SET NULL"))
    reason = Column(String(64), nullable=False, default="request")
    status = Column(String(12), nullable=False, default="open")  # open | taken | closed
    taken_by = Column(String(64))
    created_at = Column(UTCDateTime, nullable=False)
    updated_at = Column(UTCDateTime)
    # lifecycle (bot/rules/handoff_lifecycle.py): waiting ("open") -> taken -> closed
    taken_at = Column(UTCDateTime)
    closed_at = Column(UTCDateTime)
    closed_by = Column(String(64))
    outcome = Column(String(24))  # solved_on_phone | ticket_opened | no_answer | other
    note = Column(Text)  # what the agent did, in the agent's words (agents only)
    # the chat channel's key of the client's address (an HMAC, never the address:
    # bot/rasa_ext/client_key.py); null without one. Anonymous handoffs are capped per key too
    client_key = Column(String(64))


# the queue reads waiting handoffs oldest first
Index("ix_handoffs_status_created", Handoff.status, Handoff.created_at)
# a client's anonymous handoffs of the last hour (bot/rules/support._ensure_anonymous_room)
Index("ix_handoffs_client_created", Handoff.client_key, Handoff.created_at)


class Agent(Base):
    __tablename__ = "agents"
    id = Column(Integer, primary_key=True)
    username = Column(String(64), nullable=False, unique=True)
    name = Column(String(120), nullable=False, default="")
    password_hash = Column(String(255), nullable=False)
    # consecutive wrong passwords; at AGENT_LOCK_AFTER_FAILURES the account locks until another
    # agent (or `python -m bot unlock-agent`) unlocks it
    failed_logins = Column(Integer, nullable=False, default=0)
    locked_at = Column(UTCDateTime)


class AgentSession(Base):
    """A console login. The cookie holds a random token; the row is what makes it valid, so a
    logout, the idle timeout or the absolute lifetime ends it on the server."""

    __tablename__ = "agent_sessions"
    id = Column(Integer, primary_key=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    agent_id = Column(Integer, ForeignKey("agents.id", ondelete="CASCADE"), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    last_seen_at = Column(UTCDateTime, nullable=False)
    expires_at = Column(UTCDateTime, nullable=False)
    revoked_at = Column(UTCDateTime)


class AuthFailure(Base):
    """One failed guess (or a login attempt in flight), for the throttles that count over a
    window: password logins per account and per client, email codes per account.
    `subject` is a keyed hash (of the email, username or IP) or a user id, never in clear."""

    __tablename__ = "auth_failures"
    id = Column(Integer, primary_key=True)
    kind = Column(String(16), nullable=False)
    subject = Column(String(64), nullable=False)
    at = Column(UTCDateTime, nullable=False)


Index("ix_auth_failures_subject_time", AuthFailure.kind, AuthFailure.subject, AuthFailure.at)


class AuditEvent(Base):
    """Sensitive events. `detail` never holds a code, secret, token or full phone number."""

    __tablename__ = "audit_events"
    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime, nullable=False)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="SET NULL"))
    actor = Column(String(64), nullable=False)
    event = Column(String(64), nullable=False)
    detail = Column(Text, nullable=False, default="{}")


class OutboxMessage(Base):
    """SMS and emails of the embedded default: the demo phone and mailbox read them."""

    __tablename__ = "outbox"
    id = Column(Integer, primary_key=True)
    channel = Column(String(8), nullable=False)  # sms | email
    recipient = Column(String(254), nullable=False)
    subject = Column(String(200), nullable=False, default="")
    body = Column(Text, nullable=False)
    created_at = Column(UTCDateTime, nullable=False)


class ConversationLink(Base):
    """The account a chat conversation identified (the first time the Support API could tell
    who the customer is: a widget session or an email code). Verified outcomes
    (bot/rules/outcomes.py) look at what this account did after the chat."""

    __tablename__ = "conversation_links"
    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(128), nullable=False, unique=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)


class Rating(Base):
    """A customer's 👍/👎 on a conversation, at most one per conversation. `comment` is stored
    with emails, phone numbers and codes masked (bot/rules/ratings.py)."""

    __tablename__ = "ratings"
    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(128), nullable=False, unique=True)
    value = Column(String(4), nullable=False)  # up | down
    comment = Column(String(500))
    language = Column(String(2), nullable=False, default="fr")
    created_at = Column(UTCDateTime, nullable=False)


class InboxLabel(Base):
    """An agent's decision on a group of misunderstood messages: the intent they should have
    had, `out_of_scope` or `new_topic`. `examples` is a JSON list of the group's messages,
    PII masked; they are exported for review as Rasa NLU data, never trained automatically."""

    __tablename__ = "inbox_labels"
    id = Column(Integer, primary_key=True)
    group_key = Column(String(32), nullable=False, unique=True)
    label = Column(String(64), nullable=False)
    examples = Column(Text, nullable=False, default="[]")
    labelled_by = Column(String(64), nullable=False)
    labelled_at = Column(UTCDateTime, nullable=False)
