"""Settings › Office lists (issue 13): categories can be created at last, and the
other lists reference 002 calls customisable (statuses, ratings, conversion
stages) added to, renamed, reordered, retired and restored by a manager; a rep
sees them read-only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.config import LocalSettings
from app.services.context import AppContext
from app.services.office import lists, users
from app.views.dialogs.categories_dialog import CategoriesDialog
from app.views.dialogs.office_lists_dialog import OfficeListsDialog
from app.views.main_window import MainWindow
from app.views.tasks import TaskRunner
from tests.actors import acting

WAIT = 10_000


def open_dialog(qtbot, ctx: AppContext) -> OfficeListsDialog:  # type: ignore[no-untyped-def]
    dialog = OfficeListsDialog(ctx, TaskRunner())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.show()
    return dialog


def shown(dialog: OfficeListsDialog, list_name: str) -> list[tuple[str, str]]:
    """(name, "In use") of each row, as the page shows them."""
    model = dialog.page(list_name).model
    return [(model.data(model.index(r, 0)), model.data(model.index(r, 1)))
            for r in range(model.rowCount())]


def add(qtbot, dialog: OfficeListsDialog, list_name: str, name: str) -> None:  # type: ignore[no-untyped-def]
    entry = dialog.page(list_name).add_entry()
    entry.name.setText(name)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        entry.ok_button.click()


def test_settings_has_office_lists_and_a_manager_creates_categories(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    settings = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Settings")
    assert "&Office lists…" in [a.text() for a in settings.actions()]
    window.window_actions.office_lists.trigger()
    dialog = window.office_lists_dialog
    qtbot.waitUntil(lambda: dialog.manager, timeout=WAIT)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Statuses", "Ratings", "Conversion stages", "Categories"]
    assert dialog.note.isHidden()

    add(qtbot, dialog, "category", "Trade show")
    add(qtbot, dialog, "category", "Press")
    assert shown(dialog, "category") == [("Trade show", "Yes"), ("Press", "Yes")]
    # the card's "Choose categories" offers them now
    choose = CategoriesDialog(lists.items(gui_ctx, "category"), set())
    qtbot.addWidget(choose)
    assert [b.text() for b in choose.boxes.values()] == ["Trade show", "Press"]


def test_a_name_already_in_the_list_is_refused_on_the_field(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, gui_ctx)
    entry = dialog.page("rating").add_entry()
    qtbot.keyClicks(entry.name, "gold")  # Gold is one of the default ratings
    assert entry.error_text("name") == "There is already a rating “gold”"
    entry.ok_button.click()
    assert entry.isVisible()  # not saved
    entry.name.setText("Platinum")
    assert entry.error_text("name") == ""
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        entry.ok_button.click()
    assert shown(dialog, "rating")[-1] == ("Platinum", "Yes")
    assert dialog.page("rating").selected().name == "Platinum"  # the new entry is selected

    entry = dialog.page("rating").add_entry()  # an empty name says so
    entry.ok_button.click()
    assert entry.error_text("name") == "Give the rating a name"


def test_rename_move_retire_and_restore(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, gui_ctx)
    page = dialog.page("status")
    before = [name for name, _use in shown(dialog, "status")]
    page.table.selectRow(1)
    assert page.up_button.isEnabled() and page.down_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        page.up_button.click()
    assert [n for n, _u in shown(dialog, "status")] == [before[1], before[0], *before[2:]]
    assert page.selected().name == before[1] and not page.up_button.isEnabled()  # first now

    rename = page.rename_entry()
    assert rename is not None and rename.name.text() == before[1]
    rename.name.setText("Brand new")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        rename.ok_button.click()
    assert shown(dialog, "status")[0] == ("Brand new", "Yes")

    assert page.retire_button.text() == "Retire"
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        page.retire_button.click()
    assert shown(dialog, "status")[0] == ("Brand new", "Retired")
    grey = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert grey is not None  # dimmed
    assert "Brand new" not in [i.name for i in lists.items(gui_ctx, "status")]  # not offered
    assert page.retire_button.text() == "Restore"
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        page.retire_button.click()
    assert shown(dialog, "status")[0] == ("Brand new", "Yes")


@pytest.mark.parametrize("list_name", ["status", "category"])
def test_a_rep_sees_the_lists_read_only(qtbot, gui_ctx, list_name) -> None:  # type: ignore[no-untyped-def]
    users.add_user(gui_ctx, "bob", "Bob Baker")
    dialog = open_dialog(qtbot, acting(gui_ctx.db, "bob"))
    assert dialog.note.isVisible() and "Only a manager" in dialog.note.text()
    page = dialog.page(list_name)
    if page.model.rowCount():
        page.table.selectRow(0)
    for button in (page.add_button, page.rename_button, page.up_button, page.down_button,
                   page.retire_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Only a manager can change the office lists."
