"""Click-to-call from the card and the list, through a fake modem on a real pty."""

from __future__ import annotations

import logging
import threading

from sqlalchemy import event

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
    with qtbot.waitSignal(window.dialer.finished, timeout=10_000):  # read off the GUI thread
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
    with qtbot.waitSignal(window.dialer.finished, timeout=10_000) as declined:
        window.dialer.dial("0113 496 0202", cid)
    assert declined.args == [False]
    monkeypatch.setattr(errors, "CONFIRM_WITHOUT_DIALOGS", True)  # then Yes, from the list
    menu = window.panel.row_menu(names(window).index("Ben Quiet"))
    assert menu is not None
    dial = next(a for a in menu.actions() if a.text().startswith("Dial"))
    with qtbot.waitSignal(window.dialer.finished, timeout=10_000) as dialled:
        dial.trigger()
    assert dialled.args == [True]
    modem.expect_commands("ATDT01134960202;", "ATH")


def test_without_a_line_dialling_says_what_to_set_up(qtbot, gui_ctx, caplog) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with caplog.at_level(logging.INFO, logger="app.views.errors"), \
            qtbot.waitSignal(window.dialer.finished, timeout=10_000) as refused:
        window.dialer.dial("020 7946 0101", cid)
    assert refused.args == [False]
    assert "Settings > Telephony" in caplog.text


def test_dialling_reads_the_contact_and_the_region_off_the_gui_thread(qtbot, gui_ctx,
                                                                     modem_desk) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="+44 20 7946 0101")
    window, modem = modem_desk()
    on_gui_thread: list[bool] = []

    def record(*_args: object) -> None:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())

    event.listen(gui_ctx.db.engine, "before_cursor_execute", record)
    try:
        with qtbot.waitSignal(window.dialer.finished, timeout=10_000) as dialled:
            window.dialer.dial("+1 201-555-0123", cid)
    finally:
        event.remove(gui_ctx.db.engine, "before_cursor_execute", record)
    assert dialled.args == [True]
    assert on_gui_thread and not any(on_gui_thread)
    modem.expect_commands("ATDT0012015550123;", "ATH")  # abroad from GB: 00 ...
