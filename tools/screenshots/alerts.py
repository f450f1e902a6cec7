"""Screenshots of issue 6's screens: Settings › Alerts as a manager, the same
with mistakes told under their fields, and two reminders stacked by the tray.

``shots(ctx, out_dir)`` adds a contact and two To-Dos (one from the alerts) to
``ctx``'s database and returns the PNGs it wrote;
``python -m tools.screenshots.alerts OUTDIR`` does it on a throw-away database.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime, time, timedelta
from pathlib import Path

from app.models import utcnow
from app.services.activities import edit as activity_edit
from app.services.activities import todos
from app.services.alerts import reminders
from app.services.alerts import settings as alert_settings
from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import ContactInput
from app.services.office import users
from tools.screenshots.shot_tools import grab, grab_corner, run_alone, wait_until

log = logging.getLogger(__name__)

USER = "alice"
SETTINGS_SIZE = (640, 950)  # tall enough to show every section without scrolling
REASON = ("Service Renewal: the subscription ends on {end.day} {end:%b %Y}, in 30 days (the "
          "alert comes 30 days before expiration).")  # as the engine words it


def _manager(ctx: AppContext) -> AppContext:
    users.current(ctx)
    chief = next((u.username for u in users.list_users(ctx) if u.role == "manager"), ctx.user)
    return users.sample_context(ctx.db, chief)


def _settings_shots(ctx: AppContext, out_dir: Path) -> list[Path]:
    from app.views.dialogs.alert_settings_dialog import AlertSettingsDialog
    from app.views.tasks import TaskRunner

    paths: list[Path] = []
    runner = TaskRunner()
    dialog = AlertSettingsDialog(ctx, runner)
    loaded: list[bool] = []
    dialog.loaded.connect(lambda: loaded.append(True))
    dialog.resize(*SETTINGS_SIZE)
    dialog.show()
    wait_until(lambda: bool(loaded), "the alert settings")
    grab(dialog, out_dir / "settings_alerts.png", paths)

    # mistakes: a negative number of days, an absurd frequency, too many e-mails
    # (refused by the service), then a cell that is no number (told as it is typed)
    matrix = {t.rating: t.rating_id for t in alert_settings.load(ctx).retention}
    dialog.days["service_renewal"].setText("-5")
    dialog.frequency.setText("200")
    dialog.unit.setCurrentIndex(dialog.unit.findData("months"))
    dialog.matrix.cell(matrix["Bronze"], "emails").setText("500")
    dialog.save()
    wait_until(lambda: dialog.error_text("service_renewal.days") != "", "the refusal")
    cell = dialog.matrix.cell(matrix["Gold"], "calls")
    cell.setText("x")
    cell.textEdited.emit("x")
    grab(dialog, out_dir / "settings_alerts_errors.png", paths)
    dialog.close()
    runner.shutdown()
    return paths


def _sample_todos(ctx: AppContext, now: datetime) -> list[int]:
    """A customer with a call back due in 10 minutes and a new alert task."""
    cid = contacts.create(ctx, ContactInput(kind="company", contact_type="customer",
                                            company_name="Hope Works Ltd"))
    anna = contacts.create(ctx, ContactInput(kind="person", contact_type="customer",
                                             first_name="Anna", last_name="Smith-Whitfield"))
    call = todos.send_todo(ctx, activity_edit.ActivityForm(
        kind="task", contact_id=anna, subject="Call Anna back about the spring price list",
        occurred_at=now - timedelta(hours=2), due_at=now + timedelta(minutes=10)))
    end = now.astimezone().date() + timedelta(days=30)
    due = datetime.combine(end, time(9, 0)).astimezone()  # the engine: the end date, 09:00
    alert = todos.send_todo(ctx, activity_edit.ActivityForm(
        kind="task", contact_id=cid, subject=f"Service renewal: Hope Works Ltd (subscription "
                                             f"ends {end.day} {end:%b %Y})",
        body=REASON.format(end=end), occurred_at=due, due_at=due), todo_source="alert")
    return [call, alert]


def _reminder_shots(ctx: AppContext, out_dir: Path) -> list[Path]:
    from app.views.reminders.stack import ReminderStack

    now = utcnow()
    ids = _sample_todos(ctx, now)
    # the manager of a demo office may have more due: only these two are shown
    due = [r for r in reminders.due(ctx, now=now, limit=5000) if r.activity_id in ids]
    stack = ReminderStack()
    for reminder in sorted(due, key=lambda r: ids.index(r.activity_id)):
        stack.add(reminder, now)
    stack.layout_stack()
    wait_until(lambda: len(stack.visible_popups()) == len(due), "the reminders")
    path = out_dir / "reminders_stack.png"
    grab_corner(stack.visible_popups(), path)
    stack.close_all()
    return [path, _grouped_shot(due, ids, now, out_dir)]


def _grouped_shot(due: list[reminders.Reminder], ids: list[int], now: datetime,
                  out_dir: Path) -> Path:
    """A first alerts run's flood as the desk shows it: the To-Do coming due, and one
    card for the 148 new alert tasks (at most three windows)."""
    from app.views.reminders.stack import ReminderStack

    stack = ReminderStack()
    for reminder in due:
        if not reminder.alert:
            stack.add(reminder, now)
    stack.set_waiting(reminders.ALERT_GROUP, 148)
    stack.layout_stack()
    wait_until(lambda: len(stack.visible_windows()) == len(stack.windows()), "the reminders")
    path = out_dir / "reminders_grouped.png"
    grab_corner(stack.visible_windows(), path)
    stack.close_all()
    return path




def shots(ctx: AppContext, out_dir: Path) -> list[Path]:
    from app.views.app import application

    application()
    out_dir.mkdir(parents=True, exist_ok=True)
    manager = _manager(ctx)
    paths = _settings_shots(manager, out_dir)
    paths += _reminder_shots(manager, out_dir)
    log.info("wrote %d alert screenshots to %s", len(paths), out_dir)
    return paths


def main(argv: list[str] | None = None) -> int:
    return run_alone("tools.screenshots.alerts", shots, USER, argv)


if __name__ == "__main__":
    sys.exit(main())
