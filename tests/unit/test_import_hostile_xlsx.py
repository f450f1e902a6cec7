"""Hostile Excel workbooks (issue 13): a few KB or MB that declare or unpack to far more
than they hold. Each is refused (or read for what it holds) within seconds, in a small
memory. The files are written here by hand: a zip of the few XML parts a workbook needs."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pytest

from app.services.importing.read import MAX_SHARED_STRINGS, ImportFileError, count_rows, open_source

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def workbook(path: Path, dimension: str, cells: list[tuple[str, str]],
             shared_strings: Iterable[bytes] = ()) -> Path:
    """A one-sheet workbook: ``cells`` (reference, text) as inline strings, row by row;
    ``shared_strings``, when given, the bytes of xl/sharedStrings.xml."""
    rows: dict[int, list[str]] = {}
    for ref, text in cells:
        number = int("".join(c for c in ref if c.isdigit()))
        rows.setdefault(number, []).append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
             f'<dimension ref="{dimension}"/><sheetData>'
             + "".join(f'<row r="{n}">{"".join(c)}</row>' for n, c in sorted(rows.items()))
             + "</sheetData></worksheet>")
    chunks = iter(shared_strings)
    first = next(chunks, None)
    strings = first is not None
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            f'ContentType="{SHEET_TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            f'sheet1.xml" ContentType="{SHEET_TYPE}.worksheet+xml"/>'
            + (f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SHEET_TYPE}.'
               'sharedStrings+xml"/>' if strings else "") + "</Types>"))
        z.writestr("_rels/.rels", f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
                   f'Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets><sheet '
                   'name="Contacts" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", (
            f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC}/worksheet" '
            'Target="worksheets/sheet1.xml"/>'
            + (f'<Relationship Id="rId2" Type="{DOC}/sharedStrings" Target="sharedStrings.xml"/>'
               if strings else "") + "</Relationships>"))
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if first is not None:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
                f.write(first)
                for chunk in chunks:
                    f.write(chunk)
    return path


def shared_strings(count: int) -> Iterable[bytes]:
    """``count`` one-letter shared strings: 17 bytes each, a few hundred KB zipped per million."""
    yield (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{count}" '
           f'uniqueCount="{count}">').encode()
    block = b"<si><t>x</t></si>" * 10_000
    for _ in range(count // 10_000):
        yield block
    yield b"</sst>"


HEADER = [("A1", "First name"), ("B1", "Last name")]


def read_all(path: Path) -> tuple[tuple[str, ...], int]:
    source = open_source(path)
    return source.headers, count_rows(source)


def test_a_declared_size_of_the_whole_sheet_is_not_trusted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "wide.xlsx", "A1:XFD1048576", [*HEADER, ("A2", "Ann"), ("B2", "Lee")])
    assert path.stat().st_size < 2_000  # as the 1.9 KB file
    started = time.monotonic()
    assert read_all(path) == (("First name", "Last name"), 1)
    assert time.monotonic() - started < 5


def test_a_value_in_the_last_cell_of_a_sheet_is_refused_within_seconds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "far.xlsx", "A1:XFD1048576",
                    [*HEADER, ("A2", "Ann"), ("B2", "Lee"), ("XFD1048576", "x")])
    started = time.monotonic()
    with pytest.raises(ImportFileError, match="row 1048576 has a value past column 500"):
        read_all(path)
    assert time.monotonic() - started < 8  # 1M empty rows walked: some 3 s


@pytest.mark.parametrize(("strings", "message"), [
    (20_000_000, r"xl/sharedStrings.xml unpacks to 324 MB \(at most 64 MB\)"),  # 0.8 MB zipped
    (MAX_SHARED_STRINGS + 10_000, "more than 1,000,000 different texts"),
])
def test_a_huge_shared_strings_part_is_refused_before_openpyxl_loads_it(
        tmp_path, strings: int, message: str) -> None:  # type: ignore[no-untyped-def]
    """In a child process, to measure its peak memory: openpyxl loads every shared string
    up front (the 20M-string file needed over 3 GB and minutes before)."""
    path = workbook(tmp_path / "strings.xlsx", "A1:B1", HEADER, shared_strings(strings))
    assert path.stat().st_size < 6 * 2**20
    # The child's own high-water mark (VmHWM): ru_maxrss carries the parent's peak
    # across fork and exec, so under a big pytest it said 781 MB for any child.
    script = ("import re, sys, time\n"
              "from app.services.importing.read import ImportFileError, open_source\n"
              "def hwm():\n"
              "    return int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1])\n"
              "before = hwm()\n"
              "started = time.monotonic()\n"
              "try:\n"
              "    open_source(sys.argv[1])\n"
              "except ImportFileError as exc:\n"
              "    print(exc.message)\n"
              "print(time.monotonic() - started)\n"
              "print(hwm() - before)\n"
              "print(hwm())\n")
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                         timeout=60, check=True).stdout.splitlines()
    message_out, seconds, grown_kib, peak_kib = out[0], float(out[1]), int(out[2]), int(out[3])
    assert re.search(message, message_out), message_out
    assert seconds < 5
    assert grown_kib < 50 * 1024  # KiB: the count reads 1 MB at a time
    assert peak_kib < 300 * 1024
