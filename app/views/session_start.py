"""Settings > Start with my session: a checkable action over the XDG autostart
entry (app.services.desktop.autostart). Only where the desktop has such entries."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.i18n import translate
from app.services.context import ServiceError
from app.services.desktop import autostart
from app.views.errors import show_exception


class SessionStartAction(QAction):
    """Checked when the session starts Ringcard; toggling writes or removes the entry
    (a few hundred bytes in the user's config folder: no need for the task runner)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(translate("SessionStart", "Start with my &session"), parent)
        self.setCheckable(True)
        self.setStatusTip(translate("SessionStart", "Open Ringcard when you log in, so calls "
                                    "are recognised from the first ring"))
        self.setChecked(autostart.is_enabled())
        self.toggled.connect(self._apply)
        self._window = parent

    def refresh(self) -> None:
        """Show what the entry says now (it may have been changed elsewhere)."""
        self.blockSignals(True)
        self.setChecked(autostart.is_enabled())
        self.blockSignals(False)

    def _apply(self, on: bool) -> None:
        try:
            if on:
                autostart.enable()
            else:
                autostart.disable()
        except ServiceError as exc:
            show_exception(self._window, exc)
        self.refresh()


def add_session_start(menu: QMenu, window: QWidget) -> SessionStartAction | None:
    """Add the action to ``menu`` (None where the desktop has no autostart entries)."""
    if not autostart.supported():
        return None
    action = SessionStartAction(window)
    menu.addSeparator()
    menu.addAction(action)
    menu.aboutToShow.connect(action.refresh)
    return action
