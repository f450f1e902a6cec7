"""Per-contact settings: the card's Settings tab and, for consumers, Customer Settings."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ContactPreferences(Base):
    __tablename__ = "contact_preferences"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(10), default="")
    preferred_channel: Mapped[str] = mapped_column(String(12), default="")  # phone/email/mail/sms
    newsletter: Mapped[bool] = mapped_column(default=False)
    do_not_email: Mapped[bool] = mapped_column(default=False)


class CustomerSettings(Base):
    """Trading settings of a consumer (reference 004, Customer Settings)."""

    __tablename__ = "customer_settings"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), default="")
    payment_terms: Mapped[str] = mapped_column(String(120), default="")
    payment_days: Mapped[int | None]
    price_list: Mapped[str] = mapped_column(String(120), default="")
