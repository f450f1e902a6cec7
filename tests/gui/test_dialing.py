"""Click-to-call from the card and the list, through a fake modem on a real pty."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from app.config import LocalSettings
from app.services import contacts
from app.views import errors
from app.views.main_window import MainWindow
from tests.gui.conftest import person
from tests.gui.test_main_window import names
from tests.telephony.modem.conftest import FakeModem, SocatPair

needs_socat = pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")


@pytest.fixture
def modem_window(qtbot, gui_ctx, tmp_path: Path):  # type: ignore[no-untyped-def]
    pair = SocatPair(tmp_path)
    pair.start()
    modem = FakeModem(pair.modem_end)
    settings = LocalSettings.load()
    settings.modems = {pair.app_end: {"ring_gap_s": 0.6, "idle_flush_s": 0.1,
                                      "response_timeout_s": 1.0, "dial_hangup_after_s": 0.3}}
    settings.save()
    made: list[MainWindow] = []

    def make() -> tuple[MainWindow, FakeModem]:
        """The window, opened after the test made its contacts."""
        window = MainWindow(gui_ctx, LocalSettings.load())
        qtbot.addWidget(window)
        made.append(window)
        return window, modem

    yield make
    for window in made:
        window.close()
    modem.close()
    pair.stop()


def show(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
        window.show()
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    qtbot.waitUntil(lambda: window.telephony is not None, timeout=5000)


@needs_socat
def test_dial_from_the_card_sends_the_national_number_to_the_modem(qtbot, gui_ctx, modem_window) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="+44 20 7946 0101")
    window, modem = modem_window()
    show(qtbot, window)
    modem.expect_commands("ATZ", "AT+VCID=1")
    window.open_contact(cid)
    card = window.cards.card
    assert card is not None and card.actions_.dial.isEnabled()
    [number] = card.dial_menu.actions()
    assert number.text() == "Work: 020 7946 0101"
    number.trigger()
    modem.expect_commands("ATDT02079460101;", "ATH")
    assert "Dialling 02079460101" in window.statusBar().currentMessage()


@needs_socat
def test_a_do_not_call_contact_asks_first(qtbot, gui_ctx, modem_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Ben", "Quiet", phone="0113 496 0202")
    data = contacts.as_input(gui_ctx, cid)
    data.call_contact = False
    contacts.update_contact(gui_ctx, cid, data)
    window, modem = modem_window()
    show(qtbot, window)
    modem.expect_commands("ATZ", "AT+VCID=1")
    monkeypatch.setattr(errors, "CONFIRM_WITHOUT_DIALOGS", False)  # the rep says No
    assert not window.dialer.dial("0113 496 0202", cid)
    monkeypatch.setattr(errors, "CONFIRM_WITHOUT_DIALOGS", True)  # then Yes, from the list
    menu = window.panel.row_menu(names(window).index("Ben Quiet"))
    assert menu is not None
    dial = next(a for a in menu.actions() if a.text().startswith("Dial"))
    dial.trigger()
    modem.expect_commands("ATDT01134960202;", "ATH")


def test_without_a_line_dialling_says_what_to_set_up(qtbot, gui_ctx, caplog) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with caplog.at_level(logging.INFO, logger="app.views.errors"):
        assert not window.dialer.dial("020 7946 0101", cid)
    assert "Settings > Telephony" in caplog.text
