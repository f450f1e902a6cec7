"""`ringcard demo-data`: a demo office's people, companies and activities.

It refuses a database holding contacts it did not make (a real office) unless
``--into-existing`` is given, and says what it will add before adding it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import non_negative_int, plural, progress_bar


def add_parser(sub: Any) -> None:
    demo = sub.add_parser("demo-data", help="fill the database with realistic demo contacts")
    demo.add_argument("--contacts", type=non_negative_int, default=None,
                      help="people and companies to add (default 1000 unless --activities)")
    demo.add_argument("--activities", type=non_negative_int, default=0,
                      help="activities to add over three years across the contacts")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--quiet", action="store_true", help="no progress bar")
    demo.add_argument("--into-existing", action="store_true",
                      help="add demo data to a database that holds contacts of its own "
                      "(refused without this: demo rows would mix with a real office's)")


def planned(contacts: int, activities: int) -> str:
    """"900 people, 100 companies and 0 activities" (every tenth contact is a company,
    as the generator makes them)."""
    companies = (contacts + 9) // 10
    return (f"{plural(contacts - companies, 'person', 'people')}, "
            f"{plural(companies, 'company', 'companies')} and "
            f"{plural(activities, 'activity', 'activities')}")


def run(args: argparse.Namespace, ctx_factory: Any) -> int:
    from app.services.alerts.engine import run_alerts
    from app.services.demo.activities import generate_activities
    from app.services.demo.guard import holdings
    from app.services.demo.office import generate

    ctx = ctx_factory(args)
    contacts = args.contacts if args.contacts is not None else 0 if args.activities else 1000
    plan = planned(contacts, args.activities)
    held = holdings(ctx)
    if held.is_real_office and not args.into_existing:
        print(f"ringcard: this database holds "
              f"{plural(held.real_contacts, 'contact', 'contacts')} not made by demo-data; "
              f"demo-data would add {plan} to them: give --into-existing to add them anyway, "
              "or point --database-url at another database", file=sys.stderr)
        return 2
    alerts_before = run_alerts(ctx, dry_run=True, limit=0).total
    print(f"adding {plan}" + (f" to a database with "
                              f"{plural(held.real_contacts, 'contact', 'contacts')} of its own"
                              if held.is_real_office else ""), flush=True)
    if contacts:
        progress = None if args.quiet else progress_bar(contacts)
        result = generate(ctx, contacts, seed=args.seed, progress=progress)
        if progress:
            print(file=sys.stderr)
        print(f"created {plural(result.people, 'person', 'people')} and "
              f"{plural(result.companies, 'company', 'companies')} in {result.seconds:.1f} s")
    if args.activities:
        progress = None if args.quiet else progress_bar(args.activities)
        done = generate_activities(ctx, args.activities, seed=args.seed, progress=progress)
        if progress:
            print(file=sys.stderr)
        print(f"created {plural(done.activities, 'activity', 'activities')} in "
              f"{done.seconds:.1f} s")
    alerts = run_alerts(ctx, dry_run=True, limit=0).total - alerts_before
    if alerts > 0:
        print(f"the alerts will add {plural(alerts, 'alert To-Do', 'alert To-Dos')} for these "
              "contacts when they next run (the desktop app runs them at start; "
              "`ringcard alerts run --dry-run` lists them)")
    return 0
