"""Cases (reference 003): Next Action continues a case, Close case closes it,
Case info shows the whole chain; ownership and stale versions as for any edit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import TicketEvent
from app.services.activities import edit as ae
from app.services.context import AppContext, NotFound, ServiceError
from app.services.helpdesk import cases
from app.services.validation import ValidationError
from tests.unit.helpers import person, set_region

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)




def _task(ctx: AppContext, cid: int, subject: str, at: datetime = T0, **kw) -> int:  # type: ignore[no-untyped-def]
    return ae.create(ctx, ae.ActivityForm(kind="task", contact_id=cid, subject=subject,
                                          occurred_at=at, due_at=at, status="open", **kw))


def _next(subject: str, at: datetime, kind: str = "task", **kw) -> ae.ActivityForm:  # type: ignore[no-untyped-def]
    status = "open" if kind == "task" else "done"
    return ae.ActivityForm(kind=kind, subject=subject, occurred_at=at, status=status, **kw)


def test_an_activity_outside_a_case_is_a_chain_of_one(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    aid = ae.create(ctx, ae.ActivityForm(kind="call", contact_id=cid, subject="First call",
                                         occurred_at=T0))
    info = cases.case_info(ctx, aid)
    assert (info.case_id, info.subject, info.contact_id, info.closed) == (None, "First call",
                                                                          cid, False)
    assert [(s.id, s.type_name, s.status) for s in info.chain] == [(aid, "Call", "done")]


def test_next_action_closes_this_one_and_continues_the_case(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    first = _task(ctx, cid, "Send the quote")
    second = cases.next_action(ctx, first, _next("Next: call about the quote",
                                                 T0 + timedelta(days=2)))
    done = ae.get(ctx, first)
    assert done.form.status == "done" and done.completed_at is not None
    new = ae.get(ctx, second)
    assert new.form.status == "open" and new.form.contact_id == cid  # taken from the first
    assert new.case_id == done.case_id is not None
    third = cases.next_action(ctx, second, _next("Meeting to sign", T0 + timedelta(days=5),
                                                 kind="meeting", contact_id=cid),
                              expected_version=new.version)
    info = cases.case_info(ctx, third)
    assert info.subject == "Send the quote"  # the case is named after its first activity
    assert info.opened_at == T0 and not info.closed
    assert [(s.id, s.kind, s.status, s.owner) for s in info.chain] == [
        (first, "task", "done", "alice"), (second, "task", "done", "alice"),
        (third, "meeting", "done", "alice")]
    assert cases.case_info(ctx, first) == info


def test_a_refused_next_action_saves_nothing(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    first = _task(ctx, cid, "Send the quote")
    with pytest.raises(ValidationError) as err:
        cases.next_action(ctx, first, _next("  ", T0 + timedelta(days=1)))
    assert "subject" in err.value.errors
    with pytest.raises(ValidationError) as err:
        cases.next_action(ctx, first, ae.ActivityForm(
            kind="task", subject="Chase", status="open", occurred_at=T0,
            due_at=T0 - timedelta(days=1)))
    assert "due_at" in err.value.errors
    still = ae.get(ctx, first)
    assert (still.form.status, still.case_id, still.completed_at) == ("open", None, None)
    assert len(cases.case_info(ctx, first).chain) == 1


def test_only_the_owner_or_a_manager_continues_or_closes_a_case(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    cid = person(alice, "Ann", "Lee")
    bobs = _task(bob, cid, "Bob's matter")
    with pytest.raises(ServiceError, match="another rep"):
        cases.next_action(carol, bobs, _next("Carol steps in", T0))
    with pytest.raises(ServiceError, match="another rep"):
        cases.close_case(carol, bobs)
    assert ae.get(bob, bobs).form.status == "open"
    assert cases.case_info(carol, bobs).case_id is None  # anyone may look
    nxt = cases.next_action(alice, bobs, _next("Manager follows up", T0 + timedelta(days=1)))
    assert ae.get(alice, nxt).owner == "alice"
    assert ae.get(alice, bobs).form.status == "done"


def test_a_next_action_based_on_an_old_version_is_refused(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    aid = _task(bob, cid, "Quote")
    seen = ae.get(bob, aid)
    ae.reschedule(alice, aid, T0 + timedelta(days=1))
    with pytest.raises(ae.StaleActivity, match="alice"):
        cases.next_action(bob, aid, _next("Follow-up", T0 + timedelta(days=3)),
                          expected_version=seen.version)
    assert ae.get(bob, aid).form.status == "open"


def test_close_case_completes_this_one_and_cancels_the_rest(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    first = _task(bob, cid, "Quote")
    second = cases.next_action(bob, first, _next("Call back", T0 + timedelta(days=1)))
    # a side task of the same matter, still open
    third = cases.next_action(bob, second, _next("Visit", T0 + timedelta(days=7)))
    ae.update(bob, second, ae.form_for(ae.get(bob, second), status="open"))  # reopened

    assert cases.close_case(bob, third) == 1  # "Call back" was cancelled
    info = cases.case_info(alice, first)
    assert info.closed and info.closed_by == "Bob Baker"
    assert {s.subject: s.status for s in info.chain} == {"Quote": "done", "Call back": "cancelled",
                                                         "Visit": "done"}
    with pytest.raises(ServiceError, match="closed on .* by Bob Baker"):
        cases.next_action(bob, third, _next("One more", T0 + timedelta(days=9)))
    with pytest.raises(ServiceError, match="already closed"):
        cases.close_case(bob, first)
    assert len(cases.case_info(bob, first).chain) == 3


def test_closing_a_lone_activity_makes_it_a_closed_case_of_one(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    aid = _task(ctx, cid, "Lone task")
    assert cases.close_case(ctx, aid) == 0
    info = cases.case_info(ctx, aid)
    assert info.case_id is not None and info.closed and info.closed_by == "alice"
    assert [s.status for s in info.chain] == ["done"]


def test_a_rep_cannot_close_a_case_while_another_rep_has_an_open_step(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    cid = person(alice, "Ann", "Lee")
    first = _task(bob, cid, "Quote")
    carols = cases.next_action(bob, first, _next("Carol calls", T0 + timedelta(days=1),
                                                 assignee="carol"))
    with pytest.raises(ServiceError, match="Carol Cole still has “Carol calls” open"):
        cases.close_case(bob, first)
    assert not cases.case_info(bob, first).closed
    assert ae.get(carol, carols).form.status == "open"
    assert cases.close_case(alice, first) == 1  # a manager may
    assert ae.get(carol, carols).form.status == "cancelled"


def test_a_ticket_closed_with_its_case_records_the_closing(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    tid = ae.create(ctx, ae.ActivityForm(kind="ticket", contact_id=cid, subject="Printer jam",
                                         occurred_at=T0, assignee="alice"))
    assert cases.close_case(ctx, tid) == 0
    got = ae.get(ctx, tid)
    assert (got.form.status, got.form.ticket_status) == ("done", "closed")
    with ctx.read() as s:
        events = [(e.old_status, e.new_status, e.note) for e in s.scalars(
            select(TicketEvent).where(TicketEvent.activity_id == tid))]
    assert events == [("new", "closed", "Case closed")]


def test_case_info_leaves_out_another_users_private_notes(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    first = _task(bob, cid, "Quote")
    cases.next_action(bob, first, ae.ActivityForm(kind="note", body="Only for Bob",
                                                  private=True, occurred_at=T0))
    assert [s.kind for s in cases.case_info(bob, first).chain] == ["task", "note"]
    assert [s.kind for s in cases.case_info(alice, first).chain] == ["task"]
    note_id = cases.case_info(bob, first).chain[1].id
    with pytest.raises(NotFound):
        cases.case_info(alice, note_id)
