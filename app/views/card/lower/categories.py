"""Categories: the contact's categories; "Choose categories…" ticks them."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import links
from app.services.context import AppContext
from app.services.office import lists as lookups
from app.services.office.lists import Item
from app.views.card.lower.base import LowerTab
from app.views.dialogs.categories_dialog import CategoriesDialog
from app.views.tasks import TaskRunner
from app.views.widgets.labels import format_count
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)


class CategoriesTab(LowerTab):
    key = "categories"
    title = QT_TRANSLATE_NOOP("CardTabs", "Categories")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # attributes
        self.all_categories: list[Item] = []

        # widgets
        self.caption = QLabel(self)
        self.model: RowsTableModel[Item] = RowsTableModel([Column(translate("CardCategories", "Category"),
                                                                  lambda i: i.name)],
                                                          self)
        self.table = make_table(self.model, self, "categoriesTable")
        self.choose_button = QPushButton(translate("CardCategories", "Choose categories…"), self)
        self.choose_button.setEnabled(False)  # until the list of categories is in

        # layout
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.caption)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)

        # signals
        self.choose_button.clicked.connect(self.choose_categories)

    def reload(self) -> None:
        """The contact's categories come with its detail; the list to choose from is fetched."""
        ctx = self.ctx
        self.load(lambda: lookups.items(ctx, "category"), self._fill)

    def _fill(self, items: list[Item]) -> None:
        assert self.detail is not None
        self.all_categories = items
        ticked = set(self.detail.category_ids)
        order = {i.id: n for n, i in enumerate(items)}
        # a retired category the contact still has stays listed, after the active ones
        known = {i.id: i for i in items}
        mine = [known.get(cid) or Item(cid, name, 10**6)
                for cid, name in zip(self.detail.category_ids, self.detail.categories, strict=True)]
        mine.sort(key=lambda i: (order.get(i.id, 10**6), i.name.lower()))
        self.model.set_rows(mine)
        if not ticked:
            caption = translate("CardCategories", "This contact is in no category yet.")
        elif len(ticked) == 1:
            caption = translate("CardCategories", "This contact is in 1 category")
        else:
            caption = translate("CardCategories", "This contact is in {count} categories").format(
                count=format_count(len(ticked)))
        self.caption.setText(caption)
        self.choose_button.setEnabled(True)

    def choose_categories(self) -> None:
        if self.detail is None:
            return
        dialog = CategoriesDialog(self.all_categories, set(self.detail.category_ids), self)
        dialog.submitted.connect(lambda d=dialog: self._update(d))
        self.open_dialog(dialog)

    def _update(self, dialog: CategoriesDialog) -> None:
        ids, cid = dialog.ticked_ids(), self.contact_id
        # keep retired categories the contact has: the dialog cannot show them
        active = {i.id for i in self.all_categories}
        assert self.detail is not None
        ids += [c for c in self.detail.category_ids if c not in active]
        self.save(lambda: links.set_categories(self.ctx, cid, ids), dialog)
