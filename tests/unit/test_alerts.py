"""The alerts engine's rules (reference 001), by time travel on both databases:
each rule fires on its day and not the day before, inactivity resets after a
sales activity, retention counts per rating and period, and settings that are
off or wrong create nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import delete, select, update

from app.models import Activity, AlertLog, AlertRule, Contact, Rating, RetentionTarget, Status, User
from app.services.activities import edit as activity_edit
from app.services.activities import todos
from app.services.activities.edit import ActivityForm
from app.services.alerts import engine as alerts
from app.services.alerts import settings as alert_settings
from app.services.alerts.rules import due_on, due_seconds, retention_period
from app.services.context import AppContext
from tests.unit.helpers import person

DAY = date(2026, 3, 10)  # a Tuesday


# --- helpers (also used by test_alerts_runs.py) ------------------------------------------

def only(ctx: AppContext, *rules: str, **changes: dict[str, object]) -> None:
    """Turn on just ``rules`` (each with its ``changes``), the others off."""
    settings = alert_settings.load(ctx)
    for r in alert_settings.RULES:
        settings = settings.with_rule(r, enabled=r in rules, **changes.get(r, {}))
    alert_settings.save(ctx, settings)


def user_id(ctx: AppContext, username: str) -> int:
    with ctx.read() as s:
        found = s.scalar(select(User.id).where(User.username == username))
    assert found is not None
    return found


def contact(ctx: AppContext, first: str, last: str, *, rep: str | None = "bob",
            created: date | None = None, **kw: object) -> int:
    rep_id = user_id(ctx, rep) if rep else None
    cid = person(ctx, first, last, assigned_rep_id=rep_id, **kw)
    if created is not None:
        with ctx.write() as s:
            s.execute(update(Contact).where(Contact.id == cid).values(
                created_at=datetime.combine(created, time(10), UTC)))
    return cid


def record(ctx: AppContext, cid: int, kind: str, day: date, *, status: str = "done",
           **kw: object) -> int:
    return activity_edit.create(ctx, ActivityForm(
        kind=kind, subject=f"{kind} on {day}", body="b" if kind == "note" else "",
        contact_id=cid, occurred_at=datetime.combine(day, time(11), UTC), status=status,
        **kw))  # type: ignore[arg-type]


def alert_tasks(ctx: AppContext, cid: int | None = None) -> list[Activity]:
    with ctx.read() as s:
        q = select(Activity).where(Activity.todo_source == "alert").order_by(Activity.id)
        if cid is not None:
            q = q.where(Activity.contact_id == cid)
        return list(s.scalars(q))


def owner_of(ctx: AppContext, task: Activity) -> str:
    with ctx.read() as s:
        return s.get(User, task.owner_id).username  # type: ignore[union-attr]


def at_nine(day: date) -> datetime:
    return due_on(day, due_seconds(day))


def fired(ctx: AppContext, day: date) -> dict[str, int]:
    return {r: n for r, n in alerts.run_alerts(ctx, as_of=day).counts.items() if n}


# --- Service Renewal ---------------------------------------------------------------------

def test_service_renewal_fires_n_days_before_the_end_and_again_after_a_renewal(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    only(ctx, "service_renewal", service_renewal={"days": 30})
    end = DAY + timedelta(days=30)
    ann = contact(ctx, "Ann", "Archer", contact_type="customer", subscription_end=end)
    contact(ctx, "Lee", "Lead", contact_type="lead", subscription_end=end)  # not a customer
    assert fired(ctx, DAY - timedelta(days=1)) == {}
    assert fired(ctx, DAY) == {"service_renewal": 1}
    [task] = alert_tasks(ctx)
    assert (task.contact_id, task.kind, task.status, owner_of(ctx, task)) == (ann, "task", "open",
                                                                             "bob")
    assert task.subject == "Service renewal: Ann Archer (subscription ends 9 Apr 2026)"
    assert "in 30 days" in task.body and "30 days before expiration" in task.body
    assert task.due_at == at_nine(end)
    assert fired(ctx, DAY + timedelta(days=5)) == {}  # the same subscription end: once
    with ctx.write() as s:  # renewed for a year
        s.execute(update(Contact).where(Contact.id == ann).values(
            subscription_end=end + timedelta(days=365)))
    assert fired(ctx, DAY + timedelta(days=364)) == {}
    assert fired(ctx, DAY + timedelta(days=365)) == {"service_renewal": 1}
    assert len(alert_tasks(ctx, ann)) == 2


def test_a_run_after_the_day_still_fires_until_the_end_but_not_after(ctx) -> None:  # type: ignore[no-untyped-def]
    only(ctx, "service_renewal", service_renewal={"days": 10})
    contact(ctx, "Ann", "Archer", rep=None, contact_type="customer", subscription_end=DAY)
    assert fired(ctx, DAY + timedelta(days=1)) == {}  # already ended
    result = alerts.run_alerts(ctx, as_of=DAY)
    assert result.counts["service_renewal"] == 1
    assert "ends on 10 Mar 2026, today" in result.fired[0].reason


# --- New Customer ------------------------------------------------------------------------

def test_lead_inactivity_counts_from_the_last_sales_activity_and_resets(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    only(ctx, "lead_inactivity", lead_inactivity={"days": 14})
    start = DAY
    lead = contact(ctx, "Lou", "Lead", contact_type="lead", created=start)
    assert fired(ctx, start + timedelta(days=13)) == {}
    assert fired(ctx, start + timedelta(days=14)) == {"lead_inactivity": 1}
    [first] = alert_tasks(ctx)
    assert first.subject == "New customer: Lou Lead (Lead, no sales activity since 10 Mar 2026)"
    assert "for 14 days, since it was entered on 10 Mar 2026" in first.body
    assert first.due_at == at_nine(start + timedelta(days=15))
    assert fired(ctx, start + timedelta(days=19)) == {}  # the same quiet stretch

    call_day = start + timedelta(days=20)
    record(ctx, lead, "call", call_day, outcome="answered")
    record(ctx, lead, "note", call_day + timedelta(days=5))  # notes are no sales activity
    record(ctx, lead, "task", call_day + timedelta(days=6), status="cancelled")
    assert fired(ctx, call_day + timedelta(days=13)) == {}
    assert fired(ctx, call_day + timedelta(days=14)) == {"lead_inactivity": 1}
    second = alert_tasks(ctx)[-1]
    assert "no sales activity for 14 days, since 30 Mar 2026" in second.body
    with ctx.read() as s:
        keys = s.scalars(select(AlertLog.period_key).order_by(AlertLog.id)).all()
    assert keys == ["2026-03-10", "2026-03-30"]


def test_open_to_dos_do_not_count_but_a_completed_alert_task_does(team) -> None:  # type: ignore[no-untyped-def]
    ctx, bob = team["alice"], team["bob"]
    only(ctx, "potential_inactivity", potential_inactivity={"days": 20})
    pot = contact(ctx, "Pat", "Potential", contact_type="potential", created=DAY)
    record(ctx, pot, "task", DAY + timedelta(days=5), status="open",
           due_at=datetime.combine(DAY + timedelta(days=6), time(9), UTC))
    assert fired(ctx, DAY + timedelta(days=20)) == {"potential_inactivity": 1}
    [task] = alert_tasks(ctx)
    todos.mark_done(bob, task.id)  # the rep followed it up
    # a task counts on its date (a To-Do's date is its due day): a new quiet stretch
    due_day = DAY + timedelta(days=21)
    assert fired(ctx, due_day + timedelta(days=19)) == {}
    assert fired(ctx, due_day + timedelta(days=20)) == {"potential_inactivity": 1}


def test_each_contact_type_has_its_own_toggle_and_needs_a_rep(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    only(ctx, "potential_inactivity", potential_inactivity={"days": 20},
         lead_inactivity={"days": 14})
    old = DAY - timedelta(days=60)
    lead = contact(ctx, "Lou", "Lead", contact_type="lead", created=old)
    pot = contact(ctx, "Pat", "Potential", contact_type="potential", created=old)
    contact(ctx, "Nora", "Norep", rep=None, contact_type="potential", created=old)
    contact(ctx, "Cus", "Tomer", contact_type="customer", created=old)
    contact(ctx, "Ina", "Inactive", contact_type="potential", created=old, active=False)
    assert fired(ctx, DAY) == {"potential_inactivity": 1}
    assert [t.contact_id for t in alert_tasks(ctx)] == [pot]
    only(ctx, "potential_inactivity", "lead_inactivity")
    assert fired(ctx, DAY) == {"lead_inactivity": 1}
    assert [t.contact_id for t in alert_tasks(ctx)] == [pot, lead]


def test_activities_after_as_of_do_not_count(ctx) -> None:  # type: ignore[no-untyped-def]
    users_ready(ctx)
    only(ctx, "lead_inactivity", lead_inactivity={"days": 14})
    lead = contact(ctx, "Lou", "Lead", rep="alice", contact_type="lead", created=DAY)
    record(ctx, lead, "mail", DAY + timedelta(days=30))
    assert fired(ctx, DAY + timedelta(days=14)) == {"lead_inactivity": 1}  # as it was then
    assert fired(ctx, DAY + timedelta(days=40)) == {}


def users_ready(ctx: AppContext) -> None:
    from app.services.office import users

    users.current(ctx)


# --- Win-Back ----------------------------------------------------------------------------

def test_win_back_fires_n_days_before_the_follow_up_of_closed_lost_customers(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    only(ctx, "win_back", win_back={"days": 14})
    with ctx.read() as s:
        lost = s.scalar(select(Status.id).where(Status.name == "Closed-lost"))
        active = s.scalar(select(Status.id).where(Status.name == "Active"))
    follow = DAY + timedelta(days=14)
    lou = contact(ctx, "Lou", "Lost", contact_type="customer", status_id=lost, follow_up_date=follow)
    contact(ctx, "Al", "Active", contact_type="customer", status_id=active, follow_up_date=follow)
    contact(ctx, "Lea", "Lead", contact_type="lead", status_id=lost, follow_up_date=follow)
    assert fired(ctx, DAY - timedelta(days=1)) == {}
    assert fired(ctx, DAY) == {"win_back": 1}
    [task] = alert_tasks(ctx)
    assert (task.contact_id, owner_of(ctx, task)) == (lou, "bob")
    assert task.subject == "Win-back: Lou Lost (follow-up date 24 Mar 2026)"
    assert "in 14 days" in task.body and task.due_at == at_nine(follow)
    assert fired(ctx, follow) == {}
    with ctx.write() as s:  # a new follow-up date: a new chance
        s.execute(update(Contact).where(Contact.id == lou).values(
            follow_up_date=follow + timedelta(days=90)))
    assert fired(ctx, follow + timedelta(days=76)) == {"win_back": 1}


def test_without_a_closed_lost_status_win_back_fires_nothing_and_says_so(ctx) -> None:  # type: ignore[no-untyped-def]
    users_ready(ctx)
    only(ctx, "win_back")
    with ctx.write() as s:
        lost = s.scalar(select(Status).where(Status.name == "Closed-lost"))
        assert lost is not None
        lost_id, lost.name = lost.id, "Gone"
    contact(ctx, "Lou", "Lost", rep="alice", contact_type="customer", status_id=lost_id,
            follow_up_date=DAY)
    result = alerts.run_alerts(ctx, as_of=DAY)
    assert result.total == 0 and alert_tasks(ctx) == []
    assert any("no “Closed-lost” status" in n for n in result.notes)
    with ctx.write() as s:  # found by name, whatever its case
        s.execute(update(Status).where(Status.id == lost_id).values(name="CLOSED-LOST"))
    assert fired(ctx, DAY) == {"win_back": 1}


# --- Customer Retention ------------------------------------------------------------------

def rating_id(ctx: AppContext, name: str) -> int:
    with ctx.read() as s:
        found = s.scalar(select(Rating.id).where(Rating.name == name))
    assert found is not None
    return found


def rated(ctx: AppContext, first: str, rating: str, **kw: object) -> int:
    return contact(ctx, first, rating, contact_type="customer",
                   rating_id=rating_id(ctx, rating), **kw)


def retention_subjects(ctx: AppContext) -> dict[int, str]:
    return {t.contact_id: t.subject for t in alert_tasks(ctx)}  # type: ignore[misc]


def test_retention_counts_done_meetings_calls_and_mails_per_rating(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    only(ctx, "retention", retention={"days": 30, "unit": "days"})
    period = retention_period(DAY, 30, "days")
    first_day = period.start
    assert first_day <= DAY < period.end
    bronze = rated(ctx, "Bea", "Bronze")  # 0 / 1 / 1
    gold = rated(ctx, "Gus", "Gold")  # - / 3 / 3
    vip = rated(ctx, "Vic", "VIP")  # 2 / 3 / 3
    diamond = rated(ctx, "Dia", "Diamond")  # 1 / 3 / 3
    rated(ctx, "Ina", "VIP", active=False)
    record(ctx, bronze, "call", first_day, outcome="answered")
    record(ctx, bronze, "mail", DAY)
    record(ctx, gold, "call", first_day, outcome="answered")
    record(ctx, gold, "call", DAY, outcome="missed")  # nobody reached: does not count
    record(ctx, gold, "meeting_appointment", DAY, status="cancelled")
    for _ in range(3):
        record(ctx, gold, "mail", DAY)
    record(ctx, vip, "meeting", DAY)
    for _ in range(3):
        record(ctx, vip, "call", DAY)
    record(ctx, vip, "mail", DAY)
    record(ctx, vip, "mail", DAY)
    record(ctx, vip, "mail", first_day - timedelta(days=1))  # the previous period
    record(ctx, vip, "mail", DAY + timedelta(days=1))  # after as_of
    record(ctx, diamond, "call", DAY, outcome="answered")
    for _ in range(3):
        record(ctx, diamond, "mail", DAY)
    result = alerts.run_alerts(ctx, as_of=DAY)
    assert result.counts["retention"] == 3
    assert retention_subjects(ctx) == {
        gold: "Customer retention: Gus Gold: 2 calls still due this period",
        vip: "Customer retention: Vic VIP: 1 meeting and 1 e-mail still due this period",
        diamond: "Customer retention: Dia Diamond: 2 calls and 1 meeting still due this period",
    }
    reason = next(a.reason for a in result.fired if a.contact_id == gold)
    assert reason.startswith("Customer Retention (Gold, every 30 days, period ")
    assert "done so far: calls 1 of 3, e-mails 3 of 3." in reason
    task = next(t for t in alert_tasks(ctx) if t.contact_id == gold)
    assert task.due_at == at_nine(period.end - timedelta(days=1))
    assert {a.period_key for a in result.fired} == {period.key}
    assert fired(ctx, DAY + timedelta(days=1)) == {}  # one task per contact and period


def test_retention_periods_of_days_weeks_and_months(team) -> None:  # type: ignore[no-untyped-def]
    assert retention_period(date(2026, 11, 23), 30, "days").start == date(2026, 11, 12)
    assert retention_period(date(2026, 11, 11), 30, "days").end == date(2026, 11, 12)
    assert retention_period(date(2026, 3, 15), 1, "weeks").start == date(2026, 3, 9)  # Monday
    assert retention_period(date(2026, 3, 16), 1, "weeks").start == date(2026, 3, 16)
    assert retention_period(date(2026, 3, 16), 2, "weeks").start == date(2026, 3, 9)
    assert retention_period(date(2026, 1, 31), 1, "months") == retention_period(date(2026, 1, 1), 1,
                                                                                 "months")
    assert retention_period(date(2026, 2, 1), 1, "months").start == date(2026, 2, 1)
    quarter = retention_period(date(2026, 5, 20), 3, "months")
    assert (quarter.start, quarter.end) == (date(2026, 4, 1), date(2026, 7, 1))
    assert retention_period(date(2026, 12, 31), 12, "months").end == date(2027, 1, 1)

    ctx = team["alice"]
    bea = rated(ctx, "Bea", "Bronze")  # 0 / 1 / 1
    for unit, every, last_day in (("days", 30, date(2026, 11, 11)),
                                  ("weeks", 1, date(2026, 3, 15)),
                                  ("months", 1, date(2026, 1, 31))):
        with ctx.write() as s:
            s.execute(delete(Activity))
            s.execute(delete(AlertLog))
        only(ctx, "retention", retention={"days": every, "unit": unit})
        record(ctx, bea, "call", last_day, outcome="answered")
        record(ctx, bea, "mail", last_day)
        assert fired(ctx, last_day) == {}, unit  # done in the period
        # the next day is a new period: last period's call and mail no longer count
        assert fired(ctx, last_day + timedelta(days=1)) == {"retention": 1}, unit
        [task] = alert_tasks(ctx)
        assert task.subject.endswith("1 call and 1 e-mail still due this period"), unit
        assert fired(ctx, last_day + timedelta(days=2)) == {}, unit


def test_retired_removed_or_empty_ratings_fire_nothing(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    only(ctx, "retention")
    silver = rated(ctx, "Sil", "Silver")
    gold = rated(ctx, "Gus", "Gold")
    vip = rated(ctx, "Vic", "VIP")
    assert alerts.run_alerts(ctx, as_of=DAY, dry_run=True).counts["retention"] == 3
    stale = alert_settings.load(ctx)  # a settings screen still open
    with ctx.write() as s:
        s.execute(update(Rating).where(Rating.id == rating_id(ctx, "Silver")).values(active=False))
        s.execute(update(Contact).where(Contact.id == vip).values(rating_id=None))
        s.delete(s.get(Rating, rating_id(ctx, "VIP")))  # its matrix row goes with it
    alert_settings.save(ctx, alert_settings.load(ctx).with_target(
        rating_id(ctx, "Gold"), meetings=None, calls=None, emails=None))  # all "-"
    result = alerts.run_alerts(ctx, as_of=DAY)
    assert result.total == 0 and alert_tasks(ctx) == []
    assert "Customer Retention: rating “Silver” is retired: no alerts for it" in result.notes
    assert "Customer Retention: rating “Gold” requires nothing: no alerts for it" in result.notes
    assert stale.retention[-1].rating == "VIP"
    with ctx.read() as s:
        assert s.scalar(select(RetentionTarget).where(
            RetentionTarget.rating_id == stale.retention[-1].rating_id)) is None
        assert s.get(Contact, silver).rating_id == rating_id(ctx, "Silver")  # type: ignore[union-attr]
        assert s.get(Contact, gold).rating_id == rating_id(ctx, "Gold")  # type: ignore[union-attr]


def test_numbers_out_of_range_in_the_database_fire_nothing(ctx) -> None:  # type: ignore[no-untyped-def]
    users_ready(ctx)
    only(ctx, "retention", "service_renewal")
    contact(ctx, "Ann", "Archer", rep="alice", contact_type="customer", subscription_end=DAY)
    rated(ctx, "Bea", "Bronze", rep="alice")
    with ctx.write() as s:  # written around the settings' validation
        s.execute(update(AlertRule).where(AlertRule.rule == "service_renewal").values(days=-5))
        s.execute(update(RetentionTarget).where(
            RetentionTarget.rating_id == rating_id(ctx, "Bronze")).values(calls=-1, emails=500))
    result = alerts.run_alerts(ctx, as_of=DAY)
    assert result.total == 0 and alert_tasks(ctx) == []
    assert any(n.startswith("Service Renewal: -5 days is not a valid setting") for n in result.notes)
    assert any("“Bronze” has a number out of range" in n for n in result.notes)


# --- owners and switches -----------------------------------------------------------------

def test_contacts_without_an_active_rep_go_to_the_first_manager(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    only(ctx, "service_renewal")
    nobody = contact(ctx, "No", "Rep", rep=None, contact_type="customer", subscription_end=DAY)
    gone = contact(ctx, "Gone", "Rep", rep="carol", contact_type="customer", subscription_end=DAY)
    with ctx.write() as s:
        s.execute(update(User).where(User.username == "carol").values(active=False))
    result = alerts.run_alerts(ctx, as_of=DAY)
    assert {a.contact_id: a.owner for a in result.fired} == {nobody: "alice", gone: "alice"}
    reasons = {a.contact_id: a.reason for a in result.fired}
    assert reasons[nobody].endswith("No assigned rep: sent to the manager alice.")
    assert reasons[gone].endswith("The assigned rep is inactive: sent to the manager alice.")
    mine = todos.my_todos(ctx)
    assert {t.contact_id for t in mine} == {nobody, gone}
    assert {t.source for t in mine} == {"alert"}


def test_disabled_rules_create_nothing(team) -> None:  # type: ignore[no-untyped-def]
    ctx = team["alice"]
    old = DAY - timedelta(days=100)
    with ctx.read() as s:
        lost = s.scalar(select(Status.id).where(Status.name == "Closed-lost"))
    contact(ctx, "Ann", "Archer", contact_type="customer", subscription_end=DAY)
    contact(ctx, "Lou", "Lead", contact_type="lead", created=old)
    contact(ctx, "Pat", "Potential", contact_type="potential", created=old)
    contact(ctx, "Lo", "Lost", contact_type="customer", status_id=lost, follow_up_date=DAY)
    rated(ctx, "Vic", "VIP")
    only(ctx)
    result = alerts.run_alerts(ctx, as_of=DAY)
    assert result.total == 0 and alert_tasks(ctx) == []
    assert len([n for n in result.notes if n.endswith("turned off")]) == 5
    with ctx.read() as s:
        assert s.scalars(select(AlertLog)).all() == []
    only(ctx, *alert_settings.RULES)
    assert fired(ctx, DAY) == {"service_renewal": 1, "lead_inactivity": 1,
                               "potential_inactivity": 1, "win_back": 1, "retention": 1}
