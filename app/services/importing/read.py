"""Read a CSV or Excel (.xlsx) file for import, streamed, never loaded whole.

``open_source`` sniffs the file once (kind, encoding, delimiter, header row);
``iter_rows`` then yields the data rows one by one with their row numbers as a
spreadsheet shows them (the header is row 1). ``guess_mapping`` proposes which
column feeds which contact field from the header names, covering Ringcard's own
export names and the Outlook and Google Contacts CSV exports.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Generator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.validation import grouped

SNIFF_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t")
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
VCARD_SUFFIXES = (".vcf", ".vcard")
# one import is one transaction: past this, split the file (some 2M rows of CSV)
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_VCARD_BYTES = 64 * 1024 * 1024  # vCards are parsed from the whole text
# a workbook is read streamed, but its shared strings (and styles) are loaded whole by
# openpyxl: a hostile one of a few MB unpacks to gigabytes. Real files stay far below.
MAX_COLUMNS = 500  # a contact list has a few dozen
MAX_ROWS = 1_048_576  # Excel's own
MAX_XLSX_PART_BYTES = 64 * 1024 * 1024  # unpacked, any part loaded whole (shared strings, styles)
MAX_XLSX_SHEET_BYTES = 2 * 1024 * 1024 * 1024  # unpacked, the first sheet (read streamed)
MAX_SHARED_STRINGS = 1_000_000
_SHARED_STRING = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")

# field -> label (the label is also the column name Ringcard's own export uses)
FIELDS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "company_name": QT_TRANSLATE_NOOP("ImportFields", "Company"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "Job title"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "phone_type": QT_TRANSLATE_NOOP("ImportFields", "Phone type"),
    "phone_work": QT_TRANSLATE_NOOP("ImportFields", "Work phone"),
    "phone_mobile": QT_TRANSLATE_NOOP("ImportFields", "Mobile phone"),
    "phone_home": QT_TRANSLATE_NOOP("ImportFields", "Home phone"),
    "phone_fax": QT_TRANSLATE_NOOP("ImportFields", "Fax"),
    "website": QT_TRANSLATE_NOOP("ImportFields", "Website"),
    "street": QT_TRANSLATE_NOOP("ImportFields", "Street"),
    "postcode": QT_TRANSLATE_NOOP("ImportFields", "Postcode"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "City"),
    "region": QT_TRANSLATE_NOOP("ImportFields", "Region"),
    "country": QT_TRANSLATE_NOOP("ImportFields", "Country"),
    "home_street": QT_TRANSLATE_NOOP("ImportFields", "Home street"),
    "home_postcode": QT_TRANSLATE_NOOP("ImportFields", "Home postcode"),
    "home_city": QT_TRANSLATE_NOOP("ImportFields", "Home city"),
    "home_region": QT_TRANSLATE_NOOP("ImportFields", "Home region"),
    "home_country": QT_TRANSLATE_NOOP("ImportFields", "Home country"),
}


def field_label(field: str) -> str:
    """A field as the import wizard names it, in the user's language."""
    return translate("ImportFields", FIELDS[field]) if field in FIELDS else field


