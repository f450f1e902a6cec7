"""Counts that tell the truth (issue 13): a help desk queue says how many tickets
it holds, not how many fit on its page; the status bar's list count shows on
the Contacts page only, never on Home or the Help desk."""

from __future__ import annotations

import pytest

from app.config import LocalSettings
from app.services.activities import messages as message_records
from app.services.activities.edit import ActivityForm
from app.services.context import AppContext
from app.services.helpdesk import tickets as helpdesk
from app.views.helpdesk import HelpDeskPage
from app.views.helpdesk import records as records_tab
from app.views.helpdesk import tickets as tickets_tab
from app.views.main_window import MainWindow
from app.views.tasks import TaskRunner

WAIT = 10_000


@pytest.fixture
def page(qtbot, gui_ctx: AppContext, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Five closed tickets, one open; four unlinked SMS; pages of three."""
    monkeypatch.setattr(tickets_tab, "QUEUE_PAGE", 3)
    monkeypatch.setattr(records_tab, "RECORDS_PAGE", 3)
    for n in range(5):
        tid = helpdesk.open_ticket(gui_ctx, ActivityForm(kind="ticket", subject=f"Closed {n}",
                                                         assignee="alice"))
        helpdesk.set_ticket_status(gui_ctx, tid, "closed", "Done")
    helpdesk.open_ticket(gui_ctx, ActivityForm(kind="ticket", subject="Still open"))
    for n in range(4):
        message_records.add_record(gui_ctx, ActivityForm(kind="sms", number=f"0113 496 000{n}",
                                                         body=f"Text {n}"))
    desk = HelpDeskPage(gui_ctx, TaskRunner())
    qtbot.addWidget(desk)
    with qtbot.waitSignal(desk.tickets.loaded, timeout=WAIT):
        desk.show()
    return desk


def test_the_closed_queue_counts_every_closed_ticket_not_the_page(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    tickets = page.tickets
    assert tickets.count.text() == "1 ticket"  # Open, the default: all of them shown
    with qtbot.waitSignal(tickets.loaded, timeout=WAIT):
        tickets.set_queue("closed")
    assert tickets.model.rowCount() == 3
    assert tickets.count.text() == "5 tickets (the most recently changed 3 shown)"
    with qtbot.waitSignal(tickets.loaded, timeout=WAIT):
        tickets.set_queue("all")
    assert tickets.count.text() == "6 tickets (the most recently changed 3 shown)"


def test_the_records_tab_counts_every_record_not_the_page(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    records = page.records
    with qtbot.waitSignal(records.loaded, timeout=WAIT):
        records.reload()
    assert records.model.rowCount() == 3
    assert records.count.text() == "4 records (the newest 3 shown)"


def test_the_queue_count_is_a_count_of_the_queue(gui_ctx: AppContext) -> None:
    for n in range(3):
        helpdesk.open_ticket(gui_ctx, ActivityForm(kind="ticket", subject=f"T{n}"))
    assert helpdesk.count_tickets(gui_ctx, "open") == 3
    assert helpdesk.count_tickets(gui_ctx, "unassigned") == 3
    assert helpdesk.count_tickets(gui_ctx, "mine") == 0
    assert len(helpdesk.list_tickets(gui_ctx, "open", limit=2)) == 2


def test_the_status_bar_shows_the_list_count_on_the_contacts_page_only(
        qtbot, named_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(named_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=WAIT):
        window.show()
    qtbot.waitUntil(window.panel.is_idle, timeout=WAIT)
    assert window.count_label.text() == "4 customers"

    window.show_home()
    assert window.count_label.text() == ""
    window.pages.setCurrentIndex(2)  # Help desk
    assert window.count_label.text() == ""
    # a list reload while another page is up does not put its count back on the bar
    window.panel.reload()
    qtbot.waitUntil(window.panel.is_idle, timeout=WAIT)
    assert window.count_label.text() == ""

    window.show_contacts()
    assert window.count_label.text() == "4 customers"
