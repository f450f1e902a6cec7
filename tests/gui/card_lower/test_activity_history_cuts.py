"""Activity History paper cuts (issue 13): a reschedule into the past is asked
about first; the row buttons leave room to click the row; Close case only on an
activity of a case; the summary follows a Done; Forward as To-Do/Ticket on any
call, mail or chat of the history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from app.services.activities import edit as ae
from app.services.activities.edit import ActivityForm
from app.services.context import AppContext
from app.views.card.lower.activity_history import ActivityHistoryTab
from app.views.card.lower.activity_history_dialogs import RescheduleDialog
from app.views.widgets.dates import to_qdatetime
from tests.gui.card_lower.conftest import TIMEOUT, dialog_of, show, texts
from tests.gui.conftest import person

NOW = datetime.now(UTC).replace(microsecond=0, second=0)
SUBJECT, STATUS = 2, 3
ACTIONS = 5


def _task(ctx: AppContext, cid: int, subject: str, when: datetime, **kw) -> int:  # type: ignore[no-untyped-def]
    return ae.create(ctx, ActivityForm(kind="task", contact_id=cid, subject=subject,
                                       status="open", occurred_at=when, **kw))


def _open(qtbot, card, contact_id: int) -> ActivityHistoryTab:  # type: ignore[no-untyped-def]
    tab = show(qtbot, card, contact_id, "activity_history")
    assert isinstance(tab, ActivityHistoryTab)
    _idle(qtbot, tab)
    return tab


def _idle(qtbot, tab: ActivityHistoryTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tab.runner.is_busy() and not tab.model.is_loading(),
                    timeout=TIMEOUT)


def _hover(qtbot, tab: ActivityHistoryTab, row: int) -> None:  # type: ignore[no-untyped-def]
    viewport = tab.table.viewport()
    qtbot.mouseMove(viewport, QPoint(viewport.width() // 2, viewport.height() - 2))
    qtbot.mouseMove(viewport, tab.table.visualRect(tab.model.index(row, SUBJECT)).center())
    qtbot.waitUntil(lambda: tab.bar.isVisible() and tab.bar.row == row, timeout=TIMEOUT)


def _press(qtbot, tab: ActivityHistoryTab, row: int, name: str) -> None:  # type: ignore[no-untyped-def]
    _hover(qtbot, tab, row)
    button = tab.bar.buttons[name]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_reschedule_into_the_past_is_asked_first(qtbot, gui_ctx: AppContext,
                                                   make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    task = _task(gui_ctx, pid, "Visit the works", NOW + timedelta(days=1))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    _press(qtbot, tab, 0, "historyRescheduleButton")
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, RescheduleDialog)
    past = NOW - timedelta(days=3)
    dialog.set_when(to_qdatetime(past))

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(),
                    timeout=TIMEOUT)
    box = dialog.question
    assert "is in the past" in box.text() and "Visit the works" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is None, timeout=TIMEOUT)
    assert dialog.isVisible()  # still open, nothing moved
    _idle(qtbot, tab)
    assert ae.get(gui_ctx, task).form.occurred_at == NOW + timedelta(days=1)

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(),
                    timeout=TIMEOUT)
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.question.button(QMessageBox.StandardButton.Yes),
                         Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    assert ae.get(gui_ctx, task).form.occurred_at == past


def test_a_reschedule_into_the_future_asks_nothing(qtbot, gui_ctx: AppContext,
                                                   make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    task = _task(gui_ctx, pid, "Visit the works", NOW + timedelta(days=1))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    _press(qtbot, tab, 0, "historyRescheduleButton")
    dialog = dialog_of(qtbot, tab)
    later = NOW + timedelta(days=4)
    dialog.set_when(to_qdatetime(later))
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.question is None
    _idle(qtbot, tab)
    assert ae.get(gui_ctx, task).form.occurred_at == later
    assert texts(tab.model, SUBJECT) == ["Visit the works"]



def test_the_summary_follows_a_done_made_while_the_card_was_hidden(
        qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    """Done on Home's My To-Dos (or any other page) while the card waits behind it:
    back on the card, the list and the summary say Done, not Open."""
    from app.views.dialogs.activity_dialog import open_activity

    pid = person(gui_ctx, "Anna", "Smith")
    task = _task(gui_ctx, pid, "Send quote", NOW + timedelta(days=1))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.table.visualRect(tab.model.index(0, 0)).center())
    assert tab.summary.fields["status"].text() == "Open"
    card.hide()  # the user went to another page

    dialog = open_activity(gui_ctx, tab.runner, None, task)
    qtbot.waitUntil(lambda: dialog.done_button.isVisible(), timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        card.show()  # and came back
    _idle(qtbot, tab)
    assert texts(tab.model, STATUS) == ["Done"]
    assert tab.summary.fields["status"].text().startswith("Done")
    assert tab.summary.subject.text() == "Send quote"


def test_the_row_buttons_leave_the_rows_text_to_click(qtbot, gui_ctx: AppContext,
                                                      make_card) -> None:  # type: ignore[no-untyped-def]
    """Clicking a row anywhere on its text shows its summary and never presses a
    button (it pressed Close case when the buttons covered the row's right end)."""
    pid = person(gui_ctx, "Anna", "Smith")
    _task(gui_ctx, pid, "Send quote", NOW + timedelta(days=1))
    _task(gui_ctx, pid, "Book the visit", NOW + timedelta(days=2))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    for column in range(ACTIONS):  # every column with text, across its whole width
        if tab.table.isColumnHidden(column):  # Rep gives way on a narrow card
            continue
        cell = tab.table.visualRect(tab.model.index(1, column))
        for x in (cell.left() + 2, cell.center().x(), cell.right() - 2):
            tab.select_row(tab.table, 0)
            _hover(qtbot, tab, 1)
            assert not tab.bar.geometry().intersects(cell)
            qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                             pos=QPoint(x, cell.center().y()))
            assert tab.selected() is not None and tab.selected().subject == "Send quote"
            assert tab.summary.subject.text() == "Send quote"
            assert tab.active_dialog is None  # no button was pressed
    viewport = tab.table.viewport()
    assert tab.bar.isVisible() and tab.bar.geometry().right() <= viewport.width()
    assert tab.bar.buttons["historyCloseCaseButton"].toolTip()  # the words behind each sign
    assert tab.bar.buttons["historyCloseCaseButton"].accessibleName() == "Close case"


