"""`ringcard users`: who works in the office. Ringcard never adds a user from a
name passed in, so a manager adds each rep before their first start.

    ringcard users list [--json]
    ringcard --user MANAGER users add NAME [--full-name TEXT] [--manager]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any


def add_parsers(sub: Any) -> None:
    users = sub.add_parser("users", help="the office's users").add_subparsers(
        dest="users_command", required=True)
    listing = users.add_parser("list", help="the active users")
    listing.add_argument("--json", action="store_true")
    add = users.add_parser("add", help="add a user (managers only)")
    add.add_argument("username")
    add.add_argument("--full-name", default="")
    add.add_argument("--manager", action="store_true", help="a manager, not a rep")


def run(args: argparse.Namespace, ctx_factory: Any) -> int:
    from app.models import Role
    from app.services.office import users

    ctx = ctx_factory(args)
    if args.users_command == "add":
        users.add_user(ctx, args.username, args.full_name,
                       Role.MANAGER if args.manager else Role.REP)
        print(f"added {args.username} ({'manager' if args.manager else 'rep'})")
        return 0
    rows = users.list_users(ctx)
    if args.json:
        print(json.dumps([asdict(u) for u in rows], ensure_ascii=False, indent=1))
    for u in [] if args.json else rows:
        print(f"{u.username:<24} {u.role:<8} {u.full_name}")
    return 0
