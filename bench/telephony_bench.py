"""`make bench` (part 3): telephony on a 1M-contact database.

headless: a fake modem on a real socat pty pair feeds `ringcard calls listen
--modem PTY --json`; for each call we time from writing the caller-ID block's
last line to reading the JSON `identified` event the pipeline prints once the
event is in its journal (fsynced) and the caller looked up (read-only); the
record is written after it. 200 calls, p50/p95, against the floor of the same
pty read by a bare pyserial reader that only prints the line (same run). The
caller-ID block follows the first RING by 0.5 s, as on a line (Bellcore
GR-30-CORE sends it between the first and second ring); `--ring-to-cid 0`
sends both at once, as runs before the journal did: the identity then also
waits for the RING's own journal fsync.

burst: sipp rings `calls listen --sip-listen` at 10 calls/s for 60 s while
another process holds the database's write lock for the middle 20 s: every
call must be logged, none twice.

    python -m bench.telephony_bench [--db PATH] [--calls N]
"""

from __future__ import annotations

import argparse
import os
import queue
import random
import select
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.search_bench import pct


class Modem:
    """The modem end of the pty: answers AT commands with OK, writes calls."""

    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        self.commands: queue.Queue[str] = queue.Queue()
        self._stop = threading.Event()
        threading.Thread(target=self._answer, daemon=True).start()

    def _answer(self) -> None:
        buf = b""
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.1)
                if not ready:
                    continue
                buf += os.read(self.fd, 1024)
            except (OSError, ValueError):  # closed at the end of the run
                return
            while b"\r" in buf:
                line, buf = buf.split(b"\r", 1)
                command = line.strip().decode(errors="replace")
                if command.upper().startswith("AT"):
                    self.commands.put(command)
                    os.write(self.fd, b"\r\nOK\r\n")

    def write(self, data: bytes) -> None:
        os.write(self.fd, data)

    def close(self) -> None:
        self._stop.set()
        os.close(self.fd)


