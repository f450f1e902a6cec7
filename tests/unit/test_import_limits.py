"""Hostile and huge import files (issue 13, "hardening"): a big import's memory
stays bounded, and a worker process dies with the import that started it."""

from __future__ import annotations

import csv
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from app.services.importing import contacts as import_contacts
from app.services.importing.read import guess_mapping, open_source
from tests.unit.helpers import set_region

HEADER = ["First name", "Last name", "Company", "E-mail", "Mobile phone", "City"]


def big_csv(path: Path, rows: int) -> Path:
    """``rows`` distinct valid people (no duplicates, no problems)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        for i in range(rows):
            out.writerow([f"Ann{i}", f"Lee{i}", f"Lee {i} Trading Ltd", f"ann.{i}@example.com",
                          f"07700 {i % 1_000_000:06d}" if i < 900_000 else "", "Leeds"])
    return path


def test_a_big_import_holds_no_python_memory_per_row(sqlite_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Python memory traced while 12,000 rows go in: after the first 3,000 it does not
    grow (by under 0.3 MB). It grew by some 100 bytes a row (0.9 MB here: the ids of every
    contact written and the row that wrote each; in the CLI 190 bytes a row, 37 MB for
    200,000 rows, some 350 MB for a 200 MB file)."""
    from tests.actors import acting

    monkeypatch.setattr(import_contacts, "LISTED_IDS", 100)
    ctx = acting(sqlite_db, "alice")
    set_region(ctx)
    path = big_csv(tmp_path / "big.csv", 12_000)
    mapping = guess_mapping(open_source(path).headers)
    seen: dict[int, int] = {}

    def progress(done: int) -> None:
        if done % 1_000 == 0:
            seen[done] = tracemalloc.get_traced_memory()[0]

    tracemalloc.start()
    try:
        report = import_contacts.run_import(ctx, path, mapping, "lead", progress=progress, workers=0)
    finally:
        tracemalloc.stop()
    assert report.committed and report.created == 12_000
    growth = seen[12_000] - seen[3_000]
    assert growth < 0.3 * 2**20, f"{growth / 2**20:.2f} MB for 9,000 rows"
    #  # the first ones, in file order
    assert report.contact_ids == tuple(sorted(report.contact_ids))


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:  # field 4: the parent's pid
                out.append(int(entry.name))
    return out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_parsing_worker_dies_with_an_import_killed_with_sigkill(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = big_csv(tmp_path / "big.csv", 60_000)  # over PARALLEL_FROM_BYTES: a worker parses
    importing = subprocess.Popen(
        [sys.executable, "-m", "app", "--database-url", f"sqlite:///{tmp_path / 'r.db'}", "import",
         str(path), "--as", "lead", "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while not workers and time.monotonic() < deadline and importing.poll() is None:
            # spawn starts a resource tracker and the worker: both must go
            workers = _children(importing.pid)
            time.sleep(0.1)
        assert workers, "no worker process started"
        time.sleep(1)  # the worker runs its initializer when it takes its first batch
        workers = _children(importing.pid)
        importing.kill()
        importing.wait()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() and not _zombie(w)
                                                  for w in workers):
            time.sleep(0.1)
        assert not [w for w in workers if Path(f"/proc/{w}").exists() and not _zombie(w)]
    finally:
        if importing.poll() is None:
            importing.kill()


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False
