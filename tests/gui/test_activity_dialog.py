"""The activity dialog: one form per kind (reference 000), refusals on the field
with nothing saved, another rep's activity read-only, Done in one click, a
meeting appointment converted to a meeting and exported to a calendar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDateTime, Qt

from app.services.activities import core as activities
from app.services.activities import edit as activity_edit
from app.services.activities import todos
from app.services.activities import types as activity_types
from app.services.activities.edit import ActivityForm
from app.services.context import AppContext
from app.services.office import users
from app.views.change_bus import change_bus
from app.views.dialogs.activity_dialog import ActivityDialog, open_activity
from app.views.dialogs.activity_fields import AttendeesEditor, ChoiceEditor
from app.views.tasks import TaskRunner
from tests.actors import acting
from tests.gui.conftest import company, person

TIMEOUT = 5000
SOON = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)


@pytest.fixture
def team(gui_ctx: AppContext) -> dict[str, AppContext]:
    """alice (manager: the first user), bob and carol (reps)."""
    users.add_user(gui_ctx, "bob", "Bob Baker")
    users.add_user(gui_ctx, "carol", "Carol Cole")
    return {"alice": gui_ctx, "bob": acting(gui_ctx.db, "bob"),
            "carol": acting(gui_ctx.db, "carol")}


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


@pytest.fixture
def open_dialog(qtbot, runner: TaskRunner):  # type: ignore[no-untyped-def]
    """``open_dialog(ctx, activity_id=... | form=...)`` -> the dialog, shown and filled."""
    def make(ctx: AppContext, **kw) -> ActivityDialog:  # type: ignore[no-untyped-def]
        dialog = ActivityDialog(ctx, runner, **kw)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
            dialog.show()
        return dialog
    return make


def settle(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)


def test_each_kind_gets_the_fields_that_fit_it(open_dialog, team) -> None:  # type: ignore[no-untyped-def]
    cid = person(team["alice"], "Ann", "Lee")
    inspection = activity_types.add_type(team["alice"], "On Site inspection", "meeting")
    expected = {
        "call": {"occurred_at", "direction", "number", "duration_s", "outcome"},
        "task": {"occurred_at", "due_at", "priority", "assignee", "status"},
        "meeting": {"occurred_at", "ends_at", "place", "attendees", "agenda"},
        "meeting_appointment": {"occurred_at", "ends_at", "place", "attendees", "priority",
                                "assignee"},  # due when it starts: no separate deadline
        "mail": {"occurred_at", "direction", "address"},
        "ticket": {"occurred_at", "ticket_status", "priority", "assignee"},
        "live_chat": {"occurred_at", "address", "missed"},
        "note": {"private"},
    }
    for kind, fields in expected.items():
        dialog = open_dialog(team["alice"], form=ActivityForm(kind=kind, contact_id=cid))
        assert set(dialog.editors) == {"subject", "type_id", "body"} | fields, kind
        assert dialog.findChild(object, "activityContact").text() == "Ann Lee"
        types = dialog.editors["type_id"]
        assert isinstance(types, ChoiceEditor)
        assert (inspection in types.values()) == (kind == "meeting"), kind
        # only a meeting has a second type to choose (the office's own)
        assert types.combo.isEnabled() == (kind == "meeting"), kind
        if kind == "meeting":
            assert "On Site inspection" in [types.combo.itemText(i)
                                            for i in range(types.combo.count())]
        dialog.close()
    dialog = open_dialog(team["alice"], form=ActivityForm(kind="ticket"))
    queue = dialog.editors["assignee"]
    assert isinstance(queue, ChoiceEditor) and queue.value() is None  # the help desk queue
    assert "without a contact" in dialog.findChild(object, "activityContact").text()


def test_a_refusal_shows_under_its_field_and_nothing_is_saved(qtbot, open_dialog, runner,
                                                              team) -> None:  # type: ignore[no-untyped-def]
    alice = team["alice"]
    cid = person(alice, "Ann", "Lee")
    dialog = open_dialog(alice, form=ActivityForm(kind="task", contact_id=cid))
    dialog.save_form()  # no subject
    settle(qtbot, runner)
    assert dialog.errors_shown == {"subject": "Give it a subject"}
    assert dialog.isVisible()
    assert dialog.findChild(object, "subjectError").isVisible()

    meeting = open_dialog(alice, form=ActivityForm(kind="meeting", contact_id=cid, subject="Kick-off"))
    starts = meeting.editors["occurred_at"]
    meeting.editors["ends_at"].edit.setDateTime(starts.edit.dateTime().addSecs(-3600))
    meeting.save_form()
    settle(qtbot, runner)
    assert meeting.errors_shown == {"ends_at": "It ends before it starts"}
    qtbot.keyClicks(dialog.editors["subject"].edit, "Send the quote")
    dialog.editors["due_at"].edit.setDateTime(
        dialog.editors["occurred_at"].edit.dateTime().addDays(-1))
    dialog.save_form()
    settle(qtbot, runner)
    assert dialog.errors_shown == {"due_at": "The deadline is before the start"}  # subject fixed
    assert activities.list_for_contact(alice, cid) == []


def test_a_task_sent_to_another_rep_is_their_to_do(qtbot, open_dialog, team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    dialog = open_dialog(alice, form=ActivityForm(kind="task", contact_id=cid))
    assert dialog.editors["status"].value() == "open" and dialog.editors["assignee"].value() == "alice"
    assert not dialog.done_button.isVisible()  # nothing to mark done before it exists
    qtbot.keyClicks(dialog.editors["subject"].edit, "Quote for 40 copiers")
    dialog.editors["assignee"].set_value("bob")
    dialog.editors["priority"].set_value("high")
    with qtbot.waitSignals([dialog.saved, change_bus().changed], timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    rows = todos.my_todos(bob)
    assert [(r.subject, r.priority, r.source, r.assigned_by) for r in rows] == [
        ("Quote for 40 copiers", "high", "manager", "alice")]


def test_a_past_task_is_recorded_as_done(qtbot, open_dialog, team) -> None:  # type: ignore[no-untyped-def]
    alice = team["alice"]
    cid = person(alice, "Ann", "Lee")
    dialog = open_dialog(alice, form=ActivityForm(kind="task", contact_id=cid, subject="Brochure sent"))
    dialog.editors["status"].set_value("done")
    dialog.editors["due_at"].unset.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.save_form()
    got = activity_edit.get(alice, saved.args[0])
    assert got.form.status == "done" and got.completed_at is not None and got.form.due_at is None
    assert todos.my_todos(alice) == []


def test_another_reps_activity_opens_read_only(open_dialog, team) -> None:  # type: ignore[no-untyped-def]
    bob, carol = team["bob"], team["carol"]
    cid = person(bob, "Ann", "Lee")
    tid = todos.send_todo(bob, ActivityForm(kind="task", contact_id=cid, subject="Bob's quote",
                                            due_at=SOON))
    dialog = open_dialog(carol, activity_id=tid)
    assert not dialog.editable
    assert not dialog.ok_button.isVisible() and not dialog.done_button.isVisible()
    assert dialog.cancel_button.text() == "Close"
    assert dialog.owner_note.isVisible()
    assert dialog.owner_note.text() == "Bob Baker's task: only they or a manager can change it."
    assert not dialog.editors["subject"].widget.isEnabled()
    assert not dialog.editors["due_at"].widget.isEnabled()
    dialog.save_form()  # nothing happens
    assert activity_edit.get(bob, tid).form.subject == "Bob's quote"
    # the manager may
    assert open_dialog(team["alice"], activity_id=tid).ok_button.isVisible()


def test_done_in_one_click(qtbot, open_dialog, team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee")
    tid = todos.send_todo(bob, ActivityForm(kind="task", contact_id=cid, subject="Call back",
                                            due_at=SOON))
    dialog = open_dialog(bob, activity_id=tid)
    assert dialog.done_button.isVisible() and not dialog.convert_button.isVisible()
    with qtbot.waitSignals([dialog.saved, change_bus().changed], timeout=TIMEOUT):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert activity_edit.get(bob, tid).form.status == "done"
    assert [(a.id, a.status) for a in activities.list_for_contact(bob, cid)] == [(tid, "done")]
    assert "Done" in open_dialog(bob, activity_id=tid).info.text()  # its completion time
    assert not open_dialog(bob, activity_id=tid).done_button.isVisible()

    # notes typed before Done are kept with it
    other = todos.send_todo(bob, ActivityForm(kind="task", contact_id=cid, subject="Send brochure",
                                              due_at=SOON))
    dialog = open_dialog(bob, activity_id=other)
    qtbot.keyClicks(dialog.editors["body"].edit, "Posted on Monday")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    got = activity_edit.get(bob, other)
    assert (got.form.status, got.form.body) == ("done", "Posted on Monday") and got.completed_at


def test_a_stale_edit_is_told_and_overwrites_nothing(qtbot, open_dialog, runner, team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(bob, "Ann", "Lee")
    tid = todos.send_todo(bob, ActivityForm(kind="task", contact_id=cid, subject="Quote",
                                            due_at=SOON))
    dialog = open_dialog(bob, activity_id=tid)
    activity_edit.update(alice, tid, activity_edit.form_for(activity_edit.get(alice, tid),
                                                            subject="Quote v2"))
    dialog.editors["subject"].set_value("Quote (bob)")
    dialog.save_form()
    settle(qtbot, runner)
    assert "alice" in dialog.stale_message and dialog.isVisible()
    assert dialog.reload_button.isVisible()
    assert activity_edit.get(bob, tid).form.subject == "Quote v2"
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.editors["subject"].value() == "Quote v2" and dialog.stale_message == ""


def test_an_appointment_with_people_taking_part(qtbot, open_dialog, team) -> None:  # type: ignore[no-untyped-def]
    alice = team["alice"]
    cid = person(alice, "Ann", "Lee")
    raj = person(alice, "Raj", "Patel")
    company(alice, "Hope Works")
    dialog = open_dialog(alice, form=ActivityForm(kind="meeting_appointment", contact_id=cid))
    assert dialog.side is not None and dialog.width() <= 1366 and dialog.height() <= 768
    people = dialog.editors["attendees"]
    assert isinstance(people, AttendeesEditor)
    panel = people.panel
    def hits() -> list[str]:
        return [panel.search.model.row(i).name for i in range(panel.search.model.rowCount())]

    qtbot.waitUntil(lambda: "Hope Works" in hits(), timeout=TIMEOUT)  # listed by name at first
    assert "Ann Lee" not in hits()  # the appointment's own contact takes part anyway
    qtbot.keyClicks(panel.search.box, "Raj")
    qtbot.waitUntil(lambda: hits() == ["Raj Patel"], timeout=TIMEOUT)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.staff.setCurrentIndex(panel.staff.findData("carol"))
    qtbot.mouseClick(panel.add_staff_button, Qt.MouseButton.LeftButton)
    assert panel.names() == ["Raj Patel  · person", "Carol Cole  · employee"]
    qtbot.keyClicks(dialog.editors["subject"].edit, "Renewal visit")
    qtbot.keyClicks(dialog.editors["place"].edit, "Leeds")
    start = QDateTime.currentDateTime().addDays(3)
    dialog.editors["occurred_at"].edit.setDateTime(start)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.save_form()
    got = activity_edit.get(alice, saved.args[0])
    assert got.form.attendee_contacts == (raj,) and got.form.attendee_users == ("carol",)
    assert got.form.status == "open" and got.form.due_at == got.form.occurred_at
    assert got.form.ends_at - got.form.occurred_at == timedelta(hours=1)  # the end moved along


def test_convert_an_appointment_to_a_meeting_and_export_it(qtbot, open_dialog, runner, team,
                                                           tmp_path) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee")
    aid = todos.send_todo(bob, ActivityForm(
        kind="meeting_appointment", contact_id=cid, subject="Renewal visit", occurred_at=SOON,
        ends_at=SOON + timedelta(hours=1), place="Leeds", body="Bring prices"))
    dialog = open_dialog(bob, activity_id=aid)
    assert dialog.convert_button.isVisible() and dialog.export_button.isVisible()

    path = tmp_path / "visit.ics"
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT):
        dialog.export_ics(path)
    event = next(iter(Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
    assert str(event["summary"]) == "Renewal visit" and str(event["location"]) == "Leeds"

    convert = dialog.open_convert()
    assert convert is not None and convert.details.value() == "Bring prices"
    convert.ok_button.click()  # no agenda
    settle(qtbot, runner)
    assert convert.error_text("agenda") == "What was on the agenda?"
    assert activity_edit.get(bob, aid).form.kind == "meeting_appointment"
    qtbot.keyClicks(convert.agenda.edit, "1. Renewal terms")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        convert.ok_button.click()
    assert not dialog.isVisible() and not convert.isVisible()
    met = activity_edit.get(bob, aid)
    assert (met.form.kind, met.form.status, met.form.agenda) == ("meeting", "done",
                                                                 "1. Renewal terms")
    again = open_dialog(bob, activity_id=aid)
    assert "agenda" in again.editors and not again.convert_button.isVisible()
    assert again.editors["agenda"].value() == "1. Renewal terms"


def test_open_activity_shows_it_without_blocking(qtbot, runner, team) -> None:  # type: ignore[no-untyped-def]
    alice = team["alice"]
    cid = person(alice, "Ann", "Lee")
    aid = activity_edit.create(alice, ActivityForm(kind="call", contact_id=cid, subject="Rang",
                                                   number="020 7946 0018", duration_s=125))
    dialog = open_activity(alice, runner, None, aid)
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        pass
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.editors["duration_s"].value() == 125
    assert dialog.windowTitle() == "Call: Rang"
    dialog.close()
