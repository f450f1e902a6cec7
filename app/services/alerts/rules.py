"""The four alert rules of reference 001 as set-based SELECTs (see ``alerts``
for what each rule means and why). Each query yields the alerts that would
fire and have not fired yet, one row per contact and period:

    contact_id, period_key, owner_id, subject, reason, due_at

Nothing here writes; ``alerts`` runs these inside its own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Rating, RetentionTarget, Status
from app.services.alerts import settings as alert_settings
from app.services.alerts.settings import RULE_LABELS, AlertSettings, RuleSetting
from app.services.alerts.sql import (
    Sql,
    contact_name,
    human,
    human_date,
    join_phrases,
    num,
    plural,
)

CLOSED_LOST = "closed-lost"
SALES_EXCLUDED_KINDS = ("note",)
# a call counts for retention only when somebody was reached
NOT_REACHED = ("missed", "busy", "no answer", "rejected")
EPOCH = date(2000, 1, 3)  # a Monday: day and week periods count from here
DUE_HOUR = 9  # alert tasks are due at 09:00 on the desk's clock


@dataclass(frozen=True)
class Fallback:
    """Who gets the alerts of contacts without an (active) assigned rep."""

    user_id: int | None
    username: str | None
    is_manager: bool


@dataclass(frozen=True)
class RuleQuery:
    rule: str
    sql: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # exclusive

    @property
    def key(self) -> str:
        return self.start.isoformat()


@dataclass(frozen=True)
class Plan:
    queries: tuple[RuleQuery, ...]
    notes: tuple[str, ...]


def retention_period(as_of: date, every: int, unit: str) -> Period:
    """The send-frequency period holding ``as_of``: days and weeks counted from a
    fixed Monday (2000-01-03), months as calendar months counted from January 2000."""
    if unit == "months":
        index = ((as_of.year - 2000) * 12 + as_of.month - 1) // every * every
        start = date(2000 + index // 12, index % 12 + 1, 1)
        after = index + every
        return Period(start, date(2000 + after // 12, after % 12 + 1, 1))
    length = every * (7 if unit == "weeks" else 1)
    start = EPOCH + timedelta(days=(as_of - EPOCH).days // length * length)
    return Period(start, start + timedelta(days=length))


def frequency_text(every: int, unit: str) -> str:
    single = unit[:-1]
    return f"every {single}" if every == 1 else f"every {every} {unit}"


def due_seconds(as_of: date) -> int:
    """Seconds after UTC midnight of 09:00 on the desk's clock (that day's offset)."""
    local = datetime.combine(as_of, time(DUE_HOUR)).astimezone()
    offset = local.utcoffset() or timedelta(0)
    return DUE_HOUR * 3600 - int(offset.total_seconds())


def due_on(day: date, seconds: int) -> datetime:
    """``seconds`` after the UTC midnight of ``day``."""
    return datetime.combine(day, time(0), UTC) + timedelta(seconds=seconds)


def _valid(rule: RuleSetting) -> bool:
    if rule.rule == "retention":
        return rule.unit in alert_settings.UNITS and \
            1 <= rule.days <= alert_settings.MAX_PER_UNIT[rule.unit]
    return 1 <= rule.days <= alert_settings.MAX_DAYS


def plan(s: Session, settings: AlertSettings, as_of: date, sql: Sql,
         fallback: Fallback) -> Plan:
    """The queries of the enabled, sensible rules, and notes on what is skipped."""
    notes: list[str] = []
    queries: list[RuleQuery] = []
    seconds = due_seconds(as_of)
    common = {"manager_id": fallback.user_id, "as_of": sql.day_value(as_of),
              "no_rep": _no_rep_text(fallback, "No assigned rep"),
              "rep_gone": _no_rep_text(fallback, "The assigned rep is inactive")}
    for rule in settings.rules:
        label = RULE_LABELS[rule.rule]
        if not rule.enabled:
            notes.append(f"{label}: turned off")
            continue
        if not _valid(rule):
            notes.append(f"{label}: {rule.days} {rule.unit} is not a valid setting; "
                         "nothing fired (fix it in Settings > Alerts)")
            continue
        if rule.rule == "service_renewal":
            queries.append(_service_renewal(sql, rule.days, as_of, seconds, common))
        elif rule.rule in ("potential_inactivity", "lead_inactivity"):
            queries.append(_inactivity(sql, rule, as_of, seconds, common))
        elif rule.rule == "win_back":
            status_id = _closed_lost_id(s)
            if status_id is None:
                notes.append(f"{label}: the office has no “Closed-lost” status; nothing fired")
                continue
            queries.append(_win_back(sql, rule.days, status_id, as_of, seconds, common))
        elif rule.rule == "retention":
            notes.extend(_retention_notes(s))
            queries.append(_retention(sql, rule, as_of, seconds, common))
    return Plan(tuple(queries), tuple(notes))


def _no_rep_text(fallback: Fallback, why: str) -> str:
    if fallback.username is None:
        return f" {why} and no active manager: nobody owns it."
    if fallback.is_manager:
        return f" {why}: sent to the manager {fallback.username}."
    return f" {why} and no active manager: sent to {fallback.username}."


def _closed_lost_id(s: Session) -> int | None:
    return s.scalar(select(Status.id).where(func.lower(Status.name) == CLOSED_LOST)
                    .order_by(Status.active.desc(), Status.id).limit(1))


def _retention_notes(s: Session) -> list[str]:
    notes = []
    rows = s.execute(select(Rating.name, Rating.active, RetentionTarget)
                     .outerjoin(RetentionTarget, RetentionTarget.rating_id == Rating.id)
                     .order_by(Rating.position, Rating.id)).all()
    for name, active, target in rows:
        cells = [getattr(target, c) for c in alert_settings.ACTIVITY_COLUMNS] if target else []
        if target is not None and not active:
            notes.append(f"Customer Retention: rating “{name}” is retired: no alerts for it")
        elif any(v is not None and not 0 <= v <= alert_settings.MAX_COUNT for v in cells):
            notes.append(f"Customer Retention: rating “{name}” has a number out of range: "
                         "no alerts for it (fix it in Settings > Alerts)")
        elif not any(cells) and active:
            notes.append(f"Customer Retention: rating “{name}” requires nothing: no alerts for it")
    return notes


def _outer(sql: Sql, rule: str, inner: str, *, layers: list[dict[str, str]], subject: str,
           reason: str, due: str) -> str:
    """Owner, texts and the "not fired yet" test around a rule's candidates ``v``
    (columns id, kind, first_name, last_name, company_name, assigned_rep_id,
    period_key and the rule's own). Each of ``layers`` adds columns computed once
    per row from the previous layer ``v``; ``subject``, ``reason`` and ``due`` are
    over the last (string work is most of a run's work: none of it twice)."""
    first = {"owner_id": "coalesce(rep.id, :manager_id)", "name": contact_name("v"),
             "no_rep": (f"CASE WHEN v.assigned_rep_id IS NULL THEN {sql.text('no_rep')} "
                        f"WHEN rep.id IS NULL THEN {sql.text('rep_gone')} ELSE '' END"),
             **(layers[0] if layers else {})}
    query = f"""
SELECT v.*, {_columns(first)}
FROM ({inner}) v
LEFT JOIN users rep ON rep.id = v.assigned_rep_id AND rep.active
WHERE NOT EXISTS (SELECT 1 FROM alert_log l WHERE l.rule = '{rule}' AND l.contact_id = v.id
                  AND l.period_key = v.period_key) {sql.fence}"""
    for layer in layers[1:]:
        query = f"SELECT v.*, {_columns(layer)} FROM ({query}) v {sql.fence}"
    return f"""
SELECT v.id AS contact_id, v.period_key AS period_key, v.owner_id AS owner_id,
       substr({subject}, 1, 300) AS subject, substr({reason} || v.no_rep, 1, 400) AS reason,
       {due} AS due_at
FROM ({query}) v"""


def _columns(layer: dict[str, str]) -> str:
    return ", ".join(f"{expr} AS {name}" for name, expr in layer.items())


_CONTACT_COLS = "c.id, c.kind, c.first_name, c.last_name, c.company_name, c.assigned_rep_id"


def _when(days: str) -> str:
    return (f"CASE WHEN {days} = 0 THEN 'today' WHEN {days} = 1 THEN 'tomorrow' "
            f"ELSE 'in ' || {plural(days, 'day')} END")


def _service_renewal(sql: Sql, days: int, as_of: date, seconds: int,
                     common: dict[str, object]) -> RuleQuery:
    inner = f"""
SELECT {_CONTACT_COLS}, {sql.date_key('c.subscription_end')} AS period_key
FROM contacts c
WHERE {sql.full_scan('c.contact_type')} = 'customer' AND c.active
  AND c.subscription_end >= {sql.day('as_of')} AND c.subscription_end <= {sql.day('horizon')}"""
    until = sql.days_between(sql.day("as_of"), "v.period_key")
    return RuleQuery("service_renewal", _outer(
        sql, "service_renewal", inner,
        layers=[{"ends": human_date("v.period_key"), "until": _when(until)}],
        subject="'Service renewal: ' || v.name || ' (subscription ends ' || v.ends || ')'",
        reason=("'Service Renewal: the subscription ends on ' || v.ends || ', ' || v.until"
                f" || ' (the alert comes {days} days before expiration).'"),
        due=sql.at_time("v.period_key", seconds)),
        {**common, "horizon": sql.day_value(as_of + timedelta(days=days))})


def _win_back(sql: Sql, days: int, status_id: int, as_of: date, seconds: int,
              common: dict[str, object]) -> RuleQuery:
    inner = f"""
SELECT {_CONTACT_COLS}, {sql.date_key('c.follow_up_date')} AS period_key
FROM contacts c
WHERE {sql.full_scan('c.contact_type')} = 'customer' AND c.active
  AND {sql.full_scan('c.status_id')} = :closed_lost
  AND c.follow_up_date >= {sql.day('as_of')} AND c.follow_up_date <= {sql.day('horizon')}"""
    until = sql.days_between(sql.day("as_of"), "v.period_key")
    return RuleQuery("win_back", _outer(
        sql, "win_back", inner,
        layers=[{"follow": human_date("v.period_key"), "until": _when(until)}],
        subject="'Win-back: ' || v.name || ' (follow-up date ' || v.follow || ')'",
        reason=("'Win-Back: a closed-lost customer with the follow-up date ' || v.follow || ', ' "
                f"|| v.until || ' (the alert comes {days} days before the follow-up date).'"),
        due=sql.at_time("v.period_key", seconds)),
        {**common, "closed_lost": status_id, "horizon": sql.day_value(as_of + timedelta(days=days))})


def _inactivity(sql: Sql, rule: RuleSetting, as_of: date, seconds: int,
                common: dict[str, object]) -> RuleQuery:
    contact_type = "potential" if rule.rule == "potential_inactivity" else "lead"
    label = contact_type.capitalize()
    excluded = ", ".join(f"'{k}'" for k in SALES_EXCLUDED_KINDS)
    # the last sales activity up to the end of as_of: one covering-index probe per contact
    last = f"""(SELECT a.occurred_at FROM activities a
      WHERE a.contact_id = c.id AND a.status = 'done' AND a.occurred_at < {sql.moment('day_end')}
        AND a.kind NOT IN ({excluded})
      ORDER BY a.occurred_at DESC LIMIT 1)"""
    scan = f"""
SELECT {_CONTACT_COLS}, {last} AS last_at, c.created_at
FROM contacts c
WHERE {sql.full_scan('c.contact_type')} = '{contact_type}' AND c.assigned_rep_id IS NOT NULL
  AND c.active {sql.fence}"""
    inner = f"""
SELECT y.id, y.kind, y.first_name, y.last_name, y.company_name, y.assigned_rep_id,
       CASE WHEN y.last_at IS NULL THEN 1 ELSE 0 END AS never,
       {sql.moment_key('coalesce(y.last_at, y.created_at)')} AS period_key
FROM ({scan}) y
WHERE coalesce(y.last_at, y.created_at) < {sql.moment('cutoff')}"""
    idle = sql.days_between("v.period_key", sql.day("as_of"))
    cutoff = due_on(as_of - timedelta(days=rule.days - 1), 0)
    return RuleQuery(rule.rule, _outer(
        sql, rule.rule, inner,
        layers=[{"since": human_date("v.period_key"), "idle": plural(idle, "day")}],
        subject=f"'New customer: ' || v.name || ' ({label}, no sales activity since ' || v.since || ')'",
        reason=(f"'New Customer ({label} inactivity): no sales activity for ' || v.idle"
                " || CASE WHEN v.never = 1 THEN ', since it was entered on ' ELSE ', since ' END"
                f" || v.since || ' (the alert comes after {rule.days} days).'"),
        due=sql.moment("due")),
        {**common, "day_end": sql.moment_value(due_on(as_of + timedelta(days=1), 0)),
         "cutoff": sql.moment_value(cutoff),
         "due": sql.moment_value(due_on(as_of + timedelta(days=1), seconds))})


def _retention(sql: Sql, rule: RuleSetting, as_of: date, seconds: int,
               common: dict[str, object]) -> RuleQuery:
    period = retention_period(as_of, rule.days, rule.unit)
    stop = min(period.end, as_of + timedelta(days=1))
    not_reached = ", ".join(f"'{o}'" for o in NOT_REACHED)
    cap = alert_settings.MAX_COUNT
    sane = " AND ".join(f"coalesce(t.{c}, 0) BETWEEN 0 AND {cap}"
                        for c in alert_settings.ACTIVITY_COLUMNS)
    done = f"""
SELECT a.contact_id,
       sum(CASE WHEN a.kind = 'meeting' THEN 1 ELSE 0 END) AS meetings,
       sum(CASE WHEN a.kind = 'call' AND a.outcome NOT IN ({not_reached}) THEN 1 ELSE 0 END) AS calls,
       sum(CASE WHEN a.kind = 'mail' THEN 1 ELSE 0 END) AS emails
FROM activities a
WHERE a.occurred_at >= {sql.moment('start')} AND a.occurred_at < {sql.moment('stop')}
  AND {sql.full_scan('a.kind')} IN ('meeting', 'call', 'mail') AND a.status = 'done'
GROUP BY a.contact_id"""
    counted = f"""
SELECT {_CONTACT_COLS}, r.name AS rating, t.meetings AS tm, t.calls AS tc, t.emails AS te,
       coalesce(d.meetings, 0) AS dm, coalesce(d.calls, 0) AS dc, coalesce(d.emails, 0) AS de
FROM contacts c
JOIN ratings r ON r.id = c.rating_id AND r.active
JOIN retention_targets t ON t.rating_id = c.rating_id
LEFT JOIN ({done}) d ON d.contact_id = c.id
WHERE {sql.full_scan('c.contact_type')} = 'customer' AND c.active AND {sane}"""
    short = f"""
SELECT z.*, CASE WHEN z.tm > z.dm THEN z.tm - z.dm ELSE 0 END AS sm,
       CASE WHEN z.tc > z.dc THEN z.tc - z.dc ELSE 0 END AS sc,
       CASE WHEN z.te > z.de THEN z.te - z.de ELSE 0 END AS se
FROM ({counted}) z"""
    inner = f"""
SELECT w.*, {sql.text('period_key')} AS period_key FROM ({short}) w
WHERE w.sm + w.sc + w.se > 0"""
    parts = {"p1": f"CASE WHEN v.sc > 0 THEN {plural('v.sc', 'call')} END",
             "p2": f"CASE WHEN v.sm > 0 THEN {plural('v.sm', 'meeting')} END",
             "p3": f"CASE WHEN v.se > 0 THEN {plural('v.se', 'e-mail')} END",
             "done_so_far": "substr(" + " || ".join(
                 f"coalesce(CASE WHEN v.t{c} IS NOT NULL THEN ', {word} ' || {num(f'v.d{c}')} "
                 f"|| ' of ' || {num(f'v.t{c}')} END, '')"
                 for c, word in (("c", "calls"), ("m", "meetings"), ("e", "e-mails"))) + ", 3)"}
    phrase = {"phrase": f"{join_phrases(['v.p1', 'v.p2', 'v.p3'])} || ' still due this period'"}
    return RuleQuery("retention", _outer(
        sql, "retention", inner, layers=[parts, phrase],
        subject="'Customer retention: ' || v.name || ': ' || v.phrase",
        reason=(f"'Customer Retention (' || v.rating || ', ' || {sql.text('frequency')} || "
                f"', period ' || {sql.text('period')} || '): ' || v.phrase || '; done so far: ' || "
                "v.done_so_far || '.'"),
        due=sql.moment("due")),
        {**common, "period_key": period.key, "start": sql.moment_value(due_on(period.start, 0)),
         "stop": sql.moment_value(due_on(stop, 0)),
         "frequency": frequency_text(rule.days, rule.unit),
         "period": f"{human(period.start)} to {human(period.end - timedelta(days=1))}",
         "due": sql.moment_value(due_on(period.end - timedelta(days=1), seconds))})
