"""A real sipp caller rings while the office's PostgreSQL server is down for 20 s,
then while it hangs (every server process stopped with SIGSTOP: connections open,
no answer, no error). Before the pipeline, SIP sent not even 100 Trying for 25 s
with the server hung. Now SIP answers 180 within 500 ms, the call is announced at
once, the status says it waits, and it is written, once, when the server is back."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Activity
from app.services.context import AppContext
from app.services.inbound.pipeline import InboundPipeline
from app.telephony.sip import SipConfig, SipSource
from tests.actors import acting
from tests.inbound.conftest import FAST_180, OwnPg
from tests.telephony.sip.conftest import Sipp, free_port
from tests.unit.helpers import person, set_region
from tests.unit.test_inbound_pipeline import Seen

pytestmark = pytest.mark.skipif(shutil.which("sipp") is None, reason="needs sipp (sip-tester)")

OUTAGE_S = 20.0


@pytest.fixture
def own_pg() -> Iterator[OwnPg]:
    server = OwnPg()
    yield server
    server.close()


def _calls(ctx: AppContext, cid: int) -> list[tuple[str, str]]:
    with ctx.read() as s:
        return [(r.call_key, r.outcome) for r in s.execute(
            select(Activity.call_key, Activity.outcome).where(Activity.contact_id == cid))]


def test_postgresql_down_then_hung(own_pg: OwnPg, tmp_path: Path) -> None:
    db = Database(own_pg.database())
    ctx = acting(db, "alice")
    set_region(ctx)
    cid = person(ctx, "Anna", "Smith", phone="020 7946 0101")
    seen = Seen()
    pipeline = InboundPipeline(ctx, on_routed=seen.on_routed, on_status=seen.on_status,
                               journal_dir=tmp_path / "journal")
    pipeline.start()
    port = free_port()
    source = SipSource(SipConfig(mode="listen", host="127.0.0.1", port=port), pipeline.submit)
    source.start()
    sipp = Sipp(tmp_path)
    anna = {"from": '"SMITH A" <sip:+442079460101@127.0.0.1>'}
    try:
        # -- down: connections refused ------------------------------------------------
        own_pg.stop()
        down_at = time.monotonic()
        sipp.finish(sipp.start(FAST_180, target_port=port, hold_ms=500, keys=anna))
        seen.wait(lambda: any(r.event == "ended" for r in seen.stage("announced")), timeout=5)
        [first_key] = {r.call_key for r in seen.stage("announced")}
        seen.wait(lambda: any(s.waiting == 1 and s.database_away for s in seen.statuses))
        assert seen.stage("written") == []
        time.sleep(max(0.0, OUTAGE_S - (time.monotonic() - down_at)))  # the outage lasts
        own_pg.start()
        seen.wait(lambda: any(r.event == "ended" for r in seen.stage("written")), timeout=30)
        assert _calls(ctx, cid) == [(first_key, "missed")]
        # -- hung: no answer, no error --------------------------------------------------
        seen.routed.clear()
        own_pg.freeze()
        try:
            sipp.finish(sipp.start(FAST_180, target_port=port, hold_ms=500, keys=anna))
            seen.wait(lambda: any(r.event == "ended" for r in seen.stage("announced")),
                      timeout=5)
            seen.wait(lambda: any(s.waiting == 1 and s.database_away for s in seen.statuses),
                      timeout=10)
        finally:
            own_pg.thaw()
        [second_key] = {r.call_key for r in seen.stage("announced")}
        seen.wait(lambda: any(r.event == "ended" for r in seen.stage("written")), timeout=30)
        assert sorted(_calls(ctx, cid)) == sorted([(first_key, "missed"), (second_key, "missed")])
    finally:
        source.stop()
        pipeline.stop(timeout=5)
        sipp.kill_all()
        db.dispose()
