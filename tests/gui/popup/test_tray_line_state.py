"""The tray icon says the phone line's state: registered or listening, coming up,
down, or not set up (from the telephony sources' own status)."""

from __future__ import annotations

from app.views.tray import LineState, TrayController
from tests.gui.popup.conftest import Line


def test_tooltip_follows_the_line_status(qtbot, gui_ctx, line: Line) -> None:  # type: ignore[no-untyped-def]
    tray = TrayController(gui_ctx, line.runner)
    line.bridge.source_status.connect(tray.on_source_status)
    try:
        assert tray.line_state() is LineState.ABSENT
        assert tray.tooltip() == "Ringcard — No phone line set up (Settings > Telephony)"

        tray.set_line_configured(True)
        assert tray.line_state() is LineState.STARTING  # set up, nothing heard yet
        with qtbot.waitSignal(line.bridge.source_status):
            line.bridge.source_status.emit("SIP office", "registering office")
        assert tray.tooltip() == "Ringcard — Phone line connecting…\nSIP office: registering office"

        with qtbot.waitSignal(line.bridge.source_status):
            line.bridge.source_status.emit("SIP office", "registered office")
        assert tray.line_state() is LineState.UP
        assert tray.tooltip() == "Ringcard — Phone line ready\nSIP office: registered office"
        assert tray.icon_color() == LineState.UP.color()

        with qtbot.waitSignal(line.bridge.source_status):
            line.bridge.source_status.emit("SIP office", "failed registration: 403 Forbidden")
        assert tray.line_state() is LineState.DOWN
        assert tray.tooltip().splitlines() == ["Ringcard — Phone line down",
                                               "SIP office: failed registration: 403 Forbidden"]

        # a modem that listens beside a failed SIP line: still down, both said
        with qtbot.waitSignal(line.bridge.source_status):
            line.bridge.status_sink("Modem /dev/ttyACM0")("ready")
        assert tray.line_state() is LineState.DOWN
        with qtbot.waitSignal(line.bridge.source_status):
            line.bridge.source_status.emit("SIP office", "listening office/udp")
        assert tray.tooltip().splitlines() == ["Ringcard — Phone line ready",
                                               "Modem /dev/ttyACM0: ready",
                                               "SIP office: listening office/udp"]

        # the call log's trouble is no line's state, but the icon turns red
        tray.on_source_status("Call log", "CALLS ARE NOT SAVED TO DISK: disk full")
        assert tray.line_state() is LineState.UP and tray.icon_color() == LineState.DOWN.color()
    finally:
        tray.shutdown()
