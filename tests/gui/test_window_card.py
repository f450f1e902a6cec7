"""Opening cards from the list, where the card lives, more search options, sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.config import LocalSettings
from app.services.contacts import core as contacts
from app.services.contacts import search
from app.services.context import AppContext
from app.services.office import lists as lookups
from app.views.contact_list_model import COLUMN_NAMES
from app.views.main_window import MainWindow
from tests.gui.test_main_window import names, open_window, status, type_search


def select_row(window: MainWindow, name: str) -> None:
    row = names(window).index(name)
    window.panel.table.setFocus()
    window.panel.table.selectRow(row)


def test_enter_and_double_click_open_the_card_and_esc_closes_it(qtbot, named_ctx) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, named_ctx)
    select_row(window, "Anna Smith")
    qtbot.keyClick(window.panel.table, Qt.Key.Key_Return)
    card = window.cards.card
    assert card is not None and card.isVisible()
    assert card.header.name.text() == "Anna Smith"
    assert card.parent() is window.splitter  # beside the list by default
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert not card.isVisible()
    row = names(window).index("Carl Jones")
    index = window.panel.model.index(row, 0)
    window.panel.table.setCurrentIndex(index)
    rect = window.panel.table.visualRect(index)
    viewport = window.panel.table.viewport()
    # a real double-click: press/release, then the double-click event
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert card.isVisible() and card.header.name.text() == "Carl Jones"


def test_the_card_in_its_own_window_is_remembered(qtbot, named_ctx) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, named_ctx)
    window.window_actions.card_window.setChecked(True)
    select_row(window, "Ben Smithson")
    window.panel.open_current()
    host = window.cards
    assert host.window is not None and host.window.isVisible()
    assert host.card is not None and host.card.window() is host.window
    assert host.window.windowTitle() == "Ben Smithson"
    window.close()
    assert LocalSettings.load().card_in_own_window
    again = open_window(qtbot, named_ctx)
    assert again.window_actions.card_window.isChecked()
    again.window_actions.card_window.setChecked(False)  # back beside the list
    select_row(again, "Ben Smithson")
    again.panel.open_current()
    assert again.cards.card is not None and again.cards.card.parent() is again.splitter
    assert again.cards.card.isVisible()


def test_a_deleted_contact_does_not_open(qtbot, named_ctx) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, named_ctx)
    select_row(window, "Carl Jones")
    cid = window.panel.current_contact_id()
    contacts.delete(named_ctx, cid)
    window.panel.open_current()
    assert window.cards.card is not None and not window.cards.card.isVisible()


def test_more_search_options_narrow_list_and_search(qtbot, named_ctx: AppContext) -> None:
    gold = lookups.id_by_name(named_ctx, "rating", "Gold")
    smith = search.search(named_ctx, "anna").rows[0].id
    data = contacts.as_input(named_ctx, smith)
    data.rating_id = gold
    contacts.update_contact(named_ctx, smith, data)
    window = open_window(qtbot, named_ctx)
    opts = window.panel.options
    opts.toggle.click()
    assert opts.box.isVisible()
    opts.rating.setCurrentIndex(opts.rating.findText("Gold"))
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    assert names(window) == ["Anna Smith"]
    assert status(window) == "1 customer"
    type_search(qtbot, window, "ith")
    assert names(window) == ["Anna Smith"]  # Smithson is not Gold
    opts.clear.click()
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    assert names(window) == ["Anna Smith", "Ben Smithson"]


def test_clicking_a_header_sorts_the_list(qtbot, named_ctx: AppContext) -> None:
    window = open_window(qtbot, named_ctx)
    header = window.panel.table.horizontalHeader()
    complete = COLUMN_NAMES.index("Complete")
    header.setSortIndicator(complete, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    model = window.panel.model
    shown = [int(model.data(model.index(r, complete))[:-1]) for r in range(model.rowCount())]
    assert shown == sorted(shown, reverse=True) and len(set(shown)) > 1
    phone = COLUMN_NAMES.index("Phone")
    header.setSortIndicator(phone, Qt.SortOrder.AscendingOrder)  # not sortable: stays
    assert header.sortIndicatorSection() == complete
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    assert names(window) == ["Ben Smithson", "Anna Smith", "Carl Jones", "Hope Works"]


def test_ctrl_n_creates_a_contact_and_opens_its_card(qtbot, named_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N runs the New contact dialog (filled here as a user would have) and
    the new person's card opens, the list showing it."""
    from PySide6.QtGui import QKeySequence

    from app.services.dto import ContactInput
    from app.views.dialogs import contact_dialog

    def fill_dialog(parent, ctx, kind, **_kw):  # type: ignore[no-untyped-def]
        assert kind == "person"
        return contacts.create(ctx, ContactInput(first_name="Nora", last_name="Newman",
                                                 contact_type="customer"))

    monkeypatch.setattr(contact_dialog, "new_contact", fill_dialog)
    window = open_window(qtbot, named_ctx)
    assert window.window_actions.new_person.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    window.window_actions.new_person.trigger()
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    assert window.cards.card is not None and window.cards.card.header.name.text() == "Nora Newman"
    assert "Nora Newman" in names(window)
