"""An unexpected error shows where the log is and lets the user copy the details
or open the log folder, without the dialog closing under them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.log_files import log_path
from app.views import errors
from app.views.crash_dialog import CrashDialog


def _failure() -> ZeroDivisionError:
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError as exc:
        return exc
    raise AssertionError("unreachable")


class FolderOpener(QObject):
    """Takes the place of the file manager for file:// URLs (Qt's URL handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.opened.append(url)


def test_the_dialog_says_where_the_log_is_and_copies_it(qtbot, tmp_path: Path) -> None:
    log_file = tmp_path / "log" / "ringcard.log"
    exc = _failure()
    dialog = CrashDialog(None, errors.user_message(exc), "Traceback ...\nZeroDivisionError: division "
                         "by zero", log_file=log_file)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "An unexpected error occurred (ZeroDivisionError)" in dialog.text()
    assert str(log_file) in dialog.informativeText()
    labels = {b.text() for b in dialog.buttons()}
    assert {"Copy details", "Copy log path", "Open log folder"} <= labels

    dialog.copy_details_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "ZeroDivisionError: division by zero" in copied and str(log_file) in copied
    assert copied.startswith("Ringcard ")  # the version, for whoever reads it
    assert dialog.isVisible()  # copying does not close the dialog

    dialog.copy_path_button.click()
    assert QGuiApplication.clipboard().text() == str(log_file)
    assert dialog.isVisible()

    opener = FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open_url")
    try:
        dialog.open_folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opener.opened == [QUrl.fromLocalFile(str(log_file.parent))]
    assert dialog.isVisible()


def test_an_uncaught_exception_shows_the_dialog_with_the_log(qtbot, monkeypatch: pytest.MonkeyPatch,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(errors, "DIALOGS_ENABLED", True)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_crash_hook()
    seen: list[CrashDialog] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CrashDialog):
            QTimer.singleShot(10, read_and_close)
            return
        seen.append(dialog)
        assert isinstance(dialog, QMessageBox)
        assert str(log_path()) in dialog.informativeText()
        assert "ZeroDivisionError" in dialog.detailedText()
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    exc = _failure()
    sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(seen) == 1
    assert "uncaught exception" in caplog.text and "ZeroDivisionError" in caplog.text
