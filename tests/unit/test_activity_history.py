"""The card's Activity History (reference 003): everything done with a contact,
newest first, filtered by type, period and rep; other users' private notes never
listed; each row says whether the current user may change it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, insert, select

from app.models import Activity, User
from app.services.activities import edit as ae
from app.services.activities import history as ah
from app.services.activities import types as activity_types
from app.services.activities.history import HistoryFilter
from app.services.context import AppContext
from app.services.helpdesk import cases
from app.services.office import users
from tests.unit.helpers import company, person, set_region

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)




def _call(ctx: AppContext, cid: int, subject: str, at: datetime, **kw) -> int:  # type: ignore[no-untyped-def]
    return ae.create(ctx, ae.ActivityForm(kind="call", contact_id=cid, subject=subject,
                                          occurred_at=at, **kw))


def _subjects(ctx: AppContext, cid: int, flt: HistoryFilter = HistoryFilter()) -> list[str]:  # noqa: B008
    return [r.subject for r in ah.history_rows(ctx, ah.history_ids(ctx, cid, flt))]


def test_newest_first_with_the_activities_a_company_shares_with_its_people(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    firm = company(alice, "Hope Works")
    ann = person(alice, "Ann", "Lee")
    _call(alice, ann, "Old call", T0 - timedelta(days=30))
    ae.create(bob, ae.ActivityForm(kind="mail", contact_id=ann, company_id=firm,
                                   subject="Quote for Hope Works", occurred_at=T0))
    _call(alice, ann, "Same minute, recorded later", T0)
    ae.create(alice, ae.ActivityForm(kind="meeting", company_id=firm, subject="Board visit",
                                     occurred_at=T0 - timedelta(days=1)))

    assert _subjects(alice, ann) == ["Same minute, recorded later", "Quote for Hope Works",
                                     "Old call"]
    assert _subjects(alice, firm) == ["Quote for Hope Works", "Board visit"]
    row = ah.history_rows(alice, ah.history_ids(alice, firm))[0]
    # "View customer" of a company's activity about a person opens the person
    assert (row.contact_id, row.company_id, row.contact_name) == (ann, firm, "Ann Lee")


def test_another_users_private_notes_are_never_listed(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    secret = ae.create(bob, ae.ActivityForm(kind="note", contact_id=cid, body="Bob's secret",
                                            private=True, occurred_at=T0))
    mine = ae.create(alice, ae.ActivityForm(kind="note", contact_id=cid, body="Alice's own",
                                            private=True, occurred_at=T0))
    shared = ae.create(bob, ae.ActivityForm(kind="note", contact_id=cid, body="For everyone",
                                            occurred_at=T0 - timedelta(hours=1)))

    assert ah.history_ids(alice, cid) == [mine, shared]  # not even for a manager
    assert ah.history_ids(bob, cid) == [secret, shared]
    # asked by id (a stale page, a crafted call), the private note still does not come back
    assert [r.id for r in ah.history_rows(alice, [secret, shared])] == [shared]
    assert ah.history_ids(alice, cid, HistoryFilter(owner="bob")) == [shared]


def test_filters_by_type_period_and_rep(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    cid = person(alice, "Ann", "Lee")
    cold = activity_types.add_type(alice, "cold call", "call")
    inspection = activity_types.add_type(alice, "On Site inspection", "meeting")
    _call(alice, cid, "Plain call", T0)
    _call(bob, cid, "Cold call by Bob", T0 - timedelta(days=10), type_id=cold)
    ae.create(bob, ae.ActivityForm(kind="meeting", type_id=inspection, contact_id=cid,
                                   subject="Roof inspection", occurred_at=T0 - timedelta(days=40)))
    ae.create(alice, ae.ActivityForm(kind="mail", contact_id=cid, subject="Brochure",
                                     occurred_at=T0 - timedelta(days=400)))

    # a base kind lists the office's types built on it; an office type only itself
    assert _subjects(alice, cid, HistoryFilter(kinds=("call",))) == ["Plain call",
                                                                     "Cold call by Bob"]
    assert _subjects(alice, cid, HistoryFilter(type_ids=(cold,))) == ["Cold call by Bob"]
    assert _subjects(alice, cid, HistoryFilter(kinds=("mail",), type_ids=(inspection,))) == [
        "Roof inspection", "Brochure"]
    # the period: since inclusive, until exclusive
    last_30 = HistoryFilter(since=T0 - timedelta(days=30), until=T0)
    assert _subjects(alice, cid, last_30) == ["Cold call by Bob"]
    assert _subjects(alice, cid, HistoryFilter(since=T0)) == ["Plain call"]
    assert _subjects(alice, cid, HistoryFilter(owner="bob")) == ["Cold call by Bob",
                                                                 "Roof inspection"]
    assert _subjects(alice, cid, HistoryFilter(owner="bob", kinds=("meeting",),
                                               since=T0 - timedelta(days=50))) == [
        "Roof inspection"]
    assert ah.history_ids(alice, cid, HistoryFilter(owner="nobody")) == []
    rows = ah.history_rows(alice, ah.history_ids(alice, cid))
    assert [r.type_name for r in rows] == ["Call", "cold call", "On Site inspection", "Mail"]


def test_each_row_says_who_may_change_it(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    cid = person(alice, "Ann", "Lee")
    _call(bob, cid, "Bob's call", T0)
    _call(carol, cid, "Carol's call", T0 - timedelta(hours=1))
    ae.create(bob, ae.ActivityForm(kind="ticket", contact_id=cid, subject="Unassigned ticket",
                                   occurred_at=T0 - timedelta(hours=2)))
    ids = ah.history_ids(bob, cid)

    def editable(ctx: AppContext) -> dict[str, bool]:
        return {r.subject: r.editable for r in ah.history_rows(ctx, ids)}

    assert editable(bob) == {"Bob's call": True, "Carol's call": False, "Unassigned ticket": True}
    assert editable(carol) == {"Bob's call": False, "Carol's call": True,
                               "Unassigned ticket": True}
    assert set(editable(alice).values()) == {True}  # the manager
    row = ah.history_rows(carol, ids[:1])[0]
    assert (row.owner, row.owner_label) == ("bob", "Bob Baker")
    assert ah.history_rows(carol, ids[2:])[0].owner is None


def test_rows_come_in_the_order_asked_and_deleted_ones_are_skipped(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    a = _call(ctx, cid, "A", T0)
    b = _call(ctx, cid, "B", T0 + timedelta(hours=1))
    c = _call(ctx, cid, "C", T0 + timedelta(hours=2))
    ae.remove(ctx, b)
    assert [r.id for r in ah.history_rows(ctx, [a, b, c])] == [a, c]
    assert ah.history_rows(ctx, []) == []


def test_the_summary_and_case_columns(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    call = _call(ctx, cid, "Renewal", T0, direction="out", number="020 7946 0018",
                 duration_s=150, outcome="answered", body="She wants the\n\nthree-year plan. " * 40)
    row = ah.history_rows(ctx, [call])[0]
    assert row.summary.startswith("Outgoing, 020 7946 0018, 2 min 30 s, answered. She wants the "
                                  "three-year plan.")
    assert len(row.summary) < 500 and row.summary.endswith("…")
    assert (row.case_id, row.case_closed, row.status) == (None, False, "done")
    task = ae.create(ctx, ae.ActivityForm(kind="task", contact_id=cid, subject="Send the plan",
                                          status="open", due_at=T0 + timedelta(days=1)))
    nxt = cases.next_action(ctx, task, ae.ActivityForm(kind="task", contact_id=cid,
                                                       subject="Call back", status="open"))
    cases.close_case(ctx, nxt)
    first, second = ah.history_rows(ctx, [task, nxt])
    assert first.case_id == second.case_id is not None
    assert first.case_closed and second.case_closed and first.case_subject == "Send the plan"
    assert (first.status, second.status) == ("done", "done")


def test_the_id_list_is_one_indexed_query_without_loading_rows(ctx) -> None:  # type: ignore[no-untyped-def]
    """50,000 activities must open instantly: the ids come from one query on the
    contact's time index (SQLite's plan checked), the rows only for the page shown."""
    users.current(ctx)
    cid = person(ctx, "Big", "Customer")
    with ctx.write() as s:
        me = s.scalar(select(User.id).where(User.username == "alice"))
        s.execute(insert(Activity), [
            {"kind": "call", "contact_id": cid, "owner_id": me, "subject": f"Call {i}",
             "occurred_at": T0 - timedelta(minutes=i), "private": False}
            for i in range(3000)])
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        ids = ah.history_ids(ctx, cid)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)
    assert len(ids) == 3000
    assert [r.subject for r in ah.history_rows(ctx, ids[:2])] == ["Call 0", "Call 1"]
    on_activities = [st for st in statements if "FROM activities" in st]
    assert len(on_activities) == 1
    if ctx.db.dialect == "sqlite":
        with ctx.read() as s:
            plan = " ".join(str(r) for r in s.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + on_activities[0], (cid, cid, me)))
        assert "ix_activities_contact_time" in plan and "SCAN activities" not in plan
