"""Small widgets the upper tabs and the contact dialog share.

Validation messages belong beside the field they are about, so every editor
here has a place for one: ``ErrorLabel`` under a single field, and a message
line under each row of a ``RowListEditor`` (phones, e-mails, bank accounts ...).
The services name fields as ``emails[0]`` or ``bank_accounts[1].iban``;
``parse_key`` turns that into (list, row, sub-field).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.context import ServiceError
from app.services.validation import ValidationError
from app.views.errors import show_exception

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e;"
_KEY = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$")


def parse_key(key: str) -> tuple[str, int | None, str | None]:
    """``"bank_accounts[0].iban"`` -> ``("bank_accounts", 0, "iban")``."""
    m = _KEY.match(key)
    if m is None:
        return key, None, None
    return m.group(1), int(m.group(2)) if m.group(2) is not None else None, m.group(3)


class ErrorLabel(QLabel):
    """A message under (or beside) one field; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def with_error(widget: QWidget, parent: QWidget | None = None) -> tuple[QWidget, ErrorLabel]:
    """``widget`` with an ErrorLabel under it, ready for a form row."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    label = ErrorLabel(box)
    layout.addWidget(label)
    return box, label


def side_by_side(a: QWidget, b: QWidget) -> QWidget:
    """Two fields on one form row, the first three times as wide (host and port)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(a, 3)
    row.addWidget(b, 1)
    return box


def limit_length(edit: QLineEdit, limit: int) -> None:
    """At most ``limit`` characters typed or pasted. A longer stored value (old data,
    an import) is kept, not cut silently: the services' refusal says so on the field."""
    edit.setMaxLength(max(limit, len(edit.text())))


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]], current: Any = None) -> None:
    """Replace a combo's items with (label, data) pairs and select ``current``."""
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


@dataclass(frozen=True)
class FieldSpec:
    """One column of a RowListEditor: a line edit, or a combo of (value, label).
    ``label`` and the choices' labels are English, marked at their definition with
    ``QT_TRANSLATE_NOOP("Fields", ...)``: the editor shows them translated."""

    name: str
    label: str
    choices: tuple[tuple[str, str], ...] | None = None
    stretch: int = 1
    default: str = ""
    max_length: int = 0
    """The most characters a line edit takes (0: Qt's default)."""

    def choices_values(self) -> set[str]:
        return {v for v, _label in self.choices or ()}


