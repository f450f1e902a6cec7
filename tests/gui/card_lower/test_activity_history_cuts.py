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
