"""The home dashboard (reference 003): activities of the last 30 days by type,
split into existing and new customers; my To-Dos and the Overdue list; my
recent calls; open help-desk tickets.

"New customer" means a contact whose record was created within the same 30
days; every other contact is an existing one. Only activities about a contact
(or a company) count, cancelled ones do not, and another user's private notes
never do. Every active type is listed, with 0 when nothing happened, in the
order of ``activity_types.list_types`` (built-in kinds, then the office's own).

Everything here is a handful of set-based queries: the office may have a
million contacts and millions of activities, and the dashboard refreshes every
minute on every desk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    ActivityType,
    BufferedEvent,
    Contact,
    ContactKind,
)
from app.models.base import utcnow
from app.services import policy
from app.services.activities import rules as activity_rules
from app.services.activities import todos
from app.services.context import Actor, AppContext
from app.services.helpdesk import tickets as helpdesk

if TYPE_CHECKING:
    from app.services.activities.todos import TodoRow
    from app.services.helpdesk.tickets import TicketRow

log = logging.getLogger(__name__)

WINDOW = timedelta(days=30)
TODO_LIMIT = 100
RECENT_CALLS = 10
NEWEST_TICKETS = 5


@dataclass(frozen=True)
class TypeCount:
    """One line of "Activities for Last 30 Days"."""

    label: str
    kind: str  # the base kind
    type_id: int | None  # the activity type (built-in or the office's own)
    existing: int  # about contacts created before the 30 days
    new: int  # about contacts created within them

    @property
    def total(self) -> int:
        return self.existing + self.new


@dataclass(frozen=True)
class RecentCall:
    id: int
    occurred_at: datetime
    contact_id: int | None
    contact_name: str
    direction: str | None  # "in" / "out"
    number: str
    outcome: str
    duration_s: int | None
    subject: str


@dataclass(frozen=True)
class Dashboard:
    since: datetime
    now: datetime
    by_type: tuple[TypeCount, ...]
    my_todos: tuple[TodoRow, ...]
    overdue: tuple[TodoRow, ...]
    recent_calls: tuple[RecentCall, ...]  # mine, newest first
    unmatched_calls: int  # calls of the 30 days that matched no contact (the buffer)
    open_tickets: int
    newest_tickets: tuple[TicketRow, ...]

    @property
    def total_existing(self) -> int:
        return sum(t.existing for t in self.by_type)

    @property
    def total_new(self) -> int:
        return sum(t.new for t in self.by_type)


def dashboard(ctx: AppContext, *, now: datetime | None = None) -> Dashboard:
    """Everything the home page shows, as of ``now`` (default: this moment)."""
    now = now or utcnow()
    since = now - WINDOW
    with ctx.read() as s:
        by_type = counts_by_type(s, since, now, ctx.actor)
        calls = recent_calls(s, since, now, ctx.actor.id)
        unmatched = _unmatched_calls(s, since, now)
    return Dashboard(
        since=since, now=now, by_type=tuple(by_type),
        my_todos=tuple(todos.my_todos(ctx, limit=TODO_LIMIT, now=now)),
        overdue=tuple(todos.overdue(ctx, limit=TODO_LIMIT, now=now)),
        recent_calls=tuple(calls), unmatched_calls=unmatched,
        open_tickets=helpdesk.open_tickets_count(ctx),
        newest_tickets=tuple(helpdesk.list_tickets(ctx, "open", limit=NEWEST_TICKETS)))


def counts_by_type(s: Session, since: datetime, now: datetime, actor: Actor) -> list[TypeCount]:
    """Activities in [since, now] by (kind, type), split new/existing customer.

    One aggregate over the window (``ix_activities_time_kind`` gives the range).
    Looking up every activity's contact would be one random read per activity
    (0.2 s for the 125,000 of a month in the benchmark); instead, contacts with
    an id below the first new contact's are existing customers by id alone, and
    only the others are looked up (ids grow with creation time, so that is
    roughly the new customers' own activities). The split is exact either way.
    Finding the first new contact wants an index on ``contacts.created_at``;
    without one it is a scan of all contacts."""
    a = Activity.__table__.c
    contact_id = func.coalesce(a.contact_id, a.company_id)
    first_new = _first_new_contact(s, since)
    created = (select(Contact.created_at).where(Contact.id == contact_id)
               .correlate(Activity.__table__).scalar_subquery())
    is_new = case((and_(contact_id >= first_new, created >= since), 1), else_=0).label("is_new")
    q = (select(a.kind, a.type_id, is_new, func.count().label("n"))
         .where(a.occurred_at >= since, a.occurred_at <= now, contact_id.is_not(None),
                a.status != ActivityStatus.CANCELLED,
                policy.visible_activities(actor))
         .group_by(a.kind, a.type_id, is_new))
    counted: dict[tuple[str, int | None], list[int]] = {}
    for kind, type_id, new, n in s.execute(q):
        counted.setdefault((kind, type_id), [0, 0])[1 if new else 0] += n
    return _lines(s, counted)


def _first_new_contact(s: Session, since: datetime) -> int:
    """The lowest id of a contact entered since ``since`` (beyond all ids if none).
    ``id + 0``: a plain min(id) makes SQLite walk the table in id order up to the
    first match (all the older contacts) instead of reading the new ones from an
    index on ``created_at``."""
    first = s.scalar(select(func.min(Contact.id + 0)).where(Contact.created_at >= since))
    if first is not None:
        return first
    return (s.scalar(select(func.max(Contact.id))) or 0) + 1


def _lines(s: Session, counted: dict[tuple[str, int | None], list[int]]) -> list[TypeCount]:
    """Every active type in list order, then retired types that still have counts."""
    types = list(s.execute(select(ActivityType.id, ActivityType.name, ActivityType.base_kind,
                                  ActivityType.built_in, ActivityType.active)).all())
    order = {k: i for i, k in enumerate(activity_rules.RULES)}
    types.sort(key=lambda t: (not t.built_in, order.get(t.base_kind, 99) if t.built_in else 0,
                              t.name.casefold()))
    built_in = {t.base_kind: t for t in types if t.built_in}
    # activities of a built-in kind carry no type id (or the built-in type's)
    for (kind, type_id), split in list(counted.items()):
        t = built_in.get(kind)
        if type_id is not None and t is not None and type_id == t.id:
            counted.pop((kind, type_id))
            merged = counted.setdefault((kind, None), [0, 0])
            merged[0] += split[0]
            merged[1] += split[1]
    lines: list[TypeCount] = []
    for t in types:
        key = (t.base_kind, None) if t.built_in else (t.base_kind, t.id)
        found = counted.pop(key, None)
        if t.active or found:
            split = found or [0, 0]
            label = activity_rules.type_label(t.name) if t.built_in else t.name
            lines.append(TypeCount(label, t.base_kind, t.id, split[0], split[1]))
    for (kind, type_id), split in sorted(counted.items(), key=lambda kv: str(kv[0])):
        # a kind with no type row (a newer kind than the database's list) still counts
        rules = activity_rules.RULES.get(kind)
        lines.append(TypeCount(rules.label if rules else kind, kind, type_id, *split))
    return lines


def recent_calls(s: Session, since: datetime, now: datetime, me_id: int) -> list[RecentCall]:
    """My newest calls of the window: a walk back along ``ix_activities_time_kind``
    that stops after RECENT_CALLS rows. ``owner_id + 0`` and ``kind || ''`` keep
    SQLite off the owner and kind indexes, which would fetch and sort all of a
    rep's activities or all calls ever (SQLite's "+column" idiom)."""
    a, c = Activity.__table__.c, Contact.__table__.c
    q = (select(a.id, a.occurred_at, a.contact_id, a.direction, a.number_raw, a.outcome,
                a.duration_s, a.subject, c.kind, c.first_name, c.last_name, c.company_name)
         .select_from(Activity.__table__.outerjoin(Contact.__table__, c.id == a.contact_id))
         .where(a.occurred_at >= since, a.occurred_at <= now,
                (a.kind + "") == ActivityKind.CALL, (a.owner_id + 0) == me_id)
         .order_by(a.occurred_at.desc())
         .limit(RECENT_CALLS))
    return [RecentCall(r.id, r.occurred_at, r.contact_id,
                       _name(r.kind, r.first_name, r.last_name, r.company_name),
                       r.direction, r.number_raw, r.outcome, r.duration_s, r.subject)
            for r in s.execute(q)]


def _name(kind: str | None, first: str | None, last: str | None, company: str | None) -> str:
    """``Contact.display_name`` from its columns (no entity: it would load phones, e-mails ...)."""
    if kind is None:
        return ""
    if kind == ContactKind.COMPANY:
        return company or ""
    return " ".join(p for p in (first, last) if p)


def _unmatched_calls(s: Session, since: datetime, now: datetime) -> int:
    b = BufferedEvent.__table__.c
    return s.scalar(select(func.count()).where(
        and_(b.occurred_at >= since, b.occurred_at <= now, b.kind == ActivityKind.CALL))) or 0
