"""Dialogs of the Campaign and Project Participation tabs: create a campaign
or project, link the contact (with response or role), record a send-out.

Each dialog saves through ``app.services.contacts.marketing`` on OK and stays open with
the message beside the field when the service refuses, so a refused entry is
never lost and never half-saved. Fuller campaign management comes later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import marketing
from app.services.contacts.marketing import CampaignView
from app.services.context import AppContext, ServiceError
from app.services.validation import ValidationError
from app.views.widgets.fields import ErrorLabel, OptionalDate, fill_combo, with_error

log = logging.getLogger(__name__)

# suggestions (free text once chosen): English, offered in the user's language
CAMPAIGN_RESPONSES = ("", QT_TRANSLATE_NOOP("MarketingDialogs", "Interested"),
                      QT_TRANSLATE_NOOP("MarketingDialogs", "Not interested"),
                      QT_TRANSLATE_NOOP("MarketingDialogs", "No response"),
                      QT_TRANSLATE_NOOP("MarketingDialogs", "Registered"),
                      QT_TRANSLATE_NOOP("MarketingDialogs", "Attended"),
                      QT_TRANSLATE_NOOP("MarketingDialogs", "Bought"))
PROJECT_ROLES = ("", QT_TRANSLATE_NOOP("MarketingDialogs", "Project manager"),
                 QT_TRANSLATE_NOOP("MarketingDialogs", "Contact person"),
                 QT_TRANSLATE_NOOP("MarketingDialogs", "Decision maker"),
                 QT_TRANSLATE_NOOP("MarketingDialogs", "Participant"),
                 QT_TRANSLATE_NOOP("MarketingDialogs", "Reference"))
CHANNELS = ((QT_TRANSLATE_NOOP("MarketingDialogs", "E-mail"), "email"),
            (QT_TRANSLATE_NOOP("MarketingDialogs", "Letter"), "mail"),
            (QT_TRANSLATE_NOOP("MarketingDialogs", "SMS"), "sms"),
            (QT_TRANSLATE_NOOP("MarketingDialogs", "Fax"), "fax"),
            (QT_TRANSLATE_NOOP("MarketingDialogs", "Phone"), "phone"))
STATUS_LABELS = {"planned": QT_TRANSLATE_NOOP("MarketingDialogs", "Planned"),
                 "running": QT_TRANSLATE_NOOP("MarketingDialogs", "Running"),
                 "active": QT_TRANSLATE_NOOP("MarketingDialogs", "Active"),
                 "on hold": QT_TRANSLATE_NOOP("MarketingDialogs", "On hold"),
                 "finished": QT_TRANSLATE_NOOP("MarketingDialogs", "Finished"),
                 "cancelled": QT_TRANSLATE_NOOP("MarketingDialogs", "Cancelled")}


def status_label(status: str) -> str:
    """A campaign's or project's status as the user reads it ("on hold" -> "On hold")."""
    label = STATUS_LABELS.get(status)
    return translate("MarketingDialogs", label) if label else status.capitalize()


class _FormDialog(QDialog):
    """A form with OK/Cancel, a banner and per-field messages."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors: dict[str, ErrorLabel] = {}
        self.banner = ErrorLabel(self)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, label: str, name: str, widget: QWidget) -> None:
        box, self.errors[name] = with_error(widget, self)
        self.form.addRow(label, box)

    def run_save(self, save: Callable[[], None]) -> bool:
        """Call ``save``; on refusal show the messages and keep the dialog open."""
        self.banner.clear_message()
        for label in self.errors.values():
            label.clear_message()
        try:
            save()
        except ValidationError as exc:
            for key, message in exc.errors.items():
                (self.errors.get(key) or self.banner).show_message(message)
            return False
        except ServiceError as exc:
            self.banner.show_message(str(exc))
            return False
        return True


