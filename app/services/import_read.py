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

SNIFF_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t")
XLSX_SUFFIXES = (".xlsx", ".xlsm")

# field -> label (the label is also the column name Ringcard's own export uses)
FIELDS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "company_name": "Company",
    "title": "Job title",
    "email": "E-mail",
    "phone": "Phone",
    "phone_type": "Phone type",
    "phone_work": "Work phone",
    "phone_mobile": "Mobile phone",
    "phone_home": "Home phone",
    "phone_fax": "Fax",
    "website": "Website",
    "street": "Street",
    "postcode": "Postcode",
    "city": "City",
    "region": "Region",
    "country": "Country",
}

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
    "phone_fax": ("fax", "business fax", "fax number"),
    "website": ("website", "web page", "web site", "website 1 - value", "url"),
    "street": ("street", "business street", "address 1 - street", "address"),
    "postcode": ("postcode", "postal code", "zip", "zip code", "business postal code",
                 "address 1 - postal code"),
    "city": ("city", "business city", "address 1 - city", "town"),
    "region": ("region", "state", "county", "business state", "address 1 - region"),
    "country": ("country", "business country/region", "business country",
                "address 1 - country", "country/region"),
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
    kind: str  # "csv" or "xlsx"
    encoding: str  # "" for xlsx
    delimiter: str  # "" for xlsx
    headers: tuple[str, ...]


def open_source(path: str | Path) -> SourceInfo:
    """Sniff ``path``: its kind, encoding and delimiter, and its header row."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"“{path.name}” does not exist or is not a file")
    if path.suffix.lower() in XLSX_SUFFIXES:
        headers = _first_row(_xlsx_rows(path), path)
        return SourceInfo(path, "xlsx", "", "", headers)
    encoding, delimiter = _sniff_csv(path)
    headers = _first_row(_csv_rows(path, encoding, delimiter), path)
    return SourceInfo(path, "csv", encoding, delimiter, headers)


def iter_rows(source: SourceInfo) -> Generator[tuple[int, list[str]], None, None]:
    """The data rows as (row number, cells); blank rows are left out and every
    row is padded or cut to the header's width."""
    rows = (_xlsx_rows(source.path) if source.kind == "xlsx"
            else _csv_rows(source.path, source.encoding, source.delimiter))
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

def _sniff_csv(path: Path) -> tuple[str, str]:
    with path.open("rb") as fh:
        sample = fh.read(SNIFF_BYTES)
    if not sample.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ImportFileError(f"“{path.name}” is empty")
    if b"\x00" in sample:
        raise ImportFileError(f"“{path.name}” is not a text (CSV) file: it holds binary data. "
                              "Choose a CSV or an Excel .xlsx file.")
    encoding = _sniff_encoding(sample, path)
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
        raise ImportFileError(f"“{path.name}” is not a text (CSV) file in a known encoding "
                              "(UTF-8 or Windows-1252)") from None
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
                f"“{path.name}” is not readable as {encoding} after line {reader.line_num}; "
                "save it again as CSV UTF-8") from None
        except csv.Error as exc:
            if "NUL" in str(exc):
                raise ImportFileError(f"“{path.name}” holds binary data after line "
                                      f"{reader.line_num}") from None
            raise ImportFileError(f"“{path.name}” line {reader.line_num}: {exc}") from None


# --- Excel ---------------------------------------------------------------

def _xlsx_rows(path: Path) -> Generator[tuple[int, list[str]], None, None]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(f"“{path.name}” is not an Excel workbook (.xlsx): {exc}") from None
    try:
        if not book.worksheets:
            return
        for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
            yield number, [_cell_text(v) for v in values]
    finally:
        book.close()


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
            raise ImportFileError(f"The first row of “{path.name}” holds data, not column names. "
                                  "Add a header row naming each column.")
        return tuple(headers)
    raise ImportFileError(f"“{path.name}” is empty")
