"""Settings › Office lists: the lists reference 002 calls customisable, a page
each (statuses, ratings, conversion stages, categories). A manager adds,
renames, moves up and down, retires and restores entries; each change saves at
once, in one transaction. Everyone else sees the lists read-only."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.context import AppContext
from app.services.office import lists
from app.services.office.lists import Item
from app.views.errors import show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.forms import FormDialog, save_from_dialog
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)

PAGES = (("status", QT_TRANSLATE_NOOP("OfficeListsDialog", "Statuses")),
         ("rating", QT_TRANSLATE_NOOP("OfficeListsDialog", "Ratings")),
         ("conversion_stage", QT_TRANSLATE_NOOP("OfficeListsDialog", "Conversion stages")),
         ("category", QT_TRANSLATE_NOOP("OfficeListsDialog", "Categories")))
"""(list, English tab label): shown through ``translate("OfficeListsDialog", label)``."""


def read_only_note() -> str:
    return translate("OfficeListsDialog", "Only a manager can change the office lists.")


def entry_texts(list_name: str) -> dict[str, str]:
    """What the dialogs of one list say, whole sentences per list (German nouns have
    genders): the titles, and the two messages of the name field ("{name}")."""
    if list_name == "rating":
        return {"new": translate("OfficeListsDialog", "New rating"),
                "rename": translate("OfficeListsDialog", "Rename rating"),
                "empty": translate("OfficeListsDialog", "Give the rating a name"),
                "taken": translate("OfficeListsDialog", "There is already a rating “{name}”")}
    if list_name == "conversion_stage":
        return {"new": translate("OfficeListsDialog", "New conversion stage"),
                "rename": translate("OfficeListsDialog", "Rename conversion stage"),
                "empty": translate("OfficeListsDialog", "Give the conversion stage a name"),
                "taken": translate("OfficeListsDialog",
                                   "There is already a conversion stage “{name}”")}
    if list_name == "category":
        return {"new": translate("OfficeListsDialog", "New category"),
                "rename": translate("OfficeListsDialog", "Rename category"),
                "empty": translate("OfficeListsDialog", "Give the category a name"),
                "taken": translate("OfficeListsDialog", "There is already a category “{name}”")}
    return {"new": translate("OfficeListsDialog", "New status"),
            "rename": translate("OfficeListsDialog", "Rename status"),
            "empty": translate("OfficeListsDialog", "Give the status a name"),
            "taken": translate("OfficeListsDialog", "There is already a status “{name}”")}


class EntryNameDialog(FormDialog):
    """The name of a new or renamed entry, checked against the list as it is typed."""

    def __init__(self, title: str, texts: dict[str, str], taken: dict[str, int],
                 parent: QWidget | None = None, *, name: str = "", item_id: int | None = None
                 ) -> None:
        super().__init__(title, parent)
        # attributes
        self._texts = texts  # entry_texts() of the list
        self._taken = taken  # casefolded name -> id, the list's names (retired ones too)
        self._item_id = item_id

        # widgets
        self.name = QLineEdit(name, self)
        self.name.setObjectName("entryName")
        self.name.setMaxLength(lists.NAME_MAX)
        self.add_field("name", translate("OfficeListsDialog", "Name"), self.name)

        # signals
        self.name.textChanged.connect(lambda _t: self.set_error("name", self.check().get("name")))

    def check(self) -> dict[str, str]:
        name = " ".join(self.name.text().split())
        if not name:
            return {"name": self._texts["empty"]}
        clash = self._taken.get(name.casefold())
        if clash is not None and clash != self._item_id:
            return {"name": self._texts["taken"].format(name=name)}
        return {}


class ListPage(QWidget):
    """One list: its entries in order, retired ones greyed, and the buttons."""

    def __init__(self, owner: OfficeListsDialog, list_name: str) -> None:
        super().__init__(owner.tabs)
        # attributes
        self.list_name = list_name
        self._owner = owner

        # widgets
        self.model: RowsTableModel[Item] = RowsTableModel([
            Column(translate("OfficeListsDialog", "Name"), lambda i: i.name),
            Column(translate("OfficeListsDialog", "In use"),
                   lambda i: translate("OfficeListsDialog", "Yes") if i.active
                   else translate("OfficeListsDialog", "Retired")),
        ], self, dimmed=lambda i: not i.active)
        self.table = make_table(self.model, self, f"{list_name}Table")
        self.table.setColumnWidth(0, 300)
        self.add_button = QPushButton(translate("OfficeListsDialog", "Add…"), self)
        self.rename_button = QPushButton(translate("OfficeListsDialog", "Rename…"), self)
        self.up_button = QPushButton(translate("OfficeListsDialog", "Move up"), self)
        self.down_button = QPushButton(translate("OfficeListsDialog", "Move down"), self)
        self.retire_button = QPushButton(translate("OfficeListsDialog", "Retire"), self)

        # layout
        row = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.up_button, self.down_button,
                  self.retire_button):
            row.addWidget(b)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(row)

        # signals
        self.add_button.clicked.connect(self.add_entry)
        self.rename_button.clicked.connect(self.rename_entry)
        self.up_button.clicked.connect(lambda: self.move_entry(-1))
        self.down_button.clicked.connect(lambda: self.move_entry(1))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

    # -- state ---------------------------------------------------------------------

    def fill(self, rows: list[Item]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None:
            self.select(chosen.id)
        self.update_buttons()

    def names(self) -> list[str]:
        return [i.name for i in self.model.rows()]

    def select(self, item_id: int) -> bool:
        for n, item in enumerate(self.model.rows()):
            if item.id == item_id:
                self.table.selectRow(n)
                return True
        return False

    def selected(self) -> Item | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        manager, chosen = self._owner.manager, self.selected()
        at = self.model.rows().index(chosen) if chosen is not None else -1
        self.add_button.setEnabled(manager)
        self.rename_button.setEnabled(manager and chosen is not None)
        self.up_button.setEnabled(manager and at > 0)
        self.down_button.setEnabled(manager and 0 <= at < self.model.rowCount() - 1)
        self.retire_button.setEnabled(manager and chosen is not None)
        self.retire_button.setText(translate("OfficeListsDialog", "Restore")
                                   if chosen is not None and not chosen.active
                                   else translate("OfficeListsDialog", "Retire"))
        tip = "" if manager else read_only_note()
        for b in (self.add_button, self.rename_button, self.up_button, self.down_button,
                  self.retire_button):
            b.setToolTip(tip)

    # -- changes -------------------------------------------------------------------

    def _taken(self) -> dict[str, int]:
        return {i.name.casefold(): i.id for i in self.model.rows()}

    def add_entry(self) -> EntryNameDialog:
        ctx, name = self._owner.ctx, self.list_name
        texts = entry_texts(name)
        dialog = EntryNameDialog(texts["new"], texts, self._taken(), self)
        dialog.submitted.connect(lambda: self._owner.save(self, dialog, lambda: lists.add(
            ctx, name, dialog.name.text())))
        return self._owner.open_dialog(dialog)

    def rename_entry(self) -> EntryNameDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        ctx, name = self._owner.ctx, self.list_name
        texts = entry_texts(name)
        dialog = EntryNameDialog(texts["rename"], texts, self._taken(), self,
                                 name=chosen.name, item_id=chosen.id)
        dialog.submitted.connect(lambda: self._owner.save(self, dialog, lambda: lists.rename(
            ctx, name, chosen.id, dialog.name.text())))
        return self._owner.open_dialog(dialog)

    def move_entry(self, step: int) -> None:
        chosen = self.selected()
        if chosen is not None:
            ctx, name = self._owner.ctx, self.list_name
            self._owner.save(self, None, lambda: lists.move(ctx, name, chosen.id, step))

    def toggle_retired(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            ctx, name = self._owner.ctx, self.list_name
            self._owner.save(self, None, lambda: lists.set_active(ctx, name, chosen.id,
                                                                 not chosen.active))


class OfficeListsDialog(QDialog):
    """A page per office list; changes save at once."""

    loaded = Signal()
    """Every page has been filled from the database (tests wait on this)."""
    saved = Signal()
    """A change was written and its list shown again."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.ctx = ctx
        self._runner = runner
        self._task = f"office-lists.{id(self)}"
        self.manager = False
        self.active_dialog: EntryNameDialog | None = None

        # widgets
        self.setWindowTitle(translate("OfficeListsDialog", "Office lists"))
        self.setObjectName("officeListsDialog")
        self.tabs = QTabWidget(self)
        self.pages: dict[str, ListPage] = {}
        for key, label in PAGES:
            self.pages[key] = ListPage(self, key)
            self.tabs.addTab(self.pages[key], translate("OfficeListsDialog", label))
        self.note = QLabel(read_only_note(), self)
        self.note.setObjectName("officeListsNote")
        self.note.hide()
        hint = QLabel(translate("OfficeListsDialog", "A retired entry stays on the records that "
                                                     "have it; it is no longer offered for new "
                                                     "ones."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        # layout
        box = QVBoxLayout(self)
        box.addWidget(self.tabs, 1)
        box.addWidget(hint)
        box.addWidget(self.note)
        box.addWidget(buttons)
        self.resize(560, 460)

        # signals
        buttons.rejected.connect(self.reject)
        self.reload()

    def page(self, list_name: str) -> ListPage:
        return self.pages[list_name]

    def reload(self, only: str | None = None) -> None:
        ctx = self.ctx
        names = [only] if only is not None else [key for key, _label in PAGES]

        def work() -> tuple[bool, dict[str, list[Item]]]:
            return lists.may_edit(ctx), {n: lists.all_items(ctx, n) for n in names}

        self._runner.run(f"{self._task}.load.{only or 'all'}", work, self._fill)

    def _fill(self, result: tuple[bool, dict[str, list[Item]]]) -> None:
        self.manager, found = result
        self.note.setVisible(not self.manager)
        for name, rows in found.items():
            self.pages[name].fill(rows)
        for page in self.pages.values():
            page.update_buttons()
        self.loaded.emit()

    def open_dialog(self, dialog: EntryNameDialog) -> EntryNameDialog:
        self.active_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        dialog.open()
        return dialog

    def save(self, page: ListPage, dialog: EntryNameDialog | None, fn: Callable[[], Any]) -> None:
        def done(result: Any) -> None:
            if isinstance(result, int) and not isinstance(result, bool):
                self._select_after_load(page, result)  # a new entry: select it once listed
            self.reload(page.list_name)
            self.saved.emit()

        save_from_dialog(self._runner, f"{self._task}.save", fn, dialog, done,
                         lambda exc: self._refused(page, exc))

    def _select_after_load(self, page: ListPage, item_id: int) -> None:
        def select() -> None:
            self.loaded.disconnect(select)
            page.select(item_id)
        self.loaded.connect(select)

    def _refused(self, page: ListPage, exc: BaseException) -> None:
        show_exception(self, exc)
        self.reload(page.list_name)  # refused because the list was out of date: show what is true