def test_close_case_is_offered_only_on_an_activity_of_a_case(qtbot, gui_ctx: AppContext,
                                                              make_card) -> None:  # type: ignore[no-untyped-def]
    from app.services.helpdesk import cases

    pid = person(gui_ctx, "Anna", "Smith")
    alone = _task(gui_ctx, pid, "On its own", NOW + timedelta(days=3))
    first = _task(gui_ctx, pid, "Send quote", NOW + timedelta(days=1))
    cases.next_action(gui_ctx, first, ActivityForm(kind="task", subject="Chase the quote",
                                                   status="open",
                                                   occurred_at=NOW + timedelta(days=2)))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    rows = texts(tab.model, SUBJECT)
    assert rows == ["On its own", "Chase the quote", "Send quote"]
    _hover(qtbot, tab, 0)
    button = tab.bar.buttons["historyCloseCaseButton"]
    assert not button.isEnabled()
    assert button.toolTip() == "Not part of a case: Next action starts one"
    tab.actions_.close_case.trigger()  # the context menu or a shortcut do nothing either
    assert tab.active_dialog is None
    _hover(qtbot, tab, 1)
    assert button.isEnabled()
    assert ae.get(gui_ctx, alone).case_id is None


def test_forward_a_call_or_a_mail_of_the_history(qtbot, gui_ctx: AppContext, bob_ctx: AppContext,
                                                 make_card) -> None:  # type: ignore[no-untyped-def]
    """Any call, mail or chat of a contact's history (not only unlinked records)."""
    from app.services.helpdesk import tickets as helpdesk

    pid = person(gui_ctx, "Anna", "Smith")
    ae.create(gui_ctx, ActivityForm(kind="call", contact_id=pid, subject="Asked for a price",
                                    direction="in", occurred_at=NOW - timedelta(hours=2)))
    ae.create(gui_ctx, ActivityForm(kind="mail", contact_id=pid, subject="Broken part",
                                    direction="in", occurred_at=NOW - timedelta(hours=1)))
    _task(gui_ctx, pid, "Send quote", NOW + timedelta(days=1))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    assert texts(tab.model, SUBJECT) == ["Send quote", "Broken part", "Asked for a price"]
    _hover(qtbot, tab, 0)
    assert not tab.bar.buttons["historyForwardButton"].isEnabled()  # a task is not forwarded

    _hover(qtbot, tab, 2)
    assert tab.bar.buttons["historyForwardButton"].isEnabled()
    tab.actions_.forward_todo.trigger()  # the button's menu: "Forward as a To-Do…"
    dialog = dialog_of(qtbot, tab)
    dialog.assignee.setCurrentIndex(dialog.assignee.findData("bob"))
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    assert tab.notice.text() == "“Asked for a price” forwarded as a To-Do."
    assert "Follow up: Asked for a price" in texts(tab.model, SUBJECT)

    row = texts(tab.model, SUBJECT).index("Broken part")
    _hover(qtbot, tab, row)
    tab.actions_.forward_ticket.trigger()
    dialog = dialog_of(qtbot, tab)
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    assert [t.subject for t in helpdesk.list_tickets(gui_ctx, "unassigned")] == ["Broken part"]
    assert texts(tab.model, 1).count("Ticket") == 1
