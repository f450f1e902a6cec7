"""Automated activity alerts (reference 001): the engine.

Every alert that fires becomes an open To-Do task (kind "task", todo_source
"alert") for the contact's assigned rep, with a subject saying what to do and
a body (the reason) naming the rule and the numbers that fired it, plus its
``AlertLog`` row. The log's unique key (rule, contact, period) makes the
engine idempotent: the same contact, rule and period never get a second task,
however often and on however many desks it runs.

The rules (N is the rule's number of days; ``as_of`` is a calendar day):

- Service Renewal: active customers whose subscription ends within N days
  (as_of <= end <= as_of + N), so it fires on the day end - N (or on the first
  run after it, up to the end day). Period: the end date, so a renewed
  subscription (a new end date) alerts again. Due: the end date, 09:00.
- New Customer: active Leads (lead_inactivity) and Potentials
  (potential_inactivity), each with its own toggle and N, that have an assigned
  rep and no sales activity for N days. A *sales activity* is any done
  activity of the contact except a note, up to the end of the as_of day: calls,
  mails, meetings, done tasks and appointments, SMS, faxes, chats, tickets.
  Open To-Dos (planned, not done, and the engine's own alert tasks) and
  cancelled ones do not count; when the rep completes an alert task, it does
  (at its date). Without any, the contact's creation counts as the start. It
  fires when the UTC day of the last one + N <= as_of. Period: that day, so an
  activity afterwards resets the count and the next quiet stretch alerts again.
  Due: the day after as_of, 09:00.
- Win-Back: active customers whose status is "Closed-lost" (found by name,
  ignoring case; without such a status nothing fires and the run says so) and
  whose follow-up date is N days away or less (as_of <= follow-up <= as_of + N).
  Period: the follow-up date. Due: the follow-up date, 09:00.
- Customer Retention: active rated customers whose rating is active and has a
  matrix row. The send frequency cuts time into periods: days and weeks counted
  from Monday 2000-01-03, months as calendar months counted from January 2000
  (every 3 months: quarters). In the period holding as_of, the done meetings
  (kind meeting), calls (kind call that reached someone: not missed, busy, no
  answer or rejected) and e-mails (kind mail, either direction) up to the end
  of as_of are counted; the shortfall of the required cells ("-" is not
  required; 0 never falls short) fires one task per contact and period, e.g.
  "2 calls and 1 meeting still due this period". It fires on the first run of
  a period (everything is still due then); the counts in the reason are those
  of that moment. A retired rating, a row of "-" only, a removed rating (its
  row is gone with it) or a number out of range fires nothing, with a note.
  Period: its first day. Due: its last day, 09:00.

Common decisions: inactive contacts (Active box cleared) get no alerts.
Contacts without an assigned rep, or whose rep is inactive, go to the office's
first active manager (lowest user id) and the reason says so; with no active
manager, to the user running the engine. Days are UTC days for activity times;
09:00 is on the clock of the desk that runs the engine; a task's date is its
due time, as for any To-Do set with a deadline. A rule turned off, or
with a number outside the settings' limits, creates nothing (a note says why).

How it runs: set-based SQL, no Python loop per contact (``alerts_rules``).
A run first asks, in a read transaction, whether any enabled rule has anything
new; a run with nothing to do writes nothing (no write lock, no audit entry).
Otherwise the rules' candidates (not logged yet) go into a temporary table, in
(contact, rule) order, in a read transaction (no write lock). They are then
written CHUNK (20,000) at a time, each chunk in its own write transaction: its
tasks with ``INSERT INTO activities ... SELECT``, then ``INSERT INTO alert_log
... SELECT ... ON CONFLICT DO NOTHING`` with their task ids, so between chunks
other desks get SQLite's write lock (a first run that creates 640,000 tasks
would otherwise hold it for ~19 s, past the other desks' busy timeout). A
contact deleted meanwhile is skipped. A last transaction adds one audit entry
with the run's counts (entity "alerts"; the tasks are not audited one by one).
The unique key decides: on PostgreSQL a desk that lost the race for a key
(another desk logged it meanwhile) deletes its task for it in the same
transaction; every desk inserts keys in the same order, so two runs wait for
each other instead of deadlocking. SQLite has one writer at a time. A crash
leaves every chunk whole or absent (each task with its log row); the next run
writes what is missing and nothing twice. A dry run computes the same candidates, writes nothing.
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, exc, select, text
from sqlalchemy.orm import Session

from app.i18n import translate
from app.models import ActivityKind, ActivityStatus, AuditEntry, Role, TodoSource, User, utcnow
from app.services import changes, policy
from app.services.activities.todos import contact_label
from app.services.alerts import settings as alert_settings
from app.services.alerts.rules import Fallback, Plan, RuleQuery, plan
from app.services.alerts.settings import RULE_LABELS, RULES
from app.services.alerts.sql import Sql
from app.services.context import Actor, AppContext, ServiceError

log = logging.getLogger(__name__)

TEMP = "alert_candidates"
CHUNK = 20_000  # alerts per write transaction: other desks get the write lock in between
DEFAULT_LIMIT = 200
# the order alerts are listed in: the settings' order of the rules, then the contacts
_RULE_ORDER = "CASE {t}.rule " + " ".join(f"WHEN '{r}' THEN {i}" for i, r in enumerate(RULES)) + \
    " END"


@dataclass(frozen=True)
class FiredAlert:
    rule: str
    contact_id: int
    contact_name: str
    owner: str | None  # username
    period_key: str
    reason: str
    activity_id: int | None  # None in a dry run


@dataclass(frozen=True)
class AlertRun:
    as_of: date
    run_id: str
    dry_run: bool
    counts: dict[str, int]  # per rule (RULES order), fired this run (would fire, dry run)
    fired: tuple[FiredAlert, ...]  # at most ``limit`` of them, for display
    total: int
    notes: tuple[str, ...]


def run_alerts(ctx: AppContext, *, as_of: date | None = None, dry_run: bool = False,
               limit: int = DEFAULT_LIMIT) -> AlertRun:
    """Evaluate every enabled rule for ``as_of`` (default: today on this desk)
    and create the tasks of the alerts that have not fired yet."""
    as_of = as_of or date.today()
    run_id = uuid.uuid4().hex
    sql = Sql(ctx.db.dialect == "postgresql")
    if dry_run:
        with ctx.read() as s:
            work = _plan(s, sql, as_of, _fallback(s, ctx.actor))
            return _dry_run(s, sql, work, as_of, run_id, limit)
    with ctx.read() as s:
        work = _plan(s, sql, as_of, _fallback(s, ctx.actor))
        pending = {q.rule for q in work.queries if _anything_new(s, q)}
    if not pending:
        return AlertRun(as_of, run_id, False, _zero_counts(), (), 0, work.notes)
    try:
        counts, fired = _run(ctx, sql, as_of, run_id, pending, limit)
    except exc.OperationalError as error:
        if "locked" in str(error).lower():
            raise ServiceError(translate("Alerts", "Another desk is saving a lot at the moment; the "
                                         "alerts will run again later")) from error
        raise
    return AlertRun(as_of, run_id, False, counts, fired, sum(counts.values()), work.notes)


def _run(ctx: AppContext, sql: Sql, as_of: date, run_id: str, pending: set[str],
         limit: int) -> tuple[dict[str, int], tuple[FiredAlert, ...]]:
    """Candidates in a read transaction, then written CHUNK at a time, each chunk
    in its own write transaction, on one connection (its temporary table lives
    across them): other desks get SQLite's write lock between chunks."""
    with ctx.db.engine.connect() as conn:
        try:
            with conn.execution_options(ringcard_write=False).begin():
                with Session(bind=conn) as s:
                    work = _plan(s, sql, as_of, _fallback(s, ctx.actor))
                    _create_temp(s, sql, task_ids=True)
                    candidates = _fill(s, [q for q in work.queries if q.rule in pending],
                                       by_contact=True)
            run: dict[str, Any] = {"run": run_id, "now": sql.moment_value(utcnow())}
            for lo in range(1, candidates + 1, CHUNK):
                with conn.execution_options(ringcard_write=True).begin():
                    with Session(bind=conn) as s:
                        _write_chunk(s, sql, run, lo, lo + CHUNK)
            with conn.execution_options(ringcard_write=True).begin():
                with Session(bind=conn) as s:
                    counts = _counts(s, "SELECT rule, count(*) FROM alert_log WHERE run_id = :run "
                                        "GROUP BY rule", run)
                    _audit(s, counts, ctx.user, as_of, run_id)
                    s.flush()
                    fired = _fired_rows(s, run_id, limit)
        finally:
            with conn.begin():
                conn.execute(text(f"DROP TABLE IF EXISTS {'' if sql.postgres else 'temp.'}{TEMP}"))
    if any(counts.values()):  # new To-Dos: written at Core level, so said here
        changes.announce(changes.Kind.ACTIVITY, None, None)
    return counts, fired




