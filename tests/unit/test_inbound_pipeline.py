"""The inbound pipeline: announced at once, written when the database answers,
each call once, and one bad record never holds up the next."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.models import Activity, BufferedEvent
from app.services.activities import core as activities
from app.services.context import AppContext
from app.services.inbound import journal as journals
from app.services.inbound.pipeline import InboundPipeline, PipelineStatus
from app.services.inbound.router import RoutedCall
from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome
from tests.actors import acting
from tests.unit.helpers import person, set_region

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def ident(key: str, number: str, name: str = "", seconds: int = 0) -> CallEvent:
    return CallEvent(EventKind.IDENTIFIED, key, "sip", "line", T0 + timedelta(seconds=seconds),
                     caller=CallerId(number, name))


def end(key: str, outcome: Outcome = Outcome.MISSED) -> CallEvent:
    return CallEvent(EventKind.ENDED, key, "sip", "line", T0 + timedelta(seconds=30),
                     outcome=outcome)


class Seen:
    """What the pipeline reports, from its threads; ``wait`` blocks on a condition."""

    def __init__(self) -> None:
        self.routed: list[RoutedCall] = []
        self.statuses: list[PipelineStatus] = []
        self._cond = threading.Condition()

    def on_routed(self, routed: RoutedCall) -> None:
        with self._cond:
            self.routed.append(routed)
            self._cond.notify_all()

    def on_status(self, status: PipelineStatus) -> None:
        with self._cond:
            self.statuses.append(status)
            self._cond.notify_all()

    def stage(self, stage: str) -> list[RoutedCall]:
        with self._cond:
            return [r for r in self.routed if r.stage == stage]

    def wait(self, check, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
        with self._cond:
            assert self._cond.wait_for(check, timeout), "the pipeline did not report in time"


@pytest.fixture
def seen() -> Seen:
    return Seen()


@pytest.fixture
def make(ctx: AppContext, seen: Seen, tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    made: list[InboundPipeline] = []

    def build(folder: Path | None = None, context: AppContext | None = None) -> InboundPipeline:
        p = InboundPipeline(context or ctx, on_routed=seen.on_routed, on_status=seen.on_status,
                            journal_dir=folder or tmp_path / "journal")
        made.append(p)
        return p

    yield build
    for p in made:
        p.stop(timeout=5)


@pytest.fixture(autouse=True)
def _gb(ctx: AppContext) -> None:
    set_region(ctx)


def test_a_call_is_announced_then_written_and_the_journal_is_left_empty(ctx, seen, make) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    pipeline = make()
    pipeline.start()
    pipeline.submit(ident("a", "+442079460018", "SMITH J"))
    pipeline.submit(end("a", Outcome.ANSWERED))
    seen.wait(lambda: len(seen.stage("written")) == 2 and len(seen.stage("announced")) == 2)
    announced = seen.stage("announced")[0]
    assert (announced.where, announced.contact_ids, announced.record_id) == ("activity", (cid,), None)
    written = seen.stage("written")[0]
    [act] = activities.list_for_contact(ctx, cid)
    assert written.record_id == act.id and act.outcome == "answered"
    assert (act.subject, act.body) == ("Call from John Smith", "Caller ID said: SMITH J")
    assert pipeline.waiting == 0 and pipeline.journal_path is not None
    assert pipeline.stop() == 0
    assert list((pipeline.folder).glob("*.jsonl")) == []  # nothing left to replay


def test_a_locked_database_holds_up_nothing_but_the_write(sqlite_db, seen, make, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """SQLite: another process holds the write lock. The call is announced at once,
    with the right contact (WAL readers are not blocked); the status says it waits;
    it is written once the lock goes."""
    import app.db

    monkeypatch.setattr(app.db, "BUSY_TIMEOUT_MS", 300)
    db = app.db.Database(sqlite_db.url)
    ctx = acting(db, "alice")
    set_region(ctx)
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    pipeline = make(context=ctx)
    pipeline.start()
    seen.wait(lambda: True)
    blocker = sqlite3.connect(sqlite_db.url.removeprefix("sqlite:///"), isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        t = time.monotonic()
        pipeline.submit(ident("a", "02079460018"))
        pipeline.submit(end("a"))
        submitted = time.monotonic() - t
        seen.wait(lambda: len(seen.stage("announced")) == 2, timeout=2)
        assert submitted < 0.05  # the source went back to its line at once
        assert seen.stage("announced")[0].contact_ids == (cid,)
        seen.wait(lambda: any(s.waiting == 1 and s.database_away for s in seen.statuses))
        assert "calls waiting to be written: 1" in seen.statuses[-1].text()
        assert seen.stage("written") == []
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    seen.wait(lambda: len(seen.stage("written")) == 2)
    seen.wait(lambda: seen.statuses[-1].waiting == 0 and not seen.statuses[-1].database_away)
    [act] = activities.list_for_contact(ctx, cid)
    assert act.outcome == "missed"
    pipeline.stop()
    db.dispose()


def test_a_nul_byte_from_the_network_does_not_stop_call_logging(ctx, seen, make) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL refuses NUL in text; before, the DataError was taken for "database
    away" and every later call waited behind it forever."""
    pipeline = make()
    pipeline.start()
    pipeline.submit(ident("nul", "+441614960000", "ESSEN\x00 GMBH\x07"))
    pipeline.submit(ident("next", "+441614960001", "NEXT"))
    seen.wait(lambda: len(seen.stage("written")) == 2)
    with ctx.read() as s:
        names = dict(s.execute(select(BufferedEvent.call_key, BufferedEvent.caller_name)).all())
    assert names == {"nul": "ESSEN GMBH", "next": "NEXT"}


