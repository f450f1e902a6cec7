"""The home dashboard (reference 003): activities of the last 30 days by type,
split into existing and new customers; my To-Dos, Overdue, my recent calls, the
unmatched calls and the open tickets. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import case, func, select, update

from app.models import Activity, BufferedEvent, Contact
from app.services.activities import edit as ae
from app.services.activities import types as activity_types
from app.services.context import AppContext
from app.services.demo import activities as demo_activities
from app.services.demo import office as demo_data
from app.services.helpdesk import tickets as helpdesk
from app.services.office import users
from app.services.reports.dashboard import Dashboard, TypeCount, dashboard
from tests.actors import acting
from tests.unit.helpers import company, person, set_region

# a fixed "now" well after the test's contacts are entered: their creation time
# (the real clock) is then inside the 30 days, i.e. they are new customers
NOW = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)


@pytest.fixture
def team(ctx: AppContext) -> dict[str, AppContext]:
    """alice (manager: the first user) and bob (a rep)."""
    set_region(ctx)
    users.current(ctx)
    users.add_user(ctx, "bob", "Bob Baker")
    return {"alice": ctx, "bob": acting(ctx.db, "bob")}


def entered_days_ago(ctx: AppContext, contact_id: int, days: int) -> None:
    """The contact's record dates from ``days`` before NOW (an older customer)."""
    with ctx.write() as s:
        s.execute(update(Contact).where(Contact.id == contact_id)
                  .values(created_at=NOW - timedelta(days=days)))


def record(ctx: AppContext, kind: str, contact_id: int | None, days_ago: float,
           **kw: object) -> int:
    form = ae.ActivityForm(kind=kind, contact_id=contact_id, subject=kw.pop("subject", kind),
                           occurred_at=NOW - timedelta(days=days_ago), **kw)  # type: ignore[arg-type]
    return ae.create(ctx, form)


def line(d: Dashboard, label: str) -> TypeCount:
    found = [t for t in d.by_type if t.label == label]
    assert len(found) == 1, [t.label for t in d.by_type]
    return found[0]


def test_last_30_days_by_type_split_into_existing_and_new_customers(team) -> None:  # type: ignore[no-untyped-def]
    alice = team["alice"]
    old = person(alice, "Olga", "Oldfield")
    entered_days_ago(alice, old, 200)
    new = person(alice, "Nina", "Newman")
    site = activity_types.add_type(alice, "On Site inspection", "meeting")
    activity_types.add_type(alice, "Site inspection", "meeting")
    record(alice, "call", old, 1, direction="out")
    record(alice, "call", old, 29.5, direction="in")
    record(alice, "call", old, 31)  # before the 30 days
    record(alice, "call", new, 0.5)
    record(alice, "call", new, -1)  # tomorrow: not yet happened
    record(alice, "mail", old, 2, direction="in")
    record(alice, "meeting", old, 3, type_id=site, ends_at=NOW - timedelta(days=3, hours=-1))
    record(alice, "task", new, 4, status="cancelled")  # never happened
    record(alice, "ticket", None, 1)  # in the help desk only: no customer to count

    d = dashboard(alice, now=NOW)
    assert d.since == NOW - timedelta(days=30) and d.now == NOW
    assert (line(d, "Call").existing, line(d, "Call").new) == (2, 1)
    assert (line(d, "Mail").existing, line(d, "Mail").new) == (1, 0)
    assert (line(d, "On Site inspection").existing, line(d, "On Site inspection").new) == (1, 0)
    assert line(d, "Meeting").total == 0  # the office type is counted on its own line
    assert line(d, "Task").total == 0
    assert line(d, "Site inspection").total == 0  # listed although nothing happened
    assert (d.total_existing, d.total_new) == (4, 1)
    labels = [t.label for t in d.by_type]
    assert labels[:3] == ["Call", "Task", "Meeting"]  # built-in kinds first, in reference order
    assert labels[-2:] == ["On Site inspection", "Site inspection"]  # then the office's own

    # a month on, only tomorrow's call is within the 30 days, and Nina (entered two
    # days before NOW) is an existing customer by then
    later = dashboard(alice, now=NOW + timedelta(days=30, hours=12))
    assert (line(later, "Call").existing, line(later, "Call").new) == (1, 0)
    assert line(later, "Mail").total == 0