# --- plan ---------------------------------------------------------------------------

def _plan(s: Session, sql: Sql, as_of: date, fallback: Fallback) -> Plan:
    return plan(s, alert_settings.load_in(s), as_of, sql, fallback)


def _fallback(s: Session, actor: Actor) -> Fallback:
    """The office's first active manager; without one, the user running the engine."""
    manager = s.execute(select(User.id, User.username)
                        .where(User.role == Role.MANAGER, User.active.is_(True))
                        .order_by(User.id).limit(1)).first()
    if manager is not None:
        return Fallback(manager[0], manager[1], True)
    return Fallback(actor.id, actor.username, policy.is_manager(actor))


def _zero_counts() -> dict[str, int]:
    return dict.fromkeys(RULES, 0)


def _anything_new(s: Session, q: RuleQuery) -> bool:
    return s.execute(text(f"SELECT 1 FROM ({q.sql}) q LIMIT 1"), q.params).first() is not None


# --- candidates (a temporary table of this transaction) -------------------------------

def _create_temp(s: Session, sql: Sql, *, task_ids: bool = False) -> None:
    """One row per alert to fire; ``seq`` is the order the tasks are written in.
    ``task_ids``: PostgreSQL draws each task's id from the activities' sequence
    here; SQLite's are the highest id + ``seq`` (see ``_task_id``)."""
    s.execute(text(f"DROP TABLE IF EXISTS {'' if sql.postgres else 'temp.'}{TEMP}"))
    if sql.postgres:
        act_id = " DEFAULT nextval(pg_get_serial_sequence('activities', 'id'))" if task_ids else ""
        s.execute(text(f"CREATE TEMP TABLE {TEMP} (seq BIGSERIAL PRIMARY KEY, rule VARCHAR(32), "
                       "contact_id INTEGER, period_key VARCHAR(32), owner_id INTEGER, "
                       "subject VARCHAR(300), reason VARCHAR(400), due_at TIMESTAMPTZ, "
                       f"act_id BIGINT{act_id})"))
    else:
        s.execute(text(f"CREATE TEMP TABLE {TEMP} (seq INTEGER PRIMARY KEY, rule VARCHAR, "
                       "contact_id INTEGER, period_key VARCHAR, owner_id INTEGER, "
                       "subject VARCHAR, reason VARCHAR, due_at VARCHAR)"))


