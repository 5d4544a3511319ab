"""`python -m bot run | migrate | seed | demo-code EMAIL | stack`."""

from __future__ import annotations

import argparse
import logging
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="M2Mmanager 2FA account backend")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("run", help="migrate, seed an empty database, serve the APIs and pages")
    sub.add_parser("migrate", help="bring the database schema up to date")
    p_seed = sub.add_parser("seed", help="create the demo accounts (on an empty database)")
    p_seed.add_argument("--force", action="store_true", help="even if accounts exist (fails on duplicates)")
    p_code = sub.add_parser("demo-code", help="print the current authenticator code of a demo account")
    p_code.add_argument("email")
    sub.add_parser("stack", help="start the backend, the action server and Rasa together (make run)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    from bot.config import load

    settings = load()
    if args.cmd == "run":
        from bot.server import serve

        serve(settings)
    elif args.cmd == "migrate":
        from bot.db import Database

        Database(settings.database_url).migrate()
        print("database schema up to date")
    elif args.cmd == "seed":
        from bot.db import Database
        from bot.seed import seed

        db = Database(settings.database_url)
        db.migrate()
        print("demo accounts created" if seed(db, settings, only_if_empty=not args.force) else "database not empty: nothing done")
    elif args.cmd == "demo-code":
        if not settings.demo_tools:
            print("demo tools are disabled when real senders are configured", file=sys.stderr)
            return 2
        import pyotp
        from sqlalchemy import select

        from bot.db import Database
        from bot.models import User

        with Database(settings.database_url).session() as s:
            user = s.execute(select(User).where(User.email == args.email.lower())).scalar_one_or_none()
            if user is None or not user.totp_secret or not user.email.endswith("@demo.m2m"):
                print("no demo account with an authenticator app has this address", file=sys.stderr)
                return 2
            print(pyotp.TOTP(user.totp_secret).now())
    elif args.cmd == "stack":
        from bot.launcher import main as stack

        return stack()
    return 0


if __name__ == "__main__":
    sys.exit(main())