_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "given name", "forename", "vorname"),
    "last_name": ("last name", "lastname", "family name", "surname", "nachname"),
    "company_name": ("company", "company name", "organization 1 - name", "organization name",
                     "organisation", "organization", "firma"),
    # not "Title": in an Outlook export that is the salutation (Mr., Dr.)
    "title": ("job title", "organization 1 - title", "organization title", "position"),
    "email": ("e-mail", "email", "e-mail address", "email address", "e-mail 2 address",
              "e-mail 3 address") + tuple(f"e-mail {n} - value" for n in range(1, 6)),
    "phone": ("phone", "telephone", "phone number") + tuple(f"phone {n} - value" for n in range(1, 6)),
    # Google: "Phone N - Type" (older export) or "Phone N - Label" (current), just before the value
    "phone_type": ("phone type",) + tuple(f"phone {n} - {part}" for n in range(1, 6)
                                          for part in ("type", "label")),
    "phone_work": ("work phone", "business phone", "business phone 2", "company main phone",
                   "primary phone"),
    "phone_mobile": ("mobile phone", "mobile", "cell phone", "cell"),
    "phone_home": ("home phone", "home phone 2"),
    "phone_fax": ("fax", "business fax", "fax number", "home fax", "other fax"),
    "website": ("website", "web page", "web site", "website 1 - value", "url"),
    "street": ("street", "business street", "address 1 - street", "address"),
    "postcode": ("postcode", "postal code", "zip", "zip code", "business postal code",
                 "address 1 - postal code"),
    "city": ("city", "business city", "address 1 - city", "town"),
    "region": ("region", "state", "county", "business state", "address 1 - region"),
    "country": ("country", "business country/region", "business country",
                "address 1 - country", "country/region"),
    # Outlook's home address: a second address; its country decides how the row's
    # numbers are read when the business address has none
    "home_street": ("home street",),
    "home_postcode": ("home postal code", "home postcode", "home zip"),
    "home_city": ("home city",),
    "home_region": ("home state", "home region"),
    "home_country": ("home country/region", "home country"),
}
_BY_HEADER = {alias: field for field, names in _ALIASES.items() for alias in names}
_BY_HEADER.update({label.casefold(): field for field, label in FIELDS.items()})
_BY_HEADER.update({field.replace("_", " "): field for field in FIELDS if "_" in field})

# a first row holding one of these is data, not column names
_LOOKS_LIKE_DATA = re.compile(r"@|\d{6,}")


