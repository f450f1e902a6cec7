"""Desktop reminders (issue 6, item 4): what a user's desk should pop up now.

A reminder is one of the user's open To-Dos (``activity_rules.TODO_KINDS``) that

* comes due within ``LEAD`` (15 minutes) or is already overdue (by at most
  ``OVERDUE_HORIZON``: older ones are on the dashboard's overdue list, not on
  the screen), and has not been shown for its current deadline; or
* is a new task of the automated alerts (``todo_source`` "alert") never shown; or
* was snoozed and the snooze has run out.

Snoozed-until-later ones stay hidden; shown and dismissed ones do not come back
for the same deadline (moving the deadline later brings a new reminder when the
new one comes near). A To-Do done or cancelled meanwhile never reminds. The
state lives in ``ReminderState`` per user, so every desk of that user agrees.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import Activity, ActivityStatus, Contact, ReminderState, TodoSource, utcnow
from app.services.activities import edit as activity_edit
from app.services.activities import rules as activity_rules
from app.services.activities.todos import contact_label
from app.services.context import AppContext
from app.services.validation import ValidationError

log = logging.getLogger(__name__)

LEAD = timedelta(minutes=15)  # a To-Do reminds this long before its deadline
OVERDUE_HORIZON = timedelta(days=7)
DUE_LIMIT = 20  # reminders fetched per check; the desk shows a few, says how many more
ALERT_GROUP = "alert"  # new tasks of the automated alerts (a first run makes hundreds)
TODO_GROUP = "todo"  # every other To-Do coming due, overdue or back from a snooze
GROUPS = (TODO_GROUP, ALERT_GROUP)


@dataclass(frozen=True)
class DueCounts:
    """How many reminders are due now, by group (the desk groups what does not fit)."""

    todos: int
    alerts: int

    @property
    def total(self) -> int:
        return self.todos + self.alerts

    def of(self, group: str) -> int:
        return self.alerts if group == ALERT_GROUP else self.todos


@dataclass(frozen=True)
class Reminder:
    activity_id: int
    kind: str
    subject: str
    contact_id: int | None
    contact_name: str
    due_at: datetime | None
    alert: bool  # a task the automated alerts created
    reason: str  # for an alert task: which rule and numbers fired it ("" otherwise)

    def timing(self, now: datetime) -> str:
        """"due in 10 min", "overdue by 2 h" ... ("" without a deadline)."""
        return timing(self.due_at, now)

    def why(self, now: datetime) -> str:
        """What the notification says it is about: the alert's reason, else the timing."""
        if self.alert and self.reason:
            return self.reason
        return self.timing(now) or translate("Reminders", "New alert task")


