"""Contacts as vCard (RFC 2426 version 3.0, RFC 6350 version 4.0) with vobject.

``to_vcard`` writes one ``Card`` and ``parse`` reads a file's text (2.1, 3.0 or
4.0; several cards, folded lines, QUOTED-PRINTABLE, any language) back into
``Card`` values: plain data the importer maps to contacts, with phone kinds
reduced to Ringcard's (work, mobile, home, fax). ``export_contacts`` writes a
list with its filters, a page of contacts at a time.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import vobject
from sqlalchemy import select

from app.i18n import translate
from app.models import Contact
from app.services.contacts import list_rows as contact_list
from app.services.context import AppContext
from app.services.dto import AddressInput, EmailInput, PhoneInput

VERSIONS = ("3.0", "4.0")
PAGE = 500


class VCardError(ValueError):
    """The text is not a vCard file; the message says why."""


@dataclass(frozen=True)
class Card:
    first_name: str = ""
    last_name: str = ""
    full_name: str = ""
    company: str = ""
    title: str = ""
    phones: tuple[PhoneInput, ...] = ()  # the contact service's input types
    emails: tuple[EmailInput, ...] = ()
    addresses: tuple[AddressInput, ...] = ()  # kind: work or home
    urls: tuple[str, ...] = ()
    note: str = ""


# ---------------------------------------------------------------- writing

_PHONE_TYPES = {"work": ["WORK", "VOICE"], "mobile": ["CELL", "VOICE"], "home": ["HOME", "VOICE"],
                "fax": ["WORK", "FAX"]}


def to_vcard(card: Card, version: str = "3.0") -> str:
    """One vCard as text (CRLF line ends, long lines folded by vobject)."""
    if version not in VERSIONS:
        message = translate("Import", "vCard version {version} is not supported; use 3.0 or 4.0")
        raise ValueError(message.format(
            version=repr(version)))
    v = vobject.vCard()
    v.add("version").value = version
    v.add("n").value = vobject.vcard.Name(family=card.last_name, given=card.first_name)
    v.add("fn").value = card.full_name or " ".join(
        p for p in (card.first_name, card.last_name) if p) or card.company
    if card.company:
        v.add("org").value = [card.company]
    if card.title:
        v.add("title").value = card.title
    for p in card.phones:
        tel = v.add("tel")
        tel.value = p.number
        types = _PHONE_TYPES.get(p.kind, ["VOICE"])
        tel.params["TYPE"] = [",".join(t.lower() for t in types)] if version == "4.0" else types
    for e in card.emails:
        mail = v.add("email")
        mail.value = e.address
        mail.params["TYPE"] = [e.kind if version == "4.0" else e.kind.upper()]
        if version == "3.0":
            mail.params["TYPE"].insert(0, "INTERNET")
    for a in card.addresses:
        adr = v.add("adr")
        adr.value = vobject.vcard.Address(street=a.street, city=a.city, region=a.region,
                                          code=a.postcode, country=a.country)
        adr.params["TYPE"] = [a.kind if version == "4.0" else a.kind.upper()]
    for url in card.urls:
        v.add("url").value = url
    if card.note:
        v.add("note").value = card.note
    return v.serialize()


def card_of(contact: Contact) -> Card:
    """The vCard data of a stored contact (its additional information becomes NOTE)."""
    company = contact.company_name
    return Card(
        first_name=contact.first_name, last_name=contact.last_name,
        full_name=contact.display_name, company=company, title=contact.title,
        phones=tuple(PhoneInput(p.e164 or p.raw, p.kind) for p in contact.phones),
        emails=tuple(EmailInput(e.address, e.kind) for e in contact.emails),
        addresses=tuple(AddressInput(a.street, a.postcode, a.city, a.region, a.country,
                                     "work" if a.kind == "postal" else a.kind)
                        for a in contact.addresses),
        urls=tuple(w.url for w in contact.websites),
        note="\n".join(f"{i.key}: {i.value}" for i in contact.extra_info),
    )


def cards(ctx: AppContext, filters: contact_list.Filters, sort: str = "name",
          version: str = "3.0", *, descending: bool = False,
          ids: Sequence[int] | None = None) -> Iterator[str]:
    """The vCards of a list in its order, read ``PAGE`` contacts at a time;
    ``ids``: exactly these contacts in this order (a search's hits)."""
    ids = (array("q", ids) if ids is not None
           else contact_list.ordered_ids(ctx, filters, sort, descending))
    for start in range(0, len(ids), PAGE):
        page = ids[start:start + PAGE].tolist()
        with ctx.read() as s:
            by_id = {c.id: c for c in s.scalars(select(Contact).where(Contact.id.in_(page)))}
            texts = [to_vcard(card_of(by_id[i]), version) for i in page if i in by_id]
        yield from texts


def export_contacts(ctx: AppContext, path: Path, filters: contact_list.Filters,
                    version: str = "3.0", sort: str = "name") -> int:
    """Writes a .vcf file (UTF-8); returns the number of cards."""
    if version not in VERSIONS:
        message = translate("Import", "vCard version {version} is not supported; use 3.0 or 4.0")
        raise ValueError(message.format(
            version=repr(version)))
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        for text in cards(ctx, filters, sort, version):
            f.write(text)
            count += 1
    return count


# ---------------------------------------------------------------- reading

def _types(prop) -> set[str]:  # type: ignore[no-untyped-def]
    """TYPE values however written: TYPE=a,b / TYPE=a;TYPE=b / "a,b" / 2.1's bare ;CELL."""
    out: set[str] = set()
    for raw in [*prop.params.get("TYPE", []), *getattr(prop, "singletonparams", [])]:
        out.update(t.strip().strip('"').lower() for t in raw.split(","))
    return out


def _phone_kind(types: set[str]) -> str:
    if "fax" in types:
        return "fax"
    if "cell" in types or "mobile" in types or "iphone" in types:
        return "mobile"
    if "home" in types:
        return "home"
    return "work"


def _tel_number(value: str) -> str:
    """4.0 may give ``tel:+1-555-555-5555;ext=5555``: the number, with its extension."""
    v = value.strip()
    if v.lower().startswith("tel:"):
        v = v[4:]
        number, _, params = v.partition(";")
        ext = next((p[4:] for p in params.split(";") if p.lower().startswith("ext=")), "")
        return f"{number} ext. {ext}" if ext else number
    return v


def _text(value) -> str:  # type: ignore[no-untyped-def]
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v).strip()
    return str(value or "").strip()


