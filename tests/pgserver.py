"""A throwaway PostgreSQL 15 server for the tests: initdb (trust auth) and
pg_ctl on loopback with its own port and socket directory; stopped at the end.

Set RINGCARD_TEST_PG_URL to use an existing server instead.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bindir() -> Path:
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(cand, "initdb").exists():
            return Path(cand)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError("PostgreSQL server binaries not found (Debian package postgresql)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    def __init__(self) -> None:
        self.bindir = _bindir()
        self.root = Path(tempfile.mkdtemp(prefix="ringcard-pg-"))
        self.datadir = self.root / "data"
        self.sockdir = self.root / "sock"
        self.port = _free_port()
        self.user: str | None = None
        if os.geteuid() == 0:  # initdb refuses to run as root
            self.user = "postgres"
            uid, gid = pwd.getpwnam("postgres")[2:4]
            os.chown(self.root, uid, gid)
        self.sockdir.mkdir()
        if self.user:
            os.chown(self.sockdir, *pwd.getpwnam("postgres")[2:4])

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> str:
        self._run("initdb", "-D", str(self.datadir), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C.UTF-8")
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.sockdir} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run("pg_ctl", "-w", "-D", str(self.datadir), "-o", opts,
                  "-l", str(self.root / "log"), "start")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.datadir), "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