class RecordDialog(_FormDialog):
    """A new campaign or project: name, dates, status, description."""

    def __init__(self, ctx: AppContext, what: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("MarketingDialogs", "New campaign") if what == "campaign"
                         else translate("MarketingDialogs", "New project"), parent)
        self.ctx = ctx
        self.what = what
        self.record_id: int | None = None
        statuses = marketing.CAMPAIGN_STATUSES if what == "campaign" else marketing.PROJECT_STATUSES
        self.name = QLineEdit(self)
        self.start = OptionalDate(translate("MarketingDialogs", "Set"), self)
        self.end = OptionalDate(translate("MarketingDialogs", "Set"), self)
        self.status = QComboBox(self)
        fill_combo(self.status, [(status_label(s), s) for s in statuses],
                   "planned" if what == "campaign" else "active")
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(80)
        self.add_field(translate("MarketingDialogs", "&Name:"), "name", self.name)
        self.add_field(translate("MarketingDialogs", "&Start date:"), "start_date", self.start)
        self.add_field(translate("MarketingDialogs", "&End date:"), "end_date", self.end)
        self.add_field(translate("MarketingDialogs", "S&tatus:"), "status", self.status)
        self.add_field(translate("MarketingDialogs", "&Description:"), "description",
                       self.description)
        self.resize(440, 0)

    def accept(self) -> None:
        create = marketing.create_campaign if self.what == "campaign" else marketing.create_project

        def save() -> None:
            self.record_id = create(self.ctx, self.name.text(), start_date=self.start.value(),
                                    end_date=self.end.value(), status=self.status.currentData(),
                                    description=self.description.toPlainText())

        if self.run_save(save):
            super().accept()


class JoinDialog(_FormDialog):
    """Choose a campaign/project and the contact's response/role in it."""

    def __init__(self, title: str, choices: Sequence[CampaignView], choice_label: str,
                 text_label: str, suggestions: Sequence[str], save: Callable[[int, str], None], *,
                 current_id: int | None = None, current_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._save = save
        self.choice = QComboBox(self)
        fill_combo(self.choice, [(_describe(c), c.id) for c in choices], current_id)
        self.choice.setEnabled(current_id is None)
        self.text = QComboBox(self)
        self.text.setEditable(True)
        self.text.addItems([translate("MarketingDialogs", s) if s else s for s in suggestions])
        self.text.setCurrentText(current_text)
        self.add_field(choice_label, "choice", self.choice)
        self.add_field(text_label, "text", self.text)
        self.ok_button.setEnabled(bool(choices))
        if not choices:
            self.banner.show_message(translate("MarketingDialogs", "There is nothing to choose yet: "
                                                                   "create one first."))
        self.resize(420, 0)

    def accept(self) -> None:
        if self.run_save(lambda: self._save(self.choice.currentData(), self.text.currentText())):
            super().accept()


class SendOutDialog(_FormDialog):
    """Record that a campaign send-out reached the contact."""

    def __init__(self, ctx: AppContext, contact_id: int, choices: Sequence[CampaignView],
                 current_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("MarketingDialogs", "Record send-out"), parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.campaign = QComboBox(self)
        fill_combo(self.campaign, [(_describe(c), c.id) for c in choices], current_id)
        self.channel = QComboBox(self)
        fill_combo(self.channel, [(translate("MarketingDialogs", label), key)
                                  for label, key in CHANNELS])
        self.subject = QLineEdit(self)
        self.sent_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.sent_at.setCalendarPopup(True)
        self.sent_at.setDisplayFormat("dd MMM yyyy HH:mm")
        self.add_field(translate("MarketingDialogs", "&Campaign:"), "campaign", self.campaign)
        self.add_field(translate("MarketingDialogs", "C&hannel:"), "channel", self.channel)
        self.add_field(translate("MarketingDialogs", "&Subject:"), "subject", self.subject)
        self.add_field(translate("MarketingDialogs", "Sent &at:"), "sent_at", self.sent_at)
        self.ok_button.setEnabled(bool(choices))
        if not choices:
            self.banner.show_message(translate("MarketingDialogs", "There are no campaigns yet: "
                                                                   "create one first."))
        self.resize(440, 0)

    def accept(self) -> None:
        local: datetime = self.sent_at.dateTime().toPython()  # type: ignore[assignment]
        sent = local.astimezone(UTC)

        def save() -> None:
            marketing.record_send_out(self.ctx, self.campaign.currentData(), self.contact_id,
                                      channel=self.channel.currentData(),
                                      subject=self.subject.text(), sent_at=sent)

        if self.run_save(save):
            super().accept()


def _describe(c: CampaignView) -> str:
    status = status_label(c.status)
    if c.start_date is None:
        return f"{c.name} · {status}"
    month = QLocale().toString(QDate(c.start_date.year, c.start_date.month, 1), "MMM yyyy")
    return f"{c.name} ({month}) · {status}"
