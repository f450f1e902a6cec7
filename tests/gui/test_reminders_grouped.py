"""Reminders that help (issue 14): at most three windows, what does not fit grouped
on a card per kind ("150 new alert tasks for today: open My To-Dos"), and never
above a dialog the rep is working in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from app.config import LocalSettings
from app.services.alerts import reminders
from app.services.contacts import core as contacts
from app.services.dto import ContactInput
from app.views.dialogs.activity_dialog import ActivityDialog
from app.views.main_window import MainWindow
from app.views.reminders import ReminderScheduler
from app.views.tasks import TaskRunner
from app.views.widgets.quiet_window import QuietPopup
from tests.gui.conftest import person
from tests.gui.test_reminders import NOW, TIMEOUT, Clock, check, subjects, todo


@pytest.fixture
def scheduler(qtbot, gui_ctx) -> Iterator[ReminderScheduler]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    made = ReminderScheduler(gui_ctx, runner, clock=Clock(NOW))
    yield made
    made.stop()
    runner.shutdown()


def quiet_windows_on_screen() -> list[QuietPopup]:
    """Every reminder or caller pop-up window visible anywhere in the app."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QuietPopup) and w.isVisible()]


def test_a_first_alerts_run_of_150_tasks_shows_one_summary(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    for n in range(150):  # renewals due: the engine's first run makes a task for each
        contacts.create(gui_ctx, ContactInput(kind="company", contact_type="customer",
                                              company_name=f"Firm {n:03d} Ltd",
                                              subscription_end=date.today() + timedelta(days=10)))
    anna = person(gui_ctx, "Anna", "Smith")
    soon = datetime.now(UTC)
    todo(gui_ctx, anna, "Call Anna back", soon + timedelta(minutes=5))
    todo(gui_ctx, anna, "Send the quote", soon + timedelta(minutes=8))
    runner = TaskRunner()
    scheduler = ReminderScheduler(gui_ctx, runner)  # the real clock: the engine's today
    ran: list[object] = []
    opened: list[bool] = []
    scheduler.alerts_ran.connect(ran.append)
    scheduler.show_todos_requested.connect(lambda: opened.append(True))
    try:
        scheduler.start()
        qtbot.waitUntil(lambda: bool(ran), timeout=30_000)
        assert ran[0].counts["service_renewal"] == 150  # type: ignore[attr-defined]
        card = scheduler.stack.cards["alert"]
        qtbot.waitUntil(card.isVisible, timeout=TIMEOUT)
        # one summary for the 150, the two To-Dos coming due one by one: three windows
        text = card.label.text()  # "150 new alert tasks for today: open My To-Dos ..."
        assert text.startswith("150 new alert task") and "for today: open My To-Dos" in text
        assert subjects(scheduler) == ["Call Anna back", "Send the quote"]
        assert len(quiet_windows_on_screen()) == 3
        assert not scheduler.stack.cards["todo"].isVisible()
        screen = QApplication.primaryScreen().availableGeometry()
        covered = sum(w.width() * w.height() for w in quiet_windows_on_screen())
        assert covered < screen.width() * screen.height() // 6  # was a third of the window

        with qtbot.waitSignal(scheduler.checked, timeout=TIMEOUT):  # the answer stored
            qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
        assert opened == [True] and not card.isVisible()
        # they are on My To-Dos now: none pops up one by one, in this check or the next
        assert reminders.count_due_by_group(gui_ctx).alerts == 0
        assert check(qtbot, scheduler) == []
        assert subjects(scheduler) == ["Call Anna back", "Send the quote"]
        assert len(quiet_windows_on_screen()) == 2
    finally:
        scheduler.stop()
        runner.shutdown()


def test_alert_tasks_shown_one_by_one_join_their_card_when_more_come(qtbot, gui_ctx, scheduler) -> None:  # type: ignore[no-untyped-def]
    from app.models import Activity, TodoSource

    anna = person(gui_ctx, "Anna", "Smith")
    first = todo(gui_ctx, anna, "Alert one", NOW + timedelta(days=2))
    with gui_ctx.write() as s:
        s.get(Activity, first).todo_source = TodoSource.ALERT
    check(qtbot, scheduler)
    assert subjects(scheduler) == ["Alert one"]  # alone: shown as itself
    later = [todo(gui_ctx, anna, f"Alert {n}", NOW + timedelta(days=2)) for n in range(2, 6)]
    with gui_ctx.write() as s:
        for aid in later:
            s.get(Activity, aid).todo_source = TodoSource.ALERT
    check(qtbot, scheduler)
    card = scheduler.stack.cards["alert"]
    assert subjects(scheduler) == [] and card.isVisible()
    assert card.label.text().startswith("5 new alert task")
    qtbot.mouseClick(card.dismiss_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitSignal(scheduler.checked, timeout=TIMEOUT).wait()
    assert not card.isVisible() and quiet_windows_on_screen() == []
    assert reminders.count_due_by_group(gui_ctx, now=NOW).total == 0
    assert reminders.still_pending(gui_ctx, [first, *later], now=NOW) == set()  # dismissed


def test_reminders_wait_while_a_dialog_is_open(qtbot, gui_ctx, scheduler) -> None:  # type: ignore[no-untyped-def]
    anna = person(gui_ctx, "Anna", "Smith")
    todo(gui_ctx, anna, "Call Anna back", NOW + timedelta(minutes=10))
    check(qtbot, scheduler)
    assert subjects(scheduler) == ["Call Anna back"]

    desk = QLineEdit()  # the window the rep works in, and its dialog
    qtbot.addWidget(desk)
    desk.show()
    desk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk, timeout=TIMEOUT)
    dialog = QDialog(desk)
    dialog.setModal(True)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=TIMEOUT)
    # the one on the screen steps aside; a new one comes due and waits
    qtbot.waitUntil(lambda: quiet_windows_on_screen() == [], timeout=TIMEOUT)
    todo(gui_ctx, anna, "Send the quote", NOW + timedelta(minutes=5))
    assert check(qtbot, scheduler) == []
    assert quiet_windows_on_screen() == [] and QApplication.activeWindow() is dialog
    qtbot.keyClicks(field, "still typing")
    assert field.text() == "still typing"

    with qtbot.waitSignal(scheduler.checked, timeout=TIMEOUT):  # the dialog closes: they come
        dialog.accept()
    qtbot.waitUntil(lambda: sorted(subjects(scheduler)) == ["Call Anna back", "Send the quote"],
                    timeout=TIMEOUT)
    assert len(quiet_windows_on_screen()) == 2


