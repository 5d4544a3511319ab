"""`python -m bot.action_server [--port 5055] [--actions actions]`: rasa-sdk's action server,
answering only Rasa.

rasa-sdk runs any action for any tracker it is posted: whoever reaches its port can make up
a conversation, run `action_handoff` or `action_forget_conversation` for any id, and get past
the chat's own rules (outsider attacker checks of 2026-12-01: forged trackers created
handoffs). The backend re-checks identity on every call, but the action server should not
be an open door either. Rasa sends the action endpoint's `token` (endpoints.yml) as the
`token` query parameter of every call; this server requires it (ACTION_SERVER_TOKEN, a
secret like the others: `make run` generates it, docker-compose takes it from .env).
`/health` stays open for the process supervisors.
"""

from __future__ import annotations

import argparse
import hmac
import logging
import os
from typing import Any

OPEN_PATHS = ("/health",)
TOKEN_PARAM = "token"  # rasa.utils.endpoints.EndpointConfig's default `token_name`


def require_token(app: Any, token: str) -> None:
    """A request middleware: 401 JSON for any call but OPEN_PATHS without the token."""
    from sanic import response

    @app.middleware("request")
    async def check_token(request: Any) -> Any:
        if request.path in OPEN_PATHS:
            return None
        given = request.args.get(TOKEN_PARAM) or ""
        if hmac.compare_digest(given.encode(), token.encode()):
            return None
        return response.json(
            {"error": "unauthorized", "message": "A valid action server token is required."},
            status=401,
        )


def build_app(token: str, actions: str = "actions") -> Any:
    from rasa_sdk.endpoint import create_app

    app = create_app(actions, cors_origins=None)
    require_token(app, token)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.action_server")
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--actions", default="actions")
    args = parser.parse_args(argv)
    token = os.environ.get("ACTION_SERVER_TOKEN", "")
    if not token:
        raise SystemExit(
            "ACTION_SERVER_TOKEN must be set: the action server answers only Rasa, which sends it"
        )
    from rasa_sdk import utils

    utils.configure_colored_logging(os.environ.get("LOG_LEVEL", "INFO"))
    logging.getLogger("matplotlib").setLevel(logging.WARN)
    utils.update_sanic_log_level()
    app = build_app(token, args.actions)
    # loopback unless told otherwise (security.md 13: it trusts the trackers Rasa sends)
    host = os.environ.get("SANIC_HOST", "127.0.0.1")
    app.run(host, args.port, workers=utils.number_of_sanic_workers(), access_log=False)


if __name__ == "__main__":
    main()
