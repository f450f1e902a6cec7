"""One file row as a contact: the importer's parsing and checking of a row.

``parse`` maps a row's cells onto a ContactInput by the column mapping (several
values in one cell split at ":::", as Google Contacts writes them; the export's
formula escaping undone), checks lengths and the country, and validates it by
the contact service's own rules, phones through the one normaliser. The
problems carry the row number and the file's column name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactKind,
    ContactPhone,
    ContactType,
    ContactWebsite,
)
from app.models.naming import sort_name
from app.services import contacts, phones
from app.services.dto import AddressInput, ContactInput, EmailInput, PhoneInput
from app.services.import_read import FIELDS, SourceInfo
from app.services.validation import ValidationError

MULTI_VALUE = ":::"  # Google Contacts puts several values in one cell this way

_PHONE_KINDS = {"phone_work": "work", "phone_mobile": "mobile", "phone_home": "home",
                "phone_fax": "fax"}
NAME_FIELDS = ("first_name", "last_name", "company_name", "title")
_ADDRESS_FIELDS = ("street", "postcode", "city", "region", "country")
_COUNTRIES = {
    "united kingdom": "GB", "uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "ireland": "IE", "united states": "US",
    "united states of america": "US", "usa": "US", "germany": "DE", "deutschland": "DE",
    "france": "FR", "spain": "ES", "italy": "IT", "netherlands": "NL", "belgium": "BE",
    "austria": "AT", "österreich": "AT", "switzerland": "CH", "schweiz": "CH", "canada": "CA",
    "australia": "AU", "new zealand": "NZ", "poland": "PL", "sweden": "SE", "denmark": "DK",
    "norway": "NO", "finland": "FI", "portugal": "PT",
}


def _length(column: Any) -> int:
    return int(getattr(column.type, "length", 0) or 0)


_MAX_LEN = {
    "first_name": _length(Contact.__table__.c.first_name),
    "last_name": _length(Contact.__table__.c.last_name),
    "company_name": _length(Contact.__table__.c.company_name),
    "title": _length(Contact.__table__.c.title),
    "email": _length(ContactEmail.__table__.c.address),
    "phone": _length(ContactPhone.__table__.c.raw),
    "website": _length(ContactWebsite.__table__.c.url),
    "street": _length(ContactAddress.__table__.c.street),
    "postcode": _length(ContactAddress.__table__.c.postcode),
    "city": _length(ContactAddress.__table__.c.city),
    "region": _length(ContactAddress.__table__.c.region),
}


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # as a spreadsheet numbers it: the header is row 1
    column: str  # the file's column name ("" when the row as a whole is wrong)
    reason: str


@dataclass
class Row:
    number: int
    data: ContactInput
    phone_columns: list[str] = field(default_factory=list)
    email_columns: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # field -> column name
    problems: list[RowProblem] = field(default_factory=list)
    numbers: list[phones.NormalizedPhone] = field(default_factory=list)
    sort_key: str = ""  # the name-and-company key (the contact's sort name)


def parse(number: int, cells: list[str], source: SourceInfo, mapping: dict[int, str],
           as_type: str, region: str) -> Row:
    row = Row(number, ContactInput(contact_type="lead" if as_type == "company" else as_type))
    data = row.data
    if as_type == ContactType.ACCOUNT:
        data.account_kind = "other"
    address: dict[str, str] = {}
    phone_kind = "work"
    for index in sorted(mapping):
        target, column = mapping[index], source.headers[index]
        value = _unescape(cells[index].strip())
        if target == "phone_type":
            phone_kind = _phone_kind(value)
            continue
        if not value:
            continue
        row.columns.setdefault(target, column)
        values = [v.strip() for v in value.split(MULTI_VALUE) if v.strip()]
        if target in NAME_FIELDS:
            if not getattr(data, target):
                setattr(data, target, value)
        elif target == "email":
            data.emails += [EmailInput(v) for v in values]
            row.email_columns += [column] * len(values)
        elif target == "phone" or target in _PHONE_KINDS:
            kind = _PHONE_KINDS.get(target, phone_kind)
            data.phones += [PhoneInput(v, kind) for v in values]
            row.phone_columns += [column] * len(values)
            phone_kind = "work"
        elif target == "website":
            data.websites += values
        elif target in _ADDRESS_FIELDS:
            address.setdefault(target, value)
    if as_type == "company" or (not (data.first_name or data.last_name) and data.company_name):
        data.kind = ContactKind.COMPANY
    _check_lengths(row, address)
    if address:
        country = _country_code(address.get("country", ""))
        if country is None:
            row.problems.append(RowProblem(number, row.columns["country"],
                                           f"Unknown country “{address['country']}”: "
                                           "use a two-letter code such as GB"))
        else:
            address["country"] = country
        data.addresses = [AddressInput(**address, kind="business")]
    try:  # the contact service's own rules, phones through the one normaliser
        row.numbers = contacts.validate(data, region)
    except ValidationError as exc:
        row.problems += _problems_of(row, exc)
    row.sort_key = name_key(data)
    return row


def _check_lengths(row: Row, address: dict[str, str]) -> None:
    data = row.data
    values = [(f, getattr(data, f)) for f in NAME_FIELDS]
    values += [("email", e.address) for e in data.emails] + [("phone", p.number) for p in data.phones]
    values += [("website", w) for w in data.websites] + list(address.items())
    for name, value in values:
        limit = _MAX_LEN.get(name)
        if limit and len(value) > limit:
            column = row.columns.get(name) or next(
                (c for f, c in row.columns.items() if f.startswith(name)), name)
            row.problems.append(RowProblem(row.number, column,
                                           f"Longer than {limit} characters"))


def _problems_of(row: Row, exc: ValidationError) -> list[RowProblem]:
    out = []
    for key, reason in exc.errors.items():
        base, _, rest = key.partition("[")
        if base == "phones" and rest:
            column = row.phone_columns[int(rest.split("]")[0])]
        elif base == "emails" and rest:
            column = row.email_columns[int(rest.split("]")[0])]
        elif key == "last_name":
            column = " / ".join(row.columns.get(f, FIELDS[f]) for f in ("first_name", "last_name"))
        else:
            column = row.columns.get(base, FIELDS.get(base, base))
        out.append(RowProblem(row.number, column, reason))
    return out


def _unescape(value: str) -> str:
    """Undo the export's formula escaping: "'=..." (also + - @) back to "=..."."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


def _phone_kind(label: str) -> str:
    text = label.casefold()
    for word, kind in (("fax", "fax"), ("mobile", "mobile"), ("cell", "mobile"), ("home", "home")):
        if word in text:
            return kind
    return "work"


def _country_code(text: str) -> str | None:
    text = text.strip()
    if not text:
        return ""
    known = _COUNTRIES.get(" ".join(text.casefold().split()))  # first: "UK" is no ISO code
    if known is None and len(text) == 2 and text.isalpha():
        return text.upper()
    return known


def name_key(data: ContactInput) -> str:
    if data.kind == ContactKind.COMPANY:
        return sort_name(data.company_name)
    return sort_name(data.last_name, data.first_name, data.company_name)
