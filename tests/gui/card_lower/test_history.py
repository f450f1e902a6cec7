"""History: edits and activities, newest first, within a From / To period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate

from app.services.activities import by_contact as contact_activities
from app.services.contacts import links
from app.services.context import AppContext
from app.services.office import lists as lookups
from app.views.card.lower.period import ALL, LAST_30, THIS_YEAR
from tests.gui.card_lower.conftest import settle, show, texts
from tests.gui.conftest import company, person


def test_history_period_filter(qtbot, qtmodeltester, gui_ctx: AppContext,
                               make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    old = datetime.now(UTC) - timedelta(days=400)
    contact_activities.log_call(gui_ctx, pid, number="020 7946 0101", occurred_at=old,
                                subject="Old call")
    contact_activities.add_note(gui_ctx, pid, "Fresh note")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "history")
    assert tab.period.quick.currentData() == ALL
    assert not tab.period.since.isEnabled()
    what = texts(tab.model, 2)
    assert what[0] == "Note" and what[-1] == "Call (outgoing)"  # newest first
    assert "Added contact" in what
    qtmodeltester.check(tab.model)

    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.period.quick.setCurrentIndex(tab.period.quick.findData(LAST_30))
    assert "Old call — answered" not in texts(tab.model, 3)
    assert "Fresh note" in texts(tab.model, 3)
    assert tab.period.since.isEnabled()

    # a custom period typed into From / To: only what happened then
    day = old.astimezone().date()
    tab.period.since.setDate(QDate(day.year, day.month, day.day).addDays(-1))
    tab.period.until.setDate(QDate(day.year, day.month, day.day))
    settle(qtbot, tab)
    assert tab.period.quick.currentData() == "custom"
    assert texts(tab.model, 3) == ["Old call — answered"]
    assert tab.count.text() == "1 entry"

    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.period.quick.setCurrentIndex(tab.period.quick.findData(THIS_YEAR))
    assert "Fresh note" in texts(tab.model, 3)


def test_history_shows_links_and_categories_by_name(qtbot, gui_ctx: AppContext,
                                                    make_card) -> None:  # type: ignore[no-untyped-def]
    hope = company(gui_ctx, "Hope Works")
    pid = person(gui_ctx, "Anna", "Smith", company_id=hope)
    cat = lookups.add(gui_ctx, "category", "Newsletter")
    links.set_categories(gui_ctx, pid, [cat])
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "history")
    rows = list(zip(texts(tab.model, 2), texts(tab.model, 3), strict=True))
    assert ("Linked company", "Hope Works") in rows
    assert ("Linked category", "Newsletter") in rows
