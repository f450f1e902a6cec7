"""The alerts engine's runs on both databases: each contact, rule and period
gets one task however often and on however many desks it runs; a dry run
writes nothing; a failed run leaves nothing half-done; one audit entry per run."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.models import Activity, AlertLog, AuditEntry, Status
from app.services.activities import edit as activity_edit
from app.services.activities.edit import ActivityForm
from app.services.alerts import engine as alerts
from app.services.alerts.engine import AlertRun
from app.services.context import AppContext
from tests.actors import acting
from tests.unit.test_alerts import DAY, alert_tasks, contact, only, rated, record

EVERY_RULE = {"service_renewal": 1, "potential_inactivity": 1, "lead_inactivity": 2,
              "win_back": 1, "retention": 1}


def one_of_each(ctx: AppContext) -> None:
    """Contacts that make every rule fire on DAY (two leads)."""
    only(ctx, *EVERY_RULE)
    old = DAY - timedelta(days=100)
    with ctx.read() as s:
        lost = s.scalar(select(Status.id).where(Status.name == "Closed-lost"))
    contact(ctx, "Ann", "Archer", contact_type="customer", subscription_end=DAY)
    lou = contact(ctx, "Lou", "Lead", contact_type="lead", created=old)
    record(ctx, lou, "call", old + timedelta(days=3), outcome="answered")
    contact(ctx, "Les", "Lead", rep="carol", contact_type="lead", created=old)
    contact(ctx, "Pat", "Potential", contact_type="potential", created=old)
    contact(ctx, "Lo", "Lost", rep=None, contact_type="customer", status_id=lost,
            follow_up_date=DAY)
    rated(ctx, "Vic", "VIP")


def counts(run: AlertRun) -> dict[str, int]:
    return {r: n for r, n in run.counts.items() if n}


def table_count(ctx: AppContext, model: type) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def audit_entries(ctx: AppContext) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.new).where(AuditEntry.entity == "alerts")))


def test_repeated_runs_create_each_task_once_each_linked_to_its_log_row(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    one_of_each(ctx)
    first = alerts.run_alerts(ctx, as_of=DAY)
    assert counts(first) == EVERY_RULE and first.total == 6 and not first.dry_run
    assert {a.owner for a in first.fired} == {"bob", "carol", "alice"}
    with ctx.read() as s:
        logged = s.execute(select(AlertLog.rule, AlertLog.contact_id, AlertLog.activity_id,
                                  AlertLog.run_id, AlertLog.reason)).all()
        tasks = {a.id: a for a in s.scalars(select(Activity).where(Activity.todo_source == "alert"))}
    assert len(logged) == 6 and len(tasks) == 6
    for _rule, contact_id, activity_id, run_id, reason in logged:
        assert run_id == first.run_id
        task = tasks[activity_id]
        assert (task.contact_id, task.body, task.status, task.kind) == (contact_id, reason, "open",
                                                                        "task")
    assert {a.activity_id for a in first.fired} == set(tasks)

    for _ in range(2):
        again = alerts.run_alerts(ctx, as_of=DAY)
        assert again.total == 0 and again.fired == ()
    assert alerts.run_alerts(ctx, as_of=DAY, dry_run=True).total == 0
    assert len(alert_tasks(ctx)) == 6 and table_count(ctx, AlertLog) == 6
    [entry] = audit_entries(ctx)  # one for the run that created tasks, none for the others
    assert entry.startswith(f"6 alert tasks as of {DAY.isoformat()}: Service Renewal 1")
    # the engine's ids leave the database's own numbering intact
    later = activity_edit.create(ctx, ActivityForm(kind="call", subject="After",
                                                   contact_id=tasks[max(tasks)].contact_id,
                                                   occurred_at=datetime.now(UTC)))
    assert later > max(tasks)


def test_a_dry_run_reports_what_would_fire_and_writes_nothing(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    one_of_each(ctx)
    activities_before = table_count(ctx, Activity)
    dry = alerts.run_alerts(ctx, as_of=DAY, dry_run=True, limit=4)
    assert dry.dry_run and counts(dry) == EVERY_RULE and dry.total == 6
    assert len(dry.fired) == 4 and all(a.activity_id is None for a in dry.fired)
    assert table_count(ctx, Activity) == activities_before
    assert table_count(ctx, AlertLog) == 0 and audit_entries(ctx) == []
    real = alerts.run_alerts(ctx, as_of=DAY)
    assert counts(real) == counts(dry)
    assert [(a.rule, a.contact_id, a.reason) for a in real.fired[:4]] == \
        [(a.rule, a.contact_id, a.reason) for a in dry.fired]


def test_a_failed_chunk_leaves_nothing_half_done_and_the_next_run_finishes(  # type: ignore[no-untyped-def]
        team, monkeypatch) -> None:
    """Alerts are written CHUNK at a time, each chunk in its own transaction (other
    desks get the write lock in between): a chunk that fails leaves none of its
    tasks or log rows; chunks written before it stay, each task with its log row;
    the next run writes the rest and nothing twice."""
    from sqlalchemy import select

    ctx = team["alice"]
    one_of_each(ctx)
    activities_before = table_count(ctx, Activity)
    real_write = alerts._write_chunk
    calls: list[int] = []

    def second_chunk_fails(s, sql, run, lo, hi) -> None:  # type: ignore[no-untyped-def]
        calls.append(lo)
        real_write(s, sql, run, lo, hi)
        if len(calls) == 2:
            raise RuntimeError("the disk is full")  # after its rows went in: all rolled back

    with monkeypatch.context() as m:
        m.setattr(alerts, "CHUNK", 4)
        m.setattr(alerts, "_write_chunk", second_chunk_fails)
        with pytest.raises(RuntimeError):
            alerts.run_alerts(ctx, as_of=DAY)
    assert calls == [1, 5]
    assert table_count(ctx, AlertLog) == 4 and audit_entries(ctx) == []
    assert table_count(ctx, Activity) == activities_before + 4
    with ctx.read() as s:  # every log row points at its task
        tasks = set(s.scalars(select(AlertLog.activity_id)))
        assert None not in tasks and len(tasks) == 4
        assert len(set(s.scalars(select(Activity.id).where(Activity.id.in_(tasks))))) == 4
    assert alerts.run_alerts(ctx, as_of=DAY).total == 2  # the rest, nothing twice
    assert table_count(ctx, AlertLog) == 6
    assert table_count(ctx, Activity) == activities_before + 6
    assert alerts.run_alerts(ctx, as_of=DAY).total == 0


def test_a_run_that_fails_before_writing_leaves_nothing(team, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    one_of_each(ctx)
    activities_before = table_count(ctx, Activity)

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("the disk is full")

    with monkeypatch.context() as m:
        m.setattr(alerts, "_fill", broken)
        with pytest.raises(RuntimeError):
            alerts.run_alerts(ctx, as_of=DAY)
    assert table_count(ctx, Activity) == activities_before
    assert table_count(ctx, AlertLog) == 0 and audit_entries(ctx) == []
    assert alerts.run_alerts(ctx, as_of=DAY).total == 6


def test_many_alerts_in_one_run_each_get_their_own_task(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.office import users

    users.current(ctx)
    only(ctx, "lead_inactivity")
    old = DAY - timedelta(days=60)
    leads = [contact(ctx, "Lead", f"No{i}", rep="alice", contact_type="lead", created=old)
             for i in range(120)]
    for cid in leads[::3]:
        record(ctx, cid, "mail", old + timedelta(days=1))
    run = alerts.run_alerts(ctx, as_of=DAY, limit=500)
    assert run.total == 120 and len(run.fired) == 120
    with ctx.read() as s:
        pairs = s.execute(select(AlertLog.contact_id, Activity.contact_id, Activity.subject)
                          .join(Activity, Activity.id == AlertLog.activity_id)).all()
    assert len(pairs) == 120 and all(a == b for a, b, _ in pairs)
    assert {subject.split("(")[0] for _, _, subject in pairs} == {
        f"New customer: Lead No{i} " for i in range(120)}




def test_two_desks_running_at_once_create_each_task_once(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    one_of_each(ctx)
    results: list[AlertRun] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def desk(user: str) -> None:
        db = Database(ctx.db.url, migrate=False)  # a desk of its own: engine and connections
        try:
            barrier.wait()
            results.append(alerts.run_alerts(acting(db, user), as_of=DAY))
        except BaseException as error:  # noqa: BLE001
            errors.append(error)
        finally:
            db.dispose()

    threads = [threading.Thread(target=desk, args=(u,)) for u in ("alice", "bob")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert sum(r.total for r in results) == 6
    assert len(alert_tasks(ctx)) == 6 and table_count(ctx, AlertLog) == 6


def test_the_desk_that_loses_the_race_for_a_key_creates_no_task(team, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL lets two runs overlap: desk A has its candidates when desk B
    logs and commits the same alerts; A's log insert then finds the keys taken."""
    ctx = team["alice"]
    if ctx.db.dialect != "postgresql":
        pytest.skip("SQLite runs one writer at a time (BEGIN IMMEDIATE): no overlap")
    one_of_each(ctx)
    filled, b_done = threading.Event(), threading.Event()
    fill = alerts._fill

    def slow_fill(s, queries, **kw):  # type: ignore[no-untyped-def]
        done = fill(s, queries, **kw)
        if threading.current_thread().name == "desk-a":
            filled.set()
            assert b_done.wait(30)
        return done

    monkeypatch.setattr(alerts, "_fill", slow_fill)
    results: dict[str, AlertRun] = {}
    errors: list[BaseException] = []

    def desk_a() -> None:
        try:
            results["a"] = alerts.run_alerts(ctx, as_of=DAY)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    a = threading.Thread(target=desk_a, name="desk-a")
    a.start()
    assert filled.wait(30)
    results["b"] = alerts.run_alerts(team["bob"], as_of=DAY)
    b_done.set()
    a.join(30)
    assert not errors, errors
    assert results["b"].total == 6 and results["a"].total == 0
    assert len(alert_tasks(ctx)) == 6 and table_count(ctx, AlertLog) == 6
    assert len(audit_entries(ctx)) == 1


