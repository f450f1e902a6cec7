"""Rows for the contact lists: the id order of a list, and the display rows of
a page of ids. A windowed view model keeps the ids and asks for rows by page."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    CompanyLink,
    Contact,
    ContactEmail,
    ContactKind,
    ContactPhone,
    Rating,
    Status,
    contact_categories,
)
from app.services.contacts import phones
from app.services.context import AppContext
from app.services.dto import ContactRow
from app.services.office import settings as office_settings


@dataclass(frozen=True)
class Filters:
    """The "more search options" filters; None means any."""

    contact_type: str | None = None
    kind: str | None = None
    category_id: int | None = None
    rep_id: int | None = None
    status_id: int | None = None
    rating_id: int | None = None
    active: bool | None = None

    def apply(self, q, contact=Contact):  # type: ignore[no-untyped-def]
        c = contact
        if self.contact_type:
            q = q.where(c.contact_type == self.contact_type)
        if self.kind:
            q = q.where(c.kind == self.kind)
        if self.rep_id is not None:
            q = q.where(c.assigned_rep_id == self.rep_id)
        if self.status_id is not None:
            q = q.where(c.status_id == self.status_id)
        if self.rating_id is not None:
            q = q.where(c.rating_id == self.rating_id)
        if self.active is not None:
            q = q.where(c.active.is_(self.active))
        if self.category_id is not None:
            cc = contact_categories.c
            q = q.where(c.id.in_(select(cc.contact_id).where(cc.category_id == self.category_id)))
        return q


# what a list can be ordered by (the column headers of reference 003's list)
SORT_KEYS = ("name", "code", "completeness", "status", "rating", "active", "call_contact")


def _order(q, sort: str, descending: bool):  # type: ignore[no-untyped-def]
    def way(col):  # type: ignore[no-untyped-def]
        return col.desc() if descending else col.asc()

    if sort == "name":
        return q.order_by(way(Contact.sort_name), way(Contact.id))
    if sort == "code":  # contacts without a number last, whichever the direction
        return q.order_by(Contact.customer_number.is_(None), way(Contact.customer_number),
                          Contact.sort_name, Contact.id)
    if sort in ("completeness", "active", "call_contact"):
        return q.order_by(way(getattr(Contact, sort)), Contact.sort_name, Contact.id)
    if sort in ("status", "rating"):
        model = Status if sort == "status" else Rating
        fk = Contact.status_id if sort == "status" else Contact.rating_id
        return (q.outerjoin(model, model.id == fk)
                .order_by(model.position.is_(None), way(model.position), Contact.sort_name,
                          Contact.id))
    raise ValueError(f"cannot order a contact list by {sort!r}")


def ordered_ids(ctx: AppContext, filters: Filters, sort: str = "name",
                descending: bool = False, limit: int | None = None) -> array:
    """All ids of the list in the chosen order, as a compact array (1M ids = 8 MB);
    with ``limit``, only the first ones (a first screen to paint while the rest loads)."""
    with ctx.read() as s:
        q = _order(filters.apply(select(Contact.id)), sort, descending)
        if limit is not None:
            q = q.limit(limit)
        result = s.execute(q)
        out = array("q")
        while chunk := result.scalars().fetchmany(50_000):
            out.extend(chunk)
        return out


_PERSON = Contact.__table__.alias("p")
_COMPANY = Contact.__table__.alias("co")


def rows(ctx: AppContext, ids: list[int]) -> list[ContactRow]:
    with ctx.read() as s:
        return rows_in(s, ids)


def rows_in(s: Session, ids: list[int]) -> list[ContactRow]:
    """Display rows for ``ids``, in the order given (missing ids are skipped)."""
    if not ids:
        return []
    region = office_settings.home_region(s)
    q = (select(Contact.id, Contact.kind, Contact.contact_type, Contact.first_name,
                Contact.last_name, Contact.company_name, Contact.customer_number,
                Contact.completeness, Status.name, Rating.name, Contact.active,
                Contact.call_contact)
         .outerjoin(Status, Status.id == Contact.status_id)
         .outerjoin(Rating, Rating.id == Contact.rating_id)
         .where(Contact.id.in_(ids)))
    base = {r[0]: r for r in s.execute(q)}
    first_phone: dict[int, tuple[str | None, str]] = {}
    for cid, raw, e164 in s.execute(
        select(ContactPhone.contact_id, ContactPhone.raw, ContactPhone.e164)
        .where(ContactPhone.contact_id.in_(ids))
        .order_by(ContactPhone.contact_id, ContactPhone.position, ContactPhone.id)
    ):
        first_phone.setdefault(cid, (e164, raw))
    phone = {cid: phones.format_display(e164, raw, region)
             for cid, (e164, raw) in first_phone.items()}
    email: dict[int, str] = {}
    for cid, addr in s.execute(
        select(ContactEmail.contact_id, ContactEmail.address)
        .where(ContactEmail.contact_id.in_(ids))
        .order_by(ContactEmail.contact_id, ContactEmail.position, ContactEmail.id)
    ):
        email.setdefault(cid, addr)
    other: dict[int, str] = {}
    # a person's row shows its first company; a company's row its first person.
    # Two indexed queries: an OR of the two IN lists costs 2.5 times as much.
    for pid, cname in s.execute(
        select(CompanyLink.person_id, _COMPANY.c.company_name)
        .join(_COMPANY, _COMPANY.c.id == CompanyLink.company_id)
        .where(CompanyLink.person_id.in_(ids)).order_by(CompanyLink.id)
    ):
        other.setdefault(pid, cname)
    for cid, first, last in s.execute(
        select(CompanyLink.company_id, _PERSON.c.first_name, _PERSON.c.last_name)
        .join(_PERSON, _PERSON.c.id == CompanyLink.person_id)
        .where(CompanyLink.company_id.in_(ids)).order_by(CompanyLink.id)
    ):
        other.setdefault(cid, f"{first} {last}".strip())
    out = []
    for cid in ids:
        r = base.get(cid)
        if r is None:
            continue
        _id, kind, ctype, first, last, cname, code, compl, status, rating, active, call = r
        name = cname if kind == ContactKind.COMPANY else f"{first} {last}".strip()
        out.append(ContactRow(cid, kind, ctype, name, code or "", other.get(cid, ""),
                              phone.get(cid, ""), email.get(cid, ""), compl, status or "",
                              rating or "", active, call))
    return out
