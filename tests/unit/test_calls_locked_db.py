"""Routing when the database is busy: SQLite only, because the lock is real
(another connection holds it longer than our busy timeout)."""

from __future__ import annotations

import sqlite3

from app.services import activities
from app.services.calls import CallRouter
from app.telephony.callerid import EventKind, Outcome
from tests.unit.helpers import person, set_region
from tests.unit.test_calls import ev


def test_events_wait_while_the_database_is_locked(sqlite_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """SQLite only: another process holds the write lock longer than our busy
    timeout; the calls wait in memory and go in, in order, when it is released."""
    import app.db
    from app.db import Database
    from app.services.context import AppContext

    monkeypatch.setattr(app.db, "BUSY_TIMEOUT_MS", 200)
    db = Database(sqlite_db.url)
    ctx = AppContext(db, "alice")
    set_region(ctx)
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    router = CallRouter(ctx)
    path = sqlite_db.url.removeprefix("sqlite:///")
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        assert router.handle(ev(EventKind.IDENTIFIED, "b1", number="02079460018")) is None
        assert router.handle(ev(EventKind.ENDED, "b1", outcome=Outcome.ANSWERED,
                                duration=7)) is None
        assert router.backlog == 2
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert router.flush() == 2 and router.backlog == 0
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.outcome, act.duration_s) == ("answered", 7)
    db.dispose()
