"""One activity of any type: forms per kind, validation on the field, ownership,
private notes and stale edits (reference 000, 003)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.services.activities import edit as ae
from app.services.activities import rules as activity_rules
from app.services.context import NotFound, ServiceError
from app.services.validation import ValidationError
from tests.unit.helpers import person, set_region

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)




def test_every_kind_of_reference_000_can_be_recorded_with_its_own_form(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee", phone="020 7946 0018")
    extra = {"call": {"direction": "out", "number": "020 7946 0018", "duration_s": 60,
                      "outcome": "answered"},
             "meeting": {"ends_at": T0 + timedelta(hours=1), "place": "Their office",
                         "agenda": "1. Renewal"},
             "meeting_appointment": {"ends_at": T0 + timedelta(hours=1), "status": "open",
                                     "due_at": T0},
             "task": {"status": "open", "due_at": T0 + timedelta(days=2)},
             "mail": {"direction": "in", "address": "ann@example.com"},
             "fax": {"number": "020 7946 0018"}, "sms": {"number": "020 7946 0018"},
             "live_chat": {"address": "ann@example.com"}, "ticket": {}}
    for kind in activity_rules.RULES:
        if kind == "note":
            aid = ae.create(ctx, ae.ActivityForm(kind="note", contact_id=cid, body="Likes tea"))
        else:
            aid = ae.create(ctx, ae.ActivityForm(kind=kind, contact_id=cid, subject=f"A {kind}",
                                                 occurred_at=T0, **extra.get(kind, {})))
        got = ae.get(ctx, aid)
        assert got.form.kind == kind and got.editable
        for name, value in extra.get(kind, {}).items():
            assert getattr(got.form, name) == value, (kind, name)
    assert ae.get(ctx, aid).form.subject == "Likes tea"  # a note's first line


def test_bad_input_is_named_on_its_field_and_nothing_is_saved(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    cases = [
        (ae.ActivityForm(kind="task", contact_id=cid, subject="  "), "subject"),
        (ae.ActivityForm(kind="task", contact_id=cid, subject="x", occurred_at=T0,
                         due_at=T0 - timedelta(days=1), status="open"), "due_at"),
        (ae.ActivityForm(kind="meeting", contact_id=cid, subject="x", occurred_at=T0,
                         ends_at=T0), "ends_at"),
        (ae.ActivityForm(kind="task", contact_id=cid, subject="x", assignee="nobody"),
         "assignee"),
        (ae.ActivityForm(kind="task", subject="x"), "contact_id"),
        (ae.ActivityForm(kind="call", contact_id=cid, subject="x", status="open"), "status"),
        (ae.ActivityForm(kind="call", contact_id=cid, subject="x", private=True), "private"),
        (ae.ActivityForm(kind="nonsense", contact_id=cid, subject="x"), "kind"),
    ]
    for form, field_name in cases:
        with pytest.raises(ValidationError) as err:
            ae.create(ctx, form)
        assert field_name in err.value.errors, (form, err.value.errors)
    from app.services.activities import core as activities

    assert activities.list_for_contact(ctx, cid) == []


def test_fax_sms_chat_and_tickets_are_kept_without_a_contact(ctx) -> None:  # type: ignore[no-untyped-def]
    for kind in ("fax", "sms", "live_chat", "ticket"):
        aid = ae.create(ctx, ae.ActivityForm(kind=kind, subject=f"Unlinked {kind}"))
        assert ae.get(ctx, aid).form.contact_id is None


def test_another_reps_activity_cannot_be_changed_but_a_manager_may(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    cid = person(alice, "Ann", "Lee")
    aid = ae.create(bob, ae.ActivityForm(kind="call", contact_id=cid, subject="Bob's call",
                                         occurred_at=T0))
    got = ae.get(carol, aid)
    assert not got.editable
    form = ae.form_for(got, subject="Carol was here")
    with pytest.raises(ServiceError, match="another rep"):
        ae.update(carol, aid, form)
    with pytest.raises(ServiceError):
        ae.reschedule(carol, aid, T0 + timedelta(days=1))
    with pytest.raises(ServiceError):
        ae.remove(carol, aid)
    assert ae.get(bob, aid).form.subject == "Bob's call"
    ae.update(alice, aid, ae.form_for(ae.get(alice, aid), subject="Fixed by the manager"))
    assert ae.get(bob, aid).form.subject == "Fixed by the manager"


def test_a_private_note_exists_only_for_its_author(team) -> None:  # type: ignore[no-untyped-def]
    from app.services.activities import by_contact as contact_activities
    from app.services.activities import core as activities

    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    nid = ae.create(bob, ae.ActivityForm(kind="note", contact_id=cid, body="Secret", private=True))
    assert ae.get(bob, nid).form.private
    with pytest.raises(NotFound):
        ae.get(alice, nid)  # not even a manager
    with pytest.raises(NotFound):
        ae.update(alice, nid, ae.ActivityForm(kind="note", contact_id=cid, body="x"))
    assert activities.list_for_contact(alice, cid) == []
    assert contact_activities.notes(alice, cid) == []
    assert [n.id for n in contact_activities.notes(bob, cid)] == [nid]


def test_an_edit_based_on_an_old_version_is_refused_saying_who(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    aid = ae.create(bob, ae.ActivityForm(kind="task", contact_id=cid, subject="Quote",
                                         status="open", due_at=T0))
    mine = ae.get(bob, aid)
    ae.update(alice, aid, ae.form_for(ae.get(alice, aid), subject="Quote v2"))
    with pytest.raises(ae.StaleActivity, match="alice"):
        ae.update(bob, aid, ae.form_for(mine, subject="Quote (bob)"),
                  expected_version=mine.version)
    assert ae.get(bob, aid).form.subject == "Quote v2"


def test_office_types_take_their_base_kinds_rules(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.activities import types as activity_types

    cid = person(ctx, "Ann", "Lee")
    tid = activity_types.add_type(ctx, "On Site inspection", "meeting")
    aid = ae.create(ctx, ae.ActivityForm(kind="meeting", type_id=tid, contact_id=cid,
                                         subject="Roof", occurred_at=T0,
                                         ends_at=T0 + timedelta(hours=2)))
    assert ae.get(ctx, aid).type_name == "On Site inspection"
    with pytest.raises(ValidationError) as err:
        ae.create(ctx, ae.ActivityForm(kind="call", type_id=tid, contact_id=cid, subject="x"))
    assert "type_id" in err.value.errors
    activity_types.set_active(ctx, tid, False)
    with pytest.raises(ValidationError):
        ae.create(ctx, ae.ActivityForm(kind="meeting", type_id=tid, contact_id=cid, subject="y"))
    assert ae.get(ctx, aid).type_name == "On Site inspection"  # the old ones keep their name


def test_reschedule_moves_the_deadline_and_the_end_with_it(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    aid = ae.create(ctx, ae.ActivityForm(kind="meeting_appointment", contact_id=cid,
                                         subject="Visit", occurred_at=T0, due_at=T0,
                                         ends_at=T0 + timedelta(hours=1), status="open"))
    later = T0 + timedelta(days=3)
    ae.reschedule(ctx, aid, later)
    got = ae.get(ctx, aid).form
    assert (got.occurred_at, got.due_at, got.ends_at) == (later, later, later + timedelta(hours=1))
