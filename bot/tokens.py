"""Customer session tokens for the support widget.

The portal issues a signed (HS256, PyJWT), short-lived token to a customer who passed the
password step; the widget sends it with every chat message; the actions forward it; the
Support API verifies it on every call and checks that the portal session behind it is still
alive. A chat message alone can therefore never act on an account.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

import jwt

from bot import clock
from bot.config import Settings

AUDIENCE = "m2m-support"
ISSUER = "m2m-portal"


@dataclass(frozen=True)
class CustomerClaims:
    user_id: int
    session_id: str


def issue(settings: Settings, user_id: int, session_id: str) -> str:
    now = clock.now()
    payload = {
        "sub": str(user_id),
        "sid": session_id,
        "iat": now,
        "nbf": now,
        "exp": now + timedelta(seconds=settings.customer_token_ttl),
        "aud": AUDIENCE,
        "iss": ISSUER,
        "jti": str(uuid.uuid4()),
    }
    return jwt.encode(payload, settings.signing_key, algorithm="HS256")


def verify(settings: Settings, token: object) -> CustomerClaims | None:
    """The claims of a valid token, else None (forged, expired, wrong audience, garbage)."""
    if not isinstance(token, str) or not token or len(token) > 2048:
        return None
    try:
        data = jwt.decode(
            token,
            settings.signing_key,
            algorithms=["HS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={
                "require": ["exp", "sub", "sid", "aud", "iss"],
                "verify_iat": False,
                "verify_exp": False,
                "verify_nbf": False,
            },
            leeway=0,
        )
        # expiry checked against bot.clock (PyJWT would use the real time, and tests freeze ours)
        if int(data["exp"]) <= int(clock.now().timestamp()):
            return None
        return CustomerClaims(int(data["sub"]), str(data["sid"]))
    except (jwt.PyJWTError, ValueError, KeyError, TypeError):
        return None
