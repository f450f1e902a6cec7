"""What the card's lower tabs list and add: notes, tasks, appointments and
the call log. All are activities (``services.activities``) of one kind."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import or_, select

from app.i18n import translate
from app.models import Activity, ActivityAttendee, ActivityKind, ActivityStatus, Contact, User
from app.services import policy
from app.services.activities import core as activities
from app.services.activities import edit as activity_edit
from app.services.activities import rules as activity_rules
from app.services.activities.core import ActivityInput, ActivityView
from app.services.contacts import phones
from app.services.context import AppContext, NotFound, ServiceError
from app.services.office import settings as office_settings
from app.services.validation import ValidationError

CALL_OUTCOMES = ("answered", "missed", "busy", "no answer", "voicemail")


# --- notes -----------------------------------------------------------------

def add_note(ctx: AppContext, contact_id: int, text: str, *, private: bool = False) -> int:
    if not text.strip():
        raise ValidationError({"body": translate("Activities", "The note is empty")})
    subject = text.strip().splitlines()[0][:120]
    return activities.add(ctx, ActivityInput(kind=ActivityKind.NOTE, contact_id=contact_id,
                                             subject=subject, body=text.strip(), private=private))


def edit_note(ctx: AppContext, note_id: int, text: str, *, private: bool) -> None:
    if not text.strip():
        raise ValidationError({"body": translate("Activities", "The note is empty")})
    with ctx.write() as s:
        act = s.get(Activity, note_id)
        if act is None or act.kind != ActivityKind.NOTE:
            raise NotFound(translate("Activities", "That note no longer exists"))
        if not policy.may_reword_note(ctx.actor, act.owner_id):
            raise ServiceError(translate("Activities", "Only the author can edit a note"))
        act.body, act.subject, act.private = text.strip(), text.strip().splitlines()[0][:120], private


def notes(ctx: AppContext, contact_id: int) -> list[ActivityView]:
    return activities.list_for_contact(ctx, contact_id, kinds=[ActivityKind.NOTE], limit=1000)


# --- tasks -----------------------------------------------------------------

def add_task(ctx: AppContext, contact_id: int, subject: str, *, due_at: datetime | None = None,
             owner: str | None = None, body: str = "", status: str = ActivityStatus.OPEN) -> int:
    if not subject.strip():
        raise ValidationError({"subject": translate("Activities", "A task needs a subject")})
    return activities.add(ctx, ActivityInput(
        kind=ActivityKind.TASK, contact_id=contact_id, subject=subject.strip(), body=body,
        due_at=due_at, occurred_at=due_at, status=status, owner=owner))


def set_status(ctx: AppContext, activity_id: int, status: str) -> None:
    if status not in set(ActivityStatus):
        raise ServiceError(translate("Activities", "Unknown status “{status}”").format(status=status))
    with ctx.write() as s:
        activity_edit.set_status(activity_edit.editable(s, ctx.actor, activity_id), status)


def tasks(ctx: AppContext, contact_id: int, *, status: str | None = None,
          owner: str | None = None) -> list[ActivityView]:
    rows = activities.list_for_contact(ctx, contact_id, kinds=[ActivityKind.TASK], limit=5000)
    return [t for t in rows if (status is None or t.status == status)
            and (owner is None or t.owner == owner)]


# --- appointments ------------------------------------------------------------

@dataclass(frozen=True)
class AppointmentView:
    activity: ActivityView
    place: str
    ends_at: datetime | None
    attendees: tuple[str, ...] = field(default_factory=tuple)


def add_appointment(ctx: AppContext, contact_id: int, subject: str, starts_at: datetime,
                    ends_at: datetime | None = None, *, place: str = "", body: str = "",
                    contact_ids: list[int] | None = None,
                    usernames: list[str] | None = None) -> int:
    errors = {}
    if not subject.strip():
        errors["subject"] = translate("Activities", "An appointment needs a subject")
    if ends_at is not None and ends_at <= starts_at:
        errors["ends_at"] = translate("Activities", "It ends before it starts")
    if errors:
        raise ValidationError(errors)
    with ctx.write() as s:
        aid = activities.add_in(s, ActivityInput(
            kind=ActivityKind.MEETING_APPOINTMENT, contact_id=contact_id, subject=subject.strip(),
            body=body, occurred_at=starts_at, due_at=starts_at, status=ActivityStatus.OPEN),
            owner_id=ctx.actor.id)
        act = s.get(Activity, aid)
        assert act is not None
        act.place, act.ends_at = place.strip(), ends_at
        for cid in dict.fromkeys(contact_ids or []):
            if cid != contact_id:
                if s.get(Contact, cid) is None:
                    raise NotFound(translate("Activities", "Contact {id} no longer exists").format(id=cid))
                s.add(ActivityAttendee(activity_id=aid, contact_id=cid))
        for name in dict.fromkeys(usernames or []):
            user_id = s.scalar(select(User.id).where(User.username == name))
            if user_id is None:  # a user is never made up from a name
                message = translate("Activities", "There is no user “{name}”").format(name=name)
                raise ValidationError({"attendees": message})
            s.add(ActivityAttendee(activity_id=aid, user_id=user_id))
        return aid


def appointments(ctx: AppContext, contact_id: int) -> list[AppointmentView]:
    """Appointments of the contact, including those it attends."""
    with ctx.read() as s:
        attending = select(ActivityAttendee.activity_id).where(
            ActivityAttendee.contact_id == contact_id)
        q = (select(Activity, User.username).outerjoin(User, User.id == Activity.owner_id)
             .where(Activity.kind.in_([ActivityKind.MEETING_APPOINTMENT, ActivityKind.MEETING]))
             .where(or_(Activity.contact_id == contact_id, Activity.company_id == contact_id,
                        Activity.id.in_(attending)))
             .order_by(Activity.occurred_at.desc()))
        out = []
        for act, owner in s.execute(q):
            names = []
            for att in s.scalars(select(ActivityAttendee).where(
                    ActivityAttendee.activity_id == act.id)):
                if att.contact_id:
                    c = s.get(Contact, att.contact_id)
                    names.append(c.display_name if c else "?")
                elif att.user_id:
                    u = s.get(User, att.user_id)
                    names.append(translate("Activities", "{name} (staff)").format(name=u.label if u else "?"))
            out.append(AppointmentView(activities.view_of(act, owner, ctx.actor), act.place, act.ends_at,
                                       tuple(names)))
        return out


# --- the call log ------------------------------------------------------------

def log_call(ctx: AppContext, contact_id: int, *, number: str = "", direction: str = "out",
             occurred_at: datetime | None = None, duration_s: int | None = None,
             outcome: str = "answered", subject: str = "", body: str = "",
             type_id: int | None = None) -> int:
    """"Log a call": a landline call recorded by hand (``type_id``: an office type of call)."""
    errors = {}
    if direction not in ("in", "out"):
        errors["direction"] = translate("Activities", "Incoming or outgoing?")
    if outcome not in CALL_OUTCOMES:
        errors["outcome"] = translate("Activities", "Outcome is one of: {choices}").format(
            choices=", ".join(activity_rules.outcome_label(o) for o in CALL_OUTCOMES))
    if duration_s is not None and not 0 <= duration_s <= 24 * 3600:
        errors["duration_s"] = translate("Activities", "A duration is between 0 seconds and a day")
    if errors:
        raise ValidationError(errors)
    default = "Call to" if direction == "out" else "Call from"
    return activity_edit.create(ctx, activity_edit.ActivityForm(
        kind=ActivityKind.CALL, contact_id=contact_id, occurred_at=occurred_at,
        direction=direction, number=number, duration_s=duration_s, outcome=outcome,
        subject=subject.strip() or f"{default} {number}".strip(), body=body, type_id=type_id))


def calls(ctx: AppContext, contact_id: int, *, outcome: str | None = None,
          since: datetime | None = None, until: datetime | None = None,
          user: str | None = None) -> list[ActivityView]:
    """The contact's calls, each number written as this office writes it."""
    rows = activities.list_for_contact(ctx, contact_id, kinds=[ActivityKind.CALL], since=since,
                                       until=until, limit=5000)
    with ctx.read() as s:
        region = office_settings.home_region(s)
    return [replace(c, number_display=phones.format_display(None, c.number, region))
            for c in rows if (outcome is None or c.outcome == outcome)
            and (user is None or c.owner == user)]