def _one(card, name: str):  # type: ignore[no-untyped-def]
    items = card.contents.get(name, [])
    return items[0].value if items else None


def _card(v) -> Card:  # type: ignore[no-untyped-def]
    first = last = ""
    n = _one(v, "n")
    if n is not None:
        first = _text(n.given) if not isinstance(n, str) else ""
        last = _text(n.family) if not isinstance(n, str) else n
    org = _one(v, "org")
    company = _text(org[0] if isinstance(org, list) and org else org)
    full = _text(_one(v, "fn"))
    # 3.0 requires N, but RFC 2426's own examples omit it: a person's FN is then split;
    # a company's card (FN = ORG, as written here and by Apple) has no person name
    if n is None and " " in full and full != company:
        first, last = full.rsplit(" ", 1)
    phones = tuple(PhoneInput(_tel_number(t.value), _phone_kind(_types(t)))
                   for t in v.contents.get("tel", []) if _tel_number(t.value))
    emails = tuple(EmailInput(e.value.strip(), "home" if "home" in _types(e) else "work")
                   for e in v.contents.get("email", []) if e.value.strip())
    addresses = []
    for a in v.contents.get("adr", []):
        val = a.value
        if isinstance(val, str):  # a malformed ADR: keep the text as the street
            addresses.append(AddressInput(street=val.strip(), kind="work"))
            continue
        street = ", ".join(p for p in (_text(val.extended), _text(val.street)) if p)
        addresses.append(AddressInput(street, _text(val.code), _text(val.city),
                                     _text(val.region), _text(val.country),
                                     "home" if "home" in _types(a) else "work"))
    return Card(first_name=first, last_name=last, full_name=full,
                company=company, title=_text(_one(v, "title")), phones=phones, emails=emails,
                addresses=tuple(addresses),
                urls=tuple(u.value.strip().replace("\\:", ":") for u in v.contents.get("url", [])),
                note=_text(_one(v, "note")))


def _join_soft_breaks(text: str) -> str:
    """vCard 2.1 QUOTED-PRINTABLE values (Outlook, old phones) continue a line that ends
    in "=" on the next one; vobject does not, so join them first."""
    out: list[str] = []
    joining = False
    for line in text.splitlines():
        if joining:
            out[-1] = out[-1][:-1] + line
        else:
            out.append(line)
        head = out[-1].split(":", 1)[0].upper()
        joining = "QUOTED-PRINTABLE" in head and out[-1].endswith("=")
    return "\r\n".join(out) + "\r\n"


def parse(text: str) -> list[Card]:
    """Every card in ``text``; raises ``VCardError`` with a clear reason when it is not vCard."""
    return list(iter_parse(text))


def iter_parse(text: str) -> Iterator[Card]:
    """The cards of ``text`` one by one (``parse``, without holding them all)."""
    if "BEGIN:VCARD" not in text.upper():
        raise VCardError(translate("Import", "This file contains no vCard (no BEGIN:VCARD line)"))
    try:
        cards_in = vobject.readComponents(_join_soft_breaks(text), ignoreUnreadable=True)
        for number, v in enumerate(cards_in, 1):
            if v.name.upper() != "VCARD":
                continue
            try:
                card = _card(v)
            except (AttributeError, TypeError, ValueError) as exc:
                message = translate("Import", "Card {number} cannot be read: {reason}")
                raise VCardError(message.format(number=number, reason=exc)) from exc
            yield card
    except vobject.base.ParseError as exc:
        raise VCardError(translate("Import", "Not a valid vCard file: {reason}").format(reason=exc)) from exc


def read_file(path: Path) -> list[Card]:
    """A .vcf file: UTF-8 (with or without BOM), else Windows-1252 (older Outlook)."""
    return parse(read_text(path))


def read_text(path: Path) -> str:
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
