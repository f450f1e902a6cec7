"""Pop-up fixtures: a real bridge fed from a plain thread, as a source feeds it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.services.context import AppContext
from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome, Withheld
from app.views.popup.manager import PopupManager
from app.views.tasks import TaskRunner
from app.views.telephony_bridge import TelephonyBridge


def ring(key: str, number: str, name: str = "", *, source: str = "sip",
         withheld: Withheld = Withheld.NO) -> CallEvent:
    return CallEvent(EventKind.IDENTIFIED, key, source, "office",
                     caller=CallerId(number, name, withheld))


def ended(key: str, outcome: Outcome = Outcome.ANSWERED, *, source: str = "sip") -> CallEvent:
    return CallEvent(EventKind.ENDED, key, source, "office", outcome=outcome)


class Line:
    """A bridge and its runner; ``feed`` sends events from a source thread and
    waits until each one has reached the GUI thread."""

    def __init__(self, qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.runner = TaskRunner()
        self.bridge = TelephonyBridge(ctx, self.runner)

    def feed(self, *events: CallEvent) -> None:
        """Each event is announced (at once) and written (when the database answers),
        from two threads in either order: wait until both reached the GUI thread."""
        stages: list[str] = []

        def source() -> None:
            for event in events:
                self.bridge.sink(event)

        def seen(routed) -> None:  # type: ignore[no-untyped-def]
            stages.append(routed.stage)

        self.bridge.call_routed.connect(seen)
        thread = threading.Thread(target=source)
        thread.start()
        try:
            self.qtbot.waitUntil(lambda: stages.count("announced") >= len(events)
                                 and stages.count("written") >= len(events), timeout=10_000)
        finally:
            self.bridge.call_routed.disconnect(seen)
        # the thread holds the bridge through ``self`` until it ends: let it end here,
        # or the last reference may go in that thread and Qt objects die off their own
        # (a timer stopped from another thread, then a crash)
        thread.join(timeout=10)

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.is_busy(), timeout=10_000)


@pytest.fixture
def line(qtbot, gui_ctx: AppContext) -> Iterator[Line]:  # type: ignore[no-untyped-def]
    ln = Line(qtbot, gui_ctx)
    yield ln
    ln.bridge.stop()
    ln.runner.shutdown()


@pytest.fixture
def manager(line: Line, gui_ctx: AppContext) -> Iterator[PopupManager]:
    mgr = PopupManager(gui_ctx, line.runner, close_after_ms=60_000)
    line.bridge.call_routed.connect(mgr.on_call_routed)
    yield mgr
    mgr.close_all()
