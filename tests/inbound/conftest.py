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


class OwnPg:
    """A PostgreSQL server of the test's own, to stop, start, freeze and thaw
    (the session's shared server must stay up for every other test)."""

    def __init__(self) -> None:
        from tests.pgserver import PgServer

        self.server = PgServer()
        self.base_url = self.server.start()
        self._opts = (f"-c listen_addresses=127.0.0.1 -p {self.server.port} "
                      f"-k {self.server.sockdir} -c fsync=off")

    def database(self, name: str = "ringcard") -> str:
        from sqlalchemy import create_engine, text

        admin = create_engine(f"{self.base_url}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        return f"{self.base_url}/{name}"

    def stop(self) -> None:
        self.server._run("pg_ctl", "-w", "-D", str(self.server.datadir), "-m", "fast", "stop")

    def start(self) -> None:
        self.server._run("pg_ctl", "-w", "-D", str(self.server.datadir), "-o", self._opts,
                         "-l", str(self.server.root / "log"), "start")

    def _pids(self) -> list[int]:
        import os

        main = int((self.server.datadir / "postmaster.pid").read_text().split()[0])
        pids = [main]
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == main:
                    pids.append(int(entry))
        return pids

    def freeze(self) -> None:
        """SIGSTOP the server and its backends: connections stay open, nothing answers."""
        import os
        import signal

        for pid in self._pids():
            os.kill(pid, signal.SIGSTOP)

    def thaw(self) -> None:
        import os
        import signal

        for pid in self._pids():
            os.kill(pid, signal.SIGCONT)

    def close(self) -> None:
        try:
            self.thaw()
        except (OSError, ValueError):
            pass
        self.server.stop()
