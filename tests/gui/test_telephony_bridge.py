"""Events from a source thread reach the GUI thread: announced at once, then again
once committed."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from app.services.activities import core as activities
from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome
from app.views.tasks import TaskRunner
from app.views.telephony_bridge import TelephonyBridge
from tests.gui.conftest import person


def test_a_call_from_a_source_thread_arrives_logged_in_the_gui_thread(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    runner = TaskRunner()
    bridge = TelephonyBridge(gui_ctx, runner)
    seen: list[tuple[str, bool, int]] = []

    def on_routed(routed) -> None:  # type: ignore[no-untyped-def]
        if routed.stage != "written":
            return
        in_gui = QThread.currentThread() is bridge.thread()
        seen.append((routed.event, in_gui, len(activities.list_for_contact(gui_ctx, cid))))

    bridge.call_routed.connect(on_routed)

    def source() -> None:  # a plain thread, as SipSource and ModemSource are
        bridge.sink(CallEvent(EventKind.IDENTIFIED, "t1", "sip", "test",
                              caller=CallerId("+442079460101", "SMITH A")))
        bridge.sink(CallEvent(EventKind.ENDED, "t1", "sip", "test", outcome=Outcome.MISSED))

    thread = threading.Thread(target=source)
    thread.start()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    thread.join(timeout=10)  # the thread holds the bridge: it must not drop it last
    assert seen == [("identified", True, 1), ("ended", True, 1)]  # logged before shown
    [act] = activities.list_for_contact(gui_ctx, cid)
    assert act.outcome == "missed"
    bridge.stop()
    runner.shutdown()


def test_a_dropped_bridge_dies_at_once_in_the_gui_thread(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    """No reference cycle: left to the cyclic collector it could be freed in a worker
    or source thread, stopping its retry timer from there (a crash)."""
    import gc
    import weakref

    runner = TaskRunner()
    bridge = TelephonyBridge(gui_ctx, runner)
    gone = weakref.ref(bridge)
    gc.disable()
    try:
        del bridge
        assert gone() is None
    finally:
        gc.enable()
        runner.shutdown()


def test_the_runtime_does_no_database_work_on_the_gui_thread(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    from app.config import LocalSettings
    from app.views.telephony_runtime import TelephonyRuntime

    person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    on_gui_thread: list[bool] = []

    def record(*_args: object) -> None:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())

    event.listen(gui_ctx.db.engine, "before_cursor_execute", record)
    runner = TaskRunner()
    try:
        runtime = TelephonyRuntime(gui_ctx, runner, LocalSettings.load())  # the pipeline, no line
        runtime.start()
        written: list[str] = []
        runtime.bridge.call_routed.connect(
            lambda routed: written.append(routed.event) if routed.stage == "written" else None)
        source = threading.Thread(target=lambda: runtime.bridge.sink(CallEvent(
            EventKind.IDENTIFIED, "g1", "sip", "test", caller=CallerId("02079460101"))))
        source.start()
        qtbot.waitUntil(lambda: written == ["identified"], timeout=10_000)
        source.join(timeout=10)
        assert runtime.stop() == 0
    finally:
        event.remove(gui_ctx.db.engine, "before_cursor_execute", record)
        runner.shutdown()
    assert on_gui_thread and not any(on_gui_thread)  # looked up and written off the GUI thread
