"""Screenshots of the activity dialog: ``shots(ctx, out_dir)`` renders it for a
new task, a meeting appointment with people taking part, a call, a refusal shown
on its field and another rep's task (read-only) to PNGs, offscreen. The data is
made through the services in ``ctx``'s database (a contact, a colleague, their
activities). ``python -m tools.screenshots.activities OUTDIR`` runs it on a
throw-away database."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.services.context import AppContext
from app.services.office import users
from tools.screenshots.shot_tools import run_alone, wait_until

log = logging.getLogger(__name__)

TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class _Sample:
    contact: int
    appointment: int
    others_task: int


def _sample(ctx: AppContext) -> _Sample:
    from app.services.activities import edit as activity_edit
    from app.services.activities import todos
    from app.services.activities.edit import ActivityForm
    from app.services.contacts import core as contacts
    from app.services.context import ServiceError
    from app.services.dto import ContactInput, EmailInput, PhoneInput
    from app.services.office import users

    users.current(ctx)
    for username, name in (("bob", "Bob Baker"), ("priya.shah", "Priya Shah")):
        try:
            users.add_user(ctx, username, name)
        except ServiceError:
            pass  # already there
    bob = users.sample_context(ctx.db, "bob")
    ann = contacts.create(ctx, ContactInput(
        kind="person", contact_type="customer", first_name="Ann", last_name="Lee",
        phones=[PhoneInput("+44 20 7946 0018")], emails=[EmailInput("ann.lee@hopeworks.co.uk")]))
    raj = contacts.create(ctx, ContactInput(kind="person", contact_type="customer",
                                            first_name="Raj", last_name="Patel"))
    firm = contacts.create(ctx, ContactInput(kind="company", contact_type="customer",
                                             company_name="Hope Works"))
    start = (datetime.now(UTC) + timedelta(days=2)).replace(hour=9, minute=30, second=0,
                                                            microsecond=0)
    appointment = todos.send_todo(ctx, ActivityForm(
        kind="meeting_appointment", contact_id=ann, subject="Service contract renewal",
        occurred_at=start, ends_at=start + timedelta(hours=1, minutes=30),
        place="Hope Works, 12 Canal Street, Leeds", priority="high",
        body="Bring the price list for 2027 and the signed NDA.",
        attendee_contacts=(raj, firm), attendee_users=("priya.shah",)))
    others_task = todos.send_todo(bob, ActivityForm(
        kind="task", contact_id=ann, subject="Chase the unpaid invoice 10442",
        due_at=start - timedelta(days=1), body="Bob's To-Do: read-only for everyone else."))
    activity_edit.get(ctx, appointment)  # visible to the one taking the shots
    return _Sample(ann, appointment, others_task)




def shots(ctx: AppContext, out_dir: Path) -> list[Path]:
    """Render the activity dialog in its main shapes; returns the PNGs' paths."""
    from app.services.activities.edit import ActivityForm
    from app.views.app import application
    from app.views.dialogs.activity_dialog import ActivityDialog
    from app.views.tasks import TaskRunner

    application()
    out_dir.mkdir(parents=True, exist_ok=True)
    sample = _sample(ctx)
    runner = TaskRunner()
    paths: list[Path] = []

    def shoot(name: str, dialog: ActivityDialog,
              then: Callable[[ActivityDialog], None] | None = None,
              part: Callable[[ActivityDialog], QWidget] | None = None) -> None:
        """Show ``dialog``, wait for it, optionally act (``then``), grab it or ``part``."""
        loaded: list[bool] = []
        dialog.loaded.connect(lambda: loaded.append(True))
        dialog.show()
        wait_until(lambda: bool(loaded) and not runner.is_busy(), f"the {name} dialog")
        if then is not None:
            then(dialog)
            wait_until(lambda: not runner.is_busy(), f"the {name} dialog's save")
        widget = part(dialog) if part is not None else dialog
        QApplication.processEvents()
        path = out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        log.info("wrote %s", path)
        paths.append(path)
        if widget is not dialog:
            widget.close()
        dialog.close()
        dialog.deleteLater()

    def empty_subject(dialog: ActivityDialog) -> None:
        dialog.editors["subject"].set_value("")
        dialog.save_form()  # refused by the service: the message stands under the field

    try:
        shoot("activity_task_new", ActivityDialog(ctx, runner, form=ActivityForm(
            kind="task", contact_id=sample.contact, subject="Send the revised quote",
            body="40 copiers with the 3-year service plan.", priority="high")))
        shoot("activity_meeting_appointment",
              ActivityDialog(ctx, runner, activity_id=sample.appointment))
        shoot("activity_call_new", ActivityDialog(ctx, runner, form=ActivityForm(
            kind="call", contact_id=sample.contact, subject="Asked about delivery dates",
            number="020 7946 0018", duration_s=245, outcome="answered")))
        shoot("activity_field_error", ActivityDialog(ctx, runner, form=ActivityForm(
            kind="task", contact_id=sample.contact)), empty_subject)
        def converting(dialog: ActivityDialog) -> QWidget:
            question = dialog.open_convert()
            assert question is not None
            question.agenda.set_value("1. Renewal terms\n2. Prices for 2027")
            return question

        shoot("activity_convert_to_meeting",
              ActivityDialog(ctx, runner, activity_id=sample.appointment), part=converting)
        rep = users.sample_context(ctx.db, "priya.shah")  # a rep (a manager may change anyone's)
        shoot("activity_read_only", ActivityDialog(rep, runner, activity_id=sample.others_task))
    finally:
        runner.shutdown()
    return paths


def main(argv: list[str] | None = None) -> int:
    return run_alone("tools.screenshots.activities", shots, "mary.watson", argv)


if __name__ == "__main__":
    sys.exit(main())
