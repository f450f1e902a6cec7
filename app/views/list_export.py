"""What an Export dialog exports: a list's rows as the user sees them, described in
words, and the job that writes them (plain functions over the services, run by the
dialog in the TaskRunner; no Qt here).

A job writes into a temporary file beside the chosen one and moves it into place
only when it is complete and was not cancelled, so a failed or cancelled export
never leaves half a file or destroys the file it was going to replace. Cancel
works through the services' progress callback: the callback raises
``ExportCancelled`` and the service stops at its next page.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities import meetings
from app.services.activities.history import HistoryFilter
from app.services.contacts.list_rows import Filters
from app.services.context import AppContext, ServiceError
from app.services.importing import export as export_files
from app.services.importing import vcard
from app.services.importing.export import ActivityFilters
from app.services.office import users
from app.services.validation import ValidationError
from app.views.widgets.labels import format_count

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
Job = Callable[[Path, str, Progress], int]
"""Writes ``path`` in the format, reporting rows written; returns the row count."""

VCARD_STEP = 200  # progress (and a chance to cancel) every so many vCards


class ExportCancelled(Exception):
    """The user pressed Cancel: the job stops, nothing is written."""


@dataclass(frozen=True)
class FileFormat:
    """A format the user can export to; its texts are English (marked for
    translation) and read in the user's language through the properties."""

    key: str
    label_text: str
    suffix: str
    hint_text: str  # what the format is good for
    singular: str  # what "Wrote N ..." counts
    plural: str

    @property
    def label(self) -> str:
        return translate("ListExport", self.label_text)

    @property
    def hint(self) -> str:
        return translate("ListExport", self.hint_text)

    @property
    def file_filter(self) -> str:
        return f"{self.label} (*{self.suffix})"

    def noun(self, n: int) -> str:
        return translate("ListExport", self.singular if n == 1 else self.plural)


FORMATS: dict[str, FileFormat] = {f.key: f for f in (
    FileFormat("csv", "CSV", ".csv",
               QT_TRANSLATE_NOOP("ListExport", "any spreadsheet or mail merge; UTF-8"),
               QT_TRANSLATE_NOOP("ListExport", "row"), QT_TRANSLATE_NOOP("ListExport", "rows")),
    FileFormat("xlsx", QT_TRANSLATE_NOOP("ListExport", "Excel workbook"), ".xlsx",
               QT_TRANSLATE_NOOP("ListExport", "Excel, LibreOffice, Numbers"),
               QT_TRANSLATE_NOOP("ListExport", "row"), QT_TRANSLATE_NOOP("ListExport", "rows")),
    FileFormat("vcf", "vCard", ".vcf",
               QT_TRANSLATE_NOOP("ListExport", "address books: Outlook, Google, phones"),
               QT_TRANSLATE_NOOP("ListExport", "vCard"), QT_TRANSLATE_NOOP("ListExport", "vCards")),
    FileFormat("ics", "iCalendar", ".ics",
               QT_TRANSLATE_NOOP("ListExport", "calendars: Outlook, Google, Apple"),
               QT_TRANSLATE_NOOP("ListExport", "event"), QT_TRANSLATE_NOOP("ListExport", "events")),
)}


@dataclass(frozen=True)
class ExportRequest:
    """One list to export, as the dialog presents it."""

    what: str  # "Customers — 12,408 contacts"
    detail: str  # "Filtered by rating Gold; in name order."
    formats: tuple[str, ...]
    file_stem: str  # the suggested file name, without suffix
    job: Job
    total: int | None = None  # rows expected (the progress bar's end), None if unknown
    note: str = ""  # a caveat the user should read before exporting


def with_format_suffix(path: Path, fmt: str) -> Path:
    """``path`` ending in the format's suffix: a known export suffix is replaced,
    anything else ("report.2024") keeps its name and gets the suffix added."""
    suffix = FORMATS[fmt].suffix
    known = {f.suffix for f in FORMATS.values()}
    if path.suffix.lower() == suffix:
        return path
    if path.suffix.lower() in known:
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)


