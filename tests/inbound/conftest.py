"""Fixtures for the ring path's end-to-end tests: a database locked by another
process, real peers (sipp, a socat pty modem), a PostgreSQL server of its own."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).parent
FAST_180 = str(HERE / "uac_ring_180_within_500ms.xml")

_LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))  # the other desk's long transaction (an import, a backup)
conn.execute("ROLLBACK")
"""


@contextmanager
def sqlite_locked(path: str, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another process holds ``BEGIN EXCLUSIVE`` on the SQLite file for ``seconds``;
    yields once the lock is held (the process, to see whether it still holds it)."""
    proc = subprocess.Popen([sys.executable, "-c", _LOCKER, path, str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        if proc.poll() is None:
            proc.wait(seconds + 10)
