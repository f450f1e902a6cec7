"""One place where failures reach the user: ``show_exception`` and the crash hook.

Expected failures (a rule refused the action) are shown plainly; anything else
gets a short "unexpected error" and the traceback goes to the log.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.i18n import translate
from app.services.context import ServiceError
from app.services.validation import ValidationError

log = logging.getLogger(__name__)

#: Tests set this to False: errors are logged, no modal dialog blocks the run.
DIALOGS_ENABLED = True
#: With dialogs off, what ``confirm`` answers (tests set it to say "No").
CONFIRM_WITHOUT_DIALOGS = True


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask before something the user cannot undo; No is the default button."""
    if not DIALOGS_ENABLED or QApplication.instance() is None:
        return CONFIRM_WITHOUT_DIALOGS
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something they must know (logged too; no dialog in tests)."""
    log.warning("%s: %s", title, text)
    if DIALOGS_ENABLED and QApplication.instance() is not None:
        QMessageBox.warning(parent, title, text)


def user_message(exc: BaseException) -> str:
    """What the user reads for ``exc``."""
    if isinstance(exc, ServiceError | ValidationError):
        return str(exc)
    return translate("Errors", "An unexpected error occurred ({error}). Details are in the log.").format(
        error=type(exc).__name__)


def show_exception(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about ``exc``; log the traceback of unexpected ones."""
    expected = isinstance(exc, ServiceError | ValidationError)
    if expected:
        log.info("refused: %s", exc)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if not DIALOGS_ENABLED or QApplication.instance() is None:
        return
    if expected:
        QMessageBox.warning(parent, "Ringcard", user_message(exc))
    else:
        show_crash(parent, exc)


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    """An unexpected error: the sentence, where the log is, copy and open buttons."""
    from app.views.crash_dialog import CrashDialog

    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    CrashDialog(parent, user_message(exc), details).exec()


def _crash_hook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("uncaught exception:\n%s",
                 "".join(traceback.format_exception(exc_type, exc, tb)))
    if DIALOGS_ENABLED and QApplication.instance() is not None:
        show_crash(None, exc.with_traceback(tb))


def install_crash_hook() -> None:
    """Uncaught exceptions in slots would otherwise only reach stderr."""
    sys.excepthook = _crash_hook
