"""Companies: link a person to a company by searching, change the role,
unlink (after asking); a company's card lists its people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.views.dialogs.link_company_dialog import LinkCompanyDialog
from tests.gui.card_lower.conftest import TIMEOUT, dialog_of, press_ok, settle, show, texts
from tests.gui.conftest import company, person


def _link_via_dialog(qtbot, tab, search_text: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, LinkCompanyDialog)
    with qtbot.waitSignal(dialog.search.results_shown, timeout=TIMEOUT):
        qtbot.keyClicks(dialog.search.box, search_text)
    hits = texts(dialog.search.model, 0)
    assert name in hits
    dialog.search.table.selectRow(hits.index(name))
    qtbot.keyClicks(dialog.role, role)
    press_ok(qtbot, tab, dialog)


def test_link_change_role_and_unlink_a_company(qtbot, qtmodeltester, gui_ctx: AppContext,
                                               make_card) -> None:  # type: ignore[no-untyped-def]
    hope = company(gui_ctx, "Hope Works")
    company(gui_ctx, "Hopewell Farms")
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "companies")
    assert tab.model.rowCount() == 0

    card.actions_.link_company.trigger()
    dialog = dialog_of(qtbot, tab)
    qtbot.waitUntil(lambda: dialog.search.model.rowCount() == 2, timeout=TIMEOUT)  # A to Z
    assert texts(dialog.search.model, 0) == ["Hope Works", "Hopewell Farms"]  # no people
    qtmodeltester.check(dialog.search.model)
    dialog.search.table.clearSelection()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("company") == "Pick a company from the list"
    _link_via_dialog(qtbot, tab, "Hope Wo", "Hope Works", "Buyer")
    assert texts(tab.model, 0) == ["Hope Works"]
    assert texts(tab.model, 1) == ["Buyer"]
    assert [(lk.company_id, lk.role) for lk in contacts.get(gui_ctx, pid).links] == [(hope, "Buyer")]
    qtmodeltester.check(tab.model)

    tab.select_row(tab.table, 0)
    assert tab.role.text() == "Buyer"
    tab.role.clear()
    qtbot.keyClicks(tab.role, "Head of Purchasing")
    with qtbot.waitSignal(tab.changed, timeout=TIMEOUT):
        qtbot.mouseClick(tab.role_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert texts(tab.model, 1) == ["Head of Purchasing"]

    tab.select_row(tab.table, 0)
    qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    box = dialog_of(qtbot, tab)
    assert isinstance(box, QMessageBox)
    assert "Hope Works" in box.text()
    with qtbot.waitSignal(tab.changed, timeout=TIMEOUT):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.model.rowCount() == 0
    assert contacts.get(gui_ctx, pid).links == ()


def test_unlink_asks_and_no_keeps_the_link(qtbot, gui_ctx: AppContext,
                                           make_card) -> None:  # type: ignore[no-untyped-def]
    hope = company(gui_ctx, "Hope Works")
    pid = person(gui_ctx, "Anna", "Smith", company_id=hope)
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "companies")
    tab.select_row(tab.table, 0)
    qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    box = dialog_of(qtbot, tab)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert tab.active_dialog is None
    assert not tab.runner.is_busy()
    assert len(contacts.get(gui_ctx, pid).links) == 1


def test_company_card_lists_its_people_and_links_one(qtbot, gui_ctx: AppContext,
                                                     make_card) -> None:  # type: ignore[no-untyped-def]
    hope = company(gui_ctx, "Hope Works")
    person(gui_ctx, "Anna", "Smith", company_id=hope)
    person(gui_ctx, "Ben", "Jones")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, hope, "companies")
    assert not card.actions_.link_company.isEnabled()  # the card's action is for people
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Person"
    assert texts(tab.model, 0) == ["Anna Smith"]
    assert tab.link_button.text() == "Link person…"
    qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    _link_via_dialog(qtbot, tab, "Jones", "Ben Jones", "Driver")
    assert texts(tab.model, 0) == ["Anna Smith", "Ben Jones"]
    assert texts(tab.model, 1) == ["", "Driver"]
