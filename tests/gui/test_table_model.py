"""The generic rows model behind the card's lists."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt

from app.views.widgets.dates import format_date
from app.views.widgets.tables import Column, RowsTableModel


@dataclass
class Row:
    name: str
    when: date
    done: bool
    mine: bool


def test_rows_model(qtmodeltester, qtbot) -> None:  # type: ignore[no-untyped-def]
    model: RowsTableModel[Row] = RowsTableModel(
        [Column("Name", lambda r: r.name), Column("When", lambda r: r.when),
         Column("Done", lambda r: r.done, align_right=True)],
        dimmed=lambda r: not r.mine)
    model.set_rows([Row("Call back", date(2026, 11, 20), False, True),
                    Row("Send quote", date(2026, 11, 21), True, False)])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == format_date(date(2026, 11, 20))  # the locale's date
    assert model.index(1, 2).data() == "Yes"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out
