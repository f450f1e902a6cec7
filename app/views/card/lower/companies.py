"""Companies: a person's companies with the role it has at each; for a
company, the people linked to it. Link (search), change the role, unlink."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import links
from app.services.context import AppContext
from app.services.dto import LinkView
from app.views.card.lower.base import LowerTab
from app.views.dialogs.link_company_dialog import LinkCompanyDialog
from app.views.tasks import TaskRunner
from app.views.widgets.flow_layout import FlowLayout
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)


class _LinksModel(RowsTableModel[LinkView]):
    """The first column is "Company" on a person's card, "Person" on a company's."""

    first_title = QT_TRANSLATE_NOOP("CardCompanies", "Company")

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (section == 0 and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return translate("CardCompanies", self.first_title)
        return super().headerData(section, orientation, role)


class CompaniesTab(LowerTab):
    key = "companies"
    title = QT_TRANSLATE_NOOP("CardTabs", "Companies")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.caption = QLabel(self)
        self.model = _LinksModel(
            [Column(translate("CardCompanies", "Company"), self._other_name),
             Column(translate("CardCompanies", "Role"), lambda r: r.role)], self)
        self.table = make_table(self.model, self, "companiesTable")
        self.table.setColumnWidth(0, 320)
        self.link_button = QPushButton(translate("CardCompanies", "Link company…"), self)
        self.unlink_button = QPushButton(translate("CardCompanies", "Unlink…"), self)
        self.role = QLineEdit(self)
        self.role.setObjectName("linkRole")
        self.role.setPlaceholderText(translate("CardCompanies", "Role at the company"))
        self.role.setMaxLength(120)
        self.role.setMinimumWidth(260)
        self.role_button = QPushButton(translate("CardCompanies", "Save role"), self)

        # layout
        buttons = FlowLayout()  # wraps on a narrow card
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addSpacing(16)
        buttons.addWidget(QLabel(translate("CardCompanies", "Role:"), self))
        buttons.addWidget(self.role)
        buttons.addWidget(self.role_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.caption)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)

        # signals
        self.link_button.clicked.connect(self.link_company)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.role_button.clicked.connect(self.save_role)
        self.role.returnPressed.connect(self.save_role)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    @property
    def is_company(self) -> bool:
        return self.detail is not None and self.detail.kind == "company"

    def _other_name(self, link: LinkView) -> str:
        return link.person_name if self.is_company else link.company_name

    def reload(self) -> None:
        """The links come with the contact's detail: nothing to fetch."""
        assert self.detail is not None
        company = self.is_company
        mine = [lk for lk in self.detail.links
                if (lk.company_id if company else lk.person_id) == self.detail.id]
        mine.sort(key=lambda lk: self._other_name(lk).lower())
        self.model.set_rows(mine)
        self.model.first_title = (QT_TRANSLATE_NOOP("CardCompanies", "Person") if company
                                  else QT_TRANSLATE_NOOP("CardCompanies", "Company"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
        self.caption.setText(
            (translate("CardCompanies", "People linked to this company") if company
             else translate("CardCompanies", "Companies this person works with"))
            + f" ({len(mine)})")
        self.link_button.setText(translate("CardCompanies", "Link person…") if company
                                 else translate("CardCompanies", "Link company…"))
        self._selection_changed()
        self.loaded.emit()

    def _selected(self) -> LinkView | None:
        row = self.selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def _selection_changed(self) -> None:
        link = self._selected()
        for w in (self.unlink_button, self.role, self.role_button):
            w.setEnabled(link is not None)
        self.role.setText(link.role if link is not None else "")

    # -- actions ---------------------------------------------------------------

    def link_company(self) -> None:
        """The card's "Link company…": search, pick, give a role, Add."""
        if self.detail is None:
            return
        linked = {lk.person_id if self.is_company else lk.company_id for lk in self.model.rows()}
        dialog = LinkCompanyDialog(self.ctx, self.runner, self, for_company=self.is_company,
                                   exclude=linked)
        dialog.submitted.connect(lambda d=dialog: self._link(d))
        self.open_dialog(dialog)

    def _link(self, dialog: LinkCompanyDialog) -> None:
        other, role = dialog.chosen_id(), dialog.role.text().strip()
        assert other is not None
        person, company = (other, self.contact_id) if self.is_company else (self.contact_id, other)
        self.save(lambda: links.link_company(self.ctx, person, company, role), dialog)

    def unlink_selected(self) -> None:
        link = self._selected()
        if link is None:
            return
        self.ask(translate("CardCompanies", "Remove the link between {person} and {company}?").format(
            person=link.person_name, company=link.company_name),
                 lambda: self._unlink(link))

    def _unlink(self, link: LinkView) -> None:
        self.save(lambda: links.unlink_company(self.ctx, link.person_id, link.company_id))

    def save_role(self) -> None:
        link = self._selected()
        role = self.role.text().strip()
        if link is None or role == link.role:
            return
        self.save(lambda: links.link_company(self.ctx, link.person_id, link.company_id, role))
