"""`python -m bot.rasa_server [rasa run options]`: `rasa run --enable-api` with the HTTP API
token taken from the RASA_TOKEN environment variable instead of the command line.

A process's arguments are readable by every user of the machine (`ps`, /proc/<pid>/cmdline);
its environment is not (only its owner and root). So the token is added to the arguments
here, in-process, and handed to Rasa's own command-line entry point: the exec'd command line
never holds it. `make run` and docker-compose.yml start Rasa this way.
"""

from __future__ import annotations

import os
import sys


def rasa_argv(options: list[str], token: str) -> list[str]:
    return ["rasa", "run", "--enable-api", "--auth-token", token, *options]


def main() -> None:
    token = os.environ.get("RASA_TOKEN", "")
    if not token:
        raise SystemExit(
            "RASA_TOKEN must be set: the Rasa HTTP API (transcripts for the console) needs a token"
        )
    if any(arg.startswith("--auth-token") for arg in sys.argv[1:]):
        raise SystemExit("give the token in RASA_TOKEN, not on the command line")
    sys.argv = rasa_argv(sys.argv[1:], token)
    from rasa.__main__ import main as rasa_main

    from bot.rasa_ext import fast_load

    fast_load.install()  # the model loads in a third of the time (bot/rasa_ext/fast_load.py)
    rasa_main()


if __name__ == "__main__":
    main()
