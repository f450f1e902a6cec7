""""More search options" (reference 004): narrow the list or the search by
category, rep, status, rating and active. Hidden until asked for."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts.list_rows import Filters
from app.services.context import AppContext
from app.services.office import lists as lookups
from app.services.office import users

log = logging.getLogger(__name__)
ANY = QT_TRANSLATE_NOOP("SearchOptions", "Any")


class SearchOptions(QWidget):
    changed = Signal()
    """A filter was changed: the list or search should run again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx

        # widgets
        self.toggle = QToolButton(self)
        self.toggle.setText(translate("SearchOptions", "More search options"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.box = QFrame(self)
        self.box.setObjectName("searchOptions")
        self.category = QComboBox(self.box)
        self.rep = QComboBox(self.box)
        self.status = QComboBox(self.box)
        self.rating = QComboBox(self.box)
        self.active = QComboBox(self.box)
        self.clear = QPushButton(translate("SearchOptions", "Clear filters"), self.box)
        for combo in (self.category, self.rep, self.status, self.rating, self.active):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
        self.box.setVisible(False)

        # layout
        form = QFormLayout(self.box)
        form.setContentsMargins(4, 0, 4, 4)
        form.addRow(translate("SearchOptions", "Category"), self.category)
        form.addRow(translate("SearchOptions", "Rep"), self.rep)
        form.addRow(translate("SearchOptions", "Status"), self.status)
        form.addRow(translate("SearchOptions", "Rating"), self.rating)
        form.addRow(translate("SearchOptions", "Active"), self.active)
        clear_row = QHBoxLayout()
        clear_row.addStretch(1)
        clear_row.addWidget(self.clear)
        form.addRow(clear_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.box)

        # signals
        self.toggle.toggled.connect(self._show_box)
        for combo in (self.category, self.rep, self.status, self.rating, self.active):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.clear.clicked.connect(self.reset)

    def load_choices(self) -> None:
        """Fill the combos from the admin lists (call once the database is there)."""
        def fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("SearchOptions", ANY), None)
            for label, value in items:
                combo.addItem(label, value)
            combo.blockSignals(False)

        fill(self.category, [(i.name, i.id) for i in lookups.items(self._ctx, "category")])
        fill(self.rep, [(u.label, u.id) for u in users.list_users(self._ctx)])
        fill(self.status, [(i.name, i.id) for i in lookups.items(self._ctx, "status")])
        fill(self.rating, [(i.name, i.id) for i in lookups.items(self._ctx, "rating")])
        fill(self.active, [(translate("SearchOptions", "Active"), True),
                           (translate("SearchOptions", "Inactive"), False)])

    def apply(self, base: Filters) -> Filters:
        """``base`` (the chosen list) narrowed by the options set here."""
        return dataclasses.replace(
            base, category_id=self.category.currentData(), rep_id=self.rep.currentData(),
            status_id=self.status.currentData(), rating_id=self.rating.currentData(),
            active=self.active.currentData())

    def is_filtering(self) -> bool:
        return any(c.currentIndex() > 0 for c in
                   (self.category, self.rep, self.status, self.rating, self.active))

    def reset(self) -> None:
        combos = (self.category, self.rep, self.status, self.rating, self.active)
        was = self.is_filtering()
        for combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if was:
            self.changed.emit()

    def _show_box(self, shown: bool) -> None:
        self.box.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
