"""The OpenAPI 3.0 document of the APIs, served at /openapi.json.

Written by hand (aiohttp has no schema generation); tests/api/test_openapi.py checks that
it is a valid document, that it lists exactly the routes the app serves, and that answers
match their schemas.
"""

from __future__ import annotations

from typing import Any

ERROR = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {
        "error": {"type": "string"},
        "message": {"type": "string"},
        "retry_after": {"type": "integer"},
        "attempts_left": {"type": "integer"},
        "missing": {
            "type": "array",
            "items": {"type": "string", "enum": ["password", "email_code"]},
        },
        "assurance": {"type": "string", "nullable": True},
    },
}

CHALLENGE = {
    "type": "object",
    "nullable": True,
    "properties": {
        "purpose": {"type": "string", "enum": ["login", "enroll"]},
        "method": {"type": "string", "enum": ["sms", "totp"], "nullable": True},
        "masked_phone": {"type": "string", "nullable": True},
        "needs_phone": {"type": "boolean"},
        "can_switch": {"type": "array", "items": {"type": "string"}},
        "resend_in": {"type": "integer", "nullable": True},
        "qr_svg": {"type": "string"},
    },
}

VIEW = {
    "type": "object",
    "required": ["stage", "enrolled", "can_postpone", "locked"],
    "properties": {
        "stage": {
            "type": "string",
            "enum": ["offer", "choose", "second_factor", "locked", "complete"],
        },
        "email": {"type": "string"},
        "name": {"type": "string"},
        "language": {"type": "string"},
        "enrolled": {"type": "boolean"},
        "method": {"type": "string", "nullable": True},
        "deadline": {"type": "string", "nullable": True},
        "days_left": {"type": "integer", "nullable": True},
        "grace_expired": {"type": "boolean"},
        "can_postpone": {"type": "boolean"},
        "locked": {"type": "boolean"},
        "challenge": CHALLENGE,
    },
}

TICKET: dict[str, Any] = {
    "type": "object",
    "required": ["number", "status", "reason"],
    "properties": {
        "number": {"type": "string"},
        "status": {"type": "string", "enum": ["open", "completed", "refused"]},
        "reason": {"type": "string"},
        "kind": {"type": "string"},
        "created_at": {"type": "string"},
        "assurance": {"type": "string", "nullable": True},
        "closed_at": {"type": "string", "nullable": True},
        "refusal_reason": {"type": "string", "nullable": True},
    },
}

STATUS = {
    "type": "object",
    "required": ["known"],
    "properties": {
        "known": {"type": "boolean"},
        "via": {"type": "string"},
        "assurance": {"type": "string", "nullable": True},
        "enrolled": {"type": "boolean"},
        "method": {"type": "string", "nullable": True},
        "deadline": {"type": "string", "nullable": True},
        "days_left": {"type": "integer", "nullable": True},
        "grace_expired": {"type": "boolean"},
        "masked_phone": {"type": "string", "nullable": True},
        "locked": {"type": "boolean"},
        "pending": {"type": "object", "nullable": True},
        "rule": {"type": "object"},
    },
}

HANDOFF = {
    "type": "object",
    "required": ["reference", "conversation_id", "status"],
    "properties": {
        "reference": {"type": "string"},
        "conversation_id": {"type": "string"},
        "language": {"type": "string"},
        "identity_status": {"type": "string"},
        "reason": {"type": "string"},
        "status": {"type": "string"},
        "taken_by": {"type": "string", "nullable": True},
        "created_at": {"type": "string"},
        "customer": {"type": "object", "nullable": True},
        "ticket": {"type": "object", "nullable": True},
        "transcript": {"type": "array", "nullable": True, "items": {"type": "object"}},
        "transcript_error": {"type": "string", "nullable": True},
        "taken_at": {"type": "string", "nullable": True},
        "closed_at": {"type": "string", "nullable": True},
        "closed_by": {"type": "string", "nullable": True},
        "note": {"type": "string", "nullable": True},
        "outcome": {
            "type": "string",
            "nullable": True,
            "description": "solved_on_phone | ticket_opened | no_answer | other",
        },
        "waiting_seconds": {"type": "integer"},
        "customer_tickets": {"type": "array", "items": {"type": "object"}},
    },
}

