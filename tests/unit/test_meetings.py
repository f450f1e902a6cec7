"""Meetings (reference 000): a Meeting Appointment converts into a done Meeting
in the Activity History; appointments export as .ics (parsed back here)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app.models import AuditEntry
from app.services.activities import core as activities
from app.services.activities import edit as activity_edit
from app.services.activities import meetings, todos
from app.services.activities.edit import ActivityForm
from app.services.context import NotFound, ServiceError
from app.services.validation import ValidationError
from tests.unit.helpers import company, person, set_region

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)




def appointment(cid: int, subject: str = "Renewal visit", **kw) -> ActivityForm:  # type: ignore[no-untyped-def]
    values = dict(kind="meeting_appointment", contact_id=cid, subject=subject, occurred_at=T0,
                  ends_at=T0 + timedelta(hours=1), place="Their office, Leeds")
    values.update(kw)
    return ActivityForm(**values)  # type: ignore[arg-type]


def test_an_appointment_converts_into_a_done_meeting_kept_in_the_history(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee")
    guest = person(bob, "Raj", "Patel")
    aid = todos.send_todo(bob, appointment(cid, body="Bring the brochure",
                                           attendee_contacts=(guest,), attendee_users=("carol",)))
    assert [r.id for r in todos.my_todos(bob, now=T0 - timedelta(days=1))] == [aid]
    version = activity_edit.get(bob, aid).version
    got_id = meetings.convert_to_meeting(bob, aid, agenda="1. Renewal\n2. Prices",
                                         details="Agreed a 2-year renewal",
                                         ends_at=T0 + timedelta(hours=2), expected_version=version)
    assert got_id == aid
    met = activity_edit.get(bob, aid)
    assert met.form.kind == "meeting" and met.form.status == "done" and met.completed_at
    assert met.form.agenda == "1. Renewal\n2. Prices"
    assert met.form.body == "Agreed a 2-year renewal"
    assert met.form.ends_at == T0 + timedelta(hours=2) and met.form.due_at is None
    assert met.form.place == "Their office, Leeds" and met.owner == "bob"
    assert met.form.attendee_contacts == (guest,) and met.form.attendee_users == ("carol",)
    assert todos.my_todos(bob, now=T0) == []  # no longer a To-Do
    assert [(h.id, h.kind, h.status) for h in activities.list_for_contact(bob, cid)] == [
        (aid, "meeting", "done")]
    with bob.read() as s:
        changes = {(e.field, e.old, e.new) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "activity", AuditEntry.entity_id == aid,
                                     AuditEntry.action == "update"))}
    assert ("kind", "meeting_appointment", "meeting") in changes
    assert ("status", "open", "done") in changes


def test_details_left_empty_keep_the_appointment_notes(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    aid = todos.send_todo(ctx, appointment(cid, body="Parking at the back"))
    meetings.convert_to_meeting(ctx, aid, agenda="Renewal", details="  ")
    got = activity_edit.get(ctx, aid).form
    assert got.body == "Parking at the back" and got.ends_at == T0 + timedelta(hours=1)


def test_converting_twice_or_something_else_is_refused_clearly(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee")
    aid = todos.send_todo(bob, appointment(cid))
    meetings.convert_to_meeting(bob, aid, agenda="Renewal", details="")
    with pytest.raises(ServiceError, match="already a meeting"):
        meetings.convert_to_meeting(bob, aid, agenda="Again", details="")
    task = todos.send_todo(bob, ActivityForm(kind="task", contact_id=cid, subject="Quote", due_at=T0))
    with pytest.raises(ServiceError, match="Only a meeting appointment"):
        meetings.convert_to_meeting(bob, task, agenda="x", details="")
    dropped = todos.send_todo(bob, appointment(cid, subject="Dropped"))
    todos.cancel(bob, dropped)
    with pytest.raises(ServiceError, match="cancelled"):
        meetings.convert_to_meeting(bob, dropped, agenda="x", details="")
    assert activity_edit.get(bob, task).form.kind == "task"
    with pytest.raises(NotFound):
        meetings.convert_to_meeting(bob, 999_999, agenda="x", details="")


def test_bad_input_others_appointments_and_stale_versions_change_nothing(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    cid = person(alice, "Ann", "Lee")
    aid = todos.send_todo(bob, appointment(cid))
    with pytest.raises(ValidationError) as err:
        meetings.convert_to_meeting(bob, aid, agenda="  ", details="x")
    assert "agenda" in err.value.errors
    with pytest.raises(ValidationError) as err:
        meetings.convert_to_meeting(bob, aid, agenda="x", details="", ends_at=T0 - timedelta(hours=1))
    assert "ends_at" in err.value.errors
    with pytest.raises(ServiceError, match="another rep"):
        meetings.convert_to_meeting(carol, aid, agenda="x", details="")
    seen = activity_edit.get(bob, aid).version
    activity_edit.update(alice, aid, activity_edit.form_for(activity_edit.get(alice, aid),
                                                            place="Our office"))
    with pytest.raises(activity_edit.StaleActivity):
        meetings.convert_to_meeting(bob, aid, agenda="x", details="", expected_version=seen)
    got = activity_edit.get(bob, aid)
    assert got.form.kind == "meeting_appointment" and got.form.status == "open"
    meetings.convert_to_meeting(alice, aid, agenda="Manager's notes", details="")  # a manager may
    assert activity_edit.get(bob, aid).form.kind == "meeting"


def _events(data: bytes) -> list:  # type: ignore[type-arg]
    cal = Calendar.from_ical(data)
    assert str(cal["version"]) == "2.0" and "Ringcard" in str(cal["prodid"])
    return list(cal.walk("VEVENT"))


def test_ics_has_one_event_per_appointment_with_its_fields(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Zoë", "Ångström", email="zoe@example.se")
    guest = person(bob, "Raj", "Patel", email="raj@example.com")
    quiet = person(bob, "No", "Mail")
    long_body = "Discuss " + "the renewal terms and the service plan, " * 12
    aid = todos.send_todo(bob, appointment(
        cid, subject="Besprechung über Verträge – café ☕ in Malmö", body=long_body,
        attendee_contacts=(guest, quiet), attendee_users=("carol",)))
    mid = activity_edit.create(bob, ActivityForm(
        kind="meeting", contact_id=cid, subject="Kick-off", occurred_at=T0 - timedelta(days=3),
        agenda="1. Plan", body="Went well"))
    call = activity_edit.create(bob, ActivityForm(kind="call", contact_id=cid, subject="Rang"))
    data = meetings.appointments_ics(bob, [aid, mid, call])
    assert max(len(line) for line in data.split(b"\r\n")) <= 75  # long lines are folded
    events = _events(data)
    assert [str(e["uid"]) for e in events] == [f"ringcard-activity-{mid}@ringcard",
                                               f"ringcard-activity-{aid}@ringcard"]
    appt = events[1]
    assert str(appt["summary"]) == "Besprechung über Verträge – café ☕ in Malmö"
    assert str(appt["location"]) == "Their office, Leeds"
    assert str(appt["description"]) == long_body.strip()
    assert appt.decoded("dtstart") == T0 and appt.decoded("dtend") == T0 + timedelta(hours=1)
    assert appt.decoded("dtstart").utcoffset() == timedelta(0)
    assert b"DTSTART:20261123T090000Z" in data
    attendees = appt.get("attendee")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert sorted(str(a) for a in attendees) == ["mailto:raj@example.com", "mailto:zoe@example.se"]
    assert {str(a.params["CN"]) for a in attendees} == {"Zoë Ångström", "Raj Patel"}
    meeting = events[0]
    assert "Agenda:\n1. Plan" in str(meeting["description"]) and "dtend" not in meeting
    # the UID stays the same when the appointment changes (the calendar updates it)
    activity_edit.update(bob, aid, activity_edit.form_for(activity_edit.get(bob, aid),
                                                          place="Café Noir"))
    again = _events(meetings.appointments_ics(bob, [aid]))[0]
    assert str(again["uid"]) == str(appt["uid"]) and str(again["location"]) == "Café Noir"
    assert int(again["sequence"]) > int(appt["sequence"])


def test_contact_ics_lists_its_appointments_and_those_it_attends(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee", email="ann@example.com")
    firm = company(bob, "Hope Works")
    own = todos.send_todo(bob, appointment(cid, subject="Ann's visit"))
    attends = todos.send_todo(bob, appointment(firm, subject="At Hope Works",
                                               occurred_at=T0 + timedelta(days=1),
                                               ends_at=T0 + timedelta(days=1, hours=1),
                                               attendee_contacts=(cid,)))
    todos.send_todo(bob, appointment(firm, subject="Not Ann's"))
    dropped = todos.send_todo(bob, appointment(cid, subject="Called off",
                                               occurred_at=T0 + timedelta(days=2),
                                               ends_at=T0 + timedelta(days=2, hours=1)))
    todos.cancel(bob, dropped)
    events = _events(meetings.contact_appointments_ics(bob, cid))
    assert [str(e["summary"]) for e in events] == ["Ann's visit", "At Hope Works", "Called off"]
    assert [str(e["status"]) for e in events] == ["CONFIRMED", "CONFIRMED", "CANCELLED"]
    assert str(events[0]["uid"]).endswith(f"-{own}@ringcard")
    assert str(events[1]["uid"]).endswith(f"-{attends}@ringcard")
    assert _events(meetings.appointments_ics(bob, [])) == []


def test_private_activities_of_others_are_never_exported(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    aid = todos.send_todo(bob, appointment(cid, subject="Shared"))
    with bob.write() as s:  # no form makes a private appointment today; the export must not care
        from app.models import Activity

        s.get(Activity, aid).private = True
    assert _events(meetings.appointments_ics(alice, [aid])) == []
    assert _events(meetings.contact_appointments_ics(alice, cid)) == []
    assert [str(e["summary"]) for e in _events(meetings.appointments_ics(bob, [aid]))] == ["Shared"]


def test_participants_name_contacts_and_staff_with_their_first_email(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee", email="ann@example.com")
    firm = company(bob, "Hope Works")
    got = meetings.participants(bob, [firm, cid, 999_999], ["carol", "nobody"])
    assert [(p.contact_id, p.username, p.label, p.email) for p in got] == [
        (firm, None, "Hope Works", ""), (cid, None, "Ann Lee", "ann@example.com"),
        (None, "carol", "Carol Cole", "")]
