"""To-Do activities (reference 000): set for yourself or sent to another rep with
deadline and priority, the source recorded, My To-Dos nearest deadline first,
overdue flagged, one-click done landing in the Activity History, past tasks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.models import Activity
from app.services.activities import core as activities
from app.services.activities import edit as activity_edit
from app.services.activities import todos
from app.services.activities.edit import ActivityForm
from app.services.context import NotFound, ServiceError
from app.services.validation import ValidationError
from tests.unit.helpers import company, person, set_region

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)




def task(cid: int, subject: str, due: datetime | None, **kw) -> ActivityForm:  # type: ignore[no-untyped-def]
    return ActivityForm(kind="task", contact_id=cid, subject=subject, occurred_at=T0 - timedelta(days=7),
                        due_at=due, **kw)


def test_my_todos_nearest_deadline_first_overdue_flagged_undated_last(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee")
    firm = company(bob, "Hope Works")
    later = todos.send_todo(bob, task(cid, "Send the quote", T0 + timedelta(days=3), priority="high"))
    late = todos.send_todo(bob, task(firm, "Chase invoice", T0 - timedelta(hours=2)))
    soon = todos.send_todo(bob, task(cid, "Call back", T0 + timedelta(hours=1)))
    undated = todos.send_todo(bob, ActivityForm(
        kind="meeting_appointment", contact_id=cid, subject="Visit", occurred_at=T0 + timedelta(days=9),
        ends_at=T0 + timedelta(days=9, hours=1)))  # an appointment is due when it starts
    rows = todos.my_todos(bob, now=T0)
    assert [r.id for r in rows] == [late, soon, later, undated]
    assert [r.overdue for r in rows] == [True, False, False, False]
    assert rows[0].contact_name == "Hope Works" and rows[1].contact_name == "Ann Lee"
    assert rows[2].priority == "high" and rows[2].source == "self" and rows[2].assigned_by is None
    assert rows[3].due_at == T0 + timedelta(days=9) and rows[3].kind == "meeting_appointment"
    assert [r.id for r in todos.overdue(bob, now=T0)] == [late]
    # a day later the call back is overdue too, the longest overdue first
    assert [r.id for r in todos.overdue(bob, now=T0 + timedelta(days=1))] == [late, soon]
    assert todos.my_todos(team["carol"], now=T0) == []  # only the user's own
    assert len(todos.my_todos(bob, now=T0, limit=2)) == 2


def test_lifecycle_done_in_one_click_lands_in_the_history_as_done(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee")
    tid = todos.send_todo(bob, task(cid, "Send the quote", T0))
    assert activity_edit.get(bob, tid).form.status == "open"
    todos.mark_done(bob, tid, expected_version=activity_edit.get(bob, tid).version)
    got = activity_edit.get(bob, tid)
    assert got.form.status == "done" and got.completed_at is not None
    assert todos.my_todos(bob, now=T0 + timedelta(days=1)) == []
    assert todos.overdue(bob, now=T0 + timedelta(days=1)) == []
    history = activities.list_for_contact(bob, cid)
    assert [(h.id, h.status) for h in history] == [(tid, "done")]
    with pytest.raises(ServiceError, match="already done"):
        todos.mark_done(bob, tid)
    other = todos.send_todo(bob, task(cid, "Book the visit", T0))
    todos.cancel(bob, other)
    assert activity_edit.get(bob, other).form.status == "cancelled"
    assert activity_edit.get(bob, other).completed_at is None
    with pytest.raises(ServiceError, match="already cancelled"):
        todos.mark_done(bob, other)


def test_sending_to_another_rep_records_the_source_and_who_sent_it(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    cid = person(alice, "Ann", "Lee")
    from_rep = todos.send_todo(bob, task(cid, "Carol, call Ann", T0, assignee="carol"))
    from_manager = todos.send_todo(alice, task(cid, "Carol, quote Ann", T0 + timedelta(days=1),
                                               assignee="carol"))
    alert = todos.send_todo(alice, task(cid, "Win-back: Ann", T0 + timedelta(days=2),
                                        assignee="carol"), todo_source="alert")
    rows = {r.id: r for r in todos.my_todos(carol, now=T0 - timedelta(days=1))}
    assert set(rows) == {from_rep, from_manager, alert}
    assert (rows[from_rep].source, rows[from_rep].assigned_by) == ("rep", "bob")
    assert rows[from_rep].assigned_by_label == "Bob Baker" and rows[from_rep].owner == "carol"
    assert (rows[from_manager].source, rows[from_manager].assigned_by) == ("manager", "alice")
    assert rows[alert].source == "alert"
    assert todos.my_todos(bob, now=T0) == []  # sent away: not bob's any more
    detail = activity_edit.get(carol, from_rep)
    assert detail.todo_source == "rep" and detail.assigned_by == "bob" and detail.owner == "carol"


def test_another_rep_cannot_mark_it_done_but_the_manager_can(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    cid = person(alice, "Ann", "Lee")
    tid = todos.send_todo(bob, task(cid, "Bob's quote", T0))
    with pytest.raises(ServiceError, match="another rep"):
        todos.mark_done(carol, tid)
    with pytest.raises(ServiceError, match="another rep"):
        todos.cancel(carol, tid)
    assert activity_edit.get(bob, tid).form.status == "open"
    todos.mark_done(alice, tid)
    assert activity_edit.get(bob, tid).form.status == "done"


def test_a_stale_click_is_refused_and_changes_nothing(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    tid = todos.send_todo(bob, task(cid, "Quote", T0))
    seen = activity_edit.get(bob, tid).version
    activity_edit.update(alice, tid, activity_edit.form_for(activity_edit.get(alice, tid),
                                                            due_at=T0 + timedelta(days=1)))
    with pytest.raises(activity_edit.StaleActivity, match="alice"):
        todos.mark_done(bob, tid, expected_version=seen)
    assert activity_edit.get(bob, tid).form.status == "open"


def test_bad_input_is_refused_on_its_field_and_nothing_is_saved(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee")
    cases = [
        (task(cid, "No deadline", None), "due_at"),
        (task(cid, "  ", T0), "subject"),
        (task(cid, "To nobody", T0, assignee="nobody"), "assignee"),
        (ActivityForm(kind="task", contact_id=cid, subject="Backwards", occurred_at=T0,
                      due_at=T0 - timedelta(days=1)), "due_at"),
        (ActivityForm(kind="call", contact_id=cid, subject="A call", due_at=T0), "kind"),
    ]
    for form, field_name in cases:
        with pytest.raises(ValidationError) as err:
            todos.send_todo(bob, form)
        assert field_name in err.value.errors, (form, err.value.errors)
    with pytest.raises(ValidationError) as err:
        todos.send_todo(bob, task(cid, "x", T0), todo_source="gossip")
    assert "todo_source" in err.value.errors
    with pytest.raises(ValidationError) as err:  # every refusal at once, each on its field
        todos.send_todo(bob, task(cid, "", None, assignee="nobody"))
    assert set(err.value.errors) == {"subject", "due_at", "assignee"}
    assert activities.list_for_contact(bob, cid) == []


def test_past_tasks_are_entered_as_completed_or_cancelled(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee")
    done = activity_edit.create(bob, ActivityForm(kind="task", contact_id=cid, subject="Sent brochure",
                                                  occurred_at=T0 - timedelta(days=2), status="done"))
    dropped = activity_edit.create(bob, ActivityForm(kind="task", contact_id=cid, subject="Old lead",
                                                     occurred_at=T0 - timedelta(days=3),
                                                     status="cancelled"))
    assert activity_edit.get(bob, done).completed_at is not None
    assert activity_edit.get(bob, dropped).completed_at is None
    assert todos.my_todos(bob, now=T0) == [] and todos.overdue(bob, now=T0) == []
    assert {(h.id, h.status) for h in activities.list_for_contact(bob, cid)} == {
        (done, "done"), (dropped, "cancelled")}


def test_only_to_dos_are_marked_done_and_others_private_notes_do_not_exist(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    call = activity_edit.create(bob, ActivityForm(kind="call", contact_id=cid, subject="Rang"))
    with pytest.raises(ServiceError, match="not a To-Do"):
        todos.mark_done(bob, call)
    note = activity_edit.create(bob, ActivityForm(kind="note", contact_id=cid, body="Secret",
                                                  private=True))
    with pytest.raises(NotFound):
        todos.mark_done(alice, note)


def test_my_todos_reads_through_the_owner_due_index(ctx) -> None:  # type: ignore[no-untyped-def]
    """The list's query is a range scan of ix_activities_owner_due, not a table scan."""
    cid = person(ctx, "Ann", "Lee")
    for i in range(30):
        todos.send_todo(ctx, task(cid, f"T{i}", T0 + timedelta(hours=i)))
    with ctx.read() as s:
        me = ctx.actor.id
        q = todos._query(me).where(Activity.due_at.is_not(None)).order_by(Activity.due_at)
        sql = str(q.compile(s.bind, compile_kwargs={"literal_binds": True}))
        if s.bind.dialect.name == "sqlite":
            plan = " ".join(str(r[-1]) for r in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
            assert "ix_activities_owner_due" in plan, plan
        else:
            s.connection().exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = " ".join(r[0] for r in s.connection().exec_driver_sql(f"EXPLAIN {sql}"))
            assert "ix_activities_owner_due" in plan, plan