QUEUE_TICKET = {
    "type": "object",
    "required": ["number", "status", "reason", "age_seconds"],
    "properties": {
        **TICKET["properties"],
        "language": {"type": "string"},
        "customer": {"type": "object"},
        "closed_by": {"type": "string", "nullable": True},
        "age_seconds": {"type": "integer"},
        "from_chat": {"type": "boolean"},
        "conversation_id": {"type": "string", "nullable": True},
        "history": {"type": "array", "items": {"type": "object"}},
        "handoffs": {"type": "array", "items": {"type": "string"}},
        "transcript": {"type": "array", "nullable": True, "items": {"type": "object"}},
        "transcript_error": {"type": "string", "nullable": True},
    },
}

SENT = {
    "type": "object",
    "required": ["sent"],
    "properties": {
        "sent": {"type": "boolean"},
        "retry_after": {"type": "integer"},
        "masked_phone": {"type": "string", "nullable": True},
    },
}


RATE = {"type": "number", "nullable": True}
INT = {"type": "integer"}
FIGURES = {
    "type": "object",
    "required": [
        "conversations",
        "outcomes",
        "resolution_rate",
        "handoff_rate",
        "fallback_rate",
        "ratings",
        "tickets",
    ],
    "properties": {
        "conversations": INT,
        "messages": INT,
        "fallbacks": INT,
        "outcomes": {
            "type": "object",
            "properties": {
                k: INT for k in ("resolved", "handed_off", "abandoned", "pending", "unknown")
            },
        },
        "resolution_rate": RATE,
        "handoff_rate": RATE,
        "fallback_rate": RATE,
        "ratings": {
            "type": "object",
            "properties": {"up": INT, "down": INT, "count": INT, "mean": RATE},
        },
        "tickets": {
            "type": "object",
            "properties": {"opened": INT, "completed": INT, "median_hours_to_complete": RATE},
        },
    },
}
ANALYTICS = {
    "type": "object",
    "required": ["period", "totals", "per_intent", "per_day"],
    "properties": {
        "period": {"type": "object"},
        "totals": FIGURES,
        "per_intent": {
            "type": "array",
            "items": {
                "allOf": [FIGURES, {"type": "object", "properties": {"intent": {"type": "string"}}}]
            },
        },
        "per_day": {
            "type": "array",
            "items": {
                "allOf": [FIGURES, {"type": "object", "properties": {"day": {"type": "string"}}}]
            },
        },
    },
}


def _obj(**props) -> dict:
    return {"type": "object", "properties": props}


S = {"type": "string"}
CONV = _obj(conversation_id=S)