def headless(db: Path, calls: int, *, floor: bool = False,
             ring_to_cid: float = 0.0) -> list[float]:
    """Latency of `calls listen` (or, with ``floor``, of `bench.pty_floor`)."""
    work = Path(tempfile.mkdtemp(prefix="ringcard-telbench-"))
    copy = work / "bench.db"
    if not floor:  # the calls go into a copy; the benchmark database stays as is
        shutil.copyfile(db, copy)
    numbers = [r[0] for r in sqlite3.connect(db).execute(
        "SELECT raw FROM contact_phones ORDER BY random() LIMIT ?", (calls,))]
    socat = subprocess.Popen(["socat", f"pty,raw,echo=0,link={work}/modem",
                              f"pty,raw,echo=0,link={work}/app"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 5
    while not (os.path.exists(work / "modem") and os.path.exists(work / "app")):
        if time.monotonic() > deadline:
            raise RuntimeError("socat did not start")
        time.sleep(0.01)
    modem = Modem(str(work / "modem"))
    env = {**os.environ, "RINGCARD_CONFIG_DIR": str(work / "config"),
           "RINGCARD_DATA_DIR": str(work / "data")}
    command = ([sys.executable, "-m", "bench.pty_floor", str(work / "app")] if floor else
               [sys.executable, "-m", "app", "--database-url", f"sqlite:///{copy}", "calls",
                "listen", "--modem", str(work / "app"), "--json", "--ring-gap", "0.35"])
    listen = subprocess.Popen(
        command, stdout=subprocess.PIPE, env=env, text=True, bufsize=1)
    lines: queue.Queue[tuple[float, str]] = queue.Queue()

    def read() -> None:
        assert listen.stdout is not None
        for line in listen.stdout:
            lines.put((time.perf_counter(), line))

    threading.Thread(target=read, daemon=True).start()
    if not floor:
        for _ in range(2):  # ATZ, then the caller-ID command
            modem.commands.get(timeout=15)
    else:
        time.sleep(1.0)  # the floor reader sends no AT command to wait for
    latencies = []
    rnd = random.Random(4)
    try:
        for i, number in enumerate(numbers):
            digits = "".join(ch for ch in number if ch.isdigit())
            modem.write(b"\r\nRING\r\n")
            if ring_to_cid:  # a line sends the caller ID after the first ring (GR-30-CORE)
                time.sleep(ring_to_cid)
            modem.write(b"\r\nDATE = 1123\r\nTIME = 0915\r\n")
            modem.write(f"NMBR = {digits}\r\n".encode())
            t0 = time.perf_counter()
            modem.write(f"NAME = CALLER {i}\r\n".encode())
            while True:
                at, line = lines.get(timeout=10)
                if '"identified"' in line and f"CALLER {i}\"" in line and (
                        floor or '"announced"' in line):
                    latencies.append((at - t0) * 1000)
                    break
            # the call ends after the ring gap; wait for it before the next RING
            while True:
                at, line = lines.get(timeout=10)
                if '"ended"' in line:
                    break
            time.sleep(rnd.uniform(0, 0.02))
    finally:
        listen.terminate()
        listen.wait(10)
        modem.close()
        socat.terminate()
        shutil.rmtree(work, ignore_errors=True)
    return latencies


def fsync_floor(samples: int, pause: float) -> list[float]:
    """What the journal's durability costs by itself on this disk: a 300-byte line
    appended and fdatasync'd, after the same idle pause a call leaves (the disk's
    flush after a pause costs more than back to back)."""
    work = Path(tempfile.mkdtemp(prefix="ringcard-fsync-", dir=Path.cwd()))
    fd = os.open(work / "floor.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    out = []
    try:
        for _ in range(samples):
            time.sleep(pause)
            t0 = time.perf_counter()
            os.write(fd, b"x" * 299 + b"\n")
            os.fdatasync(fd)
            out.append((time.perf_counter() - t0) * 1000)
    finally:
        os.close(fd)
        shutil.rmtree(work, ignore_errors=True)
    return out


def free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def burst(db: Path, rate: int, seconds: int, ring_ms: int) -> dict[str, int]:
    """sipp rings `calls listen --sip-listen` at ``rate`` calls/s for ``seconds``,
    at most 4 at once, while another process holds the write lock for the middle
    third; returns what was sent and what was logged."""
    work = Path(tempfile.mkdtemp(prefix="ringcard-burst-"))
    copy = work / "bench.db"
    shutil.copyfile(db, copy)
    total = rate * seconds
    numbers = [r[0] for r in sqlite3.connect(db).execute(
        "SELECT e164 FROM contact_phones WHERE e164 IS NOT NULL ORDER BY random() LIMIT ?",
        (total,))]
    inf = work / "callers.csv"
    inf.write_text("SEQUENTIAL\n" + "".join(f"{n.lstrip('+')};\n" for n in numbers))
    port = free_port()
    env = {**os.environ, "RINGCARD_CONFIG_DIR": str(work / "config"),
           "RINGCARD_DATA_DIR": str(work / "data")}
    listen = subprocess.Popen(
        [sys.executable, "-m", "app", "--database-url", f"sqlite:///{copy}", "calls", "listen",
         "--sip-listen", f"127.0.0.1:{port}", "--json"],
        stdout=subprocess.PIPE, env=env, text=True, bufsize=1)
    assert listen.stdout is not None
    events: list[str] = []
    reader = threading.Thread(target=lambda: events.extend(listen.stdout), daemon=True)
    reader.start()
    time.sleep(1.5)  # the listener binds its port (a fixed wait: no signal crosses processes)
    third = seconds / 3
    lockers: list[subprocess.Popen[bytes]] = []
    timer = threading.Timer(third, lambda: lockers.append(subprocess.Popen(
        [sys.executable, "-c", _LOCKER, str(copy), str(third)])))
    timer.start()
    sipp = subprocess.run(
        ["sipp", f"127.0.0.1:{port}", "-sf", str(Path(__file__).with_name("sip_burst.xml")),
         "-inf", str(inf), "-i", "127.0.0.1", "-p", str(free_port()), "-r", str(rate),
         "-l", "4", "-m", str(total), "-d", str(ring_ms), "-nostdin", "-timeout",
         f"{seconds * 3}s"], capture_output=True, text=True, cwd=work)
    timer.cancel()
    for locker in lockers:
        locker.wait(third + 10)
    deadline = time.monotonic() + 60  # the calls that waited for the lock are written
    while time.monotonic() < deadline and sum(
            '"written"' in e and '"ended"' in e for e in list(events)) < total:
        time.sleep(0.2)
    listen.terminate()
    listen.wait(20)
    reader.join(5)
    con = sqlite3.connect(copy)
    logged = con.execute("SELECT count(*) FROM activities WHERE kind='call' AND "
                         "source='sip'").fetchone()[0]
    buffered = con.execute("SELECT count(*) FROM buffered_events WHERE source='sip'").fetchone()[0]
    twice = con.execute(
        "SELECT (SELECT count(*) - count(DISTINCT call_key) FROM activities WHERE source='sip') "
        "+ (SELECT count(*) - count(DISTINCT call_key) FROM buffered_events WHERE source='sip')"
    ).fetchone()[0]
    with_outcome = con.execute(
        "SELECT (SELECT count(*) FROM activities WHERE source='sip' AND outcome NOT IN "
        "('', 'ringing')) + (SELECT count(*) FROM buffered_events WHERE source='sip' AND "
        "outcome NOT IN ('', 'ringing'))").fetchone()[0]
    shutil.rmtree(work, ignore_errors=True)
    return {"sent": total, "sipp_failed": _sipp_failed(sipp.stdout + sipp.stderr),
            "logged": logged + buffered, "with_outcome": with_outcome, "twice": twice,
            "locked_s": int(third) if lockers else 0,
            "identified_lines": sum('"identified"' in e for e in events)}


def _sipp_failed(text: str) -> int:
    import re

    m = re.search(r"Failed call\s*\|\s*\d+\s*\|\s*(\d+)", text)
    return int(m.group(1)) if m else -1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("bench/ringcard-1m.db"))
    ap.add_argument("--calls", type=int, default=200)
    ap.add_argument("--burst-seconds", type=int, default=60, help="0: no burst")
    ap.add_argument("--ring-to-cid", type=float, default=0.5,
                    help="seconds from the first RING to the caller-ID block (a line sends "
                         "it after the first ring; 0: both at once, as earlier runs did)")
    args = ap.parse_args()
    if args.burst_seconds:
        b = burst(args.db, 10, args.burst_seconds, 300)
        print(f"{'SIP burst: 10 calls/s, at most 4 at once':<44} sent {b['sent']}, logged "
              f"{b['logged']} ({b['with_outcome']} with their outcome), lost "
              f"{b['sent'] - b['logged']}, twice {b['twice']}; database locked for "
              f"{b['locked_s']} s mid-burst; sipp failed calls {b['sipp_failed']}")
        print(f"target {'burst: 0 calls lost, 0 duplicated':<40} "
              f"{'met' if b['logged'] == b['sent'] and not b['twice'] else 'MISSED'}")
    floor = headless(args.db, args.calls, floor=True, ring_to_cid=args.ring_to_cid)
    lat = headless(args.db, args.calls, ring_to_cid=args.ring_to_cid)
    print(f"{'modem line -> pty floor (no parse, no DB)':<44} p50 {statistics.median(floor):7.2f} ms"
          f"   p95 {pct(floor, 95):7.2f} ms   (n={len(floor)})")
    print(f"{'modem line -> calls listen JSON (journaled)':<44} p50 {statistics.median(lat):7.2f} ms"
          f"   p95 {pct(lat, 95):7.2f} ms   (n={len(lat)})")
    print(f"{'  ratio to the floor':<44} p50 {statistics.median(lat) / statistics.median(floor):6.1f}x"
          f"   p95 {pct(lat, 95) / pct(floor, 95):6.1f}x")
    ratio = pct(lat, 95) / pct(floor, 95)
    print(f"target {'headless p95 <= 3x the floor p95':<40} {'met' if ratio <= 3 else 'MISSED'}")
    sync = fsync_floor(min(args.calls, 100), 0.4)
    print(f"{'journal floor: append + fdatasync alone':<44} p50 {statistics.median(sync):7.2f} ms"
          f"   p95 {pct(sync, 95):7.2f} ms   (n={len(sync)}, same run)")
    print(f"{'  pty floor + journal floor':<44} p50 "
          f"{statistics.median(floor) + statistics.median(sync):7.2f} ms   p95 "
          f"{pct(floor, 95) + pct(sync, 95):7.2f} ms   (the sum of the two floors)")


if __name__ == "__main__":
    main()
