"""A frameless, always-on-top tool window that shows without taking the
keyboard: the caller pop-up and the To-Do reminders are both of this kind."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFrame, QWidget

log = logging.getLogger(__name__)

POPUP_FLAGS = (Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
               | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus)


class QuietPopup(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, POPUP_FLAGS)
        self._return_focus_to: QWidget | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)

    def show_quietly(self) -> None:
        """Show without keeping the keyboard: should the platform activate it
        anyway (some window managers, the offscreen platform), the window that
        was active gets it back (see changeEvent)."""
        active = QApplication.activeWindow()
        self._return_focus_to = None if isinstance(active, QuietPopup) else active
        self.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() \
                and self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus:
            target = self._return_focus_to
            if target is not None and shiboken6.isValid(target) and target.isVisible():
                log.debug("pop-up was activated uninvited; focus goes back")
                target.activateWindow()
