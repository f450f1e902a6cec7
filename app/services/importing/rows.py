"""One file row as a contact: the importer's parsing and checking of a row.

``parse`` maps a row's cells onto a ContactInput by the column mapping (several
values in one cell split at ":::", as Google Contacts writes them; the export's
formula escaping undone), checks lengths and the country, and validates it by
the contact service's own rules, phones through the one normaliser. The
problems carry the row number and the file's column name.

A row's phone numbers are read in the row's own country (its address's, else
its home address's; a name in most languages or an ISO code), the office's
home region only when the row has none. A number read in another country than
the office's is stored written internationally ("+49 30 123456"), so it stays
the same number whoever edits the contact later. Fax numbers come after the
others: a contact's first number is the one the card and the list show and dial.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from app.i18n import translate
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
from app.services.contacts import core as contacts
from app.services.contacts import phones
from app.services.dto import AddressInput, ContactInput, EmailInput, PhoneInput
from app.services.importing.export import needs_escape
from app.services.importing.read import FIELDS, SourceInfo
from app.services.validation import ValidationError, is_length_error

MULTI_VALUE = ":::"  # Google Contacts puts several values in one cell this way

_PHONE_KINDS = {"phone_work": "work", "phone_mobile": "mobile", "phone_home": "home",
                "phone_fax": "fax"}
NAME_FIELDS = ("first_name", "last_name", "company_name", "title")
_ADDRESS_FIELDS = ("street", "postcode", "city", "region", "country")
_HOME_FIELDS = {f"home_{f}": f for f in _ADDRESS_FIELDS}  # Outlook's home address
_COUNTRIES = {
    "united kingdom": "GB", "uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "ireland": "IE", "united states": "US",
    "united states of america": "US", "usa": "US", "germany": "DE", "deutschland": "DE",
    "france": "FR", "spain": "ES", "italy": "IT", "netherlands": "NL", "belgium": "BE",
    "austria": "AT", "österreich": "AT", "switzerland": "CH", "schweiz": "CH", "canada": "CA",
    "australia": "AU", "new zealand": "NZ", "poland": "PL", "sweden": "SE", "denmark": "DK",
    "norway": "NO", "finland": "FI", "portugal": "PT", "czechia": "CZ", "the netherlands": "NL",
    "holland": "NL", "us": "US",
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
_MAX_LEN.update({home: _MAX_LEN[f] for home, f in _HOME_FIELDS.items() if f in _MAX_LEN})


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
    home: dict[str, str] = {}
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
        elif target in _HOME_FIELDS:
            home.setdefault(_HOME_FIELDS[target], value)
    if as_type == "company" or (not (data.first_name or data.last_name) and data.company_name):
        data.kind = ContactKind.COMPANY
    _check_lengths(row, address, home)
    countries = []
    for fields, kind, column in ((address, "business", "country"), (home, "home", "home_country")):
        if not fields:
            continue
        country = _country_code(fields.get("country", ""))
        if country is None:
            row.problems.append(RowProblem(number, row.columns[column],
                                           translate("Import", "Unknown country “{country}”: use its "
                                                     "name or a two-letter code such as GB").format(
                                               country=fields["country"])))
        else:
            fields["country"] = country
            countries.append(country)
        data.addresses.append(AddressInput(**fields, kind=kind))
    _faxes_last(row)
    own = next((c for c in countries if c in phonenumbers.SUPPORTED_REGIONS), region)
    try:  # the contact service's own rules, phones through the one normaliser
        row.numbers = contacts.validate(data, own)
    except ValidationError as exc:
        row.problems += _problems_of(row, exc)
    else:
        if own.upper() != region.upper():
            _write_internationally(row, region)
    row.sort_key = name_key(data)
    return row


def _faxes_last(row: Row) -> None:
    """Fax numbers after the others (Outlook's "Business Fax" comes before its
    "Business Phone"): a contact's first number is its main one."""
    pairs = sorted(zip(row.data.phones, row.phone_columns, strict=True),
                   key=lambda pair: pair[0].kind == "fax")
    row.data.phones = [p for p, _ in pairs]
    row.phone_columns = [c for _, c in pairs]


