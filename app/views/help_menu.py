"""The window's Help menu: Keyboard shortcuts, First-run wizard, About Ringcard
(the dialogs are in help_dialogs.py, loaded when first opened: start-up stays quick)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from app.i18n import translate
from app.views.actions import Actions


class HelpMenu(QObject):
    """The window's Help menu; ``open_wizard`` opens the first-run wizard."""

    def __init__(self, window: QMainWindow, actions: Actions, database_url: str,
                 open_wizard: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._database_url = database_url
        self.menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.menu.addAction(actions.keyboard_shortcuts)
        self.menu.addAction(actions.first_run_wizard)
        self.menu.addSeparator()
        self.menu.addAction(actions.about)
        self.dialog: QDialog | None = None  # the one open now (tests reach it here)
        actions.keyboard_shortcuts.triggered.connect(self.show_shortcuts)
        actions.about.triggered.connect(self.show_about)
        actions.first_run_wizard.triggered.connect(open_wizard)

    def show_shortcuts(self) -> None:
        from app.views.help_dialogs import ShortcutsDialog

        self._show(ShortcutsDialog(self._window))

    def show_about(self) -> None:
        from app.views.help_dialogs import AboutDialog

        self._show(AboutDialog(self._database_url, self._window))

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(partial(self._forget, id(dialog)))
        self.dialog = dialog
        dialog.open()

    def _forget(self, which: int, *_gone: object) -> None:
        if self.dialog is not None and id(self.dialog) == which:  # not a newer one
            self.dialog = None
