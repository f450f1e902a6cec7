"""The help desk page: queues, claim, greyed rows of other reps' tickets, a
status change with its note kept in the history, an empty note refused on the
field, and the chats, faxes and SMS kept without a contact."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.activities import core as activities
from app.services.activities import messages as message_records
from app.services.activities.edit import ActivityForm
from app.services.context import AppContext
from app.services.helpdesk import tickets as helpdesk
from app.services.office import users
from app.views.helpdesk import HelpDeskPage
from app.views.helpdesk.ticket_dialogs import HistoryDialog, StatusDialog
from app.views.tasks import TaskRunner
from tests.actors import acting
from tests.gui.conftest import person

CHATS = Path(__file__).resolve().parents[1] / "data" / "chats"
WAIT = 10_000


@pytest.fixture
def desk(qtbot, gui_ctx: AppContext):  # type: ignore[no-untyped-def]
    """alice (manager) is at the desk as bob (a rep); carol has a ticket of her own."""
    users.add_user(gui_ctx, "bob", "Bob Baker")
    users.add_user(gui_ctx, "carol", "Carol Cole")
    bob, carol = acting(gui_ctx.db, "bob"), acting(gui_ctx.db, "carol")
    ann = person(gui_ctx, "Ann", "Lee", phone="020 7946 0018")
    tickets = {
        "free": helpdesk.open_ticket(carol, ActivityForm(kind="ticket", subject="Printer jams",
                                                         contact_id=ann, body="Tray 2")),
        "carols": helpdesk.open_ticket(carol, ActivityForm(kind="ticket", subject="Refund",
                                                           assignee="carol")),
        "bobs": helpdesk.open_ticket(carol, ActivityForm(kind="ticket", subject="Login fails",
                                                         assignee="bob")),
    }
    runner = TaskRunner()
    page = HelpDeskPage(bob, runner)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitSignal(page.tickets.loaded, timeout=WAIT):
        page.show()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT)
    return page, tickets, ann, {"bob": bob, "carol": carol}


def subjects(page: HelpDeskPage) -> list[str]:
    return sorted(r.subject for r in page.tickets.model.rows())


def set_queue(qtbot, page: HelpDeskPage, key: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.tickets.loaded, timeout=WAIT):
        page.tickets.set_queue(key)


def select(page: HelpDeskPage, ticket_id: int) -> None:
    assert page.tickets.select_ticket(ticket_id)


def test_the_queue_selector_switches_the_list(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    page, _tickets, _ann, _who = desk
    assert subjects(page) == ["Login fails", "Printer jams", "Refund"]  # open, the default
    set_queue(qtbot, page, "unassigned")
    assert subjects(page) == ["Printer jams"]
    set_queue(qtbot, page, "mine")
    assert subjects(page) == ["Login fails"]
    set_queue(qtbot, page, "closed")
    assert subjects(page) == [] and page.tickets.count.text() == "0 tickets"


def test_another_reps_ticket_is_greyed_and_its_buttons_are_off(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    page, tickets, _ann, _who = desk
    model = page.tickets.model
    grey = {model.row(i).subject: model.data(model.index(i, 0), Qt.ItemDataRole.ForegroundRole)
            for i in range(model.rowCount())}
    assert grey["Refund"] is not None  # carol's
    assert grey["Login fails"] is None and grey["Printer jams"] is None  # mine, and anyone's
    select(page, tickets["carols"])
    assert not page.tickets.status_button.isEnabled() and not page.tickets.claim_button.isEnabled()
    assert page.tickets.history_button.isEnabled()
    assert page.tickets.change_status() is None  # nothing opens on a greyed row
    select(page, tickets["free"])
    assert page.tickets.claim_button.isEnabled() and page.tickets.status_button.isEnabled()
    assert page.tickets.details.toPlainText() == "Tray 2"


def test_claim_takes_an_unassigned_ticket_and_a_lost_race_is_told(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    page, tickets, _ann, who = desk
    set_queue(qtbot, page, "unassigned")
    select(page, tickets["free"])
    with qtbot.waitSignal(page.tickets.loaded, timeout=WAIT):  # the save reloads the list
        page.tickets.claim_button.click()
    assert subjects(page) == []
    set_queue(qtbot, page, "mine")
    assert subjects(page) == ["Login fails", "Printer jams"]
    assert "You have “Printer jams” now" in page.tickets.notice.text()

    # carol claimed another one after bob's list was loaded: bob is told who has it
    late = helpdesk.open_ticket(who["carol"], ActivityForm(kind="ticket", subject="Late one"))
    set_queue(qtbot, page, "unassigned")
    select(page, late)
    helpdesk.claim(who["carol"], late)
    with qtbot.waitSignal(page.tickets.loaded, timeout=WAIT):  # refused, then the list reloads
        page.tickets.claim()
    assert "Carol Cole already has “Late one”" in page.tickets.notice.text()
    assert "Late one" not in subjects(page)  # no longer in the unassigned queue


def test_a_status_change_with_a_note_is_kept_in_the_history(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    page, tickets, _ann, who = desk
    select(page, tickets["bobs"])
    page.tickets.status_button.click()
    dialog = page.tickets.active_dialog
    assert isinstance(dialog, StatusDialog)
    dialog.set_status("waiting")
    dialog.note.setPlainText("Asked for a screenshot")
    with qtbot.waitSignal(page.tickets.loaded, timeout=WAIT):
        dialog.ok_button.click()
    assert page.tickets.active_dialog is None  # closed on success
    row = next(r for r in page.tickets.model.rows() if r.id == tickets["bobs"])
    assert row.status == "waiting"

    select(page, tickets["bobs"])
    page.tickets.history_button.click()
    history = page.tickets.active_dialog
    assert isinstance(history, HistoryDialog)
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=WAIT)
    model = history.model
    cells = [[model.data(model.index(r, c)) for c in range(4)] for r in range(2)]
    assert cells[1][1:] == ["Bob Baker", "New → Waiting on customer", "Asked for a screenshot"]
    assert cells[0][2] == "Opened as New"
    assert [e.note for e in helpdesk.ticket_history(who["bob"], tickets["bobs"])][-1] \
        == "Asked for a screenshot"


def test_an_empty_note_is_refused_on_the_note_field(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    page, tickets, _ann, who = desk
    select(page, tickets["bobs"])
    dialog = page.tickets.change_status("closed")
    assert dialog is not None
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Write a note" in dialog.error_text("note"), timeout=WAIT)
    assert page.tickets.active_dialog is dialog and dialog.isVisible()  # still open
    assert helpdesk.get_ticket(who["bob"], tickets["bobs"]).status == "new"  # nothing saved


def test_new_ticket_and_open_contact(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    page, tickets, ann, _who = desk
    page.tickets.new_button.click()
    dialog = page.tickets.active_dialog
    dialog.subject.setText("Web form: the site is slow")  # type: ignore[union-attr]
    with qtbot.waitSignal(page.tickets.loaded, timeout=WAIT):
        dialog.ok_button.click()  # type: ignore[union-attr]
    row = next(r for r in page.tickets.model.rows() if r.subject == "Web form: the site is slow")
    assert row.contact_id is None and row.owner is None
    index = page.tickets.model.rows().index(row)
    assert page.tickets.model.data(page.tickets.model.index(index, 1)) == "— help desk only —"

    select(page, tickets["free"])
    with qtbot.waitSignal(page.open_contact_requested, timeout=WAIT) as opened:
        page.tickets.contact_button.click()
    assert opened.args == [ann]


def test_records_tab_lists_unlinked_records_adds_imports_and_forwards(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    page, _tickets, ann, who = desk
    records = page.records
    page.tabs.setCurrentWidget(records)
    dialog = records.add_record("sms")
    dialog.number.setText("0113 496 0000")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Write the text" in dialog.error_text("body"), timeout=WAIT)
    dialog.text.setPlainText("Please send the brochure")
    with qtbot.waitSignal(records.loaded, timeout=WAIT):
        dialog.ok_button.click()
    assert [r.summary for r in records.model.rows()] == ["Please send the brochure"]
    records.table.selectRow(0)
    assert not records.ticket_button.isEnabled()  # an SMS is not forwarded
    with qtbot.waitSignal(page.open_activity_requested, timeout=WAIT) as shown:
        records.table.activated.emit(records.model.index(0, 0))  # double-click / Enter
    assert shown.args == [records.model.row(0).id]

    # a known number goes to the contact, not to this list
    known = records.add_record("sms")
    known.number.setText("020 7946 0018")
    known.text.setPlainText("On my way")
    with qtbot.waitSignal(records.loaded, timeout=WAIT):
        known.ok_button.click()
    assert len(records.model.rows()) == 1

    with qtbot.waitSignal(records.loaded, timeout=WAIT):
        records.import_transcript(CHATS / "zendesk_offline.json")
    assert "Missed chat with Walter Kim" in records.notice.text()
    chat = next(r for r in records.model.rows() if r.kind == "live_chat")
    assert chat.missed and not chat.forwarded
    records.table.selectRow(records.model.rows().index(chat))
    forward = records.forward("ticket")
    assert forward is not None
    with qtbot.waitSignal(records.loaded, timeout=WAIT):
        forward.ok_button.click()
    assert next(r for r in records.model.rows() if r.id == chat.id).forwarded
    made = [t for t in helpdesk.list_tickets(who["bob"], "unassigned")
            if t.forwarded_from_id == chat.id]
    assert [t.subject for t in made] == ["Missed chat with Walter Kim: Nobody was online. "
                                         "Please call me back about the spring price list."]

    before = len(message_records.unlinked(who["bob"]))
    records.import_transcript(CHATS / "empty.txt")
    qtbot.waitUntil(lambda: "The file is empty" in records.notice.text(), timeout=WAIT)
    assert len(message_records.unlinked(who["bob"])) == before  # nothing saved
    assert "On my way" in [a.body for a in activities.list_for_contact(who["bob"], ann)]


def test_a_missed_chat_forwarded_as_a_todo_gets_the_chosen_contact(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    page, _tickets, ann, who = desk
    records = page.records
    page.tabs.setCurrentWidget(records)
    with qtbot.waitSignal(records.loaded, timeout=WAIT):
        records.import_transcript(CHATS / "zendesk_offline.json")
    records.table.selectRow(0)
    dialog = records.forward("todo")
    assert dialog is not None and dialog.search is not None
    assert dialog.assignee.currentData() == "bob"  # to yourself unless you choose a rep
    qtbot.waitUntil(lambda: dialog.search.model.rowCount() > 0, timeout=WAIT)
    dialog.search.table.selectRow(
        next(i for i, r in enumerate(dialog.search.model.rows()) if r.id == ann))
    dialog.note.setPlainText("Call back about the price list")
    with qtbot.waitSignal(records.loaded, timeout=WAIT):
        dialog.ok_button.click()
    assert records.model.rowCount() == 0  # the chat is Ann's now, no longer unlinked
    kinds = {a.kind: a for a in activities.list_for_contact(who["bob"], ann)}
    assert kinds["task"].owner == "bob" and kinds["task"].status == "open"
    assert kinds["task"].body.startswith("Call back about the price list")
    assert "live_chat" in kinds
