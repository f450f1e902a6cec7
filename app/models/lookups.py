"""Admin-defined ordered lists: statuses, ratings, conversion stages, categories."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class _Ordered:
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Status(_Ordered, Base):
    """Contact status (New, Active, Released, Closed-lost, ...)."""

    __tablename__ = "statuses"


class Rating(_Ordered, Base):
    """Customer rating / rank (Bronze, Silver, Gold, Diamond, VIP)."""

    __tablename__ = "ratings"


class ConversionStage(_Ordered, Base):
    """Where a Potential stands in the pipeline (reference 002)."""

    __tablename__ = "conversion_stages"


class Category(_Ordered, Base):
    __tablename__ = "categories"
