"""Cases: a chain of activities about one matter (reference 003's "View Case Info
and History", "Close this Case", "Next Action").

Next Action closes the activity acted on and records the next one in the same
case (opening the case, named after the first activity, when there was none).
Close case completes the activity acted on, cancels the case's other open
activities and marks the case closed; a closed case takes no Next Action.
Only the activity's owner or a manager may do either, and an action based on a
version someone has since changed is refused (``activity_edit``'s rules).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.models import (
    Activity,
    ActivityCase,
    ActivityKind,
    ActivityStatus,
    ActivityType,
    TicketEvent,
    TicketStatus,
    User,
    utcnow,
)
from app.services import policy
from app.services.activities import edit as activity_edit
from app.services.activities import rules as activity_rules
from app.services.activities.edit import ActivityForm
from app.services.context import Actor, AppContext, ServiceError


@dataclass(frozen=True)
class CaseStep:
    """One activity of the chain."""

    id: int
    kind: str
    type_name: str
    subject: str
    status: str
    owner: str | None  # username
    owner_label: str
    occurred_at: datetime
    completed_at: datetime | None


@dataclass(frozen=True)
class CaseInfo:
    case_id: int | None  # None: the activity is not (yet) part of a case
    subject: str
    contact_id: int | None
    opened_at: datetime
    closed_at: datetime | None
    closed_by: str | None  # the label of who closed it
    chain: tuple[CaseStep, ...] = field(default_factory=tuple)  # oldest first

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


def _type_names(s: Session, acts: list[Activity]) -> dict[int, str]:
    ids = {a.type_id for a in acts if a.type_id is not None}
    if not ids:
        return {}
    return {i: n for i, n in s.execute(select(ActivityType.id, ActivityType.name)
                          .where(ActivityType.id.in_(ids)))}


def _kind_label(kind: str) -> str:
    return activity_rules.RULES[kind].label if kind in activity_rules.RULES else kind


def _steps(s: Session, acts: list[Activity]) -> tuple[CaseStep, ...]:
    types = _type_names(s, acts)
    owner_ids = {a.owner_id for a in acts if a.owner_id is not None}
    owners = {u.id: u for u in s.scalars(select(User).where(User.id.in_(owner_ids)))} \
        if owner_ids else {}
    steps = []
    for a in acts:
        owner = owners.get(a.owner_id) if a.owner_id is not None else None
        label = types.get(a.type_id) if a.type_id is not None else None
        steps.append(CaseStep(
            id=a.id, kind=a.kind,
            type_name=label or _kind_label(a.kind),
            subject=a.subject, status=a.status, owner=owner.username if owner else None,
            owner_label=owner.label if owner else "", occurred_at=a.occurred_at,
            completed_at=a.completed_at))
    return tuple(steps)


def case_info(ctx: AppContext, activity_id: int) -> CaseInfo:
    """The case the activity belongs to, with its whole chain oldest first (another
    user's private notes left out). An activity outside any case is a chain of one."""
    with ctx.read() as s:
        act = activity_edit.load(s, activity_id, ctx.actor)
        case = s.get(ActivityCase, act.case_id) if act.case_id is not None else None
        if case is None:
            return CaseInfo(None, act.subject, act.contact_id or act.company_id, act.occurred_at,
                            None, None, _steps(s, [act]))
        acts = list(s.scalars(select(Activity).where(Activity.case_id == case.id)
                              .where(policy.visible_activities(ctx.actor))
                              .order_by(Activity.occurred_at, Activity.id)))
        closer = s.get(User, case.closed_by_id) if case.closed_by_id is not None else None
        return CaseInfo(case.id, case.subject, case.contact_id, case.opened_at, case.closed_at,
                        closer.label if closer else None, _steps(s, acts))


def _closed_message(s: Session, case: ActivityCase) -> str:
    closer = s.get(User, case.closed_by_id) if case.closed_by_id is not None else None
    by = translate("Helpdesk", " by {user}").format(user=closer.label) if closer else ""
    assert case.closed_at is not None
    # the date's format is the translator's: "%d %b %Y" in English
    day = case.closed_at.strftime(translate("Helpdesk", "%d %b %Y"))
    return translate("Helpdesk", "The case “{subject}” was closed on {date}{by}; "
                     "start a new activity instead of a Next action").format(
        subject=case.subject, date=day, by=by)


def _open_case(s: Session, act: Activity) -> ActivityCase:
    """The activity's case; a new one (named after it) when it has none."""
    if act.case_id is not None:
        case = s.get(ActivityCase, act.case_id)
        if case is not None:
            return case
    case = ActivityCase(subject=act.subject, contact_id=act.contact_id or act.company_id,
                        opened_at=act.occurred_at)
    s.add(case)
    s.flush()
    act.case_id = case.id
    return case


def _finish(s: Session, act: Activity, status: str, user: Actor, note: str) -> None:
    """Complete or cancel an open activity; a ticket's progress records the closing."""
    activity_edit.set_status(act, status)
    if act.kind == ActivityKind.TICKET and act.ticket_status != TicketStatus.CLOSED:
        s.add(TicketEvent(activity_id=act.id, user_id=user.id, old_status=act.ticket_status,
                          new_status=TicketStatus.CLOSED, note=note))
        act.ticket_status = TicketStatus.CLOSED


def next_action(ctx: AppContext, activity_id: int, form: ActivityForm, *,
                expected_version: int | None = None) -> int:
    """Close the activity and record ``form`` as the next one of its case.
    Returns the new activity's id. A form without a contact takes the activity's."""
    with ctx.write() as s:
        user = ctx.actor
        act = activity_edit.editable(s, user, activity_id, expected_version)
        case = s.get(ActivityCase, act.case_id) if act.case_id is not None else None
        if case is not None and case.closed_at is not None:
            raise ServiceError(_closed_message(s, case))
        if form.contact_id is None and form.company_id is None:
            form = replace(form, contact_id=act.contact_id, company_id=act.company_id)
        case = _open_case(s, act)
        if act.status == ActivityStatus.OPEN:
            _finish(s, act, ActivityStatus.DONE, user, "Closed by Next action")
        # a refusal of the form (on its field) rolls back the closing as well
        return activity_edit.create_in(s, form, user, case_id=case.id).id


def close_case(ctx: AppContext, activity_id: int) -> int:
    """Close the activity's case: the activity is completed if still open, the case's
    other open activities are cancelled (their number is returned) and the case
    takes no Next action any more. Refused when another rep still has an open
    activity in the case (only they or a manager may cancel it)."""
    with ctx.write() as s:
        user = ctx.actor
        act = activity_edit.editable(s, user, activity_id)
        case = _open_case(s, act)
        if case.closed_at is not None:
            raise ServiceError(translate(
                "Helpdesk",
                "The case “{subject}” is already closed").format(
                subject=case.subject))
        others = list(s.scalars(select(Activity).where(Activity.case_id == case.id,
                                                       Activity.id != act.id,
                                                       Activity.status == ActivityStatus.OPEN)))
        for other in others:
            if not activity_edit.can_edit(other, user):
                owner = s.get(User, other.owner_id) if other.owner_id is not None else None
                who = owner.label if owner else translate("Helpdesk", "another rep")
                raise ServiceError(translate(
                    "Helpdesk",
                    "{who} still has “{subject}” open in this case; only they or a manager can "
                    "close the case").format(
                    who=who, subject=other.subject))
        if act.status == ActivityStatus.OPEN:
            _finish(s, act, ActivityStatus.DONE, user, "Case closed")
        for other in others:
            _finish(s, other, ActivityStatus.CANCELLED, user, "Case closed")
        case.closed_at, case.closed_by_id = utcnow(), user.id
        return len(others)
