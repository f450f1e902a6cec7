"""To-Do activities (reference 000): a task or a meeting appointment that is
open, with a deadline, a priority and an assigned rep.

A rep sets one for themselves or sends it to another rep; where it came from is
recorded (self, another rep, a manager; automated alerts pass ``alert``). "My
To-Dos" lists the open ones of the current user, nearest deadline first; those
past their deadline are flagged and also make the Overdue list. Done is one
click and the To-Do then sits in the contact's Activity History as done. Past
tasks are recorded as done or cancelled through ``activity_edit.create``.

Validation, ownership, versions and visibility are ``activity_edit``'s: another
rep cannot mark someone's To-Do done, a manager can.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from app.i18n import translate
from app.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    ActivityType,
    Contact,
    ContactKind,
    TodoSource,
    User,
    utcnow,
)
from app.services.activities import edit as activity_edit
from app.services.activities import rules as activity_rules
from app.services.activities.edit import ActivityForm
from app.services.context import AppContext, ServiceError
from app.services.validation import ValidationError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TodoRow:
    id: int
    kind: str
    subject: str
    contact_id: int | None
    contact_name: str
    due_at: datetime | None
    priority: str
    source: str  # TodoSource: self, rep, manager, alert ("" for older records)
    assigned_by: str | None  # username of the rep or manager who sent it
    owner: str | None  # username
    overdue: bool
    status: str
    # for display (added beside the contract's fields)
    owner_label: str = ""
    assigned_by_label: str = ""
    type_name: str = ""
    version: int = 1


_OWNER = aliased(User, name="todo_owner")
_SENDER = aliased(User, name="todo_sender")


def _query(me_id: int) -> Select:
    """Open To-Dos of one user, with what a row shows (columns only: a Contact
    entity would load its phones, e-mails ... too). The WHERE matches
    ``ix_activities_owner_due`` (owner_id, status, due_at)."""
    return (select(Activity, Contact.kind, Contact.first_name, Contact.last_name,
                   Contact.company_name, _OWNER.username, _OWNER.full_name,
                   _SENDER.username, _SENDER.full_name, ActivityType.name)
            .outerjoin(Contact, Contact.id == Activity.contact_id)
            .outerjoin(_OWNER, _OWNER.id == Activity.owner_id)
            .outerjoin(_SENDER, _SENDER.id == Activity.assigned_by_id)
            .outerjoin(ActivityType, ActivityType.id == Activity.type_id)
            .where(Activity.owner_id == me_id, Activity.status == ActivityStatus.OPEN,
                   Activity.kind.in_(activity_rules.TODO_KINDS)))


def contact_label(kind: str | None, first: str | None, last: str | None,
                  company: str | None) -> str:
    """A contact's display name from its columns (as ``Contact.display_name``)."""
    if kind is None:
        return ""
    if kind == ContactKind.COMPANY:
        return company or ""
    return " ".join(p for p in (first, last) if p)


def _row(r: Any, now: datetime) -> TodoRow:
    act: Activity = r[0]
    kind, first, last, company, owner, owner_name, sender, sender_name, type_name = r[1:]
    rules = activity_rules.RULES.get(act.kind)
    return TodoRow(
        id=act.id, kind=act.kind, subject=act.subject, contact_id=act.contact_id,
        contact_name=contact_label(kind, first, last, company), due_at=act.due_at,
        priority=act.priority, source=act.todo_source, assigned_by=sender, owner=owner,
        overdue=act.status == ActivityStatus.OPEN and act.due_at is not None and act.due_at < now,
        status=act.status, owner_label=owner_name or owner or "",
        assigned_by_label=sender_name or sender or "",
        type_name=(activity_rules.type_label(type_name) if type_name
                   else rules.label if rules else act.kind), version=act.version)


