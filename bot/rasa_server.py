"""`python -m bot.rasa_server [rasa run options]`: `rasa run --enable-api` with the HTTP API
token taken from the RASA_TOKEN environment variable instead of the command line.

A process's arguments are readable by every user of the machine (`ps`, /proc/<pid>/cmdline);
its environment is not (only its owner and root). So the token is added to the arguments
here, in-process, and handed to Rasa's own command-line entry point: the exec'd command line
never holds it. `make run` and docker-compose.yml start Rasa this way.

Rasa answers `/` ("Hello from Rasa: 3.6.21") and `/version` to anyone, token or not: the exact
version tells an attacker which advisories apply (forty-eighth outsider check, F19). Both are
answered 404 here without the token, like an unknown path (`hide_version`); readiness checks
use `/status` with the token, as before.

The `--cors` origins also reach the widget's socket.io channel (CHAT_ORIGINS, read by
bot/rasa_ext/socketio_channel.py): Rasa gives them to its HTTP routes only, and the channel
accepted a WebSocket from any web site (tenth outsider check, attempt 29).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from sanic import Sanic
from sanic.request import Request
from sanic.response import HTTPResponse, json

ORIGINS_VARIABLE = "CHAT_ORIGINS"


def rasa_argv(options: list[str], token: str) -> list[str]:
    # "--auth-token=…" in one word: a generated token starting with "-" (secrets.token_urlsafe
    # gives one in 64) would otherwise be read as an option, and Rasa would never start
    return ["rasa", "run", "--enable-api", f"--auth-token={token}", *options]


def cors_origins(options: list[str]) -> list[str]:
    """The origins given to `--cors` (Rasa's option: any number of values after it)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--cors", nargs="*", default=[])
    known, _ = parser.parse_known_args(options)
    return [origin for origin in known.cors if origin]


# Rasa's routes that name its version and need no token
VERSION_PATHS = frozenset(("/", "/version"))


def hide_version(create_app: Callable[..., Sanic], token: str) -> Callable[..., Sanic]:
    """`rasa.server.create_app`, whose app answers VERSION_PATHS only with the token (as
    `?token=` or a bearer header), else 404 JSON like any unknown path."""

    def create(*args: Any, **kwargs: Any) -> Sanic:
        app = create_app(*args, **kwargs)

        @app.on_request
        async def version_needs_the_token(request: Request) -> HTTPResponse | None:
            if request.path not in VERSION_PATHS:
                return None
            given = request.args.get("token") or request.headers.get("authorization", "")
            if given in (token, f"Bearer {token}"):
                return None
            return json({"message": "Not found", "error": "NotFound"}, status=404)

        return app

    return create


def main() -> None:
    token = os.environ.get("RASA_TOKEN", "")
    if not token:
        raise SystemExit(
            "RASA_TOKEN must be set: the Rasa HTTP API (transcripts for the console) needs a token"
        )
    if any(arg.startswith("--auth-token") for arg in sys.argv[1:]):
        raise SystemExit("give the token in RASA_TOKEN, not on the command line")
    os.environ[ORIGINS_VARIABLE] = ",".join(cors_origins(sys.argv[1:]))
    # Sanic (Rasa's web server) answers an unknown path or a wrong method with an HTML page
    # naming the framework unless told to answer in JSON like every other error of the stack
    # (thirty-third outsider check, F10); Sanic reads SANIC_* settings from the environment.
    os.environ.setdefault("SANIC_FALLBACK_ERROR_FORMAT", "json")
    sys.argv = rasa_argv(sys.argv[1:], token)
    import rasa.server
    from rasa.__main__ import main as rasa_main

    rasa.server.create_app = hide_version(rasa.server.create_app, token)

    rasa_main()


if __name__ == "__main__":
    main()
