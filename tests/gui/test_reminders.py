"""Reminders on the desktop as a rep meets them: a To-Do coming due pops up near
the tray with its subject, contact and "due in 10 min"; Snooze hides it until
the clock passes the time; Dismiss ends it; Open opens the activity; several
stack, and the ones that do not fit wait on a card (see
test_reminders_grouped.py for the groups and dialogs)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.config import LocalSettings
from app.services.activities import edit as ae
from app.services.activities import todos
from app.services.alerts import reminders
from app.services.context import AppContext
from app.views.dialogs.activity_dialog import ActivityDialog
from app.views.main_window import MainWindow
from app.views.reminders import ReminderScheduler
from app.views.tasks import TaskRunner
from tests.gui.conftest import person

TIMEOUT = 10_000
NOW = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def todo(ctx: AppContext, contact_id: int, subject: str, due: datetime, **kw: object) -> int:
    return todos.send_todo(ctx, ae.ActivityForm(
        kind="task", contact_id=contact_id, subject=subject, occurred_at=due - timedelta(days=1),
        due_at=due), **kw)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def scheduler(qtbot, gui_ctx: AppContext, clock: Clock):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    made = ReminderScheduler(gui_ctx, runner, clock=clock)
    yield made
    made.stop()
    runner.shutdown()


def check(qtbot, scheduler: ReminderScheduler) -> list[reminders.Reminder]:  # type: ignore[no-untyped-def]
    """One check, shown; returns what it added. (A first call starts the scheduler.)"""
    with qtbot.waitSignal(scheduler.checked, timeout=TIMEOUT) as got:
        if scheduler.running:
            scheduler.check()
        else:
            scheduler.start(with_alerts=False)
    return got.args[0]


def settle(qtbot, scheduler: ReminderScheduler) -> None:  # type: ignore[no-untyped-def]
    """The user's answer stored, and the check it triggers shown."""
    qtbot.waitSignal(scheduler.checked, timeout=TIMEOUT).wait()


def subjects(scheduler: ReminderScheduler) -> list[str]:
    return [p.subject.text() for p in scheduler.stack.visible_popups()]


def test_a_todo_coming_due_pops_up_with_what_it_is(qtbot, gui_ctx, scheduler, clock) -> None:  # type: ignore[no-untyped-def]
    anna = person(gui_ctx, "Anna", "Smith")
    todo(gui_ctx, anna, "Call Anna back", NOW + timedelta(minutes=10))
    todo(gui_ctx, anna, "Plan the spring visit", NOW + timedelta(days=3))
    typing = QLineEdit()  # the rep is typing elsewhere: the reminder must not take the keys
    qtbot.addWidget(typing)
    typing.show()
    typing.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is typing)
    [added] = check(qtbot, scheduler)
    assert added.subject == "Call Anna back"
    [popup] = scheduler.stack.visible_popups()
    assert popup.subject.text() == "Call Anna back" and popup.contact.text() == "Anna Smith"
    assert popup.why.text() == "Due in 10 min"
    assert popup.header.text() == "Task due soon"
    local = (NOW + timedelta(minutes=10)).astimezone()
    assert popup.due.text() == f"Due today, {local:%H:%M}"
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    # offscreen activates every window it shows: the reminder hands focus straight back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is typing)
    geometry = QApplication.primaryScreen().availableGeometry()
    assert popup.geometry().right() <= geometry.right() and popup.geometry().bottom() <= \
        geometry.bottom() and popup.geometry().right() > geometry.center().x()  # by the tray
    assert check(qtbot, scheduler) == []  # shown once: the next minute adds nothing
    assert subjects(scheduler) == ["Call Anna back"]
    clock.now = NOW + timedelta(minutes=12)
    check(qtbot, scheduler)
    assert popup.why.text() == "Overdue by 2 min" and popup.header.text() == "Task overdue"


def test_snooze_hides_it_until_the_clock_passes(qtbot, gui_ctx, scheduler, clock) -> None:  # type: ignore[no-untyped-def]
    anna = person(gui_ctx, "Anna", "Smith")
    todo(gui_ctx, anna, "Call Anna back", NOW + timedelta(minutes=10))
    check(qtbot, scheduler)
    [popup] = scheduler.stack.visible_popups()
    assert list(popup.snooze_actions) == ["10 minutes", "1 hour", "Tomorrow 09:00"]
    popup.snooze_actions["10 minutes"].trigger()
    assert subjects(scheduler) == []  # at once
    settle(qtbot, scheduler)
    assert subjects(scheduler) == []
    clock.now = NOW + timedelta(minutes=9)
    assert check(qtbot, scheduler) == [] and subjects(scheduler) == []
    clock.now = NOW + timedelta(minutes=11)
    [again] = check(qtbot, scheduler)
    assert again.subject == "Call Anna back"
    assert subjects(scheduler) == ["Call Anna back"]
    assert scheduler.stack.visible_popups()[0].why.text() == "Overdue by 1 min"


