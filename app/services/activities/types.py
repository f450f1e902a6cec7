"""Activity types: the built-in ones (one per kind of reference 000) and the
office's own ("On Site inspection", "cold call" in reference 003), each with a
base kind that decides its form and rules. Managers add, rename and retire
types; a retired type keeps its name on the activities that used it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.i18n import translate
from app.models import ActivityType
from app.services import policy
from app.services.activities import rules as activity_rules
from app.services.context import AppContext, NotFound, ServiceError
from app.services.validation import ValidationError


@dataclass(frozen=True, slots=True)
class TypeView:
    id: int
    name: str
    base_kind: str
    built_in: bool
    active: bool

    @property
    def label(self) -> str:
        return activity_rules.type_label(self.name) if self.built_in else self.name


def list_types(ctx: AppContext, *, include_retired: bool = False) -> list[TypeView]:
    """Built-in types first (in reference 000's order), then the office's own by name."""
    order = {k: i for i, k in enumerate(activity_rules.RULES)}
    with ctx.read() as s:
        q = select(ActivityType)
        if not include_retired:
            q = q.where(ActivityType.active.is_(True))
        rows = [TypeView(t.id, t.name, t.base_kind, t.built_in, t.active) for t in s.scalars(q)]
    return sorted(rows, key=lambda t: (not t.built_in, order.get(t.base_kind, 99)
                                       if t.built_in else 0, t.name.casefold()))


def _check_name(s, name: str, exclude: int | None = None) -> str:  # type: ignore[no-untyped-def]
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": translate("Activities", "Give the type a name")})
    if len(name) > 80:
        raise ValidationError({"name": translate("Activities", "A type name is at most 80 characters")})
    clash = s.scalar(select(ActivityType.id).where(func.lower(ActivityType.name) == name.lower()))
    if clash is not None and clash != exclude:
        message = translate("Activities", "There is already a type “{name}”")
        raise ValidationError({"name": message.format(name=name)})
    return name


def add_type(ctx: AppContext, name: str, base_kind: str) -> int:
    if base_kind not in activity_rules.RULES:
        message = translate("Activities", "Unknown base type “{kind}”").format(kind=base_kind)
        raise ValidationError({"base_kind": message})
    policy.require_office_settings(ctx.actor, translate("Policy", "the activity types"))
    with ctx.write() as s:
        t = ActivityType(name=_check_name(s, name), base_kind=base_kind, built_in=False)
        s.add(t)
        s.flush()
        return t.id


def rename(ctx: AppContext, type_id: int, name: str) -> None:
    policy.require_office_settings(ctx.actor, translate("Policy", "the activity types"))
    with ctx.write() as s:
        t = s.get(ActivityType, type_id)
        if t is None:
            raise NotFound(translate("Activities", "That activity type no longer exists"))
        if t.built_in:
            raise ServiceError(translate("Activities", "Built-in types keep their names"))
        t.name = _check_name(s, name, exclude=type_id)


def set_active(ctx: AppContext, type_id: int, active: bool) -> None:
    """Retire a type (no new activities of it) or bring it back."""
    policy.require_office_settings(ctx.actor, translate("Policy", "the activity types"))
    with ctx.write() as s:
        t = s.get(ActivityType, type_id)
        if t is None:
            raise NotFound(translate("Activities", "That activity type no longer exists"))
        if t.built_in and not active:
            raise ServiceError(translate("Activities", "Built-in types cannot be retired"))
        t.active = active
