"""People and companies, with their phones, e-mails, addresses and links."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Column, ForeignKey, Index, String, Table, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, TimestampMixin

if TYPE_CHECKING:
    from app.models.lookups import Category, ConversionStage, Rating, Status
    from app.models.users import User


class ContactKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class ContactType(StrEnum):
    """The four types of reference 002; Lead -> Potential -> Customer is the funnel."""

    LEAD = "lead"
    POTENTIAL = "potential"
    CUSTOMER = "customer"
    ACCOUNT = "account"


class AccountKind(StrEnum):
    RESELLER = "reseller"
    COMPETITOR = "competitor"
    MEDIA = "media"
    OTHER = "other"


class PhoneKind(StrEnum):
    WORK = "work"
    MOBILE = "mobile"
    HOME = "home"
    FAX = "fax"


contact_categories = Table(
    "contact_categories",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_categories_category", "category_id", "contact_id"),
)


class Contact(TimestampMixin, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_type_sort", "contact_type", "sort_name", "id"),
        Index("ix_contacts_sort", "sort_name", "id"),
        # the dashboard's "new customers": created within the last 30 days
        Index("ix_contacts_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default=ContactKind.PERSON)
    contact_type: Mapped[str] = mapped_column(String(12), default=ContactType.LEAD)
    account_kind: Mapped[str | None] = mapped_column(String(12))
    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    company_name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(120), default="")
    # derived from the names (app.models.naming), kept by the services
    # binary ("C") collation on PostgreSQL so ORDER BY and prefix ranges agree
    # with SQLite and with app.models.naming
    sort_name: Mapped[str] = mapped_column(
        String(400).with_variant(String(400, collation="C"), "postgresql"), default=""
    )
    name_key: Mapped[int] = mapped_column(BigInteger, default=0)
    customer_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    is_consumer: Mapped[bool] = mapped_column(default=False)
    status_id: Mapped[int | None] = mapped_column(ForeignKey("statuses.id"), index=True)
    rating_id: Mapped[int | None] = mapped_column(ForeignKey("ratings.id"), index=True)
    conversion_stage_id: Mapped[int | None] = mapped_column(ForeignKey("conversion_stages.id"))
    assigned_rep_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    call_contact: Mapped[bool] = mapped_column(default=True)
    subscription_end: Mapped[date | None]
    follow_up_date: Mapped[date | None]
    picture: Mapped[str | None] = mapped_column(String(200))
    completeness: Mapped[int] = mapped_column(default=0)
    converted_from: Mapped[str | None] = mapped_column(String(12))
    # written by `ringcard demo-data` (or the wizard's demo office): demo-data refuses
    # a database holding contacts that are not, unless told --into-existing
    made_by_demo: Mapped[bool] = mapped_column(default=False)
    # optimistic locking: a save based on an older version is refused
    version: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"version_id_col": version}

    status: Mapped[Status | None] = relationship(lazy="joined")
    rating: Mapped[Rating | None] = relationship(lazy="joined")
    conversion_stage: Mapped[ConversionStage | None] = relationship(lazy="joined")
    assigned_rep: Mapped[User | None] = relationship(lazy="joined")
    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", lazy="selectin",
        order_by="ContactPhone.position",
    )
    emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", lazy="selectin",
        order_by="ContactEmail.position",
    )
    websites: Mapped[list[ContactWebsite]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ContactWebsite.position"
    )
    addresses: Mapped[list[ContactAddress]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ContactAddress.position"
    )
    bank_accounts: Mapped[list[BankAccount]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    extra_info: Mapped[list[ContactInfo]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ContactInfo.position"
    )
    categories: Mapped[list[Category]] = relationship(
        secondary=contact_categories, lazy="selectin"
    )

    @property
    def is_company(self) -> bool:
        return self.kind == ContactKind.COMPANY

    @property
    def display_name(self) -> str:
        if self.is_company:
            return self.company_name
        return " ".join(p for p in (self.first_name, self.last_name) if p)


class ContactPhone(Base):
    __tablename__ = "contact_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default=PhoneKind.WORK)
    raw: Mapped[str] = mapped_column(String(60))  # as entered
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    # digits of the number reversed, so "last N digits" is an indexed prefix
    digits_rev: Mapped[str] = mapped_column(String(30), index=True)
    # E.164 and national digits, space separated: what substring search sees
    search_digits: Mapped[str] = mapped_column(String(60), default="")
    extension: Mapped[str] = mapped_column(String(20), default="")
    position: Mapped[int] = mapped_column(default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")


class ContactEmail(Base):
    __tablename__ = "contact_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="work")
    address: Mapped[str] = mapped_column(String(254), index=True)
    position: Mapped[int] = mapped_column(default=0)

    contact: Mapped[Contact] = relationship(back_populates="emails")

    # duplicate checks compare addresses case-insensitively (the importer, 1M contacts)
    __table_args__ = (Index("ix_contact_emails_lower", func.lower(address)),)


class ContactWebsite(Base):
    __tablename__ = "contact_websites"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(default=0)


class ContactAddress(Base):
    __tablename__ = "contact_addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12), default="postal")
    street: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    position: Mapped[int] = mapped_column(default=0)


class BankAccount(Base):
    __tablename__ = "bank_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str] = mapped_column(String(11), default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    account_holder: Mapped[str] = mapped_column(String(200), default="")


class ContactInfo(Base):
    """Additional key/value information (reference 004, Additional Information)."""

    __tablename__ = "contact_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(120))
    value: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)


class CompanyLink(Base):
    """A person linked to a company, with a role. Any number per person."""

    __tablename__ = "company_links"
    __table_args__ = (UniqueConstraint("person_id", "company_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    # RESTRICT: a company with linked people cannot be deleted (unlink first)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(String(120), default="")

    person: Mapped[Contact] = relationship(foreign_keys=[person_id], lazy="joined")
    company: Mapped[Contact] = relationship(foreign_keys=[company_id], lazy="joined")