def op(
    summary: str,
    tag: str,
    ok: dict,
    body: dict | None = None,
    ok_status: str = "200",
    errors: tuple = ("400",),
    security: list | None = None,
    extra_ok: dict | None = None,
) -> dict:
    o: dict[str, Any] = {
        "summary": summary,
        "tags": [tag],
        "responses": {
            ok_status: {"description": "OK", "content": {"application/json": {"schema": ok}}}
        },
    }
    if extra_ok:
        o["responses"].update(extra_ok)
    for code in errors:
        o["responses"][code] = {
            "description": "Refused",
            "content": {"application/json": {"schema": ERROR}},
        }
    # any route that touches the database may answer 503 while it is unreachable
    o["responses"].setdefault(
        "503",
        {
            "description": "Database temporarily unavailable",
            "content": {"application/json": {"schema": ERROR}},
        },
    )
    if body is not None:
        o["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    if security is not None:
        o["security"] = security
    return o


SUPPORT_SEC: list[dict[str, list[str]]] = [
    {"serviceToken": [], "customerSession": []},
    {"serviceToken": []},
]
AGENT_SEC: list[dict[str, list[str]]] = [{"agentToken": []}, {"agentCookie": []}]
PORTAL_SEC: list[dict[str, list[str]]] = [{"portalCookie": []}]
REF = {"name": "reference", "in": "path", "required": True, "schema": S}
NUM = {"name": "number", "in": "path", "required": True, "schema": S}
TICKET_FILTERS = [
    {"name": n, "in": "query", "required": False, "schema": sch}
    for n, sch in (
        ("status", {"type": "string", "enum": ["open", "completed", "refused", "any"]}),
        ("reason", S),
        ("language", {"type": "string", "enum": ["fr", "en"]}),
        ("assurance", {"type": "string", "enum": ["password+2fa", "password+email_code"]}),
        ("min_age_hours", {"type": "integer"}),
        ("max_age_hours", {"type": "integer"}),
        ("limit", {"type": "integer"}),
    )
]
HANDOFF_FILTERS = [
    {"name": n, "in": "query", "required": False, "schema": sch}
    for n, sch in (
        ("view", {"type": "string", "enum": ["recent", "queue"]}),
        ("email", S),
        ("limit", {"type": "integer"}),
    )
]
USERNAME = {"name": "username", "in": "path", "required": True, "schema": S}


def _add_guard_answers(paths: dict) -> None:
    """Answers every route of a kind may give: 403 of the CSRF guard on the portal's and
    agents' POST calls, 429 of the login throttles."""
    refused = {"description": "Refused", "content": {"application/json": {"schema": ERROR}}}
    for path, ops in paths.items():
        if path.startswith(("/api/portal/", "/api/agent/", "/api/chat/")) and "post" in ops:
            ops["post"]["responses"].setdefault("403", refused)
        if path.endswith("/login"):
            ops["post"]["responses"].setdefault("429", refused)


def document() -> dict:
    paths = {
        "/api/portal/login": {
            "post": op(
                "Password step; answers what the popup shows",
                "portal",
                VIEW,
                _obj(email=S, password=S),
                errors=("400", "401"),
            )
        },
        "/api/portal/logout": {
            "post": op("End the portal session", "portal", _obj(stage=S), errors=())
        },
        "/api/portal/me": {
            "get": op(
                "Current stage of the session", "portal", VIEW, errors=("401",), security=PORTAL_SEC
            )
        },
        "/api/portal/postpone": {
            "post": op(
                '"Non, pas maintenant" (within the 28 days only)',
                "portal",
                VIEW,
                errors=("401", "409"),
                security=PORTAL_SEC,
            )
        },
        "/api/portal/accept": {
            "post": op(
                '"Oui, je veux utiliser la double authentification…" then "Continuer"',
                "portal",
                _obj(stage=S),
                errors=("401", "409"),
                security=PORTAL_SEC,
            )
        },
        "/api/portal/enroll": {
            "post": op(
                "Choose the method (and the phone number for SMS)",
                "portal",
                VIEW,
                _obj(method={"type": "string", "enum": ["sms", "totp"]}, phone=S),
                errors=("400", "401", "409", "429", "502"),
                security=PORTAL_SEC,
            )
        },
        "/api/portal/verify": {
            "post": op(
                "Check the 6-digit code of the pending login or enrollment",
                "portal",
                VIEW,
                _obj(code=S, remember_device={"type": "boolean"}),
                errors=("400", "401", "409", "423", "429", "502"),
                security=PORTAL_SEC,
            )
        },
        "/api/portal/resend": {
            "post": op(
                '"Renvoyer": a new SMS code',
                "portal",
                SENT,
                errors=("400", "401", "409", "423", "429", "502"),
                security=PORTAL_SEC,
            )
        },
        "/api/portal/switch-method": {
            "post": op(
                '"Essayer une autre méthode"',
                "portal",
                VIEW,
                _obj(method={"type": "string", "enum": ["sms", "totp"]}),
                errors=("400", "401", "409"),
                security=PORTAL_SEC,
            )
        },
        "/api/portal/widget-token": {
            "get": op(
                "Signed, short-lived customer token for the support widget",
                "portal",
                _obj(token=S, expires_in={"type": "integer"}, language=S),
                errors=("401",),
                security=PORTAL_SEC,
            )
        },
        "/api/portal/tickets": {
            "get": op(
                '"Mes demandes": the customer\'s tickets',
                "portal",
                _obj(tickets={"type": "array", "items": TICKET}),
                errors=("401", "403"),
                security=PORTAL_SEC,
            ),
            "post": op(
                "Open a 2FA reset ticket (one open per account)",
                "portal",
                _obj(ticket=TICKET, created={"type": "boolean"}),
                _obj(reason=S),
                ok_status="201",
                errors=("400", "401"),
                security=PORTAL_SEC,
                extra_ok={"200": {"description": "The open ticket, already there"}},
            ),
        },
        "/api/support/status": {
            "post": op(
                "2FA status of the customer behind the conversation",
                "support",
                STATUS,
                CONV,
                errors=("400", "401"),
                security=SUPPORT_SEC,
            )
        },
        "/api/support/identity": {
            "post": op(
                "Is the customer's identity proven enough for a reset ticket?",
                "support",
                _obj(
                    verified={"type": "boolean"},
                    identified={"type": "boolean"},
                    via={"type": "string", "nullable": True},
                    assurance={"type": "string", "nullable": True},
                    missing={"type": "array", "items": S},
                ),
                CONV,
                errors=("400", "401"),
                security=SUPPORT_SEC,
            )
        },
        "/api/support/resend": {
            "post": op(
                "Resend the pending SMS code",
                "support",
                SENT,
                CONV,
                errors=("400", "401", "409", "423", "429", "502"),
                security=SUPPORT_SEC,
            )
        },
        "/api/support/switch-method": {
            "post": op(
                "Switch the pending login or enrollment to the other method",
                "support",
                _obj(method=S, purpose=S, next_step=S),
                _obj(conversation_id=S, method=S),
                errors=("400", "401", "409"),
                security=SUPPORT_SEC,
            )
        },
        "/api/support/identity/start": {
            "post": op(
                "Email a one-time code (same answer for unknown addresses)",
                "support",
                _obj(status=S),
                _obj(conversation_id=S, email=S),
                ok_status="202",
                errors=("400", "401"),
                security=SUPPORT_SEC,
            )
        },
        "/api/support/identity/confirm": {
            "post": op(
                "Check the emailed code",
                "support",
                _obj(verified={"type": "boolean"}),
                _obj(conversation_id=S, code=S),
                errors=("400", "401", "410"),
                security=SUPPORT_SEC,
            )
        },
        "/api/support/tickets": {
            "post": op(
                "Open (or return) the 2FA reset ticket, identity required",
                "support",
                _obj(ticket=TICKET, created={"type": "boolean"}),
                _obj(conversation_id=S, reason=S),
                ok_status="201",
                errors=("400", "401", "403"),
                security=SUPPORT_SEC,
                extra_ok={"200": {"description": "The open ticket, already there"}},
            )
        },
        "/api/support/conversation/forget": {
            "post": op(
                "Delete this conversation (transcript, rating, account link) "
                "once the turn is saved",
                "support",
                _obj(forgotten_in_seconds={"type": "number"}),
                _obj(conversation_id=S),
                ok_status="202",
                errors=("400", "401"),
                security=SUPPORT_SEC,
            )
        },
        "/api/support/handoffs": {
            "post": op(
                "Hand the conversation to the phone line",
                "support",
                _obj(
                    reference=S,
                    phone=S,
                    choice={"type": "integer"},
                    ticket={"type": "string", "nullable": True},
                    line=_obj(
                        open={"type": "boolean"},
                        next_opening={"type": "string", "nullable": True},
                        opens_text={"type": "string", "nullable": True},
                        closes_at={"type": "string", "nullable": True},
                    ),
                ),
                _obj(conversation_id=S, language=S, reason=S),
                ok_status="201",
                errors=("400", "401"),
                security=SUPPORT_SEC,
            )
        },
        "/api/agent/login": {
            "post": op(
                "Agent login (sets the console cookie)",
                "agent",
                _obj(username=S, name=S),
                _obj(username=S, password=S),
                errors=("400", "401"),
            )
        },
        "/api/agent/logout": {
            "post": op("Agent logout", "agent", _obj(logged_out={"type": "boolean"}), errors=())
        },
        "/api/agent/handoffs": {
            "get": {
                **op(
                    "Handoffs, newest first; view=queue: waiting and taken, oldest first; "
                    "email: the customer's exact address",
                    "agent",
                    _obj(handoffs={"type": "array", "items": HANDOFF}),
                    errors=("400", "401"),
                    security=AGENT_SEC,
                ),
                "parameters": HANDOFF_FILTERS,
            }
        },
        "/api/agent/tickets": {
            "get": {
                **op(
                    "Reset tickets, oldest first (the ticket queue)",
                    "agent",
                    _obj(tickets={"type": "array", "items": QUEUE_TICKET}),
                    errors=("400", "401"),
                    security=AGENT_SEC,
                ),
                "parameters": TICKET_FILTERS,
            }
        },
        "/api/agent/tickets/{number}": {
            "get": {
                **op(
                    "One ticket with its history and linked conversation",
                    "agent",
                    QUEUE_TICKET,
                    errors=("400", "401", "404"),
                    security=AGENT_SEC,
                ),
                "parameters": [NUM],
            }
        },
        "/api/agent/handoffs/{reference}": {
            "get": {
                **op(
                    "One handoff with the chat transcript",
                    "agent",
                    HANDOFF,
                    errors=("400", "401", "404"),
                    security=AGENT_SEC,
                ),
                "parameters": [REF],
            }
        },
        "/api/agent/handoffs/{reference}/unlock": {
            "post": {
                **op(
                    "Unlock the handoff's customer account (after checking the caller)",
                    "agent",
                    _obj(unlocked={"type": "boolean"}),
                    errors=("400", "401", "403", "404"),
                    security=AGENT_SEC,
                ),
                "parameters": [REF],
            }
        },
        "/api/agent/handoffs/{reference}/take": {
            "post": {
                **op(
                    "Take a handoff",
                    "agent",
                    HANDOFF,
                    errors=("400", "401", "404", "409"),
                    security=AGENT_SEC,
                ),
                "parameters": [REF],
            }
        },
        "/api/agent/handoffs/{reference}/close": {
            "post": {
                **op(
                    "Close a handoff with its outcome and a note",
                    "agent",
                    HANDOFF,
                    _obj(outcome=S, note=S),
                    errors=("400", "401", "404", "409"),
                    security=AGENT_SEC,
                ),
                "parameters": [REF],
            }
        },
        "/api/agent/tickets/{number}/complete": {
            "post": {
                **op(
                    "Complete a reset ticket: 2FA is reset",
                    "agent",
                    _obj(number=S, status=S),
                    errors=("400", "401", "404", "409"),
                    security=AGENT_SEC,
                ),
                "parameters": [NUM],
            }
        },
        "/api/agent/tickets/{number}/refuse": {
            "post": {
                **op(
                    "Refuse a reset ticket with a reason",
                    "agent",
                    _obj(number=S, status=S),
                    _obj(reason=S),
                    errors=("400", "401", "404", "409"),
                    security=AGENT_SEC,
                ),
                "parameters": [NUM],
            }
        },
        "/api/agent/accounts/unlock": {
            "post": op(
                "Lift a lockout",
                "agent",
                _obj(unlocked={"type": "boolean"}),
                _obj(email=S),
                errors=("400", "401", "403", "404"),
                security=AGENT_SEC,
            )
        },
        "/api/agent/agents/{username}/unlock": {
            "post": {
                **op(
                    "Lift an agent account's lock",
                    "agent",
                    _obj(unlocked={"type": "boolean"}),
                    errors=("401", "403", "404"),
                    security=AGENT_SEC,
                ),
                "parameters": [USERNAME],
            }
        },
        "/api/agent/analytics": {
            "get": {
                **op(
                    "Verified outcomes, ratings, fallbacks and tickets of a period, in total, "
                    "per intent and per day (docs/outcomes.md)",
                    "agent",
                    ANALYTICS,
                    errors=("400", "401"),
                    security=AGENT_SEC,
                ),
                "parameters": [
                    {"name": n, "in": "query", "required": False, "schema": S}
                    for n in ("from", "to", "lang")
                ],
            }
        },
        "/api/agent/inbox": {
            "get": {
                **op(
                    "Groups of misunderstood messages (PII masked), newest first",
                    "agent",
                    _obj(
                        groups={"type": "array", "items": {"type": "object"}},
                        labelled_groups={"type": "integer"},
                        labels={"type": "array", "items": S},
                    ),
                    errors=("400", "401"),
                    security=AGENT_SEC,
                ),
                "parameters": [
                    {"name": n, "in": "query", "required": False, "schema": S}
                    for n in ("from", "to", "lang")
                ],
            }
        },
        "/api/agent/inbox/label": {
            "post": op(
                "Label a group with the intent it should have had (or new_topic)",
                "agent",
                _obj(key=S, label=S, examples={"type": "integer"}),
                _obj(group=S, label=S, **{"from": S, "to": S, "lang": S}),
                ok_status="201",
                errors=("400", "401", "404", "409"),
                security=AGENT_SEC,
            )
        },
        "/api/agent/inbox/export": {
            "get": {
                "summary": "The labelled messages as Rasa NLU YAML, for review",
                "tags": ["agent"],
                "security": AGENT_SEC,
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/x-yaml": {"schema": {"type": "string"}}},
                    },
                    "401": {
                        "description": "Refused",
                        "content": {"application/json": {"schema": ERROR}},
                    },
                },
            }
        },
        "/api/chat/rating": {
            "post": op(
                "The widget's thumbs up/down and comment, once per conversation",
                "chat",
                _obj(rated={"type": "boolean"}, rating=S),
                _obj(
                    conversation=S,
                    rating={"type": "string", "enum": ["up", "down"]},
                    comment=S,
                    language=S,
                ),
                ok_status="201",
                errors=("400", "404", "409", "413", "429"),
            )
        },
        "/api/demo/outbox": {
            "get": op(
                "Demo only: SMS and emails of the embedded default (X-Demo-Key header)",
                "demo",
                _obj(messages={"type": "array", "items": {"type": "object"}}),
                errors=("403", "404"),
                security=[{"demoKey": []}],
            )
        },
        "/healthz": {
            "get": op("Liveness and database check", "ops", _obj(status=S), errors=("503",))
        },
        "/openapi.json": {"get": op("This document", "ops", {"type": "object"}, errors=())},
    }
    _add_guard_answers(paths)
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "M2Mmanager 2FA account backend",
            "version": "0.1.0",
            "description": (
                "Portal, Support (for the assistant's actions) and Agent APIs. Errors are 4xx "
                "JSON objects with `error` and `message`. POST calls of the Portal and Agent APIs "
                "need `Content-Type: application/json` and a same-origin `Origin` (or a bearer "
                "token), as does the widget's rating (`/api/chat/rating`): "
                "403 `cross_site_refused` otherwise."
            ),
        },
        "paths": paths,
        "components": {
            "securitySchemes": {
                "serviceToken": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "SUPPORT_SERVICE_TOKEN",
                },
                "customerSession": {"type": "apiKey", "in": "header", "name": "X-Customer-Session"},
                "agentToken": {"type": "http", "scheme": "bearer", "description": "AGENT_TOKEN"},
                "agentCookie": {"type": "apiKey", "in": "cookie", "name": "m2m_agent"},
                "portalCookie": {"type": "apiKey", "in": "cookie", "name": "m2m_session"},
                "demoKey": {"type": "apiKey", "in": "header", "name": "X-Demo-Key"},
            }
        },
    }
