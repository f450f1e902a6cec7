"""Which thread did the database work: the proof that a screen keeps SQL off the
GUI thread (issue 13, item 6)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from app.services.context import AppContext


@contextmanager
def statements_by_thread(ctx: AppContext) -> Iterator[list[bool]]:
    """For each SQL statement run meanwhile: was it on the GUI (main) thread?"""
    seen: list[bool] = []

    def record(*_args: object) -> None:
        seen.append(threading.current_thread() is threading.main_thread())

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)
