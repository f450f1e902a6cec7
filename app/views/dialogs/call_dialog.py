"""Log a call by hand (a landline call the telephony did not see): type (the
office's own kinds of call too), direction, number, when, how long (mm:ss),
outcome, subject and notes."""

from __future__ import annotations

import logging
import re
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.i18n import translate
from app.services.activities.by_contact import CALL_OUTCOMES
from app.services.activities.types import TypeView
from app.views.dialogs.task_dialog import type_combo
from app.views.widgets.dates import to_utc
from app.views.widgets.forms import FormDialog

log = logging.getLogger(__name__)

_DURATION = re.compile(r"^\s*(?:(\d{1,4}):)?(\d{1,2})\s*$")


def parse_duration(text: str) -> int | None:
    """"mm:ss" (or plain seconds) as seconds; None if empty. ValueError if unreadable."""
    if not text.strip():
        return None
    m = _DURATION.match(text)
    if m is None:
        raise ValueError(text)
    minutes, seconds = int(m.group(1) or 0), int(m.group(2))
    if m.group(1) is not None and seconds >= 60:
        raise ValueError(text)
    return minutes * 60 + seconds


class CallDialog(FormDialog):
    def __init__(self, number: str = "", parent: QWidget | None = None, *,
                 types: list[TypeView] | None = None) -> None:
        super().__init__(translate("CallDialog", "Log a call"), parent)
        # widgets
        self.type = type_combo(self, "callType", translate("CallDialog", "Call"), "call",
                               types or [])
        self.direction = QComboBox(self)
        self.direction.setObjectName("callDirection")
        self.direction.addItem(translate("CallDialog", "Outgoing (I called)"), "out")
        self.direction.addItem(translate("CallDialog", "Incoming (they called)"), "in")
        self.number = QLineEdit(number, self)
        self.number.setObjectName("callNumber")
        self.number.setMaxLength(60)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setObjectName("callWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd dd MMM yyyy  HH:mm")
        self.duration = QLineEdit(self)
        self.duration.setObjectName("callDuration")
        self.duration.setPlaceholderText(translate("CallDialog", "mm:ss"))
        self.duration.setMaximumWidth(120)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("callOutcome")
        for outcome in CALL_OUTCOMES:
            self.outcome.addItem(outcome.capitalize(), outcome)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("callSubject")
        self.subject.setMaxLength(300)
        self.subject.setPlaceholderText(translate("CallDialog", "Leave empty for “Call to <number>”"))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("callNotes")
        self.notes.setTabChangesFocus(True)
        self.add_field("type_id", translate("CallDialog", "Type"), self.type)
        self.add_field("direction", translate("CallDialog", "Direction"), self.direction)
        self.add_field("number", translate("CallDialog", "Number"), self.number)
        self.add_field("occurred_at", translate("CallDialog", "When"), self.when)
        self.add_field("duration_s", translate("CallDialog", "Duration"), self.duration)
        self.add_field("outcome", translate("CallDialog", "Outcome"), self.outcome)
        self.add_field("subject", translate("CallDialog", "Subject"), self.subject)
        self.add_field("body", translate("CallDialog", "Notes"), self.notes)
        self.resize(460, 420)

    def check(self) -> dict[str, str]:
        try:
            parse_duration(self.duration.text())
        except ValueError:
            return {"duration_s": translate("CallDialog", "Write the duration as minutes:seconds, e.g. 4:30")}
        return {}

    def values(self) -> dict[str, object]:
        """The service's keyword arguments (read in the GUI thread)."""
        occurred: datetime = to_utc(self.when.dateTime())
        return dict(direction=self.direction.currentData(), number=self.number.text().strip(),
                    occurred_at=occurred, duration_s=parse_duration(self.duration.text()),
                    outcome=self.outcome.currentData(), subject=self.subject.text(),
                    body=self.notes.toPlainText(), type_id=self.type.currentData())