def _statements_of_a_run(ctx: AppContext, day) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        assert alerts.run_alerts(ctx, as_of=day).total > 0
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    return len(seen)


def test_a_run_is_set_based_the_same_statements_for_ten_or_a_hundred_alerts(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    only(ctx, "lead_inactivity", "service_renewal", "retention")
    old = DAY - timedelta(days=60)
    for i in range(10):
        contact(ctx, "Lead", f"A{i}", contact_type="lead", created=old)
        contact(ctx, "Cus", f"A{i}", contact_type="customer", subscription_end=DAY)
        rated(ctx, f"Vip{i}", "VIP")
    small = _statements_of_a_run(ctx, DAY)
    for i in range(100):
        contact(ctx, "Lead", f"B{i}", contact_type="lead", created=old)
        contact(ctx, "Cus", f"B{i}", contact_type="customer",
                subscription_end=DAY + timedelta(days=1))
        rated(ctx, f"Vip{i}", "VIP")
    assert _statements_of_a_run(ctx, DAY + timedelta(days=1)) == small
    assert len(alert_tasks(ctx)) == 30 + 300


def test_the_rules_use_their_indexes_on_sqlite(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """No scan of the activities table: the last sales activity comes from
    ix_activities_contact_done, the period's retention counts from a time range."""
    from sqlalchemy import text

    from app.services.alerts.sql import Sql
    from app.services.office import users

    ctx = acting(sqlite_db, "alice")
    users.current(ctx)
    with ctx.read() as s:
        work = alerts._plan(s, Sql(False), DAY, alerts._fallback(s, ctx.actor))
        plans = {q.rule: " | ".join(str(r[-1]) for r in s.execute(
            text(f"EXPLAIN QUERY PLAN {q.sql}"), q.params)) for q in work.queries}
    assert set(plans) == set(EVERY_RULE)
    for rule, plan in plans.items():
        assert "SCAN a" not in plan and "SCAN activities" not in plan, (rule, plan)
        assert "alert_log" in plan, (rule, plan)  # "not fired yet" by the log's unique key
    assert "ix_activities_contact_done" in plans["lead_inactivity"]
    assert "ix_activities_contact_done" in plans["potential_inactivity"]
    assert "ix_activities_time_kind (occurred_at>? AND occurred_at<?)" in plans["retention"]
