"""`python -m bot run | migrate | seed | create-agent USERNAME | unlock-agent USERNAME |
demo-code EMAIL | stack`."""

from __future__ import annotations

import argparse
import logging
import os
import sys

AGENT_PASSWORD_ENV = "M2M_AGENT_PASSWORD"
# NIST SP 800-63B-4 §3.1.1.2: at least 15 characters for a password used as the only factor
MIN_AGENT_PASSWORD = 15


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="M2Mmanager 2FA account backend"
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("run", help="migrate, seed the demo if M2M_DEMO=1, serve the APIs and pages")
    sub.add_parser("migrate", help="bring the database schema up to date")
    p_seed = sub.add_parser("seed", help="create the demo accounts (on an empty database)")
    p_seed.add_argument(
        "--force", action="store_true", help="even if accounts exist (fails on duplicates)"
    )
    p_agent = sub.add_parser(
        "create-agent",
        help=f"create a console agent; the password comes from {AGENT_PASSWORD_ENV} "
        "or a prompt, never from the command line",
    )
    p_agent.add_argument("username")
    p_agent.add_argument("--name", default="")
    p_unlock = sub.add_parser(
        "unlock-agent", help="lift the lock of an agent account after repeated wrong passwords"
    )
    p_unlock.add_argument("username")
    p_code = sub.add_parser(
        "demo-code", help="print the current authenticator code of a demo account"
    )
    p_code.add_argument("email")
    sub.add_parser(
        "retention",
        help="delete what is older than its retention period (RETENTION_*_DAYS): "
        "transcripts, handoffs, outbox, audit entries",
    )
    sub.add_parser(
        "stack", help="start the backend, the action server and Rasa together (make run)"
    )
    return parser


def _retention(args, settings, db) -> int:
    """One pass of the retention job (the running backend also does it once a day)."""
    from bot import clock
    from bot.rules.retention import purge

    counts = purge(db, settings, clock.now())
    print("retention: deleted " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 0


def main(argv: list[str] | None = None) -> int:
    # files this process creates (the SQLite database, its journal) are private to the user
    os.umask(0o077)
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if args.cmd == "stack":
        from bot.launcher import main as stack

        return stack()
    from bot.config import load

    settings = load()
    if args.cmd == "run":
        from bot.server import serve

        serve(settings)
        return 0
    from bot.db import Database

    db = Database(settings.database_url)
    db.migrate()
    commands = {
        "migrate": _migrate,
        "seed": _seed,
        "retention": _retention,
        "create-agent": _create_agent,
        "unlock-agent": _unlock_agent,
        "demo-code": _demo_code,
    }
    return commands[args.cmd](args, settings, db)


def _migrate(args, settings, db) -> int:
    print("database schema up to date")
    return 0


def _seed(args, settings, db) -> int:
    from bot.seed import seed

    print(
        "demo accounts created"
        if seed(db, settings, only_if_empty=not args.force)
        else "database not empty: nothing done"
    )
    return 0


def _agent_password() -> str | None:
    """From the environment (automation) or typed twice at a prompt that does not echo."""
    import getpass

    password = os.environ.get(AGENT_PASSWORD_ENV)
    if password is None:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            print("the two passwords differ", file=sys.stderr)
            return None
    if len(password) < MIN_AGENT_PASSWORD or len(password) > 256:
        print(f"the password must have {MIN_AGENT_PASSWORD} to 256 characters", file=sys.stderr)
        return None
    return password


def _create_agent(args, settings, db) -> int:
    from sqlalchemy import select

    from bot.models import Agent
    from bot.security import hash_password

    username = args.username.strip()
    if not (0 < len(username) <= 64) or not username.isprintable():
        print("a username has 1 to 64 printable characters", file=sys.stderr)
        return 2
    password = _agent_password()
    if password is None:
        return 2
    with db.session() as s:
        if (
            s.execute(select(Agent).where(Agent.username == username)).scalar_one_or_none()
            is not None
        ):
            print(f"agent {username!r} exists already", file=sys.stderr)
            return 2
        s.add(
            Agent(
                username=username, name=args.name or username, password_hash=hash_password(password)
            )
        )
    print(f"agent {username!r} created")
    return 0


def _unlock_agent(args, settings, db) -> int:
    from bot.rules.agent import unlock_agent
    from bot.rules.context import Context, RuleError

    try:
        unlock_agent(Context(settings=settings, db=db, sms=None, email=None), args.username, "cli")
    except RuleError as err:
        print(err.message, file=sys.stderr)
        return 2
    print(f"agent {args.username!r} unlocked")
    return 0


def _demo_code(args, settings, db) -> int:
    if not settings.outbox_senders or settings.production:
        print(
            "demo tools are disabled when real senders are configured or in production",
            file=sys.stderr,
        )
        return 2
    import pyotp
    from sqlalchemy import select

    from bot.models import User

    with db.session() as s:
        user = s.execute(select(User).where(User.email == args.email.lower())).scalar_one_or_none()
        if user is None or not user.totp_secret or not user.email.endswith("@demo.m2m"):
            print("no demo account with an authenticator app has this address", file=sys.stderr)
            return 2
        print(pyotp.TOTP(user.totp_secret).now())
    return 0


if __name__ == "__main__":
    sys.exit(main())
