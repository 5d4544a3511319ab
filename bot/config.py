"""Every setting of the backend, read once from the environment.

Defaults are the help article's rules (rollout on 1 May 2024, 28 days of grace, remember the
device 30 days) and the numbers of ../shared/reference/security.md. The embedded default
needs no credential: SQLite under var/, SMS and emails to the outbox.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    value = os.environ.get(name)
    return default if value is None or value == "" else value


def _int(name: str, default: int) -> int:
    raw = _env(name, str(default))
    try:
        return int(raw)
    except ValueError as exc:  # a typo in a variable must stop start-up, clearly
        raise SystemExit(f"Environment variable {name} must be an integer, got {raw!r}") from exc


def _secret(name: str) -> str:
    """A secret from the environment, or a random one for this process (dev default).

    `make run` generates the secrets once and hands them to every process it starts,
    so the backend, the actions and the portal agree without any configuration.
    """
    return _env(name, "") or secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Settings:
    # persistence
    database_url: str = field(
        default_factory=lambda: _env("DATABASE_URL", f"sqlite:///{PROJECT_ROOT / 'var' / 'm2m.db'}")
    )
    # HTTP
    host: str = field(default_factory=lambda: _env("BACKEND_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: _int("BACKEND_PORT", 8080))
    public_url: str = field(default_factory=lambda: _env("PUBLIC_URL", ""))
    rasa_url: str = field(default_factory=lambda: _env("RASA_URL", "http://127.0.0.1:5005"))
    rasa_token: str = field(default_factory=lambda: _env("RASA_TOKEN", ""))
    # credentials between the parts
    support_token: str = field(default_factory=lambda: _secret("SUPPORT_SERVICE_TOKEN"))
    agent_token: str = field(default_factory=lambda: _secret("AGENT_TOKEN"))
    signing_key: str = field(default_factory=lambda: _secret("SESSION_SIGNING_KEY"))
    # the platform's 2FA rules (help article)
    rollout_date: date = field(default_factory=lambda: date.fromisoformat(_env("TWOFA_ROLLOUT_DATE", "2024-05-01")))
    grace_days: int = field(default_factory=lambda: _int("TWOFA_GRACE_DAYS", 28))
    remember_days: int = field(default_factory=lambda: _int("TWOFA_REMEMBER_DAYS", 30))
    timezone: str = field(default_factory=lambda: _env("TWOFA_TIMEZONE", "Europe/Paris"))
    # codes and limits (security.md)
    totp_issuer: str = field(default_factory=lambda: _env("TOTP_ISSUER", "M2Mmanager"))
    totp_valid_window: int = field(default_factory=lambda: _int("TOTP_VALID_WINDOW", 1))
    sms_code_ttl: int = field(default_factory=lambda: _int("SMS_CODE_TTL_SECONDS", 600))
    resend_cooldown: int = field(default_factory=lambda: _int("SMS_RESEND_COOLDOWN_SECONDS", 60))
    sms_max_per_window: int = field(default_factory=lambda: _int("SMS_MAX_PER_WINDOW", 5))
    sms_window: int = field(default_factory=lambda: _int("SMS_WINDOW_SECONDS", 600))
    lock_threshold: int = field(default_factory=lambda: _int("LOCK_AFTER_FAILURES", 10))
    email_code_ttl: int = field(default_factory=lambda: _int("EMAIL_CODE_TTL_SECONDS", 600))
    email_code_max_tries: int = field(default_factory=lambda: _int("EMAIL_CODE_MAX_TRIES", 5))
    identity_checks_per_conversation: int = field(default_factory=lambda: _int("IDENTITY_CHECKS_PER_CONVERSATION", 3))
    identity_emails_per_account: int = field(default_factory=lambda: _int("IDENTITY_EMAILS_PER_ACCOUNT_PER_HOUR", 5))
    identity_ttl: int = field(default_factory=lambda: _int("IDENTITY_TTL_SECONDS", 1800))
    customer_token_ttl: int = field(default_factory=lambda: _int("CUSTOMER_TOKEN_TTL_SECONDS", 1800))
    portal_session_ttl: int = field(default_factory=lambda: _int("PORTAL_SESSION_TTL_SECONDS", 8 * 3600))
    # integrations
    sms_backend: str = field(default_factory=lambda: _env("SMS_BACKEND", "outbox"))
    twilio_account_sid: str = field(default_factory=lambda: _env("TWILIO_ACCOUNT_SID", ""))
    twilio_auth_token: str = field(default_factory=lambda: _env("TWILIO_AUTH_TOKEN", ""))
    twilio_verify_sid: str = field(default_factory=lambda: _env("TWILIO_VERIFY_SERVICE_SID", ""))
    twilio_base_url: str = field(default_factory=lambda: _env("TWILIO_VERIFY_BASE_URL", ""))
    twilio_timeout: float = field(default_factory=lambda: float(_env("TWILIO_TIMEOUT_SECONDS", "10")))
    email_backend: str = field(default_factory=lambda: _env("EMAIL_BACKEND", "outbox"))
    smtp_host: str = field(default_factory=lambda: _env("SMTP_HOST", ""))
    smtp_port: int = field(default_factory=lambda: _int("SMTP_PORT", 587))
    smtp_user: str = field(default_factory=lambda: _env("SMTP_USER", ""))
    smtp_password: str = field(default_factory=lambda: _env("SMTP_PASSWORD", ""))
    smtp_from: str = field(default_factory=lambda: _env("SMTP_FROM", "no-reply@m2mmanager.example"))
    # support contact (help article)
    phone_line: str = field(default_factory=lambda: _env("SUPPORT_PHONE", "+33 (0)4 88 36 07 40"))
    phone_choice: int = field(default_factory=lambda: _int("SUPPORT_PHONE_CHOICE", 4))
    support_email: str = field(default_factory=lambda: _env("SUPPORT_EMAIL", "helpme@matooma.com"))

    @property
    def demo_tools(self) -> bool:
        """The demo phone page exists only while nothing real can receive messages."""
        return self.sms_backend == "outbox" and self.email_backend == "outbox"

    def validate(self) -> "Settings":
        if self.sms_backend not in ("outbox", "twilio"):
            raise SystemExit("SMS_BACKEND must be 'outbox' or 'twilio'")
        if self.email_backend not in ("outbox", "smtp"):
            raise SystemExit("EMAIL_BACKEND must be 'outbox' or 'smtp'")
        if self.sms_backend == "twilio" and not (
            self.twilio_account_sid and self.twilio_auth_token and self.twilio_verify_sid
        ):
            raise SystemExit(
                "SMS_BACKEND=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_VERIFY_SERVICE_SID"
            )
        if self.email_backend == "smtp" and not self.smtp_host:
            raise SystemExit("EMAIL_BACKEND=smtp needs SMTP_HOST")
        return self

    def replace(self, **changes) -> "Settings":
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return Settings(**values)


def load() -> Settings:
    return Settings().validate()
