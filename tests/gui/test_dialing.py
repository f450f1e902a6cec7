"""Click-to-call from the card and the list, through a fake modem on a real pty."""

from __future__ import annotations

import logging

from app.config import LocalSettings
from app.services.contacts import core as contacts
from app.views import errors
from app.views.main_window import MainWindow
from tests.gui.conftest import person
from tests.gui.test_main_window import names


def test_dial_from_the_card_sends_the_national_number_to_the_modem(qtbot, gui_ctx, modem_desk) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="+44 20 7946 0101")
    window, modem = modem_desk()
    window.open_contact(cid)
    card = window.cards.card
    assert card is not None and card.actions_.dial.isEnabled()
    [number] = card.dial_menu.actions()
    assert number.text() == "Work: 020 7946 0101"
    number.trigger()
    modem.expect_commands("ATDT02079460101;", "ATH")
    assert "Dialling 02079460101" in window.statusBar().currentMessage()


def test_a_do_not_call_contact_asks_first(qtbot, gui_ctx, modem_desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Ben", "Quiet", phone="0113 496 0202")
    data = contacts.as_input(gui_ctx, cid)
    data.call_contact = False
    contacts.update_contact(gui_ctx, cid, data)
    window, modem = modem_desk()
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
