"""End to end in the desktop app: a modem configured on this desk (a fake
modem on a real socat pty pair) rings, the window's telephony logs the call to
the right contact and then its outcome."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.config import LocalSettings
from app.services import activities
from app.views.main_window import MainWindow
from tests.gui.conftest import person
from tests.telephony.modem.conftest import FakeModem, SocatPair

pytestmark = pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat (make test installs it)")


def test_a_ringing_modem_logs_the_caller_through_the_window(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    pair = SocatPair(tmp_path)
    pair.start()
    modem = FakeModem(pair.modem_end)
    settings = LocalSettings.load()
    settings.modems = {pair.app_end: {"ring_gap_s": 0.6, "idle_flush_s": 0.1,
                                      "response_timeout_s": 1.0}}
    settings.save()
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
            window.show()
        qtbot.waitUntil(lambda: window.telephony is not None, timeout=5000)
        runtime = window.telephony
        assert runtime is not None
        modem.expect_commands("ATZ", "AT+VCID=1")  # the init sequence reached the modem
        routed: list[object] = []
        runtime.bridge.call_routed.connect(routed.append)
        modem.send("\r\nRING\r\n\r\nDATE = 1123\r\nTIME = 0915\r\nNMBR = 02079460101\r\n"
                   "NAME = SMITH ANNA\r\n\r\n")
        qtbot.waitUntil(lambda: any(r.event == "identified" for r in routed), timeout=10_000)
        identified = next(r for r in routed if r.event == "identified")
        assert (identified.where, identified.contact_ids) == ("activity", (cid,))
        assert identified.name == "SMITH ANNA" and identified.normalized == "+442079460101"
        qtbot.waitUntil(lambda: any(r.event == "ended" for r in routed), timeout=10_000)
        [act] = activities.list_for_contact(gui_ctx, cid)
        assert (act.kind, act.outcome, act.direction) == ("call", "missed", "in")
    finally:
        window.close()
        modem.close()
        pair.stop()


def test_a_known_caller_pops_up_over_the_window(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The installed telephony UI: a call on the modem shows the caller's pop-up."""
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    pair = SocatPair(tmp_path)
    pair.start()
    modem = FakeModem(pair.modem_end)
    settings = LocalSettings.load()
    settings.modems = {pair.app_end: {"ring_gap_s": 5, "idle_flush_s": 0.1,
                                      "response_timeout_s": 1.0}}
    settings.save()
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
            window.show()
        qtbot.waitUntil(lambda: window.telephony_ui is not None, timeout=5000)
        modem.expect_commands("ATZ", "AT+VCID=1")
        modem.send("\r\nRING\r\n\r\nNMBR = 02079460101\r\nNAME = SMITH ANNA\r\n\r\n")
        ui = window.telephony_ui
        assert ui is not None
        qtbot.waitUntil(lambda: bool(ui.popups.visible_popups()), timeout=10_000)
        [popup] = ui.popups.visible_popups()
        qtbot.waitUntil(lambda: popup.summary is not None, timeout=10_000)
        assert popup.contact_id == cid and popup.summary.name == "Anna Smith"
        assert popup.isVisible()
    finally:
        window.close()
        modem.close()
        pair.stop()


def test_call_back_from_the_pop_up_dials_through_the_modem(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    pair = SocatPair(tmp_path)
    pair.start()
    modem = FakeModem(pair.modem_end)
    settings = LocalSettings.load()
    settings.modems = {pair.app_end: {"ring_gap_s": 0.6, "idle_flush_s": 0.1,
                                      "response_timeout_s": 1.0, "dial_hangup_after_s": 0.3}}
    settings.save()
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
            window.show()
        qtbot.waitUntil(lambda: window.telephony_ui is not None, timeout=5000)
        modem.expect_commands("ATZ", "AT+VCID=1")
        modem.send("\r\nRING\r\n\r\nNMBR = 02079460101\r\nNAME = SMITH ANNA\r\n\r\n")
        ui = window.telephony_ui
        assert ui is not None
        qtbot.waitUntil(lambda: bool(ui.popups.visible_popups()), timeout=10_000)
        [popup] = ui.popups.visible_popups()
        qtbot.waitUntil(lambda: popup.call_back_button.isVisible(), timeout=10_000)  # ended
        assert popup.contact_id == cid
        popup.call_back_button.click()
        modem.expect_commands("ATDT02079460101;", "ATH")
    finally:
        window.close()
        modem.close()
        pair.stop()
