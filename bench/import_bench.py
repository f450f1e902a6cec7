"""`make bench` (import): a 100,000-row CSV imported into the 1M-contact database,
every phone through the normaliser and every row checked for duplicates (e-mail,
phone, name and company) against the million stored contacts and the file itself.

The import writes, so it runs on a copy of `bench/ringcard-1m.db` in /tmp
(about 3 GB, deleted at the end; opening it migrates it).

The file: people with a company, an e-mail, a mobile and a work number, a
postal address (some 120 bytes a row, 11 columns, like an Outlook export cut
down); 3% of the rows are stored contacts again (their e-mail), 1% repeat an
earlier row of the file, 0.5% are invalid (a bad e-mail). Imported with "skip
invalid rows" and duplicates skipped, as one transaction.

- rows/s of the whole import (read, normalise, check, write, commit), for the
  100,000-row file, and for a 20,000-row file in the same run
- peak memory (RSS) of a process that does nothing but the import, for both
  sizes: streamed, the 100,000-row file must not need five times the memory
  (SQLite's page cache is set to 256 MB while importing; a big file is parsed
  by a second process, whose peak is shown apart)
- target: >= 10,000 rows/s

    python -m bench.import_bench [--db PATH] [--rows N] [--keep]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

TARGET_ROWS_S = 10_000
FIRST = ("Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia",
         "Oliver", "George", "Noah", "Arthur", "Harry", "Leo", "Muhammad", "Jack", "Charlie",
         "Oscar", "Siân", "Dafydd", "Niamh", "Eóin", "Zoë", "Jürgen", "Chloé", "Łukasz")
LAST = ("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
        "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
        "Hughes", "Green", "Hall", "O'Brien", "Ní Bhriain", "Müller", "García")
TRADES = ("Trading", "Joinery", "Logistics", "Dental", "Bakery", "Motors", "Print", "Studio",
          "Surveyors", "Plumbing", "Florists", "Analytics")
TOWNS = (("Leeds", "LS1 4AP"), ("Cardiff", "CF10 1AA"), ("Bristol", "BS1 5TR"),
         ("Glasgow", "G1 1XQ"), ("Norwich", "NR2 1NH"), ("Belfast", "BT1 5GS"))
HEADER = ["First Name", "Last Name", "Company", "Job Title", "E-mail Address", "Mobile Phone",
          "Business Phone", "Business Street", "Business City", "Business Postal Code",
          "Business Country/Region"]


def make_file(path: Path, rows: int, stored_emails: list[str], seed: int = 1) -> None:
    rnd = random.Random(seed)
    written: list[list[str]] = []
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        for i in range(rows):
            roll = rnd.random()
            if roll < 0.01 and written:  # an earlier row again
                out.writerow(rnd.choice(written))
                continue
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            email = f"{first[:1].lower()}.{rows}.{seed}.{i}@example{i % 97}.co.uk"
            if roll < 0.04:
                email = rnd.choice(stored_emails)  # a stored contact again
            elif roll < 0.045:
                email = f"{first.lower()}.at.example{i}"  # no @: invalid
            town, code = rnd.choice(TOWNS)
            company = f"{rnd.choice(LAST)} {rnd.choice(TRADES)} {rnd.randrange(1, 10_000)} Ltd"
            row = [first, last, company, "Buyer", email,
                   f"07{rnd.randrange(400, 999)} {rnd.randrange(100000, 999999)}",
                   f"0113 {rnd.randrange(200, 999)} {rnd.randrange(1000, 9999)}",
                   f"{rnd.randrange(1, 200)} High Street", town, code, "United Kingdom"]
            out.writerow(row)
            if len(written) < 1000:
                written.append(row)


def _copy(source: Path, copy: Path) -> None:
    with sqlite3.connect(source) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _remove(copy)
    shutil.copyfile(source, copy)


def _remove(copy: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)


def run_one(db: str, csv_path: str) -> None:
    """In a child process: the import alone, so its peak RSS is the import's."""
    import app.services  # noqa: F401  (flush hooks)
    from app.db import Database
    from app.services.importing.contacts import run_import
    from app.services.importing.read import guess_mapping, open_source
    from app.services.office import users

    database = Database(f"sqlite:///{db}")
    ctx = users.sample_context(database, "abigail.milne")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    mapping = guess_mapping(open_source(csv_path).headers)
    report = run_import(ctx, csv_path, mapping, "lead", on_duplicate="skip", skip_invalid=True)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the parsing process
    database.dispose()
    print(json.dumps({"rows": report.rows, "created": report.created,
                      "duplicates": report.skipped_duplicates, "invalid": report.skipped_invalid,
                      "committed": report.committed, "seconds": seconds,
                      "rss_before_mib": before / 1024, "rss_peak_mib": peak / 1024,
                      "worker_rss_mib": worker / 1024}))


def _child(db: Path, csv_path: Path) -> dict:  # type: ignore[type-arg]
    out = subprocess.run([sys.executable, "-m", "bench.import_bench", "--child", str(db),
                          str(csv_path)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("bench/ringcard-1m.db"))
    ap.add_argument("--copy", type=Path, default=Path("/tmp/ringcard-import-bench.db"))
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        run_one(*args.child)
        return
    if not args.db.exists():
        raise SystemExit(f"{args.db} is missing: run `python -m bench.search_bench` first")
    _copy(args.db, args.copy)
    try:
        with sqlite3.connect(args.copy) as conn:
            stored = [r[0] for r in conn.execute(
                "SELECT address FROM contact_emails WHERE id % 97 = 0 LIMIT 5000")]
            contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import app.services; from app.db import Database; "
                        f"Database('sqlite:///{args.copy}').dispose()"], check=True)
        print(f"database: {contacts:,} contacts (copy migrated in {time.perf_counter() - t0:.1f} s)")
        results = []
        for rows in (args.rows // 5, args.rows):
            path = Path(f"/tmp/ringcard-import-{rows}.csv")
            make_file(path, rows, stored, seed=rows)
            size = path.stat().st_size
            r = _child(args.copy, path)
            results.append((rows, r))
            print(f"{rows:>7,} rows ({size / 2**20:5.1f} MB): {r['seconds']:6.2f} s = "
                  f"{r['rows'] / r['seconds']:8,.0f} rows/s; created {r['created']:,}, duplicates "
                  f"skipped {r['duplicates']:,}, invalid skipped {r['invalid']:,}; peak RSS "
                  f"{r['rss_peak_mib']:.0f} MiB (after start-up {r['rss_before_mib']:.0f} MiB; "
                  f"parsing process {r['worker_rss_mib']:.0f} MiB)",
                  flush=True)
            path.unlink()
        (small_rows, small), (big_rows, big) = results
        rate = big["rows"] / big["seconds"]
        growth = (big["rss_peak_mib"] - big["rss_before_mib"]) / max(
            small["rss_peak_mib"] - small["rss_before_mib"], 1)
        print(f"memory for the import: {big_rows:,} rows needs {growth:.1f}x what "
              f"{small_rows:,} rows need (rows x{big_rows / small_rows:.0f})")
        print(f"target >= {TARGET_ROWS_S:,} rows/s ({rate:,.0f})"
              f"{'':<10}{'met' if rate >= TARGET_ROWS_S else 'MISSED'}")
        print(f"target memory bounded (x{growth:.1f} for x{big_rows / small_rows:.0f} rows)"
              f"{'':<4}{'met' if growth < big_rows / small_rows / 2 else 'MISSED'}")
    finally:
        if not args.keep:
            _remove(args.copy)


if __name__ == "__main__":
    main()
