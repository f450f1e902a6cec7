"""The `ringcard` command.

    ringcard [gui] [--smoke]            the desktop app (default)
    ringcard demo-data --contacts N     realistic people and companies
    ringcard demo-data --activities N   three years of their activities
    ringcard search TEXT [--json]       substring search with filters
    ringcard db upgrade                 apply migrations
    ringcard calls listen|list|dial     telephony without the GUI (app/cli/calls.py)
    ringcard alerts run [--as-of DATE] [--dry-run] [--json]   activity alerts (app/cli/alerts.py)
    ringcard telephony modem-test PORT  diagnose a caller-ID modem
    ringcard import FILE --as TYPE ...   contacts from CSV, Excel or vCard (app/cli/transfer.py)
    ringcard export contacts|companies|activities --format F -o FILE   (app/cli/transfer.py)
    ringcard users list|add NAME        the office's users (app/cli/users.py)
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import asdict

from app import __version__
from app.cli.common import (
    UsageError,
    add_contact_filters,
    contact_filters,
    positive_int,
)

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ringcard", description="Ringcard desktop CRM")
    p.add_argument("--version", action="version", version=f"ringcard {__version__}")
    p.add_argument("--database-url", help="SQLAlchemy URL (default: SQLite in the user data "
                   "folder; also RINGCARD_DATABASE_URL). Leave the password out: a command line "
                   "is visible to every user of the computer (ps). PostgreSQL takes it from "
                   "PGPASSWORD or the PGPASSFILE file (default ~/.pgpass), or from "
                   "--ask-password; or put the whole URL in RINGCARD_DATABASE_URL")
    p.add_argument("--ask-password", action="store_true",
                   help="ask for the database (PostgreSQL) password; it is never shown or stored")
    p.add_argument("--user", help="act as this user (default: the OS user); a user of the office "
                   "(see `ringcard users`), except on a new database, whose first user it becomes")
    p.add_argument("--smoke", action="store_true",
                   help="open the main window, process events, exit 0 (bundle check)")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", help="start the desktop app (default)")

    from app.cli.demo import add_parser as add_demo_parser

    add_demo_parser(sub)

    search = sub.add_parser("search", help="substring search over contacts")
    search.add_argument("text")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=positive_int, default=50)
    add_contact_filters(search)

    db = sub.add_parser("db", help="database maintenance")
    db.add_argument("action", choices=["upgrade", "current"])
    from app.cli.calls import add_parsers

    add_parsers(sub)
    from app.cli.alerts import add_parsers as add_alert_parsers

    add_alert_parsers(sub)
    from app.cli.transfer import add_parsers as add_import_parsers

    add_import_parsers(sub)
    from app.cli.users import add_parsers as add_user_parsers

    add_user_parsers(sub)
    return p


def _database(args: argparse.Namespace, *, migrate: bool = True):  # type: ignore[no-untyped-def]
    import app.services  # noqa: F401  (flush hooks)
    from app.config import LocalSettings
    from app.db import Database, resolve_url

    settings = LocalSettings.load()
    return Database(resolve_url(args.database_url, settings.database_url), migrate=migrate)


def _context(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The database, acting as --user (else the desk's setting, else the OS user).
    A name that is no user of the office is refused (``UnknownUser``: exit 2),
    except by the first run on a database without users: it becomes the first."""
    from app.config import LocalSettings
    from app.services.office import users

    db = _database(args)
    name = args.user or LocalSettings.load().user or users.os_username()
    return users.context_for(db, name, first_run=True)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # `ringcard ... | head`: the reader is gone. Point stdout at /dev/null so
        # the interpreter's final flush does not print a traceback either.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _password_out_of_sight(args: argparse.Namespace) -> None:
    """Warns of a password in --database-url (every user sees it in ps); --ask-password
    asks for one and hands it to libpq in this process's environment (PGPASSWORD),
    which other users cannot read."""
    if args.database_url:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            password = make_url(args.database_url).password
        except ArgumentError:
            password = None  # said when it is used
        if password:
            print("ringcard: warning: the password in --database-url is visible to every user "
                  "of this computer (ps); leave it out and use PGPASSFILE (~/.pgpass), "
                  "PGPASSWORD, --ask-password or RINGCARD_DATABASE_URL", file=sys.stderr)
    if args.ask_password:
        import getpass
        import os

        os.environ["PGPASSWORD"] = getpass.getpass("Database password: ")


def _main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _password_out_of_sight(args)
    from app.log_files import configure_logging

    configure_logging(verbose=args.verbose)  # the rotating log file, warnings on stderr
    command = args.command or "gui"
    try:
        if command == "gui":
            return _gui(args)
        if command == "db":
            return _db(args)
        if command == "demo-data":
            return _demo(args)
        if command == "search":
            return _search(args)
        if command in ("calls", "telephony"):
            from app.cli.calls import run

            return run(args, _context)
        if command == "alerts":
            from app.cli.alerts import run as run_alerts

            return run_alerts(args, _context)
        if command == "users":
            from app.cli.users import run as run_users

            return run_users(args, _context)
        if command in ("import", "export"):
            from app.cli.transfer import run_export, run_import

            return (run_import if command == "import" else run_export)(args, _context)
    except KeyboardInterrupt:
        return 130
    except UsageError as exc:
        print(f"ringcard: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a clear message, not a traceback, for expected failures
        from app.services.context import ServiceError
        from app.services.validation import ValidationError

        if isinstance(exc, ServiceError | ValidationError):
            print(f"ringcard: {exc}", file=sys.stderr)
            return 2
        raise
    return 0


def _gui(args: argparse.Namespace) -> int:
    from app.views.display import prepare_display

    refused = prepare_display(smoke=args.smoke)  # before Qt, which would abort without one
    if refused is not None:
        return refused
    from app.services.office.users import UnknownUser
    from app.views.app import refuse_user, run_gui

    try:
        ctx = _context(args)
    except UnknownUser as exc:
        return refuse_user(str(exc), interactive=not args.smoke)
    return run_gui(ctx, smoke=args.smoke)


def _db(args: argparse.Namespace) -> int:
    from app.db import current_revision, upgrade

    db = _database(args, migrate=False)  # no user needed: the schema may predate them
    if args.action == "upgrade":
        upgrade(db.engine)
    print(f"schema revision: {current_revision(db.engine)}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from app.cli.demo import run as run_demo

    return run_demo(args, _context)


def _search(args: argparse.Namespace) -> int:
    from app.services.contacts import search

    ctx = _context(args)
    try:
        filters = contact_filters(ctx, args)
    except UsageError as exc:
        raise SystemExit(f"ringcard: {exc}") from None
    page = search.search(ctx, args.text, filters, limit=args.limit)
    if args.json:
        print(json.dumps([asdict(r) for r in page.rows], ensure_ascii=False, indent=1))
    else:
        for r in page.rows:
            print(f"{r.name:<36} {r.code:<9} {r.contact_type:<9} {r.phone:<18} {r.email}")
        if not page.rows:
            print(f"no contact matches “{args.text}”" + (" with these filters" if _filtered(args) else ""))
        if page.next_cursor:
            print(f"... more than {args.limit} matches; narrow the search or raise --limit")
    return 0


def _filtered(args: argparse.Namespace) -> bool:
    return any(getattr(args, name, None) is not None
               for name in ("contact_type", "kind", "category", "rep", "status", "rating", "active"))
