"""`ringcard alerts run`: the automated activity alerts without the GUI (for a
scheduled job on a server, or to look at what would fire).

    ringcard alerts run [--as-of YYYY-MM-DD] [--dry-run] [--json] [--limit N]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from app.cli.common import iso_day, positive_int


def add_parsers(sub: Any) -> None:
    alerts = sub.add_parser("alerts", help="automated activity alerts").add_subparsers(
        dest="alerts_command", required=True)
    run = alerts.add_parser("run", help="create the To-Do tasks of the alerts due now")
    run.add_argument("--as-of", type=iso_day, default=None, metavar="YYYY-MM-DD",
                     help="evaluate the rules for this day (default: today)")
    run.add_argument("--dry-run", action="store_true", help="show what would fire; write nothing")
    run.add_argument("--json", action="store_true", help="the whole result as JSON")
    run.add_argument("--limit", type=positive_int, default=20, help="alerts to list (default 20)")


def run(args: argparse.Namespace, ctx_factory: Any) -> int:
    from app.services.alerts.engine import run_alerts
    from app.services.alerts.settings import RULE_LABELS

    result = run_alerts(ctx_factory(args), as_of=args.as_of, dry_run=args.dry_run,
                        limit=max(args.limit, 0))
    if args.json:
        print(json.dumps(asdict(result), default=str, ensure_ascii=False, indent=1))
        return 0
    verb = "would fire (dry run: nothing written)" if result.dry_run else "fired"
    print(f"Alerts as of {result.as_of.isoformat()}: {result.total} {verb}")
    for rule, n in result.counts.items():
        print(f"  {RULE_LABELS[rule]:<38} {n:>8,}")
    if result.fired:
        print(f"First {len(result.fired)} of {result.total:,}:")
        for a in result.fired:
            print(f"  {RULE_LABELS[a.rule][:22]:<22} {a.contact_name[:28]:<28} "
                  f"-> {a.owner or '(nobody)':<14} {a.reason}")
    if result.notes:
        print("Notes:")
        for note in result.notes:
            print(f"  {note}")
    return 0
