"""Caller lookup and the unmatched "Big Data" buffer."""

from datetime import UTC, datetime

import pytest

from app.services.activities import core as activities
from app.services.activities.core import EventInput
from app.services.calls import lookup as phone_lookup
from app.services.contacts import core as contacts
from app.services.dto import PhoneInput
from app.services.office import settings as office_settings
from tests.unit.helpers import person, set_region


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def look(ctx, raw: str) -> phone_lookup.LookupResult:  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        return phone_lookup.lookup(s, raw)


def test_exact_e164_in_any_written_form(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    for raw in ("+442079460018", "0044 20 7946 0018", "02079460018"):
        r = look(ctx, raw)
        assert (r.unique, r.how) == (cid, "e164"), raw


def test_last_digits_fall_back_only_when_unique(ctx) -> None:  # type: ignore[no-untyped-def]
    a = person(ctx, "John", "Smith", phone="020 7946 0018")
    # a PBX that strips the trunk prefix and sends the number oddly
    r = look(ctx, "9 207946 0018")
    assert (r.unique, r.how) == (a, "tail")
    person(ctx, "Jim", "Smyth", phone="+1 207 946 0018")  # same last 9 digits in Maine
    r = look(ctx, "9 207946 0018")
    assert r.unique is None and len(r.contact_ids) == 2


def test_match_digits_setting(ctx) -> None:  # type: ignore[no-untyped-def]
    a = person(ctx, "John", "Smith", phone="020 7946 0018")
    with ctx.write() as s:
        office_settings.set_value(s, "match_digits", 6)
    assert look(ctx, "999 460018").unique == a
    with ctx.write() as s:
        office_settings.set_value(s, "match_digits", 11)
    assert look(ctx, "999 460018").unique is None


def test_several_contacts_sharing_a_number_are_all_returned(ctx) -> None:  # type: ignore[no-untyped-def]
    a = person(ctx, "John", "Smith", phone="020 7946 0018")
    b = person(ctx, "Mary", "Smith", phone="+44 20 7946 0018")
    assert look(ctx, "02079460018").contact_ids == tuple(sorted((a, b)))


def test_unknown_and_garbage_numbers(ctx) -> None:  # type: ignore[no-untyped-def]
    person(ctx, "John", "Smith", phone="020 7946 0018")
    assert look(ctx, "0161 496 0000").contact_ids == ()
    assert look(ctx, "anonymous").contact_ids == ()
    assert look(ctx, "").contact_ids == ()


def test_an_unknown_call_waits_in_the_buffer_until_its_contact_exists(ctx) -> None:  # type: ignore[no-untyped-def]
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    where, ev = activities.add_event(ctx, EventInput(number="+44 161 496 0000",
                                                     occurred_at=when, caller_name="MANCHESTER",
                                                     outcome="missed", source="sip"))
    assert where == "buffer"
    assert [b.id for b in activities.list_buffered(ctx)] == [ev]
    cid = person(ctx, "Pat", "Kaur")
    assert activities.list_for_contact(ctx, cid) == []
    # the contact gets the number (written nationally): the call moves over
    data = contacts.as_input(ctx, cid)
    data.phones = [PhoneInput("0161 496 0000")]
    contacts.update_contact(ctx, cid, data)
    assert activities.list_buffered(ctx) == []
    history = activities.list_for_contact(ctx, cid)
    assert [(a.kind, a.outcome, a.direction) for a in history] == [("call", "missed", "in")]
    assert history[0].occurred_at.replace(tzinfo=None) == when.replace(tzinfo=None)


def test_a_known_caller_logs_straight_to_the_history(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    where, act = activities.add_event(ctx, EventInput(number="02079460018", outcome="answered",
                                                      duration_s=42))
    assert where == "activity"
    assert [a.id for a in activities.list_for_contact(ctx, cid)] == [act]


def test_withheld_calls_stay_buffered_and_can_be_moved_by_hand(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    _, ev = activities.add_event(ctx, EventInput(number="", withheld=True, outcome="missed"))
    assert [b.withheld for b in activities.list_buffered(ctx)] == [True]
    assert activities.move_buffered(ctx, [ev], cid) == 1
    assert activities.list_buffered(ctx) == []
    assert len(activities.list_for_contact(ctx, cid)) == 1


def test_activities_list_by_type_and_period(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "John", "Smith")
    for kind, day in (("call", 1), ("meeting", 5), ("note", 9), ("sms", 12)):
        activities.add(ctx, activities.ActivityInput(
            kind=kind, contact_id=cid, occurred_at=datetime(2026, 11, day, tzinfo=UTC),
            subject=kind))
    got = activities.list_for_contact(ctx, cid, since=datetime(2026, 11, 4, tzinfo=UTC),
                                      until=datetime(2026, 11, 12, tzinfo=UTC))
    assert [a.kind for a in got] == ["note", "meeting"]
    assert [a.kind for a in activities.list_for_contact(ctx, cid, kinds=["sms", "call"])] == [
        "sms", "call"]


def test_private_notes_are_visible_only_to_their_author(ctx) -> None:  # type: ignore[no-untyped-def]
    from tests.actors import acting

    cid = person(ctx, "John", "Smith")
    activities.add(ctx, activities.ActivityInput(kind="note", contact_id=cid, private=True,
                                                 subject="salary"))
    bob = acting(ctx.db, "bob")
    assert len(activities.list_for_contact(ctx, cid)) == 1
    assert activities.list_for_contact(bob, cid) == []


def test_every_reference_activity_type_can_be_recorded(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "John", "Smith")
    kinds = ["call", "task", "meeting", "meeting_appointment", "mail", "direct_mail", "fax",
             "sms", "ticket", "live_chat", "note"]
    for k in kinds:
        activities.add(ctx, activities.ActivityInput(kind=k, contact_id=cid))
    assert sorted(a.kind for a in activities.list_for_contact(ctx, cid)) == sorted(kinds)
    with pytest.raises(activities.ServiceError, match="Unknown activity type"):
        activities.add(ctx, activities.ActivityInput(kind="telegram", contact_id=cid))


def test_times_keep_their_instant_whatever_the_zone(ctx) -> None:  # type: ignore[no-untyped-def]
    """A call entered at 10:30 in Oslo (+01:00) is the same moment read back
    (aware, UTC), and period filters in local time find it."""
    from datetime import timedelta, timezone

    oslo = timezone(timedelta(hours=1))
    cid = person(ctx, "Kari", "Nordmann")
    when = datetime(2026, 11, 20, 10, 30, tzinfo=oslo)
    activities.add(ctx, activities.ActivityInput(kind="call", contact_id=cid, occurred_at=when))
    [got] = activities.list_for_contact(ctx, cid)
    assert got.occurred_at.tzinfo is not None
    assert got.occurred_at == when  # 09:30 UTC
    assert got.occurred_at.hour == 9
    inside = activities.list_for_contact(ctx, cid, since=datetime(2026, 11, 20, 10, 29, tzinfo=oslo),
                                         until=datetime(2026, 11, 20, 10, 31, tzinfo=oslo))
    assert len(inside) == 1
    before = activities.list_for_contact(ctx, cid, until=datetime(2026, 11, 20, 10, 30, tzinfo=oslo))
    assert before == []
