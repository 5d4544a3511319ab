"""Where SMS codes and emails go: the outbox of the embedded default, Twilio Verify, SMTP."""

from bot.senders.base import EmailSender, SendOutcome, SmsError, SmsVerifier
from bot.senders.factory import build_email_sender, build_sms_verifier

__all__ = [
    "EmailSender",
    "SendOutcome",
    "SmsVerifier",
    "SmsError",
    "build_email_sender",
    "build_sms_verifier",
]
