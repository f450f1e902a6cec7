"""The desk's clockwork for issue 6: the alerts engine at start and every hour,
the reminders every minute (and after the engine, for its new tasks).

At most three windows: when more reminders are due than fit, the new alert tasks
go on one card ("150 new alert tasks for today: open My To-Dos"), and the To-Dos
that do not fit on another; while the rep works in a dialog nothing new shows.

Every service call runs through the window's TaskRunner (the engine on its
write path); the answers come back here, in the GUI thread, where the stack of
reminders is updated. ``clock`` is injectable so tests move time without
sleeping."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from app.i18n import translate
from app.models import utcnow
from app.services.alerts import reminders
from app.services.alerts.reminders import ALERT_GROUP, GROUPS, TODO_GROUP, DueCounts, Reminder
from app.services.changes import Changes, Kind
from app.services.context import AppContext
from app.views.change_bus import change_bus
from app.views.errors import user_message
from app.views.reminders.stack import ReminderStack
from app.views.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.alerts.engine import AlertRun

log = logging.getLogger(__name__)

CHECK_MS = 60_000  # reminders: every minute
ALERTS_MS = 3_600_000  # the alerts engine: every hour while running
TRAY_MS = 10_000
_answers = itertools.count(1)


@dataclass(frozen=True)
class _Found:
    due: dict[str, list[Reminder]]  # by group, unseen ones first in line
    counts: DueCounts
    pending: set[int]  # of the shown ones, those still standing


class ReminderScheduler(QObject):
    checked = Signal(object)
    """A reminders check was shown: the reminders it added (a list, maybe empty)."""
    alerts_ran = Signal(object)
    """The alerts engine finished a run (its AlertRun)."""
    open_activity_requested = Signal(int)
    """Open this activity (a reminder's Open)."""
    show_todos_requested = Signal()
    """Show My To-Dos (the home page)."""
    problem = Signal(str)
    """Something failed in the background: a line for the status bar."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QObject | None = None, *,
                 clock: Callable[[], datetime] = utcnow,
                 tray: Callable[[], QSystemTrayIcon | None] = lambda: None,
                 avoid: Callable[[], list[QRect]] | None = None,
                 check_ms: int = CHECK_MS, alerts_ms: int = ALERTS_MS) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self.clock = clock
        self._tray = tray
        self._task = f"reminders.{id(self)}"
        self._check_seq = 0
        self._closed: dict[int, int] = {}  # activity id -> last check started before its close
        self._notifying: set[int] = set()  # shown; the write saying so has not landed yet
        self.running = False
        self.stack = ReminderStack(self, avoid=avoid)
        self._check_timer = QTimer(self)
        self._check_timer.setInterval(check_ms)
        self._alerts_timer = QTimer(self)
        self._alerts_timer.setInterval(alerts_ms)

        # signals
        self._check_timer.timeout.connect(self.check)
        self._alerts_timer.timeout.connect(self.run_alerts)
        self.stack.open_requested.connect(self._open)
        self.stack.snooze_requested.connect(self._snooze)
        self.stack.dismiss_requested.connect(self._dismiss)
        self.stack.dismiss_group_requested.connect(self._dismiss_group)
        self.stack.open_group_requested.connect(self._open_group)
        self.stack.unblocked.connect(lambda: self.check() if self.running else None)
        change_bus().watch(self, {Kind.ACTIVITY}, self._activities_changed)

    # -- running ---------------------------------------------------------------------

    def start(self, *, with_alerts: bool = True) -> None:
        """Check the reminders now and every minute; run the engine now and every hour."""
        if self.running:
            return
        self.running = True
        self._check_timer.start()
        self.check()
        if with_alerts:
            self._alerts_timer.start()
            self.run_alerts()

    def stop(self) -> None:
        """Stop the timers, drop answers still on their way, take the reminders down."""
        self.running = False
        self._check_timer.stop()
        self._alerts_timer.stop()
        for key in ("check", "alerts"):  # the answers still store what the user said
            self._runner.cancel(f"{self._task}.{key}")
        self.stack.close_all()

    def _activities_changed(self, _changes: Changes) -> None:
        if self.running:
            self.check()  # a To-Do done or moved anywhere: its reminder goes at once

    def run_alerts(self) -> None:
        """One run of the alerts engine (on the write path), then the reminders."""
        ctx = self._ctx

        def run() -> AlertRun:
            from app.services.alerts import engine as alerts

            return alerts.run_alerts(ctx)

        self._runner.run(f"{self._task}.alerts", run, self._alerts_done,
                         on_error=lambda exc: self._failed(
                             translate("Reminders", "The activity alerts could not run"), exc),
                         write=True)

    def _alerts_done(self, run: AlertRun) -> None:
        log.info("alerts run %s: %d new task(s)", getattr(run, "run_id", "?"),
                 getattr(run, "total", 0))
        self.alerts_ran.emit(run)
        if self.running:
            self.check()

    def check(self) -> None:
        """Ask what is due now (off the GUI thread); a newer check supersedes an older one."""
        ctx, now = self._ctx, self.clock()
        shown = [*self.stack.ids(), *self.stack.extra_ids()]
        self._check_seq += 1
        seq = self._check_seq

        def find() -> _Found:
            return _Found({g: reminders.due(ctx, now=now, group=g) for g in GROUPS},
                          reminders.count_due_by_group(ctx, now=now),
                          reminders.still_pending(ctx, shown, now=now))

        self._runner.run(f"{self._task}.check", find,
                         lambda found: self._show(found, now, shown, seq),
                         on_error=lambda exc: self._failed(
                             translate("Reminders", "Reminders could not be read"), exc))

    def _show(self, found: _Found, now: datetime, asked: list[int], seq: int) -> None:
        if not self.running:
            return
        for activity_id in asked:  # done, dismissed or snoozed elsewhere meanwhile
            if activity_id not in found.pending:
                self.stack.remove(activity_id)
        closed = {a for a, s in self._closed.items() if s >= seq}  # closed after this began
        self._closed = {a: s for a, s in self._closed.items() if s >= seq}
        # due, but on the screen, on a card, or just answered (its write not landed)
        handled = closed | set(self.stack.popups) | self._notifying | self.stack.extra_ids()
        new = {g: [r for r in found.due[g] if r.activity_id not in handled] for g in GROUPS}
        waiting = {g: found.counts.of(g) - (len(found.due[g]) - len(new[g])) for g in GROUPS}
        had_cards = {g for g, card in self.stack.cards.items() if card.count > 0}
        added = [] if self.stack.refresh_blocked() else self._place(new, waiting, now)
        self.stack.update_times(now)
        self.stack.layout_stack()
        carded = [g for g, card in self.stack.cards.items() if card.count > 0
                  and g not in had_cards]
        if added or carded:
            self._notify_tray(added, carded, now)
        if added:
            ids = [r.activity_id for r in added]
            # shown, and said so once this write lands: a check that reads before it
            # (any saved activity starts one) must not show them again
            self._notifying.update(ids)

            def marked(_r: object) -> None:
                self._notifying.difference_update(ids)

            def not_marked(exc: BaseException) -> None:
                self._notifying.difference_update(ids)
                log.warning("reminders not marked: %s", exc)

            self._runner.run(f"{self._task}.notified.{seq}",
                             lambda: reminders.mark_notified(self._ctx, ids, now=now),
                             marked, on_error=not_marked, write=True)
        self.checked.emit(added)

    def _place(self, new: dict[str, list[Reminder]], waiting: dict[str, int],
               now: datetime) -> list[Reminder]:
        """Put the unseen reminders on the screen, one by one while everything fits in
        the stack's windows; else the alert tasks all on their card, the To-Dos one by
        one in the room left and the rest on theirs. Returns those shown one by one."""
        stack = self.stack
        shown = {g: stack.shown_ids(g) for g in GROUPS}
        carded = bool(stack.extra_ids())
        added: list[Reminder] = []
        if not carded and sum(map(len, shown.values())) + sum(waiting.values()) \
                <= stack.max_visible:
            for group in GROUPS:
                for reminder in new[group]:
                    stack.add(reminder, now)
                    added.append(reminder)
                stack.set_waiting(group, 0)
            return added
        for activity_id in shown[ALERT_GROUP]:  # grouped: every alert task on its card
            stack.demote(activity_id)
        stack.set_waiting(ALERT_GROUP, waiting[ALERT_GROUP])
        room = stack.max_visible - (1 if stack.cards[ALERT_GROUP].count else 0)
        todo_card = stack.cards[TODO_GROUP]
        todos = shown[TODO_GROUP]
        parked = list(todo_card.extras.values())  # shown before, put on the card for room
        if len(todos) + len(parked) + waiting[TODO_GROUP] <= room:
            keep = room
        else:
            keep = max(room - 1, 0)  # one window for the card
        for activity_id in todos[keep:]:
            stack.demote(activity_id)
        free = max(keep - len(todos), 0)
        for reminder in parked[:free]:  # they come back first: they were there first
            stack.add(reminder, now)
        for reminder in new[TODO_GROUP][:free - len(parked[:free])]:
            stack.add(reminder, now)
            added.append(reminder)
        stack.set_waiting(TODO_GROUP, waiting[TODO_GROUP] - len(added))
        return added

    def _notify_tray(self, added: list[Reminder], carded: list[str], now: datetime) -> None:
        icon = self._tray()
        if icon is None or not icon.isVisible() or not QSystemTrayIcon.supportsMessages():
            return
        cards = [self.stack.cards[g].label.text() for g in carded]
        if len(added) == 1 and not cards:
            r = added[0]
            title = r.subject
            text = " — ".join(p for p in (r.contact_name, r.why(now)) if p)
        else:
            count = len(added) + sum(self.stack.cards[g].count for g in carded)
            title = translate("Reminders", "%n reminder(s)", None, count)
            text = "\n".join([*(r.subject for r in added), *cards])
        icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, TRAY_MS)

    # -- the user's answers ----------------------------------------------------------

    def _close(self, activity_id: int) -> None:
        self._closed[activity_id] = self._check_seq
        self.stack.remove(activity_id)

    def _open(self, activity_id: int) -> None:
        self._close(activity_id)  # it was shown: it stays "notified", the dialog takes over
        self.open_activity_requested.emit(activity_id)
        self.check()

    def _snooze(self, activity_id: int, label: str) -> None:
        until = reminders.snooze_choices(self.clock())[label]
        self._close(activity_id)
        self._answer(lambda: reminders.snooze(self._ctx, activity_id, until))

    def _dismiss(self, activity_id: int) -> None:
        self._close(activity_id)
        now = self.clock()
        self._answer(lambda: reminders.dismiss(self._ctx, activity_id, now=now))

    def _open_group(self, group: str) -> None:
        """A card's Open My To-Dos: the list comes up, the card goes; its reminders
        count as shown (none pops up one by one afterwards)."""
        self.stack.clear_group(group)
        self.show_todos_requested.emit()
        now, ctx = self.clock(), self._ctx
        self._answer(lambda: reminders.acknowledge_group(ctx, group, now=now))

    def _dismiss_group(self, group: str) -> None:
        """A card's Dismiss all: no more reminders of that group, waiting or once shown."""
        extras = self.stack.clear_group(group)
        now, ctx = self.clock(), self._ctx

        def dismiss_group() -> int:
            for activity_id in extras:
                reminders.dismiss(ctx, activity_id, now=now)
            return reminders.acknowledge_group(ctx, group, now=now, dismiss_too=True)

        self._answer(dismiss_group)

    def _answer(self, fn: Callable[[], Any]) -> None:
        """Store the user's answer; then fill the freed place."""
        key = f"{self._task}.answer.{next(_answers)}"  # no answer supersedes another
        self._runner.run(key, fn,
                         lambda _r: self.check() if self.running else None,
                         on_error=lambda exc: self._failed(
                             translate("Reminders", "The reminder could not be saved"), exc),
                         write=True)

    def _failed(self, what: str, exc: BaseException) -> None:
        log.warning("%s: %s", what, exc, exc_info=exc)
        self.problem.emit(f"{what}: {user_message(exc)}")