def check_target(path: Path) -> None:
    """Refuse, on the file field, a target that cannot be written."""
    folder = path.parent
    if not path.name:
        raise ValidationError({"file": translate("ListExport", "Choose a file name to export to")})
    if path.is_dir():
        raise ValidationError({"file": translate(
            "ListExport", "{path} is a folder; add a file name").format(path=path)})
    if not folder.exists():
        raise ValidationError({"file": translate(
            "ListExport", "The folder {folder} does not exist").format(folder=folder)})
    if not folder.is_dir():
        raise ValidationError({"file": translate(
            "ListExport", "{folder} is a file, not a folder").format(folder=folder)})
    if not os.access(folder, os.W_OK):
        raise ValidationError({"file": translate(
            "ListExport", "Ringcard may not write to the folder {folder}").format(folder=folder)})


def _file_error(exc: OSError, path: Path) -> ServiceError:
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return ServiceError(translate(
            "ListExport", "Could not write {path}: the folder {folder} does not exist").format(
            path=path, folder=path.parent))
    if isinstance(exc, PermissionError):
        return ServiceError(translate(
            "ListExport", "Could not write {path}: permission denied (is the file open in "
            "another program, or the folder read-only?)").format(path=path))
    reason = exc.strerror or str(exc)
    return ServiceError(translate("ListExport", "Could not write {path}: {reason}").format(
        path=path, reason=reason))


def write_via_temp(path: Path, write: Callable[[Path], int],
                   cancelled: Callable[[], bool] = lambda: False) -> int:
    """``write`` a temporary file beside ``path``, then move it into place; on a
    failure or a cancel the temporary file goes and ``path`` stays as it was.
    File-system failures become a ``ServiceError`` with a clear message."""
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        rows = write(temp)
        if cancelled():
            raise ExportCancelled
        os.replace(temp, path)
        return rows
    except OSError as exc:
        raise _file_error(exc, path) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


# -- contact lists -------------------------------------------------------------

SORT_LABELS = {"name": QT_TRANSLATE_NOOP("ListExport", "in name order"),
               "code": QT_TRANSLATE_NOOP("ListExport", "in customer number order"),
               "completeness": QT_TRANSLATE_NOOP("ListExport", "in completeness order"),
               "status": QT_TRANSLATE_NOOP("ListExport", "in status order"),
               "rating": QT_TRANSLATE_NOOP("ListExport", "in rating order"),
               "active": QT_TRANSLATE_NOOP("ListExport", "in active order"),
               "call_contact": QT_TRANSLATE_NOOP("ListExport", "in call contact order")}


def _order_words(sort: str, descending: bool) -> str:
    words = translate("ListExport", SORT_LABELS[sort]) if sort in SORT_LABELS \
        else f"in {sort} order"
    return translate("ListExport", "{order}, descending").format(order=words) if descending \
        else words


