"""What a rep reads in the pop-up, the tray and the buffer: numbers as the office
writes them (an office in GB: national at home, international otherwise, never
the digits as received), the end-of-call header, the modem's port name."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.telephony.callerid import Outcome
from app.views.buffer_view import BufferView
from app.views.tray import TrayController
from tests.gui.conftest import person
from tests.gui.popup.conftest import Line, ended, ring

# Ofcom's drama range (London) and a US 555-01xx number, as a modem sends them
LONDON_RAW, LONDON = "02079460958", "020 7946 0958"
US_RAW, US = "0012015550123", "+1 201-555-0123"


def test_the_popup_shows_the_number_as_the_office_writes_it(line: Line, manager) -> None:  # type: ignore[no-untyped-def]
    line.feed(ring("n1", LONDON_RAW), ring("n2", US_RAW), ring("n3", "+12015550123"))
    assert manager.popups["n1"].number_label.text() == LONDON
    assert manager.popups["n2"].number_label.text() == US  # not "0012015550123  (+1 …)"
    assert manager.popups["n3"].number_label.text() == US
    assert manager.popups["n2"].number_label.toolTip() == f"As received: {US_RAW}"


def test_the_candidates_chooser_names_the_formatted_number(gui_ctx, line: Line,
                                                           manager) -> None:  # type: ignore[no-untyped-def]
    person(gui_ctx, "Ben", "Okafor", phone="020 7946 0958")
    person(gui_ctx, "Bea", "Okafor", phone="020 7946 0958")
    line.feed(ring("a1", "+442079460958"))
    popup = manager.popups["a1"]
    assert popup.chooser is not None
    hints = [label.text() for label in popup.chooser.findChildren(QLabel)]
    assert f"Several contacts have {LONDON}." in hints


def test_the_end_of_call_header_follows_the_outcome_the_rep_chose(gui_ctx, line: Line,
                                                                 manager) -> None:  # type: ignore[no-untyped-def]
    person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    line.feed(ring("e1", "02079460101", source="modem"),
              ended("e1", Outcome.MISSED, source="modem"))  # a modem cannot tell
    popup = manager.popups["e1"]
    form = popup.end_form
    assert form is not None
    assert popup.header.text().startswith("Call ended · missed · Modem")
    form.outcome.setCurrentIndex(form.outcome.findData("answered"))  # picked up on the handset
    assert popup.header.text().startswith("Call ended · answered · Modem")
    assert "missed" not in popup.header.text()


def test_the_tray_lists_formatted_numbers_and_keeps_the_ports_case(qtbot, gui_ctx,
                                                                   line: Line) -> None:  # type: ignore[no-untyped-def]
    tray = TrayController(gui_ctx, line.runner)
    line.bridge.call_routed.connect(tray.on_call_routed)
    line.bridge.source_status.connect(tray.on_source_status)
    line.feed(ring("t1", US_RAW), ring("t2", LONDON_RAW))
    qtbot.waitUntil(lambda: len(tray.recent_texts()) == 2, timeout=10_000)
    texts = " | ".join(tray.recent_texts())
    assert US in texts and LONDON in texts and US_RAW not in texts
    for port in ("/dev/ttyUSB0", "COM3"):
        with qtbot.waitSignal(line.bridge.source_status):
            line.bridge.status_sink(f"Modem {port}")("ready")
    assert tray.status_texts() == ["Modem /dev/ttyUSB0: ready", "Modem COM3: ready"]
    tray.shutdown()


def test_the_buffer_lists_formatted_numbers(qtbot, gui_ctx, line: Line) -> None:  # type: ignore[no-untyped-def]
    view = BufferView(gui_ctx, line.runner)
    qtbot.addWidget(view)
    line.feed(ring("b1", US_RAW), ring("b2", LONDON_RAW))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    numbers = {view.model.data(view.model.index(r, 1)) for r in range(view.model.rowCount())}
    assert numbers == {US, LONDON}
