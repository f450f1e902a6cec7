"""Desktop reminders (issue 6, item 4): a To-Do reminds 15 minutes before its
deadline or when overdue, a new alert task at once; once shown, snoozed or
dismissed, every desk of that user agrees; a To-Do done meanwhile never reminds."""

from __future__ import annotations

import threading
import weakref
from datetime import UTC, datetime, timedelta

import pytest

from app.models import Activity
from app.services.activities import edit as activity_edit
from app.services.activities import todos
from app.services.activities.edit import ActivityForm
from app.services.alerts import reminders
from app.services.context import AppContext, NotFound
from app.services.validation import ValidationError
from tests.actors import acting
from tests.unit.helpers import person, set_region

NOW = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


# per database object: an id() can be reused once a test's database is gone
_contacts: weakref.WeakKeyDictionary[object, int] = weakref.WeakKeyDictionary()


def todo(ctx: AppContext, subject: str, due: datetime | None, *, cid: int | None = None,
         assignee: str | None = None, source: str | None = None, body: str = "") -> int:
    """A task To-Do (of a contact: "Rita Roe" unless given)."""
    if cid is None:
        key = ctx.db
        if key not in _contacts:
            _contacts[key] = person(ctx, "Rita", "Roe")
        cid = _contacts[key]
    return todos.send_todo(ctx, ActivityForm(
        kind="task", contact_id=cid, subject=subject, body=body, occurred_at=NOW - timedelta(days=30),
        due_at=due, assignee=assignee), todo_source=source)


def ids(ctx: AppContext, now: datetime) -> list[int]:
    return [r.activity_id for r in reminders.due(ctx, now=now)]