class ImportFileError(ValueError):
    """The file cannot be read for import; ``message`` says why, for the user."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class SourceInfo:
    path: Path
    kind: str  # "csv", "xlsx" or "vcard"
    encoding: str  # "" for xlsx and vCard
    delimiter: str  # "" for xlsx and vCard
    headers: tuple[str, ...]


def open_source(path: str | Path, *, encoding: str | None = None,
                delimiter: str | None = None) -> SourceInfo:
    """Sniff ``path``: its kind, encoding and delimiter (unless given), and its header row.
    A vCard file reads as rows under Ringcard's own column names, a card a row."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(translate(
            "Import",
            "“{name}” does not exist or is not a file").format(
            name=path.name))
    size = path.stat().st_size
    suffix = path.suffix.lower()
    limit = MAX_VCARD_BYTES if suffix in VCARD_SUFFIXES else MAX_FILE_BYTES
    if size > limit:
        raise ImportFileError(translate(
            "Import",
            "“{name}” is {size} MB; one import takes at most {limit} MB. Split the file "
            "and import the parts.").format(
            name=path.name, size=grouped(size / 2 ** 20), limit=limit // 2 ** 20))
    if suffix in XLSX_SUFFIXES:
        headers = _first_row(_xlsx_rows(path), path)
        return SourceInfo(path, "xlsx", "", "", headers)
    if suffix in VCARD_SUFFIXES:
        next(_vcard_rows(path), None)  # reads and checks the whole file once
        return SourceInfo(path, "vcard", "", "", VCARD_HEADER)
    if encoding is not None and encoding not in ENCODINGS:
        raise ImportFileError(translate(
            "Import",
            "Unknown encoding “{encoding}”: choose {choices}").format(
            encoding=encoding, choices=", ".join(ENCODINGS)))
    if delimiter is not None and delimiter not in DELIMITERS:
        raise ImportFileError(translate("Import", "The delimiter is a comma, a semicolon or a tab"))
    sniffed_encoding, sniffed_delimiter = _sniff_csv(path, encoding)
    encoding, delimiter = encoding or sniffed_encoding, delimiter or sniffed_delimiter
    headers = _first_row(_csv_rows(path, encoding, delimiter), path)
    return SourceInfo(path, "csv", encoding, delimiter, headers)


def count_rows(source: SourceInfo) -> int:
    """How many data rows ``iter_rows`` will yield (reads the file once)."""
    return sum(1 for _ in iter_rows(source))


def iter_rows(source: SourceInfo) -> Generator[tuple[int, list[str]], None, None]:
    """The data rows as (row number, cells); blank rows are left out and every
    row is padded or cut to the header's width."""
    if source.kind == "vcard":
        rows = _vcard_rows(source.path, with_header=True)
    elif source.kind == "xlsx":
        rows = _xlsx_rows(source.path)
    else:
        rows = _csv_rows(source.path, source.encoding, source.delimiter)
    width = len(source.headers)
    header_seen = False
    for number, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield number, (cells + [""] * width)[:width]


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[int, str]:
    """Column index -> field, for the headers whose names say what they hold."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = _BY_HEADER.get(" ".join(header.casefold().split()))
        if field:
            mapping[index] = field
    return mapping


# --- CSV -----------------------------------------------------------------

def _sniff_csv(path: Path, encoding: str | None = None) -> tuple[str, str]:
    with path.open("rb") as fh:
        sample = fh.read(SNIFF_BYTES)
    if not sample.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ImportFileError(translate("Import", "“{name}” is empty").format(name=path.name))
    if b"\x00" in sample:
        raise ImportFileError(translate(
            "Import",
            "“{name}” is not a text (CSV) file: it holds binary data. Choose a CSV or an Excel "
            ".xlsx file.").format(
            name=path.name))
    if encoding is None:
        encoding = _sniff_encoding(sample, path)
    else:
        try:
            codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
        except UnicodeDecodeError:
            raise ImportFileError(translate(
                "Import",
                "“{name}” is not {encoding}: choose another encoding").format(
                name=path.name, encoding=encoding)) \
                from None
    text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    return encoding, _sniff_delimiter(text)


def _sniff_encoding(sample: bytes, path: Path) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportFileError(translate(
            "Import",
            "“{name}” is not a text (CSV) file in a known encoding (UTF-8 or Windows-1252)").format(
            name=path.name)) from None
    return "cp1252"


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line most (outside quotes)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {d: unquoted.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Generator[tuple[int, list[str]], None, None]:
    with path.open("r", encoding=encoding, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            # numbered by record: a newline inside quotes starts no new row
            yield from enumerate(reader, 1)
        except UnicodeDecodeError:
            raise ImportFileError(
                translate(
                "Import",
                "“{name}” is not readable as {encoding} after line {line}; save it again as CSV "
                "UTF-8").format(
                name=path.name, encoding=encoding, line=reader.line_num)) from None
        except csv.Error as exc:
            if "NUL" in str(exc):
                raise ImportFileError(translate(
                    "Import",
                    "“{name}” holds binary data after line {line}").format(
                    name=path.name, line=reader.line_num)) from None
            raise ImportFileError(translate(
                "Import",
                "“{name}” line {line}: {reason}").format(
                name=path.name, line=reader.line_num, reason=exc)) from None


# --- Excel ---------------------------------------------------------------

def _xlsx_rows(path: Path) -> Generator[tuple[int, list[str]], None, None]:
    import openpyxl

    try:
        _check_xlsx_parts(path)
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(translate(
            "Import",
            "“{name}” is not an Excel workbook (.xlsx): {reason}").format(
            name=path.name, reason=exc)) from None
    try:
        if not book.worksheets:
            return
        sheet = book.worksheets[0]
        # the sheet's declared size ("A1:XFD1048576") is not trusted: read-only mode pads
        # every row to its width and adds its empty rows; without it a row is as long
        # as its last cell
        sheet.reset_dimensions()  # type: ignore[union-attr]
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            if number > MAX_ROWS:
                raise ImportFileError(translate(
                    "Import",
                    "“{name}” has more than {limit} rows").format(
                    name=path.name, limit=grouped(MAX_ROWS)))
            if len(values) > MAX_COLUMNS:
                if any(v is not None for v in values[MAX_COLUMNS:]):
                    raise ImportFileError(
                        translate(
                        "Import",
                        "“{name}” row {number} has a value past column {limit} ({count}); an "
                        "import takes at most {limit} columns").format(
                        name=path.name, number=number, limit=MAX_COLUMNS, count=grouped(len(values))))
                values = values[:MAX_COLUMNS]
            yield number, [_cell_text(v) for v in values]
    finally:
        book.close()


def _check_xlsx_parts(path: Path) -> None:
    """Refuses a workbook whose parts unpack to more than openpyxl should load: the
    sizes its zip directory declares (``zipfile`` reads no more than that), and the
    number of shared strings (counted in the bytes, before openpyxl builds them)."""
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            name = info.filename
            if name.startswith("xl/worksheets/"):  # read streamed
                if info.file_size > MAX_XLSX_SHEET_BYTES:
                    raise ImportFileError(translate(
                        "Import",
                        "“{name}”: its sheet unpacks to {size} GB; split the file").format(
                        name=path.name, size=grouped(info.file_size / 2 ** 30, 1)))
                continue
            if not name.endswith((".xml", ".rels")):
                continue  # pictures and the like are never read
            if info.file_size > MAX_XLSX_PART_BYTES:
                raise ImportFileError(
                    translate(
                    "Import",
                    "“{name}”: its part {part} unpacks to {size} MB (at most {limit} "
                    "MB); it cannot be imported").format(
                    name=path.name, part=name, size=grouped(info.file_size / 2 ** 20),
                    limit=MAX_XLSX_PART_BYTES // 2 ** 20))
            if name.lower().endswith("sharedstrings.xml"):
                _count_shared_strings(z, info, path)


def _count_shared_strings(z: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    count, tail = 0, b""
    with z.open(info) as f:
        while chunk := f.read(1 << 20):
            data = tail + chunk
            count += len(_SHARED_STRING.findall(data))
            tail = data[-16:]
            count -= len(_SHARED_STRING.findall(tail))  # counted again with the next chunk
            if count > MAX_SHARED_STRINGS:
                raise ImportFileError(
                    translate(
                    "Import",
                    "“{name}” holds more than {limit} different texts (shared strings); it "
                    "cannot be imported. Save it as CSV and import that.").format(
                    name=path.name, limit=grouped(MAX_SHARED_STRINGS)))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- vCard ---------------------------------------------------------------

# a card as a row: Ringcard's own column names, so every column maps by itself
VCARD_HEADER = ("First name", "Last name", "Company", "Job title", "E-mail", "Work phone",
                "Mobile phone", "Home phone", "Fax", "Website", "Street", "Postcode", "City",
                "Region", "Country")
_CARD_PHONE_COLUMN = {"work": 5, "mobile": 6, "home": 7, "fax": 8}
_JOIN = " ::: "  # several values in one cell, as Google Contacts writes them


def _vcard_rows(path: Path, *, with_header: bool = False) -> Generator[tuple[int, list[str]], None, None]:
    from app.services.importing import vcard

    try:
        cards = vcard.iter_parse(vcard.read_text(path))
        if with_header:
            yield 1, list(VCARD_HEADER)
        for number, card in enumerate(cards, 2):
            yield number, _card_cells(card)
    except vcard.VCardError as exc:
        raise ImportFileError(translate("Import", "“{name}”: {reason}").format(
            name=path.name, reason=exc)) from None


def _card_cells(card: Any) -> list[str]:
    first, last = card.first_name, card.last_name
    if not (first or last) and card.full_name and card.full_name != card.company:
        last = card.full_name
    cells = [first, last, card.company, card.title, _JOIN.join(e.address for e in card.emails),
             "", "", "", "", _JOIN.join(card.urls)]
    for kind, column in _CARD_PHONE_COLUMN.items():
        cells[column] = _JOIN.join(p.number for p in card.phones if p.kind == kind)
    a = card.addresses[0] if card.addresses else None
    cells += [a.street, a.postcode, a.city, a.region, a.country] if a else [""] * 5
    return cells


# --- header --------------------------------------------------------------

def _first_row(rows: Generator[tuple[int, list[str]], None, None], path: Path) -> tuple[str, ...]:
    for _number, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        rows.close()  # releases the file (or workbook) at once
        headers = [c.strip() for c in cells]
        while headers and not headers[-1]:
            headers.pop()
        if any(_LOOKS_LIKE_DATA.search(h) for h in headers):
            raise ImportFileError(translate(
                "Import",
                "The first row of “{name}” holds data, not column names. Add a header row naming "
                "each column.").format(
                name=path.name))
        return tuple(headers)
    raise ImportFileError(translate("Import", "“{name}” is empty").format(name=path.name))
