"""Tables. Nothing here stores a code in clear: SMS and email codes and remembered-device
tokens are kept as keyed hashes; the TOTP secret is stored because the server needs it to
check codes, and no API ever returns it after enrollment."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Text, BigInteger, text

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


class Challenge(Base):
    """A pending second-factor check: a login, or an enrollment waiting for its first code."""

    __tablename__ = "challenges"
    id = Column(String(36), primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    session_id = Column(String(36), ForeignKey("portal_sessions.id", ondelete="CASCADE"), nullable=False)
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


Index("ix_sms_sends_user_time", SmsSend.user_id, SmsSend.sent_at)


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
    created_at = Column(UTCDateTime, nullable=False)
    closed_at = Column(UTCDateTime)
    closed_by = Column(String(64))


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
    identity_status = Column(String(16), nullable=False, default="none")  # none | session | email_code
    ticket_id = Column(Integer, ForeignKey("tickets.id", ondelete="SET NULL"))
    reason = Column(String(64), nullable=False, default="request")
    status = Column(String(12), nullable=False, default="open")  # open | taken | closed
    taken_by = Column(String(64))
    created_at = Column(UTCDateTime, nullable=False)
    updated_at = Column(UTCDateTime)


class Agent(Base):
    __tablename__ = "agents"
    id = Column(Integer, primary_key=True)
    username = Column(String(64), nullable=False, unique=True)
    name = Column(String(120), nullable=False, default="")
    password_hash = Column(String(255), nullable=False)


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
