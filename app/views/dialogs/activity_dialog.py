"""One dialog for an activity of any kind (reference 000): its fields are laid
out from ``activity_rules.RULES[kind].fields``, so a call asks for direction,
number, duration and outcome, a meeting appointment for start, end, place,
who takes part, deadline and assignee, and an office type ("On Site
inspection") gets its base kind's form.

Everything the services refuse lands under the field concerned (red), nothing
is saved; an edit someone else saved first is refused with their name and a
Reload button. Another rep's activity opens read-only (greyed, no Save, a line
saying whose it is). A To-Do has a Done button; a meeting appointment converts
into a meeting and exports to a calendar (.ics). An appointment's deadline is
its start. Loading and saving run on the window's TaskRunner.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.models import ActivityKind, ActivityStatus
from app.services.activities import edit as activity_edit
from app.services.activities import meetings, todos
from app.services.activities import rules as activity_rules
from app.services.activities import types as activity_types
from app.services.activities.edit import ActivityDetail, ActivityForm, StaleActivity
from app.services.activities.meetings import Participant
from app.services.activities.types import TypeView
from app.services.context import AppContext, ServiceError
from app.services.office import users
from app.services.office.users import UserView
from app.services.validation import ValidationError
from app.views.dialogs.activity_fields import (
    AttendeesEditor,
    ChoiceEditor,
    ConvertMeetingDialog,
    Editor,
    WhenEditor,
    default_times,
    keep_length,
    label_for,
    make_editor,
)
from app.views.dialogs.activity_texts import info_line, new_title, owner_note
from app.views.errors import show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.forms import ERROR_STYLE, FormDialog

log = logging.getLogger(__name__)

NOTE_STYLE = "color: palette(mid);"
# the dialog's background jobs (runner keys under its own prefix)
_JOBS = ("load", "save", "done", "convert", "export", "search")


@dataclass(frozen=True)
class _Loaded:
    detail: ActivityDetail | None
    form: ActivityForm
    types: list[TypeView]
    staff: list[UserView]
    contact: Participant | None
    attendees: list[Participant]


def _load(ctx: AppContext, activity_id: int | None, form: ActivityForm | None) -> _Loaded:
    """Runs in the worker: the activity (or the new form) and what its fields offer."""
    detail = activity_edit.get(ctx, activity_id) if activity_id is not None else None
    form = detail.form if detail is not None else form
    assert form is not None
    types = [t for t in activity_types.list_types(ctx, include_retired=True)
             if t.base_kind == form.kind and (t.active or t.id == form.type_id)]
    main_id = form.contact_id or form.company_id
    main = meetings.participants(ctx, [main_id]) if main_id else []
    people = meetings.participants(ctx, form.attendee_contacts, form.attendee_users)
    return _Loaded(detail, form, types, users.list_users(ctx), main[0] if main else None, people)


class ActivityDialog(FormDialog):
    saved = Signal(int)
    """The activity was saved, marked done or converted (its id)."""
    loaded = Signal()
    """The fields are filled (tests and screenshots wait on this)."""
    exported = Signal(str)
    """An .ics file was written (its path)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, *, activity_id: int | None = None,
                 form: ActivityForm | None = None, title: str | None = None,
                 parent: QWidget | None = None,
                 save_with: Callable[[ActivityForm], int] | None = None) -> None:
        """``save_with``: what Save does with the form instead of recording it (runs
        off the GUI thread, returns the activity id): Next action continues a case."""
        if activity_id is None and form is None:
            raise ValueError("open an activity (activity_id) or start a new one (form)")
        kind_label = activity_rules.rules(form.kind).label if form is not None \
            else translate("ActivityDialog", "Activity")
        super().__init__(title or (new_title(kind_label) if activity_id is None
                                   else translate("ActivityDialog", "Activity")), parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._activity_id = activity_id
        self._title = title
        self._task = f"activity-dialog.{id(self)}"
        self._save_with = save_with
        self.detail: ActivityDetail | None = None
        self.base_form: ActivityForm | None = form
        self._as_loaded: ActivityForm | None = None  # what the fields showed when filled
        self.editors: dict[str, Editor] = {}
        self.convert_dialog: ConvertMeetingDialog | None = None
        self.side: QGroupBox | None = None

        # widgets
        self.heading = QLabel(self)
        self.heading.setObjectName("activityHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.info = QLabel(self)
        self.info.setObjectName("activityInfo")
        self.info.setStyleSheet(NOTE_STYLE)
        self.info.setWordWrap(True)
        self.info.hide()
        self.owner_note = QLabel(self)
        self.owner_note.setObjectName("readOnlyNote")
        self.owner_note.setWordWrap(True)
        self.owner_note.hide()
        self.stale = QLabel(self)
        self.stale.setObjectName("staleMessage")
        self.stale.setStyleSheet(ERROR_STYLE)
        self.stale.setWordWrap(True)
        self.reload_button = QPushButton(translate("ActivityDialog", "Reload"), self)
        self.reload_button.setObjectName("reloadActivity")
        self.done_button = self._action_button(translate("ActivityDialog", "Done"), "doneButton")
        self.convert_button = self._action_button(translate("ActivityDialog", "Convert to meeting…"),
                                                  "convertButton")
        self.export_button = self._action_button(translate("ActivityDialog", "Export .ics…"),
                                                 "exportButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        # layout
        top = QVBoxLayout()
        top.setSpacing(2)
        top.addWidget(self.heading)
        top.addWidget(self.info)
        top.addWidget(self.owner_note)
        stale_row = QHBoxLayout()
        stale_row.addWidget(self.stale, 1)
        stale_row.addWidget(self.reload_button)
        top.addLayout(stale_row)
        self.body.insertLayout(0, top)
        actions = QHBoxLayout()  # what to do with it on the left, Save / Cancel on the right
        for button in (self.done_button, self.convert_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.body.removeWidget(self.buttons)
        actions.addWidget(self.buttons)
        self.body.addLayout(actions)
        self.form.addRow(QLabel(translate("ActivityDialog", "Loading…"), self))
        self._show_stale("")
        self._set_actions()
        self.ok_button.setEnabled(False)

        # signals
        self.submitted.connect(self._save)
        self.reload_button.clicked.connect(self.reload)
        self.done_button.clicked.connect(self.mark_done)
        self.convert_button.clicked.connect(self.open_convert)
        self.export_button.clicked.connect(self._ask_export_path)
        self.destroyed.connect(partial(_cancel_jobs, self._runner, self._task))
        self.reload()

    def _action_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def done(self, result: int) -> None:
        """Closed: answers still on their way are dropped (the widgets may be gone)."""
        _cancel_jobs(self._runner, self._task)
        super().done(result)

    # -- what tests and callers read -------------------------------------------------

    @property
    def kind(self) -> str:
        assert self.base_form is not None
        return self.base_form.kind

    @property
    def errors_shown(self) -> dict[str, str]:
        """The messages under the fields now (field key -> message)."""
        shown = {key: self.error_text(key) for key in self._errors}
        return {key: text for key, text in shown.items() if text}

    @property
    def general_message(self) -> str:
        return self.general_error.text() if not self.general_error.isHidden() else ""

    @property
    def stale_message(self) -> str:
        return self.stale.text() if not self.stale.isHidden() else ""

    @property
    def editable(self) -> bool:
        return self.detail is None or self.detail.editable

    # -- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        """(Re)read the activity; the fields are rebuilt with what is stored now."""
        ctx, aid = self._ctx, self._activity_id
        form = self.base_form if aid is None else None
        self.ok_button.setEnabled(False)
        self._runner.run(f"{self._task}.load", lambda: _load(ctx, aid, form), self._loaded,
                         on_error=self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self._clear_fields()
        if isinstance(exc, ServiceError):
            self._show_general(str(exc))
        else:
            show_exception(self, exc)
        self.ok_button.hide()

    def _loaded(self, loaded: _Loaded) -> None:
        self.detail = loaded.detail
        form = loaded.form
        if loaded.detail is None:
            form = self._new_form_defaults(form)
        self.base_form = form
        self._clear_fields()
        self._build_fields(form, loaded)
        for key, editor in self.editors.items():
            if key == "attendees":
                editor.set_value(loaded.attendees)
            else:
                editor.set_value(getattr(form, key))
            editor.set_read_only(not self.editable)
        self._unset_times_follow_the_start()
        types = self.editors["type_id"]
        if isinstance(types, ChoiceEditor):  # one type only: nothing to choose
            types.widget.setEnabled(self.editable and len(types.values()) > 1)
        self._as_loaded = self.current_form()
        self._describe(loaded)
        self._show_stale("")
        self.clear_errors()
        self._set_actions()
        self.ok_button.setEnabled(self.editable)
        self._fit()
        self.focus_first_field()  # the fields came after the dialog showed
        self.loaded.emit()

    def _new_form_defaults(self, form: ActivityForm) -> ActivityForm:
        """A new activity opens at sensible times; a task or appointment as an open
        To-Do of the current user (a past task: the user picks Done or Cancelled)."""
        start, end, due = default_times(form.kind, QDateTime.currentDateTime())
        changes: dict[str, Any] = {}
        if form.occurred_at is None:
            changes["occurred_at"] = start
            if form.ends_at is None and end is not None:
                changes["ends_at"] = end
            if form.due_at is None and due is not None:
                changes["due_at"] = due
        if form.kind in activity_rules.TODO_KINDS and form.status == ActivityStatus.DONE:
            changes["status"] = ActivityStatus.OPEN
        if form.assignee is None and form.kind != ActivityKind.TICKET:
            changes["assignee"] = self._ctx.user
        if form.direction is None and activity_rules.has_field(form.kind, "direction"):
            changes["direction"] = "out"
        return replace(form, **changes)

    # -- the fields -------------------------------------------------------------------

    def _field_keys(self, kind: str) -> list[str]:
        keys = ["subject", "type_id"]
        for key in activity_rules.rules(kind).fields:
            if key == "due_at" and kind == ActivityKind.MEETING_APPOINTMENT:
                continue  # an appointment is due when it starts
            if key not in ("attendees", "private"):
                keys.append(key)
        keys.append("body")
        if activity_rules.has_field(kind, "private"):
            keys.append("private")
        return keys

    def _build_fields(self, form: ActivityForm, loaded: _Loaded) -> None:
        type_items: list[tuple[int | None, str]] = [
            (None if t.built_in else t.id, activity_rules.type_label(t.name) if t.active
             else translate("ActivityDialog", "{name} (retired)").format(name=t.name))
            for t in loaded.types]
        if all(data is not None for data, _ in type_items):
            type_items.insert(0, (None, activity_rules.rules(form.kind).label))
        make = partial(make_editor, kind=form.kind, parent=self, ctx=self._ctx,
                       runner=self._runner, users=loaded.staff, type_items=type_items,
                       exclude={form.contact_id} if form.contact_id else set(),
                       search_key=f"{self._task}.search")
        for key in self._field_keys(form.kind):
            editor = make(key)
            self.editors[key] = editor
            self.add_field(key, label_for(form.kind, key), editor.widget)
            if key == "subject":
                contact = QLabel(loaded.contact.label if loaded.contact else
                                 translate("ActivityDialog", "None: kept without a contact"), self)
                contact.setObjectName("activityContact")
                self.add_field("contact_id", label_for(form.kind, "contact_id"), contact)
        if activity_rules.has_field(form.kind, "attendees"):
            editor = make("attendees")
            self.editors["attendees"] = editor
            self._add_side_field("attendees", label_for(form.kind, "attendees"), editor.widget)
        starts, ends = self.editors.get("occurred_at"), self.editors.get("ends_at")
        if isinstance(starts, WhenEditor) and isinstance(ends, WhenEditor):
            keep_length(starts, ends)

    def _unset_times_follow_the_start(self) -> None:
        """An end or deadline left unset offers a sensible time once ticked on."""
        start = self.editors.get("occurred_at")
        if not isinstance(start, WhenEditor):
            return
        for key, secs in (("ends_at", 3600), ("due_at", 24 * 3600)):
            editor = self.editors.get(key)
            if isinstance(editor, WhenEditor) and editor.value() is None:
                editor.edit.setDateTime(start.edit.dateTime().addSecs(secs))

    def _add_side_field(self, key: str, title: str, widget: QWidget) -> None:
        """A field in its own column beside the form (who takes part), with its error line."""
        self.side = QGroupBox(title, self)
        box = QVBoxLayout(self.side)
        box.addWidget(widget, 1)
        error = QLabel(self.side)
        error.setObjectName(f"{key}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.columns.addWidget(self.side, 1)
        self._errors[key] = error
        self._fields[key] = widget

    def _clear_fields(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        if self.side is not None:
            self.columns.removeWidget(self.side)
            self.side.deleteLater()
            self.side = None
        self.editors.clear()
        self._errors.clear()
        self._fields.clear()

    def _describe(self, loaded: _Loaded) -> None:
        form, detail = loaded.form, loaded.detail
        label = activity_rules.rules(form.kind).label
        if detail is None:
            self.heading.setText(new_title(label))
            self.info.hide()
        else:
            heading = f"{activity_rules.type_label(detail.type_name)}: {detail.form.subject}"
            self.heading.setText(heading)
            self.setWindowTitle(self._title or heading)
            giver = next((u.label for u in loaded.staff if u.username == detail.assigned_by), "")
            self.info.setText(info_line(detail, giver))
            self.info.setVisible(bool(self.info.text()))
        if self.editable:
            self.owner_note.hide()
            self.cancel_button.setText(translate("ActivityDialog", "Cancel"))
        else:
            assert detail is not None
            self.owner_note.setText(owner_note(detail.owner_label, label))
            self.owner_note.show()
            self.cancel_button.setText(translate("ActivityDialog", "Close"))
        self.ok_button.setVisible(self.editable)

    def _set_actions(self) -> None:
        d = self.detail
        todo_open = (d is not None and d.editable and d.form.kind in activity_rules.TODO_KINDS
                     and d.form.status == ActivityStatus.OPEN)
        self.done_button.setVisible(todo_open)
        self.convert_button.setVisible(
            d is not None and d.editable and d.form.kind == ActivityKind.MEETING_APPOINTMENT
            and d.form.status != ActivityStatus.CANCELLED)
        self.export_button.setVisible(d is not None and d.form.kind in meetings.CALENDAR_KINDS)

    def _fit(self) -> None:
        """Readable at 1366x768: two columns when people take part, else a narrow form."""
        self.adjustSize()
        hint = self.sizeHint()
        width = 980 if self.side is not None else max(560, hint.width())
        self.resize(width, min(max(hint.height(), 420), 700))

    def current_form(self) -> ActivityForm:
        """The form as the fields show it now (read in the GUI thread)."""
        assert self.base_form is not None
        values: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, AttendeesEditor):
                values["attendee_contacts"], values["attendee_users"] = editor.value()
            else:
                values[key] = editor.value()
        if self.kind == ActivityKind.MEETING_APPOINTMENT:
            values["due_at"] = values.get("occurred_at")
        return replace(self.base_form, **values)

    # -- saving -----------------------------------------------------------------------

    def save_form(self) -> None:
        """What Save does: the service checks and saves; refusals land on the fields."""
        self._on_ok()

    def check(self) -> dict[str, str]:
        return {}  # every rule is the service's (activity_edit.validate)

    def _save(self) -> None:
        if self.base_form is None or not self.editable:
            return
        ctx, form, detail = self._ctx, self.current_form(), self.detail
        save_with = self._save_with

        def write() -> int:
            if save_with is not None:
                return save_with(form)
            if detail is not None:
                activity_edit.update(ctx, detail.id, form, expected_version=detail.version)
                return detail.id
            if form.kind in activity_rules.TODO_KINDS and form.status == ActivityStatus.OPEN:
                return todos.send_todo(ctx, form)
            return activity_edit.create(ctx, form)

        self._write("save", write, form.contact_id)

    def _write(self, what: str, fn: Any, contact_id: int | None) -> None:
        self.set_busy(True)
        self._show_stale("")

        def done(activity_id: int) -> None:
            self.set_busy(False)
            self.saved.emit(activity_id)
            self.accept()

        self._runner.run(f"{self._task}.{what}", fn, done, on_error=self._refused, write=True)

    def _refused(self, exc: BaseException) -> None:
        self.set_busy(False)
        if isinstance(exc, ValidationError):
            errors = dict(exc.errors)
            if "due_at" in errors and "due_at" not in self._errors:
                errors["occurred_at"] = errors.pop("due_at")
            self.show_errors(errors)
        elif isinstance(exc, StaleActivity):
            self._show_stale(str(exc))
        elif isinstance(exc, ServiceError):
            self._show_general(str(exc))
        else:
            show_exception(self, exc)

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.setVisible(bool(message))

    def _show_stale(self, message: str) -> None:
        self.stale.setText(message)
        self.stale.setVisible(bool(message))
        self.reload_button.setVisible(bool(message))

    # -- To-Do and meeting actions ------------------------------------------------------

    def mark_done(self) -> None:
        """Done in one click (a To-Do); edits made in the fields are saved with it.
        The dialog closes."""
        d = self.detail
        if d is None:
            return
        ctx, form = self._ctx, self.current_form()
        edited = form != self._as_loaded

        def done() -> int:
            if edited:
                activity_edit.update(ctx, d.id, replace(form, status=ActivityStatus.DONE),
                                     expected_version=d.version)
            else:
                todos.mark_done(ctx, d.id, expected_version=d.version)
            return d.id

        self._write("done", done, d.form.contact_id)

    def open_convert(self) -> ConvertMeetingDialog | None:
        """Ask for the agenda and details, then convert the appointment to a meeting."""
        d = self.detail
        if d is None:
            return None
        self.convert_dialog = ConvertMeetingDialog(d, self)
        self.convert_dialog.submitted.connect(self._convert)
        self.convert_dialog.open()
        return self.convert_dialog

    def _convert(self) -> None:
        d, dialog, ctx = self.detail, self.convert_dialog, self._ctx
        if d is None or dialog is None:
            return
        agenda, details, ends = dialog.values()
        dialog.set_busy(True)

        def done(activity_id: int) -> None:
            dialog.set_busy(False)
            dialog.accept()
            self.saved.emit(activity_id)
            self.accept()

        def refused(exc: BaseException) -> None:
            dialog.set_busy(False)
            if isinstance(exc, ValidationError):
                dialog.show_errors(exc.errors)
            elif isinstance(exc, ServiceError):
                dialog.show_errors({"": str(exc)})
            else:
                show_exception(dialog, exc)

        self._runner.run(f"{self._task}.convert", lambda: meetings.convert_to_meeting(
            ctx, d.id, agenda=agenda, details=details, ends_at=ends, expected_version=d.version),
            done, on_error=refused, write=True)

    def _ask_export_path(self) -> None:
        d = self.detail
        if d is None:
            return
        name = re.sub(r"[^\w.-]+", "-", d.form.subject).strip("-")[:60] or "appointment"
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("ActivityDialog", "Export to a calendar"),
            str(Path.home() / f"{name}.ics"), translate("ActivityDialog", "iCalendar files (*.ics)"))
        if path:
            self.export_ics(Path(path))

    def export_ics(self, path: Path) -> None:
        """Write this appointment or meeting to ``path`` as iCalendar (in the worker)."""
        d, ctx = self.detail, self._ctx
        if d is None:
            return

        def write() -> str:
            path.write_bytes(meetings.appointments_ics(ctx, [d.id]))
            return str(path)

        self._runner.run(f"{self._task}.export", write, self.exported.emit)


def _cancel_jobs(runner: TaskRunner, prefix: str, *_: object) -> None:
    for job in _JOBS:
        runner.cancel(f"{prefix}.{job}")


def open_activity(ctx: AppContext, runner: TaskRunner, parent: QWidget | None,
                  activity_id: int) -> ActivityDialog:
    """Open an activity in its dialog, non-modal; it deletes itself when closed."""
    dialog = ActivityDialog(ctx, runner, activity_id=activity_id, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def new_activity(ctx: AppContext, runner: TaskRunner, parent: QWidget | None,
                 form: ActivityForm) -> ActivityDialog:
    """A new activity pre-filled from ``form`` (its kind decides the fields), non-modal."""
    dialog = ActivityDialog(ctx, runner, form=form, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