def test_a_record_the_database_refuses_becomes_a_minimal_call_and_the_next_goes_in(ctx, seen, make) -> None:  # type: ignore[no-untyped-def]
    """A refusal cleaning cannot fix (here a trigger the database runs): the call is
    kept with its number and time, the raw event in refused.jsonl, and the queue
    moves on."""
    with ctx.db.engine.begin() as conn:
        if ctx.db.engine.dialect.name == "sqlite":
            conn.execute(text(
                "CREATE TRIGGER refuse BEFORE INSERT ON buffered_events "
                "WHEN NEW.caller_name LIKE '%REFUSE%' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
        else:
            conn.execute(text(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                "IF NEW.caller_name LIKE '%REFUSE%' THEN RAISE EXCEPTION 'refused' "
                "USING ERRCODE = '22000'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"))
            conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON buffered_events "
                              "FOR EACH ROW EXECUTE FUNCTION refuse()"))
    pipeline = make()
    pipeline.start()
    pipeline.submit(ident("bad", "+44 161 496 0000", "PLEASE REFUSE ME"))
    pipeline.submit(end("bad"))
    pipeline.submit(ident("good", "+441614960001", "FINE"))
    seen.wait(lambda: len(seen.stage("written")) == 3)
    with ctx.read() as s:
        rows = {r.call_key: r for r in s.scalars(select(BufferedEvent))}
    assert set(rows) == {"bad", "good"}
    assert (rows["bad"].number_raw, rows["bad"].caller_name, rows["bad"].outcome) == \
        ("+441614960000", "", "missed")
    [kept] = [json.loads(line) for line in (pipeline.folder / "refused.jsonl").read_text().splitlines()]
    assert kept["e"]["caller"]["name"] == "PLEASE REFUSE ME" and "refused" in kept["error"]


