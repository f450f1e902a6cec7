"""Plain values that cross the service boundary. Views never see ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class PhoneInput:
    number: str
    kind: str = "work"


@dataclass(frozen=True, slots=True)
class EmailInput:
    address: str
    kind: str = "work"


@dataclass(frozen=True, slots=True)
class AddressInput:
    street: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    kind: str = "postal"


@dataclass(frozen=True, slots=True)
class BankInput:
    iban: str
    bic: str = ""
    bank_name: str = ""
    account_holder: str = ""


@dataclass
class ContactInput:
    """What a create/edit dialog submits. Lists replace the stored lists."""

    kind: str = "person"
    contact_type: str = "lead"
    account_kind: str | None = None
    first_name: str = ""
    last_name: str = ""
    company_name: str = ""
    title: str = ""
    status_id: int | None = None
    rating_id: int | None = None
    conversion_stage_id: int | None = None
    assigned_rep_id: int | None = None
    active: bool = True
    call_contact: bool = True
    subscription_end: date | None = None
    follow_up_date: date | None = None
    phones: list[PhoneInput] = field(default_factory=list)
    emails: list[EmailInput] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    addresses: list[AddressInput] = field(default_factory=list)
    bank_accounts: list[BankInput] = field(default_factory=list)
    extra_info: list[tuple[str, str]] = field(default_factory=list)
    category_ids: list[int] = field(default_factory=list)
    # a person's form: link to this company on save, in the same transaction; by id
    # (chosen from the completion) or else by its exact name
    link_company_id: int | None = None
    link_company: str = ""


@dataclass(frozen=True, slots=True)
class PhoneView:
    kind: str
    raw: str
    e164: str | None
    extension: str
    display: str


@dataclass(frozen=True, slots=True)
class LinkView:
    link_id: int
    person_id: int
    person_name: str
    company_id: int
    company_name: str
    role: str


@dataclass(frozen=True)
class ContactDetail:
    id: int
    kind: str
    contact_type: str
    account_kind: str | None
    display_name: str
    first_name: str
    last_name: str
    company_name: str
    title: str
    customer_number: str | None
    is_consumer: bool
    status: str | None
    rating: str | None
    conversion_stage: str | None
    assigned_rep: str | None
    status_id: int | None
    rating_id: int | None
    conversion_stage_id: int | None
    assigned_rep_id: int | None
    active: bool
    call_contact: bool
    subscription_end: date | None
    follow_up_date: date | None
    completeness: int
    converted_from: str | None
    version: int
    picture: str | None
    phones: tuple[PhoneView, ...]
    emails: tuple[EmailInput, ...]
    websites: tuple[str, ...]
    addresses: tuple[AddressInput, ...]
    bank_accounts: tuple[BankInput, ...]
    extra_info: tuple[tuple[str, str], ...]
    categories: tuple[str, ...]
    category_ids: tuple[int, ...]
    links: tuple[LinkView, ...]


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One row of a contact list (reference 003's customer list columns)."""

    id: int
    kind: str
    contact_type: str
    name: str
    code: str
    contact: str
    phone: str
    email: str
    completeness: int
    status: str
    rating: str
    active: bool
    call_contact: bool
