"""Settings > Telephony's Test the line: what the modem (a socat pty pair with a
fake modem) or the SIP line (real pjsua2, listening) answered, as set in the
dialog and not yet saved; the same check as the first-run wizard's."""

from __future__ import annotations

import shutil

import pytest

from app.config import LocalSettings
from app.services.context import AppContext
from app.views.main_window import MainWindow


def open_dialog(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, LocalSettings.load(), persist=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
        window.show()
    window.edit_telephony()
    dialog = window.telephony_dialog
    qtbot.waitSignal(dialog.loaded, timeout=10_000)
    return dialog


def test_the_modem_tab_tests_the_modem_as_set_here(qtbot, gui_ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("socat") is None:
        pytest.skip("needs socat (make test installs it)")
    from tests.telephony.modem.conftest import FakeModem, SocatPair

    pair = SocatPair(tmp_path)
    pair.start()
    modem = FakeModem(pair.modem_end)
    try:
        dialog = open_dialog(qtbot, gui_ctx)
        dialog.tabs.setCurrentIndex(1)
        dialog.modem_on.setChecked(True)
        dialog.modem_port.setCurrentText(pair.app_end)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: "answered" in dialog.test_result.text(), timeout=15_000)
        assert dialog.test_result.text() == "The modem answered: AT: OK; ATI: OK"
        assert LocalSettings.load().modems == {}  # a test saves nothing
        dialog.reject()
    finally:
        modem.close()
        pair.stop()


def test_the_sip_tab_tests_the_sip_line(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from tests.telephony.sip.conftest import free_port

    dialog = open_dialog(qtbot, gui_ctx)
    port = free_port()
    dialog.sip_on.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Listening"), timeout=15_000)
    assert dialog.test_result.text() == f"Listening for calls on 127.0.0.1:{port}/udp"
    dialog.mode.setCurrentIndex(dialog.mode.findData("account"))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "domain" in dialog.test_result.text(), timeout=10_000)
    assert dialog.test_result.text() == "An account needs the PBX domain and a user"
    dialog.reject()
