"""Links between people and companies, and category membership."""

from __future__ import annotations

from sqlalchemy import select

from app.i18n import translate
from app.models import Category, CompanyLink, Contact
from app.services.context import AppContext, NotFound, ServiceError
from app.services.validation import ValidationError, length_error

ROLE_MAX: int = CompanyLink.role.property.columns[0].type.length  # type: ignore[attr-defined]


def link_company(ctx: AppContext, person_id: int, company_id: int, role: str = "") -> int:
    if msg := length_error(role, ROLE_MAX):
        raise ValidationError({"role": msg})
    with ctx.write() as s:
        person, company = s.get(Contact, person_id), s.get(Contact, company_id)
        if person is None or company is None:
            raise NotFound(translate("Contacts", "The person or the company no longer exists"))
        if person.is_company or not company.is_company:
            raise ServiceError(translate("Contacts", "A link goes from a person to a company"))
        existing = s.scalar(select(CompanyLink).where(
            CompanyLink.person_id == person_id, CompanyLink.company_id == company_id))
        if existing is not None:
            if existing.role != role.strip():
                existing.role = role.strip()
            return existing.id
        link = CompanyLink(person_id=person_id, company_id=company_id, role=role.strip())
        s.add(link)
        s.flush()
        return link.id


def unlink_company(ctx: AppContext, person_id: int, company_id: int) -> None:
    with ctx.write() as s:
        link = s.scalar(select(CompanyLink).where(
            CompanyLink.person_id == person_id, CompanyLink.company_id == company_id))
        if link is not None:
            s.delete(link)


def set_categories(ctx: AppContext, contact_id: int, category_ids: list[int]) -> None:
    """The "Choose categories" dialog's Update: exactly these categories."""
    with ctx.write() as s:
        contact = s.get(Contact, contact_id)
        if contact is None:
            raise NotFound(translate("Contacts", "Contact {id} does not exist").format(id=contact_id))
        wanted = set(category_ids)
        cats = s.scalars(select(Category).where(Category.id.in_(wanted))).all() if wanted else []
        if len(cats) != len(wanted):
            raise ServiceError(translate("Contacts", "A chosen category no longer exists"))
        contact.categories = list(cats)
