"""The card's Activity History: everything done with a contact, newest first
(reference 003's per-customer activity list), filtered by type, period and rep.

A contact may have tens of thousands of activities, so the list is read in two
steps: ``history_ids`` returns only the ids in display order (one indexed
query), and ``history_rows`` loads the few rows a screen shows. Another user's
private notes are never listed; each row says whether the current user may
change it (``policy``: its owner, or a manager).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.models import Activity, ActivityCase, ActivityKind, ActivityType, Contact, User
from app.services import policy
from app.services.activities import rules as activity_rules
from app.services.activities.edit import can_edit
from app.services.context import Actor, AppContext

SUMMARY_CHARS = 400  # the body excerpt of the summary pane


@dataclass(frozen=True)
class HistoryFilter:
    """Which activities to list. ``kinds`` match the base kind (so "call" also
    lists the office's "cold call"s); ``type_ids`` match office-defined types; when
    both are given an activity matching either is listed. ``since`` inclusive,
    ``until`` exclusive; ``owner`` a username (the rep)."""

    kinds: tuple[str, ...] = ()
    type_ids: tuple[int, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    owner: str | None = None


@dataclass(frozen=True)
class HistoryRow:
    id: int
    occurred_at: datetime
    kind: str
    type_name: str  # the office type's name, else the kind's label
    subject: str
    status: str  # open / done / cancelled
    owner: str | None  # username
    owner_label: str
    editable: bool  # may the current user change it?
    private: bool
    case_id: int | None
    case_closed: bool
    summary: str  # a short description and the body excerpt
    contact_id: int | None  # whom it is about (a person, for a company's activity)
    # additions beyond the contract (all defaulted)
    company_id: int | None = None
    contact_name: str = ""
    case_subject: str = ""
    due_at: datetime | None = None
    completed_at: datetime | None = None
    ticket_status: str = ""
    version: int = 1  # for edits refused when someone saved in between
    type_id: int | None = None  # the office-defined type, None for a built-in one
    mine: bool = False  # the acting user owns it (others' are greyed, reference 003)


def _ids_query(contact_id: int, flt: HistoryFilter, actor: Actor,
               owner_id: int | None) -> Select[int]:
    q = (select(Activity.id)
         .where(or_(Activity.contact_id == contact_id, Activity.company_id == contact_id))
         .where(policy.visible_activities(actor)))
    if flt.kinds or flt.type_ids:
        by_kind = Activity.kind.in_(flt.kinds) if flt.kinds else None
        by_type = Activity.type_id.in_(flt.type_ids) if flt.type_ids else None
        parts = [p for p in (by_kind, by_type) if p is not None]
        q = q.where(or_(*parts) if len(parts) > 1 else parts[0])
    if flt.since is not None:
        q = q.where(Activity.occurred_at >= flt.since)
    if flt.until is not None:
        q = q.where(Activity.occurred_at < flt.until)
    if flt.owner is not None:
        q = q.where(Activity.owner_id == owner_id)
    return q.order_by(Activity.occurred_at.desc(), Activity.id.desc())


def history_ids(ctx: AppContext, contact_id: int, flt: HistoryFilter = HistoryFilter()) -> list[int]:  # noqa: B008
    """The ids of the contact's activities (its own, and as a company), newest first."""
    with ctx.read() as s:
        owner_id = None
        if flt.owner is not None:
            owner_id = s.scalar(select(User.id).where(User.username == flt.owner))
            if owner_id is None:
                return []
        # Core execution, rows iterated: on 50,000 ids ``.scalars().all()`` costs twice as much
        return [aid for (aid,) in s.connection().execute(_ids_query(contact_id, flt, ctx.actor, owner_id))]


def _label(kind: str, type_name: str | None) -> str:
    if type_name:
        return activity_rules.type_label(type_name)
    return activity_rules.RULES[kind].label if kind in activity_rules.RULES else kind


def _minutes(seconds: int) -> str:
    if seconds < 60:
        return translate("ActivityHistory", "{seconds} s").format(seconds=seconds)
    if seconds % 60:
        return translate("ActivityHistory", "{minutes} min {seconds:02d} s").format(
            minutes=seconds // 60, seconds=seconds % 60)
    return translate("ActivityHistory", "{minutes} min").format(minutes=seconds // 60)


def summary_of(act: Activity) -> str:
    """What the summary pane says besides the fields: the detail that matters for
    the kind (call outcome, meeting place ...) and the start of the body."""
    facts: list[str] = []
    if act.direction in ("in", "out"):
        facts.append(translate("ActivityHistory", "Incoming") if act.direction == "in"
                     else translate("ActivityHistory", "Outgoing"))
    if act.kind == ActivityKind.CALL:
        if act.number_raw:
            facts.append(act.number_raw)
        if act.duration_s:
            facts.append(_minutes(act.duration_s))
        if act.outcome:
            facts.append(activity_rules.outcome_label(act.outcome))
    if act.place:
        facts.append(translate("ActivityHistory", "at {place}").format(place=act.place))
    if act.address:
        facts.append(act.address)
    if act.kind == ActivityKind.TICKET and act.ticket_status:
        facts.append(translate("ActivityHistory", "ticket {status}").format(
            status=activity_rules.ticket_status_label(act.ticket_status)))
    if act.missed:
        facts.append(translate("ActivityHistory", "missed"))
    body = " ".join(act.body.split())
    if len(body) > SUMMARY_CHARS:
        body = body[:SUMMARY_CHARS - 1].rstrip() + "…"
    head = ", ".join(facts)
    if head and body:
        return f"{head}. {body}"
    return head or body


def _rows_in(s: Session, ids: list[int], actor: Actor) -> list[HistoryRow]:
    acts = {a.id: a for a in s.scalars(select(Activity).where(Activity.id.in_(ids))
                                       .where(policy.visible_activities(actor)))}
    if not acts:
        return []
    owner_ids = {a.owner_id for a in acts.values() if a.owner_id is not None}
    owners = {u.id: u for u in s.scalars(select(User).where(User.id.in_(owner_ids)))} \
        if owner_ids else {}
    type_ids = {a.type_id for a in acts.values() if a.type_id is not None}
    types = {i: n for i, n in s.execute(select(ActivityType.id, ActivityType.name)
                           .where(ActivityType.id.in_(type_ids)))} \
        if type_ids else {}
    case_ids = {a.case_id for a in acts.values() if a.case_id is not None}
    cases = {c.id: c for c in s.scalars(select(ActivityCase).where(ActivityCase.id.in_(case_ids)))} \
        if case_ids else {}
    contact_ids = {a.contact_id or a.company_id for a in acts.values()} - {None}
    names = {c.id: c.display_name for c in s.scalars(
        select(Contact).where(Contact.id.in_(contact_ids)))} if contact_ids else {}
    rows = []
    for aid in ids:
        act = acts.get(aid)
        if act is None:
            continue
        owner = owners.get(act.owner_id) if act.owner_id is not None else None
        case = cases.get(act.case_id) if act.case_id is not None else None
        rows.append(HistoryRow(
            id=act.id, occurred_at=act.occurred_at, kind=act.kind,
            type_name=_label(act.kind, types.get(act.type_id) if act.type_id else None),
            subject=act.subject, status=act.status,
            owner=owner.username if owner else None, owner_label=owner.label if owner else "",
            editable=can_edit(act, actor), mine=act.owner_id == actor.id,
            private=act.private, case_id=act.case_id,
            case_closed=case is not None and case.closed_at is not None,
            summary=summary_of(act), contact_id=act.contact_id, company_id=act.company_id,
            contact_name=names.get(act.contact_id or act.company_id or 0, ""),
            case_subject=case.subject if case else "", due_at=act.due_at,
            completed_at=act.completed_at, ticket_status=act.ticket_status,
            version=act.version, type_id=act.type_id))
    return rows


def history_rows(ctx: AppContext, ids: list[int]) -> list[HistoryRow]:
    """Display rows for one page of ``ids``, in the order given. Ids that are gone
    (deleted meanwhile) or are another user's private notes are left out."""
    if not ids:
        return []
    with ctx.read() as s:
        return _rows_in(s, list(ids), ctx.actor)

