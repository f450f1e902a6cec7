"""Settings › Activity types: a manager adds "On Site inspection" (works like a
meeting), renames and retires it; a rep sees the list read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.activities import types as activity_types
from app.services.context import AppContext
from app.services.office import users
from app.views.dialogs.activity_types_dialog import ActivityTypesDialog
from app.views.tasks import TaskRunner
from tests.actors import acting

TIMEOUT = 5000


def _dialog(qtbot, ctx: AppContext) -> ActivityTypesDialog:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    dialog = ActivityTypesDialog(ctx, runner)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT).wait()
    return dialog


def _names(dialog: ActivityTypesDialog) -> list[str]:
    return [dialog.model.row(i).name for i in range(dialog.model.rowCount())]


def _select(dialog: ActivityTypesDialog, name: str) -> None:
    dialog.table.selectRow(_names(dialog).index(name))


def test_a_manager_adds_renames_and_retires_an_office_type(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, gui_ctx)
    assert _names(dialog)[:3] == ["Call", "Task", "Meeting"]  # built-in types first
    _select(dialog, "Call")
    assert dialog.add_button.isEnabled() and not dialog.rename_button.isEnabled()

    dialog.add_type()
    form = dialog.active_dialog
    assert form is not None
    form.name.setText("On Site inspection")
    form.base.setCurrentIndex(form.base.findData("meeting"))
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert "On Site inspection" in _names(dialog)
    [added] = [t for t in activity_types.list_types(gui_ctx) if t.name == "On Site inspection"]
    assert added.base_kind == "meeting"

    dialog.add_type()  # the same name again: told on the field, nothing added
    form = dialog.active_dialog
    assert form is not None
    form.name.setText("on site INSPECTION")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error_text("name") != "", timeout=TIMEOUT)
    assert "already" in form.error_text("name")
    form.reject()

    _select(dialog, "On Site inspection")
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert "On Site inspection" not in [t.name for t in activity_types.list_types(gui_ctx)]
    _select(dialog, "On Site inspection")
    assert dialog.retire_button.text() == "Restore"


def test_a_rep_sees_the_types_read_only(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    users.add_user(gui_ctx, "bob", "Bob Baker")
    activity_types.add_type(gui_ctx, "cold call", "call")
    dialog = _dialog(qtbot, acting(gui_ctx.db, "bob"))
    _select(dialog, "cold call")
    assert not dialog.add_button.isEnabled() and not dialog.retire_button.isEnabled()
    assert "Only a manager" in dialog.note.text()
