"""Contacts: create, edit, delete, convert, consumer numbers.

Validation happens before anything is written; a save is one transaction.
Derived fields (sort keys, completeness) are kept by flush hooks below, so
every path that writes a contact keeps them right.
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from sqlalchemy import event, exists, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import (
    AccountKind,
    AuditEntry,
    BankAccount,
    Category,
    CompanyLink,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactInfo,
    ContactKind,
    ContactPhone,
    ContactType,
    ContactWebsite,
    Counter,
)
from app.models.base import utcnow
from app.models.naming import name_key, sort_name
from app.services.contacts import completeness, phones
from app.services.context import AppContext, NotFound, ServiceError
from app.services.dto import (
    AddressInput,
    BankInput,
    ContactDetail,
    ContactInput,
    EmailInput,
    LinkView,
    PhoneInput,
    PhoneView,
)
from app.services.office import settings as office_settings
from app.services.validation import (
    ValidationError,
    email_error,
    iban_error,
    length_error,
    normalize_iban,
)

log = logging.getLogger(__name__)
T = TypeVar("T")


def _length(column: Any) -> int:
    return int(column.type.length)


# the longest text each one-line field takes: its column's length. The form sets
# them on its fields; the services refuse longer (old data, imports) by field.
MAX_LENGTHS: dict[str, int] = {
    "first_name": _length(Contact.first_name), "last_name": _length(Contact.last_name),
    "company_name": _length(Contact.company_name), "title": _length(Contact.title),
    "link_company": _length(Contact.company_name),
    "phones.number": _length(ContactPhone.raw), "emails.address": _length(ContactEmail.address),
    "websites.url": _length(ContactWebsite.url),
    "addresses.street": _length(ContactAddress.street),
    "addresses.postcode": _length(ContactAddress.postcode),
    "addresses.city": _length(ContactAddress.city),
    "addresses.region": _length(ContactAddress.region),
    "addresses.country": _length(ContactAddress.country),
    "bank_accounts.iban": 42,  # typed with spaces; the stored IBAN is checked on its own
    "bank_accounts.bic": _length(BankAccount.bic),
    "bank_accounts.bank_name": _length(BankAccount.bank_name),
    "bank_accounts.account_holder": _length(BankAccount.account_holder),
    "extra_info.key": _length(ContactInfo.key),
}

CONVERSIONS = {
    ContactType.LEAD: (ContactType.POTENTIAL, ContactType.CUSTOMER),
    ContactType.POTENTIAL: (ContactType.CUSTOMER,),
}


# --- derived fields -------------------------------------------------------

def refresh_sort_fields(contact: Contact) -> None:
    if contact.kind == ContactKind.COMPANY:
        contact.sort_name = sort_name(contact.company_name)
    else:
        contact.sort_name = sort_name(contact.last_name, contact.first_name, contact.company_name)
    contact.name_key = name_key(contact.sort_name)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Contact):
            refresh_sort_fields(obj)


@event.listens_for(Session, "after_flush")
def _recompute_completeness(session: Session, _ctx: Any) -> None:
    ids: set[int] = set()
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Contact) and obj not in session.deleted:
            ids.add(obj.id)
        elif isinstance(obj, CompanyLink):
            ids.update((obj.person_id, obj.company_id))
        elif isinstance(obj, ContactPhone | ContactEmail | ContactAddress | ContactWebsite):
            ids.add(obj.contact_id)
    for cid in ids:
        contact = session.get(Contact, cid)
        if contact is None or contact in session.deleted:
            continue
        linked = session.scalar(select(exists().where(CompanyLink.person_id == cid)))
        value = completeness.score(contact, has_company_link=bool(linked))
        if value != contact.completeness:
            # Core-style, so the ORM does not see (or audit) a derived field
            session.connection().execute(
                update(Contact).where(Contact.id == cid).values(completeness=value)
            )
            set_committed_value(contact, "completeness", value)


# --- validation ----------------------------------------------------------

def _validate(data: ContactInput, region: str) -> list[phones.NormalizedPhone]:
    errors: dict[str, str] = {}
    if data.kind not in (ContactKind.PERSON, ContactKind.COMPANY):
        errors["kind"] = translate("Contacts", "Unknown contact kind “{kind}”").format(kind=data.kind)
    if data.contact_type not in set(ContactType):
        errors["contact_type"] = translate("Contacts", "Unknown contact type “{type}”").format(
            type=data.contact_type)
    if data.contact_type == ContactType.ACCOUNT:
        if data.account_kind not in set(AccountKind):
            errors["account_kind"] = translate(
                "Contacts", "An account needs a kind: reseller, competitor, media or other")
    elif data.account_kind:
        errors["account_kind"] = translate("Contacts", "Only accounts have an account kind")
    if data.kind == ContactKind.COMPANY:
        if not data.company_name.strip():
            errors["company_name"] = translate("Contacts", "A company needs a name")
    elif not (data.first_name.strip() or data.last_name.strip()):
        errors["last_name"] = translate("Contacts", "A person needs a first or a last name")
    if data.kind == ContactKind.COMPANY and (data.link_company_id or data.link_company.strip()):
        errors["link_company"] = translate("Contacts", "Only a person is linked to a company")
    _check_lengths(data, errors)
    normalized: list[phones.NormalizedPhone] = []
    for i, p in enumerate(data.phones):
        if f"phones[{i}]" in errors:
            continue
        try:
            normalized.append(phones.normalize(p.number, region))
        except phones.PhoneError as exc:
            errors[f"phones[{i}]"] = str(exc)
        if p.kind not in ("work", "mobile", "home", "fax"):
            message = translate("Contacts", "Unknown phone type “{kind}”")
            errors[f"phones[{i}].kind"] = message.format(kind=p.kind)
    for i, e in enumerate(data.emails):
        if f"emails[{i}]" not in errors and (msg := email_error(e.address)):
            errors[f"emails[{i}]"] = msg
    for i, b in enumerate(data.bank_accounts):
        if msg := iban_error(b.iban):
            errors[f"bank_accounts[{i}].iban"] = msg
    for i, (key, _value) in enumerate(data.extra_info):
        if not key.strip():
            errors[f"extra_info[{i}]"] = translate("Contacts", "Additional information needs a name")
    if errors:
        raise ValidationError(errors)
    return normalized


def _check_lengths(data: ContactInput, errors: dict[str, str]) -> None:
    """Every one-line field within its column (keys as the form names its fields)."""
    for name in ("first_name", "last_name", "company_name", "title", "link_company"):
        if msg := length_error(getattr(data, name), MAX_LENGTHS[name]):
            errors[name] = msg
    rows: dict[str, list[dict[str, str]]] = {
        "phones": [{"number": p.number} for p in data.phones],
        "emails": [{"address": e.address} for e in data.emails],
        "websites": [{"url": u} for u in data.websites],
        "addresses": [_asdict(a) for a in data.addresses],
        "bank_accounts": [{"iban": b.iban, "bic": b.bic, "bank_name": b.bank_name,
                           "account_holder": b.account_holder} for b in data.bank_accounts],
        "extra_info": [{"key": k} for k, _v in data.extra_info],
    }
    for list_name, values in rows.items():
        for i, row in enumerate(values):
            for column, value in row.items():
                limit = MAX_LENGTHS.get(f"{list_name}.{column}")
                if limit is not None and (msg := length_error(value, limit)):
                    key = f"{list_name}[{i}]" if list_name in ("phones", "emails") \
                        else f"{list_name}[{i}].{column}"
                    errors.setdefault(key, msg)


def _company_to_link(s: Session, contact_id: int | None, data: ContactInput) -> int | None:
    """The company a person's form asked to link (by the chosen id, else by its exact
    name); None when none was asked or the link exists. ValidationError on the field."""
    name = " ".join(data.link_company.split())
    if data.kind != ContactKind.PERSON or not (data.link_company_id or name):
        return None
    if data.link_company_id is not None:
        company = s.get(Contact, data.link_company_id)
        if company is None or not company.is_company:
            raise ValidationError({"link_company": translate("Contacts", "That company no longer exists")})
    else:
        found = s.scalars(select(Contact).where(
            Contact.kind == ContactKind.COMPANY, Contact.sort_name == sort_name(name))
            .limit(2)).all()
        if not found:
            message = translate("Contacts", "There is no company “{name}”: pick one "
                                "from the list, or add the company first")
            raise ValidationError({"link_company": message.format(name=name)})
        if len(found) > 1:
            message = translate("Contacts", "Several companies are called “{name}”: pick one from the list")
            raise ValidationError({"link_company": message.format(name=name)})
        company = found[0]
    if contact_id is not None and s.scalar(select(exists().where(
            CompanyLink.person_id == contact_id, CompanyLink.company_id == company.id))):
        return None
    return company.id


# --- writes --------------------------------------------------------------

def _apply(session: Session, contact: Contact, data: ContactInput,
           numbers: list[phones.NormalizedPhone]) -> None:
    for name in ("kind", "contact_type", "account_kind", "title", "status_id", "rating_id",
                 "conversion_stage_id", "assigned_rep_id", "active", "call_contact",
                 "subscription_end", "follow_up_date"):
        value = getattr(data, name)
        if getattr(contact, name) != value:
            setattr(contact, name, value)
    for name in ("first_name", "last_name", "company_name"):
        value = getattr(data, name).strip()
        if getattr(contact, name) != value:
            setattr(contact, name, value)

    # keep rows that did not change, so the history shows real edits only
    keep = {(p.kind, p.raw): p for p in contact.phones}
    new_phones = []
    for pos, (p, n) in enumerate(zip(data.phones, numbers, strict=True)):
        row = _take(keep, (p.kind, n.raw)) or ContactPhone(
            kind=p.kind, raw=n.raw, e164=n.e164, digits_rev=n.digits_rev,
            search_digits=n.search_digits, extension=n.extension)
        row.position = pos
        new_phones.append(row)
    contact.phones = new_phones

    keep_e = {(e.kind, e.address.lower()): e for e in contact.emails}
    contact.emails = [
        _take(keep_e, (e.kind, e.address.strip().lower()))
        or ContactEmail(kind=e.kind, address=e.address.strip(), position=i)
        for i, e in enumerate(data.emails)
    ]
    keep_w = {w.url: w for w in contact.websites}
    contact.websites = [_take(keep_w, u.strip()) or ContactWebsite(url=u.strip(), position=i)
                        for i, u in enumerate(data.websites) if u.strip()]
    keep_a = {_addr(a): a for a in contact.addresses}
    contact.addresses = [
        _take(keep_a, a) or ContactAddress(**_asdict(a), position=i)
        for i, a in enumerate(data.addresses)
    ]
    keep_b = {(b.iban, b.bic, b.bank_name, b.account_holder): b for b in contact.bank_accounts}
    contact.bank_accounts = [
        _take(keep_b, (normalize_iban(b.iban), b.bic, b.bank_name, b.account_holder))
        or BankAccount(iban=normalize_iban(b.iban), bic=b.bic.strip().upper(),
                       bank_name=b.bank_name, account_holder=b.account_holder)
        for b in data.bank_accounts
    ]
    keep_i = {(i.key, i.value): i for i in contact.extra_info}
    contact.extra_info = [_take(keep_i, (k.strip(), v)) or ContactInfo(key=k.strip(), value=v,
                                                                          position=pos)
                          for pos, (k, v) in enumerate(data.extra_info)]
    wanted = set(data.category_ids)
    if wanted != {c.id for c in contact.categories}:
        cats = session.scalars(select(Category).where(Category.id.in_(wanted))).all() if wanted else []
        if len(cats) != len(wanted):
            raise ValidationError({"categories": translate("Contacts", "A chosen category no longer exists")})
        contact.categories = list(cats)


def _take(rows: dict[Any, T], key: Any) -> T | None:
    """Remove and return the kept row for ``key``, if any."""
    return rows.pop(key) if key in rows else None


def _addr(a: ContactAddress | AddressInput) -> AddressInput:
    return AddressInput(a.street, a.postcode, a.city, a.region, a.country, a.kind)


def _asdict(a: AddressInput) -> dict[str, str]:
    return dict(street=a.street, postcode=a.postcode, city=a.city, region=a.region,
                country=a.country.upper(), kind=a.kind)


def create(ctx: AppContext, data: ContactInput) -> int:
    """Create a person or company; returns its id. Buffered calls from its
    numbers move into its Activity History in the same transaction."""
    with ctx.write() as s:
        return create_in(s, data)


def create_in(s: Session, data: ContactInput) -> int:
    """``create`` inside an open transaction (call routing makes Leads this way)."""
    from app.services.activities import core as activities

    numbers = _validate(data, office_settings.home_region(s))
    # before the contact joins the session: the number's query would flush it first,
    # and its history would show the number as a later change
    number = (next_customer_number(s) if data.contact_type == ContactType.CUSTOMER
              and data.kind == ContactKind.COMPANY else None)
    company_id = _company_to_link(s, None, data)
    contact = Contact(customer_number=number)
    s.add(contact)
    _apply(s, contact, data, numbers)
    s.flush()
    if company_id is not None:
        s.add(CompanyLink(person_id=contact.id, company_id=company_id))
        s.flush()
    activities.claim_buffered(s, contact.id)
    return contact.id


class StaleRecord(ServiceError):
    """Someone else saved the contact after this edit began."""


def update_contact(ctx: AppContext, contact_id: int, data: ContactInput,
                   expected_version: int | None = None) -> None:
    """Save an edit. ``expected_version`` is the version the edit started from
    (ContactDetail.version); if someone saved in between, StaleRecord says who,
    and nothing is overwritten."""
    with ctx.write() as s:
        contact = _get(s, contact_id)
        if expected_version is not None and contact.version != expected_version:
            last = s.scalars(select(AuditEntry).where(AuditEntry.contact_id == contact_id)
                             .order_by(AuditEntry.id.desc()).limit(1)).first()
            who = translate("Contacts", " by {user}").format(user=last.user) if last and last.user else ""
            raise StaleRecord(translate(
                "Contacts", "{name} was changed{who} after you opened it. "
                "Close the form and open it again to see the new values; "
                "your changes were not saved.").format(name=contact.display_name, who=who))
        update_in(s, contact, data)


def update_in(s: Session, contact: Contact, data: ContactInput) -> None:
    """Apply an edit inside an open transaction (the importer's "update")."""
    from app.services.activities import core as activities

    if data.kind != contact.kind:
        raise ValidationError({"kind": translate("Contacts", "A person cannot become a company (or back)")})
    numbers = _validate(data, office_settings.home_region(s))
    company_id = _company_to_link(s, contact.id, data)
    _apply(s, contact, data, numbers)
    if company_id is not None:
        s.add(CompanyLink(person_id=contact.id, company_id=company_id))
    lists_only = s.is_modified(contact) and not s.is_modified(contact,
                                                              include_collections=False)
    if lists_only or any(s.is_modified(o) for o in s.dirty if o is not contact):
        # a change to the lists alone (phones, bank accounts ...) must move the
        # version too, or a concurrent edit of them would be silently overwritten
        contact.updated_at = utcnow()
    s.flush()
    activities.claim_buffered(s, contact.id)


def validate(data: ContactInput, region: str) -> list[phones.NormalizedPhone]:
    """Check a contact as the services would save it (ValidationError naming fields);
    its phone numbers through the one normaliser."""
    return _validate(data, region)


def input_of(contact: Contact) -> ContactInput:
    """A stored contact as an editable ContactInput, inside an open transaction."""
    return _to_input(contact)


def delete(ctx: AppContext, contact_id: int) -> None:
    with ctx.write() as s:
        contact = _get(s, contact_id)
        if contact.is_company:
            people = s.scalars(
                select(Contact).join(CompanyLink, CompanyLink.person_id == Contact.id)
                .where(CompanyLink.company_id == contact_id).limit(4)
            ).all()
            if people:
                names = ", ".join(p.display_name for p in people[:3])
                if len(people) > 3:
                    message = translate("Contacts", "{company} still has linked people ({names} and "
                                        "others). Unlink them first.")
                else:
                    message = translate("Contacts", "{company} still has linked people ({names}). "
                                        "Unlink them first.")
                raise ServiceError(message.format(company=contact.company_name, names=names))
        for link in s.scalars(select(CompanyLink).where(CompanyLink.person_id == contact_id)):
            s.delete(link)
        s.delete(contact)


def convert(ctx: AppContext, contact_id: int, to_type: str,
            conversion_stage_id: int | None = None) -> None:
    """Lead -> Potential -> Customer. The record (and so its history) stays."""
    with ctx.write() as s:
        contact = _get(s, contact_id)
        allowed = CONVERSIONS.get(ContactType(contact.contact_type), ())
        if to_type not in allowed:
            message = translate("Contacts", "{a_type} cannot be converted to {a_target}").format(
                a_type=_a(contact.contact_type, start=True), a_target=_a(to_type))
            if allowed:
                message += translate("Contacts", " (possible: {types})").format(
                    types=", ".join(type_label(t) for t in allowed))
            raise ServiceError(message)
        contact.converted_from = contact.contact_type
        contact.contact_type = to_type
        if to_type == ContactType.POTENTIAL:
            contact.conversion_stage_id = conversion_stage_id
        else:  # a Customer has left the pipeline: no stage (its history keeps the last)
            contact.conversion_stage_id = None
        if to_type == ContactType.CUSTOMER and contact.is_company and not contact.customer_number:
            contact.customer_number = next_customer_number(s)


# a type with its article, as "{a_type} cannot be converted to {a_target}" says it
# (German declines the target: "in einen Kunden")
_WITH_ARTICLE = {
    ContactType.LEAD: (QT_TRANSLATE_NOOP("Contacts", "A Lead"), QT_TRANSLATE_NOOP("Contacts", "a Lead")),
    ContactType.POTENTIAL: (QT_TRANSLATE_NOOP("Contacts", "A Potential"),
                            QT_TRANSLATE_NOOP("Contacts", "a Potential")),
    ContactType.CUSTOMER: (QT_TRANSLATE_NOOP("Contacts", "A Customer"),
                           QT_TRANSLATE_NOOP("Contacts", "a Customer")),
    ContactType.ACCOUNT: (QT_TRANSLATE_NOOP("Contacts", "An Account"),
                          QT_TRANSLATE_NOOP("Contacts", "an Account")),
}


def _a(contact_type: str, *, start: bool = False) -> str:
    """"an Account", "a Lead": the type with its article, as a sentence says it."""
    if contact_type in _WITH_ARTICLE:
        return translate("Contacts", _WITH_ARTICLE[ContactType(contact_type)][0 if start else 1])
    name = str(contact_type).title()
    article = "an" if name[:1] in "AEIOU" else "a"
    return f"{article.title() if start else article} {name}"


TYPE_LABELS = {
    ContactType.LEAD: QT_TRANSLATE_NOOP("ContactType", "Lead"),
    ContactType.POTENTIAL: QT_TRANSLATE_NOOP("ContactType", "Potential"),
    ContactType.CUSTOMER: QT_TRANSLATE_NOOP("ContactType", "Customer"),
    ContactType.ACCOUNT: QT_TRANSLATE_NOOP("ContactType", "Account"),
}


def type_label(contact_type: str) -> str:
    """"Lead", "Customer" ...: a contact type as a screen names it."""
    if contact_type in TYPE_LABELS:
        return translate("ContactType", TYPE_LABELS[ContactType(contact_type)])
    return str(contact_type).title()


def set_conversion_stage(ctx: AppContext, contact_id: int, stage_id: int | None) -> None:
    with ctx.write() as s:
        contact = _get(s, contact_id)
        if contact.contact_type != ContactType.POTENTIAL:
            raise ServiceError(translate("Contacts", "Only Potentials have a conversion stage"))
        contact.conversion_stage_id = stage_id


def copy_account_to_customer(ctx: AppContext, account_id: int) -> int:
    """Reference 002: an Account's data can be copied to a new Customer."""
    with ctx.write() as s:
        source = _get(s, account_id)
        if source.contact_type != ContactType.ACCOUNT:
            raise ServiceError(translate("Contacts", "Only an Account's data can be copied to a Customer"))
        data = _to_input(source)
        data.contact_type = ContactType.CUSTOMER
        data.account_kind = None
    return create(ctx, data)


def make_consumer(ctx: AppContext, person_id: int) -> str:
    """The "+" beside the customer number (reference 004): the person gets a
    unique customer number and can be invoiced. Returns the number."""
    with ctx.write() as s:
        contact = _get(s, person_id)
        if contact.is_company:
            raise ServiceError(translate("Contacts", "Only a person can be made a consumer"))
        if not contact.customer_number:
            contact.customer_number = next_customer_number(s)
        contact.is_consumer = True
        return contact.customer_number


def next_customer_number(s: Session) -> str:
    """Allocate the next customer number. The counter row is locked by the
    UPDATE until the transaction ends, so concurrent desks never share one."""
    prefix = office_settings.get(s, "customer_number_prefix")
    width = office_settings.get(s, "customer_number_width")
    while True:
        value = s.connection().execute(
            update(Counter).where(Counter.name == "customer_number")
            .values(value=Counter.value + 1).returning(Counter.value)
        ).scalar()
        if value is None:
            s.add(Counter(name="customer_number", value=0))
            s.flush()
            continue
        number = f"{prefix}{value:0{width}d}"
        taken = s.scalar(select(exists().where(Contact.customer_number == number)))
        if not taken:
            return number


# --- reads ---------------------------------------------------------------

def _get(s: Session, contact_id: int) -> Contact:
    contact = s.get(Contact, contact_id)
    if contact is None:
        message = translate("Contacts", "Contact {id} does not exist (deleted by someone else?)")
        raise NotFound(message.format(id=contact_id))
    return contact


def _to_input(c: Contact) -> ContactInput:
    return ContactInput(
        kind=c.kind, contact_type=c.contact_type, account_kind=c.account_kind,
        first_name=c.first_name, last_name=c.last_name, company_name=c.company_name,
        title=c.title, status_id=c.status_id, rating_id=c.rating_id,
        conversion_stage_id=c.conversion_stage_id, assigned_rep_id=c.assigned_rep_id,
        active=c.active, call_contact=c.call_contact, subscription_end=c.subscription_end,
        follow_up_date=c.follow_up_date,
        phones=[PhoneInput(p.raw, p.kind) for p in c.phones],
        emails=[EmailInput(e.address, e.kind) for e in c.emails],
        websites=[w.url for w in c.websites],
        addresses=[_addr(a) for a in c.addresses],
        bank_accounts=[BankInput(b.iban, b.bic, b.bank_name, b.account_holder)
                       for b in c.bank_accounts],
        extra_info=[(i.key, i.value) for i in c.extra_info],
        category_ids=[cat.id for cat in c.categories],
    )


def get(ctx: AppContext, contact_id: int) -> ContactDetail:
    with ctx.read() as s:
        c = _get(s, contact_id)
        region = office_settings.home_region(s)
        links = s.scalars(
            select(CompanyLink).where(
                (CompanyLink.person_id == contact_id) | (CompanyLink.company_id == contact_id)
            )
        ).all()
        return ContactDetail(
            id=c.id, kind=c.kind, contact_type=c.contact_type, account_kind=c.account_kind,
            display_name=c.display_name, first_name=c.first_name, last_name=c.last_name,
            company_name=c.company_name, title=c.title, customer_number=c.customer_number,
            is_consumer=c.is_consumer,
            status=c.status.name if c.status else None,
            rating=c.rating.name if c.rating else None,
            conversion_stage=c.conversion_stage.name if c.conversion_stage else None,
            assigned_rep=c.assigned_rep.label if c.assigned_rep else None,
            status_id=c.status_id, rating_id=c.rating_id,
            conversion_stage_id=c.conversion_stage_id, assigned_rep_id=c.assigned_rep_id,
            active=c.active, call_contact=c.call_contact, subscription_end=c.subscription_end,
            follow_up_date=c.follow_up_date, completeness=c.completeness,
            converted_from=c.converted_from, version=c.version, picture=c.picture,
            phones=tuple(PhoneView(p.kind, p.raw, p.e164, p.extension,
                                   phones.format_display(p.e164, p.raw, region))
                         for p in c.phones),
            emails=tuple(EmailInput(e.address, e.kind) for e in c.emails),
            websites=tuple(w.url for w in c.websites),
            addresses=tuple(_addr(a) for a in c.addresses),
            bank_accounts=tuple(BankInput(b.iban, b.bic, b.bank_name, b.account_holder)
                                for b in c.bank_accounts),
            extra_info=tuple((i.key, i.value) for i in c.extra_info),
            categories=tuple(cat.name for cat in c.categories),
            category_ids=tuple(cat.id for cat in c.categories),
            links=tuple(LinkView(lk.id, lk.person_id, lk.person.display_name, lk.company_id,
                                 lk.company.company_name, lk.role) for lk in links),
        )


def as_input(ctx: AppContext, contact_id: int) -> ContactInput:
    """The stored contact as an editable ContactInput (for edit dialogs)."""
    with ctx.read() as s:
        return _to_input(_get(s, contact_id))
