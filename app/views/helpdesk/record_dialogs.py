"""Adding a live chat, fax or SMS record by hand, and forwarding a call, chat or
mail as a To-Do or a Ticket."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities.edit import ActivityForm
from app.views.widgets.choices import when_edit
from app.views.widgets.dates import to_utc
from app.views.widgets.forms import FormDialog

log = logging.getLogger(__name__)

KINDS = (("live_chat", QT_TRANSLATE_NOOP("HelpDesk", "Live chat")),
         ("fax", QT_TRANSLATE_NOOP("HelpDesk", "Fax")), ("sms", QT_TRANSLATE_NOOP("HelpDesk", "SMS")))
NUMBER_HINTS = {"live_chat": QT_TRANSLATE_NOOP("HelpDesk", "The visitor's phone, if they gave one"),
                "fax": QT_TRANSLATE_NOOP("HelpDesk", "The fax number"),
                "sms": QT_TRANSLATE_NOOP("HelpDesk", "The mobile number")}
"""English texts, shown through ``translate("HelpDesk", text)``."""


class RecordDialog(FormDialog):
    """A chat, fax or SMS as it happened: direction, number or address, time, text.
    The services link it to the contact whose number or e-mail matches."""

    def __init__(self, parent: QWidget | None = None, kind: str = "sms") -> None:
        super().__init__(translate("HelpDesk", "Add a chat, fax or SMS record"), parent)
        # widgets
        self.kind = QComboBox(self)
        self.kind.setObjectName("recordKind")
        for key, label in KINDS:
            self.kind.addItem(translate("HelpDesk", label), key)
        self.direction = QComboBox(self)
        self.direction.setObjectName("recordDirection")
        self.direction.addItem(translate("HelpDesk", "Incoming"), "in")
        self.direction.addItem(translate("HelpDesk", "Outgoing"), "out")
        self.number = QLineEdit(self)
        self.number.setObjectName("recordNumber")
        self.number.setMaxLength(60)
        self.address = QLineEdit(self)
        self.address.setObjectName("recordAddress")
        self.address.setMaxLength(254)
        self.address.setPlaceholderText(translate("HelpDesk", "The visitor's e-mail address, if "
                                                              "known"))
        self.when = when_edit(self, "recordWhen", QDateTime.currentDateTime())
        self.missed = QCheckBox(translate("HelpDesk", "Missed: nobody answered this chat"), self)
        self.missed.setObjectName("recordMissed")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("recordText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(translate("HelpDesk", "The message (the first line becomes "
                                                           "its subject)"))
        self.add_field("kind", translate("HelpDesk", "Type"), self.kind)
        self.add_field("direction", translate("HelpDesk", "Direction"), self.direction)
        self.add_field("number", translate("HelpDesk", "Number"), self.number)
        self.add_field("address", translate("HelpDesk", "E-mail"), self.address)
        self.add_field("occurred_at", translate("HelpDesk", "When"), self.when)
        self.add_field("missed", "", self.missed)
        self.add_field("body", translate("HelpDesk", "Text"), self.text)
        self.resize(520, 440)

        # signals
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.set_kind(kind)

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        chat = kind == "live_chat"
        self.number.setPlaceholderText(translate("HelpDesk", NUMBER_HINTS[kind]))
        for widget in (self.address, self.missed):
            widget.setEnabled(chat)
        if not chat:
            self.missed.setChecked(False)

    def activity_form(self) -> ActivityForm:
        chat = self.kind.currentData() == "live_chat"
        return ActivityForm(kind=str(self.kind.currentData()), body=self.text.toPlainText(),
                            direction=str(self.direction.currentData()),
                            number=self.number.text(),
                            address=self.address.text() if chat else "",
                            occurred_at=to_utc(self.when.dateTime()),
                            missed=chat and self.missed.isChecked())
