"""The admin-defined ordered lists: statuses, ratings, conversion stages, categories."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.models import Category, ConversionStage, Rating, Status
from app.services.context import AppContext, ServiceError

LISTS: dict[str, Any] = {
    "status": Status,
    "rating": Rating,
    "conversion_stage": ConversionStage,
    "category": Category,
}

# the defaults are seeded by migration 0003

@dataclass(frozen=True, slots=True)
class Item:
    id: int
    name: str
    position: int


def items(ctx: AppContext, list_name: str) -> list[Item]:
    model = LISTS[list_name]
    with ctx.read() as s:
        rows = s.scalars(select(model).where(model.active.is_(True)).order_by(model.position))
        return [Item(r.id, r.name, r.position) for r in rows]


def add(ctx: AppContext, list_name: str, name: str) -> int:
    model = LISTS[list_name]
    name = name.strip()
    if not name:
        raise ServiceError("The name is empty")
    with ctx.write() as s:
        if s.scalar(select(model).where(model.name == name)):
            raise ServiceError(f"“{name}” is already in the list")
        pos = (s.scalar(select(func.max(model.position))) or 0) + 1
        row = model(name=name, position=pos)
        s.add(row)
        s.flush()
        return row.id


def reorder(ctx: AppContext, list_name: str, ids_in_order: list[int]) -> None:
    model = LISTS[list_name]
    with ctx.write() as s:
        for pos, item_id in enumerate(ids_in_order, start=1):
            row = s.get(model, item_id)
            if row is not None:
                row.position = pos


def id_by_name(ctx: AppContext, list_name: str, name: str) -> int | None:
    model = LISTS[list_name]
    with ctx.read() as s:
        return s.scalar(select(model.id).where(func.lower(model.name) == name.strip().lower()))
