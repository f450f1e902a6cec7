"""What the wizard's pages share: the chosen file, the mapping, the check's
findings and the user's choices. Plain values and pure functions only (no Qt,
no database), so every page reads the same facts and the rules are testable."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.importing.contacts import Duplicate, ImportReport, PreviewRow, how_label
from app.services.importing.read import FIELDS, SourceInfo, field_label

SAMPLE_ROWS = 50  # rows read for the mapping page's sample values
SAMPLES_PER_COLUMN = 2
PREVIEW_ROWS = 20
SHOWN_PROBLEMS = 1000

# English labels, marked for lupdate; shown_label() shows them in the user's language
AS_TYPE_LABELS: dict[str, str] = {"lead": QT_TRANSLATE_NOOP("ImportWizard", "Lead"),
                                  "potential": QT_TRANSLATE_NOOP("ImportWizard", "Potential"),
                                  "customer": QT_TRANSLATE_NOOP("ImportWizard", "Customer"),
                                  "account": QT_TRANSLATE_NOOP("ImportWizard", "Account"),
                                  "company": QT_TRANSLATE_NOOP("ImportWizard", "Company")}
ENCODING_LABELS: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportWizard", "UTF-8 with BOM"),
    "cp1252": QT_TRANSLATE_NOOP("ImportWizard", "Windows-1252 (Western)"),
}
DELIMITER_LABELS: dict[str, str] = {",": QT_TRANSLATE_NOOP("ImportWizard", "Comma ( , )"),
                                    ";": QT_TRANSLATE_NOOP("ImportWizard", "Semicolon ( ; )"),
                                    "\t": QT_TRANSLATE_NOOP("ImportWizard", "Tab")}
KIND_LABELS: dict[str, str] = {"csv": QT_TRANSLATE_NOOP("ImportWizard", "CSV text"),
                               "xlsx": QT_TRANSLATE_NOOP("ImportWizard", "Excel workbook (.xlsx)"),
                               "vcard": QT_TRANSLATE_NOOP("ImportWizard", "vCard contacts (.vcf)")}
ACTION_LABELS: dict[str, str] = {"skip": QT_TRANSLATE_NOOP("ImportWizard", "Skip"),
                                 "update": QT_TRANSLATE_NOOP("ImportWizard", "Update"),
                                 "create": QT_TRANSLATE_NOOP("ImportWizard", "Create")}


def shown_label(labels: Mapping[str, str], key: str) -> str:
    """``labels[key]`` in the user's language (an unknown key as it is, capitalised)."""
    return translate("ImportWizard", labels[key]) if key in labels else key.capitalize()


def not_imported() -> str:
    """The mapping's choice for a column that is left out."""
    return translate("ImportWizard", "— don't import —")
_DONE = {"skip": "skipped", "update": "updated", "create": "created"}


@dataclass(frozen=True)
class FileFacts:
    """What reading the head of the file told: its shape and a few values per column."""

    source: SourceInfo
    samples: tuple[tuple[str, ...], ...]  # per column, up to SAMPLES_PER_COLUMN values


@dataclass(frozen=True)
class Would:
    """What the import would do with the current choices."""

    create: int
    update: int
    skip_duplicates: int
    skip_invalid: int

    @property
    def writes(self) -> int:
        return self.create + self.update


@dataclass(frozen=True)
class RunOptions:
    """Everything ``run_import`` needs from the wizard, captured on the GUI thread."""

    path: Path
    mapping: dict[int, str]
    as_type: str
    encoding: str | None  # as the file was read (the user's override included)
    delimiter: str | None
    on_duplicate: str = "skip"
    choices: dict[int, str] | None = None
    skip_invalid: bool = False


