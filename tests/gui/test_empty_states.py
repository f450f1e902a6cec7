"""Empty lists a newcomer meets say why and how to start: the contact list on a
fresh database ("No contacts yet." with New person, New company, Import
contacts...), an empty list of one type, a search without hits (no start
buttons then), Home's lists and the help desk's tickets (real SQLite files)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.config import LocalSettings
from app.db import Database
from app.services.context import AppContext
from app.views.dialogs.contact_dialog import ContactDialog
from app.views.main_window import MainWindow
from tests.actors import acting
from tests.gui.conftest import person


def open_window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
        window.show()
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    return window


def overlay(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.empty_list.overlay


def buttons(window: MainWindow) -> list[str]:
    return [b.text() for b in overlay(window).buttons]


def click_and_see_dialog(qtbot, button) -> str:  # type: ignore[no-untyped-def]
    """Click a start button that opens the (modal) contact dialog; its title."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ContactDialog):
            seen.append(dialog.windowTitle())
            dialog.reject()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    return seen[0]


def test_a_fresh_database_says_no_contacts_yet_and_the_buttons_open_their_dialogs(
        qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    ctx = acting(sqlite_db, "mary")
    window = open_window(qtbot, ctx)
    qtbot.waitUntil(lambda: overlay(window).isVisible(), timeout=10_000)
    assert overlay(window).text.text() == "No contacts yet."
    assert buttons(window) == ["New person…", "New company…", "Import contacts…"]
    new_person, new_company, import_button = overlay(window).buttons
    assert click_and_see_dialog(qtbot, new_person) == "New person"
    assert click_and_see_dialog(qtbot, new_company) == "New company"
    import_button.click()
    qtbot.waitUntil(lambda: getattr(window, "import_wizard", None) is not None
                    and window.import_wizard.isVisible(), timeout=10_000)
    window.import_wizard.reject()

    # a contact arrives (another desk, an import): the sentence goes
    person(ctx, "Anna", "Smith")
    window.panel.reload()
    qtbot.waitUntil(lambda: window.panel.model.rowCount() == 1, timeout=10_000)
    assert not overlay(window).isVisible()


def test_an_empty_list_of_one_type_and_a_search_without_hits(
        qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    person(gui_ctx, "Dora", "Smith", "lead")
    window = open_window(qtbot, gui_ctx)  # opens on Customers: none yet
    qtbot.waitUntil(lambda: overlay(window).isVisible(), timeout=10_000)
    assert overlay(window).text.text() == "No customers yet."
    assert len(buttons(window)) == 3

    window.window_actions.lists["leads"].trigger()
    qtbot.waitUntil(lambda: window.panel.model.rowCount() == 1, timeout=10_000)
    assert not overlay(window).isVisible()

    box = window.panel.search_box
    qtbot.keyClicks(box, "zebra")
    qtbot.waitUntil(lambda: window.panel.shown_search() == "zebra", timeout=10_000)
    qtbot.waitUntil(lambda: overlay(window).isVisible(), timeout=10_000)
    assert overlay(window).text.text() == "No contacts match “zebra”."
    assert buttons(window) == []  # a search without hits is no place to start from
    box.clear()
    qtbot.waitUntil(lambda: window.panel.model.rowCount() == 1, timeout=10_000)
    assert not overlay(window).isVisible()


def test_homes_empty_lists_say_so_once_loaded(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from app.views.home import HomePage
    from app.views.tasks import TaskRunner

    runner = TaskRunner()
    page = HomePage(gui_ctx, runner)
    runner.setParent(page)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    from app.views.widgets.empty_state import EmptyState

    def sentence(table) -> str:  # type: ignore[no-untyped-def]
        overlays = table.viewport().findChildren(EmptyState)
        return overlays[0].text.text() if overlays and overlays[0].isVisible() else ""

    assert sentence(page.calls_table).startswith("No calls yet.")
    assert sentence(page.todos_table).startswith("No To-Dos for you.")
    assert sentence(page.overdue_table) == "Nothing overdue."
    assert sentence(page.tickets_table) == "No open tickets."


def test_an_empty_ticket_queue_offers_a_new_ticket(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from app.views.helpdesk import HelpDeskPage
    from app.views.tasks import TaskRunner

    runner = TaskRunner()
    page = HelpDeskPage(gui_ctx, runner)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitSignal(page.tickets.loaded, timeout=10_000):
        page.show()
    empty = page.tickets.empty
    qtbot.waitUntil(empty.isVisible, timeout=10_000)
    assert empty.text.text() == "No tickets in this queue."
    assert [b.text() for b in empty.buttons] == ["New ticket…"]
    empty.buttons[0].click()
    dialog = page.tickets.active_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
