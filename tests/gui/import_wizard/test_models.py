"""The wizard's table models follow Qt's model rules (pytest-qt's model tester),
and the pure rules behind the check page's counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.services.importing.contacts import Duplicate, ImportReport, PreviewRow, RowProblem
from app.services.importing.read import SourceInfo
from app.views.import_wizard.mapping_model import FIELD_COLUMN, MappingModel
from app.views.import_wizard.preview_model import PreviewModel
from app.views.import_wizard.report_models import ACTION_COLUMN, DuplicatesModel, actions_for
from app.views.import_wizard.state import FileFacts, ImportState, would_do

SOURCE = SourceInfo(Path("x.csv"), "csv", "utf-8", ",", ("First", "Last", "Mail"))
PROBLEM = RowProblem(3, "Mail", "“x@@y” is not a valid e-mail address")
STORED = Duplicate(4, "e-mail", 7, None, "skipped")
IN_FILE = Duplicate(5, "phone", None, 2, "skipped")


def _report(**changes: object) -> ImportReport:
    base = dict(rows=5, created=2, updated=0, skipped_duplicates=2, skipped_invalid=1,
                problems=(PROBLEM,), duplicates=(STORED, IN_FILE), calls_moved=0,
                committed=False, cancelled=False, dry_run=True, contact_ids=())
    return ImportReport(**{**base, **changes})  # type: ignore[arg-type]


def test_mapping_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MappingModel()
    model.set_file(SOURCE.headers, (("Ann", "Bob"), ("Lee",), ()), {0: "first_name", 9: "email"})
    assert model.mapping() == {0: "first_name"}  # a column the file lacks is dropped
    qtmodeltester.check(model)
    assert model.setData(model.field_index(2), "email")
    assert not model.setData(model.field_index(1), "no_such_field")
    assert model.mapping() == {0: "first_name", 2: "email"}
    assert model.index(1, 2).data() == "Lee" and model.index(1, 3).data() == ""
    assert model.index(1, FIELD_COLUMN).data() == "— don't import —"


def test_preview_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PreviewModel()
    model.set_rows([PreviewRow(2, "person", "Ann", "Lee", "", "", (("mobile", "+447700900001"),),
                               ("ann@lee.example",), (), "", (), STORED)], {7: "Anna Smith"})
    qtmodeltester.check(model)
    assert model.text(0, 6) == "Duplicate of Anna Smith (same e-mail)"


def test_duplicates_model_and_choices(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    state = ImportState()
    model = DuplicatesModel(state.action_for)
    model.set_rows([STORED, IN_FILE], {7: "Anna Smith"})
    qtmodeltester.check(model)
    assert actions_for(IN_FILE) == ["skip", "create"]  # nothing stored to update
    assert not model.setData(model.index(1, ACTION_COLUMN), "update")
    chosen: list[tuple[int, str]] = []
    model.action_changed.connect(lambda row, action: chosen.append((row, action)))
    assert model.setData(model.index(0, ACTION_COLUMN), "update", Qt.ItemDataRole.EditRole)
    assert chosen == [(4, "update")]
    assert model.text(1, 1) == "row 2 of this file"


def test_would_do_redecides_only_the_duplicates() -> None:
    state = ImportState()
    state.facts = FileFacts(SOURCE, ())
    state.check = _report()
    assert state.would().create == 2 and state.would().skip_duplicates == 2  # type: ignore[union-attr]
    state.on_duplicate = "create"
    state.choices[4] = "update"
    assert would_do(state.check, state.action_for) == state.would()
    assert (state.would().create, state.would().update) == (3, 1)  # type: ignore[union-attr]
    assert state.run_choices() == {4: "update"}
    assert [d.action for d in state.check_with_choices().duplicates] == ["updated", "created"]  # type: ignore[union-attr]
