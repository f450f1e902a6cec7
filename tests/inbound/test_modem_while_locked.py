"""A caller-ID modem on a real socat pty while another process holds SQLite's
write lock for 15 s: the reader keeps reading, two calls 1.5 s apart are two
calls, each announced at once with the right contact, both written once the lock
goes. The callers are records of NCID's modem test data (dgnorton/ncid,
test/test-modem-calls.data; tests/telephony/transcripts/ncid_test_modem_calls.txt)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Activity, BufferedEvent
from app.services.inbound.pipeline import InboundPipeline
from app.telephony.modem import ModemSource
from tests.actors import acting
from tests.inbound.conftest import sqlite_locked
from tests.telephony.modem.conftest import SOCAT, FakeModem, SocatPair, fast_profile
from tests.unit.helpers import person, set_region
from tests.unit.test_inbound_pipeline import Seen

pytestmark = pytest.mark.skipif(SOCAT is None, reason="socat is not installed")

SARASOTA = "\r\n".join(["RING", "", "DATE = 0103", "TIME = 1254", "NAME = SARASOTA,FL",
                         "NMBR = 9415557218", "", "RING", ""])
ELMHURST = "\r\n".join(["RING", "", "DATE = 0312", "TIME = 1254", "NMBR = 6305551500",
                         "NAME = ELMHURST, IL", "", "RING", ""])


def test_the_modem_reads_on_while_the_database_is_locked(sqlite_db: Database, tmp_path: Path) -> None:
    ctx = acting(sqlite_db, "alice")
    set_region(ctx, "US")
    cid = person(ctx, "Sarasota", "Office", phone="+1 941 555 7218")
    seen = Seen()
    pipeline = InboundPipeline(ctx, on_routed=seen.on_routed, on_status=seen.on_status,
                               journal_dir=tmp_path / "journal")
    pipeline.start()
    pair = SocatPair(tmp_path)
    pair.start()
    modem = FakeModem(pair.modem_end)
    source = ModemSource(pair.app_end, fast_profile(ring_gap_s=3.0), pipeline.submit)
    source.start()
    try:
        modem.expect_commands("ATZ", "AT+VCID=1")
        with sqlite_locked(sqlite_db.url.removeprefix("sqlite:///"), 15) as locker:
            modem.send(SARASOTA)
            seen.wait(lambda: any(r.event == "identified" for r in seen.stage("announced")),
                      timeout=3)
            time.sleep(1.5)  # the line is idle 1.5 s (half the ring gap); the next call rings
            modem.send(ELMHURST)
            seen.wait(lambda: len([r for r in seen.stage("announced")
                                   if r.event == "identified"]) == 2, timeout=3)
            assert locker.poll() is None, "the lock went before both calls were announced"
            first, second = [r for r in seen.stage("announced") if r.event == "identified"]
            assert (first.where, first.contact_ids) == ("activity", (cid,))
            assert (second.where, second.number) == ("buffer", "6305551500")
            assert first.call_key != second.call_key
            assert [r for r in seen.stage("written") if r.record_id is not None] == []
        seen.wait(lambda: len([r for r in seen.stage("written") if r.event == "ended"]) == 2,
                  timeout=30)
        with ctx.read() as s:
            assert s.execute(select(Activity.call_key, Activity.outcome)).all() == [
                (first.call_key, "missed")]
            assert s.execute(select(BufferedEvent.call_key, BufferedEvent.number_raw)).all() == [
                (second.call_key, "6305551500")]
    finally:
        source.stop()
        modem.close()
        pair.stop()
        pipeline.stop(timeout=5)
