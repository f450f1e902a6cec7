"""Write or edit a note. Ticking Private keeps it to its author (the service
leaves other users' private notes out of every list)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from app.i18n import translate
from app.views.widgets.forms import FormDialog

log = logging.getLogger(__name__)


class NoteDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, *, text: str = "",
                 private: bool = False, editing: bool = False) -> None:
        super().__init__(translate("NoteDialog", "Edit note") if editing
                         else translate("NoteDialog", "New note"), parent)
        # widgets
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteText")
        self.text.setPlaceholderText(translate("NoteDialog", "What happened, what was agreed, what comes "
                                                             "next…"))
        self.text.setPlainText(text)
        self.text.setTabChangesFocus(True)
        self.private = QCheckBox(translate("NoteDialog", "Private: only I can see this note"), self)
        self.private.setObjectName("notePrivate")
        self.private.setChecked(private)
        self.add_field("body", translate("NoteDialog", "Note"), self.text)
        self.add_field("private", "", self.private)
        self.resize(520, 340)
        self.text.setFocus()

    def check(self) -> dict[str, str]:
        if not self.text.toPlainText().strip():
            return {"body": translate("NoteDialog", "The note is empty")}
        return {}

    def values(self) -> tuple[str, bool]:
        return self.text.toPlainText(), self.private.isChecked()
