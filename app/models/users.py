"""Users of the CRM (reps and managers)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, TimestampMixin


class Role(StrEnum):
    MANAGER = "manager"
    REP = "rep"


class User(TimestampMixin, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(120), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default=Role.REP)
    active: Mapped[bool] = mapped_column(default=True)
    team: Mapped[str] = mapped_column(String(80), default="")
    initials: Mapped[str] = mapped_column(String(8), default="")

    @property
    def label(self) -> str:
        return self.full_name or self.username