class RowListEditor(QWidget):
    """An editable list of small records (one row of fields each) with Add and
    a remove button per row, and a message line under every row."""

    changed = Signal()
    """A row was added, removed or edited."""

    def __init__(self, fields: Sequence[FieldSpec], *, add_text: str = "",
                 empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._fields = list(fields)
        self._rows: list[dict[str, QLineEdit | QComboBox]] = []
        self._errors: list[ErrorLabel] = []
        self._removers: list[QToolButton] = []
        self._checks: dict[str, Callable[[str], str | None]] = {}

        # widgets
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.empty = QLabel(empty_text, self)
        self.empty.setEnabled(False)
        self.add_button = QPushButton(add_text or translate("Fields", "Add"), self)
        self.add_button.setAutoDefault(False)

        # layout
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid_host)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

        # signals
        self.add_button.clicked.connect(self._add_clicked)
        self._rebuild([])

    # -- contents -------------------------------------------------------------

    def set_rows(self, rows: Sequence[dict[str, str]]) -> None:
        self._rebuild(list(rows))

    def rows(self) -> list[dict[str, str]]:
        return [{name: self._value(w) for name, w in row.items()} for row in self._rows]

    def count(self) -> int:
        return len(self._rows)

    def add_row(self, values: dict[str, str] | None = None) -> int:
        self._rebuild(self.rows() + [values or {}])
        self.changed.emit()
        return len(self._rows) - 1

    def remove_row(self, index: int) -> None:
        rows = self.rows()
        del rows[index]
        self._rebuild(rows)
        self.changed.emit()

    def editor(self, index: int, name: str) -> QLineEdit | QComboBox:
        return self._rows[index][name]

    def remove_button(self, index: int) -> QToolButton:
        return self._removers[index]

    # -- messages -------------------------------------------------------------

    def set_check(self, name: str, check: Callable[[str], str | None]) -> None:
        """Check field ``name`` as soon as the user leaves it (e.g. an IBAN)."""
        self._checks[name] = check
        self._rebuild(self.rows())

    def error_label(self, index: int) -> ErrorLabel:
        return self._errors[index]

    def show_error(self, index: int, message: str) -> bool:
        if not 0 <= index < len(self._errors):
            return False
        self._errors[index].show_message(message)
        return True

    def clear_errors(self) -> None:
        for label in self._errors:
            label.clear_message()

    # -- building ---------------------------------------------------------------

    def _add_clicked(self) -> None:
        index = self.add_row()
        first = self._rows[index][self._fields[0].name]
        first.setFocus()

    @staticmethod
    def _value(w: QLineEdit | QComboBox) -> str:
        if isinstance(w, QComboBox):
            data = w.currentData()
            return str(data) if data is not None else w.currentText()
        return w.text()

    def _rebuild(self, rows: list[dict[str, str]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._rows, self._errors, self._removers = [], [], []
        for col, spec in enumerate(self._fields):
            if len(self._fields) > 1:  # a single field explains itself (placeholder)
                head = QLabel(translate("Fields", spec.label), self.grid_host)
                head.setEnabled(False)
                self.grid.addWidget(head, 0, col)
            self.grid.setColumnStretch(col, spec.stretch)
        for i, values in enumerate(rows):
            self._add_widgets(i, values)
        self.grid_host.setVisible(bool(rows))
        self.empty.setVisible(not rows and bool(self.empty.text()))

    def _add_widgets(self, i: int, values: dict[str, str]) -> None:
        row: dict[str, QLineEdit | QComboBox] = {}
        error = ErrorLabel(self.grid_host)
        for col, spec in enumerate(self._fields):
            value = values.get(spec.name, spec.default)
            w: QLineEdit | QComboBox
            if spec.choices is not None:
                w = QComboBox(self.grid_host)
                choices = [(translate("Fields", label), v) for v, label in spec.choices]
                if value and value not in spec.choices_values():
                    choices.append((value, value))  # keep what is stored, even if unusual
                fill_combo(w, choices, value)
                w.currentIndexChanged.connect(lambda _i: self.changed.emit())
            else:
                w = QLineEdit(value, self.grid_host)
                w.setPlaceholderText(translate("Fields", spec.label))
                if spec.max_length:
                    limit_length(w, spec.max_length)
                w.textEdited.connect(lambda _t: self.changed.emit())
                check = self._checks.get(spec.name)
                if check is not None:
                    w.editingFinished.connect(
                        lambda e=w, c=check, lab=error: self._run_check(e, c, lab))
            w.setAccessibleName(f"{translate('Fields', spec.label)} {i + 1}")
            self.grid.addWidget(w, 1 + 2 * i, col)
            row[spec.name] = w
        remove = QToolButton(self.grid_host)
        remove.setText("✕")
        remove.setToolTip(translate("Fields", "Remove this row"))
        remove.setAccessibleName(translate("Fields", "Remove row {number}").format(number=i + 1))
        remove.clicked.connect(lambda _=False, n=i: self.remove_row(n))
        self.grid.addWidget(remove, 1 + 2 * i, len(self._fields))
        self.grid.addWidget(error, 2 + 2 * i, 0, 1, len(self._fields))
        self._rows.append(row)
        self._errors.append(error)
        self._removers.append(remove)

    @staticmethod
    def _run_check(edit: QLineEdit, check: Callable[[str], str | None], label: ErrorLabel) -> None:
        text = edit.text()
        label.show_message((check(text) or "") if text.strip() else "")


class OptionalDate(QWidget):
    """A date that may be unset: a tick box switches the date field on."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd MMM yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value
                          else QDate.currentDate())


def make_table(model: QAbstractItemModel, parent: QWidget, stretch_column: int) -> QTableView:
    """A read-only, row-selecting table as every card list uses it."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def plain_scroll(body: QWidget, parent: QWidget) -> QScrollArea:
    """A frameless scroll area that lets the tab page's own background show."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    scroll.viewport().setAutoFillBackground(False)
    body.setAutoFillBackground(False)
    return scroll


def save_with_messages(tab: Any, call: Callable[[], object], errors: dict[str, ErrorLabel],
                       banner: ErrorLabel, state: QLabel) -> bool:
    """Run a service save for a settings-like tab: field messages under their
    fields (the banner for the rest), nothing kept on failure; on success the
    card refreshes (reloading the tab) and the tab says "Saved"."""
    banner.clear_message()
    for label in errors.values():
        label.clear_message()
    try:
        call()
    except ValidationError as exc:
        for key, message in exc.errors.items():
            (errors.get(key) or banner).show_message(message)
        return False
    except ServiceError as exc:
        banner.show_message(str(exc))
        show_exception(tab, exc)
        return False
    tab.changed.emit()
    state.setText(translate("Fields", "Saved"))
    return True
