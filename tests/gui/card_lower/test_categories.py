"""Categories: "Choose categories…" ticks categories; Update saves them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.office import lists as lookups
from app.views.dialogs.categories_dialog import CategoriesDialog
from tests.gui.card_lower.conftest import dialog_of, press_ok, show, texts, tick
from tests.gui.conftest import person


def test_choose_categories(qtbot, qtmodeltester, gui_ctx: AppContext,
                           make_card) -> None:  # type: ignore[no-untyped-def]
    for name in ("Key account", "Newsletter", "Trade fair"):
        lookups.add(gui_ctx, "category", name)
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "categories")
    assert tab.model.rowCount() == 0
    assert tab.choose_button.isEnabled()

    qtbot.mouseClick(tab.choose_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, CategoriesDialog)
    assert dialog.ok_button.text() == "Update"
    assert [b.text() for b in dialog.boxes.values()] == ["Key account", "Newsletter",
                                                         "Trade fair"]
    tick(qtbot, dialog.box("Trade fair"))
    tick(qtbot, dialog.box("Key account"))
    press_ok(qtbot, tab, dialog)
    assert texts(tab.model, 0) == ["Key account", "Trade fair"]
    assert set(contacts.get(gui_ctx, pid).categories) == {"Key account", "Trade fair"}
    qtmodeltester.check(tab.model)

    qtbot.mouseClick(tab.choose_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, tab)
    assert dialog.box("Key account").isChecked() and not dialog.box("Newsletter").isChecked()
    tick(qtbot, dialog.box("Key account"))  # untick
    tick(qtbot, dialog.box("Newsletter"))
    press_ok(qtbot, tab, dialog)
    assert texts(tab.model, 0) == ["Newsletter", "Trade fair"]
    assert "2 categories" in tab.caption.text()


def test_cancel_changes_nothing(qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    lookups.add(gui_ctx, "category", "Newsletter")
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "categories")
    qtbot.mouseClick(tab.choose_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, tab)
    tick(qtbot, dialog.box("Newsletter"))
    dialog.reject()
    assert tab.active_dialog is None
    assert contacts.get(gui_ctx, pid).categories == ()