def _drop_temp(s: Session, sql: Sql) -> None:
    s.execute(text(f"DROP TABLE IF EXISTS {'' if sql.postgres else 'temp.'}{TEMP}"))


def _task_id(sql: Sql) -> str:
    return "t.act_id" if sql.postgres else ":base + t.seq"


def _fill(s: Session, queries: list[RuleQuery], *, by_contact: bool = False) -> int:
    """All rules' candidates in one statement; ``by_contact``: in contact order, so
    the tasks go into the activities' per-contact indexes in one sweep. Returns
    how many."""
    if not queries:
        return 0
    selects, params = [], {}
    for i, q in enumerate(queries):  # each rule's parameters get a prefix of their own
        sql_text = q.sql
        for name in sorted(q.params, key=len, reverse=True):
            sql_text = re.sub(rf"(?<![:\w]):{name}\b", f":r{i}_{name}", sql_text)
            params[f"r{i}_{name}"] = q.params[name]
        selects.append(f"SELECT '{q.rule}' AS rule, contact_id, period_key, owner_id, subject, "
                       f"reason, due_at FROM ({sql_text}) q{i}")
    order = " ORDER BY contact_id, rule" if by_contact else ""
    return _changed(s, f"INSERT INTO {TEMP} (rule, contact_id, period_key, owner_id, subject, "
                       f"reason, due_at) SELECT * FROM ({' UNION ALL '.join(selects)}) u{order}",
                    params)


def _changed(s: Session, statement: str, params: dict[str, Any]) -> int:
    """Run a data change; how many rows it changed."""
    return cast(CursorResult[Any], s.execute(text(statement), params)).rowcount


def _counts(s: Session, query: str, params: dict[str, Any]) -> dict[str, int]:
    counts = _zero_counts()
    for rule, n in s.execute(text(query), params):
        counts[rule] = n
    return counts


def _dry_run(s: Session, sql: Sql, work: Plan, as_of: date, run_id: str,
             limit: int) -> AlertRun:
    _create_temp(s, sql)
    try:
        _fill(s, list(work.queries))
        counts = _counts(s, f"SELECT rule, count(*) FROM {TEMP} GROUP BY rule", {})
        rows = s.execute(text(
            f"SELECT t.rule, t.contact_id, c.kind, c.first_name, c.last_name, c.company_name, "
            f"u.username, t.period_key, t.reason, NULL FROM {TEMP} t "
            "JOIN contacts c ON c.id = t.contact_id LEFT JOIN users u ON u.id = t.owner_id "
            f"ORDER BY {_RULE_ORDER.format(t='t')}, t.contact_id LIMIT :limit"),
            {"limit": limit}).all()
    finally:
        _drop_temp(s, sql)
    return AlertRun(as_of, run_id, True, counts, tuple(_alert(r) for r in rows),
                    sum(counts.values()), work.notes)