def _write_vcards(ctx: AppContext, path: Path, filters: Filters, sort: str, descending: bool,
                  ids: Sequence[int] | None, progress: Progress) -> int:
    """``vcard.export_contacts`` with progress (it has no callback): the same cards,
    from the service's own generator, written the same way."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        for text in vcard.cards(ctx, filters, sort, descending=descending, ids=ids):
            f.write(text)
            count += 1
            if count % VCARD_STEP == 0:
                progress(count)
    return count


def contacts_job(ctx: AppContext, filters: Filters, sort: str = "name",
                 descending: bool = False, ids: Sequence[int] | None = None) -> Job:
    """Exports the contacts ``filters`` select (or exactly ``ids``), in the list's
    order; a list of companies (``filters.kind == "company"``) gets the companies'
    columns."""
    companies = filters.kind == "company"

    def job(path: Path, fmt: str, progress: Progress) -> int:
        if fmt == "vcf":
            return _write_vcards(ctx, path, filters, sort, descending, ids, progress)
        export = export_files.export_companies if companies else export_files.export_contacts
        return export(ctx, path, fmt, filters, sort, descending, progress, ids=ids).rows

    return job


def contact_list_request(ctx: AppContext, *, label: str, filters: Filters, sort: str,
                         descending: bool, count: int | None, filtered_by: str = "",
                         search_text: str = "", ids: Sequence[int] | None = None) -> ExportRequest:
    """The export of a contact list (``label``: "Customers") with its filters and
    order; with a search shown, exactly its hits (``ids``) in the order shown."""
    companies = filters.kind == "company"

    def counted(n: int) -> str:
        if companies:
            text = (translate("ListExport", "{count} company") if n == 1
                    else translate("ListExport", "{count} companies"))
        else:
            text = (translate("ListExport", "{count} contact") if n == 1
                    else translate("ListExport", "{count} contacts"))
        return text.format(count=format_count(n))

    if search_text and ids is not None:
        what = translate("ListExport", "{list} — {counted} found by “{text}”").format(
            list=label, counted=counted(len(ids)), text=search_text)
        total: int | None = len(ids)
    elif count is None:
        what = (translate("ListExport", "{list} — every company of the list") if companies
                else translate("ListExport", "{list} — every contact of the list")).format(
            list=label)
        total = None
    else:
        what = f"{label} — {counted(count)}"
        total = count
    order = _order_words(sort, descending)
    if search_text and ids is not None:
        detail = (translate("ListExport", "The search’s hits as the list shows them; "
                            "filtered by {filters}; {order}.").format(filters=filtered_by,
                                                                     order=order)
                  if filtered_by else
                  translate("ListExport", "The search’s hits as the list shows them; "
                            "the whole list, no filters; {order}.").format(order=order))
    else:
        detail = (translate("ListExport", "Filtered by {filters}; {order}.").format(
            filters=filtered_by, order=order) if filtered_by else
            translate("ListExport", "The whole list, no filters; {order}.").format(order=order))
    stem = label.lower().replace(" ", "-")
    return ExportRequest(what, detail, ("csv", "xlsx", "vcf"), stem,
                         contacts_job(ctx, filters, sort, descending, ids), total, "")


# -- a contact's Activity History ----------------------------------------------------

def activity_filters(ctx: AppContext, contact_id: int, flt: HistoryFilter) -> ActivityFilters:
    """The tab's filter as the export takes it (the rep by id; an unknown rep
    matches nobody, as in the tab). Reads the users: call it in the worker."""
    owner_id = None
    if flt.owner is not None:
        owner_id = next((u.id for u in users.list_users(ctx, active_only=False)
                         if u.username == flt.owner), -1)
    return ActivityFilters(contact_id=contact_id, kinds=flt.kinds, type_ids=flt.type_ids,
                           start=flt.since, end=flt.until, owner_id=owner_id, company_too=True)


def activities_job(ctx: AppContext, contact_id: int, flt: HistoryFilter) -> Job:
    def job(path: Path, fmt: str, progress: Progress) -> int:
        return export_files.export_activities(
            ctx, path, fmt, progress=progress,
            filters=activity_filters(ctx, contact_id, flt)).rows

    return job


def activities_request(ctx: AppContext, *, contact_id: int, contact_name: str,
                       flt: HistoryFilter, count: int | None,
                       filtered_by: str = "") -> ExportRequest:
    """This contact's activities as the Activity History tab lists them: its own
    and, for a company, its people's, with the tab's type, period and rep."""
    if count is None:
        what = translate("ListExport", "Activity History of {name}").format(name=contact_name)
    else:
        what = (translate("ListExport", "Activity History of {name} — {count} activity")
                if count == 1 else
                translate("ListExport", "Activity History of {name} — {count} activities")).format(
            name=contact_name, count=format_count(count))
    detail = (translate("ListExport", "Filtered by {filters}.").format(filters=filtered_by)
              if filtered_by else translate("ListExport", "Every activity, no filters."))
    detail += " " + translate("ListExport", "Other reps' private notes are left out.")
    return ExportRequest(what, detail, ("csv", "xlsx"), _stem(contact_name, "activities"),
                         activities_job(ctx, contact_id, flt), count)


def appointments_job(ctx: AppContext, contact_id: int) -> Job:
    def job(path: Path, fmt: str, progress: Progress) -> int:
        data = meetings.contact_appointments_ics(ctx, contact_id)
        with open(path, "wb") as f:
            f.write(data)
        events = data.count(b"BEGIN:VEVENT")
        progress(events)
        return events

    return job


def appointments_request(ctx: AppContext, *, contact_id: int,
                         contact_name: str) -> ExportRequest:
    return ExportRequest(
        translate("ListExport", "Appointments and meetings of {name}").format(name=contact_name),
        translate("ListExport", "Every appointment and meeting, also those the contact attends; "
                  "the tab's filters do not apply. Importing the file again updates the events "
                  "instead of doubling them."),
        ("ics",), _stem(contact_name, "appointments"), appointments_job(ctx, contact_id))


def _stem(name: str, what: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name.strip().lower())
    safe = "-".join(p for p in safe.split("-") if p)
    return f"{safe}-{what}" if safe else what