def test_private_notes_of_others_are_not_counted(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Pat", "Private")
    record(alice, "note", cid, 1, body="mine", private=True)
    record(bob, "note", cid, 1, body="bob's secret", private=True)
    record(bob, "note", cid, 1, body="bob's public note")
    assert line(dashboard(alice, now=NOW), "Note").new == 2  # hers and bob's public one
    assert line(dashboard(bob, now=NOW), "Note").new == 2  # his two
    assert line(dashboard(acting(alice.db, "carol"), now=NOW), "Note").new == 1


def test_company_activities_count_and_retired_types_keep_their_counts(team) -> None:  # type: ignore[no-untyped-def]
    alice = team["alice"]
    firm = company(alice, "Hope Works")
    entered_days_ago(alice, firm, 400)
    cold = activity_types.add_type(alice, "cold call", "call")
    gone = activity_types.add_type(alice, "Door knock", "call")
    form = ae.ActivityForm(kind="call", company_id=firm, subject="Switchboard", type_id=cold,
                           occurred_at=NOW - timedelta(days=5))
    ae.create(alice, form)
    activity_types.set_active(alice, cold, False)
    activity_types.set_active(alice, gone, False)
    d = dashboard(alice, now=NOW)
    assert (line(d, "cold call").existing, line(d, "cold call").new) == (1, 0)
    assert "Door knock" not in [t.label for t in d.by_type]  # retired and nothing to show


def test_my_todos_overdue_in_red_and_done_leaves_them(team) -> None:  # type: ignore[no-untyped-def]
    from app.services.activities import todos

    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Tom", "Todo")
    late = record(alice, "task", cid, 3, status="open", due_at=NOW - timedelta(days=1),
                  subject="Send the price list")
    soon = record(alice, "task", cid, 0, status="open", due_at=NOW + timedelta(days=2),
                  subject="Call back")
    record(bob, "task", cid, 3, status="open", due_at=NOW - timedelta(days=1))
    d = dashboard(alice, now=NOW)
    assert [t.id for t in d.my_todos] == [late, soon]  # nearest deadline first
    assert [t.overdue for t in d.my_todos] == [True, False]
    assert [t.id for t in d.overdue] == [late]
    todos.mark_done(alice, late)
    d = dashboard(alice, now=NOW)
    assert [t.id for t in d.my_todos] == [soon] and d.overdue == ()


def test_my_recent_calls_newest_first_and_the_unmatched_ones(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Carl", "Caller")
    mine = [record(alice, "call", cid, days, subject=f"call {days}", direction="in",
                   outcome="answered", duration_s=90) for days in range(12)]
    record(bob, "call", cid, 0.1, subject="bob's")
    record(alice, "call", cid, 45, subject="too old")
    record(alice, "mail", cid, 0.2)
    with alice.write() as s:
        for days in (1, 2, 40):
            s.add(BufferedEvent(kind="call", occurred_at=NOW - timedelta(days=days),
                                number_raw="020 7946 0999"))
        s.add(BufferedEvent(kind="sms", occurred_at=NOW - timedelta(days=1)))
    d = dashboard(alice, now=NOW)
    assert [c.id for c in d.recent_calls] == mine[:10]
    first = d.recent_calls[0]
    assert (first.contact_name, first.direction, first.outcome, first.duration_s) == \
        ("Carl Caller", "in", "answered", 90)
    assert d.unmatched_calls == 2
    assert dashboard(acting(alice.db, "nobody-yet"), now=NOW).recent_calls == ()


def test_open_tickets_count_and_newest(team) -> None:  # type: ignore[no-untyped-def]
    alice = team["alice"]
    cid = person(alice, "Tia", "Ticket")
    for n in range(7):
        helpdesk.open_ticket(alice, ae.ActivityForm(kind="ticket", contact_id=cid,
                                                    subject=f"Printer {n}"))
    d = dashboard(alice, now=NOW)
    assert d.open_tickets == 7
    assert len(d.newest_tickets) == 5
    assert {t.subject for t in d.newest_tickets} <= {f"Printer {n}" for n in range(7)}


def test_an_empty_office_lists_every_type_with_zero(team) -> None:  # type: ignore[no-untyped-def]
    d = dashboard(team["alice"], now=NOW)
    assert [t.label for t in d.by_type][:4] == ["Call", "Task", "Meeting", "Meeting appointment"]
    assert all(t.total == 0 for t in d.by_type)
    assert d.my_todos == d.overdue == d.recent_calls == d.newest_tickets == ()
    assert d.open_tickets == d.unmatched_calls == 0


def test_demo_activities_fill_the_dashboard(team) -> None:  # type: ignore[no-untyped-def]
    alice = team["alice"]
    demo_data.generate(alice, 60, seed=2)
    now = datetime.now(UTC)
    result = demo_activities.generate_activities(alice, 20_000, seed=2, now=now)
    assert result.activities == 20_000
    d = dashboard(acting(alice.db, "mary.watson"), now=now)  # a demo rep
    assert line(d, "Call").total > line(d, "Mail").total > line(d, "Fax").total > 0
    assert line(d, "Cold call").total > 0 and line(d, "On Site inspection").total > 0
    assert d.total_new > 0 and d.total_existing > 10 * d.total_new  # 3% of contacts are new
    times = [c.occurred_at for c in d.recent_calls]
    assert 0 < len(times) <= 10 and times == sorted(times, reverse=True)
    todo = Activity.kind.in_(("task", "meeting_appointment")) & (Activity.status == "open")
    with alice.read() as s:
        first, last, private, open_tickets, owners, overdue, ahead = s.execute(select(
            func.min(Activity.occurred_at), func.max(Activity.occurred_at),
            func.sum(case((Activity.private.is_(True), 1), else_=0)),
            func.sum(case(((Activity.kind == "ticket") & (Activity.status == "open"), 1),
                          else_=0)),
            func.count(Activity.owner_id.distinct()),
            func.sum(case((todo & (Activity.due_at < now), 1), else_=0)),
            func.sum(case((todo & (Activity.due_at >= now), 1), else_=0)))).one()
    assert (last - first).days > 3 * 365 - 10  # spread over three years
    assert last <= now + timedelta(days=30)  # only booked appointments lie ahead
    assert private > 0 and open_tickets > 0 and owners == len(demo_data.DEMO_REPS)
    assert overdue > 0 and ahead > overdue  # some To-Dos forgotten, most still to do
