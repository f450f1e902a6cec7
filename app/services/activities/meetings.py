"""Meetings (reference 000): a Meeting Appointment is a To-Do for a meeting;
when the meeting has taken place the rep converts it into a Meeting, adding the
agenda and details, and it stays in the contact's Activity History as done.
Meetings held without an appointment are recorded directly (``activity_edit``).

Appointments and meetings export as iCalendar (.ics): one VEVENT per activity
with a UID that stays the same for that activity, so a calendar that imports
the file again updates the event instead of doubling it. ``export_ics`` writes
every appointment and meeting matching ``export_files.ActivityFilters`` into one
file, streamed a page at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.models import (
    Activity,
    ActivityAttendee,
    ActivityKind,
    ActivityStatus,
    Contact,
    ContactEmail,
    User,
    utcnow,
)
from app.services import policy
from app.services.activities import edit as activity_edit
from app.services.activities.todos import contact_label
from app.services.context import AppContext, ServiceError
from app.services.importing.export import ActivityFilters
from app.services.validation import ValidationError

log = logging.getLogger(__name__)

CALENDAR_KINDS = (ActivityKind.MEETING_APPOINTMENT, ActivityKind.MEETING)
# stable across desks sharing one database (a host name would differ per desk)
UID_DOMAIN = "ringcard"
PRODID = "-//Ringcard//Ringcard CRM//EN"


@dataclass(frozen=True)
class Participant:
    """A contact or an employee taking part, as a dialog lists them."""

    contact_id: int | None
    username: str | None
    label: str
    email: str = ""
    kind: str = ""  # person, company or employee


# --- converting an appointment ----------------------------------------------------

def convert_to_meeting(ctx: AppContext, appointment_id: int, *, agenda: str, details: str,
                       ends_at: datetime | None = None,
                       expected_version: int | None = None) -> int:
    """The appointment becomes a done Meeting in the Activity History, with its
    agenda and details (``details`` replaces the appointment's notes when given);
    attendees, contact, case and owner stay. Returns the activity's id (the same
    record: the audit history shows the change of type)."""
    with ctx.write() as s:
        user = ctx.actor
        act = activity_edit.load(s, appointment_id, user)
        if act.kind == ActivityKind.MEETING:
            message = translate("Activities", "“{subject}” is already a meeting")
            raise ServiceError(message.format(subject=act.subject))
        if act.kind != ActivityKind.MEETING_APPOINTMENT:
            message = translate("Activities", "Only a meeting appointment can be converted to a meeting")
            raise ServiceError(message)
        activity_edit.check_editable(act, user)
        activity_edit.check_version(s, act, expected_version)
        if act.status == ActivityStatus.CANCELLED:
            raise ServiceError(translate("Activities", "“{subject}” was cancelled; a cancelled appointment "
                                         "is not converted to a meeting").format(subject=act.subject))
        if not agenda.strip():
            raise ValidationError({"agenda": translate("Activities", "What was on the agenda?")})
        detail = activity_edit.detail(s, act, user)
        form = activity_edit.form_for(
            detail, kind=ActivityKind.MEETING, status=ActivityStatus.DONE, type_id=None,
            due_at=None, agenda=agenda.strip(), body=details.strip() or act.body,
            ends_at=ends_at if ends_at is not None else act.ends_at, assignee=None)
        activity_edit.validate(s, form, user)  # the owner stays; only the fields are checked
        act.kind, act.type_id, act.due_at = ActivityKind.MEETING, None, None
        act.agenda, act.body, act.ends_at = form.agenda, form.body, form.ends_at
        activity_edit.set_status(act, ActivityStatus.DONE)
        log.info("appointment %d converted to a meeting", act.id)
        return act.id


# --- who takes part ---------------------------------------------------------------------

def _emails(s: Session, contact_ids: Iterable[int]) -> dict[int, str]:
    """Each contact's first e-mail address (by position)."""
    ids = list(dict.fromkeys(contact_ids))
    out: dict[int, str] = {}
    if not ids:
        return out
    rows = s.execute(select(ContactEmail.contact_id, ContactEmail.address)
                     .where(ContactEmail.contact_id.in_(ids))
                     .order_by(ContactEmail.contact_id, ContactEmail.position, ContactEmail.id))
    for cid, address in rows:
        out.setdefault(cid, address)
    return out


