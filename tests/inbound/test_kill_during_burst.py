"""kill -9 of `ringcard calls listen` in the middle of a burst of 50 sipp calls,
then a restart: every call it had announced is in the log exactly once (its
journal is adopted by the next start), and those it left ringing are closed as
"unknown"."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Activity, BufferedEvent
from tests.telephony.sip.conftest import Sipp, free_port

pytestmark = pytest.mark.skipif(shutil.which("sipp") is None, reason="needs sipp (sip-tester)")


def _listen(url: str, port: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--database-url", url, "calls", "listen",
         "--sip-listen", f"127.0.0.1:{port}", "--json", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_kill_9_during_a_burst_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ringcard.db'}"
    Database(url).dispose()  # migrated before the listener starts
    port = free_port()
    listen = _listen(url, port)
    sipp = Sipp(tmp_path)
    announced: set[str] = set()
    try:
        sipp.start("uac_ring.xml", target_port=port, calls=50, limit=4, hold_ms=300)
        assert listen.stdout is not None
        for line in listen.stdout:
            routed = json.loads(line)
            if routed["stage"] == "announced" and routed["event"] == "identified":
                announced.add(routed["call_key"])
            if len(announced) >= 25:
                break
        listen.send_signal(signal.SIGKILL)  # mid-burst: calls ringing, writes in flight
        listen.wait(10)
    finally:
        sipp.kill_all()
        if listen.poll() is None:
            listen.kill()
    assert len(announced) >= 25
    again = _listen(url, free_port(), "--seconds", "3")
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    replayed = [json.loads(line) for line in out.splitlines()]
    assert all(r["stage"] == "replayed" for r in replayed)
    db = Database(url)
    with db.engine.connect() as conn:
        keys = Counter(conn.scalars(select(BufferedEvent.call_key)).all())
        keys.update(conn.scalars(select(Activity.call_key)).all())
        ringing = conn.scalar(select(BufferedEvent.id).where(BufferedEvent.outcome == "ringing"))
    db.dispose()
    assert announced <= set(keys), f"lost: {sorted(announced - set(keys))}"
    assert max(keys.values()) == 1, f"twice: {[k for k, n in keys.items() if n > 1]}"
    assert ringing is None  # what it left ringing was closed as unknown
    # the dead journal was adopted and removed; the second listener left nothing open
    assert list((Path(os.environ["RINGCARD_DATA_DIR"]) / "journal").glob("*/*.jsonl")) == []
