"""Reference 004's "Choose categories": a tick box per category, Update saves
exactly the ticked ones (the categories come from Administration's list)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QCheckBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.i18n import translate
from app.services.office.lists import Item
from app.views.widgets.forms import FormDialog

log = logging.getLogger(__name__)


class CategoriesDialog(FormDialog):
    def __init__(self, categories: list[Item], ticked: set[int] | frozenset[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("CategoriesDialog", "Choose categories"), parent,
                         ok_text=translate("CategoriesDialog", "Update"))
        # attributes
        self.boxes: dict[int, QCheckBox] = {}

        # widgets
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for item in categories:
            box = QCheckBox(item.name, inner)
            box.setChecked(item.id in ticked)
            self.boxes[item.id] = box
            column.addWidget(box)
        if not categories:
            column.addWidget(QLabel(translate("CategoriesDialog", "No categories yet: a manager "
                                                                  "creates them under Settings › "
                                                                  "Office lists › Categories."),
                                    inner))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMinimumSize(300, min(360, 40 + 28 * max(1, len(categories))))

        # layout
        self.body.insertWidget(0, QLabel(translate("CategoriesDialog", "Tick the categories this contact "
                                                                       "belongs to:"), self))
        self.add_field("categories", "", scroll)

    def box(self, name: str) -> QCheckBox:
        """The tick box labelled ``name`` (tests and accessibility tools use it)."""
        return next(b for b in self.boxes.values() if b.text() == name)

    def ticked_ids(self) -> list[int]:
        return [cid for cid, b in self.boxes.items() if b.isChecked()]
