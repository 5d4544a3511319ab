"""Every setting of the backend, read once from the environment.

Defaults are the help article's rules (rollout on 1 May 2024, 28 days of grace, remember the
device 30 days) and the numbers of ../shared/reference/security.md. The embedded default
needs no credential: SQLite under var/, SMS and emails to the outbox.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# French public holidays (jours fériés), the defaults of PHONE_HOLIDAYS
FRENCH_HOLIDAYS_2026_2027 = (
    "2026-01-01",
    "2026-04-06",
    "2026-05-01",
    "2026-05-08",
    "2026-05-14",
    "2026-05-25",
    "2026-07-14",
    "2026-08-15",
    "2026-11-01",
    "2026-11-11",
    "2026-12-25",
    "2027-01-01",
    "2027-03-29",
    "2027-05-01",
    "2027-05-06",
    "2027-05-08",
    "2027-05-17",
    "2027-07-14",
    "2027-08-15",
    "2027-11-01",
    "2027-11-11",
    "2027-12-25",
)


def _env(name: str, default: str) -> str:
    value = os.environ.get(name)
    return default if value is None or value == "" else value


def _int(name: str, default: int) -> int:
    raw = _env(name, str(default))
    try:
        return int(raw)
    except ValueError as exc:  # a typo in a variable must stop start-up, clearly
        raise SystemExit(f"Environment variable {name} must be an integer, got {raw!r}") from exc


def _seconds(name: str, default: float) -> float:
    raw = _env(name, str(default))
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 3600:  # a typo must stop start-up, clearly
        raise SystemExit(
            f"Environment variable {name} must be a number of seconds from 0 to 3600, got {raw!r}"
        )
    return value


def _flag(name: str) -> bool:
    raw = _env(name, "0").lower()
    if raw not in ("0", "1", "true", "false", "yes", "no"):
        raise SystemExit(f"Environment variable {name} must be 0 or 1, got {raw!r}")
    return raw in ("1", "true", "yes")


def _networks(name: str) -> tuple:
    """A comma-separated list of addresses or networks (TRUSTED_PROXIES)."""
    raw = _env(name, "")
    try:
        return tuple(
            ipaddress.ip_network(part.strip(), strict=False)
            for part in raw.split(",")
            if part.strip()
        )
    except ValueError as exc:
        raise SystemExit(
            f"Environment variable {name} must list IP addresses or networks: {exc}"
        ) from exc


def _list(name: str, default: tuple) -> tuple:
    """A comma-separated list (PHONE_DAYS, PHONE_HOLIDAYS); "none" gives an empty one."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return tuple(default)
    if raw.strip().lower() == "none":
        return ()
    return tuple(part.strip().lower() for part in raw.split(",") if part.strip())