def timing(due_at: datetime | None, now: datetime) -> str:
    if due_at is None:
        return ""
    ahead = due_at - now
    if ahead > LEAD:
        return ""  # not near: the due time itself says it
    if ahead >= timedelta(0):
        minutes = int((ahead.total_seconds() + 59) // 60)
        if minutes == 0:
            return translate("Reminders", "due now")
        return translate("Reminders", "due in {minutes} min").format(minutes=minutes)
    return translate("Reminders", "overdue by {span}").format(span=_span(-ahead))


# the snooze menu's keys, English; a screen shows snooze_label(key)
SNOOZE_LABELS = (QT_TRANSLATE_NOOP("Reminders", "10 minutes"), QT_TRANSLATE_NOOP("Reminders", "1 hour"),
                 QT_TRANSLATE_NOOP("Reminders", "Tomorrow 09:00"))


def snooze_label(key: str) -> str:
    """One of ``SNOOZE_LABELS`` in the user's language."""
    return translate("Reminders", key)


def snooze_choices(now: datetime) -> dict[str, datetime]:
    """Snooze's menu: label -> until. "Tomorrow 09:00" is the desk's local time."""
    tomorrow = now.astimezone().date() + timedelta(days=1)
    until = (now + timedelta(minutes=10), now + timedelta(hours=1),
             datetime.combine(tomorrow, time(9, 0)).astimezone())
    return dict(zip(SNOOZE_LABELS, until, strict=True))


def _span(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return translate("Reminders", "{minutes} min").format(minutes=max(minutes, 1))
    if minutes < 48 * 60:
        return translate("Reminders", "{hours} h").format(hours=minutes // 60)
    return translate("Reminders", "{days} days").format(days=minutes // (24 * 60))


# -- queries -------------------------------------------------------------------------


def _minus(s: Session, column: Any, delta: timedelta) -> ColumnElement[Any]:
    """``column - delta`` in SQL (SQLite keeps moments as text: its datetime() does it)."""
    if s.get_bind().dialect.name == "sqlite":
        return func.datetime(column, f"-{int(delta.total_seconds())} seconds")
    return column - literal(delta)


def _not_snoozed(now: datetime) -> ColumnElement[bool]:
    return or_(ReminderState.snoozed_until.is_(None), ReminderState.snoozed_until <= now)


def _due_where(s: Session, now: datetime) -> ColumnElement[bool]:
    """Which of the user's open To-Dos (joined to their state) remind now."""
    never_shown = ReminderState.notified_at.is_(None)
    near = and_(Activity.due_at.is_not(None), Activity.due_at <= now + LEAD,
                Activity.due_at >= now - OVERDUE_HORIZON,
                # not yet shown for this deadline (a later deadline reminds again)
                or_(never_shown, ReminderState.notified_at < _minus(s, Activity.due_at, LEAD)))
    new_alert = and_(Activity.todo_source == TodoSource.ALERT, never_shown)
    snooze_over = and_(ReminderState.snoozed_until.is_not(None), never_shown)
    return and_(or_(near, new_alert, snooze_over), _not_snoozed(now))


def _mine(me_id: int) -> ColumnElement[bool]:
    return and_(Activity.owner_id == me_id, Activity.status == ActivityStatus.OPEN,
                Activity.kind.in_(activity_rules.TODO_KINDS))


def _with_state(q: Any, me_id: int) -> Select[Any]:
    return q.outerjoin(ReminderState, and_(ReminderState.activity_id == Activity.id,
                                           ReminderState.user_id == me_id))


def _in_group(group: str | None) -> ColumnElement[bool]:
    if group is None:
        return true()
    if group not in GROUPS:
        raise ValueError(f"no reminder group {group!r}")
    if group == ALERT_GROUP:
        return Activity.todo_source == TodoSource.ALERT
    return Activity.todo_source != TodoSource.ALERT


def due(ctx: AppContext, *, now: datetime | None = None, limit: int = DUE_LIMIT,
        group: str | None = None) -> list[Reminder]:
    """The current user's reminders now: To-Dos by deadline (overdue first), then
    new alert tasks oldest first; at most ``limit``; only ``group``'s when given."""
    now = now or utcnow()
    with ctx.read() as s:
        me_id = ctx.actor.id
        q = _with_state(select(Activity.id, Activity.kind, Activity.subject, Activity.contact_id,
                               Activity.due_at, Activity.todo_source, Activity.body,
                               Contact.kind, Contact.first_name, Contact.last_name,
                               Contact.company_name)
                        .outerjoin(Contact, Contact.id == Activity.contact_id), me_id)
        q = q.where(_mine(me_id), _due_where(s, now), _in_group(group))
        near = Activity.due_at.is_not(None) & (Activity.due_at <= now + LEAD)
        rows = s.execute(q.order_by(near.desc(), Activity.due_at, Activity.id).limit(limit)).all()
        return [_reminder(r) for r in rows]


def count_due(ctx: AppContext, *, now: datetime | None = None) -> int:
    """How many reminders are due now (``due`` returns at most its limit)."""
    now = now or utcnow()
    with ctx.read() as s:
        me_id = ctx.actor.id
        q = _with_state(select(func.count(Activity.id)).select_from(Activity), me_id)
        return int(s.scalar(q.where(_mine(me_id), _due_where(s, now))) or 0)


def count_due_by_group(ctx: AppContext, *, now: datetime | None = None) -> DueCounts:
    """``count_due`` split into the To-Dos and the new alert tasks."""
    now = now or utcnow()
    with ctx.read() as s:
        me_id = ctx.actor.id
        is_alert = case((Activity.todo_source == TodoSource.ALERT, 1), else_=0)
        q = _with_state(select(is_alert, func.count(Activity.id)).select_from(Activity), me_id)
        rows = s.execute(q.where(_mine(me_id), _due_where(s, now)).group_by(is_alert)).all()
    by_alert = {bool(alert): int(n) for alert, n in rows}
    return DueCounts(todos=by_alert.get(False, 0), alerts=by_alert.get(True, 0))


def _reminder(r: Any) -> Reminder:
    aid, kind, subject, contact_id, due_at, source, body, ckind, first, last, company = r
    alert = source == TodoSource.ALERT
    reason = (body or "").strip().split("\n\n")[0].strip() if alert else ""
    return Reminder(aid, kind, subject, contact_id, contact_label(ckind, first, last, company),
                    due_at, alert, reason)


def still_pending(ctx: AppContext, ids: Iterable[int], *, now: datetime | None = None) -> set[int]:
    """Which of these shown reminders still stand: open To-Dos of the user, not
    dismissed nor snoozed on another desk meanwhile."""
    ids = list(ids)
    if not ids:
        return set()
    now = now or utcnow()
    with ctx.read() as s:
        me_id = ctx.actor.id
        q = _with_state(select(Activity.id), me_id).where(
            Activity.id.in_(ids), _mine(me_id), ReminderState.dismissed_at.is_(None),
            _not_snoozed(now))
        return set(s.scalars(q))


# -- the user's answers --------------------------------------------------------------


def _upsert(s: Session, me_id: int, ids: Select[Any] | list[int], values: dict[str, Any]) -> None:
    """Set ``values`` on the user's state of each activity (made when missing); ids of
    activities deleted meanwhile are skipped. One statement: two desks of the same
    user at once cannot collide on the key."""
    source = ids if isinstance(ids, Select) else select(Activity.id).where(Activity.id.in_(ids))
    sub = source.subquery()
    cols = ["activity_id", "user_id", *values]
    rows = select(sub.c[0], literal(me_id), *(literal(v, ReminderState.__table__.c[k].type)
                                              for k, v in values.items())).where(true())
    dialect = s.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(ReminderState).from_select(cols, rows)
    stmt = stmt.on_conflict_do_update(index_elements=["activity_id", "user_id"],
                                      set_={k: stmt.excluded[k] for k in values})
    s.execute(stmt)


def mark_notified(ctx: AppContext, ids: Iterable[int], *, now: datetime | None = None) -> None:
    """These reminders were shown on a desk: no other desk of the user shows them again."""
    ids = list(ids)
    if not ids:
        return
    now = now or utcnow()
    with ctx.write() as s:
        me_id = ctx.actor.id
        _upsert(s, me_id, ids, {"notified_at": now, "dismissed_at": None, "snoozed_until": None})


def snooze(ctx: AppContext, activity_id: int, until: datetime) -> None:
    """Hide the reminder until ``until`` (a moment with its time zone); then it comes back."""
    if until.tzinfo is None:
        raise ValidationError({"until": translate("Reminders", "A snooze needs a time with its time zone")})
    with ctx.write() as s:
        me = ctx.actor
        activity_edit.load(s, activity_id, me)  # NotFound when it is gone
        _upsert(s, me.id, [activity_id], {"snoozed_until": until, "notified_at": None,
                                          "dismissed_at": None})
    log.info("reminder of %d snoozed until %s", activity_id, until.isoformat())


def dismiss(ctx: AppContext, activity_id: int, *, now: datetime | None = None) -> None:
    """No more reminders of this To-Do for its current deadline."""
    now = now or utcnow()
    with ctx.write() as s:
        me = ctx.actor
        activity_edit.load(s, activity_id, me)
        _upsert(s, me.id, [activity_id], {"dismissed_at": now, "notified_at": now,
                                          "snoozed_until": None})


def acknowledge_group(ctx: AppContext, group: str, *, now: datetime | None = None,
                      dismiss_too: bool = False) -> int:
    """The rep answered a grouped reminder ("12 alert tasks for today"): every reminder
    of ``group`` due now counts as shown (and as dismissed with ``dismiss_too``), so
    none of them pops up one by one afterwards; returns how many."""
    now = now or utcnow()
    values: dict[str, Any] = {"notified_at": now, "snoozed_until": None}
    if dismiss_too:
        values["dismissed_at"] = now
    with ctx.write() as s:
        me_id = ctx.actor.id
        ids = _with_state(select(Activity.id), me_id).where(_mine(me_id), _due_where(s, now),
                                                              _in_group(group))
        n = int(s.scalar(select(func.count()).select_from(ids.subquery())) or 0)
        if n:
            _upsert(s, me_id, ids, values)
        return n


def dismiss_all(ctx: AppContext, *, now: datetime | None = None) -> int:
    """Dismiss every reminder due now (a flood after a holiday); returns how many."""
    now = now or utcnow()
    with ctx.write() as s:
        me_id = ctx.actor.id
        ids = _with_state(select(Activity.id), me_id).where(_mine(me_id), _due_where(s, now))
        n = int(s.scalar(select(func.count()).select_from(ids.subquery())) or 0)
        if n:
            _upsert(s, me_id, ids, {"dismissed_at": now, "notified_at": now,
                                    "snoozed_until": None})
        return n
