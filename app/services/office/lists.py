"""The admin-defined ordered lists: statuses, ratings, conversion stages, categories.

Reference 002 calls them customisable: a manager adds, renames, reorders and
retires their entries (Settings › Office lists). A retired entry stays on the
records that have it and keeps its name there; it is only no longer offered
for new ones, and it can be restored. Names are unique within a list, whatever
their case. Each change is one transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import Category, ConversionStage, Rating, Status
from app.services import policy
from app.services.context import AppContext, NotFound, ServiceError
from app.services.validation import ValidationError

log = logging.getLogger(__name__)

LISTS: dict[str, Any] = {
    "status": Status,
    "rating": Rating,
    "conversion_stage": ConversionStage,
    "category": Category,
}

# the defaults are seeded by migration 0003

NAME_MAX = 120  # the column's length
NOUNS = {"status": QT_TRANSLATE_NOOP("OfficeLists", "status"),
         "rating": QT_TRANSLATE_NOOP("OfficeLists", "rating"),
         "conversion_stage": QT_TRANSLATE_NOOP("OfficeLists", "conversion stage"),
         "category": QT_TRANSLATE_NOOP("OfficeLists", "category")}


def noun(list_name: str) -> str:
    """"status", "conversion stage" ...: what one entry of the list is called."""
    return translate("OfficeLists", NOUNS[list_name])


@dataclass(frozen=True, slots=True)
class Item:
    id: int
    name: str
    position: int
    active: bool = True


def _model(list_name: str) -> Any:
    try:
        return LISTS[list_name]
    except KeyError:
        message = translate("OfficeLists", "There is no list “{name}”")
        raise ServiceError(message.format(name=list_name)) from None


def _item(row: Any) -> Item:
    return Item(row.id, row.name, row.position, row.active)


def items(ctx: AppContext, list_name: str) -> list[Item]:
    """The entries offered for a record (not the retired ones), in the list's order."""
    model = _model(list_name)
    with ctx.read() as s:
        rows = s.scalars(select(model).where(model.active.is_(True))
                         .order_by(model.position, model.id))
        return [_item(r) for r in rows]


def all_items(ctx: AppContext, list_name: str) -> list[Item]:
    """Every entry, retired ones too, in the list's order (what Office lists shows)."""
    model = _model(list_name)
    with ctx.read() as s:
        return [_item(r) for r in s.scalars(select(model).order_by(model.position, model.id))]


def may_edit(ctx: AppContext) -> bool:
    """Whether this user may change the office lists: managers only."""
    return policy.may_change_office_settings(ctx.actor)


def _check_may_edit(ctx: AppContext) -> None:
    policy.require_office_settings(ctx.actor, translate("Policy", "the office lists"))


def _clean_name(s: Session, model: Any, list_name: str, name: str, exclude: int | None = None) -> str:
    name = " ".join(name.split())
    what = noun(list_name)
    if not name:
        raise ValidationError({"name": translate("OfficeLists", "Give the {noun} a name").format(noun=what)})
    if len(name) > NAME_MAX:
        message = translate("OfficeLists", "A {noun} name is at most {limit} characters")
        raise ValidationError({"name": message.format(noun=what, limit=NAME_MAX)})
    clash = s.scalar(select(model.id).where(func.lower(model.name) == name.lower()))
    if clash is not None and clash != exclude:
        message = translate("OfficeLists", "There is already a {noun} “{name}”")
        raise ValidationError({"name": message.format(noun=what, name=name)})
    return name


def _row(s: Session, model: Any, list_name: str, item_id: int) -> Any:
    row = s.get(model, item_id)
    if row is None:
        raise NotFound(translate("OfficeLists", "That {noun} no longer exists").format(noun=noun(list_name)))
    return row


def add(ctx: AppContext, list_name: str, name: str) -> int:
    """A new entry at the end of the list."""
    model = _model(list_name)
    _check_may_edit(ctx)
    with ctx.write() as s:
        row = model(name=_clean_name(s, model, list_name, name),
                    position=(s.scalar(select(func.max(model.position))) or 0) + 1)
        s.add(row)
        s.flush()
        return int(row.id)


def rename(ctx: AppContext, list_name: str, item_id: int, name: str) -> None:
    """A new name; the records that have the entry show it at once (they keep its id)."""
    model = _model(list_name)
    _check_may_edit(ctx)
    with ctx.write() as s:
        row = _row(s, model, list_name, item_id)
        row.name = _clean_name(s, model, list_name, name, exclude=item_id)


def move(ctx: AppContext, list_name: str, item_id: int, step: int) -> None:
    """Move an entry ``step`` places up (negative) or down; positions become 1..n."""
    model = _model(list_name)
    _check_may_edit(ctx)
    with ctx.write() as s:
        rows = list(s.scalars(select(model).order_by(model.position, model.id)))
        at = next((i for i, r in enumerate(rows) if r.id == item_id), None)
        if at is None:
            message = translate("OfficeLists", "That {noun} no longer exists")
            raise NotFound(message.format(noun=noun(list_name)))
        to = max(0, min(len(rows) - 1, at + step))
        rows.insert(to, rows.pop(at))
        for pos, row in enumerate(rows, start=1):
            if row.position != pos:
                row.position = pos


def reorder(ctx: AppContext, list_name: str, ids_in_order: list[int]) -> None:
    model = _model(list_name)
    _check_may_edit(ctx)
    with ctx.write() as s:
        for pos, item_id in enumerate(ids_in_order, start=1):
            row = s.get(model, item_id)
            if row is not None:
                row.position = pos


def set_active(ctx: AppContext, list_name: str, item_id: int, active: bool) -> None:
    """Retire an entry (records keep it, new ones are not offered it) or restore it."""
    model = _model(list_name)
    _check_may_edit(ctx)
    with ctx.write() as s:
        _row(s, model, list_name, item_id).active = active


def id_by_name(ctx: AppContext, list_name: str, name: str) -> int | None:
    model = _model(list_name)
    with ctx.read() as s:
        return s.scalar(select(model.id).where(func.lower(model.name) == name.strip().lower()))
