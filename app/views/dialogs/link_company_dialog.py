"""Link a person to a company (or a company to a person) by searching for it.

``ContactSearch`` is the search-as-you-type picker shared with the appointment
dialog: the search runs on the runner's pool (one search in flight per picker,
older answers dropped) after a short pause in typing, so a 1M-contact
database never stalls the dialog.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.i18n import translate
from app.services.contacts import search
from app.services.contacts.list_rows import Filters
from app.services.context import AppContext
from app.services.dto import ContactRow
from app.views.tasks import TaskRunner
from app.views.widgets.forms import FormDialog
from app.views.widgets.labels import contact_type_label
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)

TYPING_PAUSE_MS = 150
RESULTS = 30


def _forget(runner: TaskRunner, key: str, *_args: object) -> None:
    runner.cancel(key)


class ContactSearch(QWidget):
    """A search box over contacts (of one kind, or any) with its hits below."""

    chosen = Signal(object)
    """A hit was double-clicked or Enter pressed on it (a ``ContactRow``)."""
    results_shown = Signal()
    """The hits of the latest search are in the list."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None, *,
                 kind: str | None = None, exclude: set[int] | frozenset[int] = frozenset()
                 ) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._filters = Filters(kind=kind)
        self._exclude = set(exclude)
        self._task = f"contact-search.{id(self)}"
        # a search still running when the dialog goes must not deliver into deleted widgets
        self.destroyed.connect(partial(_forget, runner, self._task))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)

        # widgets
        self.box = QLineEdit(self)
        self.box.setObjectName("contactSearchBox")
        self.box.setClearButtonEnabled(True)
        self._kind = kind or ""
        self.box.setPlaceholderText({
            "company": translate("LinkCompanyDialog", "Search companies by name, phone or e-mail…"),
            "person": translate("LinkCompanyDialog", "Search people by name, phone or e-mail…"),
        }.get(self._kind, translate("LinkCompanyDialog", "Search contacts by name, phone or e-mail…")))
        columns: list[Column[ContactRow]] = [
            Column(translate("LinkCompanyDialog", "Name"), lambda r: r.name),
            Column(translate("LinkCompanyDialog", "Type"),
                   lambda r: translate("LinkCompanyDialog", "{type} · company").format(
                       type=contact_type_label(r.contact_type)) if r.kind == "company"
                   else contact_type_label(r.contact_type)),
            Column(translate("LinkCompanyDialog", "Phone"), lambda r: r.phone),
            Column(translate("LinkCompanyDialog", "Company / contact"), lambda r: r.contact),
        ]
        self.model: RowsTableModel[ContactRow] = RowsTableModel(columns, self)
        self.table = make_table(self.model, self, "searchResults")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 140), (2, 130), (3, 150)):
            self.table.setColumnWidth(col, width)
        self.table.setMinimumHeight(160)
        self.empty = QLabel(self)
        self.empty.setObjectName("searchEmpty")
        self.empty.hide()

        # layout
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.box)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty)

        # signals
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._choose_current)
        self._timer.timeout.connect(self.run_search)
        self.table.doubleClicked.connect(self._double_clicked)

    def exclude(self, ids: set[int]) -> None:
        self._exclude = set(ids)

    def run_search(self) -> None:
        """Search for the box's text now (an empty box lists the first by name)."""
        self._timer.stop()
        term, filters, ctx = self.box.text(), self._filters, self._ctx
        self._runner.run(self._task, lambda: search.search(ctx, term, filters, limit=RESULTS + 10),
                         self._show)

    def current(self) -> ContactRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _show(self, page: search.SearchPage) -> None:
        rows = [r for r in page.rows if r.id not in self._exclude][:RESULTS]
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.empty.setText(self._empty_text(self.box.text().strip()))
        self.empty.setVisible(not rows)
        self.results_shown.emit()

    def _empty_text(self, typed: str) -> str:
        """What the list says when it has no hits (for "typed", or before any typing)."""
        if typed:
            text = {"company": translate("LinkCompanyDialog", "No companies match “{typed}”"),
                    "person": translate("LinkCompanyDialog", "No people match “{typed}”")}.get(
                        self._kind, translate("LinkCompanyDialog", "No contacts match “{typed}”"))
            return text.format(typed=typed)
        return {"company": translate("LinkCompanyDialog", "No companies to link yet"),
                "person": translate("LinkCompanyDialog", "No people to link yet")}.get(
                    self._kind, translate("LinkCompanyDialog", "No contacts to link yet"))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(self.model.row(index.row()))

    def _choose_current(self) -> None:
        row = self.current()
        if row is not None:
            self.chosen.emit(row)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Down/Up in the box move through the hits without leaving the box."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
            current = self.table.currentIndex().row()
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.table.selectRow(max(0, min(self.model.rowCount() - 1, current + step)))
            return
        super().keyPressEvent(event)


class LinkCompanyDialog(FormDialog):
    """Pick a company (for a person) or a person (for a company), give a role, Add."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None, *,
                 for_company: bool = False, exclude: set[int] | frozenset[int] = frozenset()
                 ) -> None:
        other = "person" if for_company else "company"
        super().__init__(translate("LinkCompanyDialog", "Link person") if for_company
                         else translate("LinkCompanyDialog", "Link company"), parent,
                         ok_text=translate("LinkCompanyDialog", "Add"))
        # widgets
        self.search = ContactSearch(ctx, runner, self, kind=other, exclude=exclude)
        self.role = QLineEdit(self)
        self.role.setObjectName("roleEdit")
        self.role.setPlaceholderText(translate("LinkCompanyDialog", "e.g. Purchasing manager"))
        self.role.setMaxLength(120)
        self.add_field(other, translate("LinkCompanyDialog", "Person") if for_company
                       else translate("LinkCompanyDialog", "Company"), self.search)
        self.add_field("role", translate("LinkCompanyDialog", "Role"), self.role)
        self.resize(700, 440)

        # signals
        self.search.chosen.connect(lambda _row: self.role.setFocus())
        self.search.run_search()

    def chosen_id(self) -> int | None:
        row = self.search.current()
        return row.id if row is not None else None

    def check(self) -> dict[str, str]:
        if self.chosen_id() is None:
            key = "person" if "person" in self._fields else "company"
            return {key: translate("LinkCompanyDialog", "Pick a person from the list")
                    if key == "person" else translate("LinkCompanyDialog", "Pick a company from the "
                                                                            "list")}
        return {}
