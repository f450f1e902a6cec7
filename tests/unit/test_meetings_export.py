"""``meetings.export_ics``: every appointment and meeting matching the export's
filters in one .ics file, streamed a page at a time, parsed back here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from app.models import Activity
from app.services.activities import edit as activity_edit
from app.services.activities import meetings, todos
from app.services.activities.edit import ActivityForm
from app.services.importing.export import ActivityFilters
from app.services.office import users
from tests.unit.helpers import person, set_region

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def appointment(cid: int, subject: str, at: datetime, **kw) -> ActivityForm:  # type: ignore[no-untyped-def]
    return ActivityForm(kind="meeting_appointment", contact_id=cid, subject=subject,
                        occurred_at=at, ends_at=at + timedelta(hours=1), **kw)


def meeting(cid: int, subject: str, at: datetime) -> ActivityForm:
    return ActivityForm(kind="meeting", contact_id=cid, subject=subject, occurred_at=at,
                        agenda="1. Plan")


def events(path) -> list:  # type: ignore[no-untyped-def,type-arg]
    cal = Calendar.from_ical(path.read_bytes())
    assert str(cal["version"]) == "2.0" and "Ringcard" in str(cal["prodid"])
    return list(cal.walk("VEVENT"))


def summaries(path) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(e["summary"]) for e in events(path)]


def test_every_appointment_and_meeting_in_start_order_without_other_kinds(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    ann = person(bob, "Ann", "Lee", email="ann@example.com")
    guest = person(bob, "Raj", "Patel", email="raj@example.com")
    late = todos.send_todo(bob, appointment(ann, "Renewal visit", T0 + timedelta(days=2),
                                            place="Leeds", attendee_contacts=(guest,)))
    activity_edit.create(bob, meeting(ann, "Kick-off", T0))
    activity_edit.create(bob, ActivityForm(kind="call", contact_id=ann, subject="Rang",
                                           occurred_at=T0 + timedelta(days=1)))
    path = tmp_path / "all.ics"

    written = meetings.export_ics(bob, path)

    assert written == 2
    first, second = events(path)
    assert (str(first["summary"]), str(second["summary"])) == ("Kick-off", "Renewal visit")
    assert str(second["uid"]) == meetings.event_uid(late)  # the same UID as the card's export
    assert second.decoded("dtstart") == T0 + timedelta(days=2)
    assert str(second["location"]) == "Leeds"
    attendees = second.get("attendee")
    assert sorted(str(a) for a in attendees) == ["mailto:ann@example.com", "mailto:raj@example.com"]


def test_other_users_private_appointments_are_never_written(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    ann = person(alice, "Ann", "Lee")
    secret = todos.send_todo(bob, appointment(ann, "Bob's private visit", T0))
    todos.send_todo(bob, appointment(ann, "Shared visit", T0 + timedelta(hours=2)))
    with bob.write() as s:
        s.get(Activity, secret).private = True

    meetings.export_ics(alice, tmp_path / "alice.ics")  # a manager
    meetings.export_ics(bob, tmp_path / "bob.ics")

    assert summaries(tmp_path / "alice.ics") == ["Shared visit"]
    assert summaries(tmp_path / "bob.ics") == ["Bob's private visit", "Shared visit"]


def test_filters_by_kind_time_span_owner_and_contact(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bob, carol = team["bob"], team["carol"]
    ann = person(bob, "Ann", "Lee")
    ben = person(bob, "Ben", "Ray")
    todos.send_todo(bob, appointment(ann, "Ann in May", datetime(2026, 5, 4, 10, tzinfo=UTC)))
    todos.send_todo(bob, appointment(ben, "Ben in May", datetime(2026, 5, 31, 23, tzinfo=UTC)))
    todos.send_todo(carol, appointment(ann, "Carol's, June", datetime(2026, 6, 1, tzinfo=UTC)))
    activity_edit.create(bob, meeting(ann, "Met Ann in May", datetime(2026, 5, 6, tzinfo=UTC)))
    may = ActivityFilters(start=datetime(2026, 5, 1, tzinfo=UTC), end=datetime(2026, 6, 1, tzinfo=UTC))

    def export(filters: ActivityFilters) -> list[str]:
        meetings.export_ics(bob, tmp_path / "f.ics", filters)
        return summaries(tmp_path / "f.ics")

    assert export(may) == ["Ann in May", "Met Ann in May", "Ben in May"]  # the end is excluded
    assert export(ActivityFilters(kinds=("meeting",))) == ["Met Ann in May"]
    assert export(ActivityFilters(kinds=("meeting_appointment", "call"))) == [
        "Ann in May", "Ben in May", "Carol's, June"]
    assert export(ActivityFilters(contact_id=ann, owner_id=users.current(carol).id)) == [
        "Carol's, June"]
    assert export(ActivityFilters(contact_id=ben)) == ["Ben in May"]
    # only kinds without a calendar: a valid, empty calendar
    assert meetings.export_ics(bob, tmp_path / "none.ics", ActivityFilters(kinds=("call",))) == 0
    assert events(tmp_path / "none.ics") == []


def test_written_a_page_at_a_time_with_ties_in_start_time(team, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(meetings, "ICS_PAGE", 2)
    bob = team["bob"]
    ann = person(bob, "Ann", "Lee")
    made = [todos.send_todo(bob, appointment(ann, f"Visit {i}", T0 + timedelta(days=i // 3)))
            for i in range(7)]  # three share each start time: the page edge falls inside a tie
    seen: list[int] = []

    written = meetings.export_ics(bob, tmp_path / "p.ics",
                                  progress=seen.append)

    assert written == 7
    assert [str(e["uid"]) for e in events(tmp_path / "p.ics")] == [
        meetings.event_uid(i) for i in made]
    assert seen == [2, 4, 6, 7]
