"""A dialog with a form whose refusals show under the field that caused them.

Used by the lower tabs' dialogs (task, note, appointment, call, link company,
categories). Pressing the save button (or Ctrl+Enter anywhere in the dialog)
runs the dialog's own ``check()``; if it passes and the user agrees to what
``confirm()`` asks, if anything, ``submitted`` fires and the tab saves through
the services, keeping the dialog open (busy) until the service answers: a
``ValidationError`` lands on the fields, success closes the dialog.

The dialog opens with its first field focused: what the user types at once
lands there, and a space never presses a button.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.validation import ValidationError
from app.views.widgets.window_fit import fit_to_screen

if TYPE_CHECKING:
    from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e;"


class FormDialog(QDialog):
    submitted = Signal()
    """Save was pressed and the form passed its own checks: the owner saves now."""

    def __init__(self, title: str, parent: QWidget | None = None, *, ok_text: str = "") -> None:
        super().__init__(parent)
        # attributes
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._busy = False
        self.question: QMessageBox | None = None  # what ``confirm()`` asks, while it asks

        # widgets
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("formError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or translate("FormDialog", "Save"))

        # layout
        self.columns = QHBoxLayout()
        self.columns.addLayout(self.form, 1)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.columns, 1)
        self.body.addWidget(self.general_error)
        self.body.addWidget(self.buttons)

        # signals
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save_shortcut)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        fit_to_screen(self)
        self.focus_first_field()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """A form that grows as its lists load stays on a small screen."""
        super().resizeEvent(event)
        if self.isVisible():
            fit_to_screen(self)

    def focus_first_field(self) -> None:
        """Focus the first field that takes typing, unless a field has the focus
        already (a dialog that focused its own choice, or the user was quicker)."""
        focused = self.focusWidget()
        if focused is not None and not isinstance(focused, QAbstractButton) \
                and any(w is focused or w.isAncestorOf(focused) for w in self._fields.values()):
            return
        for widget in self._fields.values():
            target = _focusable(widget)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _save_shortcut(self) -> None:
        if self.ok_button.isEnabled() and self.ok_button.isVisible() and not self._busy:
            self.ok_button.click()

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        """A form row: ``widget`` with an error line under it (hidden until needed)."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"{key}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.form.addRow(label, holder)
        self._errors[key] = error
        self._fields[key] = widget
        return widget

    def error_text(self, key: str) -> str:
        """The message shown under field ``key`` ("" if none): what tests read."""
        label = self._errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def check(self) -> dict[str, str]:
        """The dialog's own checks before saving: field key -> message."""
        return {}

    def confirm(self) -> str:
        """A question the user answers Yes to before it is saved ("": none)."""
        return ""

    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        other = []
        for key, message in errors.items():
            label = self._errors.get(key)
            if label is None:
                other.append(message)
                continue
            label.setText(message)
            label.show()
        if other:
            self.general_error.setText("\n".join(other))
            self.general_error.show()
        first = next((self._fields[k] for k in errors if k in self._fields), None)
        if first is not None:
            first.setFocus()

    def set_error(self, key: str, message: str | None) -> None:
        """Show (or, with None, clear) the message under one field as the user types."""
        label = self._errors[key]
        label.setText(message or "")
        label.setVisible(bool(message))

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def set_busy(self, busy: bool) -> None:
        """While the service works the dialog can't be submitted twice, nor
        closed under the save (its answer lands on this dialog)."""
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def _on_ok(self) -> None:
        errors = self.check()
        if errors:
            log.debug("%s refused by its checks: %s", type(self).__name__, errors)
            self.show_errors(errors)
            return
        self.clear_errors()
        question = self.confirm()
        if not question:
            self.submitted.emit()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _r: self._answered(box, box.clickedButton() is yes))
        self.question = box
        box.open()

    def _answered(self, box: QMessageBox, yes: bool) -> None:
        self.question = None
        box.deleteLater()
        if yes:
            self.submitted.emit()


def _focusable(widget: QWidget) -> QWidget | None:
    """``widget`` or its first child that takes the focus by Tab (a row of widgets)."""
    candidates = [widget, *widget.findChildren(QWidget)]
    for w in candidates:
        if w.isEnabled() and not w.isHidden() and w.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and not isinstance(w, QAbstractButton | QLabel):
            return w
    return None


def save_from_dialog(runner: TaskRunner, key: str, fn: Callable[[], Any],
                     dialog: FormDialog | None, done: Callable[[Any], None],
                     refused: Callable[[BaseException], None]) -> None:
    """A service write behind a form: the dialog is busy meanwhile; on success it
    closes and ``done(result)`` runs; a ValidationError lands on its fields;
    anything else (or any failure without a dialog) goes to ``refused``."""
    if dialog is not None:
        dialog.set_busy(True)

    def finished(result: Any) -> None:
        if dialog is not None:
            dialog.set_busy(False)
            dialog.accept()
        done(result)

    def failed(exc: BaseException) -> None:
        if dialog is not None:
            dialog.set_busy(False)
            if isinstance(exc, ValidationError):
                dialog.show_errors(exc.errors)
                return
        refused(exc)

    runner.run(key, fn, finished, on_error=failed, write=True)
