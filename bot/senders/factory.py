"""Pick the senders the settings ask for."""

from __future__ import annotations

from bot.config import Settings
from bot.db import Database
from bot.senders.outbox import OutboxEmailSender, OutboxSmsVerifier


def build_sms_verifier(settings: Settings, db: Database):
    if settings.sms_backend == "twilio":
        from bot.senders.twilio_verify import TwilioVerifySmsVerifier

        return TwilioVerifySmsVerifier(
            settings.twilio_account_sid,
            settings.twilio_auth_token,
            settings.twilio_verify_sid,
            timeout=settings.twilio_timeout,
            base_url=settings.twilio_base_url,
        )
    return OutboxSmsVerifier(db, settings.signing_key, settings)


def build_email_sender(settings: Settings, db: Database):
    if settings.email_backend == "smtp":
        from bot.senders.smtp import SmtpEmailSender

        return SmtpEmailSender(
            settings.smtp_host,
            settings.smtp_port,
            settings.smtp_user,
            settings.smtp_password,
            settings.smtp_from,
        )
    return OutboxEmailSender(db)
