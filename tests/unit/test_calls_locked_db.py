"""Routing when the database is busy: SQLite only here, because the lock is real
(another connection holds it longer than our busy timeout). The pipeline tests
(test_inbound_pipeline.py) and the telephony ones cover the rest."""

from __future__ import annotations

import sqlite3

from app.services.activities import core as activities
from app.services.calls.queries import CallRouter
from app.telephony.callerid import EventKind, Outcome
from tests.unit.helpers import person, set_region
from tests.unit.test_calls import ev


def test_the_router_says_the_database_is_away_and_writes_when_it_is_back(sqlite_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Another process holds the write lock longer than our busy timeout: the router
    writes nothing, says so (None), and writes the same events once it is released."""
    import app.db
    from app.db import Database
    from tests.actors import acting

    monkeypatch.setattr(app.db, "BUSY_TIMEOUT_MS", 200)
    db = Database(sqlite_db.url)
    ctx = acting(db, "alice")
    set_region(ctx)
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    router = CallRouter(ctx)
    path = sqlite_db.url.removeprefix("sqlite:///")
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    events = [ev(EventKind.IDENTIFIED, "b1", number="02079460018"),
              ev(EventKind.ENDED, "b1", outcome=Outcome.ANSWERED, duration=7)]
    try:
        assert [router.handle(e) for e in events] == [None, None]
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert [r.where for r in map(router.handle, events) if r] == ["activity", "activity"]
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.outcome, act.duration_s) == ("answered", 7)
    db.dispose()
