"""`make bench` (activities): the Activity History of a very busy contact and the
home dashboard, on the 1M-contact database with 5M activities.

- open the Activity History of a contact with 50,000 activities: the ids in
  display order (``activity_history.history_ids``) and the rows of the first page
  (``history_rows``), over 50 runs (target p95 <= 100 ms)
- the home dashboard (``dashboard.dashboard``) as a demo rep, over 20 runs, with
  its parts timed on their own (target p95 <= 300 ms)

The activities are added to `bench/ringcard-1m.db` with `ringcard demo-data
--activities` on first use (an audit entry marks each load, so none is added
twice); the contacts come from bench/search_bench.py's generator.

    python -m bench.activity_bench [--db PATH] [--activities N] [--runs K]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text

import app.services  # noqa: F401  (flush hooks)
from app.models import Activity, AuditEntry, Contact
from app.services.activities import history as activity_history
from app.services.activities import todos
from app.services.context import AppContext
from app.services.demo import activities as demo_activities
from app.services.demo import office as demo_data
from app.services.helpdesk import tickets as helpdesk
from app.services.office import users
from app.services.reports import dashboard
from bench.search_bench import ensure_db, pct, timed

SEED = 7
BUSY_SEED = 11
BUSY_ACTIVITIES = 50_000
PAGE = 100  # rows of the first screen(s) of the history
REP = "mary.watson"  # a demo rep: has To-Dos, calls, tickets


def _line(name: str, xs: list[float]) -> str:
    return (f"{name:<38} p50 {statistics.median(xs):8.2f} ms   p95 {pct(xs, 95):8.2f} ms"
            f"   (n={len(xs)})")


def _loaded(ctx: AppContext, marker: str) -> bool:
    with ctx.read() as s:
        found = s.scalar(select(AuditEntry.id).where(
            AuditEntry.entity == "demo_data", AuditEntry.field == "activities",
            AuditEntry.new == marker).limit(1))
    return found is not None


def _progress(total: int, started: float) -> Callable[[int], None]:
    def show(done: int) -> None:
        if done % 500_000 == 0 or done == total:
            print(f"  {done:,}/{total:,} activities, {time.perf_counter() - started:.0f} s",
                  flush=True)
    return show


def redate_contacts(ctx: AppContext) -> None:
    """Give contacts made by the older generator (all entered in the same minute)
    the creation dates the generator gives now: over three years in id order, the
    newest 3% within the last 30 days. Otherwise every customer would be "new"."""
    with ctx.read() as s:
        first, last, lo, hi = s.execute(text(
            "SELECT min(created_at), max(created_at), min(id), max(id) FROM contacts")).one()
    if first is None or str(first)[:10] != str(last)[:10]:
        return
    print("spreading the contacts' creation dates over three years ...", flush=True)
    t0 = time.perf_counter()
    n = hi - lo + 1
    old = int(n * (1 - demo_data.NEW_SHARE))
    years, recent = demo_data.HISTORY.days, demo_data.NEW_WINDOW.days
    with ctx.write() as s:
        s.execute(text(
            "UPDATE contacts SET created_at = strftime('%Y-%m-%d %H:%M:%S', julianday(:ref) - "
            "CASE WHEN id - :lo < :old THEN :years - (:years - :recent) * (id - :lo) / (1.0 * :old) "
            "ELSE :recent - :recent * (id - :lo - :old + 1) / (1.0 * (:n - :old)) END) "
            "|| '.000000'"),
            {"ref": str(last)[:19], "lo": lo, "old": old, "n": n, "years": years,
             "recent": recent})
        s.execute(text("UPDATE contacts SET updated_at = created_at"))
    print(f"  {time.perf_counter() - t0:.1f} s", flush=True)


def ensure_activities(ctx: AppContext, n: int) -> int:
    """The office's activities and the one very busy contact; returns its id."""
    if not _loaded(ctx, demo_activities.activities_marker(n, SEED)):
        print(f"adding {n:,} activities ...", flush=True)
        result = demo_activities.generate_activities(ctx, n, seed=SEED,
                                               progress=_progress(n, time.perf_counter()))
        print(f"  demo-data --activities {n}: {result.seconds:.1f} s", flush=True)
    with ctx.read() as s:
        busy = s.scalar(select(Contact.id).where(Contact.kind == "person",
                                                 Contact.contact_type == "customer")
                        .order_by(Contact.id).limit(1))
    assert busy is not None, "no customer in the database"
    if not _loaded(ctx, demo_activities.activities_marker(BUSY_ACTIVITIES, BUSY_SEED, [busy])):
        print(f"adding {BUSY_ACTIVITIES:,} activities to contact {busy} ...", flush=True)
        result = demo_activities.generate_activities(ctx, BUSY_ACTIVITIES, seed=BUSY_SEED,
                                               contact_ids=[busy])
        print(f"  {result.seconds:.1f} s", flush=True)
    return busy


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("bench/ringcard-1m.db"))
    ap.add_argument("--contacts", type=int, default=1_000_000)
    ap.add_argument("--activities", type=int, default=5_000_000)
    ap.add_argument("--runs", type=int, default=50)
    args = ap.parse_args()
    db = ensure_db(args.db, args.contacts)
    redate_contacts(users.sample_context(db, "bench"))
    busy = ensure_activities(users.sample_context(db, "bench"), args.activities)
    ctx = users.sample_context(db, REP)
    with ctx.read() as s:
        contacts = s.execute(text("SELECT count(*) FROM contacts")).scalar()
        total = s.execute(text("SELECT count(*) FROM activities")).scalar()
        own = s.scalar(select(func.count()).where(Activity.contact_id == busy))
    print(f"database: {args.db} ({contacts:,} contacts, {total:,} activities, "
          f"{args.db.stat().st_size / 2**20:.0f} MiB); contact {busy}: {own:,} activities")

    # (i) the Activity History of the busy contact: ids, then one page of rows
    def open_history() -> None:
        ids = activity_history.history_ids(ctx, busy)
        activity_history.history_rows(ctx, ids[:PAGE])

    open_history()  # warm, as a running app is
    history = [timed(open_history) for _ in range(args.runs)]
    ids_only = [timed(lambda: activity_history.history_ids(ctx, busy)) for _ in range(10)]
    ids = activity_history.history_ids(ctx, busy)
    rows_only = [timed(lambda: activity_history.history_rows(ctx, ids[:PAGE])) for _ in range(10)]

    # (ii) the dashboard, and each of its parts
    dashboard.dashboard(ctx)
    whole = [timed(lambda: dashboard.dashboard(ctx)) for _ in range(20)]
    now = datetime.now(UTC)
    since = now - timedelta(days=30)
    with ctx.read() as s:
        def part(fn: Callable[..., object], me: object) -> list[float]:
            return [timed(lambda: fn(s, since, now, me)) for _ in range(10)]

        counts = part(dashboard.counts_by_type, ctx.actor)
        calls = part(dashboard.recent_calls, ctx.actor.id)
    todo_ms = [timed(lambda: todos.my_todos(ctx, limit=dashboard.TODO_LIMIT)) for _ in range(10)]
    overdue_ms = [timed(lambda: todos.overdue(ctx, limit=dashboard.TODO_LIMIT)) for _ in range(10)]
    ticket_ms = [timed(lambda: (helpdesk.open_tickets_count(ctx),
                                helpdesk.list_tickets(ctx, "open", limit=5))) for _ in range(10)]
    d = dashboard.dashboard(ctx)

    print(_line(f"history of {own:,} activities: open", history))
    print(_line("  ... ids in display order", ids_only))
    print(_line(f"  ... first page ({PAGE} rows)", rows_only))
    print(_line("dashboard (whole)", whole))
    print(_line("  ... 30 days by type, new/existing", counts))
    print(_line("  ... my recent calls", calls))
    print(_line("  ... my To-Dos", todo_ms))
    print(_line("  ... overdue", overdue_ms))
    print(_line("  ... open tickets (count + newest)", ticket_ms))
    print(f"{'dashboard shows':<38} {sum(t.total for t in d.by_type):,} activities in 30 days "
          f"({d.total_new:,} with new customers), {len(d.my_todos)} To-Dos, "
          f"{len(d.overdue)} overdue, {d.open_tickets:,} open tickets")
    targets = [
        ("history open p95 <= 100 ms", pct(history, 95) <= 100),
        ("dashboard p95 <= 300 ms", pct(whole, 95) <= 300),
    ]
    for name, ok in targets:
        print(f"target {name:<40} {'met' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
