"""The pop-up's bodies, one per state of a call: a recognised caller's summary,
an unknown or withheld number, the candidates chooser, and the end-of-call
form. They only show plain values; the pop-up and its manager act on them."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities.by_contact import CALL_OUTCOMES
from app.services.calls.queries import CallerSummary
from app.services.dto import ContactRow
from app.views.widgets.dates import format_date
from app.views.widgets.labels import contact_type_label, outcome_label
from app.views.widgets.tables import Column, RowsTableModel

log = logging.getLogger(__name__)

BODY_WIDTH = 340  # the pop-up is 380 wide; text is elided to fit, never clipped
KIND_LABELS = {"meeting_appointment": QT_TRANSLATE_NOOP("CallPopup", "Appointment"),
               "direct_mail": QT_TRANSLATE_NOOP("CallPopup", "Direct mail"),
               "live_chat": QT_TRANSLATE_NOOP("CallPopup", "Live chat"),
               "sms": QT_TRANSLATE_NOOP("CallPopup", "SMS"),
               "mail": QT_TRANSLATE_NOOP("CallPopup", "E-mail"),
               "call": QT_TRANSLATE_NOOP("CallPopup", "Call"),
               "task": QT_TRANSLATE_NOOP("CallPopup", "Task"),
               "meeting": QT_TRANSLATE_NOOP("CallPopup", "Meeting"),
               "fax": QT_TRANSLATE_NOOP("CallPopup", "Fax"),
               "ticket": QT_TRANSLATE_NOOP("CallPopup", "Ticket"),
               "note": QT_TRANSLATE_NOOP("CallPopup", "Note")}
OUTCOMES = (*CALL_OUTCOMES, "rejected")
OUTCOME_WORDS = {"answered": QT_TRANSLATE_NOOP("CallPopup", "answered"),  # in a sentence
                 "missed": QT_TRANSLATE_NOOP("CallPopup", "missed"),
                 "busy": QT_TRANSLATE_NOOP("CallPopup", "busy"),
                 "no answer": QT_TRANSLATE_NOOP("CallPopup", "no answer"),
                 "voicemail": QT_TRANSLATE_NOOP("CallPopup", "voicemail"),
                 "rejected": QT_TRANSLATE_NOOP("CallPopup", "rejected"),
                 "ringing": QT_TRANSLATE_NOOP("CallPopup", "ringing"),
                 "ended": QT_TRANSLATE_NOOP("CallPopup", "ended")}


def kind_label(kind: str) -> str:
    if kind in KIND_LABELS:
        return translate("CallPopup", KIND_LABELS[kind])
    return kind.replace("_", " ").capitalize()


def outcome_word(outcome: str) -> str:
    """A call outcome inside a sentence ("Call ended · no answer")."""
    return translate("CallPopup", OUTCOME_WORDS[outcome]) if outcome in OUTCOME_WORDS else outcome


def _label(text: str, parent: QWidget, *, name: str = "", bold: bool = False,
           size_delta: int = 0, elide_to: int = 0, muted: bool = False) -> QLabel:
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    if bold or size_delta:
        font = QFont(label.font())
        font.setBold(bold)
        if size_delta:
            font.setPointSize(font.pointSize() + size_delta)
        label.setFont(font)
    if elide_to:
        label.setToolTip(text)
        text = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, elide_to)
    label.setText(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


def caller_page(summary: CallerSummary, parent: QWidget) -> QWidget:
    """Who is calling: name, company/type/rating, open to-dos, last activities."""
    page = QWidget(parent)
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(4)
    box.addWidget(_label(summary.name, page, name="callerName", bold=True, size_delta=3,
                         elide_to=BODY_WIDTH))
    meta = [summary.company, contact_type_label(summary.contact_type),
            translate("CallPopup", "Rating {rating}").format(rating=summary.rating)
            if summary.rating else ""]
    box.addWidget(_label(" · ".join(m for m in meta if m), page, name="callerMeta",
                         elide_to=BODY_WIDTH))
    if not summary.call_contact:
        box.addWidget(_label(translate("CallPopup", "Does not want to be called"), page, name="noCalls",
                             bold=True))
    todo_title = (translate("CallPopup", "Open to-dos: {count}").format(
        count=summary.open_todo_count) if summary.open_todo_count
                  else translate("CallPopup", "No open to-dos"))
    box.addWidget(_label(todo_title, page, name="todoCount", bold=True))
    for subject in summary.open_todos[:3]:
        box.addWidget(_label(f"•  {subject}", page, elide_to=BODY_WIDTH))
    if summary.open_todo_count > 3:
        more = summary.open_todo_count - 3  # a plain name: pyside6-lupdate skips an expression
        box.addWidget(_label("   " + translate("CallPopup", "and %n more", None, more), page,
                             muted=True))
    box.addWidget(_label(translate("CallPopup", "Last activities") if summary.last_activities
                         else translate("CallPopup", "No activities yet"),
                         page, name="recentTitle", bold=True))
    grid = QGridLayout()
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(2)
    for row, (when, kind, subject) in enumerate(summary.last_activities[:3]):
        local = when.astimezone() if when.tzinfo else when
        grid.addWidget(_label(format_date(local.date()), page, muted=True), row, 0)
        grid.addWidget(_label(kind_label(kind), page), row, 1)
        grid.addWidget(_label(subject, page, elide_to=BODY_WIDTH - 170), row, 2)
    grid.setColumnStretch(2, 1)
    box.addLayout(grid)
    return page


def message_page(title: str, lines: list[str], parent: QWidget, *, name: str) -> QWidget:
    """An unknown or withheld caller, or a call not identified yet."""
    page = QWidget(parent)
    page.setObjectName(name)
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(4)
    box.addWidget(_label(title, page, name="callerName", bold=True, size_delta=3,
                         elide_to=BODY_WIDTH))
    for line in lines:
        if line:
            box.addWidget(_label(line, page, elide_to=BODY_WIDTH))
    return page


def candidate_columns() -> list[Column[ContactRow]]:
    return [Column(translate("CallPopup", "Name"), lambda r: r.name),
            Column(translate("CallPopup", "Company"), lambda r: r.contact),
            Column(translate("CallPopup", "Type"), lambda r: contact_type_label(r.contact_type))]


class CandidateChooser(QWidget):
    """Several contacts have the number: the user says which one is calling."""

    chosen = Signal(int)
    """The contact id the user picked."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # widgets
        self.model: RowsTableModel[ContactRow] = RowsTableModel(candidate_columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("candidates")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choose_button = QPushButton(translate("CallPopup", "This is the caller"), self)
        self.choose_button.setEnabled(False)
        title = _label(translate("CallPopup", "Who is calling?"), self, name="callerName", bold=True,
                       size_delta=3)
        hint = _label(translate("CallPopup", "Several contacts have {number}.").format(number=number),
                      self, elide_to=BODY_WIDTH)

        # layout
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(title)
        box.addWidget(hint)
        box.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        box.addLayout(row)

        # signals
        self.table.doubleClicked.connect(lambda _i: self._choose())
        self.choose_button.clicked.connect(self._choose)

    def set_candidates(self, rows: list[ContactRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        shown = max(1, min(len(rows), 5))  # fits the candidates; scrolls beyond five
        rows_height = sum(self.table.rowHeight(r) for r in range(shown))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows_height + 2 * self.table.frameWidth())
        sel = self.table.selectionModel()
        sel.selectionChanged.connect(
            lambda *_: self.choose_button.setEnabled(sel.hasSelection()))

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _choose(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen.emit(self.model.row(rows[0].row()).id)


@dataclass(frozen=True)
class EndOfCall:
    """What the end-of-call form submits."""

    contact_id: int
    outcome: str
    outcome_changed: bool
    note: str
    next_action: str
    due: date


class EndOfCallForm(QWidget):
    """After the call: outcome, a note and the next action (a To-Do)."""

    def __init__(self, outcome: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._initial = outcome
        # widgets
        self.outcome = QComboBox(self)
        for value in OUTCOMES:
            self.outcome.addItem(outcome_label(value), value)
        if self.outcome.findData(outcome) < 0:
            self.outcome.addItem(outcome_label(outcome), outcome)
        self.outcome.setCurrentIndex(self.outcome.findData(outcome))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("endNote")
        self.note.setPlaceholderText(translate("CallPopup", "What was said (optional)"))
        self.note.setFixedHeight(54)
        self.next_action = QLineEdit(self)
        self.next_action.setObjectName("nextAction")
        self.next_action.setPlaceholderText(translate("CallPopup", "e.g. Send the quote (creates a To-Do)"))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd MMM yyyy")
        tomorrow = date.today() + timedelta(days=1)
        self.due.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))

        # layout
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("CallPopup", "Outcome:"), self.outcome)
        form.addRow(translate("CallPopup", "Note:"), self.note)
        form.addRow(translate("CallPopup", "Next action:"), self.next_action)
        form.addRow(translate("CallPopup", "Due:"), self.due)

    def editors(self) -> list[QWidget]:
        return [self.outcome, self.note, self.next_action, self.due]

    def outcome_text(self) -> str:
        """The chosen outcome as the header says it ("answered", "no answer")."""
        return str(self.outcome.currentData())

    def value(self, contact_id: int) -> EndOfCall:
        outcome = str(self.outcome.currentData())
        d = self.due.date()
        return EndOfCall(contact_id, outcome, outcome != self._initial,
                         self.note.toPlainText().strip(), self.next_action.text().strip(),
                         date(d.year(), d.month(), d.day()))
