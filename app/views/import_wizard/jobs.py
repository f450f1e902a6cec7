"""The wizard's work, run in the TaskRunner's worker threads: service calls only,
no widget touched. Each returns plain values for the page that started it."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from app.services.contacts import list_rows as contact_list
from app.services.context import AppContext
from app.services.importing import contacts as import_contacts
from app.services.importing import read as import_read
from app.services.importing.contacts import ImportReport, PreviewRow
from app.views.import_wizard.state import PREVIEW_ROWS, SAMPLE_ROWS, FileFacts, RunOptions, samples_of

NAMED_MATCHES = 2000  # stored contacts named in the duplicates table; past that "contact #id"
_CHUNK = 500


@dataclass(frozen=True)
class Checked:
    """The dry run over the whole file and the names of the contacts its duplicates match."""

    report: ImportReport
    names: dict[int, str]


def read_head(path: Path, encoding: str | None, delimiter: str | None) -> FileFacts:
    """Sniff the file and read its first rows for sample values."""
    source = import_read.open_source(path, encoding=encoding, delimiter=delimiter)
    rows = [cells for _n, cells in itertools.islice(import_read.iter_rows(source), SAMPLE_ROWS)]
    return FileFacts(source, samples_of(source, rows))


def load_preview(ctx: AppContext, options: RunOptions) -> tuple[list[PreviewRow], dict[int, str]]:
    """The first rows as they will be stored, and the names of the contacts they duplicate."""
    rows = import_contacts.preview(ctx, options.path, options.mapping, options.as_type,
                                   limit=PREVIEW_ROWS, encoding=options.encoding,
                                   delimiter=options.delimiter)
    return rows, contact_names(ctx, (r.duplicate.contact_id for r in rows
                                     if r.duplicate is not None and r.duplicate.other_row is None))


def check_file(ctx: AppContext, options: RunOptions, progress: Callable[[int], None],
               cancel: Callable[[], bool]) -> Checked:
    """Every row checked in a transaction that is rolled back: problems and duplicates."""
    report = import_contacts.run_import(
        ctx, options.path, options.mapping, options.as_type, on_duplicate="skip", dry_run=True,
        progress=progress, cancel=cancel, encoding=options.encoding, delimiter=options.delimiter)
    ids = (d.contact_id for d in report.duplicates if d.other_row is None)
    return Checked(report, contact_names(ctx, itertools.islice(ids, NAMED_MATCHES)))


def import_file(ctx: AppContext, options: RunOptions, progress: Callable[[int], None],
                cancel: Callable[[], bool]) -> ImportReport:
    """The import itself: one transaction, rolled back on cancel (or problems, unless skipped)."""
    return import_contacts.run_import(
        ctx, options.path, options.mapping, options.as_type, on_duplicate=options.on_duplicate,
        skip_invalid=options.skip_invalid, progress=progress, cancel=cancel,
        choices=options.choices, encoding=options.encoding, delimiter=options.delimiter)


def contact_names(ctx: AppContext, ids: Iterable[int | None]) -> dict[int, str]:
    """Display names of stored contacts (ids no longer stored are left out)."""
    wanted = sorted({i for i in ids if i is not None})
    names: dict[int, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        names.update((c.id, c.name) for c in contact_list.rows(ctx, wanted[start:start + _CHUNK]))
    return names
