"""Search looks in the list on screen only, and says so (issue 13): "1 more in
Leads" under the list selector when other lists have hits; a click shows that
list with the same search."""

from __future__ import annotations

from app.config import LocalSettings
from app.services.context import AppContext
from app.views.main_window import MainWindow

WAIT = 10_000


def open_window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=WAIT):
        window.show()
    qtbot.waitUntil(window.panel.is_idle, timeout=WAIT)
    return window


def search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` and wait for the hits and then the other lists' counts."""
    with qtbot.waitSignal(window.panel.elsewhere.counted, timeout=WAIT):
        qtbot.keyClicks(window.panel.search_box, text)


def names(window: MainWindow) -> list[str]:
    model = window.panel.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_hits_in_other_lists_are_offered_and_a_click_shows_them(qtbot, named_ctx) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, named_ctx)
    bar = window.panel.elsewhere
    assert bar.isHidden()  # no search, nothing to say

    search(qtbot, window, "smith")
    assert names(window) == ["Anna Smith", "Ben Smithson"]
    assert window.count_label.text() == "2 matches for “smith”"
    assert bar.isVisible() and bar.texts() == ["1 more in Leads"]

    with qtbot.waitSignal(bar.counted, timeout=WAIT):
        bar.buttons[0].click()
    assert window.window_actions.lists["leads"].isChecked()
    assert window.panel.search_box.text() == "smith"
    assert names(window) == ["Dora Smith"]
    assert bar.texts() == ["2 more in Customers"]


def test_a_search_with_no_hits_here_points_to_where_they_are(qtbot, named_ctx) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, named_ctx)
    search(qtbot, window, "bee honey")
    assert names(window) == []
    # the lead company, seen from Customers: in Leads and in Companies
    assert window.panel.elsewhere.texts() == ["1 more in Leads", "1 more in Companies"]


def test_nothing_elsewhere_hides_the_bar(qtbot, named_ctx) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, named_ctx)
    search(qtbot, window, "smith")
    search(qtbot, window, "son")  # "smithson": only the customer Ben Smithson
    assert names(window) == ["Ben Smithson"]
    assert window.panel.elsewhere.isHidden() and window.panel.elsewhere.texts() == []
    window.panel.search_box.clear()  # the whole list again: the bar goes
    qtbot.waitUntil(window.panel.is_idle, timeout=WAIT)
    assert window.panel.elsewhere.isHidden()
