"""`ringcard import` and `ringcard export`: the importer and the list exports without the GUI.

    ringcard import FILE --as lead|potential|customer|account|company [--mapping FILE]
        [--on-duplicate skip|update|create] [--skip-invalid] [--dry-run] [--report FILE]
        [--encoding ENC] [--delimiter comma|semicolon|tab] [--quiet]
    ringcard export contacts|companies --format csv|xlsx|vcf -o FILE [list filters] [--sort KEY]
    ringcard export activities --format csv|xlsx|ics -o FILE [--contact ID] [--kind KIND ...]
        [--from DATE] [--to DATE] [--owner USERNAME]

Exit status: 0 done; 1 the import found problems (each printed as "row N, column C:
reason", the first ``SHOWN_PROBLEMS`` of them; ``--report`` writes them all), or with
``--skip-invalid`` found problems and imported no row at all; 2 a
usage error (a file that cannot be read, a bad mapping, a format the list cannot
be written as, a name that matches nothing).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import iso_day

if TYPE_CHECKING:
    from app.services.importing.contacts import ImportReport, RowProblem

SHOWN_PROBLEMS = 50
AS_TYPES = ("lead", "potential", "customer", "account", "company")  # import_contacts.AS_TYPES
ON_DUPLICATE = ("skip", "update", "create")  # import_contacts.ON_DUPLICATE
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252")  # import_read.ENCODINGS
DELIMITERS = {",": ",", "comma": ",", ";": ";", "semicolon": ";", "tab": "\t"}
# entity -> the formats it can be written as
EXPORT_FORMATS = {"contacts": ("csv", "xlsx", "vcf"), "companies": ("csv", "xlsx", "vcf"),
                  "activities": ("csv", "xlsx", "ics")}


def add_parsers(sub: Any) -> None:
    from app.cli.common import add_contact_filters

    imp = sub.add_parser("import", help="import contacts from a CSV, Excel (.xlsx) or vCard file",
                         description="Import contacts in one transaction: by default nothing is "
                         "written when any row has a problem.")
    imp.add_argument("file", type=Path, metavar="FILE", help="a .csv, .xlsx or .vcf file")
    imp.add_argument("--as", dest="as_type", required=True, choices=AS_TYPES,
                     help="what the rows become")
    imp.add_argument("--mapping", type=Path, metavar="FILE",
                     help="a mapping file (JSON: column name -> field); default: guessed "
                     "from the column names")
    imp.add_argument("--on-duplicate", choices=ON_DUPLICATE, default="skip",
                     help="for a row matching a stored contact or an earlier row (default skip)")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the valid rows even when others have problems (exit "
                     "status 0 when any row was imported, 1 when none was)")
    imp.add_argument("--dry-run", action="store_true", help="check everything; write nothing")
    imp.add_argument("--report", type=Path, metavar="FILE",
                     help="write the row-by-row report (CSV) here")
    imp.add_argument("--encoding", choices=ENCODINGS,
                     help="a CSV file's encoding (default: detected)")
    imp.add_argument("--delimiter", choices=list(DELIMITERS), metavar="comma|semicolon|tab",
                     help="a CSV file's delimiter (default: detected)")
    imp.add_argument("--quiet", action="store_true", help="no mapping, no progress bar")

    export = sub.add_parser("export", help="export contacts, companies or activities").add_subparsers(
        dest="entity", required=True)
    for entity, label in (("contacts", "people"), ("companies", "companies")):
        p = export.add_parser(entity, help=f"{label} as CSV, Excel or vCard")
        _output_args(p, entity)
        add_contact_filters(p, kind=entity == "contacts")
        p.add_argument("--sort", default="name", help="name (default), code, completeness, "
                       "status, rating, active or call_contact")
        p.add_argument("--descending", action="store_true")
        p.add_argument("--vcard-version", choices=["3.0", "4.0"], default="3.0")
    acts = export.add_parser("activities", help="activities as CSV or Excel; "
                             "appointments and meetings as iCalendar (.ics)")
    _output_args(acts, "activities")
    acts.add_argument("--contact", type=int, metavar="ID", help="only this contact's")
    acts.add_argument("--kind", dest="kinds", action="append", metavar="KIND",
                      help="only this kind (call, task, meeting, meeting_appointment, ...); "
                      "repeat for several")
    acts.add_argument("--from", dest="start", type=iso_day, metavar="YYYY-MM-DD",
                      help="from this day on (local time)")
    acts.add_argument("--to", dest="end", type=iso_day, metavar="YYYY-MM-DD",
                      help="up to and including this day")
    acts.add_argument("--owner", metavar="USERNAME", help="only this user's")


def _output_args(p: argparse.ArgumentParser, entity: str) -> None:
    *first, last = EXPORT_FORMATS[entity]
    p.add_argument("--format", required=True, help=f"{', '.join(first)} or {last}")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def _error(message: str) -> int:
    print(f"ringcard: {message}", file=sys.stderr)
    return 2


# --- import ----------------------------------------------------------------------

def run_import(args: argparse.Namespace, ctx_factory: Any) -> int:
    from app.cli.common import progress_bar
    from app.services.importing import contacts as import_contacts
    from app.services.importing import mappings as import_mappings
    from app.services.importing import read as import_read
    from app.services.validation import ValidationError

    if args.report is not None and not args.report.parent.is_dir():
        return _error(f"no folder “{args.report.parent}” for the report")
    ctx = None
    try:
        overrides = {"encoding": args.encoding,
                     "delimiter": None if args.delimiter is None else DELIMITERS[args.delimiter]}
        source = import_read.open_source(args.file, **overrides)
        if args.mapping is not None:
            mapping = import_mappings.read_file(args.mapping, source.headers)
        else:
            mapping = import_read.guess_mapping(source.headers)
        if not args.quiet:
            _show_mapping(source.headers, mapping, args.mapping)
        ctx = ctx_factory(args)
        progress = None if args.quiet else progress_bar(import_read.count_rows(source))
        report = import_contacts.run_import(
            ctx, args.file, mapping, args.as_type, on_duplicate=args.on_duplicate,
            skip_invalid=args.skip_invalid, dry_run=args.dry_run, progress=progress, **overrides)
        if progress is not None:
            print(file=sys.stderr)
    except import_read.ImportFileError as exc:
        return _error(exc.message)
    except ValidationError as exc:
        return _error("; ".join(exc.errors.values()))
    finally:
        if ctx is not None:
            ctx.db.dispose()
    if args.report is not None:
        try:
            import_contacts.write_report(args.report, report)
        except OSError as exc:
            print(f"ringcard: the report cannot be written to “{args.report}”: "
                  f"{exc.strerror or exc}", file=sys.stderr)
    _show_problems(report.problems, args.report)
    print(_summary(report))
    imported_some = report.committed and report.created + report.updated > 0
    return 1 if report.problems and not (args.skip_invalid and imported_some) else 0


def _show_mapping(headers: tuple[str, ...], mapping: dict[int, str], mapping_file: Path | None) -> None:
    from app.services.importing.read import FIELDS

    origin = f"from {mapping_file}" if mapping_file else "guessed from the column names"
    print(f"Columns ({origin}):", file=sys.stderr)
    width = max((len(h) for h in headers), default=0)
    for index, header in enumerate(headers):
        field = mapping.get(index)
        target = FIELDS.get(field, field) if field else "(not imported)"
        print(f"  {header or f'column {index + 1}':<{width}}  -> {target}", file=sys.stderr)


def _show_problems(problems: Sequence[RowProblem], report_path: Path | None) -> None:
    for p in problems[:SHOWN_PROBLEMS]:
        where = f"row {p.row}, column {p.column}" if p.column else f"row {p.row}"
        print(f"{where}: {p.reason}", file=sys.stderr)
    more = len(problems) - SHOWN_PROBLEMS
    if more > 0:
        tail = (f"full report in {report_path}" if report_path is not None
                else "use --report FILE for the full report")
        print(f"... and {more:,} more; {tail}", file=sys.stderr)


def _summary(report: ImportReport) -> str:
    counts = (f"created {report.created:,}, updated {report.updated:,}, "
              f"skipped {report.skipped_duplicates:,} duplicates and "
              f"{report.skipped_invalid:,} invalid rows")
    imported = report.created + report.updated
    rows = f"{imported:,} rows" if imported == report.rows else f"{imported:,} of {report.rows:,} rows"
    if report.committed and imported == 0 and report.problems:
        return (f"Nothing imported: {len(report.problems):,} problems in "
                f"{report.skipped_invalid:,} of {report.rows:,} rows; {counts}")
    if report.committed:
        return (f"Imported {rows}: {counts}; "
                f"{report.calls_moved:,} waiting calls moved to their contacts")
    if report.dry_run and not report.problems:
        return f"Dry run, nothing written. {rows} would be imported: {counts}"
    if report.dry_run:
        return (f"Dry run, nothing written. {report.rows:,} rows; {len(report.problems):,} "
                f"problems in {report.skipped_invalid:,} rows. Without them: {counts}")
    return (f"Nothing imported: {len(report.problems):,} problems in "
            f"{report.skipped_invalid:,} of {report.rows:,} rows (fix them, or import the "
            "valid rows with --skip-invalid)")


# --- export ----------------------------------------------------------------------

def run_export(args: argparse.Namespace, ctx_factory: Any) -> int:
    fmt, entity = args.format.lower(), args.entity
    if fmt not in EXPORT_FORMATS[entity]:
        why = {"vcf": "vCard (vcf) holds contacts and companies",
               "ics": "iCalendar (ics) holds appointments and meetings: export activities"}
        *first, last = EXPORT_FORMATS[entity]
        return _error(f"{entity} cannot be exported as “{args.format}”; choose "
                      f"{', '.join(first)} or {last}"
                      + (f" ({why[fmt]})" if fmt in why else ""))
    ctx = ctx_factory(args)
    try:
        if entity == "activities":
            rows = _export_activities(ctx, args, fmt)
        else:
            rows = _export_contacts(ctx, args, fmt)
    except OSError as exc:
        return _error(f"cannot write “{args.output}”: {exc.strerror or exc}")
    finally:
        ctx.db.dispose()
    if rows is None:
        return 2
    print(f"wrote {rows:,} rows to {args.output}")
    return 0


def _export_contacts(ctx: Any, args: argparse.Namespace, fmt: str) -> int | None:
    from dataclasses import replace

    from app.cli.common import contact_filters, progress_bar
    from app.services.contacts import list_rows as contact_list
    from app.services.importing import export as export_files
    from app.services.importing import vcard

    if args.sort not in contact_list.SORT_KEYS:
        _error(f"cannot sort by “{args.sort}”; choose {', '.join(contact_list.SORT_KEYS)}")
        return None
    filters = contact_filters(ctx, args)
    companies = args.entity == "companies"
    filters = replace(filters, kind="company" if companies else filters.kind or "person")
    if fmt == "vcf":
        return _guarded(args.output, lambda: vcard.export_contacts(
            ctx, args.output, filters, args.vcard_version, args.sort))
    progress = None
    if not args.quiet:
        progress = progress_bar(len(contact_list.ordered_ids(ctx, filters)))
    export = export_files.export_companies if companies else export_files.export_contacts
    rows = _guarded(args.output, lambda: export(ctx, args.output, fmt, filters, args.sort,
                                                args.descending, progress).rows)
    if progress is not None:
        progress(rows)
        print(file=sys.stderr)
    return rows


def _export_activities(ctx: Any, args: argparse.Namespace, fmt: str) -> int | None:
    from dataclasses import replace

    from app.cli.common import progress_bar, user_id
    from app.models import ActivityKind
    from app.services.activities import meetings
    from app.services.importing import export as export_files

    kinds = tuple(dict.fromkeys(args.kinds or ()))
    known = [k.value for k in ActivityKind]
    unknown = [k for k in kinds if k not in known]
    if unknown:
        _error(f"no activity kind “{unknown[0]}”; choose {', '.join(known)}")
        return None
    if fmt == "ics" and kinds and not set(kinds) & set(meetings.CALENDAR_KINDS):
        _error("iCalendar (ics) holds appointments and meetings only: "
               "use --kind meeting_appointment or --kind meeting, or --format csv")
        return None
    if args.start and args.end and args.end < args.start:
        _error("--to is before --from")
        return None
    filters = export_files.ActivityFilters(
        contact_id=args.contact, kinds=kinds, start=_local_midnight(args.start),
        end=_local_midnight(args.end + timedelta(days=1) if args.end else None),
        owner_id=None if args.owner is None else user_id(ctx, args.owner))
    progress = None
    if not args.quiet:
        counted = filters
        if fmt == "ics":
            counted = replace(filters, kinds=tuple(
                k for k in meetings.CALENDAR_KINDS if not kinds or k in kinds))
        progress = progress_bar(export_files.count_activities(ctx, counted))
    if fmt == "ics":
        rows = _guarded(args.output,
                        lambda: meetings.export_ics(ctx, args.output, filters, progress))
    else:
        rows = _guarded(args.output, lambda: export_files.export_activities(
            ctx, args.output, fmt, progress=progress, filters=filters).rows)
    if progress is not None:
        progress(rows)
        print(file=sys.stderr)
    return rows


def _local_midnight(day: date | None) -> datetime | None:
    """The start of ``day`` in this computer's time zone."""
    return None if day is None else datetime.combine(day, time.min).astimezone()


def _guarded(path: Path, write: Callable[[], int]) -> int:
    """Runs an export; one that fails or is interrupted leaves no half-written file."""
    try:
        return write()
    except BaseException:
        if path.is_file():
            path.unlink()
        raise
