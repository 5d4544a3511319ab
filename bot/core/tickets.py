"""Gates on 2FA reset tickets, the only way 2FA is ever reset (an agent completes them).

- "Mes demandes" lists the account's tickets only once the login is finished (the portal
  session is past its 2FA step, or locked: a locked customer must still see their request).
- Opening one needs an identity strong enough for account recovery (bot/core/assurance.py):
  otherwise the refusal says what is `missing` so the assistant or the portal can ask for it.
- The reason is one of RESET_REASONS; a refusal by an agent carries a reason the customer reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.assurance import Identity
from bot.core.handoffs import LANGUAGES

# switch_method: the phone is the same, the customer wants the other method (SMS <-> app),
# which on an enrolled account only a reset allows (thirteenth outsider check, LE05)
RESET_REASONS = ("changed_number", "lost_phone", "new_phone", "switch_method", "other")
LISTING_STAGES = ("complete", "locked")
MAX_REFUSAL = 500
NOT_ENROLLED_MESSAGE = (
    "This account has no two-factor authentication yet, so there is nothing to reset: the "
    "number or app is chosen when activating it."
)
IDENTITY_MESSAGE = (
    "A 2FA reset needs the portal password and a second proof: the code we email to the "
    "account, or the login's second factor."
)


@dataclass(frozen=True)
class Allowed:
    level: str  # recorded on the ticket: how the customer was identified


@dataclass(frozen=True)
class IdentityRequired:
    missing: list[str]
    assurance: str | None


def may_list(stage: str) -> bool:
    """ "Mes demandes" needs a finished login."""
    return stage in LISTING_STAGES


def may_open(ident: Identity) -> Allowed | IdentityRequired:
    missing = ident.missing_for_reset
    level = ident.level
    if missing:
        return IdentityRequired(missing, level)
    assert level is not None  # nothing missing means a level of RESET_LEVELS (assurance.py)
    return Allowed(level)


def valid_reason(reason: object) -> bool:
    return reason in RESET_REASONS


def refusal_reason(raw: object) -> str | None:
    """The agent's reason for refusing, stripped, or None when unusable (empty, too long,
    control characters such as NUL)."""
    if (
        not isinstance(raw, str)
        or not raw.strip()
        or len(raw) > MAX_REFUSAL
        or any(not ch.isprintable() and ch not in "\n\t" for ch in raw)
    ):
        return None
    return raw.strip()


def normalize_number(raw: object) -> str | None:
    """A ticket number as typed or read aloud ("T-XPMVTF", "t xpmvtf", "XPMVTF"), or None when
    it cannot be one. The emails ask the customer to give it on the phone: an agent types it as
    heard (forty-seventh outsider check, F10: only the exact "T-" form was found)."""
    if not isinstance(raw, str) or len(raw) > 12 or not raw.isprintable():
        return None
    bare = raw.strip().upper().replace(" ", "").replace("-", "")
    if len(bare) == 7 and bare.startswith("T"):
        bare = bare[1:]
    return f"T-{bare}" if len(bare) == 6 else raw.strip().upper()


def language(raw: object) -> str | None:
    """The conversation's language a ticket records, or None (the account's is shown then):
    an English chat's ticket must not look French to the agent who calls back."""
    return raw if raw in LANGUAGES else None
