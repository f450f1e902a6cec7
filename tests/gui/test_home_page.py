"""The home page as a rep meets it: the 30-day counts, My To-Dos with Done in one
click, the Overdue list in red, recent calls, open tickets; it reloads when an
activity is saved; and the main window's pages around it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView

from app.config import LocalSettings
from app.services.activities import edit as ae
from app.services.context import AppContext
from app.services.helpdesk import tickets as helpdesk
from app.services.office import users
from app.views.change_bus import change_bus
from app.views.home import HomePage
from app.views.home.models import OVERDUE_RED, TodoModel
from app.views.main_window import MainWindow
from app.views.tasks import TaskRunner
from tests.actors import acting
from tests.gui.conftest import person

NOW = datetime.now(UTC)


def record(ctx: AppContext, kind: str, contact_id: int | None, days_ago: float,
           **kw: object) -> int:
    return ae.create(ctx, ae.ActivityForm(
        kind=kind, contact_id=contact_id, subject=str(kw.pop("subject", kind)),
        occurred_at=NOW - timedelta(days=days_ago), **kw))  # type: ignore[arg-type]


@pytest.fixture
def office(gui_ctx: AppContext) -> dict[str, int]:
    """alice's customer Anna with calls and a mail, a To-Do due in two days, one a
    day overdue, an open ticket; bob's private note (never counted for alice)."""
    users.add_user(gui_ctx, "bob")
    bob = acting(gui_ctx.db, "bob")
    anna = person(gui_ctx, "Anna", "Smith")
    ids = {"anna": anna}
    for days in (1, 2, 3):
        record(gui_ctx, "call", anna, days, direction="in", outcome="answered", duration_s=75)
    record(gui_ctx, "mail", anna, 1)
    record(bob, "note", anna, 1, body="bob only", private=True)
    ids["soon"] = record(gui_ctx, "task", anna, 0, subject="Send the quote", status="open",
                         due_at=NOW + timedelta(days=2))
    ids["late"] = record(gui_ctx, "task", anna, 3, subject="Chase the invoice", status="open",
                         due_at=NOW - timedelta(days=1))
    ids["ticket"] = helpdesk.open_ticket(gui_ctx, ae.ActivityForm(
        kind="ticket", contact_id=anna, subject="Printer offline"))
    return ids


def open_page(qtbot, ctx: AppContext) -> HomePage:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    page = HomePage(ctx, runner)
    runner.setParent(page)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def cell(table: QTableView, row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    model = table.model()
    return model.data(model.index(row, col), role)


def counts(page: HomePage) -> dict[str, tuple[str, str, str]]:
    t = page.counts_table
    return {cell(t, r, 0): (cell(t, r, 1), cell(t, r, 2), cell(t, r, 3))
            for r in range(t.model().rowCount())}


def column(table: QTableView, col: int) -> list[str]:
    return [cell(table, r, col) for r in range(table.model().rowCount())]


def test_counts_by_type_new_customers_and_total(qtbot, gui_ctx, office) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, gui_ctx)
    shown = counts(page)
    assert shown["Call"] == ("0", "3", "3")  # Anna was entered today: a new customer
    assert shown["Mail"] == ("0", "1", "1")
    assert shown["Note"] == ("0", "0", "0")  # bob's private note is not hers to see
    assert shown["Total"] == ("0", "7", "7")  # 3 calls, a mail, 2 tasks and the ticket
    assert "Activities for Last 30 Days" in page.counts_title.text()
    assert page.tickets_title.text() == "Open Tickets: 1"
    assert column(page.tickets_table, 1) == ["Printer offline"]
    assert column(page.calls_table, 2) == ["Anna Smith"] * 3
    assert column(page.calls_table, 4) == ["1:15"] * 3


def test_overdue_rows_are_red_and_the_others_are_not(qtbot, gui_ctx, office) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, gui_ctx)
    assert column(page.overdue_table, 1) == ["Chase the invoice"]
    assert column(page.todos_table, 1) == ["Chase the invoice", "Send the quote"]
    red = cell(page.overdue_table, 0, 1, Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color() == OVERDUE_RED
    assert cell(page.todos_table, 0, 0, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_RED
    assert cell(page.todos_table, 1, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert page.overdue_title.text() == "Overdue (1)"


def test_done_in_one_click_removes_the_todo(qtbot, gui_ctx, office) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, gui_ctx)
    table = page.todos_table
    button = table.indexWidget(table.model().index(0, TodoModel.DONE_COLUMN))
    assert isinstance(button, QPushButton) and button.text() == "Done"
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # then it reloads (debounced)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert column(page.todos_table, 1) == ["Send the quote"]
    assert page.overdue_model.rowCount() == 0
    assert ae.get(gui_ctx, office["late"]).form.status == "done"
    assert counts(page)["Task"] == ("0", "2", "2")  # done, it still happened


def test_reloads_when_an_activity_is_saved(qtbot, gui_ctx, office) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, gui_ctx)
    assert counts(page)["Call"][2] == "3"
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # heard on the change bus
        record(gui_ctx, "call", office["anna"], 0.1)
        record(gui_ctx, "call", office["anna"], 0.2)  # a burst reloads once
    assert counts(page)["Call"][2] == "5"
    qtbot.waitUntil(page.is_idle, timeout=5_000)


def test_a_hidden_page_reloads_when_shown_again(qtbot, gui_ctx, office) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, gui_ctx)
    page.hide()
    with qtbot.waitSignal(change_bus().changed, timeout=5_000):
        record(gui_ctx, "mail", office["anna"], 0.1)
    assert page.is_idle()  # nothing is loaded for a page nobody sees
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert counts(page)["Mail"][2] == "2"


def test_double_click_opens_the_activity_or_the_contact(qtbot, gui_ctx, office) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, gui_ctx)

    def double_click(table: QTableView, row: int, col: int) -> None:
        rect = table.visualRect(table.model().index(row, col))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    with qtbot.waitSignal(page.open_activity_requested) as todo:
        double_click(page.overdue_table, 0, 1)
    assert todo.args == [office["late"]]
    with qtbot.waitSignal(page.open_activity_requested) as ticket:
        double_click(page.tickets_table, 0, 1)
    assert ticket.args == [office["ticket"]]
    with qtbot.waitSignal(page.open_contact_requested) as call:
        double_click(page.calls_table, 0, 2)
    assert call.args == [office["anna"]]


def test_main_window_pages(qtbot, gui_ctx, office) -> None:  # type: ignore[no-untyped-def]
    """It opens on Contacts (the list paints first); Home loads when chosen; a call
    on Home opens the card on the Contacts page; Ctrl+F goes back to the search."""
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
        window.show()
    labels = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert labels == ["Home", "Contacts", "Help desk"]
    assert window.pages.currentWidget() is window.splitter
    assert window.home.current is None  # not loaded while nobody looks at it
    with qtbot.waitSignal(window.home.loaded, timeout=10_000):
        window.show_home()
    assert counts(window.home)["Call"][2] == "3"
    window.home.open_contact_requested.emit(office["anna"])
    assert window.pages.currentWidget() is window.splitter
    card = window.cards.card
    assert card is not None and card.isVisible() and card.header.name.text() == "Anna Smith"
    from app.views.dialogs.activity_dialog import ActivityDialog

    window.show_home()
    window.home.open_activity_requested.emit(office["late"])  # a double-clicked To-Do
    dialogs = [d for d in window.findChildren(ActivityDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.home.todos_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.splitter
    assert window.panel.search_box.hasFocus()
    window.pages.setCurrentIndex(2)
    assert window.helpdesk is not None
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=10_000)
