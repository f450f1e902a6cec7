"""One activity of any type: read it, record it, edit it, reschedule or delete it.

The rules every screen relies on live here:
- the form of each kind (``activity_rules``); office-defined types share their
  base kind's form and rules;
- validation with a message on the field: empty subject, a deadline before the
  start, an end before the start, an unknown assignee ... and nothing is saved;
- ownership: an activity belongs to its owner (the assigned rep); who may
  see and change it is ``policy``'s to say (private notes: their author only);
- an edit based on an older version is refused, saying who changed it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.models import (
    Activity,
    ActivityAttendee,
    ActivityKind,
    ActivityStatus,
    ActivityType,
    AuditEntry,
    Contact,
    Priority,
    TicketStatus,
    TodoSource,
    User,
    utcnow,
)
from app.services import policy
from app.services.activities import rules as activity_rules
from app.services.contacts import phones
from app.services.context import Actor, AppContext, NotFound, ServiceError
from app.services.office import settings as office_settings
from app.services.validation import ValidationError

CALL_OUTCOMES = ("answered", "missed", "busy", "no answer", "voicemail", "rejected", "ringing")


class StaleActivity(ServiceError):
    """Someone else saved the activity after this edit began."""


@dataclass
class ActivityForm:
    """What a rep fills in. ``assignee``: a username; None means yourself, except
    for a ticket, where None leaves it unassigned in the help desk queue."""

    kind: str
    subject: str = ""
    body: str = ""
    contact_id: int | None = None
    company_id: int | None = None
    type_id: int | None = None  # an office-defined type with this base kind
    occurred_at: datetime | None = None  # when it happened / starts
    due_at: datetime | None = None  # a To-Do's deadline
    ends_at: datetime | None = None
    status: str = ActivityStatus.DONE
    direction: str | None = None
    number: str = ""
    duration_s: int | None = None
    outcome: str = ""
    place: str = ""
    address: str = ""
    agenda: str = ""
    priority: str = Priority.NORMAL
    assignee: str | None = None
    ticket_status: str = ""
    missed: bool = False
    private: bool = False
    attendee_contacts: tuple[int, ...] = ()
    attendee_users: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActivityDetail:
    id: int
    version: int
    form: ActivityForm
    type_name: str  # the office type's name, else the kind's label
    owner: str | None  # username
    owner_label: str
    assigned_by: str | None
    todo_source: str
    case_id: int | None
    completed_at: datetime | None
    forwarded_from_id: int | None
    contact_name: str
    editable: bool  # may the current user change it?
    attendees: tuple[str, ...] = field(default_factory=tuple)  # names, for display
    created_at: datetime | None = None


# --- who may see and change what -----------------------------------------------

def can_edit(act: Activity, actor: Actor) -> bool:
    return policy.may_edit_activity(actor, act.owner_id, act.private)


def check_editable(act: Activity, actor: Actor) -> None:
    if not can_edit(act, actor):
        if act.private:
            raise ServiceError(translate("Activities", "This is someone else's private note"))
        raise ServiceError(translate("Activities", "This activity belongs to another rep; only they "
                                     "or a manager can change it"))


def load(s: Session, activity_id: int, actor: Actor) -> Activity:
    """The activity as this user may see it (private ones of others do not exist)."""
    act = s.get(Activity, activity_id)
    if act is None or not policy.may_see_activity(actor, act.owner_id, act.private):
        raise NotFound(translate("Activities", "That activity no longer exists"))
    return act


def check_version(s: Session, act: Activity, expected_version: int | None) -> None:
    if expected_version is None or act.version == expected_version:
        return
    last = s.scalars(select(AuditEntry).where(AuditEntry.entity == "activity",
                                              AuditEntry.entity_id == act.id)
                     .order_by(AuditEntry.id.desc()).limit(1)).first()
    who = translate("Activities", " by {user}").format(user=last.user) if last and last.user else ""
    raise StaleActivity(translate(
        "Activities", "“{subject}” was changed{who} after you opened it. Open it again "
        "to see the new values; your changes were not saved.").format(subject=act.subject, who=who))


def editable(s: Session, actor: Actor, activity_id: int,
             expected_version: int | None = None) -> Activity:
    """The activity about to be changed by ``actor``: it exists for them, is theirs
    to change (or they manage) and nobody saved it since ``expected_version``."""
    act = load(s, activity_id, actor)
    check_editable(act, actor)
    check_version(s, act, expected_version)
    return act


# --- validation -------------------------------------------------------------------

def _assignee(s: Session, form: ActivityForm, acting: Actor) -> int | None:
    if form.assignee is None:
        return None if form.kind == ActivityKind.TICKET else acting.id
    name = form.assignee.strip()
    user = s.scalar(select(User).where(User.username == name))
    if user is None or not user.active:
        message = translate("Activities", "There is no active user “{name}”")
        raise ValidationError({"assignee": message.format(name=name)})
    return user.id


def validate(s: Session, form: ActivityForm, acting: Actor) -> int | None:
    """Check everything; return the owner-to-be's id (None: an unassigned ticket).
    Raises ValidationError naming fields."""
    errors: dict[str, str] = {}
    try:
        rules = activity_rules.rules(form.kind)
    except ValueError as exc:
        raise ValidationError({"kind": str(exc)}) from None
    if form.kind == ActivityKind.NOTE:
        if not form.body.strip():
            errors["body"] = translate("Activities", "The note is empty")
    elif not form.subject.strip():
        errors["subject"] = translate("Activities", "Give it a subject")
    if len(form.subject.strip()) > 300:
        errors["subject"] = translate("Activities", "A subject is at most 300 characters")
    if form.type_id is not None:
        t = s.get(ActivityType, form.type_id)
        if t is None or not t.active:
            errors["type_id"] = translate("Activities", "That activity type is no longer available")
        elif t.base_kind != form.kind:
            errors["type_id"] = translate("Activities", "“{type}” is a kind of {kind}").format(
                type=activity_rules.type_label(t.name), kind=activity_rules.rules(t.base_kind).label)
    if form.status not in set(ActivityStatus):
        errors["status"] = translate("Activities", "Unknown status “{status}”").format(status=form.status)
    elif form.status == ActivityStatus.OPEN and not rules.todo and form.kind != ActivityKind.TICKET:
        errors["status"] = translate("Activities", "A {kind_lower} is recorded, not set as a To-Do").format(
            kind_lower=activity_rules.in_sentence(form.kind))
    start = form.occurred_at
    if form.due_at is not None and start is not None and form.due_at < start:
        errors["due_at"] = translate("Activities", "The deadline is before the start")
    if form.ends_at is not None and start is not None and form.ends_at <= start:
        errors["ends_at"] = translate("Activities", "It ends before it starts")
    if form.direction not in (None, "in", "out"):
        errors["direction"] = translate("Activities", "Incoming or outgoing?")
    if form.duration_s is not None and not 0 <= form.duration_s <= 24 * 3600:
        errors["duration_s"] = translate("Activities", "A duration is between 0 seconds and a day")
    if form.kind == ActivityKind.CALL and form.outcome and form.outcome not in CALL_OUTCOMES:
        errors["outcome"] = translate("Activities", "Outcome is one of: {choices}").format(
            choices=", ".join(activity_rules.outcome_label(o) for o in CALL_OUTCOMES[:5]))
    if form.priority not in set(Priority):
        errors["priority"] = translate("Activities", "Priority is low, normal or high")
    if form.kind == ActivityKind.TICKET and form.ticket_status not in ("", *set(TicketStatus)):
        errors["ticket_status"] = translate("Activities", "Unknown ticket status “{status}”").format(
            status=form.ticket_status)
    if form.private and form.kind != ActivityKind.NOTE:
        errors["private"] = translate("Activities", "Only notes can be private")
    for cid, name in ((form.contact_id, "contact_id"), (form.company_id, "company_id")):
        if cid is not None and s.scalar(select(Contact.id).where(Contact.id == cid)) is None:
            errors[name] = translate("Activities", "That contact no longer exists")
    if form.contact_id is None and form.company_id is None and not rules.keeps_without_contact:
        errors["contact_id"] = translate("Activities", "A {kind_lower} belongs to a contact").format(
            kind_lower=activity_rules.in_sentence(form.kind))
    for cid in form.attendee_contacts:
        if s.scalar(select(Contact.id).where(Contact.id == cid)) is None:
            errors["attendees"] = translate("Activities", "Contact {id} no longer exists").format(id=cid)
    for name in form.attendee_users:
        if s.scalar(select(User.id).where(User.username == name)) is None:
            errors["attendees"] = translate("Activities", "There is no user “{name}”").format(name=name)
    owner: int | None = None
    try:
        owner = _assignee(s, form, acting)
    except ValidationError as exc:
        errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return owner


# --- read ---------------------------------------------------------------------------

def _type_name(s: Session, act: Activity) -> str:
    if act.type_id is not None:
        t = s.get(ActivityType, act.type_id)
        if t is not None:
            return activity_rules.type_label(t.name)
    return activity_rules.RULES[act.kind].label if act.kind in activity_rules.RULES else act.kind


def detail(s: Session, act: Activity, actor: Actor) -> ActivityDetail:
    owner = s.get(User, act.owner_id) if act.owner_id else None
    by = s.get(User, act.assigned_by_id) if act.assigned_by_id else None
    contact = s.get(Contact, act.contact_id) if act.contact_id else None
    att_contacts, att_users, names = [], [], []
    for att in s.scalars(select(ActivityAttendee).where(ActivityAttendee.activity_id == act.id)):
        if att.contact_id is not None:
            c = s.get(Contact, att.contact_id)
            att_contacts.append(att.contact_id)
            names.append(c.display_name if c else "?")
        elif att.user_id is not None:
            u = s.get(User, att.user_id)
            if u is not None:
                att_users.append(u.username)
                names.append(translate("Activities", "{name} (staff)").format(name=u.label))
    form = ActivityForm(
        kind=act.kind, subject=act.subject, body=act.body, contact_id=act.contact_id,
        company_id=act.company_id, type_id=act.type_id, occurred_at=act.occurred_at,
        due_at=act.due_at, ends_at=act.ends_at, status=act.status, direction=act.direction,
        number=act.number_raw, duration_s=act.duration_s, outcome=act.outcome, place=act.place,
        address=act.address, agenda=act.agenda, priority=act.priority,
        assignee=owner.username if owner else None, ticket_status=act.ticket_status,
        missed=act.missed, private=act.private, attendee_contacts=tuple(att_contacts),
        attendee_users=tuple(att_users))
    return ActivityDetail(
        id=act.id, version=act.version, form=form, type_name=_type_name(s, act),
        owner=owner.username if owner else None, owner_label=owner.label if owner else "",
        assigned_by=by.username if by else None, todo_source=act.todo_source,
        case_id=act.case_id, completed_at=act.completed_at,
        forwarded_from_id=act.forwarded_from_id,
        contact_name=contact.display_name if contact else "", editable=can_edit(act, actor),
        attendees=tuple(names), created_at=act.created_at)


def get(ctx: AppContext, activity_id: int) -> ActivityDetail:
    with ctx.read() as s:
        return detail(s, load(s, activity_id, ctx.actor), ctx.actor)


# --- write -----------------------------------------------------------------------------

def _apply(s: Session, act: Activity, form: ActivityForm, owner_id: int | None,
           acting: Actor) -> None:
    subject = form.subject.strip()
    if form.kind == ActivityKind.NOTE and not subject:
        subject = form.body.strip().splitlines()[0][:120]
    act.kind, act.subject, act.body = form.kind, subject, form.body.strip()
    act.contact_id, act.company_id, act.type_id = form.contact_id, form.company_id, form.type_id
    act.occurred_at = form.occurred_at or form.due_at or act.occurred_at or utcnow()
    act.due_at, act.ends_at, act.direction = form.due_at, form.ends_at, form.direction
    if act.number_raw != form.number:
        act.number_raw = form.number
        act.number_e164 = (phones.normalize(form.number, office_settings.home_region(s),
                                            strict=False).e164 if form.number else None)
    act.duration_s, act.outcome = form.duration_s, form.outcome
    act.place, act.address, act.agenda = form.place.strip(), form.address.strip(), form.agenda
    act.priority, act.missed, act.private = form.priority, form.missed, form.private
    if form.kind == ActivityKind.TICKET:
        act.ticket_status = form.ticket_status or act.ticket_status or TicketStatus.NEW
        if act.status != ActivityStatus.CANCELLED:
            act.status = (ActivityStatus.DONE if act.ticket_status == TicketStatus.CLOSED
                          else ActivityStatus.OPEN)
    else:
        set_status(act, form.status)
    if owner_id is not None and owner_id != act.owner_id and act.owner_id is not None \
            and owner_id != acting.id:
        act.assigned_by_id = acting.id  # handed on to another rep
        act.todo_source = _source(acting)
    act.owner_id = owner_id


def _source(acting: Actor) -> str:
    """Who gave a To-Do to someone else: a manager or a fellow rep."""
    return TodoSource.MANAGER if policy.is_manager(acting) else TodoSource.REP


def set_status(act: Activity, status: str) -> None:
    """Status with its completion time: a done To-Do lands in the history as done."""
    if status == ActivityStatus.DONE and act.status != ActivityStatus.DONE:
        act.completed_at = utcnow()
    elif status != ActivityStatus.DONE:
        act.completed_at = None
    act.status = status


def _set_attendees(s: Session, act: Activity, form: ActivityForm) -> None:
    s.execute(delete(ActivityAttendee).where(ActivityAttendee.activity_id == act.id))
    for cid in dict.fromkeys(form.attendee_contacts):
        if cid != act.contact_id:
            s.add(ActivityAttendee(activity_id=act.id, contact_id=cid))
    for name in dict.fromkeys(form.attendee_users):  # validate() saw that they exist
        user_id = s.scalar(select(User.id).where(User.username == name))
        s.add(ActivityAttendee(activity_id=act.id, user_id=user_id))


def create_in(s: Session, form: ActivityForm, acting: Actor, *, source: str = "",
              case_id: int | None = None, forwarded_from_id: int | None = None) -> Activity:
    owner = validate(s, form, acting)
    act = Activity(kind=form.kind, occurred_at=form.occurred_at or form.due_at or utcnow(),
                   source=source or "manual", case_id=case_id,
                   forwarded_from_id=forwarded_from_id)
    if owner is not None and owner != acting.id:
        act.assigned_by_id = acting.id
        act.todo_source = _source(acting)
    elif activity_rules.rules(form.kind).todo and form.status == ActivityStatus.OPEN:
        act.todo_source = TodoSource.SELF
    _apply(s, act, form, owner, acting)
    s.add(act)
    s.flush()
    if form.attendee_contacts or form.attendee_users:
        _set_attendees(s, act, form)
    return act


def create(ctx: AppContext, form: ActivityForm) -> int:
    with ctx.write() as s:
        return create_in(s, form, ctx.actor).id


def update(ctx: AppContext, activity_id: int, form: ActivityForm, *,
           expected_version: int | None = None) -> None:
    """Save an edit; refused (StaleActivity) if someone saved since ``expected_version``."""
    with ctx.write() as s:
        act = editable(s, ctx.actor, activity_id, expected_version)
        if form.kind != act.kind:
            message = translate("Activities", "The type of a recorded activity cannot change")
            raise ValidationError({"kind": message})
        owner = validate(s, form, ctx.actor)
        _apply(s, act, form, owner, ctx.actor)
        if any(h for h in (form.attendee_contacts, form.attendee_users)) or \
                activity_rules.has_field(form.kind, "attendees"):
            _set_attendees(s, act, form)


def reschedule(ctx: AppContext, activity_id: int, when: datetime, *,
               expected_version: int | None = None) -> None:
    """Move an activity (a To-Do's deadline moves with it, keeping its length)."""
    with ctx.write() as s:
        act = editable(s, ctx.actor, activity_id, expected_version)
        if act.ends_at is not None:
            act.ends_at = when + (act.ends_at - act.occurred_at)
        if act.due_at is not None:
            act.due_at = when + max(act.due_at - act.occurred_at, when - when)
        act.occurred_at = when


def remove(ctx: AppContext, activity_id: int) -> None:
    with ctx.write() as s:
        s.delete(editable(s, ctx.actor, activity_id))


def form_for(detail: ActivityDetail, **changes: object) -> ActivityForm:
    """A copy of an activity's form with some fields changed (Next Action, edits)."""
    return replace(detail.form, **changes)  # type: ignore[arg-type]
