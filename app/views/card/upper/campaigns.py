"""Campaign: the campaigns the contact took part in and the send-outs it received.

Reference 004 only lists them; the buttons here create the records these
lists need until fuller campaign management arrives.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts import marketing
from app.services.contacts.marketing import Participation, SendOutView
from app.services.context import AppContext, ServiceError
from app.views.card.base import CardTab
from app.views.dialogs.marketing_dialogs import (
    CAMPAIGN_RESPONSES,
    JoinDialog,
    RecordDialog,
    SendOutDialog,
)
from app.views.errors import confirm, show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.fields import make_table, selected_row
from app.views.widgets.tables import Column, RowsTableModel

log = logging.getLogger(__name__)

CHANNEL_LABELS = {"email": "E-mail", "mail": "Letter", "sms": "SMS", "fax": "Fax",
                  "phone": "Phone"}


def campaign_columns() -> list[Column[Participation]]:
    return [Column("Campaign", lambda p: p.name), Column("Start", lambda p: p.start_date),
            Column("End", lambda p: p.end_date), Column("Status", lambda p: p.status.capitalize()),
            Column("Response", lambda p: p.role)]


def send_out_columns() -> list[Column[SendOutView]]:
    return [Column("Date", lambda s: s.sent_at), Column("Campaign", lambda s: s.campaign),
            Column("Channel", lambda s: CHANNEL_LABELS.get(s.channel, s.channel)),
            Column("Subject", lambda s: s.subject)]


class CampaignsTab(CardTab):
    key = "campaigns"
    title = "Campaign"

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.members: RowsTableModel[Participation] = RowsTableModel(campaign_columns(), self)
        self.sends: RowsTableModel[SendOutView] = RowsTableModel(send_out_columns(), self)
        self.members_table = make_table(self.members, self, 0)
        self.sends_table = make_table(self.sends, self, 3)
        self.new_button = QPushButton("New campaign…", self)
        self.add_button = QPushButton("Add to campaign…", self)
        self.remove_button = QPushButton("Remove from campaign", self)
        self.send_button = QPushButton("Record send-out…", self)
        self.summary = QLabel(self)
        self.summary.setEnabled(False)

        # layout
        buttons = QHBoxLayout()
        for b in (self.new_button, self.add_button, self.remove_button, self.send_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        split = QSplitter(self)
        for title, table in (("Campaigns taken part in", self.members_table),
                             ("Send-outs received", self.sends_table)):
            group = QGroupBox(title, split)
            QVBoxLayout(group).addWidget(table)
            split.addWidget(group)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)

        # signals
        self.new_button.clicked.connect(self.new_campaign)
        self.add_button.clicked.connect(self.add_to_campaign)
        self.remove_button.clicked.connect(self.remove_from_campaign)
        self.send_button.clicked.connect(self.record_send_out)
        self.members_table.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def reload(self) -> None:
        if self.detail is None:
            return
        contact_id = self.detail.id
        self.runner.run(f"campaigns.{id(self)}",
                        lambda: marketing.contact_campaigns(self.ctx, contact_id), self._show)

    def _show(self, result: tuple[list[Participation], list[SendOutView]]) -> None:
        members, sends = result
        self.members.set_rows(members)
        self.sends.set_rows(sends)
        self.summary.setText(f"{len(members)} campaign(s), {len(sends)} send-out(s)")
        self._enable()

    def _enable(self) -> None:
        self.remove_button.setEnabled(selected_row(self.members_table) is not None)

    def _changed(self) -> None:
        self._stale = False
        self.reload()

    # -- actions -------------------------------------------------------------

    def new_campaign(self) -> None:
        """Create a campaign and put the contact in it."""
        if self.detail is None:
            return
        dialog = RecordDialog(self.ctx, "campaign", self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.record_id is None:
            return
        try:
            marketing.add_to_campaign(self.ctx, dialog.record_id, self.detail.id)
        except ServiceError as exc:
            show_exception(self, exc)
        self._changed()

    def add_to_campaign(self) -> None:
        if self.detail is None:
            return
        contact_id = self.detail.id
        try:
            choices = marketing.campaigns(self.ctx)
        except ServiceError as exc:
            show_exception(self, exc)
            return
        dialog = JoinDialog(
            "Add to campaign", choices, "&Campaign:", "&Response:", CAMPAIGN_RESPONSES,
            lambda cid, text: marketing.add_to_campaign(self.ctx, cid, contact_id, text),
            parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def remove_from_campaign(self) -> None:
        row = selected_row(self.members_table)
        if self.detail is None or row is None:
            return
        campaign = self.members.row(row)
        if not confirm(self, "Remove from campaign",
                       f"Take {self.detail.display_name} out of “{campaign.name}”?"):
            return
        try:
            marketing.remove_from_campaign(self.ctx, campaign.id, self.detail.id)
        except ServiceError as exc:
            show_exception(self, exc)
        self._changed()

    def record_send_out(self) -> None:
        if self.detail is None:
            return
        row = selected_row(self.members_table)
        current = self.members.row(row).id if row is not None else None
        try:
            choices = marketing.campaigns(self.ctx)
        except ServiceError as exc:
            show_exception(self, exc)
            return
        dialog = SendOutDialog(self.ctx, self.detail.id, choices, current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()
