"""Why a search hit matched, when its name does not say so.

The search looks in names, linked companies, every e-mail address and every
phone number, but a list row shows only the name, the first company and the
first address and number. A hit found by a second company or a second e-mail
looked like a wrong hit; its row's tooltip now says what matched.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.models import CompanyLink, Contact, ContactEmail, ContactKind, ContactPhone
from app.services.dto import ContactRow

_COMPANY = Contact.__table__.alias("co")


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def reasons(s: Session, term: str, ids: list[int]) -> dict[int, str]:
    """For each of ``ids`` that ``term`` did not find by its name: what it found
    ("Matched e-mail: ann@second.example"); ids found by their name are left out.
    ``term`` is the search as run (phone-like searches are digits)."""
    needle = _fold(term)
    if len(needle) < 3 or not ids:
        return {}
    digits = needle if re.fullmatch(r"\d+", needle) else ""
    found: dict[int, str] = {}
    names = s.execute(select(Contact.id, Contact.kind, Contact.first_name, Contact.last_name,
                             Contact.company_name).where(Contact.id.in_(ids)))
    left: set[int] = set()
    for cid, kind, first, last, company in names:
        shown = company if kind == ContactKind.COMPANY else f"{first} {last}"
        if needle in _fold(shown):
            continue
        if kind != ContactKind.COMPANY and company and needle in _fold(company):
            found[cid] = translate("SearchReasons", "Matched company: {company}").format(company=company)
            continue
        left.add(cid)
    if not left:
        return found
    for pid, name in s.execute(select(CompanyLink.person_id, _COMPANY.c.company_name)
                               .join(_COMPANY, _COMPANY.c.id == CompanyLink.company_id)
                               .where(CompanyLink.person_id.in_(left))
                               .order_by(CompanyLink.id)):
        if pid in left and needle in _fold(name):
            found[pid] = translate("SearchReasons", "Matched company: {company}").format(company=name)
            left.discard(pid)
    for cid, address in s.execute(select(ContactEmail.contact_id, ContactEmail.address)
                                  .where(ContactEmail.contact_id.in_(left))
                                  .order_by(ContactEmail.position, ContactEmail.id)):
        if cid in left and needle in address.casefold():
            found[cid] = translate("SearchReasons", "Matched e-mail: {address}").format(address=address)
            left.discard(cid)
    for cid, raw, searched in s.execute(
            select(ContactPhone.contact_id, ContactPhone.raw, ContactPhone.search_digits)
            .where(ContactPhone.contact_id.in_(left))
            .order_by(ContactPhone.position, ContactPhone.id)):
        if cid in left and (digits and digits in searched or needle in _fold(raw)):
            found[cid] = translate("SearchReasons", "Matched phone: {raw}").format(raw=raw)
            left.discard(cid)
    return found


def explain(s: Session, term: str, rows: list[ContactRow]) -> dict[int, str]:
    """What matched, for the hits of ``rows`` whose name does not say (a name search,
    the common case, costs no query at all)."""
    needle = _fold(term)
    return reasons(s, term, [r.id for r in rows if needle not in _fold(r.name)])
