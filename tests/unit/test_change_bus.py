"""The change bus, services side: every committed write says what it changed
(kinds, ids, contacts), whatever path wrote it; a write that fails says nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from app.services import changes
from app.services.activities import core as activities
from app.services.activities.core import ActivityInput
from app.services.calls.queries import CallRouter
from app.services.changes import Changes, Kind
from app.services.contacts import core as contacts
from app.services.dto import ContactInput
from app.services.validation import ValidationError
from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome
from tests.unit.helpers import person, set_region

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def heard() -> Iterator[list[Changes]]:
    seen: list[Changes] = []
    unsubscribe = changes.subscribe(seen.append)
    yield seen
    unsubscribe()


def test_a_new_contact_is_announced_with_its_id(ctx, heard) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx)
    heard.clear()
    pid = person(ctx, "Anna", "Smith", phone="020 7946 0018")
    assert [c.kinds for c in heard] == [{Kind.CONTACT}]
    assert heard[0].ids_of(Kind.CONTACT) == {pid}
    assert heard[0].contact_ids == {pid}


def test_an_activity_is_announced_for_its_contact(ctx, heard) -> None:  # type: ignore[no-untyped-def]
    pid = person(ctx, "Anna", "Smith")
    heard.clear()
    aid = activities.add(ctx, ActivityInput(kind="note", contact_id=pid, subject="Met at the fair"))
    assert len(heard) == 1
    assert heard[0].touches({Kind.ACTIVITY}) and not heard[0].touches({Kind.CONTACT})
    assert heard[0].ids_of(Kind.ACTIVITY) == {aid}
    assert heard[0].touches_contact(pid) and not heard[0].touches_contact(pid + 1)


def test_a_refused_write_announces_nothing(ctx, heard) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        contacts.create(ctx, ContactInput(kind="person"))  # no name at all
    with pytest.raises(RuntimeError), ctx.write() as s:  # a write that fails half-way
        contacts.create_in(s, ContactInput(kind="person", first_name="Half", last_name="Way"))
        s.flush()
        raise RuntimeError("the user's disk filled up")
    assert heard == []


def test_a_call_written_at_core_level_is_announced(ctx, heard) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx)
    pid = person(ctx, "John", "Smith", phone="020 7946 0018")
    heard.clear()
    router = CallRouter(ctx)
    router.handle(CallEvent(EventKind.IDENTIFIED, "c1", "sip", "line 1", T0,
                            caller=CallerId("+442079460018", "SMITH J")))
    router.handle(CallEvent(EventKind.ENDED, "c1", "sip", "line 1", T0, outcome=Outcome.ANSWERED))
    logged = [c for c in heard if c.kinds != {Kind.USER}]  # the desk's user, made on first use
    assert [c.kinds for c in logged] == [{Kind.ACTIVITY}, {Kind.ACTIVITY}]  # logged, then ended
    assert all(c.contact_ids == {pid} for c in logged)
    router.handle(CallEvent(EventKind.IDENTIFIED, "c2", "sip", "line 1", T0,
                            caller=CallerId("+442079460999", "")))  # nobody's number
    assert heard[-1].kinds == {Kind.BUFFER}


def test_bulk_changes_say_many_instead_of_listing(ctx, heard) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from app.models import Activity

    with ctx.write() as s:
        s.execute(update(Activity).values(subject="x"))  # an ORM bulk update: ids unknown
    assert heard[-1].ids_of(Kind.ACTIVITY) is None
    assert heard[-1].touches_contact(12345)  # any contact may be concerned


def test_a_failing_listener_does_not_undo_or_stop_the_write(ctx, heard) -> None:  # type: ignore[no-untyped-def]
    def broken(_c: Changes) -> None:
        raise RuntimeError("a view that crashed")

    unsubscribe = changes.subscribe(broken)
    try:
        pid = person(ctx, "Anna", "Smith")
    finally:
        unsubscribe()
    assert contacts.get(ctx, pid).first_name == "Anna"
    assert heard and heard[-1].ids_of(Kind.CONTACT) == {pid}  # the others still heard it
