"""`python -m bot.rasa_cli [rasa arguments]`: Rasa's own command line, with the model loading
in a third of the time (bot/rasa_ext/fast_load.py). The Makefile runs `rasa test core` so."""

from __future__ import annotations


def main() -> None:
    from rasa.__main__ import main as rasa_main

    from bot.rasa_ext import fast_load

    fast_load.install()
    rasa_main()


if __name__ == "__main__":
    main()
