"""The help desk (reference 000, "Activities VS Tickets"): tickets open to any rep
(unassigned queue, claim), status with progress checks kept as history, linked
to a contact or only in the help desk, forwarding calls, chats and mails as a
To-Do or a Ticket, and who may change a ticket."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.services.activities import core as activities
from app.services.activities import edit as ae
from app.services.activities import messages as message_records
from app.services.activities.edit import ActivityForm, StaleActivity
from app.services.context import AppContext, ServiceError
from app.services.helpdesk import tickets as helpdesk
from app.services.validation import ValidationError
from tests.unit.helpers import person, set_region

T0 = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)




def ticket(ctx: AppContext, subject: str = "Printer jams", **kw) -> int:  # type: ignore[no-untyped-def]
    return helpdesk.open_ticket(ctx, ActivityForm(kind="ticket", subject=subject, **kw))


def ids(rows) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.id for r in rows]


def test_a_new_ticket_waits_in_the_unassigned_queue_until_a_rep_claims_it(team) -> None:  # type: ignore[no-untyped-def]
    bob, carol = team["bob"], team["carol"]
    tid = ticket(carol, "Invoice shows the wrong VAT")
    assert ids(helpdesk.list_tickets(bob, "unassigned")) == [tid]
    row = helpdesk.list_tickets(bob, "open")[0]
    assert (row.status, row.owner, row.editable) == ("new", None, True)  # anyone's
    assert helpdesk.list_tickets(bob, "mine") == []

    helpdesk.claim(bob, tid)
    assert helpdesk.list_tickets(bob, "unassigned") == []
    mine = helpdesk.list_tickets(bob, "mine")
    assert ids(mine) == [tid] and mine[0].owner == "bob" and mine[0].owner_label == "Bob Baker"
    assert not helpdesk.list_tickets(carol, "open")[0].editable  # greyed out for carol
    assert helpdesk.open_tickets_count(carol) == 1


def test_claiming_a_ticket_someone_else_has_is_refused_naming_who(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    tid = ticket(alice)
    helpdesk.claim(bob, tid)
    with pytest.raises(ServiceError, match="Bob Baker already has"):
        helpdesk.claim(carol, tid)
    with pytest.raises(ServiceError, match="Bob Baker already has"):
        helpdesk.claim(alice, tid)  # a manager reassigns, but does not "claim"
    helpdesk.claim(bob, tid)  # claiming your own again changes nothing
    assert helpdesk.get_ticket(carol, tid).owner == "bob"
    notes = [e.note for e in helpdesk.ticket_history(carol, tid)]
    assert notes == ["Opened", "Claimed by Bob Baker"]


def test_every_status_change_is_kept_with_its_note_as_the_history(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    tid = ticket(bob, "Cannot log in", assignee="bob")
    helpdesk.set_ticket_status(bob, tid, "open", "Asked for the error message")
    helpdesk.set_ticket_status(bob, tid, "waiting", "Waiting for the screenshot")
    helpdesk.set_ticket_status(bob, tid, "waiting", "Reminded the customer")  # a progress note
    helpdesk.set_ticket_status(bob, tid, "resolved", "Password reset")
    history = helpdesk.ticket_history(bob, tid)
    assert [(e.old_status, e.new_status, e.note) for e in history] == [
        ("", "new", "Opened"),
        ("new", "open", "Asked for the error message"),
        ("open", "waiting", "Waiting for the screenshot"),
        ("waiting", "waiting", "Reminded the customer"),
        ("waiting", "resolved", "Password reset"),
    ]
    assert {e.user for e in history} == {"bob"} and history[1].user_label == "Bob Baker"
    assert all(a.at <= b.at for a, b in zip(history, history[1:], strict=False))
    assert helpdesk.get_ticket(bob, tid).status == "resolved"


def test_a_status_change_without_a_note_is_refused_on_the_note_and_not_saved(ctx) -> None:  # type: ignore[no-untyped-def]
    tid = ticket(ctx)
    for note in ("", "   \n "):
        with pytest.raises(ValidationError) as err:
            helpdesk.set_ticket_status(ctx, tid, "closed", note)
        assert "note" in err.value.errors
    with pytest.raises(ValidationError) as err:
        helpdesk.set_ticket_status(ctx, tid, "finished", "done")
    assert "status" in err.value.errors
    assert helpdesk.get_ticket(ctx, tid).status == "new"
    assert len(helpdesk.ticket_history(ctx, tid)) == 1


def test_closing_marks_the_activity_done_and_reopening_makes_it_open(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    tid = ticket(ctx, contact_id=cid)
    helpdesk.set_ticket_status(ctx, tid, "closed", "Replaced the toner")
    got = ae.get(ctx, tid)
    assert got.form.status == "done" and got.completed_at is not None
    assert ids(helpdesk.list_tickets(ctx, "closed")) == [tid]
    assert helpdesk.list_tickets(ctx, "open") == [] and helpdesk.open_tickets_count(ctx) == 0
    with pytest.raises(ServiceError, match="closed"):
        helpdesk.claim(ctx, tid)

    helpdesk.set_ticket_status(ctx, tid, "open", "It jams again")
    got = ae.get(ctx, tid)
    assert got.form.status == "open" and got.completed_at is None
    assert ids(helpdesk.list_tickets(ctx, "open")) == [tid] and helpdesk.open_tickets_count(ctx) == 1
    assert ids(helpdesk.list_tickets(ctx, "all")) == [tid]


def test_a_ticket_linked_to_a_contact_is_in_its_history_an_unlinked_one_only_here(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    linked = ticket(ctx, "Broken hinge", contact_id=cid)
    desk_only = ticket(ctx, "Web form: site is slow")
    assert [a.id for a in activities.list_for_contact(ctx, cid)] == [linked]
    rows = {r.id: r for r in helpdesk.list_tickets(ctx, "all")}
    assert rows[linked].contact_name == "Ann Lee" and rows[linked].contact_id == cid
    assert rows[desk_only].contact_id is None and rows[desk_only].contact_name == ""


def test_another_reps_ticket_cannot_be_changed_but_a_manager_may(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    tid = ticket(carol, "Refund request", assignee="bob")
    with pytest.raises(ServiceError, match="Bob Baker has this ticket"):
        helpdesk.set_ticket_status(carol, tid, "closed", "Not mine but closing")
    with pytest.raises(ServiceError):
        ae.update(carol, tid, ae.form_for(ae.get(carol, tid), subject="Hijacked"))
    assert helpdesk.get_ticket(bob, tid).status == "new"
    helpdesk.set_ticket_status(alice, tid, "open", "Manager: Bob, please call them today")
    helpdesk.set_ticket_status(bob, tid, "resolved", "Refunded")
    assert [e.user for e in helpdesk.ticket_history(bob, tid)] == ["carol", "alice", "bob"]
    # an unassigned ticket is anyone's
    free = ticket(alice, "Anyone")
    helpdesk.set_ticket_status(carol, free, "open", "Looking at it")
    assert helpdesk.get_ticket(carol, free).status == "open"


def test_a_status_change_based_on_an_old_version_is_refused(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    tid = ticket(bob, assignee="bob")
    seen = helpdesk.get_ticket(bob, tid).version
    helpdesk.set_ticket_status(team["alice"], tid, "open", "Manager took a look")
    with pytest.raises(StaleActivity, match="was changed by alice"):
        helpdesk.set_ticket_status(bob, tid, "closed", "Done", expected_version=seen)
    assert helpdesk.get_ticket(bob, tid).status == "open"


def test_a_call_forwarded_as_a_ticket_points_back_and_carries_the_call(team) -> None:  # type: ignore[no-untyped-def]
    bob, carol = team["bob"], team["carol"]
    cid = person(bob, "Ann", "Lee", phone="020 7946 0018")
    call = ae.create(bob, ActivityForm(kind="call", contact_id=cid, subject="Boiler makes noise",
                                       body="Since Monday, only at night", occurred_at=T0,
                                       direction="in", number="020 7946 0018", duration_s=185,
                                       outcome="answered"))
    tid = helpdesk.forward(bob, call, "ticket", note="Needs an engineer")
    got = ae.get(carol, tid)
    assert got.form.kind == "ticket" and got.forwarded_from_id == call
    assert got.form.contact_id == cid and got.owner is None  # in the unassigned queue
    assert got.form.subject == "Boiler makes noise"
    body = got.form.body
    assert body.startswith("Needs an engineer")
    for part in ("Call of 14 Mar 2026 10:00", "incoming", "020 7946 0018", "3 min 05 s",
                 "Since Monday, only at night"):
        assert part in body
    assert ids(helpdesk.list_tickets(carol, "unassigned")) == [tid]
    assert helpdesk.ticket_history(carol, tid)[0].note == "Needs an engineer"
    assert tid in [a.id for a in activities.list_for_contact(carol, cid)]


def test_a_call_forwarded_as_a_todo_goes_to_a_rep_with_a_deadline(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    call = ae.create(alice, ActivityForm(kind="call", contact_id=cid, subject="Wants a quote",
                                         occurred_at=T0))
    due = datetime.now(UTC) + timedelta(days=2)
    todo = helpdesk.forward(alice, call, "todo", assignee="bob", due_at=due, priority="high")
    got = ae.get(bob, todo)
    assert got.form.kind == "task" and got.form.status == "open"
    assert got.owner == "bob" and got.assigned_by == "alice" and got.todo_source == "manager"
    assert got.form.due_at == due and got.form.priority == "high"
    assert got.forwarded_from_id == call and got.form.contact_id == cid
    assert got.form.subject == "Follow up: Wants a quote" and "Wants a quote" in got.form.body
    # to yourself, with the default deadline of a day
    mine = ae.get(bob, helpdesk.forward(bob, call, "todo"))
    assert mine.owner == "bob" and mine.todo_source == "self"
    assert timedelta(hours=23) < mine.form.due_at - datetime.now(UTC) <= timedelta(days=1)


def test_forwarding_refuses_what_reference_000_does_not_allow(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee")
    fax = ae.create(bob, ActivityForm(kind="fax", contact_id=cid, subject="Order form",
                                      number="020 7946 0018"))
    with pytest.raises(ServiceError, match="cannot be forwarded"):
        helpdesk.forward(bob, fax, "ticket")
    call = ae.create(bob, ActivityForm(kind="call", contact_id=cid, subject="x"))
    with pytest.raises(ValidationError) as err:
        helpdesk.forward(bob, call, "email")
    assert "as_" in err.value.errors
    with pytest.raises(ValidationError) as err:
        helpdesk.forward(bob, call, "todo", assignee="nobody")
    assert "assignee" in err.value.errors
    with pytest.raises(ValidationError) as err:
        helpdesk.forward(bob, call, "todo", due_at=datetime.now(UTC) - timedelta(days=1))
    assert "due_at" in err.value.errors
    assert [a.id for a in activities.list_for_contact(bob, cid)] == [call, fax]


def test_a_missed_chat_becomes_a_ticket_or_with_a_contact_a_task(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    chat = message_records.add_record(bob, ActivityForm(
        kind="live_chat", address="visitor@example.org", body="Is anyone there?", missed=True,
        occurred_at=T0))
    tid = helpdesk.forward(bob, chat, "ticket")
    got = ae.get(bob, tid)
    assert got.form.subject == "Is anyone there?" and got.owner is None
    assert got.form.contact_id is None and "Missed live chat of 14 Mar 2026" in got.form.body
    assert "visitor@example.org" in got.form.body
    assert helpdesk.ticket_history(bob, tid)[0].note == "Forwarded from a missed live chat"
    # a To-Do belongs to a contact: without one it is refused, saying so
    with pytest.raises(ValidationError) as err:
        helpdesk.forward(bob, chat, "todo")
    assert "contact_id" in err.value.errors
    cid = person(bob, "Vera", "Visitor")
    task = ae.get(bob, helpdesk.forward(bob, chat, "todo", contact_id=cid))
    assert task.form.kind == "task" and task.form.contact_id == cid
    assert ae.get(bob, chat).form.contact_id == cid  # the chat is now the contact's too