def _contacts(s: Session, contact_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Each contact's display name and kind (person / company)."""
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        return {}
    rows = s.execute(select(Contact.id, Contact.kind, Contact.first_name, Contact.last_name,
                            Contact.company_name).where(Contact.id.in_(ids)))
    return {cid: (contact_label(kind, first, last, company), kind)
            for cid, kind, first, last, company in rows}


def participants(ctx: AppContext, contact_ids: Sequence[int] = (),
                 usernames: Sequence[str] = ()) -> list[Participant]:
    """Names (and first e-mail) of contacts and employees, in the order given;
    contacts that no longer exist are left out."""
    with ctx.read() as s:
        found = _contacts(s, contact_ids)
        emails = _emails(s, found)
        people = [Participant(cid, None, found[cid][0], emails.get(cid, ""), found[cid][1])
                  for cid in dict.fromkeys(contact_ids) if cid in found]
        names = list(dict.fromkeys(usernames))
        staff = {u.username: u for u in s.scalars(select(User).where(User.username.in_(names)))} \
            if names else {}
        people += [Participant(None, n, staff[n].label, kind="employee")
                   for n in names if n in staff]
        return people


# --- iCalendar export -----------------------------------------------------------------

def event_uid(activity_id: int) -> str:
    return f"ringcard-activity-{activity_id}@{UID_DOMAIN}"


def _attendee(email: str, name: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["cn"] = vText(name)
    address.params["role"] = vText("REQ-PARTICIPANT")
    return address


def _event(act: Activity, people: list[tuple[str, str]], stamp: datetime) -> Event:
    ev = Event()
    ev.add("uid", event_uid(act.id))
    ev.add("dtstamp", stamp)
    ev.add("dtstart", act.occurred_at)
    if act.ends_at is not None:
        ev.add("dtend", act.ends_at)
    ev.add("summary", act.subject)
    if act.place:
        ev.add("location", act.place)
    description = act.body
    if act.agenda:
        description = f"Agenda:\n{act.agenda}" + (f"\n\n{act.body}" if act.body else "")
    if description:
        ev.add("description", description)
    ev.add("status", "CANCELLED" if act.status == ActivityStatus.CANCELLED else "CONFIRMED")
    ev.add("sequence", max(act.version - 1, 0))
    if act.created_at is not None:
        ev.add("created", act.created_at)
    if act.updated_at is not None:
        ev.add("last-modified", act.updated_at)
    for email, name in people:
        ev.add("attendee", _attendee(email, name), encode=False)
    return ev


def _calendar(s: Session, acts: list[Activity]) -> bytes:
    cal = _empty_calendar()
    for event in _events(s, acts, utcnow().replace(microsecond=0)):
        cal.add_component(event)
    return cal.to_ical()


def _empty_calendar() -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    return cal


def _events(s: Session, acts: list[Activity], stamp: datetime) -> list[Event]:
    """One VEVENT per activity, its contact and attending contacts with an e-mail as attendees."""
    ids = [a.id for a in acts]
    attending: dict[int, list[int]] = {i: [] for i in ids}
    if ids:
        for aid, cid in s.execute(select(ActivityAttendee.activity_id, ActivityAttendee.contact_id)
                                  .where(ActivityAttendee.activity_id.in_(ids),
                                         ActivityAttendee.contact_id.is_not(None))
                                  .order_by(ActivityAttendee.id)):
            if cid is not None:
                attending[aid].append(cid)
    everyone = {c for a in acts for c in ([a.contact_id] if a.contact_id else [])}
    everyone |= {c for cs in attending.values() for c in cs}
    found, emails = _contacts(s, everyone), _emails(s, everyone)
    out = []
    for act in acts:
        who = ([act.contact_id] if act.contact_id else []) + attending[act.id]
        people = [(emails[c], found.get(c, ("", ""))[0]) for c in dict.fromkeys(who)
                  if c in emails]
        out.append(_event(act, people, stamp))
    return out


def appointments_ics(ctx: AppContext, activity_ids: list[int]) -> bytes:
    """An .ics file of these appointments and meetings (other kinds, and what
    the user may not see, are left out), in the order of their start."""
    with ctx.read() as s:
        acts = list(s.scalars(select(Activity).where(
            Activity.id.in_(list(dict.fromkeys(activity_ids))),
            Activity.kind.in_(CALENDAR_KINDS), policy.visible_activities(ctx.actor))
            .order_by(Activity.occurred_at, Activity.id))) if activity_ids else []
        return _calendar(s, acts)


def contact_appointments_ics(ctx: AppContext, contact_id: int) -> bytes:
    """Every appointment and meeting of a contact, including those it attends."""
    with ctx.read() as s:
        attends = select(ActivityAttendee.activity_id).where(
            ActivityAttendee.contact_id == contact_id)
        acts = list(s.scalars(select(Activity).where(
            or_(Activity.contact_id == contact_id, Activity.company_id == contact_id,
                Activity.id.in_(attends)),
            Activity.kind.in_(CALENDAR_KINDS), policy.visible_activities(ctx.actor))
            .order_by(Activity.occurred_at, Activity.id)))
        return _calendar(s, acts)


ICS_PAGE = 500


def export_ics(ctx: AppContext, path: str | Path, filters: ActivityFilters | None = None,
               progress: Callable[[int], None] | None = None) -> int:
    """Writes one .ics calendar of every appointment and meeting (``CALENDAR_KINDS``)
    matching ``filters``, in the order of their start, without other users' private
    ones; read ``ICS_PAGE`` at a time. Returns the number of events. ``progress``
    is called with the events written so far."""
    filters = filters or ActivityFilters()
    head = _empty_calendar().to_ical()
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    stamp = utcnow().replace(microsecond=0)
    count = 0
    after: tuple[datetime, int] | None = None
    with open(path, "wb") as f:
        f.write(head[:-len(end)])
        while True:
            q = (filters.apply(select(Activity), ctx.actor).where(Activity.kind.in_(CALENDAR_KINDS))
                 .order_by(Activity.occurred_at, Activity.id))
            if after is not None:
                q = q.where(or_(Activity.occurred_at > after[0],
                                and_(Activity.occurred_at == after[0], Activity.id > after[1])))
            with ctx.read() as s:
                acts = list(s.scalars(q.limit(ICS_PAGE)))
                events = _events(s, acts, stamp)
            for event in events:
                f.write(event.to_ical())
            count += len(events)
            if progress is not None:
                progress(count)
            if len(acts) < ICS_PAGE:
                break
            after = (acts[-1].occurred_at, acts[-1].id)
        f.write(end)
    return count