@dataclass
class ImportState:
    """The wizard's working values, filled in page by page."""

    as_type: str = "lead"
    facts: FileFacts | None = None
    rows_total: int | None = None  # None until counted
    file_version: int = 0  # bumped whenever another file (or reading of it) is chosen
    mapping: dict[int, str] = field(default_factory=dict)
    check: ImportReport | None = None  # the dry run over the whole file
    match_names: dict[int, str] = field(default_factory=dict)  # contact id -> name
    on_duplicate: str = "skip"
    choices: dict[int, str] = field(default_factory=dict)  # row -> action, where it differs
    skip_invalid: bool = False
    result: ImportReport | None = None

    @property
    def source(self) -> SourceInfo | None:
        return self.facts.source if self.facts is not None else None

    def options(self) -> RunOptions:
        """The file, mapping and choices as they stand, for a job in a worker thread."""
        source = self.source
        assert source is not None, "no file chosen"
        text = source.kind == "csv"
        return RunOptions(source.path, dict(self.mapping), self.as_type,
                          source.encoding if text else None, source.delimiter if text else None,
                          self.on_duplicate, self.run_choices(), self.skip_invalid)

    def set_facts(self, facts: FileFacts) -> None:
        """Another file, or another reading of it: everything learnt from the old one goes."""
        self.facts = facts
        self.rows_total = None
        self.file_version += 1
        self.forget_check()

    def clear_file(self) -> None:
        self.facts = None
        self.rows_total = None
        self.file_version += 1
        self.forget_check()

    def forget_check(self) -> None:
        self.check = None
        self.match_names = {}
        self.choices = {}
        self.result = None

    def action_for(self, duplicate: Duplicate) -> str:
        """The chosen action for one duplicate row ("update" needs a contact to update)."""
        action = self.choices.get(duplicate.row, self.on_duplicate)
        return "skip" if action == "update" and duplicate.contact_id is None else action

    def run_choices(self) -> dict[int, str]:
        """The per-row choices handed to ``run_import`` (only rows that differ from the default)."""
        return {row: action for row, action in self.choices.items() if action != self.on_duplicate}

    def would(self) -> Would | None:
        if self.check is None:
            return None
        return would_do(self.check, self.action_for)

    def check_with_choices(self) -> ImportReport | None:
        """The check's report with each duplicate's action as now chosen (for "Save report…")."""
        if self.check is None:
            return None
        dups = tuple(replace(d, action=_DONE[self.action_for(d)]) for d in self.check.duplicates)
        return replace(self.check, duplicates=dups)


def would_do(check: ImportReport, action_for: Callable[[Duplicate], str]) -> Would:
    """Counts from a dry run, re-decided for the duplicate rows with ``action_for(dup)``
    (what the valid rows would become; with problems, all-or-nothing writes none).

    The dry run decided every duplicate one way; the rows that were no
    duplicates are created whatever the choices, so only the duplicates move
    between create, update and skip."""
    plain = check.created - sum(d.action == "created" for d in check.duplicates)
    counts = {"create": plain, "update": 0, "skip": 0}
    for dup in check.duplicates:
        counts[action_for(dup)] += 1
    return Would(counts["create"], counts["update"], counts["skip"], check.skipped_invalid)


def field_options() -> list[tuple[str, str]]:
    """(label, field) for a mapping combo: "don't import" first, then FIELDS in their order."""
    return [(not_imported(), "")] + [(field_label(key), key) for key in FIELDS]


def samples_of(source: SourceInfo, rows: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    """Per column, its first few non-empty values (a sparse column still shows something)."""
    out: list[tuple[str, ...]] = []
    for index in range(len(source.headers)):
        values = [cells[index].strip() for cells in rows if cells[index].strip()]
        out.append(tuple(values[:SAMPLES_PER_COLUMN]))
    return tuple(out)


def display_name(row: PreviewRow) -> str:
    person = " ".join(x for x in (row.first_name, row.last_name) if x)
    return person if row.kind != "company" and person else row.company_name or person


def match_text(dup: Duplicate, names: Mapping[int, str]) -> str:
    """What a duplicate row matches: "Anna Smith" (stored) or "row 3 of this file"."""
    if dup.other_row is not None:
        return translate("ImportWizard", "row {row} of this file").format(row=dup.other_row)
    if dup.contact_id is not None:
        return names.get(dup.contact_id) or translate("ImportWizard", "contact #{id}").format(
            id=dup.contact_id)
    return translate("ImportWizard", "an earlier row")


def duplicate_note(dup: Duplicate, names: Mapping[int, str]) -> str:
    """"Duplicate of Anna Smith (same e-mail)" or "... of row 3 of this file (same phone)"."""
    return translate("ImportWizard", "Duplicate of {match} (same {how})").format(
        match=match_text(dup, names), how=how_label(dup.how))