def is_loopback(host: str) -> bool:
    """True for an address only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name or 0.0.0.0-like wildcard: assume reachable from elsewhere


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
    # Rasa's tracker store: read for analytics and the inbox, and written only by the retention
    # pass (old conversations deleted); the same URL as endpoints.yml's (bot/launcher.py's default)
    tracker_store_url: str = field(
        default_factory=lambda: _env(
            "TRACKER_STORE_URL", f"sqlite:///{PROJECT_ROOT / 'var' / 'tracker.db'}"
        )
    )
    # customer ratings accepted per client address per hour (bot/rules/ratings.py)
    ratings_per_client: int = field(default_factory=lambda: _int("RATINGS_PER_CLIENT_PER_HOUR", 20))
    # proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (nobody's by default)
    trusted_proxies: tuple = field(default_factory=lambda: _networks("TRUSTED_PROXIES"))
    cookie_secure: str = field(
        default_factory=lambda: _env("COOKIE_SECURE", "auto")
    )  # auto | always | never
    # deployment: `production` (or any non-loopback bind) refuses the demo (bot/preflight.py)
    environment: str = field(default_factory=lambda: _env("M2M_ENV", "development"))
    # the embedded demo of `make run`: demo accounts seeded, demo phone behind DEMO_KEY
    demo: bool = field(default_factory=lambda: _flag("M2M_DEMO"))
    demo_key: str = field(default_factory=lambda: _secret("DEMO_KEY"))
    # credentials between the parts
    support_token: str = field(default_factory=lambda: _secret("SUPPORT_SERVICE_TOKEN"))
    agent_token: str = field(default_factory=lambda: _secret("AGENT_TOKEN"))
    signing_key: str = field(default_factory=lambda: _secret("SESSION_SIGNING_KEY"))
    # the platform's 2FA rules (help article)
    rollout_date: date = field(
        default_factory=lambda: date.fromisoformat(_env("TWOFA_ROLLOUT_DATE", "2024-05-01"))
    )
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
    # the same cap per number, all accounts together (Twilio Verify's own limit is 5 per
    # number per 10 minutes): N accounts typing one number must not send it 5 x N SMS
    sms_max_per_number: int = field(
        default_factory=lambda: _int("SMS_MAX_PER_NUMBER_PER_WINDOW", 5)
    )
    # one "method changed" email per account in this window, however many switches (every
    # switch stays in the audit log): a stolen password must not flood the owner's mailbox
    method_notice_window: int = field(
        default_factory=lambda: _int("METHOD_NOTICE_WINDOW_SECONDS", 3600)
    )
    # new handoffs from anonymous chats per hour, all conversations together: the queue is
    # oldest first, and a script opening new conversations must not push real customers
    # back; past it, an anonymous chat gets the phone line without a reference
    anonymous_handoffs_per_hour: int = field(
        default_factory=lambda: _int("ANONYMOUS_HANDOFFS_PER_HOUR", 30)
    )
    # and per client (the chat channel's key of the client's address, bot/rasa_ext/client_key.py):
    # one client must not spend the hour's anonymous handoffs of everyone (thirty-sixth
    # outsider check, 10); 0 turns this cap off. Handoffs without a key count globally only
    anonymous_handoffs_per_client: int = field(
        default_factory=lambda: _int("ANONYMOUS_HANDOFFS_PER_CLIENT_PER_HOUR", 3)
    )
    lock_threshold: int = field(default_factory=lambda: _int("LOCK_AFTER_FAILURES", 10))
    email_code_ttl: int = field(default_factory=lambda: _int("EMAIL_CODE_TTL_SECONDS", 600))
    email_code_max_tries: int = field(default_factory=lambda: _int("EMAIL_CODE_MAX_TRIES", 5))
    identity_checks_per_conversation: int = field(
        default_factory=lambda: _int("IDENTITY_CHECKS_PER_CONVERSATION", 3)
    )
    identity_emails_per_account: int = field(
        default_factory=lambda: _int("IDENTITY_EMAILS_PER_ACCOUNT_PER_HOUR", 5)
    )
    identity_ttl: int = field(default_factory=lambda: _int("IDENTITY_TTL_SECONDS", 1800))
    customer_token_ttl: int = field(
        default_factory=lambda: _int("CUSTOMER_TOKEN_TTL_SECONDS", 1800)
    )
    portal_session_ttl: int = field(
        default_factory=lambda: _int("PORTAL_SESSION_TTL_SECONDS", 8 * 3600)
    )
    # password guessing (docs/security.md, "Limits"): failures free, then growing delays
    login_free_per_account: int = field(
        default_factory=lambda: _int("LOGIN_FREE_FAILURES_PER_ACCOUNT", 5)
    )
    login_free_per_client: int = field(
        default_factory=lambda: _int("LOGIN_FREE_FAILURES_PER_CLIENT", 20)
    )
    login_max_delay: int = field(default_factory=lambda: _int("LOGIN_MAX_DELAY_SECONDS", 1200))
    login_window: int = field(default_factory=lambda: _int("LOGIN_FAILURE_WINDOW_SECONDS", 86400))
    agent_lock_threshold: int = field(default_factory=lambda: _int("AGENT_LOCK_AFTER_FAILURES", 5))
    agent_idle_timeout: int = field(
        default_factory=lambda: _int("AGENT_SESSION_IDLE_SECONDS", 1800)
    )
    agent_session_lifetime: int = field(
        default_factory=lambda: _int("AGENT_SESSION_MAX_SECONDS", 8 * 3600)
    )
    # email-code guessing, per account over a long window
    email_code_failures_per_account: int = field(
        default_factory=lambda: _int("EMAIL_CODE_FAILURES_PER_ACCOUNT", 10)
    )
    email_code_failure_window: int = field(
        default_factory=lambda: _int("EMAIL_CODE_FAILURE_WINDOW_SECONDS", 86400)
    )
    # password hashing runs on this many threads, off the event loop. One per 4 cores: each
    # argon2 hash already runs 4 lanes in parallel (p=4), so on 2 cores a second hashing thread
    # only took CPU from the loop (bench phase status-under-logins: p95 ratio 2.25 with 2,
    # 1.22 with 1, logins per second unchanged)
    hash_workers: int = field(
        default_factory=lambda: _int("HASH_WORKERS", max(1, (os.cpu_count() or 1) // 4))
    )
    # integrations
    sms_backend: str = field(default_factory=lambda: _env("SMS_BACKEND", "outbox"))
    twilio_account_sid: str = field(default_factory=lambda: _env("TWILIO_ACCOUNT_SID", ""))
    twilio_auth_token: str = field(default_factory=lambda: _env("TWILIO_AUTH_TOKEN", ""))
    twilio_verify_sid: str = field(default_factory=lambda: _env("TWILIO_VERIFY_SERVICE_SID", ""))
    twilio_base_url: str = field(default_factory=lambda: _env("TWILIO_VERIFY_BASE_URL", ""))
    twilio_timeout: float = field(
        default_factory=lambda: float(_env("TWILIO_TIMEOUT_SECONDS", "10"))
    )
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
    # opening hours of the phone line (bot/rules/business_hours.py): Mon-Fri 9:00-18:00 Paris
    # time, closed on French public holidays
    phone_days: tuple = field(
        default_factory=lambda: _list("PHONE_DAYS", ("mon", "tue", "wed", "thu", "fri"))
    )
    phone_opens: str = field(default_factory=lambda: _env("PHONE_OPENS", "09:00"))
    phone_closes: str = field(default_factory=lambda: _env("PHONE_CLOSES", "18:00"))
    phone_timezone: str = field(default_factory=lambda: _env("PHONE_TIMEZONE", "Europe/Paris"))
    phone_holidays: tuple = field(
        default_factory=lambda: _list("PHONE_HOLIDAYS", FRENCH_HOLIDAYS_2026_2027)
    )
    # retention in days, 0 = forever (bot/rules/retention.py, docs/retention.md); transcripts
    # are deleted from the tracker store at tracker_store_url (above)
    retention_transcript_days: int = field(
        default_factory=lambda: _int("RETENTION_TRANSCRIPT_DAYS", 90)
    )
    retention_handoff_days: int = field(default_factory=lambda: _int("RETENTION_HANDOFF_DAYS", 365))
    retention_outbox_days: int = field(default_factory=lambda: _int("RETENTION_OUTBOX_DAYS", 7))
    retention_audit_days: int = field(default_factory=lambda: _int("RETENTION_AUDIT_DAYS", 400))
    retention_interval: int = field(
        default_factory=lambda: _int("RETENTION_INTERVAL_SECONDS", 86400)
    )
    # seconds between a customer's "delete this conversation" and the deletion (bot/rules/forget.py)
    forget_delay: float = field(default_factory=lambda: _seconds("FORGET_DELAY_SECONDS", 10))

    @property
    def outbox_senders(self) -> bool:
        """Nothing real can receive messages: SMS and emails go to the outbox table."""
        return self.sms_backend == "outbox" and self.email_backend == "outbox"

    @property
    def demo_tools(self) -> bool:
        """The demo phone (codes readable with DEMO_KEY) exists only in the explicit demo, on
        loopback, while nothing real can receive messages."""
        return self.demo and self.outbox_senders and is_loopback(self.host) and bool(self.demo_key)

    @property
    def production(self) -> bool:
        """M2M_ENV=production, or a backend reachable from other machines."""
        return self.environment == "production" or not is_loopback(self.host)

    def validate(self) -> Settings:
        """Stop start-up (SystemExit naming the variable) on settings that cannot work, rather
        than fail on the first request that needs them."""
        self._check_choices()
        self._check_backends()
        self._check_retention()
        self._check_phone_hours()
        return self

    def _check_choices(self) -> None:
        """The variables that take one of a few words: a typo must not pick a default."""
        if self.cookie_secure not in ("auto", "always", "never"):
            raise SystemExit("COOKIE_SECURE must be 'auto', 'always' or 'never'")
        if self.environment not in ("development", "production"):
            raise SystemExit("M2M_ENV must be 'development' or 'production'")
        if self.sms_backend not in ("outbox", "twilio"):
            raise SystemExit("SMS_BACKEND must be 'outbox' or 'twilio'")
        if self.email_backend not in ("outbox", "smtp"):
            raise SystemExit("EMAIL_BACKEND must be 'outbox' or 'smtp'")

    def _check_backends(self) -> None:
        """A real SMS or email backend without its credentials would fail at the first code
        sent, in front of a customer."""
        if self.sms_backend == "twilio" and not (
            self.twilio_account_sid and self.twilio_auth_token and self.twilio_verify_sid
        ):
            raise SystemExit(
                "SMS_BACKEND=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN "
                "and TWILIO_VERIFY_SERVICE_SID"
            )
        if self.email_backend == "smtp" and not self.smtp_host:
            raise SystemExit("EMAIL_BACKEND=smtp needs SMTP_HOST")

    def _check_retention(self) -> None:
        """Days below 0 mean nothing (0 already means keep forever): refused, not guessed.
        Purging more often than once a minute would keep the database busy for nothing."""
        if (
            min(
                self.retention_transcript_days,
                self.retention_handoff_days,
                self.retention_outbox_days,
                self.retention_audit_days,
            )
            < 0
            or self.retention_interval < 60
        ):
            raise SystemExit(
                "RETENTION_*_DAYS must be 0 (keep forever) or more; "
                "RETENTION_INTERVAL_SECONDS at least 60"
            )

    def _check_phone_hours(self) -> None:
        """The phone line's hours are checked by the rule that reads them (business_hours),
        so that what it accepts here is what it can answer with later."""
        from bot.rules import business_hours

        try:
            business_hours.validate(
                self.phone_days,
                self.phone_opens,
                self.phone_closes,
                self.phone_timezone,
                self.phone_holidays,
            )
        except (ValueError, KeyError) as exc:  # ZoneInfoNotFoundError is a KeyError
            raise SystemExit(f"Phone line hours: {exc}") from None

    def replace(self, **changes) -> Settings:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return Settings(**values)


def load() -> Settings:
    return Settings().validate()
