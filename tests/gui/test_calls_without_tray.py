"""Calls without a tray: the unmatched-calls buffer and the recent calls open from
the main window (the Calls menu, Home's "N unmatched calls" link) on a desktop
with no system tray, showing what the real call path wrote."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.config import LocalSettings
from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome
from app.views.main_window import MainWindow
from tests.gui.conftest import person


def feed(qtbot, window: MainWindow, *events: CallEvent) -> None:  # type: ignore[no-untyped-def]
    """Send events as a caller-ID source does, from its own thread."""
    assert window.telephony is not None
    sink = window.telephony.bridge.sink
    thread = threading.Thread(target=lambda: [sink(e) for e in events])
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    thread.join()


def calls_menu(window: MainWindow) -> QMenu:
    [menu] = [a.menu() for a in window.menuBar().actions()
              if a.menu() is not None and a.menu().objectName() == "callsMenu"]
    return menu


def test_buffer_and_recent_calls_open_from_the_window_without_a_tray(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # the offscreen platform has none
    anna = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
            window.show()
        qtbot.waitUntil(lambda: window.telephony_ui is not None, timeout=10_000)
        assert window.telephony_ui is not None and window.telephony_ui.tray.icon is None
        qtbot.waitUntil(lambda: window.calls.unmatched == 0, timeout=10_000)
        menu = calls_menu(window)
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert texts == ["&Unmatched calls (0)…", "&Recent calls…",
                         "No phone line set up (Settings > Telephony)", "&Telephony…"]
        # what the tray's icon says, the menu says too: the line's state
        with qtbot.waitSignal(window.telephony.bridge.source_status):  # type: ignore[union-attr]
            window.telephony.bridge.status_sink("Modem /dev/ttyACM0")(  # type: ignore[union-attr]
                "disconnected: /dev/ttyACM0 gone, retrying in 4 s")
        line = window.calls.line_action
        assert line.text() == "Phone line down" and not line.isEnabled()
        assert line.toolTip() == "Modem /dev/ttyACM0: disconnected: /dev/ttyACM0 gone, retrying in 4 s"

        feed(qtbot, window,
             CallEvent(EventKind.IDENTIFIED, "u1", "sip", "office",
                       caller=CallerId("+441134960444", "JONES M")),
             CallEvent(EventKind.ENDED, "u1", "sip", "office", outcome=Outcome.MISSED),
             CallEvent(EventKind.IDENTIFIED, "a1", "sip", "office",
                       caller=CallerId("+442079460101", "SMITH A")),
             CallEvent(EventKind.ENDED, "a1", "sip", "office", outcome=Outcome.ANSWERED))
        # the count follows the change bus: the menu and Home say it
        qtbot.waitUntil(lambda: window.calls.unmatched == 1, timeout=10_000)
        assert menu.actions()[0].text() == "&Unmatched calls (1)…"
        window.show_home()
        link = window.home.unmatched_label
        assert link.isVisible() and "1 unmatched call" in link.text()

        # Home's link opens the buffer with the call the pipeline wrote
        buffer = window.calls.buffer()
        with qtbot.waitSignal(buffer.loaded, timeout=10_000):
            link.linkActivated.emit("buffer")
        assert buffer.isVisible()
        assert [buffer.model.data(buffer.model.index(0, c)) for c in (1, 2, 3)] \
            == ["0113 496 0444", "JONES M", "missed"]
        buffer.close()

        # the menu opens it too
        with qtbot.waitSignal(buffer.loaded, timeout=10_000):
            menu.actions()[0].trigger()
        assert buffer.isVisible() and buffer.model.rowCount() == 1
        buffer.close()

        # Recent calls: both calls, newest first, the unmatched one said so
        recent = window.calls.recent()
        with qtbot.waitSignal(recent.loaded, timeout=10_000):
            menu.actions()[1].trigger()
        assert recent.isVisible()
        qtbot.waitUntil(lambda: recent.model.rowCount() == 2, timeout=10_000)
        assert sorted(recent.texts(2)) == ["Anna Smith", "Unmatched: JONES M"]
        assert recent.texts(3) == ["Incoming", "Incoming"] and set(recent.texts(5)) == {"SIP"}
        unmatched_row = recent.texts(2).index("Unmatched: JONES M")
        matched_row = 1 - unmatched_row

        # double-click: the contact's card, or the call's row in the buffer
        opened: list[int] = []
        window.calls.open_contact_requested.connect(opened.append)
        recent.open_call(recent.model.index(matched_row, 0))
        assert opened == [anna]
        with qtbot.waitSignal(buffer.loaded, timeout=10_000):
            recent.open_call(recent.model.index(unmatched_row, 0))
        assert buffer.isVisible()
        assert [c.number for c in buffer.selected()] == ["+441134960444"]

        # the caller becomes a contact: the call leaves the buffer, the count follows
        person(gui_ctx, "Margaret", "Jones", phone="0113 496 0444")
        qtbot.waitUntil(lambda: window.calls.unmatched == 0, timeout=10_000)
        assert menu.actions()[0].text() == "&Unmatched calls (0)…"
        assert not link.isVisible()
        qtbot.waitUntil(lambda: "Margaret Jones" in recent.texts(2), timeout=10_000)
    finally:
        window.close()
