"""`ringcard calls ...` on the command line: a source that cannot start is one clear
line and exit status 2, and a reader that goes away (`| head`) is no traceback."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import insert

from app.db import Database
from app.models import BufferedEvent
from app.services.office import users
from tests.actors import acting
from tests.telephony.sip.conftest import Sipp, free_port


def ringcard(url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "app", "--database-url", url, *args]


@pytest.fixture
def url(tmp_path: Path) -> str:
    """A database whose user is the one the listener runs as (this desk's OS user)."""
    url = f"sqlite:///{tmp_path / 'ringcard.db'}"
    db = Database(url)
    acting(db, users.os_username())
    db.dispose()
    return url


def test_a_sip_port_in_use_is_one_clear_line_and_exit_2(url: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as taken:
        taken.bind(("127.0.0.1", 0))
        port = taken.getsockname()[1]
        done = subprocess.run(ringcard(url, "calls", "listen", "--sip-listen",
                                       f"127.0.0.1:{port}"),
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("ringcard: ") and str(port) in line and "in use" in line
    assert done.stdout == ""


def test_a_missing_serial_port_is_one_clear_line_and_exit_2(url: str) -> None:
    done = subprocess.run(ringcard(url, "calls", "listen", "--modem", "/dev/ttyRingcardNone"),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "ringcard: no serial port /dev/ttyRingcardNone: check the modem's cable and the "
        "device name"]


def test_calls_list_into_head_prints_no_broken_pipe(url: str) -> None:
    db = Database(url)
    with db.engine.begin() as conn:  # 400 KB of output: far more than a pipe holds
        conn.execute(insert(BufferedEvent), [
            {"kind": "call", "number_raw": f"+44161496{i:04d}", "caller_name": f"CALLER {i}",
             "outcome": "missed", "source": "sip", "call_key": f"k{i}"} for i in range(5000)])
    db.dispose()
    proc = subprocess.Popen(ringcard(url, "calls", "list", "--limit", "5000", "--json"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().startswith(b"{")
    proc.stdout.close()  # what `| head -1` does after its line
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and err == b""


@pytest.mark.skipif(shutil.which("sipp") is None, reason="needs sipp (sip-tester)")
def test_calls_listen_into_head_stops_quietly(url: str, tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(ringcard(url, "calls", "listen", "--sip-listen",
                                     f"127.0.0.1:{port}", "--json"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sipp = Sipp(tmp_path)
    try:
        sipp.start("uac_ring.xml", target_port=port, calls=3, limit=1, hold_ms=200)
        assert proc.stdout is not None and proc.stdout.readline().startswith(b"{")
        proc.stdout.close()
        _, err = proc.communicate(timeout=60)  # it notices the reader is gone and stops
    finally:
        sipp.kill_all()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and b"Traceback" not in err and b"BrokenPipe" not in err


@pytest.mark.skipif(shutil.which("sipp") is None, reason="needs sipp (sip-tester)")
def test_quitting_with_calls_unwritten_says_how_many_and_where(url: str, tmp_path: Path) -> None:
    """Before the journal, calls waiting for a locked database were dropped on quit
    (5 of 5 lost, exit 0). Now the quit says so, and the next start writes them."""
    import signal

    from tests.inbound.conftest import sqlite_locked

    port = free_port()
    sipp = Sipp(tmp_path)
    with sqlite_locked(url.removeprefix("sqlite:///"), 25):
        proc = subprocess.Popen(ringcard(url, "calls", "listen", "--sip-listen",
                                         f"127.0.0.1:{port}", "--json"),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            sipp.finish(sipp.start("uac_ring.xml", target_port=port, calls=5, limit=1,
                                   hold_ms=100))
            assert proc.stdout is not None
            ended = 0
            for line in proc.stdout:  # every call announced (and journaled) ...
                ended += '"ended"' in line and '"announced"' in line
                if ended == 5:
                    break
            proc.send_signal(signal.SIGTERM)  # ... then the rep quits
            _, err = proc.communicate(timeout=60)
        finally:
            sipp.kill_all()
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 0
    assert "ringcard: 5 call(s) could not be written to the database yet; they wait in " in err
    again = subprocess.run(ringcard(url, "calls", "list", "--json"), capture_output=True,
                           text=True, timeout=60)
    assert again.stdout == ""  # nothing was written by the first listener
    replay = subprocess.run(ringcard(url, "calls", "listen", "--sip-listen",
                                     f"127.0.0.1:{free_port()}", "--seconds", "1"),
                            capture_output=True, text=True, timeout=60)
    assert replay.returncode == 0, replay.stderr
    listed = subprocess.run(ringcard(url, "calls", "list", "--json"), capture_output=True,
                            text=True, timeout=60)
    assert len(listed.stdout.splitlines()) == 5