def test_dismiss_ends_it(qtbot, gui_ctx, scheduler, clock) -> None:  # type: ignore[no-untyped-def]
    anna = person(gui_ctx, "Anna", "Smith")
    todo(gui_ctx, anna, "Call Anna back", NOW + timedelta(minutes=10))
    check(qtbot, scheduler)
    [popup] = scheduler.stack.visible_popups()
    qtbot.mouseClick(popup.dismiss_button, Qt.MouseButton.LeftButton)
    assert subjects(scheduler) == []
    settle(qtbot, scheduler)
    clock.now = NOW + timedelta(hours=2)
    assert check(qtbot, scheduler) == [] and subjects(scheduler) == []


def test_a_todo_done_meanwhile_goes_away_and_never_reminds(qtbot, gui_ctx, scheduler) -> None:  # type: ignore[no-untyped-def]
    anna = person(gui_ctx, "Anna", "Smith")
    shown = todo(gui_ctx, anna, "Call Anna back", NOW + timedelta(minutes=10))
    done = todo(gui_ctx, anna, "Send the quote", NOW + timedelta(minutes=5))
    todos.mark_done(gui_ctx, done)
    check(qtbot, scheduler)
    assert subjects(scheduler) == ["Call Anna back"]
    with qtbot.waitSignal(scheduler.checked, timeout=TIMEOUT):  # heard on the change bus
        todos.mark_done(gui_ctx, shown)  # from the dashboard, say
    assert subjects(scheduler) == []


def test_several_stack_and_the_rest_wait_on_a_card(qtbot, gui_ctx, scheduler) -> None:  # type: ignore[no-untyped-def]
    anna = person(gui_ctx, "Anna", "Smith")
    for n in range(5):
        todo(gui_ctx, anna, f"Call {n}", NOW + timedelta(minutes=n + 1))
    check(qtbot, scheduler)
    # three windows at most: two reminders and the card for the rest
    assert subjects(scheduler) == ["Call 0", "Call 1"]
    card = scheduler.stack.cards["todo"]
    assert card.isVisible() and "3 more To-Do" in card.label.text()
    assert len(scheduler.stack.visible_windows()) == 3
    popups = scheduler.stack.visible_popups()
    # newest on top: each stands above the one shown before it, the card above them all
    assert popups[0].y() > popups[1].y() > card.y()
    assert not popups[0].geometry().intersects(popups[1].geometry())
    qtbot.mouseClick(popups[0].dismiss_button, Qt.MouseButton.LeftButton)
    settle(qtbot, scheduler)
    assert subjects(scheduler) == ["Call 1", "Call 2"]  # the next comes off the card
    assert "2 more To-Do" in card.label.text()
    qtbot.mouseClick(card.dismiss_all_button, Qt.MouseButton.LeftButton)
    settle(qtbot, scheduler)
    assert subjects(scheduler) == ["Call 1", "Call 2"] and not card.isVisible()
    assert reminders.due(gui_ctx, now=NOW) == []  # the card's three are dismissed


def test_open_opens_the_activity_from_the_main_window(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    anna = person(gui_ctx, "Anna", "Smith")
    tid = todo(gui_ctx, anna, "Call Anna back", datetime.now(UTC) + timedelta(minutes=5))
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=TIMEOUT):
        window.show()
    qtbot.waitUntil(lambda: window.reminders is not None, timeout=TIMEOUT)
    scheduler = window.reminders
    assert scheduler is not None
    qtbot.waitUntil(lambda: subjects(scheduler) == ["Call Anna back"], timeout=TIMEOUT)
    [popup] = scheduler.stack.visible_popups()
    qtbot.mouseClick(popup.open_button, Qt.MouseButton.LeftButton)
    dialogs = window.findChildren(ActivityDialog)
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: dialogs[0].detail is not None, timeout=TIMEOUT)
    assert dialogs[0].isVisible() and dialogs[0].detail.id == tid  # type: ignore[union-attr]
    assert subjects(scheduler) == []
    window.close()
    assert not scheduler.running and scheduler.stack.visible_popups() == []


def test_the_engine_runs_at_start_and_its_new_task_reminds(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from app.services.contacts import core as contacts
    from app.services.dto import ContactInput

    contacts.create(gui_ctx, ContactInput(kind="company", contact_type="customer",
                                          company_name="Hope Works Ltd",
                                          subscription_end=date.today() + timedelta(days=10)))
    runner = TaskRunner()
    scheduler = ReminderScheduler(gui_ctx, runner)  # the real clock: the engine's today
    ran: list[object] = []
    scheduler.alerts_ran.connect(ran.append)
    try:
        scheduler.start()
        qtbot.waitUntil(lambda: bool(ran), timeout=TIMEOUT)
        assert ran[0].counts["service_renewal"] == 1  # type: ignore[attr-defined]
        # the reminders are checked again after the run: its task pops up as new
        qtbot.waitUntil(lambda: len(scheduler.stack.visible_popups()) == 1, timeout=TIMEOUT)
        [popup] = scheduler.stack.visible_popups()
        assert popup.subject.text().startswith("Service renewal: Hope Works Ltd")
        assert popup.header.text() == "New alert task" and popup.contact.text() == "Hope Works Ltd"
        assert popup.why.text().startswith("Service Renewal: the subscription ends on")
    finally:
        scheduler.stop()
        runner.shutdown()