def test_a_dead_process_events_go_in_once_and_its_ringing_call_is_closed(ctx, seen, make, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The dead process had written call "a" but its done mark was lost (a power
    cut), never wrote "b", and "c" was ringing when it died."""
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    folder = tmp_path / "journal"
    first = make(folder)
    first.start()
    first.submit(ident("a", "02079460018"))
    first.submit(end("a", Outcome.ANSWERED))
    seen.wait(lambda: len(seen.stage("written")) == 2)
    dead = journals.open_live(folder)  # what the dead process's file holds
    dead.append_many([ident("a", "02079460018"), end("a", Outcome.ANSWERED),
                      ident("b", "+441614960000"), ident("c", "02079460018", seconds=5)])
    os.close(dead._fd)
    first.stop()
    seen.routed.clear()
    second = make(folder)
    assert second.start() == 6  # its four events, and an "unknown" end for "b" and "c"
    seen.wait(lambda: len(seen.stage("replayed")) == 6)
    assert seen.stage("announced") == []  # no pop-ups for calls of another day
    acts = sorted(activities.list_for_contact(ctx, cid), key=lambda a: a.occurred_at)
    assert [a.outcome for a in acts] == ["answered", "unknown"]
    with ctx.read() as s:
        assert s.scalar(select(Activity.body).where(Activity.call_key == "c")) == \
            journals.UNKNOWN_NOTE
        assert s.execute(select(BufferedEvent.call_key, BufferedEvent.outcome)).all() == \
            [("b", "unknown")]
    assert [p.name for p in folder.glob("*.jsonl")] == [second.journal_path.name]


def test_an_unwritable_journal_is_said_loudly_and_calls_still_arrive(ctx, seen, make, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the journal folder should be")
    pipeline = make(blocked)
    pipeline.start()
    pipeline.submit(ident("a", "+441614960000"))
    seen.wait(lambda: len(seen.stage("written")) == 1 and len(seen.stage("announced")) == 1)
    problem = seen.statuses[-1]
    assert problem.journal_problem and "CALLS ARE NOT SAVED TO DISK" in problem.text()
    with ctx.read() as s:
        assert s.scalars(select(BufferedEvent.call_key)).all() == ["a"]


def test_calls_left_ringing_without_a_journal_are_closed_as_unknown(ctx, seen, make) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    router_ctx = make()
    router_ctx.router.handle(ident("old", "02079460018"))  # written, never ended
    with ctx.write() as s:
        s.execute(Activity.__table__.update().values(
            occurred_at=datetime.now(UTC) - timedelta(hours=3)))
    fresh = make()
    fresh.start()
    fresh.submit(ident("new", "02079460018"))
    seen.wait(lambda: len(seen.stage("written")) == 1)
    outcomes = {a.subject + a.outcome for a in activities.list_for_contact(ctx, cid)}
    assert outcomes == {"Call from John Smithunknown", "Call from John Smithringing"}


def test_a_replayed_call_that_rang_before_its_caller_id_is_written_once(ctx) -> None:  # type: ignore[no-untyped-def]
    """A modem rings, then says who calls. Replayed after a crash (its done marks
    lost), the ring without a caller comes first: the identity must still find the
    record written before, not write a second one."""
    from app.services.calls.queries import CallRouter

    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    ring = CallEvent(EventKind.RING, "m:1", "modem", "line", T0)
    first = CallRouter(ctx)
    for event in (ring, ident("m:1", "02079460018")):
        first.handle(event)
    again = CallRouter(ctx)  # the next start, replaying the journal
    for event in (ring, ident("m:1", "02079460018"), end("m:1", Outcome.ANSWERED)):
        again.handle(event)
    assert [a.outcome for a in activities.list_for_contact(ctx, cid)] == ["answered"]


def test_a_key_a_source_used_again_days_later_is_a_new_call(ctx) -> None:  # type: ignore[no-untyped-def]
    """Keys are unique per run now, but a source that reused one (a modem's counter
    after a restart did) must not fold a new call into an old record."""
    from app.services.calls.queries import CallRouter

    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    CallRouter(ctx).handle(ident("modem:/dev/ttyS0:1", "02079460018"))
    later = CallEvent(EventKind.IDENTIFIED, "modem:/dev/ttyS0:1", "modem", "line",
                      T0 + timedelta(days=2), caller=CallerId("02079460018"))
    routed = CallRouter(ctx).handle(later)
    assert routed is not None and routed.record_id is not None
    assert len(activities.list_for_contact(ctx, cid)) == 2
