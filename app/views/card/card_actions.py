"""The card's actions, declared once: the middle toolbar and its context menu
(and any menu that wants them) share these QActions."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from app.i18n import translate


class CardActions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.new_activity = QAction(translate("CardActions", "New"), self)
        self.new_activity.setStatusTip(translate("CardActions", "Record a mail, direct mail, "
                                                 "meeting, fax, SMS or one of the office's own types"))
        self.new_appointment = QAction(translate("CardActions", "New appointment…"), self)
        self.new_appointment.setStatusTip(translate("CardActions", "Book an appointment with this contact"))
        self.new_task = QAction(translate("CardActions", "New task…"), self)
        self.new_task.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.new_task.setStatusTip(translate("CardActions", "Add a task linked to this contact"))
        self.new_note = QAction(translate("CardActions", "New note…"), self)
        self.new_note.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_note.setStatusTip(translate("CardActions", "Write a note about this contact"))
        self.log_call = QAction(translate("CardActions", "Log a call…"), self)
        self.log_call.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.log_call.setStatusTip(translate("CardActions", "Record a landline call by hand"))
        self.link_company = QAction(translate("CardActions", "Link company…"), self)
        self.link_company.setStatusTip(translate("CardActions", "Link this person to a company"))
        self.dial = QAction(translate("CardActions", "Dial"), self)
        self.dial.setStatusTip(translate("CardActions", "Call one of this contact's numbers"))
        self.edit = QAction(translate("CardActions", "Edit…"), self)
        self.edit.setShortcut(QKeySequence("Ctrl+E"))
        self.edit.setStatusTip(translate("CardActions", "Edit this contact's details"))
        self.convert = QAction(translate("CardActions", "Convert…"), self)
        self.convert.setStatusTip(translate("CardActions", "Lead → Potential → Customer, or copy an Account "
                                                 "to a Customer"))

    def toolbar_actions(self) -> list[QAction]:
        """The middle toolbar, in reference 004's order."""
        return [self.new_activity, self.new_appointment, self.new_task, self.new_note,
                self.log_call, self.link_company]
