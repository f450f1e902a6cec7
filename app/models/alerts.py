"""Automated activity alerts (reference 001): the office's rules, the retention
matrix per rating, the log that keeps every alert to once per contact, rule
and period, and each user's reminder state of a To-Do (snoozed, dismissed)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class AlertRule(Base):
    """One alert rule's settings. ``rule``: service_renewal, potential_inactivity,
    lead_inactivity, win_back, retention. ``days``: the rule's number of days
    (retention: the send frequency, counted in ``unit``)."""

    __tablename__ = "alert_rules"

    rule: Mapped[str] = mapped_column(String(32), primary_key=True)
    enabled: Mapped[bool] = mapped_column(default=True)
    days: Mapped[int] = mapped_column(default=14)
    unit: Mapped[str] = mapped_column(String(8), default="days")  # retention: days/weeks/months
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class RetentionTarget(Base):
    """How many meetings, calls and e-mails a customer of this rating needs per
    period (None: not required, shown as "-")."""

    __tablename__ = "retention_targets"

    rating_id: Mapped[int] = mapped_column(ForeignKey("ratings.id", ondelete="CASCADE"),
                                           primary_key=True)
    meetings: Mapped[int | None]
    calls: Mapped[int | None]
    emails: Mapped[int | None]


class AlertLog(Base):
    """An alert that fired: the same contact, rule and period never fire twice,
    even when two desks run the engine at once (the unique key decides)."""

    __tablename__ = "alert_log"
    __table_args__ = (UniqueConstraint("rule", "contact_id", "period_key"),
                      Index("ix_alert_log_run", "run_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(32))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"),
                                            index=True)
    period_key: Mapped[str] = mapped_column(String(32))  # e.g. the subscription end date
    run_id: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id",
                                                               ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(400), default="")


class ReminderState(Base):
    """A user's reminder of one To-Do: snoozed until a time, or dismissed."""

    __tablename__ = "reminder_states"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"),
                                             primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    snoozed_until: Mapped[datetime | None]
    dismissed_at: Mapped[datetime | None]
    notified_at: Mapped[datetime | None]  # first shown on a desk
