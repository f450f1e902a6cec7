"""Dialogs open with their first field focused: what a user types at once lands
there (after Ctrl+N, Ctrl+Shift+M, Ctrl+Shift+T ...), a space never presses
Save, and Ctrl+Enter saves (a note)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.services.activities import by_contact as contact_activities
from app.services.activities.edit import ActivityForm
from app.services.context import AppContext
from app.views.dialogs.activity_dialog import ActivityDialog
from app.views.dialogs.contact_dialog import ContactDialog
from app.views.dialogs.note_dialog import NoteDialog
from app.views.dialogs.task_dialog import TaskDialog
from app.views.tasks import TaskRunner
from tests.gui.card_lower.conftest import dialog_of, settle
from tests.gui.conftest import person
from tests.gui.test_main_window import open_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus: typing would be lost"
    return widget


def _type_in_contact_dialog(qtbot, window, key: Qt.Key, modifiers, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Press the shortcut on the main window; in the (modal) dialog it opens, type
    ``text`` where the focus is; return what its name fields then hold."""
    seen: dict[str, str] = {}
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)

    def in_dialog() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ContactDialog),
                        timeout=5000)
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ContactDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                        and QApplication.focusWidget().window() is dialog, timeout=5000)
        qtbot.keyClicks(_focused(), text)
        seen.update(first=dialog.first_name.text(), company=dialog.company_name.text())
        dialog.reject()

    QTimer.singleShot(0, in_dialog)
    qtbot.keyClick(window, key, modifiers)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen


def test_typing_after_ctrl_n_or_ctrl_shift_m_lands_in_the_name(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, gui_ctx)
    seen = _type_in_contact_dialog(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier,
                                   "Nora")
    assert seen["first"] == "Nora"
    seen = _type_in_contact_dialog(qtbot, window, Qt.Key.Key_M, CTRL_SHIFT, "Hope Works")
    assert seen["company"] == "Hope Works"


def test_new_task_takes_typing_in_its_subject_and_a_space_does_not_save(
        qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    assert card.show_contact(pid)
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=5000)
    qtbot.keyClick(card, Qt.Key.Key_T, CTRL_SHIFT)
    tab = card.lower_tabs["tasks"]
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, TaskDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.subject, timeout=5000)
    qtbot.keyClicks(_focused(), "Send quote")
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    assert dialog.subject.text() == "Send quote "
    assert dialog.isVisible() and tab.active_dialog is dialog  # not saved by the space
    settle(qtbot, tab)
    assert contact_activities.tasks(gui_ctx, pid) == []
    dialog.reject()


def test_ctrl_enter_saves_a_note(qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    assert card.show_contact(pid)
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=5000)
    qtbot.keyClick(card, Qt.Key.Key_N, CTRL_SHIFT)
    tab = card.lower_tabs["notes"]
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, NoteDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text, timeout=5000)
    qtbot.keyClicks(_focused(), "Wants 40 chairs")
    with qtbot.waitSignal(tab.changed, timeout=5000):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.active_dialog is None
    assert [n.body for n in contact_activities.notes(gui_ctx, pid)] == ["Wants 40 chairs"]
    settle(qtbot, tab)


def test_the_activity_dialog_focuses_its_subject_once_loaded(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    runner = TaskRunner()
    dialog = ActivityDialog(gui_ctx, runner, form=ActivityForm(kind="fax", contact_id=pid))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    dialog.activateWindow()  # as the window manager does
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.editors["subject"].widget,
                    timeout=5000)
    qtbot.keyClicks(_focused(), "Price list")
    assert dialog.current_form().subject == "Price list"
    dialog.reject()
    runner.shutdown()
