"""What the help desk's two tabs share: loading and saving through the
TaskRunner, dialogs opened window-modal (kept in ``active_dialog`` for tests),
the list of reps for the assignee pickers, and a one-line notice."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QTableView, QWidget

from app.services.context import AppContext, ServiceError
from app.services.office import users
from app.services.office.users import UserView
from app.views.errors import show_exception, user_message
from app.views.tasks import TaskRunner
from app.views.widgets.forms import FormDialog, save_from_dialog

log = logging.getLogger(__name__)

NOTICE_STYLE = "color: palette(mid);"


def count_text(total: str, shown: str) -> str:
    """The count over a list: the queue's, not the page's ("867 tickets (the most
    recently changed 500 shown)"); ``shown`` is "" when the whole queue is listed.
    Both come translated, with their counts."""
    return f"{total} {shown}" if shown else total


class DeskTab(QWidget):
    loaded = Signal()
    """The tab's list was filled from a fresh load (tests wait on this)."""
    saved = Signal(object)
    """A write succeeded; its result (a new id, an import result …)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.active_dialog: QDialog | None = None
        self.users: list[UserView] = []
        self._task = f"helpdesk.{type(self).__name__}.{id(self)}"
        self._closed: list[QDialog] = []
        runner.settled.connect(self._runner_settled)
        self.notice = QLabel(self)
        self.notice.setObjectName("deskNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)

    # -- loading -----------------------------------------------------------------

    def reload(self) -> None:
        raise NotImplementedError

    def load(self, fn: Callable[[], Any], fill: Callable[[Any], None]) -> None:
        """Run ``fn`` off the GUI thread (with the reps, the first time); then ``fill``."""
        ctx, need_users = self.ctx, not self.users

        def work() -> tuple[list[UserView] | None, Any]:
            return (users.list_users(ctx) if need_users else None), fn()

        def done(result: tuple[list[UserView] | None, Any]) -> None:
            if result[0] is not None:
                self.users = result[0]
            fill(result[1])
            self.loaded.emit()

        self.runner.run(f"{self._task}.load", work, done)

    def user_label(self, username: str | None) -> str:
        user = next((u for u in self.users if u.username == username), None)
        return user.label if user is not None else (username or "")

    # -- saving ------------------------------------------------------------------

    def save(self, fn: Callable[[], Any], dialog: FormDialog | None = None, *,
             contact_id: Callable[[Any], int | None] | None = None,
             then: Callable[[Any], None] | None = None) -> None:
        """A service write: on success close ``dialog`` (every list showing it hears
        of it on the change bus), then ``then``; a refusal lands on the dialog's
        fields, or in a message box without a dialog."""
        def done(result: Any) -> None:
            if then is not None:
                then(result)
            self.saved.emit(result)

        def refused(exc: BaseException) -> None:
            if dialog is not None and isinstance(exc, ServiceError):
                dialog.show_errors({"": str(exc)})  # a rule refused it: say so in the dialog
                return
            self.show_notice(user_message(exc))
            show_exception(self, exc)
            if isinstance(exc, ServiceError):
                self.reload()  # refused because the list was out of date: show what is true

        save_from_dialog(self.runner, f"{self._task}.save", fn, dialog, done, refused)

    # -- dialogs -----------------------------------------------------------------

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` window-modal without blocking; remember it for tests."""
        self.active_dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        # a contact search inside may still have an answer on its way to the
        # dialog's list: delete it once the runner has delivered everything
        self._closed.append(dialog)
        self._delete_closed()

    def _runner_settled(self, _key: str) -> None:
        self._delete_closed()

    def _delete_closed(self) -> None:
        if not self.runner.is_busy():
            for dialog in self._closed:
                dialog.deleteLater()
            self._closed.clear()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)

    @staticmethod
    def selected_index(view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