def _write_internationally(row: Row, region: str) -> None:
    """Numbers read in the row's own country, written so that they need no region:
    a contact's numbers are read in the office's home region when it is edited."""
    for i, (p, n) in enumerate(zip(row.data.phones, row.numbers, strict=True)):
        if n.e164 and not p.number.lstrip().startswith("+"):
            text = phones.international(n)
            row.data.phones[i] = PhoneInput(text, p.kind)
            row.numbers[i] = phones.normalize(text, region)


def _check_lengths(row: Row, address: dict[str, str], home: dict[str, str]) -> None:
    data = row.data
    values = [(f, getattr(data, f)) for f in NAME_FIELDS]
    values += [("email", e.address) for e in data.emails] + [("phone", p.number) for p in data.phones]
    values += [("website", w) for w in data.websites] + list(address.items())
    values += [(f"home_{f}", v) for f, v in home.items()]
    for name, value in values:
        limit = _MAX_LEN.get(name)
        if limit and len(value) > limit:
            column = row.columns.get(name) or next(
                (c for f, c in row.columns.items() if f.startswith(name)), name)
            row.problems.append(RowProblem(row.number, column,
                                           translate("Import", "Longer than {limit} characters").format(
                                               limit=limit)))


def _problems_of(row: Row, exc: ValidationError) -> list[RowProblem]:
    out = []
    for key, reason in exc.errors.items():
        if is_length_error(reason):
            continue  # a length: said already by _check_lengths, or the country check
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
    """Undo the export's formula escaping (``export.escape_cell``): "'=..." back to "=..."."""
    if len(value) > 1 and value[0] == "'" and needs_escape(value[1:]):
        return value[1:]
    return value


def _phone_kind(label: str) -> str:
    text = label.casefold()
    for word, kind in (("fax", "fax"), ("mobile", "mobile"), ("cell", "mobile"), ("home", "home")):
        if word in text:
            return kind
    return "work"


def _country_code(text: str) -> str | None:
    """The ISO code of a country given by its code or its name ("" for none, None
    when unknown)."""
    text = text.strip()
    if not text:
        return ""
    folded = _fold(text)
    known = _common_countries().get(folded)  # first: "UK" is no ISO code
    if known is not None:
        return known
    if len(text) == 2 and text.isalpha():
        return text.upper()
    # every language's names only when needed: loading them costs ~0.4 s and ~90 MB
    return _country_names().get(folded)


@functools.cache
def _common_countries() -> dict[str, str]:
    return {_fold(name): code for name, code in _COUNTRIES.items()}


def _fold(name: str) -> str:
    """A country name as compared: any case, accents and spacing ("Österreich" = "osterreich")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                    if not unicodedata.combining(c))
    return " ".join(plain.replace(".", "").split())


@functools.cache
def _country_names() -> dict[str, str]:
    """Country names -> ISO code: the usual English short names, then the names in
    the languages libphonenumber's geocoder knows (English first: a name meaning two
    countries in two languages is the English one)."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    out = {_fold(name): code for name, code in _COUNTRIES.items()}
    for english_only in (True, False):
        for code, names in LOCALE_DATA.items():
            if len(code) != 2 or not code.isalpha():
                continue
            seen = set()
            for lang, name in names.items():
                if english_only and lang not in ("aa", "en"):
                    continue
                for _ in range(3):  # "*aa": the same as that language's (one refers to itself)
                    if name.startswith("*"):
                        name = names.get(name[1:], "")
                if name and not name.startswith("*") and name not in seen:
                    seen.add(name)
                    out.setdefault(_fold(name), code.upper())
    return out


def name_key(data: ContactInput) -> str:
    if data.kind == ContactKind.COMPANY:
        return sort_name(data.company_name)
    return sort_name(data.last_name, data.first_name, data.company_name)
