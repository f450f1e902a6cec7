"""What the ``ringcard`` commands share: argument types, the contact filters, user
look-up, the progress bar and the usage error (exit status 2)."""

from __future__ import annotations

import argparse
import sys
from datetime import date


class UsageError(Exception):
    """A command-line value that names nothing (a user, a status, ...); exit status 2."""


def add_contact_filters(parser: argparse.ArgumentParser, *, kind: bool = True) -> None:
    """The contact list's "more search options" as options (``contact_filters`` reads them)."""
    parser.add_argument("--type", dest="contact_type",
                        choices=["lead", "potential", "customer", "account"])
    if kind:
        parser.add_argument("--kind", choices=["person", "company"])
    parser.add_argument("--category", help="category name")
    parser.add_argument("--rep", help="assigned rep's user name")
    parser.add_argument("--status", help="status name")
    parser.add_argument("--rating", help="rating name")
    parser.add_argument("--active", choices=["yes", "no"])


def user_id(ctx, username: str) -> int:  # type: ignore[no-untyped-def]
    """The id of the user called ``username``; UsageError when there is none."""
    from app.services.office.users import list_users

    match = [u.id for u in list_users(ctx, active_only=False) if u.username == username]
    if not match:
        raise UsageError(f"no user named “{username}”")
    return match[0]


def contact_filters(ctx, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """``contact_list.Filters`` of the options ``add_contact_filters`` added; names that
    match no list entry or user raise UsageError."""
    from app.services.contacts.list_rows import Filters
    from app.services.office import lists as lookups

    def lookup(list_name: str, name: str | None) -> int | None:
        if name is None:
            return None
        found = lookups.id_by_name(ctx, list_name, name)
        if found is None:
            raise UsageError(f"no {list_name.replace('_', ' ')} named “{name}”")
        return found

    return Filters(
        contact_type=args.contact_type, kind=getattr(args, "kind", None),
        category_id=lookup("category", args.category),
        rep_id=None if args.rep is None else user_id(ctx, args.rep),
        status_id=lookup("status", args.status), rating_id=lookup("rating", args.rating),
        active=None if args.active is None else args.active == "yes",
    )


def iso_day(text: str) -> date:
    """An argparse type: a YYYY-MM-DD day."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-12-31") from None


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (``--limit``)."""
    return _int_at_least(text, 1)


def non_negative_int(text: str) -> int:
    """An argparse type: a whole number of at least 0 (``--activities``)."""
    return _int_at_least(text, 0)


def _int_at_least(text: str, lowest: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < lowest:
        raise argparse.ArgumentTypeError(f"{value} is too small: give {lowest} or more")
    return value


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 company``, ``2 companies``, with the count grouped (``1,250 people``)."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def progress_bar(total: int):  # type: ignore[no-untyped-def]
    def show(done: int) -> None:
        width = 40
        filled = int(width * done / max(total, 1))
        print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}",
              end="", file=sys.stderr, flush=True)

    return show


