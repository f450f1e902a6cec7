"""End to end in the desktop app: a modem configured on this desk (a fake
modem on a real socat pty pair, fixture ``modem_desk``) rings; the window's
telephony logs the call to the right contact, pops it up, and calls back."""

from __future__ import annotations

from app.services.activities import core as activities
from tests.gui.conftest import person

ANNA_BLOCK = "\r\nRING\r\n\r\nDATE = 1123\r\nTIME = 0915\r\nNMBR = 02079460101\r\nNAME = SMITH ANNA\r\n\r\n"


def test_a_ringing_modem_logs_the_caller_through_the_window(qtbot, gui_ctx, modem_desk) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    window, modem = modem_desk()
    runtime = window.telephony
    assert runtime is not None
    routed: list[object] = []
    runtime.bridge.call_routed.connect(routed.append)
    modem.send(ANNA_BLOCK)
    qtbot.waitUntil(lambda: any(r.event == "identified" for r in routed), timeout=10_000)
    identified = next(r for r in routed if r.event == "identified")
    assert (identified.where, identified.contact_ids) == ("activity", (cid,))
    assert identified.name == "SMITH ANNA" and identified.normalized == "+442079460101"
    qtbot.waitUntil(lambda: any(r.event == "ended" for r in routed), timeout=10_000)
    [act] = activities.list_for_contact(gui_ctx, cid)
    assert (act.kind, act.outcome, act.direction) == ("call", "missed", "in")


def test_a_known_caller_pops_up_and_can_be_called_back(qtbot, gui_ctx, modem_desk) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    window, modem = modem_desk()
    ui = window.telephony_ui
    assert ui is not None
    modem.send(ANNA_BLOCK)
    qtbot.waitUntil(lambda: bool(ui.popups.visible_popups()), timeout=10_000)
    [popup] = ui.popups.visible_popups()
    qtbot.waitUntil(lambda: popup.summary is not None, timeout=10_000)
    assert popup.contact_id == cid and popup.summary.name == "Anna Smith"
    assert popup.isVisible()
    qtbot.waitUntil(lambda: popup.call_back_button.isVisible(), timeout=10_000)  # ended
    with qtbot.waitSignal(window.dialer.finished, timeout=10_000):  # checked off the GUI thread
        popup.call_back_button.click()
    modem.expect_commands("ATDT02079460101;", "ATH")
