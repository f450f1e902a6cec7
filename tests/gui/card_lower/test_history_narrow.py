"""The Activity History on a card beside the list on a 1366 px screen: Status is
never cut and the row's buttons stay in view; the Rep column gives way first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services.activities import edit as ae
from app.services.context import AppContext
from app.views.card.lower.activity_history import REP, ActivityHistoryTab
from tests.gui.card_lower.conftest import TIMEOUT, show
from tests.unit.helpers import person


def test_a_narrow_history_drops_rep_and_keeps_status_whole(
        qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    ae.create(gui_ctx, ae.ActivityForm(kind="task", contact_id=pid, subject="Send the quote", status="open",
                                       occurred_at=datetime.now(UTC) - timedelta(hours=1)))
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "activity_history")
    assert isinstance(tab, ActivityHistoryTab)
    header = tab.table.horizontalHeader()

    card.resize(1400, 700)  # a wide card: every column
    qtbot.waitUntil(lambda: not header.isSectionHidden(REP), timeout=TIMEOUT)

    card.resize(880, 700)  # what is left of 1366 px beside the list
    qtbot.waitUntil(lambda: header.isSectionHidden(REP), timeout=TIMEOUT)
    used = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
    assert used <= tab.table.viewport().width()  # no column (Status, the buttons) pushed out
    status = tab.model.headerData(3, header.orientation())
    assert status == "Status"
    assert header.sectionSize(3) >= tab.table.fontMetrics().horizontalAdvance("Status")