def _alert(r: Any) -> FiredAlert:
    rule, contact_id, kind, first, last, company, owner, key, reason, activity_id = r
    return FiredAlert(rule, contact_id, contact_label(kind, first, last, company), owner, key,
                      reason, activity_id)


# --- the write ------------------------------------------------------------------------

_TASK_COLUMNS = {  # the task's columns besides id, owner, contact, subject, body, times
    "kind": f"'{ActivityKind.TASK}'", "status": f"'{ActivityStatus.OPEN}'",
    "todo_source": f"'{TodoSource.ALERT}'", "source": "'alert'", "priority": "'normal'",
    "private": "false", "missed": "false", "number_raw": "''", "outcome": "''", "place": "''",
    "ticket_status": "''", "address": "''", "agenda": "''", "version": "1",
}


def _write_chunk(s: Session, sql: Sql, run: dict[str, Any], lo: int, hi: int) -> None:
    """The tasks and log rows of candidates ``lo`` <= seq < ``hi``, all or nothing.
    A contact deleted since the candidates were found is skipped."""
    params = {**run, "lo": lo, "hi": hi}
    if not sql.postgres:  # this transaction holds SQLite's write lock: ids above the highest are free
        highest = int(s.execute(text("SELECT coalesce(max(id), 0) FROM activities")).scalar() or 0)
        params["base"] = highest - lo + 1
    task_id = _task_id(sql)
    chunk = ("t.seq >= :lo AND t.seq < :hi AND EXISTS "
             "(SELECT 1 FROM contacts c WHERE c.id = t.contact_id)")
    written = _changed(s, (
        f"INSERT INTO activities (id, owner_id, contact_id, subject, body, due_at, occurred_at, "
        f"created_at, updated_at, {', '.join(_TASK_COLUMNS)}) "
        f"SELECT {task_id}, t.owner_id, t.contact_id, t.subject, t.reason, t.due_at, t.due_at, "
        f"{sql.moment('now')}, {sql.moment('now')}, {', '.join(_TASK_COLUMNS.values())} "
        f"FROM {TEMP} t WHERE {chunk} ORDER BY t.seq"), params)
    # the unique key decides; every desk inserts in the same (contact, rule) order, so two
    # PostgreSQL runs inserting the same keys wait for each other instead of deadlocking
    logged = _changed(s, (
        "INSERT INTO alert_log (rule, contact_id, period_key, run_id, created_at, reason, "
        f"activity_id) SELECT t.rule, t.contact_id, t.period_key, :run, {sql.moment('now')}, "
        f"t.reason, {task_id} FROM {TEMP} t WHERE {chunk} ORDER BY t.seq "
        "ON CONFLICT (rule, contact_id, period_key) DO NOTHING"), params)
    if logged != written:  # another desk logged some of them meanwhile: not our tasks
        s.execute(text(
            f"DELETE FROM activities WHERE id IN (SELECT {task_id} FROM {TEMP} t WHERE "
            "t.seq >= :lo AND t.seq < :hi AND NOT EXISTS "
            "(SELECT 1 FROM alert_log l WHERE l.rule = t.rule AND l.contact_id = t.contact_id "
            "AND l.period_key = t.period_key AND l.run_id = :run))"), params)


def _audit(s: Session, counts: dict[str, int], user: str, as_of: date, run_id: str) -> None:
    total = sum(counts.values())
    if total:
        summary = ", ".join(f"{RULE_LABELS[r]} {n}" for r, n in counts.items() if n)
        s.add(AuditEntry(user=user, action="create", entity="alerts", field="tasks",
                         new=f"{total} alert tasks as of {as_of.isoformat()}: {summary} "
                             f"(run {run_id})"))
        log.info("alerts as of %s: %s", as_of, summary)


def _fired_rows(s: Session, run_id: str, limit: int) -> tuple[FiredAlert, ...]:
    rows = s.execute(text(
        "SELECT l.rule, l.contact_id, c.kind, c.first_name, c.last_name, c.company_name, "
        "u.username, l.period_key, l.reason, l.activity_id FROM alert_log l "
        "JOIN contacts c ON c.id = l.contact_id "
        "LEFT JOIN activities a ON a.id = l.activity_id LEFT JOIN users u ON u.id = a.owner_id "
        f"WHERE l.run_id = :run ORDER BY {_RULE_ORDER.format(t='l')}, l.contact_id LIMIT :limit"),
        {"run": run_id, "limit": limit})
    return tuple(_alert(r) for r in rows)