def test_the_dialog_a_reminder_opened_stays_on_top(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    anna = person(gui_ctx, "Anna", "Smith")
    soon = datetime.now(UTC)
    tid = todo(gui_ctx, anna, "Call Anna back", soon + timedelta(minutes=5))
    todo(gui_ctx, anna, "Send the quote", soon + timedelta(minutes=8))
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.first_rows_shown, timeout=TIMEOUT):
            window.show()
        qtbot.waitUntil(lambda: window.reminders is not None, timeout=TIMEOUT)
        scheduler = window.reminders
        assert scheduler is not None
        qtbot.waitUntil(lambda: subjects(scheduler) == ["Call Anna back", "Send the quote"],
                        timeout=TIMEOUT)
        first = scheduler.stack.visible_popups()[0]
        qtbot.mouseClick(first.open_button, Qt.MouseButton.LeftButton)
        [dialog] = window.findChildren(ActivityDialog)
        qtbot.waitUntil(lambda: dialog.detail is not None, timeout=TIMEOUT)
        assert dialog.detail.id == tid  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=TIMEOUT)
        # the other reminder is not stacked above the dialog the rep works in
        qtbot.waitUntil(lambda: quiet_windows_on_screen() == [], timeout=TIMEOUT)
        with qtbot.waitSignal(scheduler.checked, timeout=TIMEOUT):
            scheduler.check()
        assert quiet_windows_on_screen() == [] and QApplication.activeWindow() is dialog
        dialog.reject()
        qtbot.waitUntil(lambda: subjects(scheduler) == ["Send the quote"], timeout=TIMEOUT)
    finally:
        window.close()


def test_a_reminder_put_on_the_card_for_room_comes_back_first(qtbot, gui_ctx, scheduler) -> None:  # type: ignore[no-untyped-def]
    anna = person(gui_ctx, "Anna", "Smith")
    for n in range(3):
        todo(gui_ctx, anna, f"Call {n}", NOW + timedelta(minutes=n + 1))
    check(qtbot, scheduler)
    assert subjects(scheduler) == ["Call 0", "Call 1", "Call 2"]  # three fit
    todo(gui_ctx, anna, "Call 3", NOW + timedelta(minutes=4))
    check(qtbot, scheduler)
    # a fourth: the newest shown steps onto the card with it, three windows still
    card = scheduler.stack.cards["todo"]
    assert subjects(scheduler) == ["Call 0", "Call 1"]
    assert card.isVisible() and card.label.text().startswith("2 more To-Do")
    assert len(quiet_windows_on_screen()) == 3
    qtbot.mouseClick(scheduler.stack.visible_popups()[0].dismiss_button, Qt.MouseButton.LeftButton)
    # the freed place: the one put on the card comes back first, then the unseen one
    qtbot.waitUntil(lambda: subjects(scheduler) == ["Call 1", "Call 2", "Call 3"],
                    timeout=TIMEOUT)
    assert not card.isVisible() and len(quiet_windows_on_screen()) == 3
