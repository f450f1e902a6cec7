"""Tasks: filter by status and owner, New task (for me or another rep), mark
done; another rep's task is greyed out and cannot be acted on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services.activities import by_contact as contact_activities
from app.services.context import AppContext, ServiceError
from app.views.dialogs.task_dialog import TaskDialog
from tests.gui.card_lower.conftest import dialog_of, press_ok, settle, show, texts, tick
from tests.gui.conftest import person

SOON = datetime.now(UTC) + timedelta(days=1)


def _filter(qtbot, tab, combo, value) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        combo.setCurrentIndex(combo.findData(value))


def test_filters_by_status_and_owner(qtbot, qtmodeltester, gui_ctx: AppContext,
                                     bob_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    contact_activities.add_task(gui_ctx, pid, "Send quote", due_at=SOON)
    done = contact_activities.add_task(gui_ctx, pid, "Book visit", due_at=SOON)
    contact_activities.set_status(gui_ctx, done, "done")
    contact_activities.add_task(bob_ctx, pid, "Chase invoice", due_at=SOON + timedelta(hours=1))
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "tasks")
    assert tab.status.currentData() == "open"  # open tasks first, as a to-do list
    assert texts(tab.model, 1) == ["Send quote", "Chase invoice"]
    qtmodeltester.check(tab.model)

    _filter(qtbot, tab, tab.status, "done")
    assert texts(tab.model, 1) == ["Book visit"]
    assert texts(tab.model, 3) == ["Done"]
    _filter(qtbot, tab, tab.status, None)
    assert sorted(texts(tab.model, 1)) == ["Book visit", "Chase invoice", "Send quote"]
    assert [tab.owner.itemText(i) for i in range(tab.owner.count())] == ["Everyone", "Me", "bob"]
    _filter(qtbot, tab, tab.owner, "bob")
    assert texts(tab.model, 1) == ["Chase invoice"]
    _filter(qtbot, tab, tab.owner, "alice")
    assert sorted(texts(tab.model, 1)) == ["Book visit", "Send quote"]


def test_another_reps_task_is_greyed_out_and_not_editable(
        qtbot, gui_ctx: AppContext, bob_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    mine = contact_activities.add_task(gui_ctx, pid, "Send quote", due_at=SOON)
    contact_activities.add_task(bob_ctx, pid, "Chase invoice", due_at=SOON + timedelta(hours=1))
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "tasks")
    fg = Qt.ItemDataRole.ForegroundRole
    assert tab.model.index(0, 1).data(fg) is None  # mine
    assert tab.model.index(1, 1).data(fg) is not None  # bob's: greyed out

    tab.select_row(tab.table, 1)
    assert not tab.done_button.isEnabled()
    assert not tab.cancel_button.isEnabled()
    assert "another rep" in tab.done_button.toolTip()
    tab.select_row(tab.table, 0)
    assert tab.done_button.isEnabled()

    with qtbot.waitSignal(tab.changed, timeout=5000):
        qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert texts(tab.model, 1) == ["Chase invoice"]  # done leaves the Open list
    assert [t.status for t in contact_activities.tasks(gui_ctx, pid) if t.id == mine] == ["done"]

    # the service agrees: a rep cannot change another rep's task
    with pytest.raises(ServiceError):
        contact_activities.set_status(bob_ctx, mine, "open")


def test_new_task_for_me_and_for_another_rep(qtbot, gui_ctx: AppContext, bob_ctx: AppContext,
                                             make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    card.show_contact(pid)  # opens on Companies: the action brings Tasks forward
    card.actions_.new_task.trigger()
    tab = card.lower_tabs["tasks"]
    assert card.lower_tab_widget.currentWidget() is tab
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, TaskDialog)
    assert dialog.owner.currentData() == "alice"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("subject") == "A task needs a subject"
    qtbot.keyClicks(dialog.subject, "Send the quote")
    qtbot.keyClicks(dialog.notes, "With the service plan")
    press_ok(qtbot, tab, dialog)
    assert texts(tab.model, 1) == ["Send the quote"]
    assert texts(tab.model, 2) == ["alice"]
    (task,) = contact_activities.tasks(gui_ctx, pid)
    assert task.body == "With the service plan" and task.due_at is not None

    tab.new_task()
    dialog = dialog_of(qtbot, tab)
    qtbot.keyClicks(dialog.subject, "Chase the invoice")
    dialog.owner.setCurrentIndex(dialog.owner.findData("bob"))
    tick(qtbot, dialog.no_due)
    assert not dialog.due.isEnabled()
    press_ok(qtbot, tab, dialog)
    bobs = contact_activities.tasks(gui_ctx, pid, owner="bob")
    assert [(t.subject, t.due_at) for t in bobs] == [("Chase the invoice", None)]
    row = texts(tab.model, 1).index("Chase the invoice")
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_double_click_opens_the_task_and_an_edit_elsewhere_reloads_the_list(
        qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    from app.services.activities import edit as activity_edit
    from app.views.dialogs.activity_dialog import ActivityDialog

    pid = person(gui_ctx, "Anna", "Smith")
    tid = contact_activities.add_task(gui_ctx, pid, "Send quote", due_at=SOON)
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "tasks")
    tab.table.activated.emit(tab.model.index(0, 1))  # what a double-click or Enter sends
    dialog = tab.active_dialog
    assert isinstance(dialog, ActivityDialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        pass
    assert dialog.detail is not None and dialog.detail.id == tid
    dialog.reject()
    # another view saves a change to this contact's tasks: the list follows
    detail = activity_edit.get(gui_ctx, tid)
    with qtbot.waitSignal(tab.loaded, timeout=5000):  # heard on the change bus
        activity_edit.update(gui_ctx, tid, activity_edit.form_for(detail, subject="Send quote v2"))
    assert texts(tab.model, 1) == ["Send quote v2"]
