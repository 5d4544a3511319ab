"""How strongly the backend knows who the customer is, and what each level allows.

Levels, recorded on tickets and handoffs and shown to agents:

    password             a portal session past the password step only (also after a
                         remembered device or an enrollment: NIST SP 800-63B-4 §3.2.1, a
                         cookie is not an authenticator; a factor bound in this very session
                         proves nothing more than the password that bound it)
    password+2fa         a portal session whose login passed a second factor the account
                         already held
    email_code           a one-time code sent to the account's email, typed in this chat
    password+email_code  both, for the same account

A 2FA reset ticket is account recovery (NIST SP 800-63B-4 §4.2): one recovery code plus an
authenticator already bound. Accepted: `password+email_code` (the email code is the recovery
code, the password the bound authenticator) and `password+2fa`. Refused: `password` alone,
`email_code` alone, nothing; the refusal says what is missing so the assistant can ask for it.
"""

from __future__ import annotations

from dataclasses import dataclass

PASSWORD = "password"
PASSWORD_2FA = "password+2fa"
EMAIL_CODE = "email_code"
PASSWORD_EMAIL_CODE = "password+email_code"
RESET_LEVELS = (PASSWORD_2FA, PASSWORD_EMAIL_CODE)


@dataclass(frozen=True)
class Identity:
    """The customer behind a request, as far as the backend can prove it. A widget session
    and an email check of the conversation can both hold; they count together only when they
    are the same account (the session's account wins otherwise)."""

    user_id: int | None
    session_id: str | None = None  # the portal session behind the widget token
    second_factor: bool = False  # that session's login passed a second factor
    email_code: bool = False  # an email code of this account, fresh, in this conversation
    # nobody identified, but the widget token's own session is over: "reset" (closed by the
    # completion of the account's reset request) or "ended" (a logout, an expiry); the chat
    # says so rather than "open this chat from the portal" (sixty-fifth outside check, F3)
    ended: str | None = None

    @property
    def via(self) -> str | None:
        """The older, coarser answer: "session" or "email_code"."""
        if self.session_id is not None:
            return "session"
        return "email_code" if self.email_code else None

    @property
    def level(self) -> str | None:
        if self.session_id is not None:
            if self.second_factor:
                return PASSWORD_2FA
            return PASSWORD_EMAIL_CODE if self.email_code else PASSWORD
        return EMAIL_CODE if self.email_code else None

    @property
    def missing_for_reset(self) -> list[str]:
        """What to add for a reset ticket: [] when enough."""
        level = self.level
        if level in RESET_LEVELS:
            return []
        if level == PASSWORD:
            return [EMAIL_CODE]
        if level == EMAIL_CODE:
            return [PASSWORD]
        return [PASSWORD, EMAIL_CODE]