def test_a_todo_reminds_15_minutes_before_its_deadline_and_when_overdue(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    cid = person(bob, "Ann", "Lee")
    call = todo(bob, "Call Ann back", NOW + timedelta(minutes=30), cid=cid)
    late = todo(bob, "Send the quote", NOW - timedelta(hours=3))
    todo(bob, "Plan next year", NOW + timedelta(days=30))
    todo(bob, "Forgotten long ago", NOW - timedelta(days=8))  # the dashboard lists that one
    assert ids(bob, NOW) == [late]
    assert ids(bob, NOW + timedelta(minutes=14)) == [late]  # 16 minutes before: not yet
    [first, second] = reminders.due(bob, now=NOW + timedelta(minutes=15))
    assert (first.activity_id, second.activity_id) == (late, call)  # the most overdue first
    assert first.timing(NOW) == "overdue by 3 h" and first.why(NOW) == "overdue by 3 h"
    assert second.contact_name == "Ann Lee" and second.contact_id == cid
    assert second.timing(NOW + timedelta(minutes=20)) == "due in 10 min"
    assert second.timing(NOW + timedelta(minutes=40)) == "overdue by 10 min"
    assert not second.alert and second.reason == ""
    assert ids(team["carol"], NOW + timedelta(hours=1)) == []  # only the owner's To-Dos
    assert reminders.count_due(bob, now=NOW + timedelta(minutes=15)) == 2


def test_once_shown_no_desk_of_that_user_shows_it_again(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    tid = todo(bob, "Call Ann back", NOW + timedelta(minutes=10))
    other = todo(bob, "Chase invoice", NOW + timedelta(minutes=5))
    assert ids(bob, NOW) == [other, tid]
    reminders.mark_notified(bob, [tid], now=NOW)
    other_desk = acting(bob.db, "bob")
    assert ids(other_desk, NOW) == [other]
    assert ids(other_desk, NOW + timedelta(hours=1)) == [other]  # overdue now: still once
    reminders.mark_notified(bob, [tid, other, 999_999], now=NOW)  # a deleted one is skipped
    assert ids(bob, NOW + timedelta(hours=1)) == []


def test_done_meanwhile_never_reminds_and_a_shown_one_stops_standing(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    done = todo(bob, "Call Ann back", NOW + timedelta(minutes=10))
    shown = todo(bob, "Chase invoice", NOW + timedelta(minutes=5))
    todos.mark_done(bob, done)
    assert ids(bob, NOW) == [shown]
    reminders.mark_notified(bob, [shown], now=NOW)
    assert reminders.still_pending(bob, [shown], now=NOW) == {shown}
    todos.mark_done(bob, shown)  # on another desk, or from the dashboard
    assert reminders.still_pending(bob, [shown], now=NOW) == set()
    assert reminders.still_pending(bob, [], now=NOW) == set()


def test_snooze_hides_until_the_time_then_it_comes_back(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    tid = todo(bob, "Call Ann back", NOW + timedelta(minutes=10))
    reminders.mark_notified(bob, [tid], now=NOW)
    reminders.snooze(bob, tid, NOW + timedelta(minutes=10))
    assert ids(bob, NOW + 9 * MIN) == []
    assert reminders.still_pending(bob, [tid], now=NOW + 9 * MIN) == set()  # other desks hide it
    assert ids(bob, NOW + 10 * MIN) == [tid]  # due now, and the snooze is over
    reminders.mark_notified(bob, [tid], now=NOW + 10 * MIN)
    assert ids(bob, NOW + 11 * MIN) == []
    # an alert task snoozed till tomorrow, whose deadline is far away, comes back too
    far = todo(bob, "Win-back: Ann Lee", NOW + timedelta(days=14), source="alert")
    reminders.snooze(bob, far, NOW + timedelta(days=1))
    assert far not in ids(bob, NOW + timedelta(hours=23))
    assert far in ids(bob, NOW + timedelta(days=1))
    with pytest.raises(ValidationError) as err:
        reminders.snooze(bob, tid, datetime(2026, 11, 24, 9, 0))  # no time zone
    assert "until" in err.value.errors
    with pytest.raises(NotFound):
        reminders.snooze(bob, 999_999, NOW)


def test_dismiss_holds_for_the_deadline_and_a_later_deadline_reminds_again(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    tid = todo(bob, "Call Ann back", NOW + timedelta(minutes=10))
    reminders.dismiss(bob, tid, now=NOW)
    assert ids(bob, NOW) == [] and ids(bob, NOW + timedelta(hours=2)) == []
    assert reminders.still_pending(bob, [tid], now=NOW) == set()
    detail = activity_edit.get(bob, tid)
    activity_edit.update(bob, tid, activity_edit.form_for(detail, due_at=NOW + timedelta(days=2)),
                         expected_version=detail.version)
    assert ids(bob, NOW + timedelta(days=2) - 16 * MIN) == []
    assert ids(bob, NOW + timedelta(days=2) - 15 * MIN) == [tid]
    with pytest.raises(NotFound):
        reminders.dismiss(bob, 999_999, now=NOW)


def test_new_alert_tasks_remind_at_once_with_their_reason(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(bob, "Ann", "Lee")
    reason = "Service Renewal: the subscription ends on 23 Dec 2026, in 30 days (rule: 30 days)"
    alert = todo(alice, "Service renewal: Ann Lee", NOW + timedelta(days=3), cid=cid,
                 assignee="bob", source="alert", body=reason + "\n\nMore details")
    [r] = reminders.due(bob, now=NOW)
    assert (r.activity_id, r.alert, r.reason, r.why(NOW)) == (alert, True, reason, reason)
    assert r.timing(NOW) == ""  # its deadline is days away
    reminders.mark_notified(bob, [alert], now=NOW)
    assert ids(bob, NOW + timedelta(hours=1)) == []
    # when it comes due it reminds again, as any To-Do
    assert ids(bob, NOW + timedelta(days=3)) == [alert]


def test_a_flood_is_counted_limited_and_dismissed_at_once(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    made = [todo(bob, f"Retention {n}", NOW + timedelta(days=5), source="alert") for n in range(25)]
    soon = todo(bob, "Call Ann back", NOW + timedelta(minutes=5))
    got = ids(bob, NOW)
    assert len(got) == reminders.DUE_LIMIT and got[0] == soon  # the near deadline first
    assert got[1:] == made[:reminders.DUE_LIMIT - 1]
    assert reminders.count_due(bob, now=NOW) == 26
    assert reminders.dismiss_all(bob, now=NOW) == 26
    assert ids(bob, NOW) == [] and reminders.count_due(bob, now=NOW) == 0
    assert reminders.dismiss_all(bob, now=NOW) == 0


def test_two_desks_of_one_user_marking_at_once_both_succeed(team) -> None:  # type: ignore[no-untyped-def]
    bob = team["bob"]
    made = [todo(bob, f"Call {n}", NOW + timedelta(minutes=5)) for n in range(5)]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def desk() -> None:
        try:
            start.wait()
            reminders.mark_notified(acting(bob.db, "bob"), made, now=NOW)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert ids(bob, NOW) == []
    with bob.read() as s:
        assert s.get(Activity, made[0]) is not None


def test_snooze_choices_are_10_minutes_1_hour_and_tomorrow_9_local_time() -> None:
    choices = reminders.snooze_choices(NOW)
    assert list(choices) == list(reminders.SNOOZE_LABELS)
    assert choices["10 minutes"] == NOW + 10 * MIN and choices["1 hour"] == NOW + 60 * MIN
    tomorrow = choices["Tomorrow 09:00"].astimezone()
    assert (tomorrow.hour, tomorrow.minute) == (9, 0)
    assert tomorrow.date() == NOW.astimezone().date() + timedelta(days=1)


def test_reminders_are_counted_and_answered_by_group(team) -> None:  # type: ignore[no-untyped-def]
    """The desk groups what does not fit: new alert tasks on one card, To-Dos on another;
    a card's answer covers its whole group at once."""
    bob = team["bob"]
    soon = todo(bob, "Call Ann back", NOW + 5 * MIN)
    alerts = [todo(bob, f"Renewal {n}", NOW + timedelta(days=3), source="alert")
              for n in range(4)]
    counts = reminders.count_due_by_group(bob, now=NOW)
    assert (counts.todos, counts.alerts, counts.total) == (1, 4, 5)
    assert [r.activity_id for r in reminders.due(bob, now=NOW, group=reminders.ALERT_GROUP)] \
        == alerts
    assert [r.activity_id for r in reminders.due(bob, now=NOW, group=reminders.TODO_GROUP)] \
        == [soon]
    assert reminders.count_due_by_group(team["carol"], now=NOW).total == 0  # bob's only

    assert reminders.acknowledge_group(bob, reminders.ALERT_GROUP, now=NOW) == 4
    assert reminders.count_due_by_group(bob, now=NOW) == reminders.DueCounts(todos=1, alerts=0)
    assert reminders.still_pending(bob, alerts, now=NOW) == set(alerts)  # shown, still open
    assert reminders.acknowledge_group(bob, reminders.TODO_GROUP, now=NOW,
                                       dismiss_too=True) == 1
    assert reminders.still_pending(bob, [soon], now=NOW) == set()
    assert reminders.count_due_by_group(bob, now=NOW + timedelta(hours=1)).total == 0
    with pytest.raises(ValueError):
        reminders.due(bob, now=NOW, group="later")
