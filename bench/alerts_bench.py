"""`make bench` (alerts): a full run of the automated activity alerts over the
1M-contact database with 5M activities (``alerts.run_alerts``, all four rules on
with reference 001's defaults).

The run writes tasks, so it works on a copy of `bench/ringcard-1m.db` in /tmp
(about 3 GB, deleted at the end): the benchmark database keeps no alerts.
Opening the copy migrates it (the alerts tables, the alerts' index).

- dry run: what would fire, nothing written (median of --runs, after one warm-up)
- first run: the tasks of everything that fires (once: it creates them), per rule.
  The demo office never had alerts: this is the backlog of years (most leads and
  potentials have been quiet for longer than N days), some 640,000 tasks
- second run: nothing left to fire (idempotent), median of --runs
- next day's run: what a day adds (the runs a desk makes every hour)
- target: a full run <= 10 s

    python -m bench.alerts_bench [--db PATH] [--copy PATH] [--runs K] [--keep]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

import app.services  # noqa: F401  (flush hooks)
from app.db import Database
from app.services.alerts import engine as alerts
from app.services.alerts.engine import AlertRun
from app.services.alerts.settings import RULE_LABELS
from app.services.office import users

USER = "abigail.milne"  # the demo office's manager
TARGET_S = 10.0


def _copy(source: Path, copy: Path) -> None:
    with sqlite3.connect(source) as conn:  # everything in the main file first
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    shutil.copyfile(source, copy)
    print(f"copied {source} to {copy} in {time.perf_counter() - t0:.1f} s", flush=True)


def _remove(copy: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)


def _timed(fn) -> tuple[float, AlertRun]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def _line(name: str, xs: list[float], extra: str = "") -> str:
    return (f"{name:<40} {statistics.median(xs):7.2f} s (median; max {max(xs):5.2f} s, n={len(xs)})"
            f"{extra}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("bench/ringcard-1m.db"))
    ap.add_argument("--copy", type=Path, default=Path("/tmp/ringcard-alerts-bench.db"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="keep the copy afterwards")
    args = ap.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} is missing: run `python -m bench.activity_bench` first")
    _copy(args.db, args.copy)
    try:
        t0 = time.perf_counter()
        db = Database(f"sqlite:///{args.copy}")
        print(f"migrated the copy in {time.perf_counter() - t0:.1f} s", flush=True)
        _bench(db, args)
        db.dispose()
    finally:
        if not args.keep:
            _remove(args.copy)


def _bench(db: Database, args: argparse.Namespace) -> None:
    ctx = users.sample_context(db, USER)
    with ctx.read() as s:
        contacts = s.execute(text("SELECT count(*) FROM contacts")).scalar()
        activities = s.execute(text("SELECT count(*) FROM activities")).scalar()
        newest = s.execute(text("SELECT max(created_at) FROM contacts")).scalar()
    as_of = date.fromisoformat(str(newest)[:10])  # the demo data's "today"
    next_day = as_of + timedelta(days=1)
    print(f"database: {contacts:,} contacts, {activities:,} activities; as of {as_of}")

    alerts.run_alerts(ctx, as_of=as_of, dry_run=True)  # warm, as a running desk is
    dry = [_timed(lambda: alerts.run_alerts(ctx, as_of=as_of, dry_run=True))
           for _ in range(args.runs)]
    would = dry[-1][1]
    first_s, first = _timed(lambda: alerts.run_alerts(ctx, as_of=as_of))
    again = [_timed(lambda: alerts.run_alerts(ctx, as_of=as_of)) for _ in range(args.runs)]
    day_s, day = _timed(lambda: alerts.run_alerts(ctx, as_of=next_day))

    print(_line("dry run (evaluates all, writes nothing)", [t for t, _ in dry],
                f"   would fire {would.total:,}"))
    print(f"{'first run (the whole backlog)':<40} {first_s:7.2f} s"
          f"{'':<26}fired {first.total:,}")
    for rule, n in first.counts.items():
        print(f"  ... {RULE_LABELS[rule]:<34} {n:>10,}")
    print(_line("second run (nothing new: idempotent)", [t for t, _ in again],
                f"   fired {sum(r.total for _, r in again):,}"))
    print(f"{f'next day (as of {next_day})':<40} {day_s:7.2f} s{'':<26}fired {day.total:,}")
    for note in first.notes:
        print(f"note: {note}")
    targets = [
        ("full run <= 10 s (a day's run: next day)", day_s <= TARGET_S),
        (f"full run <= 10 s (first run: {first.total:,} tasks)", first_s <= TARGET_S),
        ("second run fires nothing", all(r.total == 0 for _, r in again)),
        ("dry run = first run", would.counts == first.counts),
    ]
    for name, ok in targets:
        print(f"target {name:<46} {'met' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
