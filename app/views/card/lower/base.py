"""What the lower tabs share: loading off the GUI thread and saving through a
dialog that shows refusals on its fields (``app.views.widgets.forms``), over
the tables of ``app.views.widgets.tables``.

Every lower tab loads with ``load(fn, fill)``: ``fn`` runs in the runner's
pool and ``fill`` gets its plain result in the GUI thread, then ``loaded``
fires (tests wait on it). Dialogs are opened with ``open()`` (window-modal,
never a nested event loop) and kept in ``active_dialog`` so a test can fill
and accept them like a user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QTableView, QWidget

from app.services.changes import Changes, Kind
from app.views.card.base import CardTab
from app.views.change_bus import change_bus
from app.views.errors import show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.forms import FormDialog, save_from_dialog

log = logging.getLogger(__name__)


class LowerTab(CardTab):
    """A CardTab that loads in the background and saves through dialogs."""

    loaded = Signal()
    """The tab's lists were filled from a fresh load (tests wait on this)."""

    def __init__(self, ctx: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.active_dialog: QDialog | None = None
        self._task = f"lower.{self.key}.{id(self)}"
        change_bus().watch(self, {Kind.ACTIVITY}, self._activities_changed)

    def _activities_changed(self, what: Changes) -> None:
        """An activity was saved somewhere (a dialog, the dashboard, a call): reload if ours."""
        if self.detail is not None and what.touches_contact(self.detail.id):
            self._stale = True
            if self.isVisible():
                self.ensure_loaded()

    def open_activity(self, activity_id: int) -> QDialog:
        """View/Edit: the one activity dialog (read-only for another rep's)."""
        from app.views.dialogs.activity_dialog import ActivityDialog

        dialog = ActivityDialog(self.ctx, self.runner, activity_id=activity_id, parent=self)
        return self.open_dialog(dialog)

    def open_on_double_click(self, view: QTableView, activity_id: Callable[[int], int]) -> None:
        """Double-click (or Enter) on a row opens its activity: ``activity_id(row)``."""
        view.activated.connect(lambda index: self.open_activity(activity_id(index.row())))

    # -- loading ---------------------------------------------------------------

    @property
    def contact_id(self) -> int:
        assert self.detail is not None, "the tab shows a contact"
        return self.detail.id

    def load(self, fn: Callable[[], Any], fill: Callable[[Any], None]) -> None:
        """Run ``fn`` off the GUI thread; ``fill`` its result, then emit ``loaded``."""
        def done(result: Any) -> None:
            fill(result)
            self.loaded.emit()
        self.runner.run(f"{self._task}.load", fn, done)

    # -- saving ----------------------------------------------------------------

    def save(self, fn: Callable[[], Any], dialog: FormDialog | None = None,
             then: Callable[[Any], None] | None = None) -> None:
        """Run a service write; on success close ``dialog`` and refresh the card,
        on a refusal show it on the dialog's fields (or in a message)."""
        def done(result: Any) -> None:
            if then is not None:
                then(result)
            self.saved()

        save_from_dialog(self.runner, f"{self._task}.save", fn, dialog, done,
                         lambda exc: show_exception(self, exc))

    def saved(self) -> None:
        """Something changed: the card reloads the contact (and this tab, if it
        is visible); reload here too when the tab stands alone."""
        self._stale = True
        self.changed.emit()
        self.ensure_loaded()

    # -- dialogs ---------------------------------------------------------------

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` window-modal without blocking; remember it for tests."""
        self.active_dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def ask(self, question: str, on_yes: Callable[[], None]) -> QMessageBox:
        """A Yes/No question (window-modal); ``on_yes`` runs if the user agrees."""
        box = QMessageBox(QMessageBox.Icon.Question, "Ringcard", question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _r: on_yes() if box.clickedButton() is yes else None)
        self.open_dialog(box)
        return box

    # -- selection -------------------------------------------------------------

    @staticmethod
    def selected_row(view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    @staticmethod
    def select_row(view: QTableView, row: int) -> None:
        model = view.model()
        if 0 <= row < model.rowCount():
            view.selectionModel().select(
                model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            view.setCurrentIndex(model.index(row, 0))
