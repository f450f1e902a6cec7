"""The main window as a user meets it: search as you type, switch lists, find
with Ctrl+F, and get the same window back after a restart."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from app.config import LocalSettings
from app.services.context import AppContext
from app.views.contact_list_model import COLUMN_NAMES
from app.views.main_window import MainWindow


def open_window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
        window.show()
    # the first screen paints from a quick query; wait for the whole list too
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    return window


def names(window: MainWindow) -> list[str]:
    model = window.panel.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def status(window: MainWindow) -> str:
    return window.count_label.text()


def type_search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    box = window.panel.search_box
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)


def list_button(window: MainWindow, label: str) -> QToolButton:
    return next(b for b in window.panel.list_buttons if b.text() == label)


def test_opens_on_customers_in_name_order(qtbot, named_ctx: AppContext) -> None:
    window = open_window(qtbot, named_ctx)
    assert names(window) == ["Hope Works", "Carl Jones", "Anna Smith", "Ben Smithson"]
    assert status(window) == "4 customers"
    assert list_button(window, "Customers").isChecked()


def test_typing_filters_the_list(qtbot, named_ctx: AppContext) -> None:
    window = open_window(qtbot, named_ctx)
    type_search(qtbot, window, "ith")
    assert names(window) == ["Anna Smith", "Ben Smithson"]  # not Jones, not the lead Smith
    assert status(window) == "2 matches for “ith”"

    type_search(qtbot, window, "jones")
    assert names(window) == ["Carl Jones"]
    assert status(window) == "1 match for “jones”"

    window.panel.search_box.clear()  # an empty box is the whole list again
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    assert status(window) == "4 customers"
    assert len(names(window)) == 4


def test_search_finds_phone_and_email(qtbot, named_ctx: AppContext) -> None:
    window = open_window(qtbot, named_ctx)
    type_search(qtbot, window, "0113 496")
    assert names(window) == ["Ben Smithson"]
    type_search(qtbot, window, "example.org")
    assert names(window) == ["Carl Jones"]


def test_quick_typing_shows_only_the_last_search(qtbot, named_ctx: AppContext) -> None:
    window = open_window(qtbot, named_ctx)
    box = window.panel.search_box
    box.setText("smithson")
    window.panel.reload()  # start one search now, then supersede it at once
    box.setText("jon")
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    assert names(window) == ["Carl Jones"]
    assert status(window) == "1 match for “jon”"


def test_list_selector_switches_lists(qtbot, named_ctx: AppContext) -> None:
    window = open_window(qtbot, named_ctx)
    qtbot.mouseClick(list_button(window, "Leads"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    assert names(window) == ["Evan Brown", "Little Bee Honey", "Dora Smith"]
    assert status(window) == "3 leads"
    assert list_button(window, "Leads").isChecked()
    assert not list_button(window, "Customers").isChecked()

    qtbot.mouseClick(list_button(window, "Companies"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    assert names(window) == ["Hope Works", "Little Bee Honey"]
    assert status(window) == "2 companies"

    # a search stays in the box and runs within the chosen list
    type_search(qtbot, window, "ith")
    qtbot.mouseClick(list_button(window, "Leads"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    assert names(window) == ["Dora Smith"]

    qtbot.mouseClick(list_button(window, "Customers"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    assert names(window) == ["Anna Smith", "Ben Smithson"]


def test_ctrl_f_focuses_search(qtbot, named_ctx: AppContext) -> None:
    window = open_window(qtbot, named_ctx)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.panel.table.setFocus()
    qtbot.waitUntil(window.panel.table.hasFocus, timeout=5_000)
    qtbot.keyClick(window.panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.search_box.hasFocus()


def test_geometry_and_column_widths_survive_a_restart(qtbot, named_ctx: AppContext) -> None:
    window = open_window(qtbot, named_ctx)
    window.resize(720, 520)  # within the test screen (tests/screens, 1920x1080)
    email = COLUMN_NAMES.index("Email")
    window.panel.table.horizontalHeader().resizeSection(0, 333)
    window.panel.table.horizontalHeader().resizeSection(email, 181)
    window.close()

    saved = LocalSettings.load()
    assert saved.window_geometry and saved.column_widths

    again = open_window(qtbot, named_ctx)
    assert (again.width(), again.height()) == (720, 520)
    header = again.panel.table.horizontalHeader()
    assert header.sectionSize(0) == 333
    assert header.sectionSize(email) == 181


def test_unusable_saved_widths_fall_back_to_defaults(qtbot, named_ctx: AppContext) -> None:
    settings = LocalSettings.load()
    settings.column_widths = {"contact_list": [0, -5]}
    settings.window_geometry = "not base64 geometry"
    settings.save()
    window = open_window(qtbot, named_ctx)
    header = window.panel.table.horizontalHeader()
    assert all(header.sectionSize(i) >= 40 for i in range(len(COLUMN_NAMES) - 1))
    assert window.width() > 600


@pytest.fixture
def thousand_ctx(gui_ctx: AppContext) -> AppContext:
    """1,000 demo contacts, bulk-loaded (the services' own generator)."""
    from app.services.demo.office import generate

    generate(gui_ctx, 1000, seed=3)
    return gui_ctx


def test_window_with_1000_contacts_paints_first_rows(qtbot, thousand_ctx: AppContext) -> None:
    from app.services.contacts.list_rows import Filters, ordered_ids

    customers = ordered_ids(thousand_ctx, Filters(contact_type="customer"))
    assert len(customers) > 100
    window = MainWindow(thousand_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=20_000) as painted:
        window.show()
    # the first screen may come from the quick head query (HEAD_ROWS) or the whole list
    from app.views.contact_list_panel import HEAD_ROWS

    assert painted.args[0] in (HEAD_ROWS, len(customers))
    qtbot.waitUntil(window.panel.is_idle, timeout=20_000)
    assert window.panel.model.rowCount() == len(customers)
    assert status(window) == f"{len(customers):,} customers"
    table = window.panel.table
    top = table.indexAt(QPoint(4, 4))
    assert top.row() == 0 and top.data()  # a real name is on screen
    assert window.panel.model.contact_id(0) == customers[0]
    assert window.panel.model.cached_pages() <= 2  # only what was painted was fetched


def test_down_arrow_moves_from_search_to_the_list(qtbot, named_ctx: AppContext) -> None:
    window = open_window(qtbot, named_ctx)
    type_search(qtbot, window, "ith")
    qtbot.keyClick(window.panel.search_box, Qt.Key.Key_Down)
    assert window.panel.current_contact_id() == window.panel.model.contact_id(0)
    assert window.panel.model.data(window.panel.table.currentIndex().siblingAtColumn(0)) \
        == "Anna Smith"


def test_a_failing_search_says_so_in_the_status_bar(
        qtbot, named_ctx: AppContext, caplog: pytest.LogCaptureFixture) -> None:
    window = open_window(qtbot, named_ctx)
    with named_ctx.db.engine.begin() as conn:  # a damaged database, not a mock
        conn.exec_driver_sql("DROP TABLE contact_fts")
    with caplog.at_level(logging.ERROR, logger="app.views.errors"):
        type_search(qtbot, window, "ith")
    assert status(window) == "Could not load the customers"
    assert "unexpected error" in caplog.text
    assert names(window) == ["Hope Works", "Carl Jones", "Anna Smith", "Ben Smithson"]


def test_a_late_first_screen_never_replaces_the_whole_list(qtbot, named_ctx: AppContext) -> None:
    """The quick first-screen query and the whole list race; whichever order they
    finish in, the whole list is what stays on screen."""
    from array import array

    window = open_window(qtbot, named_ctx)
    panel = window.panel
    assert panel.model.rowCount() == 4
    panel._show_head(panel._generation, array("q", [panel.model.contact_id(0)]))  # late
    assert panel.model.rowCount() == 4
    assert status(window) == "4 customers"


def test_a_long_call_path_warning_fits_a_small_screen(qtbot, named_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """A full disk's journal warning ran off the status bar at 1024 pixels: it is
    elided there, the whole of it in the tooltip."""
    from app.services.inbound.pipeline import PipelineStatus

    window = open_window(qtbot, named_ctx)
    window.resize(1024, 600)
    reason = ("the call journal cannot be written ([Errno 28] No space left on device); calls "
              "still show and are written to the database while it answers, but a crash now "
              "would lose them")
    window.show_pipeline_status(PipelineStatus(1, "", reason, ""))
    label = window.call_path_label
    assert label.isVisible() and label.text().startswith("CALLS ARE NOT SAVED TO DISK")
    assert label.fontMetrics().horizontalAdvance(label.text()) < 1024 and label.text() != reason
    assert reason in label.toolTip()
    window.show_pipeline_status(PipelineStatus(0, "", "", ""))
    assert not label.isVisible()
