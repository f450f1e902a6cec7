"""`make bench`: search-as-you-type, LIKE scan and phone lookup on 1M contacts.

Prints medians and p95 and the ratios measured in the same run (the machine
is noisy: compare ratios, not absolute numbers across runs). Creates the
benchmark database with `ringcard demo-data` (home region GB) on first use.

    python -m bench.search_bench [--db PATH] [--contacts N] [--repeat K]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

import app.services  # noqa: F401  (flush hooks)
from app.db import Database
from app.services.calls import lookup as phone_lookup
from app.services.contacts import list_rows as contact_list
from app.services.contacts import search
from app.services.contacts.list_rows import Filters
from app.services.context import AppContext
from app.services.demo.office import generate
from app.services.office import settings as office_settings
from app.services.office import users

# substrings of names, companies, e-mails and phone digits, common to rare
TERMS = ["ith", "smi", "son", "jon", "ann", "ltd", "mar", "ill", "oli", "har",
         "pat", "kaur", "wood", "gmail", "outlook", "engineering", "zimmer", "ngstr",
         "7946", "okafor"]


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def ensure_db(path: Path, n: int) -> Database:
    fresh = not path.exists()
    db = Database(f"sqlite:///{path}")
    if fresh:
        ctx = users.sample_context(db, "bench")
        with ctx.write() as s:
            office_settings.set_value(s, "home_region", "GB")
        print(f"creating {n:,} contacts in {path} ...", flush=True)
        result = generate(ctx, n, seed=7)
        print(f"  demo-data: {result.seconds:.1f} s", flush=True)
    return db


def like_scan(ctx: AppContext, term: str) -> None:
    """The same question answered with a plain LIKE '%term%' scan."""
    pat = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    sql = text(
        "SELECT c.id FROM contacts c WHERE "
        "(c.first_name || ' ' || c.last_name || ' ' || c.company_name) LIKE :p ESCAPE '\\' "
        "OR EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id "
        "           AND e.address LIKE :p ESCAPE '\\') "
        "OR EXISTS (SELECT 1 FROM contact_phones p WHERE p.contact_id = c.id "
        "           AND p.search_digits LIKE :p ESCAPE '\\') "
        "ORDER BY c.sort_name, c.id LIMIT 50")
    with ctx.read() as s:
        s.execute(sql, {"p": pat}).all()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("bench/ringcard-1m.db"))
    ap.add_argument("--contacts", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    db = ensure_db(args.db, args.contacts)
    ctx = users.sample_context(db, "bench")
    with ctx.read() as s:
        total = s.execute(text("SELECT count(*) FROM contacts")).scalar()
    print(f"database: {args.db} ({total:,} contacts, {args.db.stat().st_size / 2**20:.0f} MiB)")

    for term in TERMS:  # warm the page cache the way a running app has it warm
        search.search(ctx, term)

    # search-as-you-type: every keystroke of every term asks for the first 50 hits
    keystrokes: list[float] = []
    full_terms: list[float] = []
    for _ in range(args.repeat):
        for term in TERMS:
            for i in range(1, len(term) + 1):
                ms = timed(lambda t=term[:i]: search.search(ctx, t, limit=50))
                keystrokes.append(ms)
                if i == len(term):
                    full_terms.append(ms)
    like: list[float] = []
    for _ in range(max(1, args.repeat // 2)):
        for term in TERMS:
            like.append(timed(lambda t=term: like_scan(ctx, t)))

    # phone lookup: known numbers written the ways people and PBXs send them
    with ctx.read() as s:
        rows = s.execute(text("SELECT raw, e164 FROM contact_phones ORDER BY random() LIMIT 1000"))
        samples = []
        for raw, e164 in rows:
            samples += [raw, e164, "00" + e164[1:]]
    rnd = random.Random(3)
    samples += [f"+44 1632 {rnd.randrange(10**6):06d}" for _ in range(300)]  # Ofcom drama: unknown
    lookups: list[float] = []
    with ctx.read() as s:
        region = office_settings.home_region(s)
        digits = int(office_settings.get(s, "match_digits"))
        for number in samples:
            lookups.append(timed(lambda n=number: phone_lookup.lookup(
                s, n, region=region, match_digits=digits)))

    # the main window's list: all customer ids in name order, then one page of rows
    ids_ms = timed(lambda: contact_list.ordered_ids(ctx, Filters(contact_type="customer")))
    ids = contact_list.ordered_ids(ctx, Filters(contact_type="customer"))
    page_ms = [timed(lambda k=k: contact_list.rows(ctx, list(ids[k:k + 100])))
               for k in range(0, len(ids), max(1, len(ids) // 50))]

    def line(name: str, xs: list[float]) -> str:
        return (f"{name:<38} p50 {statistics.median(xs):8.2f} ms   p95 {pct(xs, 95):8.2f} ms"
                f"   (n={len(xs)})")

    print(line("search-as-you-type, every keystroke", keystrokes))
    print(line("search, full terms", full_terms))
    print(line("LIKE '%term%' scan, same terms", like))
    ratio50 = statistics.median(like) / statistics.median(full_terms)
    ratio95 = pct(like, 95) / pct(full_terms, 95)
    print(f"{'ratio LIKE / search (full terms)':<38} p50 {ratio50:8.0f} x     p95 {ratio95:8.0f} x")
    print(line("phone lookup", lookups))
    print(f"{'customer list: ordered ids':<38} {ids_ms:8.0f} ms for {len(ids):,} ids")
    print(line("customer list: one page of 100 rows", page_ms))
    targets = [
        ("search p95 <= 15 ms", pct(keystrokes, 95) <= 15),
        ("search >= 20x faster than LIKE (p50)", ratio50 >= 20),
        ("lookup p95 <= 1 ms", pct(lookups, 95) <= 1),
    ]
    for name, ok in targets:
        print(f"target {name:<40} {'met' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
