"""Audit history: who changed what, when, with the old and new value."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_contact_at", "contact_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(12))  # create/update/delete/link/unlink
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    # the contact the change belongs to (None for office-wide entities)
    contact_id: Mapped[int | None]
    field: Mapped[str] = mapped_column(String(80), default="")
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
