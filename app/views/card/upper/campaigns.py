"""Campaign: the campaigns the contact took part in and the send-outs it received.

Reference 004 only lists them; the buttons here create the records these
lists need until fuller campaign management arrives.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
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
from app.views.widgets.flow_layout import FlowLayout
from app.views.widgets.labels import marketing_status_label
from app.views.widgets.tables import Column, RowsTableModel

log = logging.getLogger(__name__)

CHANNEL_LABELS = {"email": QT_TRANSLATE_NOOP("CardCampaigns", "E-mail"),
                  "mail": QT_TRANSLATE_NOOP("CardCampaigns", "Letter"),
                  "sms": QT_TRANSLATE_NOOP("CardCampaigns", "SMS"),
                  "fax": QT_TRANSLATE_NOOP("CardCampaigns", "Fax"),
                  "phone": QT_TRANSLATE_NOOP("CardCampaigns", "Phone")}


def channel_label(channel: str) -> str:
    return translate("CardCampaigns", CHANNEL_LABELS[channel]) if channel in CHANNEL_LABELS else channel


def campaign_columns() -> list[Column[Participation]]:
    return [Column(translate("CardCampaigns", "Campaign"), lambda p: p.name),
            Column(translate("CardCampaigns", "Start"), lambda p: p.start_date),
            Column(translate("CardCampaigns", "End"), lambda p: p.end_date),
            Column(translate("CardCampaigns", "Status"), lambda p: marketing_status_label(p.status)),
            Column(translate("CardCampaigns", "Response"), lambda p: p.role)]


def send_out_columns() -> list[Column[SendOutView]]:
    return [Column(translate("CardCampaigns", "Date"), lambda s: s.sent_at),
            Column(translate("CardCampaigns", "Campaign"), lambda s: s.campaign),
            Column(translate("CardCampaigns", "Channel"), lambda s: channel_label(s.channel)),
            Column(translate("CardCampaigns", "Subject"), lambda s: s.subject)]


class CampaignsTab(CardTab):
    key = "campaigns"
    title = QT_TRANSLATE_NOOP("CardTabs", "Campaign")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.members: RowsTableModel[Participation] = RowsTableModel(campaign_columns(), self)
        self.sends: RowsTableModel[SendOutView] = RowsTableModel(send_out_columns(), self)
        self.members_table = make_table(self.members, self, 0)
        self.sends_table = make_table(self.sends, self, 3)
        self.new_button = QPushButton(translate("CardCampaigns", "New campaign…"), self)
        self.add_button = QPushButton(translate("CardCampaigns", "Add to campaign…"), self)
        self.remove_button = QPushButton(translate("CardCampaigns", "Remove from campaign"), self)
        self.send_button = QPushButton(translate("CardCampaigns", "Record send-out…"), self)
        self.summary = QLabel(self)
        self.summary.setEnabled(False)

        # layout
        buttons = FlowLayout()  # wraps on a narrow card
        for b in (self.new_button, self.add_button, self.remove_button, self.send_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        split = QSplitter(self)
        for title, table in ((translate("CardCampaigns", "Campaigns taken part in"), self.members_table),
                             (translate("CardCampaigns", "Send-outs received"), self.sends_table)):
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
        self.summary.setText((translate("CardCampaigns", "1 campaign") if len(members) == 1 else
                              translate("CardCampaigns", "{count} campaigns").format(count=len(members)))
                             + ", " + (translate("CardCampaigns", "1 send-out") if len(sends) == 1 else
                                       translate("CardCampaigns", "{count} send-outs").format(
                                           count=len(sends))))
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
            translate("CardCampaigns", "Add to campaign"), choices,
            translate("CardCampaigns", "&Campaign:"), translate("CardCampaigns", "&Response:"),
            CAMPAIGN_RESPONSES,
            lambda cid, text: marketing.add_to_campaign(self.ctx, cid, contact_id, text),
            parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def remove_from_campaign(self) -> None:
        row = selected_row(self.members_table)
        if self.detail is None or row is None:
            return
        campaign = self.members.row(row)
        if not confirm(self, translate("CardCampaigns", "Remove from campaign"),
                       translate("CardCampaigns", "Take {name} out of “{campaign}”?").format(
                           name=self.detail.display_name, campaign=campaign.name)):
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
