"""Every activity kind of reference 000 is recorded from the card (issue 13): the
New menu (mail, direct mail, meeting, fax, SMS and the office's own types); New
task offers type, priority and deadline, and a task given to another rep says
who gave it; Log a call offers the office's types of call."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.activities import by_contact as contact_activities
from app.services.activities import edit as activity_edit
from app.services.activities import types as activity_types
from app.services.context import AppContext
from app.views.dialogs.activity_dialog import ActivityDialog
from app.views.dialogs.call_dialog import CallDialog
from app.views.dialogs.task_dialog import TaskDialog
from tests.gui.card_lower.conftest import TIMEOUT, dialog_of, press_ok, show, texts
from tests.gui.conftest import person


def test_the_new_menu_records_every_kind_and_the_offices_types(
        qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    inspection = activity_types.add_type(gui_ctx, "On-site inspection", "meeting")
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    assert card.show_contact(pid)
    assert card.toolbar.actions()[0] is card.actions_.new_activity
    card.new_menu.aboutToShow.emit()  # the user opens the menu: the office's types load
    qtbot.waitUntil(lambda: len(card.new_menu.actions()) > 5, timeout=TIMEOUT)
    labels = [a.text() for a in card.new_menu.actions() if not a.isSeparator()]
    assert labels[:5] == ["Mail…", "Direct mail…", "Meeting…", "Fax…", "SMS…"]
    assert labels[-1] == "On-site inspection…"

    fax = next(a for a in card.new_menu.actions() if a.text() == "Fax…")
    fax.trigger()
    dialog = card.activity_dialog
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.kind == "fax" and dialog.current_form().contact_id == pid
    assert "number" in dialog.editors  # the fax's own fields
    dialog.editors["subject"].set_value("Price list")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    own = next(a for a in card.new_menu.actions() if a.text() == "On-site inspection…")
    own.trigger()
    dialog = card.activity_dialog
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=TIMEOUT)
    form = dialog.current_form()
    assert (form.kind, form.type_id) == ("meeting", inspection)
    dialog.editors["subject"].set_value("Roof check")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    tab = show(qtbot, card, pid, "activity_history")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: None not in texts(tab.model, 1), timeout=TIMEOUT)
    assert sorted(zip(texts(tab.model, 1), texts(tab.model, 2), strict=True)) == [
        ("Fax", "Price list"), ("On-site inspection", "Roof check")]


def test_new_task_offers_type_priority_and_deadline_and_says_who_gave_it(
        qtbot, gui_ctx: AppContext, bob_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    visit = activity_types.add_type(gui_ctx, "Site visit", "task")
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    assert card.show_contact(pid)
    card.actions_.new_task.trigger()
    tab = card.lower_tabs["tasks"]
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, TaskDialog)
    assert [dialog.type.itemText(i) for i in range(dialog.type.count())] == ["Task", "Site visit"]
    assert dialog.priority.currentData() == "normal"
    qtbot.keyClicks(dialog.subject, "Measure the hall")
    dialog.type.setCurrentIndex(dialog.type.findData(visit))
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.owner.setCurrentIndex(dialog.owner.findData("bob"))
    press_ok(qtbot, tab, dialog)
    (task,) = contact_activities.tasks(gui_ctx, pid)
    detail = activity_edit.get(gui_ctx, task.id)
    assert (detail.form.type_id, detail.form.priority, detail.owner) == (visit, "high", "bob")
    assert detail.form.due_at is not None and detail.assigned_by == "alice"

    # bob sees who gave it: on the task in his list, and in the task itself
    card_bob = make_card(bob_ctx)
    tab_bob = show(qtbot, card_bob, pid, "tasks")
    assert texts(tab_bob.model, 1) == ["Measure the hall"]
    tab_bob.select_row(tab_bob.table, 0)
    qtbot.waitUntil(lambda: tab_bob.given.isVisible(), timeout=TIMEOUT)
    assert tab_bob.given.text() == "Given by alice"
    tab_bob.table.activated.emit(tab_bob.model.index(0, 1))
    opened = tab_bob.active_dialog
    assert isinstance(opened, ActivityDialog)
    qtbot.waitUntil(lambda: opened.detail is not None, timeout=TIMEOUT)
    assert opened.info.text().startswith("Given by alice (manager)")
    opened.reject()


def test_log_a_call_offers_the_offices_types_of_call(qtbot, gui_ctx: AppContext,
                                                     make_card) -> None:  # type: ignore[no-untyped-def]
    cold = activity_types.add_type(gui_ctx, "Cold call", "call")
    pid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    card = make_card(gui_ctx)
    assert card.show_contact(pid)
    card.actions_.log_call.trigger()
    tab = card.lower_tabs["call_log"]
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, CallDialog)
    assert [dialog.type.itemText(i) for i in range(dialog.type.count())] == ["Call", "Cold call"]
    dialog.type.setCurrentIndex(dialog.type.findData(cold))
    press_ok(qtbot, tab, dialog)
    (call,) = contact_activities.calls(gui_ctx, pid)
    assert activity_edit.get(gui_ctx, call.id).form.type_id == cold
    assert call.subject == "Call to 020 7946 0101"
