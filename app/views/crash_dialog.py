"""The dialog of an unexpected error: what happened in a sentence, where the log
is, and buttons to copy the details (for a bug report or the office's IT) or
open the log folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app import __version__
from app.i18n import translate
from app.log_files import log_path


def crash_details(summary: str, details: str, log_file: Path) -> str:
    """What "Copy details" puts on the clipboard: enough for someone else to help."""
    return "\n".join([f"Ringcard {__version__}", summary,
                      translate("CrashDialog", "Log file: {path}").format(path=log_file),
                      "", details.rstrip()])


class CrashDialog(QMessageBox):
    """An unexpected error. ``details`` (the traceback) is under "Show Details...",
    copied by "Copy details"; the log file is named and its folder opens."""

    def __init__(self, parent: QWidget | None, summary: str, details: str = "",
                 log_file: Path | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file if log_file is not None else log_path()
        self.details = crash_details(summary, details, self.log_file)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(translate("CrashDialog", "Ringcard: unexpected error"))
        self.setText(summary)
        self.setInformativeText(translate(
            "CrashDialog", "The details are in the log file:\n{path}\n\nCopy the details into "
            "a message to whoever looks after Ringcard.").format(path=self.log_file))
        if details:
            self.setDetailedText(details)
        self.copy_details_button = self._side_button(translate("CrashDialog", "Copy details"))
        self.copy_path_button = self._side_button(translate("CrashDialog", "Copy log path"))
        self.open_folder_button = self._side_button(translate("CrashDialog", "Open log folder"))
        self.copy_details_button.clicked.connect(self.copy_details)
        self.copy_path_button.clicked.connect(self.copy_log_path)
        self.open_folder_button.clicked.connect(self.open_log_folder)
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(QMessageBox.StandardButton.Close)

    def _side_button(self, text: str) -> QPushButton:
        button = self.addButton(text, QMessageBox.ButtonRole.ActionRole)
        # an action button must not close the dialog (the user may want several): drop
        # the button box's own connection, which would end the message box
        button.clicked.disconnect()
        return button

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    def copy_log_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.log_file))

    def log_folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.log_file.parent))

    def open_log_folder(self) -> bool:
        return QDesktopServices.openUrl(self.log_folder_url())
