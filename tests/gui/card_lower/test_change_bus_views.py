"""The change bus, GUI side: one write, made by a service off the GUI thread (here
the call path's writer), refreshes every view that shows it: the card's Activity
History and the Home dashboard, with nobody telling them to."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from app.services.activities import edit as ae
from app.services.calls.queries import CallRouter
from app.services.context import AppContext
from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome
from app.views.change_bus import change_bus
from app.views.home.page import HomePage
from app.views.tasks import TaskRunner
from tests.gui.card_lower.conftest import TIMEOUT, show
from tests.unit.helpers import person, set_region


def _call_from_worker(ctx: AppContext, key: str, number: str) -> None:
    """A call logged by a thread of its own, as the inbound pipeline's writer does."""
    at = datetime.now(UTC) - timedelta(minutes=1)

    def write() -> None:
        router = CallRouter(ctx)
        router.handle(CallEvent(EventKind.IDENTIFIED, key, "sip", "line 1", at,
                                caller=CallerId(number, "SMITH A")))
        router.handle(CallEvent(EventKind.ENDED, key, "sip", "line 1", at + timedelta(seconds=40),
                                outcome=Outcome.ANSWERED, duration_s=40))

    worker = threading.Thread(target=write)
    worker.start()
    worker.join()


def test_a_call_written_off_the_gui_thread_refreshes_the_card_and_the_dashboard(
        qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    set_region(gui_ctx)
    anna = person(gui_ctx, "Anna", "Smith", phone="020 7946 0018")
    ae.create(gui_ctx, ae.ActivityForm(kind="note", contact_id=anna, subject="Met at the fair",
                                       body="At the fair",
                                       occurred_at=datetime.now(UTC) - timedelta(days=1)))
    card = make_card(gui_ctx)
    history = show(qtbot, card, anna, "activity_history")
    runner = TaskRunner()
    page = HomePage(gui_ctx, runner)
    runner.setParent(page)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    qtbot.waitUntil(lambda: not history.runner.is_busy() and not history.model.is_loading(),
                    timeout=TIMEOUT)
    calls_before = page.calls_table.model().rowCount()
    assert history.model.rowCount() == 1

    with qtbot.waitSignals([history.loaded, page.loaded], timeout=10_000):
        _call_from_worker(gui_ctx, "bus-1", "+442079460018")

    qtbot.waitUntil(lambda: not history.model.is_loading(), timeout=TIMEOUT)
    subjects = [history.model.index(r, 0).data() for r in range(history.model.rowCount())]
    assert history.model.rowCount() == 2, subjects
    assert page.calls_table.model().rowCount() == calls_before + 1


def test_a_watch_ends_with_its_view(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from app.services.changes import Kind

    heard: list[object] = []
    view = QWidget()
    change_bus().watch(view, {Kind.CONTACT}, heard.append)
    with qtbot.waitSignal(change_bus().changed, timeout=TIMEOUT):
        person(gui_ctx, "Anna", "Smith")
    assert len(heard) == 1
    with qtbot.waitSignal(view.destroyed, timeout=TIMEOUT):
        view.deleteLater()
    with qtbot.waitSignal(change_bus().changed, timeout=TIMEOUT):
        person(gui_ctx, "Ben", "Jones")
    assert len(heard) == 1  # the view is gone: its watch went with it
