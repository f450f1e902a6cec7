"""Pieces of the alert settings screen: the on/off switch of reference 001
("click the button to slide; a check means the alert is enabled") and the
Customer Retention matrix (meetings / calls / e-mails per rating, "-" for not
required), whose cells tell their mistakes right where they are typed."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.alerts import settings as alert_settings
from app.services.alerts.settings import ACTIVITY_COLUMNS, RetentionRow

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e;"
ON_COLOR = QColor("#1f9d55")
TRACK_W, TRACK_H = 36, 20
COLUMN_LABELS = {"meetings": QT_TRANSLATE_NOOP("AlertWidgets", "Meetings"),
                 "calls": QT_TRANSLATE_NOOP("AlertWidgets", "Calls"),
                 "emails": QT_TRANSLATE_NOOP("AlertWidgets", "E-mails")}
"""English column names, shown through ``translate("AlertWidgets", name)``."""
CELL_STYLE = "QLineEdit[invalid=\"true\"] { border: 1px solid #b3261e; border-radius: 3px; }"


class SwitchBox(QCheckBox):
    """A QCheckBox drawn as a sliding switch: green with the knob right when on."""

    def sizeHint(self) -> QSize:  # noqa: N802
        text = self.fontMetrics().size(Qt.TextFlag.TextSingleLine, self.text())
        width = TRACK_W + (8 + text.width() if self.text() else 0) + 2
        return QSize(width, max(TRACK_H, text.height()) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - TRACK_H) // 2
        track = QRect(1, top, TRACK_W, TRACK_H)
        pal = self.palette()
        on = self.isChecked()
        color = ON_COLOR if on else pal.color(QPalette.ColorRole.Mid)
        if not self.isEnabled():
            color = QColor(color)
            color.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(track, TRACK_H / 2, TRACK_H / 2)
        knob = TRACK_H - 4
        x = track.right() - knob - 1 if on else track.left() + 2
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QRect(x, top + 2, knob, knob))
        if on:  # the check of the reference: "a check means the alert is enabled"
            painter.setPen(QColor("white"))
            painter.drawText(QRect(track.left() + 4, top, knob, TRACK_H),
                             Qt.AlignmentFlag.AlignCenter, "✓")
        if self.hasFocus():
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(track.adjusted(-1, -1, 0, 0), TRACK_H / 2, TRACK_H / 2)
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(pal.color(group, QPalette.ColorRole.WindowText))
        text_rect = QRect(TRACK_W + 9, 0, self.width() - TRACK_W - 9, self.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.text())
        painter.end()


def cell_text(value: int | None) -> str:
    return "-" if value is None else str(value)


class RetentionMatrix(QWidget):
    """Rating x meetings / calls / e-mails; retired ratings greyed with a note."""

    edited = Signal()
    """A cell changed (its own message is already shown or cleared)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._rows: list[RetentionRow] = []
        self._cells: dict[str, QLineEdit] = {}  # "retention.<rating id>.<column>"
        self._row_errors: dict[int, QLabel] = {}
        self._errors: dict[str, str] = {}
        self._editable = False
        self.setStyleSheet(CELL_STYLE)

        # layout
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(4)

    # -- filling -------------------------------------------------------------------

    def set_rows(self, rows: tuple[RetentionRow, ...], *, editable: bool) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self._rows, self._editable = list(rows), editable
        self._cells.clear()
        self._row_errors.clear()
        self._errors.clear()
        bold = self.font()
        bold.setBold(True)
        heads = (translate("AlertWidgets", "Rating"),
                 *(translate("AlertWidgets", label) for label in COLUMN_LABELS.values()))
        for col, text in enumerate(heads):
            head = QLabel(text, self)
            head.setFont(bold)
            if col:
                head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(head, 0, col)
        if not rows:
            empty = QLabel(translate("AlertWidgets", "No ratings are set up yet."), self)
            self._grid.addWidget(empty, 1, 0, 1, 4)
        for n, row in enumerate(rows):
            self._add_row(2 * n + 1, row)
        self._grid.setColumnStretch(4, 1)

    def _add_row(self, at: int, row: RetentionRow) -> None:
        name = QLabel(row.rating.upper(), self)
        name.setObjectName(f"rating{row.rating_id}")
        name.setEnabled(row.rating_active)
        self._grid.addWidget(name, at, 0)
        for col, column in enumerate(ACTIVITY_COLUMNS, start=1):
            key = f"retention.{row.rating_id}.{column}"
            cell = QLineEdit(cell_text(getattr(row, column)), self)
            cell.setObjectName(key.replace(".", "_"))
            cell.setAccessibleName(f"{row.rating} {translate('AlertWidgets', COLUMN_LABELS[column])}")
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setFixedWidth(64)
            cell.setMaxLength(4)
            cell.setEnabled(row.rating_active)  # a retired rating's line is greyed
            cell.setReadOnly(not self._editable)
            cell.setToolTip(translate("AlertWidgets", "A whole number per period, or “-” for not required"))
            cell.textEdited.connect(lambda _t, k=key: self._check_cell(k))
            self._grid.addWidget(cell, at, col, Qt.AlignmentFlag.AlignHCenter)
            self._cells[key] = cell
        if not row.rating_active:
            note = QLabel(translate("AlertWidgets", "Retired: no alerts fire for it"), self)
            note.setObjectName(f"retired{row.rating_id}")
            note.setEnabled(False)
            self._grid.addWidget(note, at, 4)
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self._grid.addWidget(error, at + 1, 0, 1, 5)
        self._row_errors[row.rating_id] = error

    # -- reading ---------------------------------------------------------------------

    def cell(self, rating_id: int, column: str) -> QLineEdit:
        return self._cells[f"retention.{rating_id}.{column}"]

    def values(self) -> tuple[tuple[RetentionRow, ...], dict[str, str]]:
        """The rows as typed, and the cells that are no number nor "-"."""
        rows, errors = [], {}
        for row in self._rows:
            changes: dict[str, int | None] = {}
            for column in ACTIVITY_COLUMNS:
                key = f"retention.{row.rating_id}.{column}"
                try:
                    changes[column] = alert_settings.parse_count(self._cells[key].text())
                except ValueError as exc:
                    errors[key] = str(exc)
            rows.append(replace(row, **changes))  # type: ignore[arg-type]
        return tuple(rows), errors

    # -- messages --------------------------------------------------------------------

    def _check_cell(self, key: str) -> None:
        try:
            alert_settings.parse_count(self._cells[key].text())
        except ValueError as exc:
            self.set_error(key, str(exc))
        else:
            self.set_error(key, None)
        self.edited.emit()

    def has_key(self, key: str) -> bool:
        return key in self._cells

    def set_error(self, key: str, message: str | None) -> None:
        if message:
            self._errors[key] = message
        else:
            self._errors.pop(key, None)
        cell = self._cells[key]
        cell.setProperty("invalid", "true" if message else "false")
        cell.style().unpolish(cell)
        cell.style().polish(cell)
        rating_id = int(key.split(".")[1])
        self._show_row_errors(rating_id)

    def _show_row_errors(self, rating_id: int) -> None:
        name = next((r.rating for r in self._rows if r.rating_id == rating_id), "")
        lines = []
        for column in ACTIVITY_COLUMNS:
            message = self._errors.get(f"retention.{rating_id}.{column}")
            if message:
                message = message.removeprefix(f"{name}: ")  # the row says which rating
                lines.append(f"{translate('AlertWidgets', COLUMN_LABELS[column])}: {message}")
        label = self._row_errors[rating_id]
        label.setText("\n".join(lines))
        label.setVisible(bool(lines))

    def error_text(self, key: str) -> str:
        return self._errors.get(key, "")

    def first_invalid(self) -> QLineEdit | None:
        return next((self._cells[k] for k in self._cells if k in self._errors), None)

    def clear_errors(self) -> None:
        for key in list(self._errors):
            self.set_error(key, None)