def my_todos(ctx: AppContext, *, limit: int = 200, now: datetime | None = None) -> list[TodoRow]:
    """The current user's open To-Dos, nearest deadline first, those without a
    deadline last; ``overdue`` is set on the ones past their deadline."""
    now = now or utcnow()
    with ctx.read() as s:
        q = _query(ctx.actor.id)
        # two index range scans instead of one sort: NULLs sort differently per database
        dated = s.execute(q.where(Activity.due_at.is_not(None))
                          .order_by(Activity.due_at, Activity.id).limit(limit)).all()
        undated: Sequence[Any] = ()
        if len(dated) < limit:
            undated = s.execute(q.where(Activity.due_at.is_(None))
                                .order_by(Activity.id).limit(limit - len(dated))).all()
        return [_row(r, now) for r in (*dated, *undated)]


def overdue(ctx: AppContext, *, limit: int = 200, now: datetime | None = None) -> list[TodoRow]:
    """The current user's open To-Dos past their deadline, the longest overdue first."""
    now = now or utcnow()
    with ctx.read() as s:
        q = (_query(ctx.actor.id).where(Activity.due_at < now)
             .order_by(Activity.due_at, Activity.id).limit(limit))
        return [_row(r, now) for r in s.execute(q).all()]


def _as_todo(form: ActivityForm) -> tuple[ActivityForm, dict[str, str]]:
    """The form as an open To-Do, and what makes it no To-Do (kind, deadline)."""
    errors: dict[str, str] = {}
    if form.kind not in activity_rules.TODO_KINDS:
        errors["kind"] = translate("Activities", "A {kind_lower} cannot be set as a To-Do").format(
            kind_lower=activity_rules.in_sentence(form.kind))
    due = form.due_at
    if form.kind == ActivityKind.MEETING_APPOINTMENT and due is None:
        due = form.occurred_at  # an appointment is due when it starts
    if due is None:
        errors["due_at"] = translate("Activities", "Give the To-Do a deadline")
    return replace(form, status=ActivityStatus.OPEN, due_at=due), errors


def send_todo(ctx: AppContext, form: ActivityForm, *, todo_source: str | None = None) -> int:
    """Set a task or meeting appointment as a To-Do of ``form.assignee`` (None:
    yourself). The source is recorded by ``activity_edit`` (self, rep, manager);
    ``todo_source`` overrides it (automated alerts pass ``alert``). Every refusal
    is named on its field at once; nothing is saved."""
    form, errors = _as_todo(form)
    if todo_source is not None and todo_source not in set(TodoSource):
        errors["todo_source"] = translate("Activities", "Unknown To-Do source “{source}”").format(
            source=todo_source)
    with ctx.write() as s:
        acting = ctx.actor
        try:
            activity_edit.validate(s, form, acting)
        except ValidationError as exc:
            errors = {**exc.errors, **errors}
        if errors:
            raise ValidationError(errors)
        act = activity_edit.create_in(s, form, acting)
        if todo_source is not None:
            act.todo_source = todo_source
        log.info("To-Do %d (%s) for %s", act.id, act.todo_source, form.assignee or ctx.user)
        return act.id


def _close(ctx: AppContext, activity_id: int, status: str, expected_version: int | None) -> None:
    with ctx.write() as s:
        act = activity_edit.load(s, activity_id, ctx.actor)
        if act.kind not in activity_rules.TODO_KINDS:
            message = translate("Activities", "“{subject}” is not a To-Do")
            raise ServiceError(message.format(subject=act.subject))
        activity_edit.check_editable(act, ctx.actor)
        activity_edit.check_version(s, act, expected_version)
        if act.status != ActivityStatus.OPEN:
            if act.status == ActivityStatus.DONE:
                message = translate("Activities", "“{subject}” is already done")
            else:
                message = translate("Activities", "“{subject}” is already cancelled")
            raise ServiceError(message.format(subject=act.subject))
        activity_edit.set_status(act, status)


def mark_done(ctx: AppContext, activity_id: int, *, expected_version: int | None = None) -> None:
    """Done in one click: it then shows in the contact's Activity History as done."""
    _close(ctx, activity_id, ActivityStatus.DONE, expected_version)


def cancel(ctx: AppContext, activity_id: int, *, expected_version: int | None = None) -> None:
    _close(ctx, activity_id, ActivityStatus.CANCELLED, expected_version)
